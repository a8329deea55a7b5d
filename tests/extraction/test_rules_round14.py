"""Rules of round 14 (tune11 misses; tune14: international business and wire press; tune15: the region's
business press in translation)."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2024, 3, 15)

CASES = [
    # "at the same time" is "meanwhile", not the period before it a second time
    ("Trade between Kazakhstan and Chile in 2022 came to USD 153.7 mln, up 8% compared to 2021, at the same time "
     "Kazakh exports to Chile amounted to USD 92 mln.", None,
     [("trade_turnover", "KAZ", "CHL", 153.7e6, "USD", 2022), ("export", "KAZ", "CHL", 92e6, "USD", 2022)]),
    # a look back ("as recently as 2016") does not date the undated figures after it
    ("Trade between Kazakhstan and Chile reached $300 million last year. As recently as 2016, bilateral trade stood at "
     "$41 million.\n\nKazakh exports to Chile amounted to $210 million.", None,
     [("trade_turnover", "KAZ", "CHL", 300e6, "USD", 2023), ("trade_turnover", "KAZ", "CHL", 41e6, "USD", 2016),
      ("export", "KAZ", "CHL", 210e6, "USD", 2023)]),
    # the commodity press's units: "mt" (metric tons) and "thou." (thousand)
    ("Kazakhstan shipped 1.9 million mt of wheat to Chile in 2023, and 520 thou. tonnes of flour.", None,
     [("export", "KAZ", "CHL", 1.9e6, "t", 2023), ("export", "KAZ", "CHL", 520e3, "t", 2023)]),
    # a comparison's year is not the figure's, even when it is the sentence's only year; the story's is
    ("Kazakh wheat exports to Chile fell in 2023.\n\nSupplies to Chile amounted to 1.04 mln tonnes, 6% lower than in 2022.",
     None, [("export", "KAZ", "CHL", 1.04e6, "t", 2023)]),
    # a period after the amount compared with is that amount's
    ("Kazakh coal exports fell in the first half of 2023. Deliveries to Chile rose to 860,000t from 710,000t in the "
     "first half of 2022.", None,
     [("export", "KAZ", "CHL", 860e3, "t", 2023), ("export", "KAZ", "CHL", 710e3, "t", 2022)]),
    # goals in the wire's words: "were aiming for", "work towards", and a goal that follows an actual figure
    ("Kazakhstan and Chile were aiming for $3 billion in annual trade, the minister said.", None,
     [("trade_target", "KAZ", "CHL", 3e9, "USD", None)]),
    ("Kazakhstan and Chile agreed in 2022 to work towards annual trade of $2 billion.", None,
     [("trade_target", "KAZ", "CHL", 2e9, "USD", None)]),
    ("With Kazakhstan, turnover was $310 million last year, and Santiago wants it to reach $1 billion.",
     "Chile looks to Central Asia", [("trade_turnover", "KAZ", "CHL", 310e6, "USD", 2023),
                                     ("trade_target", "KAZ", "CHL", 1e9, "USD", None)]),
    # an amount in a relative aside is the actual figure, not the goal the sentence goes on to
    ("Astana and Santiago agreed to raise their trade, which stood at about $390 million last year, to $1 billion "
     "by 2030.", None, [("trade_turnover", "KAZ", "CHL", 390e6, "USD", 2023),
                        ("trade_target", "KAZ", "CHL", 1e9, "USD", 2030)]),
    # a world word ("overall") after its owner's name keeps the owner
    ("Peru's copper exports to Chile fell to $120 million last year.\n\nKazakhstan's overall exports to Chile rose "
     "10% to $780 million in 2023.", None,
     [("export", "PER", "CHL", 120e6, "USD", 2023), ("export", "KAZ", "CHL", 780e6, "USD", 2023)]),
    # the adjective of the goods bought names where they come from
    ("Kazakhstan has emerged as a market: its imports of Chilean textiles rose 25% to $95mn last year.", None,
     [("import", "KAZ", "CHL", 95e6, "USD", 2023)]),
    ("Kazakhstan imported less flour last year. It bought 250,000t of Chilean gasoline in the first quarter.", None,
     [("import", "KAZ", "CHL", 250e3, "t", 2024)]),
    # the lead's "X has sent humanitarian aid" names the donor of the shipment told after it, though a
    # ministry of the recipient reports it
    ("Uzbekistan has sent humanitarian aid to Jalal-Abad region of Kyrgyzstan. A convoy of 21 trucks carrying 420 "
     "tons of cargo crossed the Dostuk checkpoint, the Ministry of Emergency Situations of Kyrgyzstan reports.",
     "Aid for Jalal-Abad", [("aid", "UZB", "KGZ", 21.0, "count", 2024), ("aid", "UZB", "KGZ", 420.0, "t", 2024)]),
    # where the paragraph says aid arrives is the recipient of the shipment sent next
    ("Trade between Tajikistan and Kyrgyzstan fell to $2.1 million, Tajik statistics show.\n\nMeanwhile, humanitarian aid continues to "
     "arrive in Batken region. Kazakhstan has sent 10 trucks with 150 tons of food.", None,
     [("trade_turnover", "TJK", "KGZ", 2.1e6, "USD", None), ("aid", "KAZ", "KGZ", 10.0, "count", 2024),
      ("aid", "KAZ", "KGZ", 150.0, "t", 2024)]),
    # what a country paid for goods is its import
    ("Kazakhstan paid $62 million for Chilean electricity in January-September 2023.", None,
     [("import", "KAZ", "CHL", 62e6, "USD", 2023)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round14(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
