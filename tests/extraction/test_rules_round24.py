"""Rules of round 24 (misses of tune24: aid flown in, counted by its planes, and whose state body owns them; aid
"sent by" a country named after the amount; a list of goods between dashes; a total "the bulk of which went to" one
country; a goal for "mutual trade" with a route through two other countries; "the two main
buyers were"; "thous. tons"; a second goal after the first one's year; the year of months told
without one; "the Uzbek convoy of 15 trucks"; a comparison
after a route)."""
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
    # a bare list of goods between dashes breaks no clause: the flow before it is the figure's
    ("Trade between Morocco and Egypt reached $6.2 billion in 2022. Moroccan exports to Egypt reached $2.1 billion, "
     "while imports from Egypt – cars, machinery and electronics – totalled $4.1 billion.", None,
     [("trade_turnover", "MAR", "EGY", 6.2e9, "USD", 2022), ("export", "MAR", "EGY", 2.1e9, "USD", 2022),
      ("import", "MAR", "EGY", 4.1e9, "USD", 2022)]),
    # "..., the bulk of which went to Egypt": the total, not the flow to the country that took most of it
    ("Morocco exported 56,300 head of cattle in 2022. Exports of small ruminants — sheep and goats — reached "
     "212,000 head, the bulk of which also went to Egypt.", "Morocco's livestock exports",
     [("export", "MAR", "WLD", 56300.0, "count", 2022), ("export", "MAR", "WLD", 212000.0, "count", 2022)]),
    # "mutual trade" is the story's pair, not the countries its route passes through
    ("Morocco and Egypt held their joint commission in Rabat.\n\nThe parties agreed to take measures to raise mutual "
     "trade to $500 million by 2026, including by simplifying transit through Algeria and Tunisia.",
     "Moroccan-Egyptian commission meets in Rabat",
     [("trade_target", "MAR", "EGY", 500e6, "USD", 2026)]),
    # "The two main buyers were ...": the total before them is the exporter's with the world, and each buyer pays the
    # exporter, not the country the title names
    ("In the first half of this year, electricity exports earned Morocco $48.7 million, according to the state "
     "utility. The two main buyers were Egypt, which paid $29.4 million, and Tunisia, which paid $17.9 million.",
     "Morocco banks on power exports as Tunisian market wobbles",
     [("export", "MAR", "WLD", 48.7e6, "USD", 2023), ("import", "EGY", "MAR", 29.4e6, "USD", 2023),
      ("import", "TUN", "MAR", 17.9e6, "USD", 2023)]),
    # "thous. tons" is thousands of tonnes
    ("Main buyers of Moroccan wheat in 2022:\nEgypt – 312.7 thousand tons\nTunisia – 98.2 thous. tons", None,
     [("export", "MAR", "EGY", 312700.0, "t", 2022), ("export", "MAR", "TUN", 98200.0, "t", 2022)]),
    # a second goal after the first's year: "... by the end of 2019 and to $1 billion in the medium term", a goal with
    # no year of its own
    ("The presidents set the goal of increasing trade between Morocco and Egypt to $500 million by the end of 2024 "
     "and to $1 billion in the medium term.", None,
     [("trade_target", "MAR", "EGY", 500e6, "USD", 2024), ("trade_target", "MAR", "EGY", 1e9, "USD", None)]),
    # months with no year take the sentence's year only from the same clause or before: not the year of a cause told
    # after a comma ("..., helped by the removal of visa requirements in 2018")
    ("Egyptian figures show turnover with Morocco at $360 million over the eight months, up by about a third, helped "
     "by new air links and the removal of most visa requirements in 2018.", None,
     [("trade_turnover", "EGY", "MAR", 360e6, "USD", 2022)]),
    # "the Egyptian convoy of 15 trucks": the convoy's adjective names its donor, not the country named before it
    ("Aid keeps arriving in flood-hit Tunisia. Morocco's fourth flight brought its total aid delivered by air to 125 "
     "tons, and the Egyptian convoy of 15 trucks reached Sfax on Monday.", "Neighbours rush aid to flood-hit Tunisia",
     [("aid", "MAR", "TUN", 125.0, "t", 2023), ("aid", "EGY", "TUN", 15.0, "count", 2023)]),
    # the base a figure is compared with takes the figure's flow, whatever route the words before the comparison tell
    ("Moroccan farmers shipped 412,000 tonnes of wheat to Egypt in January–June, most of it by sea to the "
     "Mediterranean ports and then through Tunisia, compared with just 150,000 tonnes a year earlier.", None,
     [("export", "MAR", "EGY", 412000.0, "t", 2022), ("export", "MAR", "EGY", 150000.0, "t", 2021)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round24(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
