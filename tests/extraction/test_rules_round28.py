"""Rules of round 28 (misses of tune27: a total "with X taking" a part of it; the partners ranked after it; imports
"leaving a deficit"; a dashed route's towns; a group in a relative clause after the amount; aid
named before a colon; "the country's" exports; a
ranking after a priced amount, its head and its "respectively" items; a total its buyers follow; deals
signed beside a roadmap; tune28: partners a country "traded with", its exports and imports "respectively";
a comparison with "the first nine months of 2020")."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2023, 5, 9)

CASES = [
    # "..., with Italy taking $2.4bn" breaks the total down: the total is the world's, the places after it its buyers;
    # an amount "leaving a deficit" is a total too
    ("Greece's trade figures were published on Monday.\n\nGreek exports in January-June 2022 totalled $21.3bn, with "
     "Italy taking $2.4bn, mostly fuel. Cyprus was in second place with $1.9bn, followed by Bulgaria ($1.5bn) and "
     "Germany ($1.2bn).\n\nImports over the six months reached $40.1bn, leaving a deficit of $18.8bn that tourism "
     "revenue helps to cover.", "Greece's export markets",
     [("export", "GRC", "WLD", 21.3e9, "USD", 2022), ("export", "GRC", "ITA", 2.4e9, "USD", 2022),
      ("export", "GRC", "CYP", 1.9e9, "USD", 2022), ("export", "GRC", "BGR", 1.5e9, "USD", 2022),
      ("export", "GRC", "DEU", 1.2e9, "USD", 2022), ("import", "GRC", "WLD", 40.1e9, "USD", 2022)]),
    # the towns in a dashed route's name are where the goods pass, not who sends or gets them
    ("MADRID, 5 May – A new consignment of humanitarian aid was sent to the Portuguese people on the instruction of "
     "the Spanish government.\n\nThe cargo, consisting of 800 tonnes of flour and cooking oil, was loaded onto 40 "
     "wagons and dispatched via the Madrid–Lisbon railway line. The aid will be handed over to residents of the "
     "flooded districts.", "Spain sends humanitarian aid to Portugal",
     [("aid", "ESP", "PRT", 800.0, "t", 2023), ("aid", "ESP", "PRT", 40.0, "count", 2023)]),
    # a group named in a relative clause after the amount is not the counterpart of the amount
    ("Spain and Portugal held the fifth meeting of their intergovernmental commission in Madrid.\n\nTrade between "
     "the two countries rose to $3.1 billion last year. The commission set the goal of raising annual trade to 5 "
     "billion US dollars and discussed greater use of the new ferry line, which carries transit "
     "cargo between Central Asia and the Atlantic ports.", "Spain, Portugal aim for $5 billion trade",
     [("trade_turnover", "ESP", "PRT", 3.1e9, "USD", 2022), ("trade_target", "ESP", "PRT", 5e9, "USD", None)]),
    # the aid a clause names before a colon gives the giver of the figures after it, not the giver named before
    ("Relief for flood-hit Moldova continued to arrive this week.\n\nRomania sent 35 tonnes of tents and blankets "
     "to Chisinau, while Bulgaria's aid arrived by road: a convoy of 12 trucks carrying 240 tonnes of flour and sugar "
     "crossed into Moldova on Friday.", "Aid reaches Moldova",
     [("aid", "ROU", "MDA", 35.0, "t", 2023), ("aid", "BGR", "MDA", 12.0, "count", 2023),
      ("aid", "BGR", "MDA", 240.0, "t", 2023)]),
    # "the country's wine and cork exports", in a paragraph that names no country: the story's country's total
    ("In the first quarter of 2023, Portugal exported 118,000 tons of wine worth $410 million, the statistics "
     "institute said.\n\nThe main buyers were France, Spain and Angola.\n\nLast year, the country's wine and cork "
     "exports reached $2.3 billion. The government wants to bring them to $3 billion by 2027.",
     "Portugal's wine exports grow",
     [("export", "PRT", "WLD", 118000.0, "t", 2023), ("export", "PRT", "WLD", 410e6, "USD", 2023),
      ("export", "PRT", "WLD", 2.3e9, "USD", 2022)]),
    # a ranking goes on from the amount the value before it priced; "A and B came next with X and Y respectively"
    # names its items in order
    ("Portugal exported 1.7 million tonnes of wheat flour in January-March 2023, the statistics institute reports."
     "\n\nSpain remained the main buyer: shipments there reached 1.1 million tonnes, worth USD 390 million. Italy and "
     "Greece came next with 230,000 tonnes and 180,000 tonnes respectively.",
     "Spain remains main buyer of Portuguese flour",
     [("export", "PRT", "WLD", 1.7e6, "t", 2023), ("export", "PRT", "ESP", 1.1e6, "t", 2023),
      ("export", "PRT", "ESP", 390e6, "USD", 2023), ("export", "PRT", "ITA", 230000.0, "t", 2023),
      ("export", "PRT", "GRC", 180000.0, "t", 2023)]),
    # the head of a ranking: "Spain was the largest market with 38,000 tons, followed by ..."
    ("In January-March 2023, Portugal exported 86,300 tons of cherries worth $112.7 million, the statistics institute "
     "reports.\n\nSpain was the largest market with 38,000 tons, followed by France (21,500 tons) and Italy (14,200 "
     "tons).", None,
     [("export", "PRT", "WLD", 86300.0, "t", 2023), ("export", "PRT", "WLD", 112.7e6, "USD", 2023),
      ("export", "PRT", "ESP", 38000.0, "t", 2023), ("export", "PRT", "FRA", 21500.0, "t", 2023),
      ("export", "PRT", "ITA", 14200.0, "t", 2023)]),
    # a bare total whose next sentence opens with a buyer's purchase is the story's country's total
    ("Portugal exported 1.7 million tonnes of wheat flour in January-March 2023, the statistics institute reports."
     "\n\nMillers say that margins remain thin because wheat on the domestic market has also become more expensive."
     "\n\nGrain exports over the three months came to 4.9 million tonnes. Spain bought 2.04 million tonnes of grain, "
     "Italy – 640 thousand tonnes.", "Portugal's grain exports grow",
     [("export", "PRT", "WLD", 1.7e6, "t", 2023), ("export", "PRT", "WLD", 4.9e6, "t", 2023),
      ("import", "ESP", "PRT", 2.04e6, "t", 2023), ("import", "ITA", "PRT", 640000.0, "t", 2023)]),
    # agreements signed are deals, though a roadmap was signed with them
    ("Trade between Norway and Sweden rose to $1.2 billion last year.\n\nAt the meeting of the intergovernmental "
     "commission held in Oslo in March, the sides signed a roadmap for 2023-2025 and commercial agreements worth $125 "
     "million.", "Norway, Sweden sign deals",
     [("trade_turnover", "NOR", "SWE", 1.2e9, "USD", 2022), ("deal_value", "NOR", "SWE", 125e6, "USD", 2023)]),
    # "traded with partners" heads a ranking of partners' turnover; the subject's exports and imports "respectively"
    ("Greece's foreign trade turnover reached $12.97 billion in the first three months of 2023, the statistics office "
     "reports.\n\nExports amounted to $5.07 billion and imports to $7.9 billion.\n\nThe country traded with partners "
     "from 161 states. Italy topped the list with $2.76 billion, Germany was second at $2.35 billion and Cyprus third "
     "with $987.6 million.\n\nGreek exports to Cyprus and imports from it stood at $402.3 million and $585.3 million, "
     "respectively.", "Greece's foreign trade up 21% in first quarter",
     [("trade_turnover", "GRC", "WLD", 12.97e9, "USD", 2023), ("export", "GRC", "WLD", 5.07e9, "USD", 2023),
      ("import", "GRC", "WLD", 7.9e9, "USD", 2023), ("trade_turnover", "GRC", "ITA", 2.76e9, "USD", 2023),
      ("trade_turnover", "GRC", "DEU", 2.35e9, "USD", 2023), ("trade_turnover", "GRC", "CYP", 987.6e6, "USD", 2023),
      ("export", "GRC", "CYP", 402.3e6, "USD", 2023), ("import", "GRC", "CYP", 585.3e6, "USD", 2023)]),
    # "more than in the first nine months of 2020" is a comparison's period, not the one the story goes on with
    ("Trade between Spain and Portugal came to $213.4 million in January-September 2021, the customs office says."
     "\n\nThat is 38.2 percent more than in the first nine months of 2020.\n\nSpain sold goods worth $49.8 million "
     "to Portugal over the period.", None,
     [("trade_turnover", "ESP", "PRT", 213.4e6, "USD", 2021), ("export", "ESP", "PRT", 49.8e6, "USD", 2021)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round28(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
