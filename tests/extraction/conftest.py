import sys
from pathlib import Path

# the package lives at the repo root; make it importable however pytest is started
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
