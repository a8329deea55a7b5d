"""Rules of round 9: a ranking list goes on with the country named next to the first amount (not the
goods' origin adjective), goods that "entered" a country were imported there, and a nationality
qualifies a count of vehicles ("40 Kazakh trucks")."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2024, 3, 15)


@pytest.mark.parametrize("body, expected", [
    # the buyers vary, the seller (named by an adjective in the frame) stays
    ("Among the buyers of Kyrgyz goods, Russia took products worth $335.2 million, Kazakhstan - $198.7 million "
     "and Uzbekistan - $87.4 million in 2023.",
     [("import", "RUS", "KGZ", 3.352e8, "USD", 2023), ("import", "KAZ", "KGZ", 1.987e8, "USD", 2023),
      ("import", "UZB", "KGZ", 8.74e7, "USD", 2023)]),
    # the destinations vary, the exporter named first stays
    ("Kazakhstan exported goods worth $4.1 billion to Russia in 2023, China - $3.2 billion.",
     [("export", "KAZ", "RUS", 4.1e9, "USD", 2023), ("export", "KAZ", "CHN", 3.2e9, "USD", 2023)]),
    # "Kazakh wheat" is the goods' origin, Uzbekistan the buyer the list goes on from
    ("Uzbekistan remained the largest buyer of Kazakh wheat with 980,000 tons in 2023, while Tajikistan took "
     "510,000 tonnes.",
     [("export", "KAZ", "UZB", 9.8e5, "t", 2023), ("export", "KAZ", "TJK", 5.1e5, "t", 2023)]),
])
def test_ranking_lists_vary_the_named_side(body, expected):
    assert rows(body, PUBLISHED) == norm(expected)


@pytest.mark.parametrize("body, expected", [
    ("Chinese goods worth $8.6 billion entered Uzbekistan in 2023.", [("export", "CHN", "UZB", 8.6e9, "USD", 2023)]),
    # entering into force is no shipment
    ("The agreement entered into force in 2023.", []),
])
def test_goods_that_entered_a_country(body, expected):
    assert rows(body, PUBLISHED) == norm(expected)


@pytest.mark.parametrize("body, expected", [
    ("A convoy of 40 Kazakh trucks with humanitarian aid arrived in Afghanistan on Monday.",
     [("aid", "KAZ", "AFG", 40.0, "count", 2024)]),
    ("Uzbekistan sent 25 Uzbek wagons of flour to Afghanistan as humanitarian aid.",
     [("aid", "UZB", "AFG", 25.0, "count", 2024)]),
])
def test_a_nationality_qualifies_a_count(body, expected):
    assert rows(body, PUBLISHED) == norm(expected)
