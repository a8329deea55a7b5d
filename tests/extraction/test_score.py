"""The scorer's matching rules (shared/devset/ANNOTATION.md) and the benchmarks/score.py script."""
import importlib.util
from pathlib import Path

import pytest

from extraction.scoring import matches, prf

SCORE = Path(__file__).resolve().parents[2] / "benchmarks" / "score.py"
spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def row(kind, reporter, partner, value, unit="USD", year=2022):
    return {"kind": kind, "reporter": reporter, "partner": partner, "value": value, "unit": unit, "year": year}


@pytest.mark.parametrize("pred, gold, ok", [
    (row("trade_turnover", "KAZ", "TJK", 1.4e9), row("trade_turnover", "KAZ", "TJK", 1.4e9), True),
    (row("trade_turnover", "TJK", "KAZ", 1.4e9), row("trade_turnover", "KAZ", "TJK", 1.4e9), True),   # symmetric
    (row("trade_turnover", "KAZ", "TJK", 1.42e9), row("trade_turnover", "KAZ", "TJK", 1.4e9), True),  # within 2 %
    (row("trade_turnover", "KAZ", "TJK", 1.45e9), row("trade_turnover", "KAZ", "TJK", 1.4e9), False),
    (row("trade_turnover", "KAZ", "TJK", 1.4e9, year=2021), row("trade_turnover", "KAZ", "TJK", 1.4e9), False),
    (row("trade_target", "KAZ", "TJK", 2e9, year=None), row("trade_target", "KAZ", "TJK", 2e9, year=None), True),
    (row("trade_target", "KAZ", "TJK", 2e9, year=2030), row("trade_target", "KAZ", "TJK", 2e9, year=None), True),
    (row("export", "KAZ", "TJK", 1e9), row("import", "TJK", "KAZ", 1e9), True),   # the same flow from either side
    (row("export", "KAZ", "TJK", 1e9), row("export", "TJK", "KAZ", 1e9), False),  # the opposite flow
    (row("aid", "KAZ", "AFG", 36, "count"), row("aid", "AFG", "KAZ", 36, "count"), False),
    (row("deal_value", "KAZ", "AFG", 12e6, "KZT"), row("deal_value", "KAZ", "AFG", 12e6), False),  # unit
])
def test_matches(pred, gold, ok):
    assert matches(pred, gold) is ok


def test_ignore_entries_drop_predictions():
    article = {
        "published": "2024-04-29",
        "text": "Kazakhstan's exports of IT services to Afghanistan reached $500 million in 2023.",
        "figures": [],
        "ignore": [row("export", "KAZ", "AFG", 5e8, year=2023)],
    }
    hits, extras, misses = score.score_article(article)
    assert (hits, extras, misses) == ([], [], [])


def test_prf():
    assert prf(9, 1, 1) == pytest.approx((0.9, 0.9, 0.9))
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0)


def test_field_agreement_counts_only_what_the_annotation_gives():
    ours = {"qualifier": "approx", "reported_change_pct": 12.04, "commodity": "wheat"}
    hits = [(ours, {"qualifier": "approx", "reported_change_pct": 12.0, "commodity": "wheat flour"}),
            (ours, {"qualifier": "exact", "reported_change_pct": None, "commodity": None}),
            (ours, {})]   # the dev set's annotations carry none of the three
    counts = score.field_agreement(hits)
    assert counts["qualifier", True] == 1 and counts["qualifier", False] == 1
    assert counts["reported_change_pct", True] == 1 and counts["reported_change_pct", False] == 1
    assert counts["commodity", True] == 1 and counts["commodity", False] == 0
