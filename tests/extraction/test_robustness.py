"""Any text in, well-formed rows out: invariants over random slices of generated articles."""
import importlib.util
import random
from datetime import date, timedelta
from pathlib import Path

from extraction import extract_figures
from extraction.model import KINDS, QUALIFIERS

SPEED = Path(__file__).resolve().parents[2] / "benchmarks" / "extract_speed.py"
spec = importlib.util.spec_from_file_location("extract_speed", SPEED)
extract_speed = importlib.util.module_from_spec(spec)
spec.loader.exec_module(extract_speed)


def test_invariants_on_random_slices():
    rng = random.Random(11)
    rows = 0
    for _ in range(150):
        body, published, title = extract_speed.make_article(rng)
        start = rng.randrange(len(body))
        piece = body[start:rng.randrange(start, len(body) + 1)]
        if rng.random() < 0.3:
            piece = piece.upper()
        published = published + timedelta(days=rng.randrange(-2000, 2000))
        for f in extract_figures(piece, published, rng.choice([None, title, ""])):
            rows += 1
            assert f.kind in KINDS and f.qualifier in QUALIFIERS
            assert 0 <= f.char_start < f.char_end <= len(piece)
            assert f.sentence and f.sentence in piece
            assert f.reporter_iso3 != f.partner_iso3 and len(f.reporter_iso3) == 3 == len(f.partner_iso3)
            assert f.value > 0 and 0 <= f.confidence <= 1
            assert (f.count_noun is not None) == (f.unit == "count")
            if f.period_start and f.period_end:
                assert f.period_start <= f.period_end
                if f.kind != "trade_target":
                    assert f.period_start <= published
    assert rows > 100


def test_odd_inputs():
    for text in ["", " ", "\n\n", "$", "$$ 5", "1.", "1,2,3,4", "İstanbul ß ﬁ 5 million tonnes", "a" * 5000,
                 # a clause break as the text's last character, in a sentence with a dash
                 "Kazakhstan – Tajikistan trade reached $1 billion in 2023;"]:
        assert isinstance(extract_figures(text, date(2024, 1, 1)), list)


SOUP = ["$", "–", "—", "-", ";", ":", ",", ".", "(", ")", "|", "\n", "\n\n", "•", "%", "bn", "billion", "million",
        "tonnes", "thousand", "2023", "1,2", "1.5", "0", "US$", "USD", "Kazakhstan", "Tajik", "exports", "imports",
        "trade", "turnover", "to", "from", "by", "in", "and", "of", "H1", "January–June", "last year", "respectively",
        "worth", "aid", "trucks", "tenge", "doubled", "up", "per cent", "’s", "Kabul", "signed", "target", "reach"]


def test_word_soup_never_raises():
    """Text no article would hold still gives a list: the extractor's index arithmetic meets every
    edge (a dash last, a bracket first, a number alone) somewhere in these."""
    rng = random.Random(5)
    for _ in range(1500):
        text = " ".join(rng.choice(SOUP) for _ in range(rng.randrange(1, 40)))
        title = " ".join(rng.choice(SOUP) for _ in range(rng.randrange(0, 6)))
        assert isinstance(extract_figures(text, date(2024, 1, 1) + timedelta(days=rng.randrange(-3000, 300)), title), list)
