"""Rules of round 20 (misses of tune21: a story about one country's foreign trade, a neighbour referred to by a
word, ...)."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2022, 1, 21)

CASES = [
    # in a story about one country's foreign trade, another country's "imports" are the goods bought from it, and
    # the flows and trade that name only the partner are the story's country's
    ("Peru's foreign trade turnover in 2021 amounted to $92.1 billion, the statistics institute said.\n\n"
     "China overtook the United States as the largest supplier: imports from China reached $15.5 billion, while "
     "American imports amounted to $9.1 billion. On the export side the order is reversed – exports to the United "
     "States were $12.4 billion and to China $11.9 billion.\n\nA year earlier, in 2020, trade with Chile stood at "
     "$3 billion.", "Peru's foreign trade reached $92 billion in 2021. Who are the main partners",
     [("trade_turnover", "PER", "WLD", 92.1e9, "USD", 2021), ("import", "PER", "CHN", 15.5e9, "USD", 2021),
      ("import", "PER", "USA", 9.1e9, "USD", 2021), ("export", "PER", "USA", 12.4e9, "USD", 2021),
      ("export", "PER", "CHN", 11.9e9, "USD", 2021), ("trade_turnover", "PER", "CHL", 3e9, "USD", 2020)]),
    # "the eastern neighbour" with no country named before it in the paragraph: the story's other country, not one
    # the paragraph names only later
    ("Peru's trade with Bolivia totalled $757 mln in 2021, the statistics agency said.\n\nFlour remains the main "
     "item. According to the agency, Peruvian mills shipped 480,000 tons of flour to the eastern neighbour last year. "
     "Most of the grain is bought in Argentina and milled in Arequipa.",
     "Trade with Bolivia: Peru sold goods worth over $700 mln last year",
     [("trade_turnover", "PER", "BOL", 757e6, "USD", 2021), ("export", "PER", "BOL", 480000.0, "t", 2021)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round20(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
