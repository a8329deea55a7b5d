"""Rules of round 29, from the misses of tune28:
- "the same period of this year"; "the goal of $X" after a past verb; an amount a relief agency "asked donors for";
- a total whose main buyers follow it, "with most of the harvest shipped to A and B";
- a cause after a figure, "as Madrid raised duties" or "as neighbours kept buying", names no party;
- "more than doubled over the same period"; quotas "on grain exports: no more than ...";
- "The bulk — X — came from Russia"; "spent $X on Kazakh wheat";
tune29: "continued to grow, reaching $X" is no goal; "our leaders have instructed us to reach $X" is one."""
from datetime import date

import pytest

from tests.extraction.helpers import norm, rows

PUBLISHED = date(2023, 5, 9)

CASES = [
    # "the same period of this year" is the earlier figure's months in the year of publication
    ("Spanish purchases of Portuguese cork rose from 12,400 tons in January-March 2022 to 15,900 in the same period "
     "of this year, the customs office said.", None,
     [("import", "ESP", "PRT", 12400.0, "t", 2022), ("import", "ESP", "PRT", 15900.0, "t", 2023)]),
    # "the goal of $X" names a target, whatever verb the sentence has in the past
    ("Trade between Norway and Sweden reached 31 billion dollars in 2022. The result was well short of the goal of "
     "40 billion dollars that the two governments had set for bilateral trade.", None,
     [("trade_turnover", "NOR", "SWE", 31e9, "USD", 2022), ("trade_target", "NOR", "SWE", 40e9, "USD", None)]),
    # what an agency asks donors for is an appeal, not aid sent
    ("Italy has sent 25 trucks of humanitarian aid to Moldova, the foreign ministry said.\n\nThe UN has asked donors "
     "for $1.2 billion to fund its relief operations in Moldova this year.", "Italy sends aid to Moldova",
     [("aid", "ITA", "MDA", 25.0, "count", 2023)]),
    # a total whose main buyers are named after it is the exporter's total with the world
    ("Greece exported olives worth $410 million abroad in January-March 2023, the statistics office said. Olive oil exports "
     "alone reached 58,300 tons, with most of the harvest shipped to Italy and Spain by sea.",
     "Greece's olive exports grow",
     [("export", "GRC", "WLD", 410e6, "USD", 2023), ("export", "GRC", "WLD", 58300.0, "t", 2023)]),
    ("In the first half of 2022, Romania exported 520,000 tons of flour, mainly to Moldova and Bulgaria.", None,
     [("export", "ROU", "WLD", 520000.0, "t", 2022)]),
    # a cause after the figure ("as Madrid raised duties") is a clause of its own: its name is no party, nor is its
    # verb's object the figure's noun
    ("Portugal and Spain traded goods worth $4.3 billion last year, Portugal's statistics institute said. Grain "
     "remains the backbone of the trade. Flour deliveries fell to 71,200 tons in 2022 as Madrid raised duties to "
     "protect its own mills.", None,
     [("trade_turnover", "PRT", "ESP", 4.3e9, "USD", 2022), ("export", "PRT", "ESP", 71200.0, "t", 2022)]),
    ("Portugal and Spain traded goods worth $4.3 billion last year. Portuguese flour deliveries fell from 95,000 tons "
     "in 2021 to 71,200 in 2022 as Madrid raised duties to protect its own mills.", None,
     [("trade_turnover", "PRT", "ESP", 4.3e9, "USD", 2022), ("export", "PRT", "ESP", 95000.0, "t", 2021),
      ("export", "PRT", "ESP", 71200.0, "t", 2022)]),
    # the buyers in a cause ("as neighbours in the Balkans and Moldova kept buying") leave the total the world's; the
    # month in a dateline ("May 9") is no "may" of an unsure figure
    ("BUCHAREST, May 9 - Romania exported 4.1 million tonnes of wheat in 2022, up from 3.5 million tonnes a year "
     "earlier, as neighbours in the Balkans and Moldova kept buying despite high prices, ministry data showed.", None,
     [("export", "ROU", "WLD", 4.1e6, "t", 2022), ("export", "ROU", "WLD", 3.5e6, "t", 2021)]),
    # "more than doubled over the same period" compares with nothing: the period is the one just spoken of
    ("German exports to Norway jumped 47% to 1.86 billion euros in January-August, the statistics office said. "
     "Danish exports to Norway more than doubled over the same period, reaching 590 million euros.", None,
     [("export", "DEU", "NOR", 1.86e9, "EUR", 2022), ("export", "DNK", "NOR", 590e6, "EUR", 2022)]),
    # the amounts after a quota's colon are the limit, not flows
    ("Romania sold 98,700 tons of wheat to Moldova in 2022. From April 15, Romania has introduced quotas on grain "
     "exports: no more than 1 million tons of wheat and 300,000 tons of flour may leave the country.", None,
     [("export", "ROU", "MDA", 98700.0, "t", 2022)]),
    # "The bulk — X — came from ...": a part of the flow before, from the place named; "spent $X on Spanish wheat"
    ("Portugal imported 98,700 tons of wheat from Spain in the first quarter of 2023, the statistics institute "
     "reports. The country spent $26.1 million on Spanish wheat over the three months.\n\nFuel imports show a "
     "similar picture. In total, Portugal purchased 74,000 tons of gasoline and diesel abroad in the first quarter. "
     "The bulk — 68,900 tons — came from Spain, and 4,100 tons from Morocco.", None,
     [("import", "PRT", "ESP", 98700.0, "t", 2023), ("import", "PRT", "ESP", 26.1e6, "USD", 2023),
      ("import", "PRT", "WLD", 74000.0, "t", 2023), ("import", "PRT", "ESP", 68900.0, "t", 2023),
      ("import", "PRT", "MAR", 4100.0, "t", 2023)]),
    # what "continued to grow" reached is a fact, not a goal; what leaders "instructed us to reach" is a goal
    ("Trade between Norway and Sweden rose 12% last year. In January 2023, trade between the two countries continued "
     "to grow, reaching $214.5 million.", None,
     [("trade_turnover", "NOR", "SWE", 214.5e6, "USD", 2023)]),
    ("Q: How is trade between Spain and Portugal developing?\n\nA: In the first four months of 2023, trade was $61 "
     "million.\n\nQ: Is there a target?\n\nA: Our leaders have instructed us to reach $1 billion.", None,
     [("trade_turnover", "ESP", "PRT", 61e6, "USD", 2023), ("trade_target", "ESP", "PRT", 1e9, "USD", None)]),
]


@pytest.mark.parametrize("body, title, expected", CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_round29(body, title, expected):
    assert rows(body, PUBLISHED, title) == norm(expected)
