"""Rules of round 18 (misses of tune18 and tune19: relief agencies' releases on donors' money, goals with no
trade noun, parallel buyers, "when the figure stood at")."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2024, 8, 21)

CASES = [
    # a donor's money ("contribution", "grant", "contributions ... include US$1.2 million from Sweden") is aid, and
    # what a relief agency buys with it is the donor's aid, wherever the goods were bought
    ("OSLO – A US$3 million contribution from the Government of Norway will allow the UN World Food Programme (WFP) "
     "to deliver food to vulnerable families in Yemen.\n\nWith the Norwegian contribution, WFP has purchased 2,100 "
     "metric tons of fortified wheat flour from mills in Egypt. Other recent contributions to WFP's operation in Yemen "
     "include US$1.2 million from Sweden and a grant of 500 million yen from the Government of Japan.", None,
     [("aid", "NOR", "YEM", 3e6, "USD", 2024), ("aid", "NOR", "YEM", 2100.0, "t", 2024),
      ("aid", "SWE", "YEM", 1.2e6, "USD", 2024), ("aid", "JPN", "YEM", 500e6, "JPY", 2024)]),
    # money given now for a school year that runs into next year, and food "for six months", are dated by the
    # day they were given; "Sweden contributed" last year is last year's aid
    ("SANAA – Sweden has provided a fresh US$4 million to the World Food Programme (WFP) for school meals in Yemen in "
     "the 2024/25 school year.\n\nWith this funding, WFP will procure 1,900 metric tons of wheat flour and 300 metric "
     "tons of vegetable oil, enough to feed 90,000 children for six months. Last year, Sweden contributed US$3 million "
     "to the same programme.", None,
     [("aid", "SWE", "YEM", 4e6, "USD", 2024), ("aid", "SWE", "YEM", 1900.0, "t", 2024),
      ("aid", "SWE", "YEM", 300.0, "t", 2024), ("aid", "SWE", "YEM", 3e6, "USD", 2023)]),
    # a relief agency buying on the market is no country's import; "over the next six months" is no period of the
    # story; an agency's needs are no aid given
    ("Yemen depends on food aid. In 2023, WFP purchased 80,000 metric tons of Egyptian wheat for its global "
     "operations. WFP needs US$900 million to continue its operations in Yemen over the next six months.",
     "WFP aid to Yemen", []),
    # goals with "want ... to hit", "want ... raised to", and "we aim to reach" with no trade noun after a trade figure
    ("LIMA — Lima and Santiago want annual trade between them to hit $10 billion, Peru's president said on Tuesday "
     "after talks with his Chilean counterpart.", None, [("trade_target", "PER", "CHL", 10e9, "USD", None)]),
    ("The presidents of Peru and Chile want mutual trade raised to $12 billion by 2030, the ministry said.", None,
     [("trade_target", "PER", "CHL", 12e9, "USD", 2030)]),
    ("Trade between Peru and Chile reached $4.4 billion last year. By 2030 we aim to reach $10 billion with Chile, "
     "the minister said.", None,
     [("trade_turnover", "PER", "CHL", 4.4e9, "USD", 2023), ("trade_target", "PER", "CHL", 10e9, "USD", 2030)]),
    # "..., while Japan purchased 61,000 tonnes": another buyer from the same seller
    ("In physical terms, China was the largest buyer of Peruvian copper. Chinese smelters bought 118,000 tonnes of "
     "Peruvian copper in 2023, while Japan purchased 61,000 tonnes.", None,
     [("import", "CHN", "PER", 118000.0, "t", 2023), ("import", "JPN", "PER", 61000.0, "t", 2023)]),
    # ... but not when the item names its other side after the amount
    ("Supplies from China were worth $1.76 billion last year, while Bolivia brought in goods for $1.61 billion from "
     "Peru and $702.1 million from Chile.", None,
     [("export", "CHN", "BOL", 1.76e9, "USD", 2023), ("export", "PER", "BOL", 1.61e9, "USD", 2023),
      ("export", "CHL", "BOL", 702.1e6, "USD", 2023)]),
    # "when the figure stood at" the year compared with is the same trade then
    ("LIMA, February 20. Trade turnover between Peru and Chile amounted to $481.6 million in 2023, the customs "
     "committee said.\n\nThis is 32.4 percent more than in 2022, when the figure stood at $363.8 million.", None,
     [("trade_turnover", "PER", "CHL", 481.6e6, "USD", 2023), ("trade_turnover", "PER", "CHL", 363.8e6, "USD", 2022)]),
    # "bilateral trade" before the amount is the pair's, whatever region the words after it name
    ("SEOUL, June 13. Korean investment in the Mongolian economy since 2005 has exceeded US$2.7 billion, the president "
     "said at the talks.\n\nThe two leaders instructed their governments to raise bilateral trade to US$10 billion and "
     "to expand cooperation on critical minerals, a sector in which Korea sees Mongolia as one of its key partners in "
     "Central Asia.", None,
     [("investment", "KOR", "MNG", 2.7e9, "USD", 2024), ("trade_target", "KOR", "MNG", 10e9, "USD", None)]),
    # "in July through the port" is July (only "July through September" is a span)
    ("LIMA, August 21 (Reuters) - Peru shipped 80,000 tonnes of copper concentrate to Germany in July through the "
     "port of Callao, the ministry said.", None, [("export", "PER", "DEU", 80000.0, "t", 2024)]),
    # "Imports from Kazakhstan accounted for ...": the country the flow comes from, not a partner's share
    ("Trade turnover between Mongolia and Kazakhstan amounted to $410 million in 2023, 3.9 percent more than a year "
     "earlier. The National Statistics Office of Mongolia reported.\n\nImports from Kazakhstan accounted for "
     "$290 million, while Mongolian exports to the neighbouring country totalled $120 million.",
     "Trade between Mongolia and Kazakhstan reaches $410 million",
     [("trade_turnover", "KAZ", "MNG", 410e6, "USD", 2023), ("export", "KAZ", "MNG", 290e6, "USD", 2023),
      ("import", "KAZ", "MNG", 120e6, "USD", 2023)]),
    # a donor's gift in tonnes; "in Aden, Yemen" is where the city is, no donor
    ("SANAA – The World Food Programme (WFP) has received a contribution from the Government of Norway of 3,900 "
     "metric tons of wheat flour for families in Yemen.\n\nThe flour, valued at US$1.8 million, arrived at WFP's "
     "logistics hub in Aden, Yemen, in 63 wagons.", None,
     [("aid", "NOR", "YEM", 3900.0, "t", 2024), ("aid", "NOR", "YEM", 1.8e6, "USD", 2024),
      ("aid", "NOR", "YEM", 63.0, "count", 2024)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round18(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
