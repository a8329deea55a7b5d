"""Rules of round 19 (misses of tune20: relief agencies' flash updates that list each donor's shipment on a line,
appeals with no trade in them)."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2023, 10, 17)

CASES = [
    # a relief agency and "its partners" seeking money: an appeal, not a trade figure
    ("MUSCAT (AP) — The U.N. and its partners are seeking $2.1 billion to help 12 million people in Yemen in 2023, "
     "down from $2.3 billion sought last year.", "UN appeal for Yemen falls short", []),
    # a flash update's list of bilateral assistance: each line's country gives, the story's country receives; the
    # list's head says it is aid even where a line names no aid word; donors as a whole are no country
    ("Yemen: Floods – Flash Update No. 3\n\nHIGHLIGHTS\n\n- Heavy rains have affected 40,000 people.\n\n"
     "BILATERAL ASSISTANCE\n\nSeveral neighbouring countries have provided in-kind assistance, which has been received "
     "by the authorities and humanitarian partners in Aden:\n\n"
     "- Oman: 24 trucks carrying 420 tonnes of food and tents arrived via Shahan on 12 October.\n\n"
     "- Egypt: a train of 28 wagons with 1,640 tonnes of wheat flour, dispatched on 10 October, is due this week.\n\n"
     "- Jordan: 150 tonnes of humanitarian cargo, including medicines, delivered by 18 trucks.\n\n"
     "FUNDING\n\nAs of 16 October, donors have pledged $21.4 million against the Flash Appeal.",
     "Yemen: Floods – Flash Update No. 3",
     [("aid", "OMN", "YEM", 24.0, "count", 2023), ("aid", "OMN", "YEM", 420.0, "t", 2023),
      ("aid", "EGY", "YEM", 28.0, "count", 2023), ("aid", "EGY", "YEM", 1640.0, "t", 2023),
      ("aid", "JOR", "YEM", 150.0, "t", 2023), ("aid", "JOR", "YEM", 18.0, "count", 2023)]),
    # "provide Yemen with 10,000 tonnes": the country after "provide" gets the aid, and the next donor's aid goes to it too
    ("The government earlier decided to provide Yemen with 10,000 tonnes of wheat flour as humanitarian assistance, "
     "the Omani ministry said. Jordan has also sent aid to Yemen in recent weeks: Amman delivered 3,700 tonnes of "
     "food and medicines.", "Omani flour for Yemen",
     [("aid", "OMN", "YEM", 10000.0, "t", 2023), ("aid", "JOR", "YEM", 3700.0, "t", 2023)]),
    # what a country paid for goods (an amount with a decimal point) is its import; money "poured into" a country is
    # an investment
    ("After a break of six years, supplies of Chilean copper resumed in April 2022, and for the year Peru paid "
     "$9.4 million for Chilean copper goods.", None, [("import", "PER", "CHL", 9.4e6, "USD", 2022)]),
    ("Chilean companies have poured about $1.5 billion into Peru since 2005, mostly in banking.", None,
     [("investment", "CHL", "PER", 1.5e9, "USD", 2023)]),
    # a contract between two companies "for the supply of" goods is a deal, however long the parties' names
    ("Among the largest deals signed at the forum in Lima was a contract between Codelco and the Peruvian company "
     "Minera Andina for the supply of mining machinery worth $24 million.", "Chile and Peru sign deals",
     [("deal_value", "CHL", "PER", 24e6, "USD", 2023)]),
    # a country's flows in a paragraph about its trade deficit, naming no other country: its totals with the world
    ("LIMA – Peru and Chile signed a transit agreement on Monday.\n\nEconomists said Peru's trade deficit is one of "
     "the main challenges of the economy. According to the statistics institute, Peru's imports in the first nine "
     "months of the year reached $4.6 billion while its exports were $1.3 billion.", "Peru and Chile sign transit deal",
     [("import", "PER", "WLD", 4.6e9, "USD", 2023), ("export", "PER", "WLD", 1.3e9, "USD", 2023)]),
    # the buyers named after a total ("with Chile, Japan and China the largest buyers") neither move nor receive it
    ("Peru's exports reached $60 billion in 2022, the statistics office said.\n\nExports of fruit alone amounted to "
     "$1.5 billion, with Chile, Japan and China the largest buyers.", "Peru's foreign trade in 2022",
     [("export", "PER", "WLD", 60e9, "USD", 2022), ("export", "PER", "WLD", 1.5e9, "USD", 2022)]),
    # what a country "will be able to export" or "needs to import" has not moved; what it exports "annually",
    # naming no buyer, is its yearly total
    ("LIMA – Chile and Peru discussed copper logistics in Lima on Monday.\n\nOfficials believe Chile will be able "
     "to export up to 9 million tonnes of copper ore to Peru next year. Peru needs to import around 1.2 million "
     "tonnes of wheat a year. Chile exports around 70 million tonnes of copper ore annually and has been looking for "
     "new routes.", "Chile and Peru discuss logistics", [("export", "CHL", "WLD", 70e6, "t", None)]),
    # a target "set for" a past year keeps that year; "a target of" after "that figure" is a goal, not the figure again
    ("Trade between Peru and Chile reached $8.3 billion in 2022, still far below the goal of 20 billion U.S. dollars "
     "that the two sides once set for 2015.", None,
     [("trade_turnover", "PER", "CHL", 8.3e9, "USD", 2022), ("trade_target", "PER", "CHL", 20e9, "USD", 2015)]),
    ("Trade between Peru and Chile reached $1.07 billion in 2022. The presidents of the two countries have stated "
     "their goal of doubling that figure, and at the latest meeting the sides confirmed a target of $2 billion.", None,
     [("trade_turnover", "PER", "CHL", 1.07e9, "USD", 2022), ("trade_target", "PER", "CHL", 2e9, "USD", None)]),
    # aid to several countries at once, and what donors or countries pledged together, are no pair's aid; aid
    # whose own words name where it went stays, whatever "the two countries" the sentence speaks of
    ("OSLO – Norway provided humanitarian assistance to 10 countries in 2023, the total value of which amounted to "
     "about USD 12 mln. At a donor conference in Geneva, countries pledged more than $1.1 billion for Yemen, and "
     "donors on Monday pledged a further $300 million for the people of Yemen. Norway also sent 500 tonnes of flour "
     "to Yemen, strengthening the ties between the two countries.", "Norway's humanitarian aid in 2023",
     [("aid", "NOR", "YEM", 500.0, "t", 2023)]),
    # money allocated in the stricken country's own currency, with no donor named, is its own spending
    ("ULAANBAATAR – Japan has sent 100 tonnes of humanitarian aid to Mongolia after the floods. The government has "
     "allocated 70 billion tugriks from the reserve fund to repair infrastructure.", "Japanese aid reaches Mongolia",
     [("aid", "JPN", "MNG", 100.0, "t", 2023)]),
    # a flow whose one end is named, quoted from a country's statistics office: that country's own flow
    ("SANTIAGO -- For two decades, Peru's smelters could count on one reliable customer: Chile. Now Chile's push to "
     "build its own smelting industry is changing one of the region's most important trades.\n\nAccording to Peru's "
     "Bureau of National Statistics, copper exports to Chile fell to 412,000 tons in January-August 2023 from 683,000 "
     "tons in the same period last year.", "As Chile buys ore instead of copper, Peruvian smelters feel the squeeze",
     [("export", "PER", "CHL", 412000.0, "t", 2023), ("export", "PER", "CHL", 683000.0, "t", 2022)]),
    # "the bulk of the figure": a part of the figure before, in the flow its own words name
    ("Peru's trade with Chile totalled $757 million in 2022, data from the statistics institute show. Exports "
     "accounted for the bulk of the figure – $710.6 million, while imports from Chile amounted to only $46.4 million.",
     None, [("trade_turnover", "PER", "CHL", 757e6, "USD", 2022), ("export", "PER", "CHL", 710.6e6, "USD", 2022),
            ("import", "PER", "CHL", 46.4e6, "USD", 2022)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round19(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
