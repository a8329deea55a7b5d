"""Qualifiers from the words before a number; stated growth folded into the figure."""
import pytest

from extraction.classify import find_changes, qualifier
from extraction.text import lower_ascii


@pytest.mark.parametrize("left, expected", [
    ("worth over $ ", "at_least"), ("more than ", "at_least"), ("exceeded ", "at_least"),
    ("at least ", "at_least"), ("in excess of ", "at_least"),
    ("nearly ", "approx"), ("almost ", "approx"), ("about ", "approx"), ("around ", "approx"),
    ("roughly ", "approx"), ("some ", "approx"), ("approximately ", "approx"),
    ("up to ", "at_most"), ("less than ", "at_most"), ("no more than ", "at_most"),
    ("reached ", "exact"), ("amounted to ", "exact"), ("the ", "exact"),
    ("moreover, ", "exact"),          # the word must be right before the number
    ("the gap is about 8 percent, and trade reached ", "exact"),
    ("imports from china edged up 0.7% to $", "exact"),   # "up" and "to" with a number between: no "up to"
    ("came to just over $", "at_least"), ("stood at just under ", "at_most"),
    ("exports to kazakhstan did not exceed $", "at_most"), ("will not exceed ", "at_most"), ("has not exceeded ", "at_most"),
])
def test_qualifier(left, expected):
    assert qualifier(left) == expected


@pytest.mark.parametrize("text, pct", [
    ("an increase of 18.5 percent", 18.5),
    ("up 9.7 % on 2021", 9.7),
    ("grew 3.7 percent to $1.8bn", 3.7),
    ("rose by 25%", 25),
    ("a 12% increase", 12),
    ("down 4%", -4),
    ("decreased by 4 percent", -4),
    ("a decline of 2.7 percent", -2.7),
    ("doubled to $210 million", 100),
    ("surged fivefold in 2023", 400),
    ("rose five-fold", 400),
    ("increased five times to 320,000 tonnes", 400),
    ("tripled", 200),
    ("fell 13pc to $760 million", -13),
    ("an 11-percent increase", 11),
    ("rose around 20 percent to $1.7 billion", 20),
    ("grew a further 4% in January-September", 4),
    ("growth was 37.4%", 37.4),
    ("Russia — 11,137.1 (+12.7%)", 12.7),
    ("Türkiye — 3,445.2 (−0.5%)", -0.5),
    ("having grown by 1.6 times", 60),
    ("an increase of 1.5 times", 50),
])
def test_change(text, pct):
    low = lower_ascii(text)
    (change,) = find_changes(low, 0, len(low))
    assert change.pct == pytest.approx(pct)


@pytest.mark.parametrize("text", ["70 percent of Afghan imports", "a share of about 13 percent"])
def test_share_is_not_a_change(text):
    low = lower_ascii(text)
    assert find_changes(low, 0, len(low)) == []
