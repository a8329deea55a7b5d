"""Rules of round 16 (misses of tune16, the Turkish, Iranian, Pakistani and Gulf press, and tune17)."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2024, 3, 15)

CASES = [
    # "the country's imports" are the imports of the country named before them, here the statistics' owner
    ("According to Peru's statistics office, the country's imports from Chile rose 21.5% in the first half of 2023 "
     "to $839 million, while exports to Chile reached $764 million.", None,
     [("import", "PER", "CHL", 839e6, "USD", 2023), ("export", "PER", "CHL", 764e6, "USD", 2023)]),
    # the base a figure is compared with is the same trade; with no time of its own, the same months a year before
    ("Peru's exports to Chile rose to $786.4 million in January-June 2024, up from $507.6 million, the central bank "
     "said.", None,
     [("export", "PER", "CHL", 786.4e6, "USD", 2024), ("export", "PER", "CHL", 507.6e6, "USD", 2023)]),
    # unless the base's own words name another partner or flow
    ("Peru's exports to Chile reached $786.4 million in 2023, compared with $900 million for Bolivia.", None,
     [("export", "PER", "CHL", 786.4e6, "USD", 2023), ("export", "PER", "BOL", 900e6, "USD", 2023)]),
    ("The central bank of Peru published exports by market for 2024.\n\n- Chile: $39.7 million, against $30.2 million"
     "\n- Bolivia: $12.1 million", None,
     [("export", "PER", "CHL", 39.7e6, "USD", 2024), ("export", "PER", "CHL", 30.2e6, "USD", 2023),
      ("export", "PER", "BOL", 12.1e6, "USD", 2024)]),
    # items bulleted with a dash, and the value of the goods an item counts ("3.9 million tons worth $910 million")
    ("Peru's exports to the Andean countries reached $2.3 billion in 2023, customs data show. The details are as "
     "follows:\n\n– Chile: 3.9 million tons worth $910 million\n– Bolivia: 1.1 million tons worth $430 million", None,
     [("export", "PER", "CHL", 3.9e6, "t", 2023), ("export", "PER", "CHL", 910e6, "USD", 2023),
      ("export", "PER", "BOL", 1.1e6, "t", 2023), ("export", "PER", "BOL", 430e6, "USD", 2023)]),
    # a dash between a buyer's goods and their value breaks no clause: "Bolivia bought mainly cotton yarn – $548 million"
    ("Peru exported textiles worth $3.2 billion in 2023. The main buyer was Chile, which purchased goods worth "
     "$1.23 billion. Bolivia bought mainly cotton yarn – $548 million, followed by Ecuador ($326 million).", None,
     [("export", "PER", "WLD", 3.2e9, "USD", 2023), ("import", "CHL", "PER", 1.23e9, "USD", 2023),
      ("import", "BOL", "PER", 548e6, "USD", 2023), ("import", "ECU", "PER", 326e6, "USD", 2023)]),
    # "X has sent a new consignment of humanitarian aid": the lead's donor, though the recipient is named more
    ("Uzbekistan has sent a new consignment of humanitarian aid to people affected by the floods in Kunduz province, "
     "officials said.\n\nThe shipment, comprising 25 trucks loaded with flour and tents, crossed the border on Sunday, "
     "the Kunduz governor's office said. Afghan officials put the damage at $40 million.", None,
     [("aid", "UZB", "AFG", 25.0, "count", 2024)]),
    # a statistics office's release gives its own country's trade; a "volume; value" list line is one flow; a
    # turnover "including exports of ... and imports of ..." is the pair's two flows from the release's side
    ("Tashkent, 18 April 2024. Statistics Agency under the President of the Republic of Uzbekistan.\n\n"
     "Vegetable exports by destination in January-March 2024 (volume; value):\n"
     "Kazakhstan — 88.1 thousand tonnes; USD 52.4 million;\nRussia — 61.5 thousand tonnes; USD 70.2 million.\n\n"
     "Kazakhstan remained the largest buyer. Total trade with Kazakhstan in January-March 2024 amounted to "
     "USD 910 million, including exports of USD 350 million and imports of USD 560 million.", None,
     [("export", "UZB", "KAZ", 88.1e3, "t", 2024), ("export", "UZB", "KAZ", 52.4e6, "USD", 2024),
      ("export", "UZB", "RUS", 61.5e3, "t", 2024), ("export", "UZB", "RUS", 70.2e6, "USD", 2024),
      ("trade_turnover", "KAZ", "UZB", 910e6, "USD", 2024), ("import", "KAZ", "UZB", 350e6, "USD", 2024),
      ("export", "KAZ", "UZB", 560e6, "USD", 2024)]),
    # a list item's turnover broken down in brackets: "(exports: ...; imports: ...)"
    ("Peru's foreign trade in 2023 by main partner:\n- Chile: USD 7.1 billion (exports: USD 3.2 billion; imports: "
     "USD 3.9 billion);\n- Bolivia: USD 1.4 billion (exports: USD 0.9 billion; imports: USD 0.5 billion).", None,
     [("trade_turnover", "PER", "CHL", 7.1e9, "USD", 2023), ("export", "PER", "CHL", 3.2e9, "USD", 2023),
      ("import", "PER", "CHL", 3.9e9, "USD", 2023), ("trade_turnover", "PER", "BOL", 1.4e9, "USD", 2023),
      ("export", "PER", "BOL", 0.9e9, "USD", 2023), ("import", "PER", "BOL", 0.5e9, "USD", 2023)]),
    # "aircraft of the Russian Emergencies Ministry", "the Ministry of Emergency Situations of the Republic of X":
    # the ministry's country gives, not the donor of the shipment before
    ("Aid continues to arrive in the flooded regions of Chile.\n\nPeru delivered 120 tonnes of humanitarian cargo, "
     "including flour and sugar, in 6 wagons.\n\nTwo Il-76 aircraft of the Russian Emergencies Ministry brought "
     "65 tonnes of aid, including motor pumps and tents, to the Atacama region.", None,
     [("aid", "PER", "CHL", 120.0, "t", 2024), ("aid", "PER", "CHL", 6.0, "count", 2024),
      ("aid", "RUS", "CHL", 2.0, "count", 2024), ("aid", "RUS", "CHL", 65.0, "t", 2024)]),
    ("Aid continues to arrive in the flooded regions of Chile. A consignment of 18 tonnes of medical equipment from "
     "Japan has arrived in Santiago.\n\nSeparately, the Ministry of Emergency Situations of the Republic of "
     "Kazakhstan delivered 15 trucks carrying 300 tonnes of humanitarian cargo.", None,
     [("aid", "JPN", "CHL", 18.0, "t", 2024), ("aid", "KAZ", "CHL", 15.0, "count", 2024),
      ("aid", "KAZ", "CHL", 300.0, "t", 2024)]),
    # but a ministry the news is quoted from does not give
    ("According to the Kazakh Emergencies Ministry, Uzbekistan sent 300 tonnes of flour as humanitarian aid to "
     "Afghanistan.", None,
     [("aid", "UZB", "AFG", 300.0, "t", 2024)]),
    # a list of "the main buyers of Peruvian flour": each item buys from the head's country
    ("Peru exported 1.9 million tonnes of flour in 2023, the ministry said.\n\nAccording to the ministry, the main "
     "buyers of Peruvian flour were:\nChile - 884.6 thousand tonnes;\nBolivia - 578.2 thousand tonnes.", None,
     [("export", "PER", "WLD", 1.9e6, "t", 2023), ("export", "PER", "CHL", 884.6e3, "t", 2023),
      ("export", "PER", "BOL", 578.2e3, "t", 2023)]),
    ("Peru exported 1.9 million tonnes of flour in 2023, the ministry said.\n\nAccording to the ministry, Peru's main "
     "buyers of flour were:\nChile - 884.6 thousand tonnes;\nBolivia - 578.2 thousand tonnes.", None,
     [("export", "PER", "WLD", 1.9e6, "t", 2023), ("export", "PER", "CHL", 884.6e3, "t", 2023),
      ("export", "PER", "BOL", 578.2e3, "t", 2023)]),
    # a multilateral lender's investment is no country's
    ("The EBRD has invested almost €10 billion in Peru through 310 projects and over €4 billion in Chile. Trade between "
     "Peru and Chile reached $4.1 billion in 2023.", None,
     [("trade_turnover", "PER", "CHL", 4.1e9, "USD", 2023)]),
    ("Trade between Peru and Chile reached $4.1 billion in 2023. The International Finance Corporation has invested "
     "more than US$2.7 billion in the country since 1993.", None,
     [("trade_turnover", "PER", "CHL", 4.1e9, "USD", 2023)]),
    # "..., of which Peruvian exports were just $61.2 million": the flow of the side the breakdown names
    ("The overall trade turnover between Peru and Chile in January-April 2023 amounted to $279.3 million, of which "
     "Peruvian exports were just $61.2 million, mainly copper and zinc, Peru's Ministry of Economy said.", None,
     [("trade_turnover", "PER", "CHL", 279.3e6, "USD", 2023), ("export", "PER", "CHL", 61.2e6, "USD", 2023)]),
    # the date of the disaster the aid is for is not the date it was sent
    ("A train carrying humanitarian aid from Peru has arrived in Chile. The consignment includes 1,100 tonnes of coal "
     "sent for families affected by the border conflict of September 2022.", None,
     [("aid", "PER", "CHL", 1100.0, "t", 2024)]),
    # a dateline's city is where the story is filed from, not who gives
    ("DUSHANBE, 3 June 2021 – A consignment of 18 tonnes of cold chain equipment has arrived for the national "
     "immunization programme, UNICEF said today.\n\nThe equipment was procured by UNICEF with money provided by the "
     "Government of Japan. It will be installed in 320 health facilities across Tajikistan.\n\n\"Japan has been a "
     "steady partner for the people of Tajikistan,\" said the Japanese ambassador.", None,
     [("aid", "JPN", "TJK", 18.0, "t", 2021)]),
    # trade within a bloc, and a country's trade with "the other member states", are no pair's
    ("Mutual trade within the Eurasian Economic Union as a whole totaled $9.2 bln last year, and Peru and Chile "
     "watched closely. For Peru, mutual trade with the other member states amounted to USD 2.4 billion. Trade between Peru "
     "and Chile amounted to USD 1.5 billion in 2023.", None,
     [("trade_turnover", "PER", "CHL", 1.5e9, "USD", 2023)]),
    # who pays for aid gives it, not the country the goods come from nor a next item of a list
    ("Peru delivered 5,000 tonnes of flour to Bolivia as humanitarian assistance, while the WFP distributed 2,800 tonnes "
     "of food to vulnerable households with funding from Chile. Last week a WFP shipment of 900 tonnes of Peruvian "
     "rice, funded by Japan, arrived in La Paz.", "Aid to Bolivia",
     [("aid", "PER", "BOL", 5000.0, "t", 2024), ("aid", "CHL", "BOL", 2800.0, "t", 2024),
      ("aid", "JPN", "BOL", 900.0, "t", 2024)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round16(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
