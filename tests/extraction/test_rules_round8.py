"""Rules of round 8: numeric datelines are no period, a bare "the same period" after a "from <country>"
is the story's period, a deadline month lies ahead, an undated deal takes the month of the visit told just
before it, and amounts that are potential, freight statistics, a country's own spending or sums for a
group of countries are not bilateral figures."""
from datetime import date

import pytest

from extraction.periods import find_periods, scan_periods
from extraction.text import lower_ascii
from tests.extraction.helpers import norm, rows


def _years(text, published):
    low = lower_ascii(text)
    return [(p.label, p.year) for p in find_periods(text, 0, len(text), published, scan_periods(low, text), low)]


@pytest.mark.parametrize("text, published, expected", [
    # the year of a dd.mm.yyyy dateline is not a period of the story
    ("ALMATY, 05.04.2022 - In 2021 trade grew.", date(2022, 4, 5), [("year", 2021)]),
    ("BISHKEK, 17/09/2020 - In 2019 exports fell.", date(2020, 9, 17), [("year", 2019)]),
    # a month after "before the end of" / "by" is a deadline: the next such month, not the last one
    ("More flour will arrive before the end of March.", date(2023, 1, 10), [("month", 2023)]),
    ("Two more trains will leave by June.", date(2021, 2, 2), [("month", 2021)]),
    # without a deadline word a bare month is still the latest one past
    ("Shipments resumed in October.", date(2021, 2, 2), [("month", 2020)]),
])
def test_dateline_and_deadline_months(text, published, expected):
    assert _years(text, published) == expected


@pytest.mark.parametrize("body, published, expected", [
    # "Imports from <country> ... in the same period": "from" names the partner, it compares nothing
    ("In January-May 2023 Kazakhstan's exports to Mongolia reached $90 million. Imports from Mongolia "
     "stood at $12 million in the same period.", date(2023, 7, 1),
     [("export", "KAZ", "MNG", 9e7, "USD", 2023), ("import", "KAZ", "MNG", 1.2e7, "USD", 2023)]),
    # a deal without a date of its own, told right after an earlier year's visit
    ("The President of Kyrgyzstan visited Astana in October 2022. Businessmen of Kazakhstan and Kyrgyzstan "
     "signed contracts worth $300 million at the forum.", date(2023, 2, 1),
     [("deal_value", "KAZ", "KGZ", 3e8, "USD", 2022)]),
    # the visit this year: the deal keeps the publication's year
    ("The President of Kyrgyzstan visited Astana in January. Businessmen of Kazakhstan and Kyrgyzstan "
     "signed contracts worth $300 million at the forum.", date(2023, 2, 1),
     [("deal_value", "KAZ", "KGZ", 3e8, "USD", 2023)]),
])
def test_periods_in_context(body, published, expected):
    assert rows(body, published) == norm(expected)


@pytest.mark.parametrize("body, expected", [
    # goods lined up for possible supply are a potential, not a figure
    ("Kazakhstan and Georgia drew up a list of 30 goods worth $150 million, the supply of which could "
     "raise Kazakh exports to Georgia.", []),
    # rail freight statistics are neither aid nor trade
    ("In 2023 more than 900,000 tons of cargo were carried by rail from Uzbekistan to Afghanistan.", []),
    # sums for a group of countries have no single partner
    ("China's trade with the five Central Asian states amounted to $89 billion in 2023.", []),
    ("China offered $2 billion in investment and grants to the five countries in 2023.", []),
])
def test_not_bilateral_figures(body, expected):
    assert rows(body, date(2024, 3, 1)) == norm(expected)


def test_recipient_own_spending_is_not_aid():
    body = ("Uzbekistan sent 30 trucks of humanitarian aid to flood-hit Kazakhstan on Monday. "
            "The Government of Kazakhstan earlier allocated 5 billion tenge for the repair of houses in the "
            "affected villages.")
    got = rows(body, date(2024, 4, 20))
    assert got == norm([("aid", "UZB", "KAZ", 30, "count", 2024)])


@pytest.mark.parametrize("body, expected", [
    # "the republic" is the country last named; the flow belongs to the sentence's first country
    ("Turkish exports to Uzbekistan stood at $2.1 billion and imports from the republic at $0.9 billion in 2023.",
     [("export", "TUR", "UZB", 2.1e9, "USD", 2023), ("import", "TUR", "UZB", 9e8, "USD", 2023)]),
    # "the Central Asian country" is one country of the region, not the region
    ("Iran's exports to Turkmenistan reached $500 million in 2023, while imports from the Central Asian "
     "country amounted to $300 million.",
     [("export", "IRN", "TKM", 5e8, "USD", 2023), ("import", "IRN", "TKM", 3e8, "USD", 2023)]),
])
def test_reference_to_the_country_last_named(body, expected):
    assert rows(body, date(2024, 3, 1)) == norm(expected)
