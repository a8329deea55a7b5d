import sys
from pathlib import Path

# the package lives at the repo root; make it importable however pytest is started
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


import json  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def corpus_texts():
    """Article bodies of the tuning corpora (not the held-out ones) and the synthetic benchmark."""
    texts = []
    for folder in (ROOT / "tests/corpus/tune", ROOT / "tests/corpus/tune2", ROOT / "feeds/sample/articles"):
        texts += [json.loads(p.read_text())["text"] for p in sorted(folder.glob("*.json"))]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import random
    import extract_speed
    rng = random.Random(1)
    texts += [extract_speed.make_article(rng)[0] for _ in range(100)]
    return texts
