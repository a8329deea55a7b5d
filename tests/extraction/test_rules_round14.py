"""Rules of round 14 (tune11 misses; tune14: international business and wire press; tune15: the region's
business press in translation)."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2024, 3, 15)

CASES = [
    # "at the same time" is "meanwhile", not the period before it a second time
    ("Trade between Kazakhstan and Chile in 2022 came to USD 153.7 mln, up 8% compared to 2021, at the same time "
     "Kazakh exports to Chile amounted to USD 92 mln.", None,
     [("trade_turnover", "KAZ", "CHL", 153.7e6, "USD", 2022), ("export", "KAZ", "CHL", 92e6, "USD", 2022)]),
    # a look back ("as recently as 2016") does not date the undated figures after it
    ("Trade between Kazakhstan and Chile reached $300 million last year. As recently as 2016, bilateral trade stood at "
     "$41 million.\n\nKazakh exports to Chile amounted to $210 million.", None,
     [("trade_turnover", "KAZ", "CHL", 300e6, "USD", 2023), ("trade_turnover", "KAZ", "CHL", 41e6, "USD", 2016),
      ("export", "KAZ", "CHL", 210e6, "USD", 2023)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round14(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
