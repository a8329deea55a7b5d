"""Rules of round 20 (misses of tune21 and tune22: a story about one country's foreign trade, a neighbour referred
to by a word, goals for "the figure", flows told over two sentences, the base of a change, causes, markets, country
briefs, lone movers' totals and lists of buyers)."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2022, 1, 21)

CASES = [
    # in a story about one country's foreign trade, another country's "imports" are the goods bought from it, and
    # the flows and trade that name only the partner are the story's country's
    ("Peru's foreign trade turnover in 2021 amounted to $92.1 billion, the statistics institute said.\n\n"
     "China overtook the United States as the largest supplier: imports from China reached $15.5 billion, while "
     "American imports amounted to $9.1 billion. On the export side the order is reversed – exports to the United "
     "States were $12.4 billion and to China $11.9 billion.\n\nA year earlier, in 2020, trade with Chile stood at "
     "$3 billion.", "Peru's foreign trade reached $92 billion in 2021. Who are the main partners",
     [("trade_turnover", "PER", "WLD", 92.1e9, "USD", 2021), ("import", "PER", "CHN", 15.5e9, "USD", 2021),
      ("import", "PER", "USA", 9.1e9, "USD", 2021), ("export", "PER", "USA", 12.4e9, "USD", 2021),
      ("export", "PER", "CHN", 11.9e9, "USD", 2021), ("trade_turnover", "PER", "CHL", 3e9, "USD", 2020)]),
    # "the eastern neighbour" with no country named before it in the paragraph: the story's other country, not one
    # the paragraph names only later
    ("Peru's trade with Bolivia totalled $757 mln in 2021, the statistics agency said.\n\nFlour remains the main "
     "item. According to the agency, Peruvian mills shipped 480,000 tons of flour to the eastern neighbour last year. "
     "Most of the grain is bought in Argentina and milled in Arequipa.",
     "Trade with Bolivia: Peru sold goods worth over $700 mln last year",
     [("trade_turnover", "PER", "BOL", 757e6, "USD", 2021), ("export", "PER", "BOL", 480000.0, "t", 2021)]),
    # "raise the figure to $2 billion": a goal for the figure, not the figure again
    ("Trade between Peru and Chile reached $1.1 billion in 2021. Presidents Boric and Castillo have agreed to raise "
     "the figure to $2 billion in the coming years, and the border issue was settled.", None,
     [("trade_turnover", "PER", "CHL", 1.1e9, "USD", 2021), ("trade_target", "PER", "CHL", 2e9, "USD", None)]),
    # a flow whose sentence names no country goes on with the flow the sentence before names
    ("LIMA — Trade between Peru and Chile reached $9.8 billion in 2021, according to Chile's customs. Chilean exports "
     "to Peru totalled $9.7 billion, while imports from the republic amounted to only $85 million, Chile's data "
     "show.\n\nEconomists explain the gap by re-exports through Chile.\n\nThe main Peruvian exports to Chile remain "
     "ores and concentrates, hides and farm products. Deliveries of ores and concentrates amounted to 76,000 tonnes "
     "last year, the committee said.", "Trade with Chile: Santiago's and Lima's figures differ",
     [("trade_turnover", "CHL", "PER", 9.8e9, "USD", 2021), ("export", "CHL", "PER", 9.7e9, "USD", 2021),
      ("import", "CHL", "PER", 85e6, "USD", 2021), ("export", "PER", "CHL", 76000.0, "t", 2021)]),
    # the amount a change started from ("jumped from 28,500 tons to 211,000"), dated by neither, is the story's
    # period a year before; "imports from Chile during the same period" is that period, not a comparison's
    ("LIMA -- According to Peru's statistics institute, copper exports to Chile fell to 412,000 tons in "
     "January-August 2021 from 683,000 tons in the same period of 2020. At the same time, shipments of ore to the "
     "country jumped from 28,500 tons to 211,000. Imports from Chile during the same period amounted to "
     "$354 million.", None,
     [("export", "PER", "CHL", 412000.0, "t", 2021), ("export", "PER", "CHL", 683000.0, "t", 2020),
      ("export", "PER", "CHL", 28500.0, "t", 2020), ("export", "PER", "CHL", 211000.0, "t", 2021),
      ("import", "PER", "CHL", 354e6, "USD", 2021)]),
    # a cause after the source ("..., the ministry said, as Chilean power plants turned to Peruvian coal") is a clause
    # of its own, and so is one whose subject is a group ("as European companies relocated ..."); the market
    # "where" a country's exports went is the other end of the flow
    ("LIMA (Andina): Peru exported goods worth $714 million to Chile in 2021, officials said.\n\nCoal exports alone "
     "reached 2.4 million tonnes during the year, the ministry said, as Chilean power plants and cement factories "
     "turned to Peruvian coal.\n\nChile remained the largest market for Peruvian goods, followed by Bolivia, where "
     "Peruvian exports were worth $318 million. Trade with Ecuador amounted to $3.4bn, with Ecuadorian exports of "
     "machinery rising sharply as European companies relocated part of their business to Peru.",
     "Peruvian exports to Chile rise, coal leads",
     [("export", "PER", "CHL", 714e6, "USD", 2021), ("export", "PER", "CHL", 2.4e6, "t", 2021),
      ("export", "PER", "BOL", 318e6, "USD", 2021), ("trade_turnover", "PER", "ECU", 3.4e9, "USD", 2021)]),
    # a flow with one end named, in a brief whose title names one country: that country is the other end
    ("The country relies heavily on imports of wheat grain and flour, which are sourced almost entirely from "
     "Argentina.\n\nAccording to official trade data, imports of wheat from Argentina amounted to 330,000 tonnes in "
     "the first four months of 2021.", "GIEWS Country Brief: Peru", [("import", "PER", "ARG", 330000.0, "t", 2021)]),
    # a country's flow in a paragraph that names no other country is its total; a list of "Main buyers" buys from
    # the story's country, each line's value after " / " is of the same goods, and the list goes on to the next
    # line in another unit
    ("Peru exported 318,600 tonnes of fruit and vegetables worth $284.5 million in January–March 2021, according to "
     "the statistics institute.\n\nExporters plan new routes; officials project exports of $2.5 billion for the "
     "year.\n\nMain buyers (volume / value):\n\nChile — 87,400 tonnes / $74.2 million\nBolivia — 96,800 tonnes / "
     "$53.1 million\nEcuador — $38.6 million", "Peru's fruit and vegetable exports grow in Q1",
     [("export", "PER", "WLD", 318600.0, "t", 2021), ("export", "PER", "WLD", 284.5e6, "USD", 2021),
      ("export", "PER", "CHL", 87400.0, "t", 2021), ("export", "PER", "CHL", 74.2e6, "USD", 2021),
      ("export", "PER", "BOL", 96800.0, "t", 2021), ("export", "PER", "BOL", 53.1e6, "USD", 2021),
      ("export", "PER", "ECU", 38.6e6, "USD", 2021)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round20(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
