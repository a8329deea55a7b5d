"""Quantities: one compiled regex finds every number+unit (money, tonnage, counts) in a text.

A `Quantity` is a number with its unit as written, normalised (scale words applied,
currency to ISO 4217, tonnage to tonnes). Bare numbers ("to 143,000 in 2024") are kept
too, unitless, so that a unit stated just before can be carried over to them.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .countries import FORMS
from .text import lower_ascii, trie_regex

# ---------------------------------------------------------------- vocabularies
SMALL_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12,
}
FRACTION_WORDS = {"half a": 0.5, "a half": 0.5, "a quarter of a": 0.25, "a quarter": 0.25,
                  "a": 1, "an": 1, "one and a half": 1.5}

SCALES = {
    "hundred": 1e2, "thousand": 1e3, "thousands": 1e3, "thou": 1e3, "thous": 1e3, "ths": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "mio": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "mlrd": 1e9,
    "trillion": 1e12, "trln": 1e12, "tn": 1e12, "trl": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,   # South Asian press: "Rs26 crore"
}

# currency words/codes/symbols -> ISO 4217; 'manat' is decided by country context later
CURRENCIES = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "us dollar": "USD", "us dollars": "USD", "u.s. dollar": "USD", "u.s. dollars": "USD",
    "american dollars": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "pounds sterling": "GBP",
    "₸": "KZT", "kzt": "KZT", "tenge": "KZT", "tenges": "KZT",
    "₽": "RUB", "rub": "RUB", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
    "russian rubles": "RUB", "russian roubles": "RUB",
    "belarusian rubles": "BYN", "belarusian roubles": "BYN", "byn": "BYN",
    "¥": "CNY", "cny": "CNY", "rmb": "CNY", "yuan": "CNY", "renminbi": "CNY",
    "tjs": "TJS", "somoni": "TJS", "somonis": "TJS",
    "tmt": "TMT", "manat": "MANAT", "manats": "MANAT", "azn": "AZN",
    "uzs": "UZS", "soum": "UZS", "soums": "UZS", "sum": "UZS", "sums": "UZS", "so'm": "UZS", "so‘m": "UZS",
    "soʻm": "UZS", "so’m": "UZS",
    "kgs": "KGS", "som": "KGS", "soms": "KGS",
    "afn": "AFN", "afghani": "AFN", "afghanis": "AFN",
    "try": "TRY", "lira": "TRY", "liras": "TRY", "turkish lira": "TRY", "turkish liras": "TRY",
    "inr": "INR", "rupees": "RUPEE", "jpy": "JPY", "yen": "JPY", "krw": "KRW",
    "uah": "UAH", "hryvnia": "UAH", "hryvnias": "UAH", "gel": "GEL", "lari": "GEL",
    "amd": "AMD", "drams": "AMD", "irr": "IRR", "rials": "IRR", "pkr": "PKR",
    "aed": "AED", "dirhams": "AED", "chf": "CHF", "mnt": "MNT", "tugriks": "MNT",
    "sar": "SAR", "riyals": "SAR", "qar": "QAR",
}
# the Gulf, Pakistani, Afghan and Turkish press's abbreviations before an amount ("Dh36.7 billion", "SR46 billion",
# "Rs5 billion", "Afs 46bn", "TL 400 million"); written with a capital, which _codes_in_capitals checks.
# The rupee is Pakistan's or India's, as the figure's pair says (extract.py)
PREFIX_ABBREVIATIONS = {"dh": "AED", "sr": "SAR", "rs": "RUPEE", "rs.": "RUPEE", "afs": "AFN", "tl": "TRY"}
TONNE_FACTORS = {"t": 1.0, "ton": 1.0, "tons": 1.0, "tonne": 1.0, "tonnes": 1.0, "mt": 1.0, "mmt": 1e6,
                 "metric ton": 1.0, "metric tons": 1.0, "metric tonne": 1.0, "metric tonnes": 1.0,
                 "kg": 0.001, "kilogram": 0.001, "kilograms": 0.001, "kilogrammes": 0.001}
COUNT_NOUNS = {  # plural/singular -> canonical noun for Figure.count_noun
    "trucks": "truck", "truck": "truck", "lorries": "truck", "lorry": "truck",
    "wagons": "wagon", "wagon": "wagon", "railcars": "wagon", "railcar": "wagon",
    "rail cars": "wagon", "railway cars": "wagon", "freight cars": "wagon",
    "carriages": "wagon", "carriage": "wagon",
    "containers": "container", "container": "container",
    "vehicles": "vehicle", "trailers": "truck", "trains": "train", "train": "train",
    "head of cattle": "head of cattle", "heads of cattle": "head of cattle",
    "head of livestock": "head of livestock", "heads of livestock": "head of livestock",
    "head of sheep": "head of livestock", "heads of sheep": "head of livestock",
    "head of small cattle": "head of livestock", "head of small livestock": "head of livestock",
    "head": "head of livestock",   # "cattle – 41,700 head"
    # aid flown in: "two Il-76 planes", "three aircraft carrying tents" (extract.py keeps them for aid alone)
    "planes": "plane", "plane": "plane", "airplanes": "plane", "airplane": "plane", "aircraft": "plane",
}


def _alt(words) -> str:
    """Regex alternation of words shaped as a trie (few comparisons per try); spaces match any whitespace."""
    return trie_regex(words).replace(r"\ ", r"\s+")


# ---------------------------------------------------------------- the grammar
# {1,3}+ is possessive: giving a digit back could only put a digit where the separator must be, and
# a bare number no longer pays for three failing tries in each of the grouped forms
DIGITS = (r"\d{1,3}+(?:,\d{3})+(?:\.\d+)?"              # 1,146  2,000,000.5
          r"|\d{1,3}+(?:[ \u00a0\u202f]\d{3})+(?![\d,.])(?:[.,]\d+)?"  # 143 000 (Russian style)
          r"|\d+(?:[.,]\d+)?")                           # 1.4  1,5 (decimal comma)
_WORD_NUMBER = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
                r"|one\s+and\s+a\s+half|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
                r"|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozen)")
# "a/half a/a quarter of a" are numbers only before a scale word
_WORD_FRACTION = r"(?:half\s+a|a\s+half|a\s+quarter\s+of\s+a|a\s+quarter|an?)(?=\s+(?:hundred|thousand|million|billion|trillion)\b)"
# a number spelled in several words: "one hundred and twelve" (a scale word may follow), "two hundred" before
# one, or a number with a scale word inside it, its parts in falling scales ("one million two hundred thousand",
# not "two million and three million"). A single word with its scale ("five million") stays a number and a
# scale word, as before.
_BIG_SCALES = ("billion", "million", "thousand")   # falling
_BIG_SCALE = "(?:" + "|".join(_BIG_SCALES) + ")"
_WORD = rf"{_WORD_NUMBER}(?![a-z])"   # a whole word: "two billion tenge" holds no "ten"
_HUNDREDS = rf"(?:{_WORD}\s+hundred(?:\s+(?:and\s+)?{_WORD})?|{_WORD})"   # below a thousand
_THEN = r",?\s+(?:and\s+)?"   # "two million, three hundred thousand"
_PART = {scale: rf"{_HUNDREDS}\s+{scale}(?![a-z])" for scale in _BIG_SCALES}
_LAST = rf"{_HUNDREDS}(?!\s+{_BIG_SCALE})"   # the units after the last scale word
_SPELLED_COMPOUND = (
    rf"(?=[a-z])(?:{_PART['billion']}{_THEN}(?:{_PART['million']}(?:{_THEN}{_PART['thousand']})?(?:{_THEN}{_LAST})?"
    rf"|{_PART['thousand']}(?:{_THEN}{_LAST})?|{_LAST})"
    rf"|{_PART['million']}{_THEN}(?:{_PART['thousand']}(?:{_THEN}{_LAST})?|{_LAST})"
    rf"|{_PART['thousand']}{_THEN}{_LAST}"
    rf"|{_WORD}\s+hundred\s+(?:and\s+)?{_WORD}|{_WORD}\s+hundred(?=\s+{_BIG_SCALE}(?![a-z])))")
NUMBER = rf"(?>{DIGITS}|{_SPELLED_COMPOUND}|{_WORD_NUMBER}|{_WORD_FRACTION})"   # atomic: "19,100" never backs off to "19"

_SCALE_WORD = "(?:" + trie_regex(["thousand", "thousands", "million", "millions", "billion", "billions", "trillion",
                                    "hundred", "mln", "bln", "trln", "mlrd", "mio", "mn", "bn", "tn",
                                    "thou.", "thous.", "ths.", "lakh", "lakhs", "crore", "crores"]) + ")"
_SCALE_ATTACHED = r"(?:bn|mn|m|b|k|tn)(?![a-z])"       # $1.8bn, $5m, $40k: only glued to money
_RANGE = r"\s?(?:-|–|—|to)\s?"

# ISO codes: the scan runs over lower-cased text; a code must be in capitals in the original
# ("try 5 times" is not Turkish lira), which _from_match checks
ISO_CODES = frozenset("usd eur gbp kzt rub cny rmb tjs tmt azn uzs kgs afn try byn uah gel amd irr pkr aed chf inr jpy krw mnt"
                      " sar qar"
                      .split())
_CODES = "(?:" + "|".join(sorted(ISO_CODES)) + ")"
_ABBREVIATIONS = "(?:" + "|".join(re.escape(k) for k in sorted(PREFIX_ABBREVIATIONS, key=len, reverse=True)) + ")"
_PREFIX_CURRENCY = rf"(?:us\s?\$|u\.s\.\s?\$|\$|€|£|₸|₽|¥|{_CODES}|{_ABBREVIATIONS})"
_SUFFIX_CURRENCY = _alt([k for k in CURRENCIES if k.islower() and not k.isalpha() or k.islower() and len(k) > 3
                         or k in ("sum", "som", "yen", "lari", "euro", "yuan", "lira")] + sorted(ISO_CODES))
# "1.9 million mt", "4 mmt": the commodity press's metric tons
_TONNES = r"(?:metric\s+)?(?:tonnes|tonne|tons|ton|t|mt|mmt)(?![\w])"
_KILOGRAMS = r"(?:kilogrammes|kilograms|kilogram|kg)(?![\w])"
# "40 Kazakh trucks": a nationality is a modifier too (lower-cased, as the scan's text is)
_MODEL = r"[a-z]{1,2}-\d{2,3}"   # an aircraft's model: "il-76", "c-130" (its number is no count)
_NATIONALITIES = sorted({text.lower() for text, (_, form) in FORMS.items() if form == "adjective"})
_COUNT_MODIFIERS = (r"(?:(?:heavy|heavy-duty|large|cargo|freight|railway|rail|goods|refrigerated|humanitarian"
                    r"|kamaz|more|additional|new|covered|grain|fuel|tank|loaded|20-foot|40-foot|military|transport|charter"
                    rf"|{_MODEL}[a-z]*|"
                    + _alt(_NATIONALITIES) + r")\s+){0,2}")
_COUNT = _alt(COUNT_NOUNS)

QUANTITY_RE = re.compile(
    rf"""
    (?<![\w.,$€£₸₽¥])(?:
      # money with the currency first: $1.4 billion, US$621.4 million, USD 1.5 bln, $24-24.5 billion
      (?P<pcur>{_PREFIX_CURRENCY})\s?(?P<pnum>(?>{DIGITS}))
        (?:(?P<prange>\s?(?:-|–|—)\s?){_PREFIX_CURRENCY}?\s?(?P<pnum2>{DIGITS}))?
        (?:\s?(?P<pscale>{_SCALE_WORD})(?![\w])|(?P<pscale2>{_SCALE_ATTACHED}))?
        (?:\s+(?:us\s+|u\.s\.\s+|american\s+)?dollars?)?
      |
      # number first: 3 billion US dollars, 19,100 tons, 36 trucks, 272 tons and 728 kilograms
      (?P<snum>{NUMBER})
        (?:(?P<srange>{_RANGE})(?P<snum2>{DIGITS}|{_WORD_NUMBER}))?
        (?:\s?(?P<sscale>{_SCALE_WORD}))?
        \s?+(?:(?P<scur>{_SUFFIX_CURRENCY})(?![\w])
             |(?P<ston>{_TONNES})(?:\s+and\s+(?P<kgnum>{DIGITS})\s?{_KILOGRAMS})?
             |(?P<skg>{_KILOGRAMS})
             |(?P<scount>{_COUNT_MODIFIERS}(?:{_COUNT}))(?![\w]))
      |
      # a bare number, maybe scaled: unit carried over from a neighbour ("to 143,000 in 2024")
      (?P<bnum>(?>{DIGITS}))(?![.,]?\d)(?:\s?(?P<bscale>{_SCALE_WORD}))?(?![\w%]|\s?(?:%|percent|per\s+cent|pct))
    )
    """,
    re.VERBOSE,   # runs over lower_ascii(text)
)


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    value: float | None     # None for a bare number that has no value as a figure on its own
    unit: str | None        # ISO 4217 code, 't', 'count', or None (bare number)
    count_noun: str | None = None
    raw_number: float = 0.0  # the number as written, before scale (for carrying a scale over)
    scale: float = 1.0
    is_range: bool = False
    range_low: float | None = None
    range_high: float | None = None
    connector: str = ""    # range connector ('to' ranges read as two figures)


_SPACES = re.compile(r"\s+")
_SPACE_GROUPED = re.compile(r"\d{1,3}( \d{3})+([.,]\d+)?")
_COMMA_GROUPED = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")


def _words(text: str) -> str:
    return _SPACES.sub(" ", text.strip().lower())


def parse_number(text: str) -> float | None:
    """'1,146' -> 1146; '1,5' -> 1.5; '143 000' -> 143000; 'twenty-five' -> 25; 'half a' -> 0.5."""
    t = text.strip()
    if t.isdigit():
        return float(t)
    t = _words(t)
    if t and t[0].isdigit():
        t = t.replace("\u00a0", " ").replace("\u202f", " ")
        if _SPACE_GROUPED.fullmatch(t):
            t = t.replace(" ", "").replace(",", ".")
        elif _COMMA_GROUPED.fullmatch(t):
            t = t.replace(",", "")
        else:
            t = t.replace(",", ".")
        try:
            return float(t)
        except ValueError:
            return None
    if t in FRACTION_WORDS:
        return FRACTION_WORDS[t]
    if t in SMALL_NUMBER_WORDS:
        return float(SMALL_NUMBER_WORDS[t])
    if t == "one and a half":
        return 1.5
    return _spelled(t)


def _spelled(words: str) -> float | None:
    """'twenty-five' -> 25; 'one hundred and twelve' -> 112; 'one million two hundred thousand' -> 1200000."""
    total = group = 0.0
    counted = False
    last = None   # the number word just before, if the word before was one ("twenty-five", not "two two")
    for word in re.split(r"[-\s,]+", words):
        if word in SMALL_NUMBER_WORDS:
            value = SMALL_NUMBER_WORDS[word]
            if last is not None and not (last >= 20 and last % 10 == 0 and value < 10):
                return None
            group, counted, last = group + value, True, value
            continue
        last = None
        if word == "hundred":
            group *= 100
        elif word in _BIG_SCALES:
            total, group = total + group * SCALES[word], 0.0
        elif word != "and":
            return None
    return total + group if counted else None


def _scale(word: str | None) -> float:
    if not word:
        return 1.0
    return SCALES.get(word.lower().rstrip("."), 1.0)


def _currency_code(text: str) -> str:
    t = _words(text)
    t = t.replace("us $", "us$").replace("u.s. $", "u.s.$")
    return CURRENCIES.get(t) or PREFIX_ABBREVIATIONS.get(t) or ("USD" if "$" in t or "dollar" in t else t.upper())


def _is_year(number_text: str) -> bool:
    return len(number_text) == 4 and number_text[:2] in ("19", "20") and number_text.isdigit()


# where each named group's text is in m.groups() (read once per match: cheaper than m.group(name))
_AT = {name: number - 1 for name, number in QUANTITY_RE.groupindex.items()}
_PCUR, _PNUM, _SNUM, _SNUM2, _SCUR, _BNUM, _SCOUNT = (_AT[name] for name in
                                                      ("pcur", "pnum", "snum", "snum2", "scur", "bnum", "scount"))


def _codes_in_capitals(m: re.Match, groups: tuple, original: str) -> bool:
    for name, at in (("pcur", _PCUR), ("scur", _SCUR)):
        code = groups[at]
        if not code:
            continue
        written = original[m.start(name):m.end(name)].strip()
        if code.strip() in ISO_CODES and not written.isupper():
            return False
        if code.strip() in PREFIX_ABBREVIATIONS and not written[:1].isupper():
            return False   # "Dh", "SR", "Rs", "Afs", "TL" - not "rs" in running text
    return True


_SORTED_COUNT_NOUNS = sorted(COUNT_NOUNS, key=len, reverse=True)


def _from_match(m: re.Match) -> Quantity | None:
    g = m.group
    start, end = m.span()
    if g("bnum"):   # the commonest case: a bare number
        number_text = g("bnum")
        scale = _scale(g("bscale"))
        if scale == 1.0 and _is_year(number_text):
            return None
        value = parse_number(number_text)
        if value is None:
            return None
        return Quantity(start, end, None, None, raw_number=value, scale=scale)
    g = m.groupdict()
    if g["pcur"]:
        low = parse_number(g["pnum"])
        high = parse_number(g["pnum2"]) if g["pnum2"] else None
        scale = _scale(g["pscale"] or g["pscale2"])
        return _quantity(start, end, low, high, scale, _currency_code(g["pcur"]), None, "-")
    if g["snum"]:
        number_text = g["snum"]
        low = parse_number(number_text)
        high = parse_number(g["snum2"]) if g["snum2"] else None
        scale = _scale(g["sscale"])
        connector = (g["srange"] or "").strip().lower()
        if g["scur"]:
            unit, noun = _currency_code(g["scur"]), None
        elif g["ston"] or g["skg"]:
            unit, noun = "t", None
            factor = TONNE_FACTORS.get(_words(g["ston"] or g["skg"]), 1.0)
            scale *= factor
        else:
            noun_text = _words(g["scount"])
            noun = next(COUNT_NOUNS[k] for k in _SORTED_COUNT_NOUNS if noun_text.endswith(k))
            unit = "count"
            if _is_year(number_text) and scale == 1.0:
                return None  # "in 2023 trucks crossed ..." is a year, not a count
        q = _quantity(start, end, low, high, scale, unit, noun, connector)
        if q and g["kgnum"]:
            q.value = round(q.value + (parse_number(g["kgnum"]) or 0) / 1000.0, 6)   # 272 tons and 728 kilograms
        return q
    return None


def scaled(number: float, scale: float) -> float:
    """number * scale without binary noise: 4.1 billion is 4100000000.0, not 4099999999.9999995."""
    exponent = math.log10(scale) if scale > 0 else 0.5
    if exponent == int(exponent):
        return float(f"{number!r}e{int(exponent)}")
    return number * scale


def _quantity(start, end, low, high, scale, unit, noun, connector) -> Quantity | None:
    if low is None:
        return None
    q = Quantity(start, end, scaled(low, scale), unit, noun, raw_number=low, scale=scale, connector=connector)
    if high is not None:
        if connector == "to":
            # "from 1.2 to 1.5 million tons": two figures; this one is the second, the first is split off later
            q.is_range = True
        elif high > low:
            q.is_range = True
        q.range_low, q.range_high = scaled(low, scale), scaled(high, scale)
    return q


# Where to try the grammar: every quantity holds a digit or a currency sign, or else a number
# word before a scale word or count noun ("half a billion dollars", "five trucks"). Both
# finders are single literal scans, far cheaper than trying the grammar at every position.
# The class lets every non-ASCII character through to the look back, which keeps \d's meaning (digits of
# any script): plain ranges are tested far faster than \d's Unicode lookup at each character.
_NUMERAL_RUN = re.compile(r"[$€£₸₽¥0-9\x80-\U0010ffff](?<=[$€£₸₽¥\d])[\d,.]*")
_PREFIX_BEFORE = re.compile(rf"(?<![\w.])(?:us|u\.s\.|{_CODES}|{_ABBREVIATIONS})\s?$")
_PREFIX_ENDINGS = ("us", "u.s.", *PREFIX_ABBREVIATIONS)   # what the text before a numeral ends with when a prefix is there
# as a trie (no word is a prefix of another, so it finds exactly what the plain alternation finds)
_WORD_TRIGGER = re.compile(trie_regex("hundred|thousand|million|billion|trillion|truck|lorr|wagon|container|railcar"
                                      "|rail car|carriage|vehicle|trailer|head|train|plane|airplane|aircraft".split("|")))
_MODEL_BEFORE = re.compile(rf"(?<![a-z]){_MODEL}$")
_NUMBER_WORD_BEFORE = re.compile(rf"(?<![\w])(?:{_WORD_NUMBER}|half\s+a|a\s+half|a\s+quarter\s+of\s+a|a\s+quarter|an?)"
                                 r"\s+(?:[a-z0-9-]+\s+){0,2}$")


def find_quantities(text: str, low: str | None = None) -> list[Quantity]:
    """Every number with its unit in text, in order (low: text through lower_ascii, if at hand)."""
    low = lower_ascii(text) if low is None else low
    starts = []
    prefix_search = _PREFIX_BEFORE.search
    for run in _NUMERAL_RUN.finditer(low):
        start = run.start()
        before = low[max(0, start - 6):start].rstrip()
        if before.endswith(_PREFIX_ENDINGS) or before[-3:] in ISO_CODES:
            prefix = prefix_search(low, max(0, start - 8), start)   # "USD 1.5 bln", "US$621.4 million"
            if prefix:
                starts.append(prefix.start())
        starts.append(start)
    for t in _WORD_TRIGGER.finditer(low):
        before = low[max(0, t.start() - 40):t.start()].rstrip()
        if not before or before[-1].isdigit() and not _MODEL_BEFORE.search(before):
            continue   # "$1.2 billion", "36 trucks": the numeral scan has it (not "two Il-76 planes")
        word = _NUMBER_WORD_BEFORE.search(low, max(0, t.start() - 40), t.start())
        if word:
            starts.append(word.start())
    starts.sort()

    out: list[Quantity] = []
    covered = 0
    match = QUANTITY_RE.match
    cache_get = _PARSED.get
    for start in starts:
        if start < covered:
            continue
        m = match(low, start)
        if m is None:
            continue
        groups = m.groups()
        if not (groups[_PNUM] or groups[_SNUM] or groups[_BNUM]):
            continue
        first = groups[_SNUM]
        if first and groups[_SNUM2] and _is_year(first):
            m = match(low, m.start("snum2"))   # "in 2022 to 5 million tons" is not a range 2022-5
            if m is None:
                continue
            groups = m.groups()
        if groups[_SCOUNT] and _MODEL_BEFORE.search(low, max(0, start - 3), m.end("snum")):
            continue   # "Il-76 aircraft", "C-130 planes": a model's number, not a count
        covered = m.end()
        compound = _compound(low, text, m, groups)
        if compound is not None:
            out.append(compound)
            covered = compound.end
            continue
        if groups[_BNUM] and not _may_carry(low, m.start(), out):
            continue   # a bare number no unit can reach ("About 26 companies"): not worth keeping
        if not _codes_in_capitals(m, groups, text):
            continue
        # the parse is a function of the match's groups alone (and its span): parse each spelling once
        fields = cache_get(groups, _MISSING)
        if fields is _MISSING:
            q = _from_match(m)
            fields = None if q is None else (q.value, q.unit, q.count_noun, q.raw_number, q.scale, q.is_range,
                                             q.range_low, q.range_high, q.connector)
            if len(_PARSED) >= _PARSED_MAX:
                _PARSED.clear()
            _PARSED[groups] = fields
        if fields is not None:
            out.append(Quantity(m.start(), covered, *fields))
    return out


_BSCALE, _PSCALE, _SSCALE, _STON = (_AT[name] for name in ("bscale", "pscale", "sscale", "ston"))
_NEXT_NUMBER = re.compile(r"[ \u00a0]+(?=\d)")


def _compound(low: str, text: str, m: re.Match, groups: tuple) -> Quantity | None:
    """A Russian-style compound amount: "USD 2 bln 968.5 mln", "1 billion 127 million dollars",
    "1 million 400 thousand tons" - the larger scale's part and the smaller one's make one number."""
    big_word = groups[_BSCALE] or groups[_PSCALE]
    if not big_word or groups[_SCUR] or groups[_STON]:
        return None
    gap = _NEXT_NUMBER.match(low, m.end())
    if gap is None:
        return None
    m2 = QUANTITY_RE.match(low, gap.end())
    if m2 is None:
        return None
    g2 = m2.groups()
    small_word = g2[_BSCALE] if groups[_PNUM] else (g2[_SSCALE] if g2[_SNUM] and not g2[_SNUM2] else None)
    if not small_word:
        return None
    big, small = _scale(big_word), _scale(small_word)
    if small >= big:
        return None
    first = parse_number(groups[_PNUM] or groups[_BNUM])
    second = parse_number(g2[_SNUM] or g2[_BNUM])
    if first is None or second is None or first != int(first) or second >= big / small:
        return None
    if groups[_PNUM]:
        if not _codes_in_capitals(m, groups, text):
            return None
        unit, noun = _currency_code(groups[_PCUR]), None
    else:
        if not _codes_in_capitals(m2, g2, text):
            return None
        q2 = _from_match(m2)
        if q2 is None or q2.unit is None:
            return None
        unit, noun = q2.unit, q2.count_noun
        small = q2.scale    # tonnes carry their factor (kg) in the scale
    value = scaled(first, big) + scaled(second, small)
    return Quantity(m.start(), m2.end(), value, unit, noun, raw_number=value / big, scale=big)


_MISSING = object()
_PARSED: dict = {}        # m.groups() -> Quantity fields after (start, end), or None
_PARSED_MAX = 100_000


def _may_carry(low: str, at: int, found: list[Quantity]) -> bool:
    """Can a unit carry over to the bare number at `start`? From an amount just before it
    ("from 19,100 tons in 2023 to 143,000"), or to it from one after ("from 30 to 60 trucks")."""
    start = at
    for q in reversed(found[-4:]):   # through a list of bare items: "(1.07 billion dollars), Uzbekistan (662.8 million), Iran ("
        if start - q.end > 60:
            break
        if q.unit:
            return True
        start = q.start
    start = at
    before = low[max(0, start - 12):start]
    return "from" in before or "between" in before
