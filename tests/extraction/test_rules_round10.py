"""Rules of round 10 (tune7, the retired blind3 slice: typical copy from many outlets): tables with
comma-grouped cells, totals broken down "of which", parts "of that total", rankings among one
country's partners, a town's port or officials as no party, givers thanked, elliptical flows after a
dash, restated leads, groups of several countries, suppliers, head of sheep, produce as goods."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2024, 3, 15)

CASES = [
    # a flattened table whose cells group thousands with commas; the unit comes from the head
    ("Uzbekistan's trade with its main partners in 2023 (million dollars):\n\nChina — 11,204.6 (+22.1%)\n"
     "Kazakhstan — 4,251.3 (+6.4%)\nTajikistan — 655.8 (+9.0%)",
     "Uzbekistan's foreign trade in 2023",
     [("trade_turnover", "UZB", "CHN", 1.12046e10, "USD", 2023), ("trade_turnover", "KAZ", "UZB", 4.2513e9, "USD", 2023),
      ("trade_turnover", "UZB", "TJK", 6.558e8, "USD", 2023)]),
    # "the country's ministry" is the exporter's own: no partner from the title, the exporter's total
    ("Kazakhstan exported 2.4 mln tonnes of grain in January-March 2023, the country's agriculture ministry said.",
     "Kazakh grain exports grow as Uzbekistan stays top buyer", [("export", "KAZ", "WLD", 2.4e6, "t", 2023)]),
    # a total broken down "of which": the total is the world's, the parts the named buyers'
    ("Kazakhstan's mills had a busy quarter. Flour exports for January-March 2023 amounted to 520,000 tonnes, "
     "of which Afghanistan accounted for 310,000 tonnes and Uzbekistan for 95,000 tonnes.",
     "Kazakh flour exports rise",
     [("export", "KAZ", "WLD", 5.2e5, "t", 2023), ("export", "KAZ", "AFG", 3.1e5, "t", 2023),
      ("export", "KAZ", "UZB", 9.5e4, "t", 2023)]),
    # a border town's port officials are no party: the convoy stays Uzbekistan's aid to Afghanistan
    ("A convoy of 30 trucks carrying aid from Uzbekistan crossed into Afghanistan on Monday. Hairatan port "
     "officials said the convoy was loaded with 450 tons of flour and rice.",
     "Uzbek aid reaches Afghanistan",
     [("aid", "UZB", "AFG", 30.0, "count", 2024), ("aid", "UZB", "AFG", 450.0, "t", 2024)]),
    # a ranking among one country's partners: its trade with each country named at an amount
    ("China fell to third place among Kyrgyzstan's trading partners in 2023, behind Russia with $2.1 billion "
     "and Kazakhstan with $900 million.", None,
     [("trade_turnover", "KGZ", "RUS", 2.1e9, "USD", 2023), ("trade_turnover", "KAZ", "KGZ", 9e8, "USD", 2023)]),
    ("Russia ranked first among Tajikistan's trading partners in 2023 with $1.4 billion, ahead of Kazakhstan "
     "with $1.1 billion.", None,
     [("trade_turnover", "RUS", "TJK", 1.4e9, "USD", 2023), ("trade_turnover", "KAZ", "TJK", 1.1e9, "USD", 2023)]),
    # parts "of that total" are the pair's flows, from the side the words name
    ("Trade between Kazakhstan and Turkmenistan reached $540 million in 2023. Kazakh exports accounted for "
     "$350 million of that total and imports for $190 million.", None,
     [("trade_turnover", "KAZ", "TKM", 5.4e8, "USD", 2023), ("export", "KAZ", "TKM", 3.5e8, "USD", 2023),
      ("import", "KAZ", "TKM", 1.9e8, "USD", 2023)]),
    ("Trade between Kyrgyzstan and China reached $3.1 billion in 2023. Imports from China made up $2.9 billion "
     "of that total.", None,
     [("trade_turnover", "KGZ", "CHN", 3.1e9, "USD", 2023), ("import", "KGZ", "CHN", 2.9e9, "USD", 2023)]),
    # "Exports made up the bulk of the turnover at $X": an export, the turnover only its base
    ("Trade between Uzbekistan and Afghanistan reached $860 million in 2022. Exports made up the bulk of the "
     "turnover at $830 million.", None,
     [("trade_turnover", "UZB", "AFG", 8.6e8, "USD", 2022), ("export", "UZB", "AFG", 8.3e8, "USD", 2022)]),
    # the other flow after a dash, with its partner named by reference
    ("Exports of Tajik goods to Kazakhstan reached $120 million in 2023, imports from the neighbouring "
     "country — $780 million.", None,
     [("import", "KAZ", "TJK", 1.2e8, "USD", 2023), ("export", "KAZ", "TJK", 7.8e8, "USD", 2023)]),
    # farm produce is goods, not production
    ("Kyrgyz exports of farm produce to Kazakhstan reached 61.2 million dollars in 2019.", None,
     [("import", "KAZ", "KGZ", 6.12e7, "USD", 2019)]),
    ("Kazakhstan plans to produce 20 million tonnes of grain in 2024.", None, []),
    ("Some 118,000 tons of produce went to China from Uzbekistan in 2023.", None,
     [("export", "UZB", "CHN", 1.18e5, "t", 2023)]),
    # a supplier supplies; a head of sheep is counted
    ("Russia remained the main wheat supplier to Azerbaijan, with 698,000 tons in 2023.", None,
     [("export", "RUS", "AZE", 6.98e5, "t", 2023)]),
    ("Kyrgyzstan exported 41,000 head of sheep and goats to Uzbekistan in 2023.", None,
     [("export", "KGZ", "UZB", 4.1e4, "count", 2023)]),
    # a lead's rounded figure restated exactly further down is one row, the exact one
    ("Trade between Türkiye and Turkmenistan reached nearly $2 billion in 2023, the minister said.\n\n"
     "According to official data, trade between the two countries reached $1.97 billion in 2023.",
     "Türkiye and Turkmenistan eye more trade", [("trade_turnover", "TUR", "TKM", 1.97e9, "USD", 2023)]),
    # "the two governments" is the article's pair, though a "foreign trade minister" speaks
    ("Uzbekistan's foreign trade minister said the two governments aim to raise annual trade to $500 million.",
     "Uzbekistan and Tajikistan hold a trade forum", [("trade_target", "UZB", "TJK", 5e8, "USD", None)]),
    # the side thanked for aid gave it
    ("The minister thanked the Chinese side for the humanitarian aid delivered in 2023, including 40 tons of "
     "medical supplies.", "Tajikistan and China discuss cooperation", [("aid", "CHN", "TJK", 40.0, "t", 2023)]),
    # a total with its top buyer named beside it is the total
    ("Kazakhstan exported 1.07 million tonnes of wheat flour in January–November 2023, with Afghanistan once "
     "again the leading destination.", "Kazakh flour exports",
     [("export", "KAZ", "WLD", 1.07e6, "t", 2023)]),
    ("Overall, Afghanistan's exports in 2023 totaled $1.9 billion, with Pakistan and India as the main "
     "destinations.", None, [("export", "AFG", "WLD", 1.9e9, "USD", 2023)]),
    ("Kazakhstan exported 500,000 tonnes of flour to Afghanistan in 2023, the main buyer.", None,
     [("export", "KAZ", "AFG", 5e5, "t", 2023)]),
    # "Of that amount, ..." after a pair's turnover: the pair's flow
    ("Trade between Azerbaijan and Turkmenistan reached $300 million in 2021. Of that amount, Azerbaijani exports "
     "accounted for $22.1 million.", None,
     [("trade_turnover", "AZE", "TKM", 3e8, "USD", 2021), ("export", "AZE", "TKM", 2.21e7, "USD", 2021)]),
    # an appeal for aid is no aid given
    ("UNICEF's 2023 humanitarian appeal for Afghanistan, totalling US$2 billion, remains only 45 per cent funded.",
     "Aid to Afghanistan", []),
    # an aside between dashes that lists the goods breaks no clause
    ("Tajikistan's imports from Kazakhstan totaled $956.7 million in 2021, while Tajik exports to Kazakhstan – "
     "mainly aluminium products, fruit and vegetables – amounted to just $123.5 million.", None,
     [("export", "KAZ", "TJK", 9.567e8, "USD", 2021), ("import", "KAZ", "TJK", 1.235e8, "USD", 2021)]),
    ("Chinese exports to Kyrgyzstan accounted for almost all of the turnover at $19.7 billion in 2023.", None,
     [("export", "CHN", "KGZ", 1.97e10, "USD", 2023)]),
    # goals told of the figure just given
    ("Trade between Kazakhstan and Tajikistan reached $1.4 billion in 2023. The presidents agreed to increase "
     "this figure to $3 billion.", None,
     [("trade_turnover", "KAZ", "TJK", 1.4e9, "USD", 2023), ("trade_target", "KAZ", "TJK", 3e9, "USD", None)]),
    ("Trade between Uzbekistan and Turkmenistan reached $1.2 billion in 2023, and $2 billion is within reach "
     "by 2027.", None,
     [("trade_turnover", "UZB", "TKM", 1.2e9, "USD", 2023), ("trade_target", "UZB", "TKM", 2e9, "USD", 2027)]),
    # a story about one country's foreign trade: its partners ranked without a trade word, the partners'
    # flows told with the story's country left unsaid, groups of members as no partner
    ("The foreign trade of Uzbekistan reached $62.4 billion in 2023.\n\nThe ranking of the country's main "
     "trading partners did not change. China came first with $13.1 billion, Russia was second with "
     "$11.2 billion. Kazakhstan ($4.4 billion) and Türkiye ($3.4 billion) rounded out the top four.\n\n"
     "Kyrgyzstan bought Uzbek goods for $1.1 billion. Goods purchased from Russia were worth $7.8 billion.\n\n"
     "Trade with the country's partners in the Eurasian Economic Union totaled $20.3 billion.",
     "Uzbekistan's foreign trade in 2023: the main partners",
     [("trade_turnover", "UZB", "WLD", 6.24e10, "USD", 2023), ("trade_turnover", "UZB", "CHN", 1.31e10, "USD", 2023),
      ("trade_turnover", "UZB", "RUS", 1.12e10, "USD", 2023), ("trade_turnover", "KAZ", "UZB", 4.4e9, "USD", 2023),
      ("trade_turnover", "UZB", "TUR", 3.4e9, "USD", 2023), ("import", "KGZ", "UZB", 1.1e9, "USD", 2023),
      ("import", "UZB", "RUS", 7.8e9, "USD", 2023)]),
    # a partner of the title's country is not the story's subject: Iran's exports stay Iran's
    ("Iran exported goods worth $621.4 million to Afghanistan in March-June 2022. The exports weighed 1.4 million "
     "tons.", "Iran remains Afghanistan's top trading partner",
     [("export", "IRN", "AFG", 6.214e8, "USD", 2022), ("export", "IRN", "AFG", 1.4e6, "t", 2022)]),
    # a sum over several countries is no bilateral figure
    ("Taken together, trade among the five countries was worth roughly $5.2 billion in 2023.",
     "Central Asia trade", []),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round10(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
