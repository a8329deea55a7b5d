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
    # "X was the largest supplier" names the side the goods come from; the ranking goes on from the buyer
    ("Mongolia bought goods worth $2.1 billion abroad in the first half of 2023. Russia was the main supplier, with "
     "imports worth $900 million, followed by China with $640 million.", "Mongolia's imports grow",
     [("import", "MNG", "WLD", 2.1e9, "USD", 2023), ("import", "MNG", "RUS", 900e6, "USD", 2023),
      ("import", "MNG", "CHN", 640e6, "USD", 2023)]),
    # a shipment dated past the aside that carries its amounts
    ("The first batch of Uzbek aid arrived in Kabul on Monday. The earlier convoy – 900 tonnes of rice in 30 trucks – "
     "reached Afghanistan in November 2023.", "Uzbekistan sends aid to Afghanistan",
     [("aid", "UZB", "AFG", 900.0, "t", 2023), ("aid", "UZB", "AFG", 30.0, "count", 2023)]),
    # "X, to which Y sent": the antecedent of "to which" receives
    ("Among the recipients of Uzbek aid last year, the largest was Afghanistan, to which Uzbekistan sent 3,000 tonnes "
     "of flour.", "Uzbek aid in 2023",
     [("aid", "UZB", "AFG", 3000.0, "t", 2023)]),
    # a ranking goes on from its last place, past the breakdown of that place's trade; an appositive aside
    # ("traditionally the main buyer of Kazakh oil") says nothing of the ranked amount
    ("Kazakhstan's foreign trade turnover reached $140 billion in 2023. China came first with $31.5 billion.\n\n"
     "Italy, traditionally the main buyer of Kazakh oil, was third with $16.6 billion. Kazakhstan sold goods worth "
     "$15.4 billion to Italy, while imports from the country stood at $1.2 billion.\n\nThe Netherlands ranked fourth "
     "with $7.1 billion.", "Top trading partners of Kazakhstan in 2023",
     [("trade_turnover", "KAZ", "WLD", 140e9, "USD", 2023), ("trade_turnover", "KAZ", "CHN", 31.5e9, "USD", 2023),
      ("trade_turnover", "KAZ", "ITA", 16.6e9, "USD", 2023), ("export", "KAZ", "ITA", 15.4e9, "USD", 2023),
      ("import", "KAZ", "ITA", 1.2e9, "USD", 2023), ("trade_turnover", "KAZ", "NLD", 7.1e9, "USD", 2023)]),
    # "respectively" closes the list after the flow words, not the total before them
    ("Trade between Kazakhstan and Azerbaijan grew in 2023: it reached $560 million, of which Kazakhstan's exports "
     "to and imports from Azerbaijan made up $400 million and $160 million respectively.", None,
     [("trade_turnover", "KAZ", "AZE", 560e6, "USD", 2023), ("export", "KAZ", "AZE", 400e6, "USD", 2023),
      ("import", "KAZ", "AZE", 160e6, "USD", 2023)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round13(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
