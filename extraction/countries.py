"""Country mentions: one compiled trie-shaped regex over every name form in country_table."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .country_table import AGGREGATE_NAMES, COUNTRY_TABLE, NATIONAL_COMPANIES
from .text import trie_regex

KAZ = "KAZ"
WORLD = "WLD"
AGGREGATE = "AGG"  # a region or grouping (CIS, Central Asia, EU ...)


@dataclass(slots=True)   # not frozen: frozen dataclasses are slow to build
class Mention:
    start: int
    end: int
    iso3: str        # ISO3, or AGGREGATE
    form: str        # 'name' | 'adjective' | 'capital' | 'city' | 'aggregate'


def _load_forms() -> dict[str, tuple[str, str]]:
    forms: dict[str, tuple[str, str]] = {}

    def add(text: str, iso3: str, form: str) -> None:
        text = text.strip()
        if not text:
            return
        variants = {text}
        if len(text) >= 5:
            variants.add(text.upper())  # datelines: "NUR-SULTAN, October 17"
        if "'" in text:
            variants.add(text.replace("'", "’"))
        for v in variants:
            forms.setdefault(v, (iso3, form))  # first listed wins (Congolese -> COD)

    for line in COUNTRY_TABLE.strip().splitlines():
        iso3, names, adjectives, capitals, cities = (line.split("|") + ["", "", "", ""])[:5]
        for field, form in ((names, "name"), (adjectives, "adjective"), (capitals, "capital"), (cities, "city")):
            for text in field.split(";"):
                add(text, iso3, form)
    for line in NATIONAL_COMPANIES.strip().splitlines():
        iso3, names = line.split("|")
        for text in names.split(";"):
            add(text, iso3, "name")
    for line in AGGREGATE_NAMES.strip().splitlines():
        for text in line.split(";"):
            forms[text.strip()] = (AGGREGATE, "aggregate")  # "Persian Gulf" is a region
    return forms


FORMS = _load_forms()
# no lookbehind in front: a pattern that opens with literal characters lets the scanner skip
# to capital letters fast; a match glued to a preceding letter is dropped in find_mentions.
# The forms that open with a lower-case "the " ("the Netherlands") are found from their capital
# letter, so that the scanner stops at capitals only; every one of them is "the " + another form.
_THE = "the "
_SCANNED_FORMS = [text for text in FORMS if not text.startswith(_THE)]
assert all(text[len(_THE):] in FORMS for text in FORMS if text.startswith(_THE))
COUNTRY_RE = re.compile(trie_regex(_SCANNED_FORMS) + r"(?![\w])")
# "US$", "US dollars", "U.S. dollar" are currencies, not mentions of the country
_CURRENCY_AFTER = re.compile(r"\s?(?:\$|dollars?\b)", re.I)
_US_FORMS = {"US", "U.S.", "USA", "America", "American"}
# part of a news outlet's name, no party: "Pajhwok Afghan News", "The Astana Times", "Kazakh TV"
_OUTLET_AFTER = re.compile(r"\s(?:News|Times|Post|Telegraph|TV|Television|Radio|Herald|Tribune)\b")


def find_mentions(text: str) -> list[Mention]:
    mentions = []
    for m in COUNTRY_RE.finditer(text):
        start, end = m.span()
        name = m.group()
        if start >= len(_THE) and text.startswith(_THE, start - len(_THE)) and _THE + name in FORMS:
            start, name = start - len(_THE), _THE + name   # "the Netherlands" is the form named
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        iso3, form = FORMS[name]
        if name in _US_FORMS and _CURRENCY_AFTER.match(text, end) or _OUTLET_AFTER.match(text, end):
            continue
        mentions.append(Mention(start, end, iso3, form))
    return mentions


def lookup(name: str) -> str | None:
    """ISO3 for a country name, adjective or capital (exact form), else None."""
    hit = FORMS.get(name)
    return hit[0] if hit else None
