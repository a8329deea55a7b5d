"""Rules of round 25 (misses of tune25 and tune26: "respectively" over a list of partners or subjects; a
total's breakdown after its price; the countries a convoy crosses; a news outlet's name; a flow to one side of the
turnover just given; goods "purchased ... in" a country; "the same period of the last year"; a bare flow after the
title pair's turnover)."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2023, 2, 14)

CASES = [
    # "turnover with A and B ... $X and $Y respectively": the n-th amount is the subject's trade with the n-th partner
    ("Chile's trade with Peru reached $4.2 billion in 2022. Trade with Bolivia and Ecuador was far smaller, at "
     "$1.1 billion and $0.6 billion respectively.", "Chile's trade with its neighbours",
     [("trade_turnover", "CHL", "PER", 4.2e9, "USD", 2022), ("trade_turnover", "CHL", "BOL", 1.1e9, "USD", 2022),
      ("trade_turnover", "CHL", "ECU", 0.6e9, "USD", 2022)]),
    # the partners may follow the amounts, and a flow keeps its direction
    ("Chile exported 1.2 million tonnes and 300,000 tonnes of copper ore to Peru and Bolivia, respectively, in 2022.",
     None,
     [("export", "CHL", "PER", 1.2e6, "t", 2022), ("export", "CHL", "BOL", 300000.0, "t", 2022)]),
    # "X tonnes worth $Y, of which Z tonnes came from Peru": the breakdown after the price marks X as the total
    ("Bolivia imported 420,000 tons of wheat worth $130 million in 2022, of which 390,000 tons came from Peru.", None,
     [("import", "BOL", "WLD", 420000.0, "t", 2022), ("import", "BOL", "WLD", 130e6, "USD", 2022),
      ("import", "BOL", "PER", 390000.0, "t", 2022)]),
    # the countries a convoy crosses on its way are no recipients, however the list of them goes on
    ("Neighbours rush aid to quake-hit Chile. Argentina has delivered 50 tons of humanitarian aid to Chile.\n\nPeru "
     "dispatched a convoy of 20 trucks carrying 400 tons of food and blankets, which is expected to reach Antofagasta "
     "over the weekend after crossing Bolivia, Paraguay and northern Argentina.", None,
     [("aid", "ARG", "CHL", 50.0, "t", 2023), ("aid", "PER", "CHL", 20.0, "count", 2023),
      ("aid", "PER", "CHL", 400.0, "t", 2023)]),
    # a country's adjective in a news outlet's name ("told the Bolivian Times") names no party
    ("A new consignment of humanitarian aid from Peru arrived in Chile on Tuesday, officials said.\n\nThe port "
     "director told the Bolivian Times the consignment, carried by a train of 12 wagons, consisted of 400 tons of "
     "flour.", None,
     [("aid", "PER", "CHL", 12.0, "count", 2023), ("aid", "PER", "CHL", 400.0, "t", 2023)]),
    # "Trade between Peru and Chile reached ... Exports to Chile amounted to ...": a flow to (from) one side of the
    # turnover just given is the other side's, a paragraph on; goods "purchased ... in Chile" come from Chile
    ("Trade turnover between Peru and Chile reached $4.2 billion in 2022, the statistics office reported.\n\nCompared "
     "with 2021, it increased by 12 percent. Exports to Chile amounted to $1.5 billion, and imports from Chile — "
     "$2.7 billion.\n\nIn physical terms, the republic purchased 286,000 tonnes of wheat in Chile last year.",
     "Trade between Chile and Peru grows in 2022",
     [("trade_turnover", "CHL", "PER", 4.2e9, "USD", 2022), ("export", "PER", "CHL", 1.5e9, "USD", 2022),
      ("import", "PER", "CHL", 2.7e9, "USD", 2022), ("import", "PER", "CHL", 286000.0, "t", 2022)]),
    # "respectively" over a list of subjects: the n-th amount is the n-th buyer's (donor's)
    ("Peru's fruit exports fell by a tenth in 2022. In terms of volume, Chile and Bolivia purchased 584,000 tons "
     "and 421,000 tons, respectively.\n\nIn December, Chile and Ecuador also sent aid to Bolivia – 1,500 tons and 44 "
     "wagons respectively.", "Peru's fruit exports",
     [("import", "CHL", "PER", 584000.0, "t", 2022),
      ("import", "BOL", "PER", 421000.0, "t", 2022), ("aid", "CHL", "BOL", 1500.0, "t", 2022),
      ("aid", "ECU", "BOL", 44.0, "count", 2022)]),
    # "the same period of the last year" is one comparison period, not a "last year" that dates what follows
    ("Trade turnover between Chile and Peru amounted to $171.4 million in January-August 2021, the customs committee "
     "reports.\n\nThis is 14.8% more than in the same period of the last year. Chile's exports to Peru made up "
     "$25.6 million.", None,
     [("trade_turnover", "CHL", "PER", 171.4e6, "USD", 2021), ("export", "CHL", "PER", 25.6e6, "USD", 2021)]),
    # a bare flow a paragraph after the turnover of the pair the title names is that pair's, from the subject's side
    ("Trade turnover between Chile and Peru for January-October 2022 made up USD 1.3 bln, the Ministry of Trade of "
     "Chile reports.\n\nExport amounted to USD 997.8 mln, import – USD 305.2 mln.", "Chile-Peru trade grows",
     [("trade_turnover", "CHL", "PER", 1.3e9, "USD", 2022), ("export", "CHL", "PER", 997.8e6, "USD", 2022),
      ("import", "CHL", "PER", 305.2e6, "USD", 2022)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round25(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
