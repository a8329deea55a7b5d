"""Rules of round 24 (misses of tune24: aid flown in, counted by its planes, and whose state body owns them; aid
"sent by" a country named after the amount)."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2023, 2, 14)

CASES = [
    # planes that bring aid are counted like trucks; the model's number ("Il-76", "C-130") is no count, and the
    # ministry that owns them names the donor, whoever else the paragraph names
    ("RABAT — Morocco has sent humanitarian aid to Tunisia after the floods. Three Il-76 aircraft of the Moroccan "
     "Defence Ministry landed in Tunis with 60 tonnes of tents and food.\n\nEarlier, two Il-76 planes of the Egyptian "
     "Emergencies Ministry delivered 35 tonnes of medicines to Tunis, and Algeria sent two C-130 aircraft carrying "
     "blankets.", None,
     [("aid", "MAR", "TUN", 3.0, "count", 2023), ("aid", "MAR", "TUN", 60.0, "t", 2023),
      ("aid", "EGY", "TUN", 2.0, "count", 2023), ("aid", "EGY", "TUN", 35.0, "t", 2023),
      ("aid", "DZA", "TUN", 2.0, "count", 2023)]),
    # planes are never goods: aircraft sold abroad give no row
    ("Morocco exported 12 aircraft to Tunisia last year, and its exports of wheat to Tunisia reached 40,000 tonnes.",
     None,
     [("export", "MAR", "TUN", 40000.0, "t", 2022)]),
    # "sent by Egypt" after the amount names the donor of that shipment, not the story's main donor
    ("Morocco has delivered 500 tonnes of humanitarian aid to Tunisia. A train of 22 wagons sent by Egypt with 1,200 "
     "tons of flour and rice reached Tunis on Monday.", None,
     [("aid", "MAR", "TUN", 500.0, "t", 2023), ("aid", "EGY", "TUN", 22.0, "count", 2023),
      ("aid", "EGY", "TUN", 1200.0, "t", 2023)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round24(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
