"""Rules of round 7: goals with no trade noun of their own, "-ing" goal verbs, pronoun subjects that stand
for the trade noun before them, money that is no trade (a bank's name, a fund's capital, a reserve fund),
counted project portfolios as investment, the lead's donor for an aid story's unnamed shipment."""
from datetime import date

import pytest

from extraction import classify
from tests.extraction.helpers import norm, rows

D = date(2024, 3, 1)


@pytest.mark.parametrize("left, expected", [
    ("the sides keep talking about raising annual trade to ", True),
    ("officials discussed bringing turnover to ", True),
    ("ministers spoke of doubling trade to ", True),
    ("trade increased to ", False),                     # a past level, not a goal
])
def test_ing_goal_verbs(left, expected):
    assert classify.is_target(left) is expected


@pytest.mark.parametrize("body, expected", [
    # a goal with no trade noun in its clause, in a story about trade
    ("Trade between Kazakhstan and Mongolia grew last year. The two leaders have set a goal of $1 billion.",
     [("trade_target", "KAZ", "MNG", 1e9, "USD", None)]),
    ("Mutual trade between Kazakhstan and Georgia is modest. The task set by the leaders is to bring it "
     "to $500 million.",
     [("trade_target", "KAZ", "GEO", 5e8, "USD", None)]),
    # "raising trade to X": a goal, not the level reached
    ("Kazakhstan and Armenia talk of raising bilateral trade to $300 million.",
     [("trade_target", "KAZ", "ARM", 3e8, "USD", None)]),
])
def test_goal_without_trade_noun(body, expected):
    assert rows(body, D) == norm(expected)


@pytest.mark.parametrize("body, expected", [
    # the pronoun stands for the trade noun of the sentence before
    ("Trade between Kazakhstan and Latvia remains small. In 2022 it amounted to $61.5 million.",
     [("trade_turnover", "KAZ", "LVA", 61.5e6, "USD", 2022)]),
    # ... also when a breakdown follows it
    ("Trade between Kazakhstan and Latvia remains small. In 2022 it amounted to $61.5 million, of which "
     "Kazakh exports accounted for $40.1 million.",
     [("trade_turnover", "KAZ", "LVA", 61.5e6, "USD", 2022), ("export", "KAZ", "LVA", 40.1e6, "USD", 2022)]),
    # "the indicator" restates the figure before it
    ("Trade between Kazakhstan and Latvia reached $70 million in 2023. In January-March 2024 the indicator "
     "made up $15.2 million.",
     [("trade_turnover", "KAZ", "LVA", 70e6, "USD", 2023), ("trade_turnover", "KAZ", "LVA", 15.2e6, "USD", 2024)]),
    # the next clause's period does not date the figure before ", while"
    ("Trade between Kazakhstan and Latvia is modest. In 2022 it amounted to $61.5 million, while in "
     "January-February 2024 trade reached $9.9 million.",
     [("trade_turnover", "KAZ", "LVA", 61.5e6, "USD", 2022), ("trade_turnover", "KAZ", "LVA", 9.9e6, "USD", 2024)]),
])
def test_pronoun_subjects(body, expected):
    assert rows(body, D) == norm(expected)


@pytest.mark.parametrize("body", [
    # a debt to a bank whose name has "Export" in it
    "Kyrgyzstan's debt to the Export-Import Bank of China amounts to $1.7 billion, Kyrgyz trade data show.",
    # a fund's capital under an agreement
    "The Kazakh-Estonian fund, with an authorized capital of $25 million, was set up under an agreement "
    "between Kazakhstan and Estonia.",
    # contractors' completed work is no investment portfolio
    "Estonian contractors have completed projects worth more than $2 billion in Kazakhstan.",
])
def test_money_that_is_no_trade(body):
    assert rows(body, D) == []


@pytest.mark.parametrize("body, expected", [
    ("Kazakhstan and Slovakia are implementing 12 projects worth $1.3 billion.",
     [("investment", "KAZ", "SVK", 1.3e9, "USD", 2024)]),
    ("The portfolio of joint projects of Kazakhstan with Slovak partners amounts to $900 million.",
     [("investment", "KAZ", "SVK", 9e8, "USD", 2024)]),
])
def test_project_portfolio_is_investment(body, expected):
    assert rows(body, D) == norm(expected)


def test_reserve_fund_is_no_reserve():
    body = ("Kazakhstan sent humanitarian aid to Afghanistan. For these purposes, the Government allocated "
            "1.5 billion tenge from the reserve fund.")
    assert ("aid", "KAZ", "AFG", 1.5e9, "KZT", 2024) in rows(body, D)


def test_lead_names_the_donor():
    body = ("Humanitarian aid from Uzbekistan has arrived in a flood-hit district of Kazakhstan's Turkestan region.\n\n"
            "A convoy of 16 trucks delivered 240 tons of cargo, including flour and rice.")
    assert rows(body, date(2020, 5, 6)) == norm([("aid", "UZB", "KAZ", 16.0, "count", 2020),
                                               ("aid", "UZB", "KAZ", 240.0, "t", 2020)])


@pytest.mark.parametrize("title, body, expected", [
    # the interviewee's country is "our"; the other side is the article's other country
    ("Latvian Ambassador: 'Kazakhstan is our key partner'",
     "Latvia's Ambassador to Kazakhstan spoke about trade with Kazakhstan.\n\n"
     "- Last year our trade reached $90 million, and in the first half of this year it grew to $52 million.",
     [("trade_turnover", "KAZ", "LVA", 90e6, "USD", 2023), ("trade_turnover", "KAZ", "LVA", 52e6, "USD", 2024)]),
    ("Estonian envoy on ties with Kazakhstan",
     "Estonia's ambassador in Astana spoke about Kazakhstan.\n\n"
     "- Last year we exported about 12,000 tons of dairy products to Kazakhstan.",
     [("import", "KAZ", "EST", 12000.0, "t", 2023)]),   # told from Kazakhstan's side
])
def test_interview_first_person(title, body, expected):
    assert rows(body, D, title) == norm(expected)


def test_subjectless_clause_keeps_the_pair():
    body = ("Kazakhstan's trade with Latvia reached $90 million in 2023, and in January-June 2024 it grew "
            "by 10 percent, to $52 million. China and Russia remain the largest partners.")
    assert rows(body, D) == norm([("trade_turnover", "KAZ", "LVA", 90e6, "USD", 2023),
                                  ("trade_turnover", "KAZ", "LVA", 52e6, "USD", 2024)])
