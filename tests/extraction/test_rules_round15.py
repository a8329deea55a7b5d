"""Rules of round 15 (misses of tune14, the international wire and commodity press; tune15, the region's
business press in translation; tune16, the Turkish, Iranian, Pakistani and Gulf press)."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2024, 3, 15)

CASES = [
    # the lead's "sent aid to X" names where the shipment told next goes, though another country is the
    # article's most named and the train only passes through a third
    ("Kazakhstan has sent another consignment of humanitarian aid to Chile, the Foreign Ministry said.\n\nThe train of "
     "15 wagons carrying 600 tonnes of food left Almaty on Monday and will pass through Argentina.\n\nPeru, too, needs "
     "help: floods in Peru displaced 20,000 people, and Peruvian officials put the damage at $90 million. Lima has "
     "asked its neighbours for tents.", None,
     [("aid", "KAZ", "CHL", 15.0, "count", 2024), ("aid", "KAZ", "CHL", 600.0, "t", 2024)]),
    # "figures show it fell to ...", "it recovered to ...": the pronoun stands for the trade just named
    ("Trade between Peru and Chile collapsed after the border dispute. Official Peruvian figures show it fell to "
     "$15 million in 2023. In 2024, with the border closed, it recovered slightly to $21 million.", None,
     [("trade_turnover", "PER", "CHL", 15e6, "USD", 2023), ("trade_turnover", "PER", "CHL", 21e6, "USD", 2024)]),
    # a flow verb with a subject of its own after a deal word is a flow, not the deal's terms; the next item of
    # the list, "to Peru", is the next buyer of the same seller
    ("The ban does not cover deals between governments. Under such agreements Kazakhstan exported 142,000 tonnes of "
     "diesel to Chile in January-March, and 63,000t to Peru.", None,
     [("export", "KAZ", "CHL", 142e3, "t", 2024), ("export", "KAZ", "PER", 63e3, "t", 2024)]),
    # in an aid story, what the goods given are "valued at" is the aid's value
    ("Kazakhstan has donated 2,000 tonnes of wheat flour to Chile, which arrived by sea in February. The flour, valued at "
     "US$1.1 million, will be handed out in three provinces.", None,
     [("aid", "KAZ", "CHL", 2000.0, "t", 2024), ("aid", "KAZ", "CHL", 1.1e6, "USD", 2024)]),
    # "the country" is the country last named by its name in the paragraph, not the last sentence's mover
    ("Brazilian exports to Chile climbed to 590 million euros in 2022. Peru's exports to the country doubled to "
     "160 million euros.", None,
     [("export", "BRA", "CHL", 590e6, "EUR", 2022), ("export", "PER", "CHL", 160e6, "EUR", 2022)]),
    # a year right after an amount compared with ("down from $15.7bn in 2023") is that amount's, not the next one's
    ("Kazakh exports to Chile amounted to $13.2bn in 2024, down from $15.7bn in 2023, while Peru came second with "
     "$7.3bn.", None,
     [("export", "KAZ", "CHL", 13.2e9, "USD", 2024), ("export", "KAZ", "CHL", 15.7e9, "USD", 2023),
      ("export", "KAZ", "PER", 7.3e9, "USD", 2024)]),
    # "it amounted to" after a sentence naming trade is that trade, not the deal figure before it again
    ("Business people of Chile and Peru signed agreements worth about USD 1.4 bln at the forum. The presidents noted "
     "the dynamic growth of mutual trade. In January-October 2023 it amounted to USD 2 bln 34.6 mln.", None,
     [("deal_value", "CHL", "PER", 1.4e9, "USD", 2024), ("trade_turnover", "CHL", "PER", 2.0346e9, "USD", 2023)]),
    # "a humanitarian convoy from X has arrived": the lead names the donor of the convoy told next
    ("A humanitarian convoy from Peru has arrived in the flood-hit regions of Kazakhstan, officials said.\n\nAccording to "
     "the emergencies ministry, the convoy consists of 30 trucks carrying 500 tons of cargo.", None,
     [("aid", "PER", "KAZ", 30.0, "count", 2024), ("aid", "PER", "KAZ", 500.0, "t", 2024)]),
    # "increased ... last year to reach $501 million": what the growth came to, not a goal
    ("Trade between Chile and Kazakhstan increased by 14.7 percent last year to reach $501 million.", None,
     [("trade_turnover", "KAZ", "CHL", 501e6, "USD", 2023)]),
    # the rupee is Pakistan's, unless the figure is about India
    ("Pakistan has approved humanitarian assistance worth Rs5 billion for Afghanistan.", None,
     [("aid", "PAK", "AFG", 5e9, "PKR", 2024)]),
    ("India shipped goods worth Rs 450 crore to Kazakhstan in 2023.", None,
     [("import", "KAZ", "IND", 4.5e9, "INR", 2023)]),
    # "exports to the neighbouring country" with no country of its own: the side the story is giving exports
    ("Peru's exports to Chile rose by 55 percent to $786.4 million in 2023, the central bank reported.\n\n"
     "In December alone, exports to the neighbouring country stood at $144.2 million.", "Exports to Chile rise",
     [("export", "PER", "CHL", 786.4e6, "USD", 2023), ("export", "PER", "CHL", 144.2e6, "USD", 2023)]),
    # a list whose head names no country belongs to the side the story was just giving
    ("Peru's exports to Chile rose to $786.4 million in 2023, the central bank reported.\n\nExports to the five "
     "Central Asian republics also improved. The country-wise break-up is as follows:\n- Kazakhstan: $48.9 million\n"
     "- Uzbekistan: $39.7 million", "Exports to Chile rise",
     [("export", "PER", "CHL", 786.4e6, "USD", 2023), ("export", "PER", "KAZ", 48.9e6, "USD", 2023),
      ("export", "PER", "UZB", 39.7e6, "USD", 2023)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round15(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
