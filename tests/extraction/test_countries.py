"""Country mentions: names, adjectives, demonyms, capitals and old names."""
import pytest

from extraction.countries import AGGREGATE, find_mentions, lookup
from extraction.country_table import COUNTRY_TABLE


def isos(text):
    return [m.iso3 for m in find_mentions(text)]


@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan and Afghanistan", ["KAZ", "AFG"]),
    ("the Kazakh-Afghan business forum in Kabul", ["KAZ", "AFG", "AFG"]),
    ("Kazakhstani companies in Tashkent", ["KAZ", "UZB"]),
    ("NUR-SULTAN, October 17", ["KAZ"]),
    ("Astana and Dushanbe", ["KAZ", "TJK"]),
    ("Nur-Sultan and Bishkek", ["KAZ", "KGZ"]),
    ("Turkmen gas to Ashgabat", ["TKM", "TKM"]),
    ("Türkiye, Turkey and Turkish firms", ["TUR", "TUR", "TUR"]),
    ("the Kyrgyz Republic", ["KGZ"]),
    ("Beijing and Moscow", ["CHN", "RUS"]),
    ("Uzbek-Chinese trade", ["UZB", "CHN"]),
    ("Azerbaijani exports to Baku", ["AZE", "AZE"]),
    ("Niger and Nigeria", ["NER", "NGA"]),
    ("Guinea-Bissau and Papua New Guinea", ["GNB", "PNG"]),
    ("South Korea and North Korea", ["KOR", "PRK"]),
    ("trade with the EU and Central Asian states", [AGGREGATE, AGGREGATE]),
    ("Latin America", [AGGREGATE]),
])
def test_mentions(text, expected):
    assert isos(text) == expected


@pytest.mark.parametrize("text", [
    "paid in US$ and US dollars",   # a currency, not the country
    "a turkey and fine china",       # lower case: not Turkey, not China
])
def test_not_mentions(text):
    assert isos(text) == []


def test_lookup_and_table_covers_un_members():
    assert lookup("Kazakh") == "KAZ" and lookup("Nur-Sultan") == "KAZ" and lookup("Dushanbe") == "TJK"
    rows = COUNTRY_TABLE.strip().splitlines()
    assert len({row.split("|")[0] for row in rows}) >= 193
