"""Rules of round 21 (misses of tune22: debts and remittances read as flows, a goal one "sets sights on", and cue
words inside an institution's name, one country's totals broken down or followed by its buyers, a title naming where the aid goes, aid
a plan requires, exports "to the whole world")."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2022, 1, 21)

CASES = [
    # what a buyer owes its supplier, bills left unpaid and money sent home by migrants are no trade
    ("Peruvian power exports to Bolivia reached $45 million in 2021. The Bolivian grid operator is said to owe its "
     "Peruvian supplier about $20 million, and Lima speaks of $12 million in unpaid bills from earlier years.\n\n"
     "Bolivians working in Peru sent home about $300 million last year, and Bolivia received $150 million in money "
     "transfers from Chile.", None,
     [("export", "PER", "BOL", 45e6, "USD", 2021)]),
    # "set their sights on $10 billion": a goal
    ("Trade between Peru and Chile reached $3.1 billion in 2021. The presidents said the two countries would first "
     "aim for $5 billion in annual trade and then set their sights on $10 billion.", None,
     [("trade_turnover", "PER", "CHL", 3.1e9, "USD", 2021), ("trade_target", "PER", "CHL", 5e9, "USD", None),
      ("trade_target", "PER", "CHL", 10e9, "USD", None)]),
    # "the Ministry of Production and Trade" names a source; the figure is what its own words say
    ("According to the Ministry of Production and Trade, Chilean companies accounted for $1.2 billion of the "
     "foreign investment received by Peru in 2021.", None,
     [("investment", "PER", "CHL", 1.2e9, "USD", 2021)]),
    # a country's total broken down ("including 11,300 tonnes shipped to Chile") or followed by its buyers ("sells to
    # buyers in ...", "Chile alone accounted for 41 percent of shipments") is its total with the world
    ("LIMA — Peru's copper exports over the nine months totaled 97,300 tonnes, worth about $210 million, the "
     "statistics institute reported. The smelter sells most of its output to buyers in Chile, China and Japan, and "
     "Chile alone accounted for about 41 percent of shipments.\n\nZinc exports totaled 24,400 tonnes last year, "
     "including 11,300 tonnes shipped to China.", "Peru's copper output recovers",
     [("export", "PER", "WLD", 97300.0, "t", 2021), ("export", "PER", "WLD", 210e6, "USD", 2021),
      ("export", "PER", "WLD", 24400.0, "t", 2021), ("export", "PER", "CHN", 11300.0, "t", 2021)]),
    # a title that names one country, and neither trade nor where aid comes from, names where the story's aid goes
    ("LIMA — Chilean rescuers arrived in Lima on Monday, the ministry said. Last year Peru itself sent 40 tonnes of "
     "tents to Bolivia after floods there.\n\nEcuador has so far sent four cargo planes carrying a total of 165 "
     "tons of food and blankets, its emergency ministry said.", "Neighbours rush aid to quake-hit Peru",
     [("aid", "PER", "BOL", 40.0, "t", 2021), ("aid", "ECU", "PER", 4.0, "count", 2022),
      ("aid", "ECU", "PER", 165.0, "t", 2022)]),
    # what a response plan requires is no aid; exports "to the whole world" are the country's total
    ("KEY FIGURES\n18M people in need of humanitarian assistance in Peru\nUS$1.2B required under the 2022 "
     "Humanitarian Response Plan\n\nChile sent 300 tonnes of food to Peru in January.", "Peru: Humanitarian Update",
     [("aid", "CHL", "PER", 300.0, "t", 2022)]),
    ("\"Chile's exports to the whole world have stagnated at around $90 billion for years,\" an economist in Lima said. "
     "Peru's trade with Chile reached $3.1 billion in 2021.", None,
     [("export", "CHL", "WLD", 90e9, "USD", None), ("trade_turnover", "PER", "CHL", 3.1e9, "USD", 2021)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round21(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
