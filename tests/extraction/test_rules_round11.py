"""Rules of round 11 (tune8: varied phrasing from many outlets): donors named by "funding from",
a world total's flows in the next sentence, asides in relative clauses, a top buyer beside a
flow, trade benchmarks, result clauses, what a flow cost, regions of the Central Asian states."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2024, 3, 15)

CASES = [
    # the lead's "funding from the Government of Japan" names the donor of the consignment
    ("TASHKENT, 3 March 2024 – With funding from the Government of Japan, UNICEF handed over medical equipment "
     "to the Ministry of Health of Uzbekistan.\n\nThe consignment, worth US$1.1 million, includes oxygen "
     "concentrators and ventilators.", "Medical supplies for Uzbekistan",
     [("aid", "JPN", "UZB", 1.1e6, "USD", 2024)]),
    # the flows right after a country's foreign trade are its flows with the world
    ("Georgia's foreign trade turnover in 2023 amounted to $10.1 billion. Exports totaled $4.2 billion, and "
     "imports – $5.9 billion.", "Georgia, Kazakhstan trade grows",
     [("trade_turnover", "GEO", "WLD", 1.01e10, "USD", 2023), ("export", "GEO", "WLD", 4.2e9, "USD", 2023),
      ("import", "GEO", "WLD", 5.9e9, "USD", 2023)]),
    # the words of a relative clause set off by commas say nothing of the figure
    ("Tajikistan's trade with Afghanistan, which for years has rested on sales of electricity and cement, "
     "totaled $42.8 million in the first half of 2023.", None,
     [("trade_turnover", "TJK", "AFG", 4.28e7, "USD", 2023)]),
    # the top buyer named beside a flow is its own importer, not a sign of a world total
    ("Kyrgyz shipments of gold to the United Kingdom were worth $434.2 million in 2023, making Britain the "
     "largest buyer of Kyrgyz goods.", None, [("export", "KGZ", "GBR", 4.342e8, "USD", 2023)]),
    # a trade benchmark is a goal
    ("Both presidents have endorsed a $10 billion trade benchmark.", "Kazakhstan and Uzbekistan",
     [("trade_target", "KAZ", "UZB", 1e10, "USD", None)]),
    # ", bringing ... to" after an actual figure tells the result; after a task, the goal
    ("Trade between Kazakhstan and China reached $20 billion in 2022. Our heads of state have given us a task – "
     "to double trade, bringing it to $40 billion.", None,
     [("trade_turnover", "KAZ", "CHN", 2e10, "USD", 2022), ("trade_target", "KAZ", "CHN", 4e10, "USD", None)]),
    ("Kazakh exports to Uzbekistan reached $2.1 billion in 2023, bringing total trade to $3.4 billion.", None,
     [("export", "KAZ", "UZB", 2.1e9, "USD", 2023), ("trade_turnover", "KAZ", "UZB", 3.4e9, "USD", 2023)]),
    # what a flow cost is its value
    ("Last year, imports of Russian electricity cost Kazakhstan $226.5 million.", None,
     [("import", "KAZ", "RUS", 2.265e8, "USD", 2023)]),
    ("The new plant cost $300 million.", None, []),
    # Batken is in Kyrgyzstan; the next clause's donor is no recipient of the first
    ("Uzbekistan dispatched 30 trucks carrying 520 tonnes of flour to Batken in May 2023, and Kazakhstan sent a "
     "humanitarian cargo worth 500 million tenge.", "Neighbours send aid",
     [("aid", "UZB", "KGZ", 30.0, "count", 2023), ("aid", "UZB", "KGZ", 520.0, "t", 2023),
      ("aid", "KAZ", "KGZ", 5e8, "KZT", 2024)]),
    # aid spoken of as stopped makes no aid story: Pakistan's purchases stay exports
    ("Afghanistan's exports to Pakistan in 2023 reached $1.1 billion, despite the suspension of international "
     "aid.", "Afghanistan's exports grow", [("export", "AFG", "PAK", 1.1e9, "USD", 2023)]),
    # "it amounted to" stands for the turnover before, whatever cue follows; the flow after it is the pair's
    ("Bilateral trade has been growing. In 2022, the trade turnover between the two countries grew to $406.6 "
     "million. In January-August 2023, it amounted to $319 million, with Kazakh exports reaching $121 million.",
     "Kazakhstan and the UAE sign agreements",
     [("trade_turnover", "KAZ", "ARE", 4.066e8, "USD", 2022), ("trade_turnover", "KAZ", "ARE", 3.19e8, "USD", 2023),
      ("export", "KAZ", "ARE", 1.21e8, "USD", 2023)]),
    # a goal stated after a possibility is a goal
    ("\"We see enormous potential in our cooperation and aim to increase trade to $1 billion,\" the president said.",
     "Kazakhstan and the UAE sign agreements", [("trade_target", "KAZ", "ARE", 1e9, "USD", None)]),
    ("Experts say trade could reach $1 billion.", "Kazakhstan and the UAE sign agreements", []),
    # the host of foreign investment is no partner; investors ranked after it are its partners
    ("Foreign investments in the economy of Tajikistan in January-June 2023 amounted to $204.7 million. China "
     "remained the largest investor with $89.3 million. The second place is occupied by Russia with $38.6 million, "
     "followed by Kazakhstan ($14.7 million). In the first half of 2022, investments attracted from abroad were "
     "$247.3 million.", "China tops the list of investors in Tajikistan",
     [("investment", "TJK", "CHN", 8.93e7, "USD", 2023), ("investment", "TJK", "RUS", 3.86e7, "USD", 2023),
      ("investment", "KAZ", "TJK", 1.47e7, "USD", 2023)]),
    # in an aid story, the consignment as the subject, and how it travelled, are the aid
    ("A consignment of wheat flour donated by the Government of Kazakhstan has arrived in Tajikistan.\n\nThe 1,500 "
     "metric tons of flour travelled by rail through Uzbekistan in 30 wagons.", "Kazakh flour arrives",
     [("aid", "KAZ", "TJK", 1500.0, "t", 2024), ("aid", "KAZ", "TJK", 30.0, "count", 2024)]),
    ("Kazakhstan has handed over humanitarian aid to Kyrgyzstan. The cargo arrived at Bishkek station. It includes "
     "1,100 tons of flour and sugar.", "Kazakh aid for Kyrgyzstan", [("aid", "KAZ", "KGZ", 1100.0, "t", 2024)]),
    ("Aid has begun reaching the victims of the earthquake in Afghanistan. A Kazakh military transport aircraft "
     "landed at Kabul airport with 18 tonnes of medical supplies.", "Aid for quake victims",
     [("aid", "KAZ", "AFG", 18.0, "t", 2024)]),
    # a bulleted list under an investment head: the host's investment from each country
    ("Uzbekistan attracted $23.6 billion in foreign investments in 2023.\n\nLargest sources of foreign direct "
     "investment in 2023:\n• China – $3.8 billion\n• Russia – $2.5 billion\n• Kazakhstan – $310 million",
     "Which countries invested most in Uzbekistan in 2023?",
     [("investment", "UZB", "CHN", 3.8e9, "USD", 2023), ("investment", "UZB", "RUS", 2.5e9, "USD", 2023),
      ("investment", "KAZ", "UZB", 3.1e8, "USD", 2023)]),
    # an infographic's year lines under a head: the pair's figure for each period
    ("ASTANA – Key indicators of bilateral cooperation.\n\nTrade turnover between Kazakhstan and Mongolia:\n"
     "2021 – $108.3 mln\n2022 – $140.6 mln\nJanuary-July 2023 – $97.1 mln",
     "Kazakhstan – Mongolia: cooperation in figures",
     [("trade_turnover", "KAZ", "MNG", 1.083e8, "USD", 2021), ("trade_turnover", "KAZ", "MNG", 1.406e8, "USD", 2022),
      ("trade_turnover", "KAZ", "MNG", 9.71e7, "USD", 2023)]),
    # a total followed by its buyers one by one is the total; "received" buys, and the list goes on from the
    # same exporter
    ("Kazakhstan exported 818,600 tonnes of flour in January-April 2023. Uzbekistan, the largest buyer, received "
     "203.9 thousand tons, Tajikistan – 114.2 thousand tons.", "Kazakh flour exports grow",
     [("export", "KAZ", "WLD", 8.186e5, "t", 2023), ("export", "KAZ", "UZB", 2.039e5, "t", 2023),
      ("export", "KAZ", "TJK", 1.142e5, "t", 2023)]),
    # provinces listed after "in" are where the aid goes, not who gives it
    ("Kazakhstan sent 2,000 tonnes of flour to Afghanistan in February 2024. The flour arrived in 40 wagons and is "
     "being distributed in Balkh, Samangan and Jowzjan provinces.", "Kazakh aid",
     [("aid", "KAZ", "AFG", 2000.0, "t", 2024), ("aid", "KAZ", "AFG", 40.0, "count", 2024)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round11(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
