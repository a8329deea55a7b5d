"""Rules of round 12 (tune9: the real articles' voice): rankings of investors after an investment
total, members' shares of a trade total with a group."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2024, 3, 15)

CASES = [
    # investors ranked after the host's investment total: each investor's investment in the host
    ("Gross inflows of foreign direct investment into Kazakhstan totaled $18.6 billion in 2023.\n\nThe Netherlands "
     "again topped the list with $4.5 billion. The United States came second with $3.1 billion, followed by China "
     "with $2.5 billion.\n\nRussia invested $1.9 billion and South Korea $1.1 billion.",
     "The Netherlands remains Kazakhstan's top investor",
     [("investment", "KAZ", "NLD", 4.5e9, "USD", 2023), ("investment", "KAZ", "USA", 3.1e9, "USD", 2023),
      ("investment", "KAZ", "CHN", 2.5e9, "USD", 2023), ("investment", "KAZ", "RUS", 1.9e9, "USD", 2023),
      ("investment", "KAZ", "KOR", 1.1e9, "USD", 2023)]),
    # partners ranked after the pair's flows: the list owner's trade with each
    ("Trade turnover between Kyrgyzstan and Kazakhstan reached $245.3 million in January-April 2023. Kyrgyz exports "
     "to Kazakhstan amounted to $102.1 million.\n\nKazakhstan ranks third among Kyrgyzstan's trading partners. China "
     "topped the list with $519.6 million, followed by Russia with $454.8 million.", "Kyrgyz-Kazakh trade grows",
     [("trade_turnover", "KAZ", "KGZ", 2.453e8, "USD", 2023), ("import", "KAZ", "KGZ", 1.021e8, "USD", 2023),
      ("trade_turnover", "KGZ", "CHN", 5.196e8, "USD", 2023), ("trade_turnover", "KGZ", "RUS", 4.548e8, "USD", 2023)]),
    ("Kazakhstan accounts for 8% of Uzbekistan's foreign trade and is its third largest partner. China remains in "
     "first place with $4.1 billion in January-May 2023 and Russia second with $3.6 billion.", "Uzbekistan-Kazakhstan trade",
     [("trade_turnover", "UZB", "CHN", 4.1e9, "USD", 2023), ("trade_turnover", "UZB", "RUS", 3.6e9, "USD", 2023)]),
    # "the two countries" are the pair the sentence before names, not the title's
    ("A Kazakh plane carrying 21 tons of food for civilians in Gaza landed in Egypt on Nov. 23.\n\nKazakhstan and "
     "Egypt have been expanding economic ties. In January-September 2023, trade between the two countries "
     "amounted to $181.6 million.", "Kazakhstan sends humanitarian aid to Gaza through Egypt",
     [("aid", "KAZ", "PSE", 21.0, "t", 2023), ("trade_turnover", "KAZ", "EGY", 1.816e8, "USD", 2023)]),
    # a goal for this year named after the amount; a limit is no flow; what an agency requires is no aid
    ("The leaders of Kazakhstan and Uzbekistan have set the goal of bringing mutual trade to $5 billion in 2024.", None,
     [("trade_target", "KAZ", "UZB", 5e9, "USD", 2024)]),
    ("The authorities capped wheat exports to Uzbekistan at 1 million tons until mid-June.", "Kazakh grain", []),
    ("WFP requires US$8.4 million to sustain its food assistance in Kyrgyzstan through 2025.", "Kazakh aid", []),
    # "from the people of Japan" gives; "for civilians in Gaza" receives
    ("Medical supplies funded by a grant from the people of Japan arrived in Tajikistan. The consignment, worth "
     "US$850,000, includes 420 tonnes of flour.", "Japan aid for Tajikistan",
     [("aid", "JPN", "TJK", 8.5e5, "USD", 2024), ("aid", "JPN", "TJK", 420.0, "t", 2024)]),
    # sales abroad are the world's; a capacity compared with nothing is no flow; "buying" buys
    ("Kazakhstan sold 1.46 million tonnes of wheat flour abroad in January-September 2023. Foreign sales earned "
     "the country $331 million.\n\nAfghanistan absorbed the bulk of the flour, buying 812,000 tonnes.\n\nThe "
     "country's mills could turn out up to 7 million tonnes of flour a year, but use less than half of that "
     "capacity.", "Kazakhstan's flour exports up 9%",
     [("export", "KAZ", "WLD", 1.46e6, "t", 2023), ("export", "KAZ", "WLD", 3.31e8, "USD", 2023),
      ("export", "KAZ", "AFG", 8.12e5, "t", 2023)]),
    # the world is the other side of a flow, never its mover
    ("Gold remained Kyrgyzstan's main export item in 2023: gold worth $1.07 billion was shipped abroad, mostly to "
     "the United Kingdom.", "Kyrgyz exports", [("export", "KGZ", "GBR", 1.07e9, "USD", 2023)]),
    # an import total followed by "almost all of it came from" is the world's; what was "bought in Russia" came
    # from Russia; a title "X imports ..." makes X the importer of what "was imported from Kazakhstan"
    ("Kyrgyzstan imported 269,000 tonnes of wheat in January-August 2023.\n\nAlmost all of the grain came from "
     "Kazakhstan: 262,300 tonnes, for which Kyrgyz importers paid $76.4 million. Another 6,100 tonnes were bought in Russia.\n\nIn addition, 27,500 tonnes of "
     "flour were imported from Kazakhstan.\n\nKyrgyzstan produces about 650,000 tonnes of wheat a year and covers "
     "the rest of its needs with imports.", "Kyrgyzstan imports 269,000 tonnes of wheat in eight months",
     [("import", "KGZ", "WLD", 2.69e5, "t", 2023), ("export", "KAZ", "KGZ", 2.623e5, "t", 2023),
      ("export", "KAZ", "KGZ", 7.64e7, "USD", 2023),
      ("import", "KGZ", "RUS", 6.1e3, "t", 2023), ("export", "KAZ", "KGZ", 2.75e4, "t", 2023)]),
    # a group's exports have no country as their mover
    ("EU exports to Kyrgyzstan rose to 2.4 billion euros in the first half of 2023.", "Germany and Kyrgyzstan", []),
    # an aid story: trains are counted, transit "via the territory of" is no party, the next sentence's shipments
    # keep the year the first one gave, and "is provided with" names the recipient
    ("In 2023 Kazakhstan dispatched nine trains with humanitarian aid to Afghanistan.\n\nThe trains, made up of "
     "460 wagons, delivered 24,500 tonnes of flour via the territory of Uzbekistan.", "Kazakh aid trains",
     [("aid", "KAZ", "AFG", 9.0, "count", 2023), ("aid", "KAZ", "AFG", 460.0, "count", 2023),
      ("aid", "KAZ", "AFG", 24500.0, "t", 2023)]),
    ("A train carrying humanitarian aid from Kazakhstan has left. By the decision of the Government, the Republic of "
     "Tajikistan is provided with 5,000 tonnes of wheat flour.", "Kazakhstan sends aid", [("aid", "KAZ", "TJK", 5000.0, "t", 2024)]),
    # a hope that trade "would reach" a level is a goal; an appositive's cue is not the figure's
    ("The two ministers expressed hope that bilateral trade between Kazakhstan and Afghanistan would reach $1 billion "
     "in the coming years.", None, [("trade_target", "KAZ", "AFG", 1e9, "USD", None)]),
    ("The list of Kazakhstan's main trading partners in 2023 was led by China. Italy, the main buyer of Kazakh oil, "
     "came third with $10.8 billion.", None, [("trade_turnover", "KAZ", "ITA", 1.08e10, "USD", 2023)]),
    # a cause with its own subject names no party of the figure
    ("Trade between Kazakhstan and Afghanistan reached $987 million in 2022. In 2023 trade slumped to $545.1 million "
     "as Afghan importers turned to cheaper flour milled in Uzbekistan and Pakistan.", None,
     [("trade_turnover", "KAZ", "AFG", 9.87e8, "USD", 2022), ("trade_turnover", "KAZ", "AFG", 5.451e8, "USD", 2023)]),
    # "X's second largest trading partner after Russia, with which trade reached ...": the owner's trade with Russia;
    # "with trade between the two countries ..." stays the pair's
    ("Kazakhstan remained Tajikistan's second largest trading partner in 2023 after Russia, with which trade reached "
     "US$1.05 billion.", None, [("trade_turnover", "TJK", "RUS", 1.05e9, "USD", 2023)]),
    ("Kazakhstan remained Tajikistan's second largest trading partner after Russia in 2023, with trade between the "
     "two countries totaling $1.17 billion.", None, [("trade_turnover", "KAZ", "TJK", 1.17e9, "USD", 2023)]),
    # goods that "crossed into" a country were shipped there; freight that crossed a border is transit
    ("According to Uzbekistan Railways, 214,000 tonnes of Kazakh flour crossed into Afghanistan in January-March 2023.",
     None, [("export", "KAZ", "AFG", 2.14e5, "t", 2023)]),
    ("More than 5 million tons of freight crossed the Bolashak border station in 2023, most of it transit cargo.",
     "Kazakhstan and Turkmenistan", []),
    # in an aid story, what the aid cost and a donation to a relief agency are aid
    ("In 2023 Kazakhstan dispatched nine trains with humanitarian aid to Afghanistan.\n\nThe aid was financed from "
     "the reserve fund. Its total cost was estimated at 5.3 billion tenge.\n\nIn addition, Kazakhstan transferred "
     "$1 million to the World Food Programme to buy flour for Afghan families.", "Kazakh aid trains",
     [("aid", "KAZ", "AFG", 9.0, "count", 2023), ("aid", "KAZ", "AFG", 5.3e9, "KZT", 2023),
      ("aid", "KAZ", "AFG", 1e6, "USD", 2023)]),
    # a turnover whose clause names no country goes on with the pair given a few sentences before
    ("In 2022 bilateral trade between Kazakhstan and Afghanistan came close to $1 billion. Kazakh statistics put the "
     "figure at $987.5 million.\n\nThe boom did not last. In 2023 trade slumped to $545.1 million as Afghan importers "
     "turned to cheaper flour milled in Uzbekistan and Pakistan.", None,
     [("trade_turnover", "KAZ", "AFG", 9.875e8, "USD", 2022), ("trade_turnover", "KAZ", "AFG", 5.451e8, "USD", 2023)]),
    # a series of years after a colon: the sentence's trade, each amount with its own year
    ("Trade turnover between Kyrgyzstan and Kazakhstan reached $1.93 billion in 2023. Kyrgyz exports to Kazakhstan "
     "totaled $612.4 million.\n\nTrade between the two countries has grown steadily: in 2020 it stood at $1.06 "
     "billion, in 2021 – $1.4 billion, and in 2022 – $1.75 billion.", "Kyrgyz-Kazakh trade grows",
     [("trade_turnover", "KAZ", "KGZ", 1.93e9, "USD", 2023), ("import", "KAZ", "KGZ", 6.124e8, "USD", 2023),
      ("trade_turnover", "KAZ", "KGZ", 1.06e9, "USD", 2020), ("trade_turnover", "KAZ", "KGZ", 1.4e9, "USD", 2021),
      ("trade_turnover", "KAZ", "KGZ", 1.75e9, "USD", 2022)]),
    # "humanitarian cooperation" and "the balance of foreign trade" are no aid and no turnover
    ("Trade turnover between Kyrgyzstan and Russia in 2023 amounted to about $1.9 billion, the minister said at the "
     "commission on trade, economic and humanitarian cooperation.", None,
     [("trade_turnover", "KGZ", "RUS", 1.9e9, "USD", 2023)]),
    ("Uzbekistan's exports amounted to $16.6 billion in 2023; the negative balance of foreign trade reached "
     "$8.9 billion.", "Uzbekistan's foreign trade", [("export", "UZB", "WLD", 16.6e9, "USD", 2023)]),
    # "accounted for the largest share – $2.48 billion": the dash labels the amount, the list goes on from it
    ("Kazakhstan's trade with the countries of Central Asia in January–September 2023 amounted to $4.17 billion.\n\n"
     "Uzbekistan accounted for the largest share – $2.48 billion (+23.2%), followed by Kyrgyzstan – $692.7 million "
     "and Tajikistan – $654.1 million.", "Kazakhstan's trade with Central Asian countries grows",
     [("trade_turnover", "KAZ", "UZB", 2.48e9, "USD", 2023), ("trade_turnover", "KAZ", "KGZ", 6.927e8, "USD", 2023),
      ("trade_turnover", "KAZ", "TJK", 6.541e8, "USD", 2023)]),
    # "The Government of Japan has provided ..." gives; a country that "received" aid in the clause before the
    # amount is its recipient
    ("DUSHANBE – The Government of Japan has provided US$1.3 million to UNICEF to strengthen immunization in "
     "Tajikistan.", "Japan supports immunization in Tajikistan", [("aid", "JPN", "TJK", 1.3e6, "USD", 2024)]),
    ("Uzbekistan sent humanitarian aid to its neighbours. Tajikistan received 1,200 tonnes of food products, which "
     "were delivered by 60 trucks.", "Uzbek aid", [("aid", "UZB", "TJK", 1200.0, "t", 2024),
                                                 ("aid", "UZB", "TJK", 60.0, "count", 2024)]),
    # each member's share of a trade total with a group is its trade
    ("Kyrgyzstan's trade with the member states of the Eurasian Economic Union fell to $1.09 billion in "
     "January-June 2023.\n\nRussia accounted for $654.8 million of the total, Kazakhstan for $385.2 million and "
     "Armenia for $5.1 million.", "Kyrgyzstan's trade with the EAEU drops",
     [("trade_turnover", "KGZ", "RUS", 6.548e8, "USD", 2023), ("trade_turnover", "KAZ", "KGZ", 3.852e8, "USD", 2023),
      ("trade_turnover", "KGZ", "ARM", 5.1e6, "USD", 2023)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round12(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
