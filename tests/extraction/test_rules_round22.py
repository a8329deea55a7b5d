"""Rules of round 22 (misses of tune23: goals that "should" be reached or that one sets "the task of bringing it to",
lists of goods under a flow's head, donors' contributions listed in an aid report, a title whose country gives
the aid, aid sent "to the neighbouring country", an agency "appealing for" money, and "the Chilean aid"
whose value is given)."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2022, 1, 21)

CASES = [
    # "should reach", "set the task of bringing it to": goals
    ("Trade between Peru and Chile reached $1.1 billion in 2021. The leaders have repeatedly said that bilateral "
     "trade should reach $2 billion.\n\nThe volume of mutual trade between Peru and Bolivia amounted to 720 million "
     "US dollars in 2021, and the presidents set the task of bringing it to 1 billion US dollars in the coming "
     "years.", None,
     [("trade_turnover", "PER", "CHL", 1.1e9, "USD", 2021), ("trade_target", "PER", "CHL", 2e9, "USD", None),
      ("trade_turnover", "PER", "BOL", 720e6, "USD", 2021), ("trade_target", "PER", "BOL", 1e9, "USD", None)]),
    # a list of goods under a head that names one flow: each line is that flow of the line's goods
    ("Peruvian exports to Chile rose to $4.4 billion in 2021.\n\nMain Peruvian exports to Chile in 2021:\n"
     "- copper ore and concentrates: $2.1 billion\n- zinc: $320 million\n- fresh grapes – 54,000 tonnes", None,
     [("export", "PER", "CHL", 4.4e9, "USD", 2021), ("export", "PER", "CHL", 2.1e9, "USD", 2021),
      ("export", "PER", "CHL", 320e6, "USD", 2021), ("export", "PER", "CHL", 54000.0, "t", 2021)]),
    # donors' contributions listed in an aid report go to the country the title names; a line's second amount
    # ("and 560 mt of vegetable oil") is more of the line's aid
    ("Highlights\n• In December, WFP reached 9 million people with food assistance.\n\nContributions\nRecent "
     "contributions were received from:\n- Chile: US$ 15.5 million for school feeding;\n- Ecuador: 3,700 mt of wheat "
     "flour and 560 mt of vegetable oil (in-kind).", "WFP Peru Situation Report, 20 January 2022",
     [("aid", "CHL", "PER", 15.5e6, "USD", 2022), ("aid", "ECU", "PER", 3700.0, "t", 2022),
      ("aid", "ECU", "PER", 560.0, "t", 2022)]),
    # a title whose one country sends the aid does not name where the aid goes
    ("LIMA — A plane carrying 40 tonnes of medicines left Lima for La Paz on Monday, the ministry said. Bolivia "
     "was hit by floods last week.\n\nChile has also sent 25 tonnes of tents and blankets.",
     "Peru sends aid to flood-hit neighbour",
     [("aid", "PER", "BOL", 40.0, "t", 2022), ("aid", "CHL", "BOL", 25.0, "t", 2022)]),
    # aid sent "to the neighbouring country" goes to the country last named before the words, not to the one the
    # paragraph before told of; a contributions list gives each donor government's gift, not a fund's or a bloc's;
    # an agency "appealing for" money gives none
    ("Bolivia, also hit by the floods, received food and tents worth $4 million.\n\nEcuador remained one of "
     "the main recipients of Peruvian aid. In 2021, Peru sent 5,500 tonnes of food, including flour and oil, to the "
     "neighbouring country.", "Peru provided humanitarian aid to 10 countries in 2021",
     [("aid", "PER", "BOL", 4e6, "USD", 2021), ("aid", "PER", "ECU", 5500.0, "t", 2021)]),
    ("Funding Overview\nUNICEF is appealing for US$ 3.8 million to meet the humanitarian needs of 45,000 people.\n\n"
     "Contributions received during the reporting period:\n- Government of Japan: JPY 70 million;\n- European "
     "Union (ECHO): EUR 400,000 for emergency education;\n- UNICEF Emergency Programme Fund: US$ 250,000.",
     "UNICEF Peru Humanitarian Situation Report No. 2 (Floods)",
     [("aid", "JPN", "PER", 70e6, "JPY", 2022)]),
    # "the total value of the Chilean aid": the aid's adjective names its donor
    ("LIMA — Peru has sent 22 wagons of flour to flood-hit Bolivia, the ministry said.\n\nChile also provided "
     "assistance. The total value of the Chilean aid is estimated at $1.5 million.", "Peru sends aid to Bolivia",
     [("aid", "PER", "BOL", 22.0, "count", 2022), ("aid", "CHL", "BOL", 1.5e6, "USD", 2022)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round22(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
