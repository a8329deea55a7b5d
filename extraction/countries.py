"""Country mentions: one compiled trie-shaped regex over every name form in country_table."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .country_table import AGGREGATE_NAMES, COUNTRY_TABLE
from .text import trie_regex

KAZ = "KAZ"
WORLD = "WLD"
AGGREGATE = "AGG"  # a region or grouping (CIS, Central Asia, EU ...)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    iso3: str        # ISO3, or AGGREGATE
    form: str        # 'name' | 'adjective' | 'capital' | 'aggregate'


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
        iso3, names, adjectives, capitals = (line.split("|") + ["", "", ""])[:4]
        for field, form in ((names, "name"), (adjectives, "adjective"), (capitals, "capital")):
            for text in field.split(";"):
                add(text, iso3, form)
    for line in AGGREGATE_NAMES.strip().splitlines():
        for text in line.split(";"):
            forms[text.strip()] = (AGGREGATE, "aggregate")  # "Persian Gulf" is a region
    return forms


FORMS = _load_forms()
# no lookbehind in front: a pattern that opens with literal characters lets the scanner skip
# to capital letters fast; a match glued to a preceding letter is dropped in find_mentions
COUNTRY_RE = re.compile(trie_regex(FORMS) + r"(?![\w])")
# "US$", "US dollars", "U.S. dollar" are currencies, not mentions of the country
_CURRENCY_AFTER = re.compile(r"\s?(?:\$|dollars?\b)", re.I)
_US_FORMS = {"US", "U.S.", "USA", "America", "American"}


def find_mentions(text: str) -> list[Mention]:
    mentions = []
    for m in COUNTRY_RE.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue
        iso3, form = FORMS[m.group()]
        if m.group() in _US_FORMS and _CURRENCY_AFTER.match(text, m.end()):
            continue
        mentions.append(Mention(m.start(), m.end(), iso3, form))
    return mentions


def lookup(name: str) -> str | None:
    """ISO3 for a country name, adjective or capital (exact form), else None."""
    hit = FORMS.get(name)
    return hit[0] if hit else None
