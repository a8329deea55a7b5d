"""Rules of round 23 (extras of tune23: deliveries an agency makes on its own account; a country brief's flows
whose one end the brief leaves out; flows referred back to as "these imports" or "they"; a goal's year in a later clause; shipments in a paragraph that talks trade after one about aid; a total broken down after a source's aside, or by what its buyers bought; the totals of
the country a report's title names, and the report's edition in that title; "the country exported" in a story on one country's foreign trade; "Of the total, 200 tons were flour" in an aid story;
money sent "to the Chilean side"; aid for programmes in two countries;
goals "next year" and trade that "should be raised to")."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2022, 3, 10)

CASES = [
    # an agency that delivers or distributes gives no country's aid; a government's gift in the same report does
    ("Highlights\n• In February, WFP delivered 91,400 mt of food to people across all provinces of Peru.\n"
     "• UNICEF dispatched 12 trucks of emergency supplies to the flooded districts.\n"
     "• Humanitarian agencies distributed about 38,000 tonnes of food assistance.\n"
     "• In February, 240 trucks carrying WFP food crossed into Peru.\n"
     "• Chile delivered 3,000 tonnes of wheat flour to Peru in February.", "WFP Peru Situation Report",
     [("aid", "CHL", "PER", 3000.0, "t", 2022)]),
    # a flow with one end named in a brief whose title names one country: that country is the other end, even where
    # the body names the supplier more often
    ("Peru relies on imports, mostly wheat grain and flour from Chile, Bolivia and Ecuador. Import requirements are "
     "forecast at 2.9 million tonnes.\n\nIn 2021, imports of wheat flour from Chile were estimated at 1.15 million "
     "tonnes, while imports of wheat grain from Chile reached about 760,000 tonnes. Imports of wheat flour from Bolivia "
     "in 2021 were estimated at 520,000 tonnes.\n\nExport prices of flour in Chile averaged USD 265 per tonne, and "
     "Chile remains the main supplier.", "GIEWS Country Brief: Peru",
     [("import", "PER", "CHL", 1.15e6, "t", 2021), ("import", "PER", "CHL", 760000.0, "t", 2021),
      ("import", "PER", "BOL", 520000.0, "t", 2021)]),
    # "these imports": the flow of the figure before, in another measure; "they were worth": the flow the sentence
    # before names, but not the remittances its own sentence opens with
    ("LIMA — Trade between Peru and Bolivia amounted to $987 million in 2021.\n\nIn the first six months of "
     "2021, Peruvian traders imported 640,000 tonnes of flour from Bolivia. He put the value of these "
     "imports at 18.6 billion rubles.\n\nPeruvian exports to Bolivia, by contrast, remain modest. They were worth "
     "just $22.5 million in the first six months.\n\nMoney transfers from Chile remain an important source of "
     "income: according to the central bank, they totaled about $2.1 billion in 2021.", None,
     [("trade_turnover", "PER", "BOL", 987e6, "USD", 2021), ("import", "PER", "BOL", 640000.0, "t", 2021),
      ("import", "PER", "BOL", 18.6e9, "RUB", 2021), ("export", "PER", "BOL", 22.5e6, "USD", 2021)]),
    # the year "this level should be reached by" in a later clause is the goal's
    ("The heads of state set a goal of $3 billion in mutual trade between Peru and Chile, and under the roadmap adopted "
     "in Lima this level should be reached by 2026.", None,
     [("trade_target", "PER", "CHL", 3e9, "USD", 2026)]),
    # a paragraph of trade talk after an aid paragraph: its shipments are exports, not aid
    ("LIMA — Peru has sent 2,500 tonnes of wheat flour to flood-hit Bolivia as humanitarian aid, the ministry "
     "said.\n\nChilean buyers have also shown interest in Peruvian wheat: "
     "last year 500,000 tonnes were shipped to Chile.", None,
     [("aid", "PER", "BOL", 2500.0, "t", 2022), ("export", "PER", "CHL", 500000.0, "t", 2021)]),
    # "..., ministry data showed, of which ...": the total is the exporter's with the world
    ("Peru exported 1.14 million tonnes of flour in January-March, ministry data showed, of which Bolivia took "
     "485,000 tonnes.", None,
     [("export", "PER", "WLD", 1.14e6, "t", 2022), ("export", "PER", "BOL", 485000.0, "t", 2022)]),
    # "..., of which Bolivia bought ...": the total's flow to the buyer, not the buyer's imports from the world
    ("Peru's flour exports fell in the first half. Wheat exports over the six months came to 3.91 million tonnes, of "
     "which Bolivia bought 1.83 million tonnes, Chile 0.8 million tonnes.", None,
     [("export", "PER", "WLD", 3.91e6, "t", 2021), ("export", "PER", "BOL", 1.83e6, "t", 2021),
      ("export", "PER", "CHL", 800000.0, "t", 2021)]),
    # a report on one country: its "total exports" in a paragraph that names no country are the country's; the title's
    # "Spring 2022" is the edition, not the year the figures are for
    ("Key messages\n\nThe economy grew by 5.1 percent in 2021, supported by strong investment.\n\nThe current account "
     "deficit widened to 7.1 percent of GDP in 2021. Total exports of goods and services reached US$14 billion, while "
     "imports climbed to US$19.4 billion.", "Peru Economic Update, Spring 2022: Reforms Gather Pace",
     [("export", "PER", "WLD", 14e9, "USD", 2021), ("import", "PER", "WLD", 19.4e9, "USD", 2021)]),
    # a story on one country's foreign trade: "the country exported gold worth ..." in a paragraph that names no
    # partner is its total
    ("Peru's foreign trade turnover in January-February 2022 amounted to $8.5 billion, the statistics office "
     "reported.\n\nThe fall in exports is explained mainly by the absence of gold sales abroad. In the first quarter of "
     "last year, the country exported gold worth $1.3 billion.\n\nThe largest partners were Chile and Bolivia.",
     "Peru's foreign trade in early 2022: exports down on absence of gold sales",
     [("trade_turnover", "PER", "WLD", 8.5e9, "USD", 2022), ("export", "PER", "WLD", 1.3e9, "USD", 2021)]),
    # a part of the consignment in an aid story is aid too
    ("LIMA — Peru has sent humanitarian aid to the flood-hit provinces of Bolivia. The cargo, consisting of 22 trucks, "
     "carries 440 tons of food and tents. Of the total, 200 tons were wheat flour.", None,
     [("aid", "PER", "BOL", 22.0, "count", 2022), ("aid", "PER", "BOL", 440.0, "t", 2022),
      ("aid", "PER", "BOL", 200.0, "t", 2022)]),
    # money transferred "to the Chilean side" in an aid story is aid; a gift for programmes in two countries is no
    # one country's (but a shipment that passes through two is still its recipient's)
    ("Peru has provided humanitarian aid to several countries. The total value of the aid to Chile amounted to "
     "3.4 billion soles. In addition, the government transferred $1 million to the Chilean side for the restoration "
     "of the affected areas.\n\nThe country has also allocated $1.5 million to WFP's programmes in Bolivia and "
     "Ecuador.\n\nOn Monday, Peru sent 750 tons of relief items to Ecuador by rail through Colombia and Chile.",
     "Peru sends aid abroad",
     [("aid", "PER", "CHL", 1e6, "USD", 2022), ("aid", "PER", "ECU", 750.0, "t", 2022)]),
    # a goal for "next year" is for the year after publication; "should be raised to" states a goal
    ("Trade between Peru and Chile reached $300 million in 2021. The governments have set the goal of bringing trade "
     "to $500 million next year. Officials of the two countries have repeatedly said that trade should be raised to "
     "$3 billion.", None,
     [("trade_turnover", "PER", "CHL", 300e6, "USD", 2021), ("trade_target", "PER", "CHL", 500e6, "USD", 2023),
      ("trade_target", "PER", "CHL", 3e9, "USD", None)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round23(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
