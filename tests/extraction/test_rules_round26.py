"""Rules of round 26 (misses of tune26: the bare flows of a story whose title tells of one country's trade; an
elliptical flow after "and" ("... and imports – $3.1 billion"); "export revenue"; the verb "project"; the
total among several partners; the other way of a named pair's flow; a relief agency's deliveries; a government
body's allocation; "by the end of" a past year; a list's bracketed items after "followed by"; a flow label that
opens the sentence)."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2023, 2, 14)

CASES = [
    # a title about one country's own trade: a later paragraph's bare flow, naming no country, is its total
    ("Norway shipped 2.1 million tonnes of salmon in 2022, most of it to Sweden and Finland.\n\nIn value terms, "
     "salmon exports amounted to $9.4 billion last year.", "Norway's seafood exports hit a record",
     [("export", "NOR", "WLD", 2.1e6, "t", 2022), ("export", "NOR", "WLD", 9.4e9, "USD", 2022)]),
    # "exports totaled $X and imports – $Y": the dash labels the second amount with its own flow
    ("In 2022, Finland's foreign trade turnover amounted to $8.9 billion, of which exports totaled $5.8 billion and "
     "imports – $3.1 billion.", None,
     [("trade_turnover", "FIN", "WLD", 8.9e9, "USD", 2022), ("export", "FIN", "WLD", 5.8e9, "USD", 2022),
      ("import", "FIN", "WLD", 3.1e9, "USD", 2022)]),
    # what a flow earned is the flow's value, not a budget's revenue
    ("Denmark exported 29.4 million tonnes of grain in 2022. Export revenue amounted to $1.55 billion.", None,
     [("export", "DNK", "WLD", 29.4e6, "t", 2022), ("export", "DNK", "WLD", 1.55e9, "USD", 2022)]),
    # the verb "project" states a forecast, not a figure
    ("Iceland exported 30,000 tonnes of fish in 2022.\n\nOfficials project exports of $2.5 billion for this year.",
     "Iceland's fish exports grow", [("export", "ISL", "WLD", 30000.0, "t", 2022)]),
    # "the country imported" with several partners named before, none with the amount: its total
    ("Norway signed a deal with Sweden on fuel supplies on Monday.\n\nNorway currently gets most of its fuel from "
     "Denmark, Finland and Estonia. According to customs data, the country imported fuel worth $1.6 billion in 2022.",
     None, [("import", "NOR", "WLD", 1.6e9, "USD", 2022)]),
    # "A's exports to B amounted to $X, while imports totaled $Y": A's imports from B, whoever the story is about
    ("Trade turnover between Finland and Estonia amounted to $92.6 million in 2022.\n\nEstonia's exports to Finland "
     "amounted to $30.1 million, while imports totaled $62.5 million.", "Finland-Estonia trade up 29%",
     [("trade_turnover", "FIN", "EST", 92.6e6, "USD", 2022), ("export", "EST", "FIN", 30.1e6, "USD", 2022),
      ("import", "EST", "FIN", 62.5e6, "USD", 2022)]),
    # a relief agency's own deliveries are no country's gift, however the agency is named; a government body's
    # country gives what the body allocates
    ("Neighbours rush aid to flood-hit Norway. Sweden has dispatched 40 trucks of humanitarian aid to Norway.\n\n"
     "Separately, the World Food Programme (WFP) said it had delivered 4,200 tons of food to the northern provinces, "
     "and UNICEF has already delivered 16 tons of hygiene kits.\n\nThe Cabinet of Ministers of Finland allocated "
     "50 million euros for the purchase of humanitarian goods for the affected regions.", None,
     [("aid", "SWE", "NOR", 40.0, "count", 2023), ("aid", "FIN", "NOR", 50e6, "EUR", 2023)]),
    # a deadline already passed dates the state at its end
    ("By the end of 2021, Sweden's direct investment stock in Norway had exceeded 21 billion dollars.", None,
     [("investment", "NOR", "SWE", 21e9, "USD", 2021)]),
    # a list's items in brackets take the unit of its head: "$X, followed by A (Y billion), B (Z billion)"
    ("Norway remained Sweden's largest trading partner with 31.1 billion dollars in 2022, followed by Finland "
     "(15.5 billion) and Denmark (9.8 billion).", None,
     [("trade_turnover", "SWE", "NOR", 31.1e9, "USD", 2022), ("trade_turnover", "SWE", "FIN", 15.5e9, "USD", 2022),
      ("trade_turnover", "SWE", "DNK", 9.8e9, "USD", 2022)]),
    # a flow label that opens the sentence, or follows a colon, labels the amount after its dash
    ("Trade between Finland and Estonia reached $557.4 million in 2022. Finnish exports – $357.1 million, imports – "
     "$200.3 million.\n\nWith Sweden the picture is more balanced: exports – $4.1 billion, imports – $3.9 billion.",
     None,
     [("trade_turnover", "FIN", "EST", 557.4e6, "USD", 2022), ("export", "FIN", "EST", 357.1e6, "USD", 2022),
      ("import", "FIN", "EST", 200.3e6, "USD", 2022), ("export", "FIN", "SWE", 4.1e9, "USD", 2022),
      ("import", "FIN", "SWE", 3.9e9, "USD", 2022)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round26(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
