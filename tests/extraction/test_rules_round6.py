"""Rules of round 2026.11.22: verbless lists and flattened tables, compound amounts, a year range that
is really a number ("in 2021 to 64,000"), dashes that label an amount."""
from datetime import date

import pytest

from extraction.numbers import find_quantities
from extraction.periods import find_periods, scan_periods
from extraction.text import lower_ascii
from tests.extraction.helpers import norm, rows


@pytest.mark.parametrize("text, value, unit", [
    ("turnover hit USD 3 bln 412.7 mln last year", 3_412_700_000, "USD"),
    ("worth 2 billion 85 million dollars", 2_085_000_000, "USD"),
    ("deals for 4 billion 250 million manats", 4_250_000_000, "MANAT"),
    ("some 2 million 300 thousand tons of freight", 2_300_000, "t"),
    ("$5 billion 600 million", 5_600_000_000, "USD"),
])
def test_compound_amount_is_one_number(text, value, unit):
    found = [q for q in find_quantities(text) if q.unit]
    assert [(q.value, q.unit) for q in found] == [(value, unit)]


@pytest.mark.parametrize("text, values", [
    ("$2 billion, 300 million dollars", [2e9, 3e8]),   # two amounts, a comma between
    ("the 2 billion 2023 budget", []),                  # a year is no smaller part
])
def test_not_a_compound(text, values):
    assert [q.value for q in find_quantities(text) if q.unit] == values


@pytest.mark.parametrize("text, years", [
    ("rose from 41,000 tons in 2021 to 64,000 in 2022", [2021, 2022]),   # not 2021-2064
    ("over 2019-21 the volume doubled", [2021]),
    ("in the years 2016/17 trade fell", [2017]),
])
def test_year_ranges(text, years):
    low = lower_ascii(text)
    found = find_periods(text, 0, len(text), date(2024, 1, 1), scan_periods(low, text), low)
    assert [p.year for p in found if p.year] == years


@pytest.mark.parametrize("body, published, title, expected", [
    # bullets with a country, a dash and an amount: kind from the line that opens the list
    ("Tajikistan's foreign trade in 2023 reached $7.2 billion.\n\n"
     "Trade with the main partners was as follows:\n"
     "• Russia – $1.9 billion;\n• China – $1.1 billion;\n• Kazakhstan – $1.0 billion.",
     date(2024, 2, 1), "Tajikistan's foreign trade grows",
     [("trade_turnover", "TJK", "WLD", 7.2e9, "USD", 2023), ("trade_turnover", "TJK", "RUS", 1.9e9, "USD", 2023),
      ("trade_turnover", "TJK", "CHN", 1.1e9, "USD", 2023), ("trade_turnover", "KAZ", "TJK", 1.0e9, "USD", 2023)]),
    # a numbered list with comments between the items keeps going
    ("In 2022 Uzbekistan's foreign trade came to $50 billion. The countries it traded with most:\n\n"
     "1. China – 8.9 bln dollars\nMachinery and textiles.\n\n2. Russia – 8.7 bln dollars\nFuel and food.",
     date(2023, 2, 1), None,
     [("trade_turnover", "UZB", "WLD", 50e9, "USD", 2022), ("trade_turnover", "UZB", "CHN", 8.9e9, "USD", 2022),
      ("trade_turnover", "UZB", "RUS", 8.7e9, "USD", 2022)]),
    # a flattened table: the head gives the unit, the rows give bare numbers
    ("Kyrgyzstan's foreign trade turnover in 2024 amounted to $12.1 billion.\n\n"
     "Largest trading partners (2024, $ million):\n\nChina – 5 210.3 (+12.0%)\nRussia – 3 104.8 (+3.1%)",
     date(2025, 2, 10), "Kyrgyzstan's trading partners in 2024",
     [("trade_turnover", "KGZ", "WLD", 12.1e9, "USD", 2024), ("trade_turnover", "KGZ", "CHN", 5_210_300_000, "USD", 2024),
      ("trade_turnover", "KGZ", "RUS", 3_104_800_000, "USD", 2024)]),
    # an elliptical series: each dash labels its own amount
    ("Turkmenistan's trade with Uzbekistan reached $1.1 billion in 2023, with Tajikistan – $210 million "
     "and with Kyrgyzstan – $95 million.", date(2024, 3, 1), None,
     [("trade_turnover", "TKM", "UZB", 1.1e9, "USD", 2023), ("trade_turnover", "TKM", "TJK", 210e6, "USD", 2023),
      ("trade_turnover", "TKM", "KGZ", 95e6, "USD", 2023)]),
    # a compound amount in a sentence, read whole
    ("In 2023 trade between Kazakhstan and Kyrgyzstan reached 2 billion 214 million dollars.", date(2024, 2, 1),
     None, [("trade_turnover", "KAZ", "KGZ", 2_214_000_000, "USD", 2023)]),
    # "a year earlier" with no date of its own: the year before the story's period, not before publication
    ("Trade between Kazakhstan and Azerbaijan reached $640 million in 2023.\n\n"
     "A year earlier the figure stood at $530 million.", date(2024, 9, 1), None,
     [("trade_turnover", "AZE", "KAZ", 640e6, "USD", 2023), ("trade_turnover", "AZE", "KAZ", 530e6, "USD", 2022)]),
    # the elliptical second flow of a pair, labelled by a dash
    ("In 2024 Tajik exports to Kyrgyzstan made $6.2 million, imports – $3.9 million.", date(2025, 3, 1), None,
     [("export", "TJK", "KGZ", 6.2e6, "USD", 2024), ("import", "TJK", "KGZ", 3.9e6, "USD", 2024)]),
])
def test_round6_rules(body, published, title, expected):
    assert rows(body, published, title) == norm(expected)
