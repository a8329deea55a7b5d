"""Rules of round 13 (tune12: Afghan outlets and coverage of Afghanistan; tune13: official readouts and
statistics-office business press)."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2024, 3, 15)

CASES = [
    # a country named as a place ("despite the situation in Myanmar") is no side of the paragraph's trade
    ("Officials of Kazakhstan and Chile met in Santiago.\n\nThey said that despite the situation in Myanmar, "
     "trade between the two countries has been growing. In 2022, it amounted to USD 153.7 mln.",
     "Kazakhstan, Chile to boost trade",
     [("trade_turnover", "KAZ", "CHL", 153.7e6, "USD", 2022)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round13(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
