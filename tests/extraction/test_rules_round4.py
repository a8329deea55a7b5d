"""Rules of round 2026.11.4: transit points, people and firms as destinations, a shipment's breakdown,
groups of countries, bare list items, totals broken down, counts and sums that are no flows."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows



D = date(2024, 3, 1)


@pytest.mark.parametrize("body, title, expected", [
    # a transit point is no recipient: "to Dushanbe ... for onward delivery to Afghanistan"
    ("An aircraft of Russia's Emergencies Ministry delivered 36 tonnes of humanitarian aid to Dushanbe on Tuesday "
     "for onward delivery to Afghanistan.", None, [("aid", "RUS", "AFG", 36, "t", 2024)]),
    # a humanitarian agency makes a handover aid
    ("Kazakhstan handed over 3,200 tonnes of wheat flour to the World Food Programme in Tashkent "
     "for onward delivery to Afghanistan.", None, [("aid", "KAZ", "AFG", 3200, "t", 2024)]),
    # a shipment's breakdown keeps the shipment's donor and recipient
    ("A train with 2,000 tons of humanitarian aid from Kazakhstan arrived in Afghanistan on Tuesday.\n\n"
     "The consignment, including 1,500 tons of flour, will be distributed among needy families, "
     "Pajhwok Afghan News reported.", None,
     [("aid", "KAZ", "AFG", 2000, "t", 2024), ("aid", "KAZ", "AFG", 1500, "t", 2024)]),
    # buyers and firms named by nationality are where goods went
    ("In 2023, Tajikistan shipped 12,400 tons of aluminum to Iranian buyers.", None,
     [("export", "TJK", "IRN", 12400, "t", 2023)]),
    ("Last year, 41,000 tons of cotton fiber were shipped from Tajikistan to Turkish textile companies.", None,
     [("export", "TJK", "TUR", 41000, "t", 2023)]),
    # ... but "according to Kazakh customs" is a source, not a destination
    ("According to the Kazakh side, exports to China were around $13.2 billion last year.", None,
     [("export", "KAZ", "CHN", 13.2e9, "USD", 2023)]),
    # a country in apposition is the subject of its clause: "Italy, the largest customer, bought ..."
    ("Kazakhstan exported wheat to Uzbekistan (1.53 million tons) in 2023. Italy, the largest European "
     "customer, bought 190,000 tons.", None,
     [("export", "KAZ", "UZB", 1.53e6, "t", 2023), ("export", "KAZ", "ITA", 190000, "t", 2023)]),
    # bare list items in brackets take the unit of the list
    ("Tajikistan's trade with Kazakhstan reached 1.13 billion dollars in 2023, followed by China (1.07 billion "
     "dollars), Uzbekistan (662.8 million), Iran (395.2 million) and Turkey (370 million).",
     "Tajikistan's foreign trade",
     [("trade_turnover", "KAZ", "TJK", 1.13e9, "USD", 2023), ("trade_turnover", "TJK", "CHN", 1.07e9, "USD", 2023),
      ("trade_turnover", "TJK", "UZB", 662.8e6, "USD", 2023), ("trade_turnover", "TJK", "IRN", 395.2e6, "USD", 2023),
      ("trade_turnover", "TJK", "TUR", 370e6, "USD", 2023)]),
    # a total broken down by partner is no bilateral figure
    ("In 2023, Uzbekistan exported fruit worth $1.49 billion, of which Kazakhstan accounted for $256.4 million.",
     None, [("export", "UZB", "KAZ", 256.4e6, "USD", 2023), ("export", "UZB", "WLD", 1.49e9, "USD", 2023)]),
    # trade with a group of countries is an aggregate
    ("In 2023, Uzbekistan's trade with other countries reached $21.2 billion.", None, []),
    ("More than 1,700 tonnes of aid from foreign countries and organizations had reached Afghanistan.", None, []),
    # queues, handling, fundraising: counts and sums that are no flows
    ("Kazakh exporters complain about long waits at the border, where queues of more than 300 trucks formed "
     "in July.", None, []),
    ("The Termez hub in Uzbekistan has handled more than 300,000 tonnes of humanitarian cargo for Afghanistan.",
     None, []),
    ("A charity campaign for Turkey's quake victims by the Kazakh Red Crescent has raised more than "
     "300 million tenge.", None, []),
])
def test_round4_rules(body, title, expected):
    assert rows(body, D, title) == norm(expected)
