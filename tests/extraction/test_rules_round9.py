"""Rules of round 9 (tune5: hard phrasings; tune6: typical articles): rankings and lists, buyers and
sellers, fact boxes, column tables, world totals and the shares and rankings after them, goals
chained with "and to", nationalities in counts, aggregates as parties."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2024, 3, 15)


RANKING_LISTS_VARY_THE_NAMED_SIDE = [
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
]


GOODS_THAT_ENTERED_A_COUNTRY = [
    ("Chinese goods worth $8.6 billion entered Uzbekistan in 2023.", [("export", "CHN", "UZB", 8.6e9, "USD", 2023)]),
    # entering into force is no shipment
    ("The agreement entered into force in 2023.", []),
]


A_NATIONALITY_QUALIFIES_A_COUNT = [
    ("A convoy of 40 Kazakh trucks with humanitarian aid arrived in Afghanistan on Monday.",
     [("aid", "KAZ", "AFG", 40.0, "count", 2024)]),
    ("Uzbekistan sent 25 Uzbek wagons of flour to Afghanistan as humanitarian aid.",
     [("aid", "UZB", "AFG", 25.0, "count", 2024)]),
]


FLOWS_TOLD_BY_BUYERS_SELLERS_AND_ELLIPSIS = [
    # "took <amount>" is a buyer's purchase; the list goes on from the seller the story is about
    ("Uzbekistan exported fruit worth $512.6 million in January-May 2024.\n\nBy destination, Russia took "
     "$148.3 million, Kazakhstan – $97.1 million, followed by Kyrgyzstan with $42.6 million.",
     [("export", "UZB", "WLD", 5.126e8, "USD", 2024),
      ("import", "RUS", "UZB", 1.483e8, "USD", 2024), ("import", "KAZ", "UZB", 9.71e7, "USD", 2024),
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
]


FACT_BOXES_AND_WANTED_LEVELS = [
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
]


TOTALS_AND_THE_RANKINGS_AFTER_THEM = [
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
]


COLUMN_TABLES_AND_AGGREGATE_PARTIES = [
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
]
# "Of that, exports made up ..." after a world total; "and to $5 billion in the long term" after a goal; investment
# projects agreed with contracts are deals; "a total of" makes a one-sided flow the total
# a column table: an empty cell, a zero and a row with a "|" inside a cell are no figures, and the table goes on
TABLE_CELLS = [
    ("Kazakhstan's trade with its largest EU partners in 2023 ($ billion):\n\n| Exports | Imports\n\n"
     "Italy | | 13.9\n\nFrance | EU | 2.6 | 0.9\n\nGermany | 0 | 1.0",
     [("import", "KAZ", "ITA", 1.39e10, "USD", 2023), ("import", "KAZ", "DEU", 1.0e9, "USD", 2023)]),
    # another country's table: its row for Kazakhstan is told from Kazakhstan's side, as flows are
    ("Uzbekistan's trade with its neighbours in 2023 ($ million):\n\nCountry | Uzbek exports\n\nKazakhstan | 1,520.4"
     "\n\nTajikistan | 411.2",
     [("import", "KAZ", "UZB", 1.5204e9, "USD", 2023), ("export", "UZB", "TJK", 4.112e8, "USD", 2023)]),
]
FLOWS_AFTER_TOTALS_AND_GOALS = [
    ("Azerbaijan's overall foreign trade turnover in January-June 2024 stood at $23.5 billion. Of that, exports made "
     "up $13.6 billion and imports $9.9 billion.",
     [("trade_turnover", "AZE", "WLD", 2.35e10, "USD", 2024), ("export", "AZE", "WLD", 1.36e10, "USD", 2024),
      ("import", "AZE", "WLD", 9.9e9, "USD", 2024)]),
    ("Uzbekistan and Kyrgyzstan set the task of bringing trade turnover to $2 billion in the coming years and to "
     "$5 billion in the long term.",
     [("trade_target", "UZB", "KGZ", 2e9, "USD", None), ("trade_target", "UZB", "KGZ", 5e9, "USD", None)]),
    ("During the visit of the Kyrgyz President to Tashkent, agreements were reached on trade contracts and "
     "investment projects between Uzbekistan and Kyrgyzstan worth $2.3 billion.",
     [("deal_value", "UZB", "KGZ", 2.3e9, "USD", 2024)]),
    ("Kazakhstan exported a total of 64.3 million tonnes of crude in 2023, the Energy Ministry said.",
     [("export", "KAZ", "WLD", 6.43e7, "t", 2023)]),
    # two clauses: the second donor's shipment goes to the place named in the first, not to the donor
    ("Uzbekistan delivered 220 tons of humanitarian assistance to Afghanistan, and Kazakhstan sent 10 wagons of "
     "flour.", [("aid", "UZB", "AFG", 220.0, "t", 2024), ("aid", "KAZ", "AFG", 10.0, "count", 2024)]),
]

# the pair a two-country title names is the one "bilateral"/"mutual" stands for; an amount that states a change
# ("increased by $33.6 million", "18.7 percent, or $22.4 million, more") is no level, unlike a conversion
PAIRS_AND_CHANGES = [
    ("The parties agreed to bring mutual trade to $3 billion, to carry more cargo on the Kazakhstan-Turkmenistan-Iran "
     "railway.",
     [("trade_target", "KAZ", "IRN", 3e9, "USD", None)]),
    ("In 2024 trade between Azerbaijan and Uzbekistan reached $206 million. The figure increased by $33.6 million "
     "compared with 2023.", [("trade_turnover", "AZE", "UZB", 2.06e8, "USD", 2024)]),
    ("In 2024 trade between Azerbaijan and Uzbekistan reached $206 million. That is 19.5 percent, or $33.6 million, "
     "more than in 2023.", [("trade_turnover", "AZE", "UZB", 2.06e8, "USD", 2024)]),
    ("In 2023 Kazakhstan's exports to China rose 10%, or by $0.5 billion, to $5.5 billion.",
     [("export", "KAZ", "CHN", 5.5e9, "USD", 2023)]),
]
TITLES = {PAIRS_AND_CHANGES[0][0]: "Kazakhstan and Iran discuss increasing trade to $3 billion"}

CASES = {name: cases for name, cases in (
    ("ranking_lists_vary_the_named_side", RANKING_LISTS_VARY_THE_NAMED_SIDE),
    ("goods_that_entered_a_country", GOODS_THAT_ENTERED_A_COUNTRY),
    ("a_nationality_qualifies_a_count", A_NATIONALITY_QUALIFIES_A_COUNT),
    ("flows_told_by_buyers_sellers_and_ellipsis", FLOWS_TOLD_BY_BUYERS_SELLERS_AND_ELLIPSIS),
    ("fact_boxes_and_wanted_levels", FACT_BOXES_AND_WANTED_LEVELS),
    ("totals_and_the_rankings_after_them", TOTALS_AND_THE_RANKINGS_AFTER_THEM),
    ("column_tables_and_aggregate_parties", COLUMN_TABLES_AND_AGGREGATE_PARTIES),
    ("flows_after_totals_and_goals", FLOWS_AFTER_TOTALS_AND_GOALS),
    ("pairs_and_changes", PAIRS_AND_CHANGES),
    ("table_cells", TABLE_CELLS),
)}


@pytest.mark.parametrize("body, expected", [pytest.param(body, expected, id=f"{name}-{i}")
                                            for name, cases in CASES.items() for i, (body, expected) in enumerate(cases)])
def test_round9(body, expected):
    assert rows(body, PUBLISHED, TITLES.get(body)) == norm(expected)


@pytest.mark.parametrize("low, expected", [
    ("main partners:\n• china – 18.0 (+15%)", True), ("russia\t-\t7.5", True), ("russia  —  7.5", True),
    ("astana, may 3 (test wire) – trade grew", False), ("kazakh-tajik trade", False), ("china –18.0", False),
    ("1990-2000", False), ("", False),
])
def test_a_flattened_table_needs_a_spaced_dash_before_a_number(low, expected):
    from extraction.extract import _has_row_dash

    assert _has_row_dash(low) is expected
