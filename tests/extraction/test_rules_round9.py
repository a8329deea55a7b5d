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
    ("Uzbekistan remained the largest buyer of Kazakh wheat with 980,000 tons in 2023, followed by Tajikistan "
     "with 510,000 tonnes.",
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


@pytest.mark.parametrize("body, expected", [
    # "took <amount>" is a buyer's purchase; the list goes on from the seller the story is about
    ("Uzbekistan exported fruit worth $512.6 million in January-May 2024.\n\nBy destination, Russia took "
     "$148.3 million, Kazakhstan – $97.1 million, followed by Kyrgyzstan with $42.6 million.",
     [("import", "RUS", "UZB", 1.483e8, "USD", 2024), ("import", "KAZ", "UZB", 9.71e7, "USD", 2024),
      ("import", "KGZ", "UZB", 4.26e7, "USD", 2024)]),
    ("The talks took place in Astana in 2023, and trade took two years to recover.", []),
    # the indirect object of a sale is the buyer; a national company stands for its country
    ("In 2023 Tajikistan sold Afghanistan electricity worth $92.8 million.",
     [("export", "TJK", "AFG", 9.28e7, "USD", 2023)]),
    ("Last year Uzbekenergo sold Afghanistan electricity worth around $90 million.",
     [("export", "UZB", "AFG", 9e7, "USD", 2023)]),
    # an elliptical "and imports – $X" is the other flow of the same pair
    ("In 2023 Uzbek exports to Tajikistan made up $411.2 million, and imports – $257.3 million.",
     [("export", "UZB", "TJK", 4.112e8, "USD", 2023), ("import", "UZB", "TJK", 2.573e8, "USD", 2023)]),
])
def test_flows_told_by_buyers_sellers_and_ellipsis(body, expected):
    assert rows(body, PUBLISHED) == norm(expected)


@pytest.mark.parametrize("body, expected", [
    # a fact box: the amount opens the line, the dash introduces what it is
    ("Key figures:\n\n• $476.1 million – trade turnover between Kazakhstan and Azerbaijan in 2023;\n\n"
     "• $389 million – Kazakh exports to Azerbaijan last year;\n\n• $1 billion – the target for mutual trade.",
     [("trade_turnover", "KAZ", "AZE", 4.761e8, "USD", 2023), ("export", "KAZ", "AZE", 3.89e8, "USD", 2023),
      ("trade_target", "KAZ", "AZE", 1e9, "USD", None)]),
    ("China and Uzbekistan in numbers:\n\n• $20 billion – the trade level the two presidents want to reach "
     "by 2030.", [("trade_target", "CHN", "UZB", 2e10, "USD", 2030)]),
    # "want ... lifted to" is a goal
    ("Moscow and Tashkent now want mutual trade lifted to $20 bln within five years.",
     [("trade_target", "RUS", "UZB", 2e10, "USD", None)]),
])
def test_fact_boxes_and_wanted_levels(body, expected):
    assert rows(body, PUBLISHED) == norm(expected)


@pytest.mark.parametrize("body, expected", [
    # "the foreign trade turnover of Kazakhstan" is Kazakhstan's total; the ranking after it starts "first"
    ("The foreign trade turnover of Kazakhstan totaled $139.8 billion in 2023. China ranked first with "
     "$31.5 billion, Russia came second with $26.8 billion.",
     [("trade_turnover", "KAZ", "WLD", 1.398e11, "USD", 2023), ("trade_turnover", "KAZ", "CHN", 3.15e10, "USD", 2023),
      ("trade_turnover", "KAZ", "RUS", 2.68e10, "USD", 2023)]),
    # foreign direct investment into a country is its total inflow (no bilateral row); the investors listed
    # after it are dated by it, unless the amount is a commitment, an event of its day
    ("Gross foreign direct investment inflows into Kazakhstan amounted to $23.8 billion in 2023. The Netherlands "
     "led the list of investors with $6.1 billion, followed by the United States with $4.3 billion.",
     [("investment", "KAZ", "NLD", 6.1e9, "USD", 2023), ("investment", "KAZ", "USA", 4.3e9, "USD", 2023)]),
    ("Kazakhstan's trade with China reached $41 billion in 2023. Chinese companies have committed $2 billion to a "
     "chemical plant in Pavlodar region.",
     [("trade_turnover", "KAZ", "CHN", 4.1e10, "USD", 2023), ("investment", "KAZ", "CHN", 2e9, "USD", 2024)]),
])
def test_totals_and_the_rankings_after_them(body, expected):
    assert rows(body, PUBLISHED) == norm(expected)


@pytest.mark.parametrize("body, expected", [
    # a column table: kind from the column head, partner from the row, owner, unit and year from the caption
    ("Kazakhstan's trade with its largest EU partners in 2023 ($ billion):\n\n"
     "Country | Turnover | Kazakh exports | Kazakh imports\n\nItaly | 15.3 | 13.9 | 1.4\n\nGermany | 3.9 | 1.0 | 2.9",
     [("trade_turnover", "KAZ", "ITA", 1.53e10, "USD", 2023), ("export", "KAZ", "ITA", 1.39e10, "USD", 2023),
      ("import", "KAZ", "ITA", 1.4e9, "USD", 2023), ("trade_turnover", "KAZ", "DEU", 3.9e9, "USD", 2023),
      ("export", "KAZ", "DEU", 1.0e9, "USD", 2023), ("import", "KAZ", "DEU", 2.9e9, "USD", 2023)]),
    # no unit anywhere: no figures
    ("Kazakhstan's partners in 2023:\n\nCountry | Turnover\n\nItaly | 15.3", []),
    # an aggregate as the other party is no bilateral figure
    ("The European Union remains Kazakhstan's largest trading partner, with trade reaching $41.2 billion in 2023.",
     []),
])
def test_column_tables_and_aggregate_parties(body, expected):
    assert rows(body, PUBLISHED) == norm(expected)
