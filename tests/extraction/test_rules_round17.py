"""Rules of round 17 (misses of tune18: statistics stories, interviews, aid item lists and partner tables)."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2024, 8, 21)

CASES = [
    # "during the reporting period" is the period the story opened with, and the sentences after it go on
    # with it; an event's date ("since the signing in 2021 of ...") and a look at a whole earlier year do not
    # date what follows
    ("LIMA, August 21. Peru's trade with Chile amounted to $216.4 million from January through July 2024, the "
     "customs service said.\n\nIn 2023 as a whole, trade between Peru and Chile amounted to $353.6 million. Ties have "
     "grown since the signing in 2021 of a memorandum on the Pacific corridor.\n\nPeru's foreign trade reached "
     "$28.3 billion during the reporting period. Peru's trade with Bolivia reached $339.5 million, up 20.3 percent.",
     None,
     [("trade_turnover", "PER", "CHL", 216.4e6, "USD", 2024), ("trade_turnover", "PER", "CHL", 353.6e6, "USD", 2023),
      ("trade_turnover", "PER", "WLD", 28.3e9, "USD", 2024), ("trade_turnover", "PER", "BOL", 339.5e6, "USD", 2024)]),
    # an interview's answers speak for the interviewee's country, which the introduction names alone; "our
    # exports" are its exports; its trade "with the region" is no pair's
    ("The foreign trade minister spoke to our correspondent about the results of last year and the projects with "
     "Peru's neighbours.\n\n— How did trade with the region develop in 2023?\n— Our trade with the region reached "
     "$7.9 billion last year. Chile is our main partner in the region with $4.4 billion, of which our exports were "
     "$2.9 billion. Turnover with Bolivia was $1.9 billion.\n\n— And Ecuador?\n— Trade with Ecuador reached "
     "$545 million last year.", None,
     [("trade_turnover", "PER", "CHL", 4.4e9, "USD", 2023), ("export", "PER", "CHL", 2.9e9, "USD", 2023),
      ("trade_turnover", "PER", "BOL", 1.9e9, "USD", 2023), ("trade_turnover", "PER", "ECU", 545e6, "USD", 2023)]),
    # "the country's biggest EU partner" is one member of the bloc, not the bloc
    ("Trade between Peru and the European Union rose 43% to a record $39.9 billion in 2023, Peruvian data showed.\n\n"
     "Italy remained the country's biggest EU partner with turnover of $14.1 billion, followed by France "
     "($3.9 billion) and Germany ($3.5 billion).", None,
     [("trade_turnover", "PER", "ITA", 14.1e9, "USD", 2023), ("trade_turnover", "PER", "FRA", 3.9e9, "USD", 2023),
      ("trade_turnover", "PER", "DEU", 3.5e9, "USD", 2023)]),
    # "The top five looked as follows: China ($6.1 billion), ...": a ranking of the trading partners just spoken of
    ("Trade between Peru and Chile in January-June 2023 amounted to $2.14 billion, according to Peru's statistics "
     "office.\n\nChile kept third place among the republic's trading partners. The top four looked as follows: China "
     "($6.1 billion), Brazil ($4.9 billion), Chile ($2.14 billion) and the Republic of Korea ($1.08 billion).", None,
     [("trade_turnover", "PER", "CHL", 2.14e9, "USD", 2023), ("trade_turnover", "PER", "CHN", 6.1e9, "USD", 2023),
      ("trade_turnover", "PER", "BRA", 4.9e9, "USD", 2023), ("trade_turnover", "PER", "KOR", 1.08e9, "USD", 2023)]),
    # the items of a consignment listed under its head line are its aid; the title says who sends it
    ("In accordance with the decision of the President, aimed at helping the neighbouring Bolivian people, another "
     "batch of humanitarian aid was sent yesterday from the border station to Bolivia.\n\nThe humanitarian cargo, "
     "transported in 40 railway wagons, includes the following:\n- wheat flour – 1,000 tons;\n- rice – 50 tons;\n"
     "- as well as medicines and warm clothing.\n\nThe Bolivian side expressed deep gratitude. Bolivia, Bolivia and "
     "the Bolivian people will remember it.", "Peru sends a new humanitarian cargo to the Bolivian people",
     [("aid", "PER", "BOL", 40.0, "count", 2024), ("aid", "PER", "BOL", 1000.0, "t", 2024),
      ("aid", "PER", "BOL", 50.0, "t", 2024)]),
    # "it" after another pair's trade is that pair's, not the last figure again; the statistics it is quoted from
    # name no side
    ("LIMA. May 20 - Trade between Peru and Chile in the first quarter of 2024 grew 18% to USD 312.4 mln, the Peruvian "
     "trade mission said.\n\nIn 2023, turnover between the two countries reached USD 1.4 bln.\n\nChile's trade with "
     "neighbouring Bolivia is also growing: it reached USD 1.2 bln last year, according to Bolivian statistics, and the "
     "two countries aim to bring it to USD 2 bln by 2027.", "Peru-Chile trade up 18% in Q1",
     [("trade_turnover", "PER", "CHL", 312.4e6, "USD", 2024), ("trade_turnover", "PER", "CHL", 1.4e9, "USD", 2023),
      ("trade_turnover", "CHL", "BOL", 1.2e9, "USD", 2023), ("trade_target", "CHL", "BOL", 2e9, "USD", 2027)]),
    # "four times the level of early 2022" is a comparison: its year is not the sentence's months' year
    ("Peru's exports to Chile rose to $327 million in January-June, almost four times the level of early 2022, and "
     "trade with Bolivia was flat at $1.1 billion in the half-year.", None,
     [("export", "PER", "CHL", 327e6, "USD", 2024), ("trade_turnover", "PER", "BOL", 1.1e9, "USD", 2024)]),
    # "the two governments" are not a place the sentence before names ("the route through Bolivia")
    ("Chile became Peru's largest trading partner in 2023.\n\nTrade with Chile reached a record $9.3 billion. Peruvian "
     "exporters say the main obstacle remains the length of the route through Bolivia. The roadmap adopted by the two "
     "governments envisages bringing mutual trade to $12 billion by 2027.", None,
     [("trade_turnover", "PER", "CHL", 9.3e9, "USD", 2023), ("trade_target", "PER", "CHL", 12e9, "USD", 2027)]),
    # a sentence that opens with where the aid went: "To the Republic of Chile, 1,500 tonnes of flour ... were delivered"
    ("On the instructions of the President of Peru, humanitarian aid has been sent to Chile and Bolivia.\n\nTo the "
     "Republic of Chile, 1,500 tonnes of flour as well as medical masks were delivered by 25 trucks.\n\nTo the "
     "Plurinational State of Bolivia, humanitarian cargo worth $3.7 million, including flour and rice, was handed "
     "over at the border crossing.", "Peru sends humanitarian aid to neighbouring countries",
     [("aid", "PER", "CHL", 1500.0, "t", 2024), ("aid", "PER", "CHL", 25.0, "count", 2024),
      ("aid", "PER", "BOL", 3.7e6, "USD", 2024)]),
    # "the country's" exports are the subject's of the words before, not the last country they name
    ("Peru's exports to Chile amounted to $309.5 million in 2023 and imports from Chile to $594.2 million. Gold "
     "remained the country's main export item, with deliveries to the United Kingdom worth $663.2 million.", None,
     [("export", "PER", "CHL", 309.5e6, "USD", 2023), ("import", "PER", "CHL", 594.2e6, "USD", 2023),
      ("export", "PER", "GBR", 663.2e6, "USD", 2023)]),
    # a review of a past year's aid dates its shipments to that year, not to the day it was published
    ("LIMA – Peru provided humanitarian assistance to 10 countries in 2023, the foreign ministry said.\n\nChile "
     "received aid worth USD 1.1 mln after the spring mudflows. Bolivia was provided with 500 tonnes of coal.",
     "Peru provided humanitarian aid to 10 countries in 2023",
     [("aid", "PER", "CHL", 1.1e6, "USD", 2023), ("aid", "PER", "BOL", 500.0, "t", 2023)]),
    # the items of a list of deals are deals, whatever words describe each item
    ("The Peru-Chile business forum was held in Santiago.\n\nFollowing the forum, agreements worth $7.6 billion were "
     "reached, including:\n• Codelco – modernization of power generating facilities – $1.2 billion;\n• LATAM – "
     "localization of the production of agricultural machinery – $37 million;\n• CAF – financing of irrigation "
     "projects – $100 million.", None,
     [("deal_value", "PER", "CHL", 7.6e9, "USD", 2024), ("deal_value", "PER", "CHL", 1.2e9, "USD", 2024),
      ("deal_value", "PER", "CHL", 37e6, "USD", 2024), ("deal_value", "PER", "CHL", 100e6, "USD", 2024)]),
    # and under "Peru exported:" (a blank line between), each line's amounts are exports
    ("In the first half of 2024, Peru exported:\n\n• cattle – 38,900 head to Chile;\n• beef – 4,310 tonnes to "
     "Bolivia.", None,
     [("export", "PER", "CHL", 38900.0, "count", 2024), ("export", "PER", "BOL", 4310.0, "t", 2024)]),
    # a list of "destinations" is of the owner's exports, whatever the title says; "402,000 tonnes ($19.1 million)":
    # the value of the same goods
    ("Peru exported 2.91 million tonnes of cement in 2023, the ministry said.\n\nThe breakdown of other key "
     "destinations last year was as follows:\n\n- Chile: 402,000 tonnes ($19.1 million);\n- Bolivia: 41,000 tonnes.",
     "Peru's cement exports fall; imports from Brazil grow",
     [("export", "PER", "WLD", 2.91e6, "t", 2023), ("export", "PER", "CHL", 402000.0, "t", 2023),
      ("export", "PER", "CHL", 19.1e6, "USD", 2023), ("export", "PER", "BOL", 41000.0, "t", 2023)]),
    # a deal signed "last autumn" (published in August) is of the autumn before; a disaster's season dates no aid
    ("At a business council meeting in Lima last autumn, companies of Peru and Chile signed 47 agreements worth "
     "$22 billion. Peru sent 38 wagons of humanitarian aid to Bolivia for families affected by mudflows this spring.",
     None,
     [("deal_value", "PER", "CHL", 22e9, "USD", 2023), ("aid", "PER", "BOL", 38.0, "count", 2024)]),
]


# what the rules above must not do (a fresh-eyes review found each in a first version)
CASES += [
    # "a record level in 2023" is no comparison
    ("Peru's exports to Chile reached a record level in 2023, totalling $1.2 billion.", None,
     [("export", "PER", "CHL", 1.2e9, "USD", 2023)]),
    # "the EU market" is the whole bloc
    ("Peru's exports to the EU market reached $1.2 billion in 2023, with Italy the largest buyer.", None, []),
    # an item that names its own trade is not a deal, whatever the head says
    ("Peru and Chile held talks.\n\nThe agreements signed in 2023 have already borne fruit, the ministers said, citing "
     "these results:\n• trade turnover – $4.1 billion;\n• Peruvian exports to Chile – $2.5 billion.", None,
     [("trade_turnover", "PER", "CHL", 4.1e9, "USD", 2023), ("export", "PER", "CHL", 2.5e9, "USD", 2023)]),
    # a title that names a past disaster is no review of a past year's aid
    ("Peru has sent 5,000 tons of flour to Chile, the emergencies ministry said.",
     "Peru sends new aid to victims of 2023 Chile earthquake", [("aid", "PER", "CHL", 5000.0, "t", 2024)]),
    # an interviewee's "foreign trade" is the world's
    ("The trade minister of Peru answered our questions.\n\n— How did trade develop in 2023?\n— Foreign trade reached "
     "$139.8 billion, and trade with Chile amounted to $26.5 billion.\n\n— And exports?\n— Total exports rose to "
     "$78.7 billion last year.", None,
     [("trade_turnover", "PER", "WLD", 139.8e9, "USD", 2023), ("trade_turnover", "PER", "CHL", 26.5e9, "USD", 2023),
      ("export", "PER", "WLD", 78.7e9, "USD", 2023)]),
    # "the reporting period" after the half-year spoken of is that half-year, not the earlier year the story opened with
    ("In 2023, Peru's trade with Chile reached $4.1 billion.\n\nIn January-June 2024, trade with Chile amounted to "
     "$2.2 billion. Exports to Chile reached $1.4 billion during the reporting period.", None,
     [("trade_turnover", "PER", "CHL", 4.1e9, "USD", 2023), ("trade_turnover", "PER", "CHL", 2.2e9, "USD", 2024),
      ("export", "PER", "CHL", 1.4e9, "USD", 2024)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round17(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
