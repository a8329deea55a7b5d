"""Rules of round 2026.11.5: "humanitarian crisis" is no aid, comparison periods and earlier years do not
date the story, "its trade", national-currency restatements, totals "almost all of it from", goals said
with a pronoun, one shipment's destination."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows



@pytest.mark.parametrize("body, published, title, expected", [
    # a humanitarian crisis is a need, not help given: the trade stays trade
    ("Kazakhstan's trade with Afghanistan came to $612 million in 2023, when the humanitarian crisis had "
     "pushed purchases up.", date(2024, 5, 2), None,
     [("trade_turnover", "KAZ", "AFG", 612e6, "USD", 2023)]),
    ("Kazakhstan's trade with Afghanistan fell sharply after the humanitarian catastrophe of 2021.\n\n"
     "Shipments of Kazakh wheat to Afghanistan fell to 410,000 tons last year.", date(2024, 5, 2), None,
     [("export", "KAZ", "AFG", 410000, "t", 2023)]),
    # a comparison's period does not date the figures that follow it
    ("In the first quarter of 2025, Kazakhstan's trade with China amounted to $6.1 billion. This is 4% more than "
     "in January-March 2024, when the figure stood at $5.9 billion.\n\n"
     "Exports to China reached $3.2 billion.", date(2025, 4, 20), None,
     [("trade_turnover", "KAZ", "CHN", 6.1e9, "USD", 2025), ("trade_turnover", "KAZ", "CHN", 5.9e9, "USD", 2024),
      ("export", "KAZ", "CHN", 3.2e9, "USD", 2025)]),
    # a look back at a year before the one the title names does not date what follows
    ("Kyrgyzstan's trade with Kazakhstan in 2024 rose to 1.7 billion dollars. In 2023, the figure was 1.6 billion "
     "dollars.\n\nKyrgyz imports from Kazakhstan were valued at 1.1 billion dollars.", date(2025, 2, 3),
     "Kyrgyz-Kazakh trade grows in 2024",
     [("trade_turnover", "KAZ", "KGZ", 1.7e9, "USD", 2024), ("trade_turnover", "KAZ", "KGZ", 1.6e9, "USD", 2023),
      ("export", "KAZ", "KGZ", 1.1e9, "USD", 2024)]),
    # "its trade" is the trade of the country the sentence before is about
    ("Kazakhstan's trade with Turkmenistan stood at $560 million last year.\n\n"
     "Uzbekistan has been the most active in rebuilding regional ties. Its trade with Tajikistan came to "
     "$662.8 million last year.", date(2024, 4, 15), None,
     [("trade_turnover", "KAZ", "TKM", 560e6, "USD", 2023), ("trade_turnover", "UZB", "TJK", 662.8e6, "USD", 2023)]),
    # "in national currency" restates the figure just given, with its pair
    ("Tajikistan's foreign trade turnover last year reached 7.2 billion U.S. dollars.\n\n"
     "Compared to 2022, the turnover grew by 8.4 percent. In national currency, the turnover was equivalent to "
     "78.6 billion somoni.", date(2024, 1, 24), "Tajikistan's foreign trade hits a record",
     [("trade_turnover", "TJK", "WLD", 7.2e9, "USD", 2023), ("trade_turnover", "TJK", "WLD", 78.6e9, "TJS", 2023)]),
    # "almost all of it from Kazakhstan": the total of all imports, no bilateral flow
    ("Kyrgyzstan imported 640,000 tons of wheat last year, almost all of it from Kazakhstan.", date(2024, 3, 1),
     None, [("import", "KGZ", "WLD", 640000, "t", 2023)]),
    # ... but "most of it tomatoes" is what the goods were, not where they came from
    ("Shipments to Kazakhstan amounted to 312,000 tons in 2023, most of it fresh tomatoes and onions.",
     date(2024, 3, 1), "Uzbekistan's vegetable exports",
     [("import", "KAZ", "UZB", 312000, "t", 2023)]),   # from Kazakhstan's side
    # a goal said with a pronoun, in a clause of its own: about trade, it is a trade goal
    ("Trade between Kazakhstan and Azerbaijan exceeded $500 million in 2023, and the sides aim to bring it to "
     "$1 billion.", date(2024, 8, 22), None,
     [("trade_turnover", "AZE", "KAZ", 500e6, "USD", 2023), ("trade_target", "AZE", "KAZ", 1e9, "USD", None)]),
    # ... about exports, it is no row
    ("Uzbekistan's fruit exports to Kazakhstan reached $190 million in 2023.\n\n"
     "By the end of 2024, the ministry expects fruit exports to reach $1.6 billion. The government's goal is "
     "to raise them to $3 billion a year by 2030.", date(2024, 10, 21), None,
     [("import", "KAZ", "UZB", 190e6, "USD", 2023)]),
    # one shipment, one destination: "a convoy of 20 trucks with 100 tons of aid to Türkiye"
    ("Kazakhstan sent 50 tons of humanitarian aid to Syria on Monday.\n\n"
     "Kyrgyzstan dispatched a convoy of 15 trucks with 80 tons of humanitarian aid to Türkiye.",
     date(2023, 2, 10), None,
     [("aid", "KAZ", "SYR", 50, "t", 2023), ("aid", "KGZ", "TUR", 15, "count", 2023),
      ("aid", "KGZ", "TUR", 80, "t", 2023)]),
])
def test_round5_rules(body, published, title, expected):
    assert rows(body, published, title) == norm(expected)
