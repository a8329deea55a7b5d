"""Time expressions resolved against the publication date."""
from datetime import date

import pytest

from extraction.periods import find_periods

PUBLISHED = date(2023, 11, 8)


def periods(text, published=PUBLISHED):
    return [(p.label, p.first, p.last) for p in find_periods(text, 0, len(text), published)]


@pytest.mark.parametrize("text, expected", [
    ("in 2022", [("year", date(2022, 1, 1), date(2022, 12, 31))]),
    ("last year", [("year", date(2022, 1, 1), date(2022, 12, 31))]),
    ("this year", [("year", date(2023, 1, 1), date(2023, 12, 31))]),
    ("January-June 2022", [("partial", date(2022, 1, 1), date(2022, 6, 30))]),
    ("in Jan-Apr this year", [("partial", date(2023, 1, 1), date(2023, 4, 30))]),
    ("in January–September", [("partial", date(2023, 1, 1), date(2023, 9, 30))]),
    ("between January and June", [("partial", date(2023, 1, 1), date(2023, 6, 30))]),
    ("in H1 2024", [("partial", date(2024, 1, 1), date(2024, 6, 30))]),
    ("in the first half of 2023", [("partial", date(2023, 1, 1), date(2023, 6, 30))]),
    ("the first nine months of 2022", [("partial", date(2022, 1, 1), date(2022, 9, 30))]),
    ("in Q3 2023", [("partial", date(2023, 7, 1), date(2023, 9, 30))]),
    ("in the third quarter", [("partial", date(2023, 7, 1), date(2023, 9, 30))]),
    ("over the ten months", [("partial", date(2023, 1, 1), date(2023, 10, 31))]),
    ("since the start of this year", [("partial", date(2023, 1, 1), PUBLISHED)]),
    ("by 2030", [("target", date(2030, 1, 1), date(2030, 12, 31))]),
    ("on March 14", [("day", date(2023, 3, 14), date(2023, 3, 14))]),
    ("on December 14", [("day", date(2022, 12, 14), date(2022, 12, 14))]),   # not yet this year
    ("on Tuesday", [("day", date(2023, 11, 7), date(2023, 11, 7))]),
    ("in December alone", [("month", date(2022, 12, 1), date(2022, 12, 31))]),
    ("a programme for 2023-2025", [("years", date(2023, 1, 1), date(2025, 12, 31))]),
    # spans of days: a statistics period given by its first and last day, the Iranian year's months
    ("from 1 January to 30 June 2022", [("partial", date(2022, 1, 1), date(2022, 6, 30))]),
    ("(March 20 – April 19, 2023)", [("partial", date(2023, 3, 20), date(2023, 4, 19))]),
    ("(March 21, 2022 – March 20, 2023)", [("partial", date(2022, 3, 21), date(2023, 3, 20))]),
    ("in 1401 (March 21, 2022 to March 20)", [("partial", date(2022, 3, 21), date(2023, 3, 20))]),
    ("on 5 May and 7 June 2023", [("day", date(2023, 5, 5), date(2023, 5, 5)), ("day", date(2023, 6, 7), date(2023, 6, 7))]),
])
def test_period(text, expected):
    assert periods(text) == expected


def test_same_period_takes_the_main_period_a_year_back():
    text = "in Q3 2023, up 6.4% from the same period of 2022"
    assert periods(text)[1] == ("same_period", date(2022, 7, 1), date(2022, 9, 30))
    text = "rose to 2.46 billion euros in January-July, up from 1.77 billion euros in the same period a year ago"
    assert periods(text)[1] == ("same_period", date(2022, 1, 1), date(2022, 7, 31))


def test_previous_year_is_relative_to_the_sentence():
    text = "Turnover reached $6.3 billion in 2022, compared with $4.5 billion the previous year"
    assert periods(text)[1] == ("same_period", date(2021, 1, 1), date(2021, 12, 31))


def test_comparison_months_do_not_lend_their_year():
    text = "in January-September, up 14 % on the same months of last year"
    assert periods(text)[0] == ("partial", date(2023, 1, 1), date(2023, 9, 30))


@pytest.mark.parametrize("text", ["trade may grow", "Separately, officials said", "the first half of the month",
                                  "Decision makers"])
def test_not_periods(text):
    assert periods(text) == []


@pytest.mark.parametrize("text, published, expected", [
    ("signed last autumn", date(2024, 4, 10), ("season", date(2023, 9, 1), date(2023, 11, 30))),
    ("signed last autumn", date(2024, 12, 1), ("season", date(2024, 9, 1), date(2024, 11, 30))),
    ("this summer", date(2024, 4, 10), ("season", date(2024, 6, 1), date(2024, 8, 31))),
    ("last winter", date(2024, 4, 10), ("season", date(2023, 12, 1), date(2024, 2, 29))),
    ("last winter", date(2024, 2, 8), ("season", date(2022, 12, 1), date(2023, 2, 28))),
    ("this winter", date(2024, 12, 1), ("season", date(2024, 12, 1), date(2025, 2, 28))),
])
def test_seasons_are_the_latest_of_their_name(text, published, expected):
    assert periods(text, published) == [expected]
