"""Time expressions: find them in a sentence and resolve them to (first day, last day)."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .text import WORD_START, lower_ascii, trie_regex, word_prefilter

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
            "fourth": 4, "4th": 4, "last": 4}
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_COUNT_WORD_RE = trie_regex(COUNT_WORDS)
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}   # the first month of each

# Matched on the lower-cased text (fast, case-sensitive scanning); what needs capitals is
# checked on the original afterwards: month names ("may" is a verb), H1/Q3, 9M.
_MONTH = "(?:" + trie_regex(MONTHS) + r")(?![a-z])\.?"
_YEAR_AT_START = r"(?:19[5-9]\d|20[0-5]\d)(?!\d)"        # start-of-match digits are checked afterwards
_YEAR = r"(?<!\d)(?:19[5-9]\d|20[0-5]\d)(?!\d)"
_REL = r"(?:this|last|the\s+current|current|the\s+previous|previous|the\s+past|past)\s+year"
_DASH = r"\s*(?:-|–|—|to|through|till|until|and)\s*"
_MONTH_GROUPS = ("mr1", "mr2", "dm", "dm2", "mym", "mo", "em", "em2")
_DAY_DASH = r"\s*(?:-|–|—|to|through|till|until)\s*"   # no "and": "on 5 May and 7 June" are two days

# every alternative starts with a literal or a digit, so the scanner can skip ahead quickly
# the words the alternatives below open with (a prefilter: tests/extraction checks it loses nothing)
_PERIOD_STEMS = list(MONTHS) + list(COUNT_WORDS) + list(WEEKDAYS) + """first second third fourth since year same
previous by until till before this last current past next yesterday""".split()
PERIOD_RE = re.compile(
    r"\b" + word_prefilter(_PERIOD_STEMS, r"[0-9]|[hq][1-4]|(?:a|the)\s+year|so\s+far") + rf"""(?:
      (?P<iso>{_YEAR_AT_START}-\d\d-\d\d)
    | (?P<yr1>{_YEAR_AT_START})\s*(?:-|–|—|/|to)\s*(?P<yr2>{_YEAR}|(?<!to)(?<!to\s)\d\d(?!\d|[.,]\d))
    | (?P<dd2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm2>{_MONTH})(?:,?\s+(?P<dy2>{_YEAR}))?
        (?:{_DAY_DASH}(?P<ed2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<em2>{_MONTH})(?:,?\s+(?P<ey2>{_YEAR}))?)?
    | (?P<nm9>\d{{1,2}})m\s*(?P<nm9y>{_YEAR})?(?![\w])
    | (?P<nm>{_COUNT_WORD_RE}|\d{{1,2}})\s+months?
        (?:\s+of\s+(?:(?P<nmy>{_YEAR})|(?P<nmrel>{_REL}|the\s+year)))?
    | (?P<year>{_YEAR_AT_START})
    | (?P<mr1>{_MONTH}){_DASH}(?P<mr2>{_MONTH})(?:,?\s+(?:of\s+)?(?:(?P<mry>{_YEAR})|(?P<mrrel>{_REL})))?
    | (?P<dm>{_MONTH})\s+(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|,\d{{3}})(?:,?\s+(?P<dy>{_YEAR}))?
        (?:{_DAY_DASH}(?P<em>{_MONTH})\s+(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|,\d{{3}})(?:,?\s+(?P<ey>{_YEAR}))?)?
    | (?P<mym>{_MONTH})\s+(?:of\s+)?(?:(?P<myy>{_YEAR})|(?P<myrel>{_REL}))
    | (?P<mo>{_MONTH})(?!\s*(?:\d|-|–|—|(?:to|through|and)\s+{_MONTH}))
    | (?P<fr>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<fru>half|quarter)(?!\s+of\s+(?:the|this|that)\s+(?:month|week|decade|century))(?:\s+of)?
        (?:\s+(?:the\s+)?(?:(?P<fry>{_YEAR})|(?P<frrel>{_REL})|year))?
    | (?P<hq>[hq][1-4]|[1-4][hq])(?:\s*(?P<hqy>{_YEAR}))?(?![\w])
    | (?P<ytd>since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|so\s+far\s+this\s+year|year[-\s]to[-\s]date)
    | (?P<same>same\s+(?:period|months?|(?<!at\sthe\ssame\s)time|time(?=\s+(?:of|in|last|a\s+year))|quarter|half(?:-year)?)(?:\s+(?:of|in))?
        (?:\s+(?:(?P<spy>{_YEAR})|(?P<spthis>this|the\s+current)\s+year|(?:the\s+)?(?:last|previous)\s+year
            |a\s+year\s+(?:earlier|ago|before)))?)
    | (?P<prev>previous\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|ago|before))
    | (?P<by>by|until|till|before)\s+(?:the\s+end\s+of\s+)?(?P<byy>{_YEAR})
    | (?P<since>since)\s+(?P<sincey>{_YEAR})
    | (?P<season>(?:this|last|past)\s+(?:spring|summer|autumn|fall|winter))
    | (?P<rel>(?:this|last|current|past|next)\s+year)
    | (?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)
    | (?P<yest>yesterday)
    )""",
    re.VERBOSE,
)
# what scan_periods runs: the same with WORD_START for the leading \b (every match opens with an ASCII
# letter or digit, as the prefilter requires), far cheaper at the many positions inside words
_PERIOD_SCAN = re.compile(WORD_START + PERIOD_RE.pattern[len(r"\b"):], PERIOD_RE.flags)


_DURATION_BEFORE = re.compile(r"\b(?:next|coming|within|another|every|each)\s+$", re.I)


def _valid(m: re.Match, original: str) -> bool:
    """Checks the lower-cased scan cannot make: word starts, capitals of months, H1/Q3, 9M."""
    s = m.start()
    if s > 0 and original[s - 1].isalnum():
        return False
    if s > 1 and original[s - 1] in "./" and original[s - 2].isdigit():
        return False   # the year of a numeric date ("DUSHANBE, 12.03.2021"): a dateline, not a period
    *months, hq, nm9, nm, nm_year, nm_rel = m.group(*_MONTH_GROUPS, "hq", "nm9", "nm", "nmy", "nmrel")   # most are None
    if nm and not nm_year and not nm_rel and _DURATION_BEFORE.search(original, max(0, s - 12), s):
        return False   # "over the next three months": a length of time, not months of a year
    for g, month in zip(_MONTH_GROUPS, months):
        if month and not original[m.start(g)].isupper():
            return False
    if hq and not any(ch in "HQ" for ch in original[m.start("hq"):m.end("hq")]):
        return False
    if nm9 and original[m.end("nm9")] != "M":
        return False
    return True


@dataclass(slots=True)
class Period:
    start_pos: int      # offsets into the text searched
    end_pos: int
    first: date | None  # resolved period; None when it needs a year from context
    last: date | None
    label: str          # 'year' | 'partial' | 'day' | 'target' | 'since' | 'same_period' | 'month_only' | 'season'
                        # | 'back' (a year before the story's period, e.g. "a year earlier" with no date of its own)
    months: tuple[int, int] | None = None  # month span when partial, for "the same period of"
    year: int | None = None
    explicit: bool = False  # a written four-digit year
    compared: int = -1      # start of the comparison word before it ("than in", "compared with"), else -1


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _relative_year(text: str, published: date) -> int:
    t = text.lower()
    if "this" in t or "current" in t:
        return published.year
    if "next" in t:
        return published.year + 1   # a goal's year: "bringing trade to $500 million next year"
    return published.year - 1


def _months_period(year: int | None, m1: int, m2: int, published: date, s: int, e: int) -> Period:
    if m2 < m1:
        m1, m2 = m2, m1
    label = "year" if (m1, m2) == (1, 12) else "partial"
    if year is None:
        return Period(s, e, None, None, label, (m1, m2))
    return Period(s, e, date(year, m1, 1), _month_end(year, m2), label, (m1, m2), year)


def _default_year_for_months(m_last: int, published: date) -> int:
    """A month span without a year is the latest one that has ended by publication."""
    return published.year if m_last <= published.month else published.year - 1


def resolve(m: re.Match, published: date) -> Period | None:
    g = m.groupdict()
    s, e = m.span()
    if g["iso"]:
        y, mo, d = (int(x) for x in g["iso"].split("-"))
        try:
            day = date(y, mo, d)
        except ValueError:
            return None
        return Period(s, e, day, day, "day", year=y)
    if g["mr1"]:
        m1, m2 = MONTHS[g["mr1"].lower().rstrip(".")], MONTHS[g["mr2"].lower().rstrip(".")]
        year = int(g["mry"]) if g["mry"] else (_relative_year(g["mrrel"], published) if g["mrrel"] else None)
        return _months_period(year, m1, m2, published, s, e)
    if g["em"] or g["em2"]:
        # "from 1 January to 30 June 2023", "(March 20 – April 19, 2024)": a span of days
        us = bool(g["em"])
        m1, m2 = (MONTHS[x.lower().rstrip(".")] for x in ((g["dm"], g["em"]) if us else (g["dm2"], g["em2"])))
        d1, d2 = (int(x) for x in ((g["dd"], g["ed"]) if us else (g["dd2"], g["ed2"])))
        y1_text, y2_text = (g["dy"], g["ey"]) if us else (g["dy2"], g["ey2"])
        if not (y1_text or y2_text):
            return Period(s, e, None, None, "partial", (m1, m2) if m1 <= m2 else None)
        wraps = (m2, d2) < (m1, d1)   # "March 21 to March 20": into the next year
        y2 = int(y2_text) if y2_text else int(y1_text) + wraps
        y1 = int(y1_text) if y1_text else y2 - wraps
        try:
            first, last = date(y1, m1, d1), date(y2, m2, d2)
        except ValueError:
            return None
        if last < first:
            return None
        label = "year" if (m1, d1, m2, d2) == (1, 1, 12, 31) and y1 == y2 else "partial"
        return Period(s, e, first, last, label, (m1, m2) if y1 == y2 else None, y2, explicit=True)
    if g["dm"] or g["dm2"]:
        month = MONTHS[(g["dm"] or g["dm2"]).lower().rstrip(".")]
        day_no = int(g["dd"] or g["dd2"])
        year_text = g["dy"] or g["dy2"]
        year = int(year_text) if year_text else published.year
        try:
            day = date(year, month, day_no)
        except ValueError:
            return None
        if not year_text and day > published:
            day = day.replace(year=year - 1)
        return Period(s, e, day, day, "day", year=day.year)
    if g["mym"]:
        month = MONTHS[g["mym"].lower().rstrip(".")]
        year = int(g["myy"]) if g["myy"] else _relative_year(g["myrel"], published)
        return Period(s, e, date(year, month, 1), _month_end(year, month), "month", (month, month), year)
    if g["mo"]:
        month = MONTHS[g["mo"].lower().rstrip(".")]
        return Period(s, e, None, None, "month_only", (month, month))
    if g["fr"]:
        n = ORDINALS[g["fr"].lower()]
        if g["fru"].lower() == "half":
            months = (1, 6) if n == 1 else (7, 12)
        else:
            months = (3 * n - 2, 3 * n)
        year = int(g["fry"]) if g["fry"] else (_relative_year(g["frrel"], published) if g["frrel"] else None)
        return _months_period(year, *months, published, s, e)
    if g["hq"]:
        code = g["hq"].upper()
        letter = "H" if "H" in code else "Q"
        n = int(code.replace(letter, ""))
        months = ((1, 6) if n == 1 else (7, 12)) if letter == "H" else (3 * n - 2, 3 * n)
        if letter == "H" and n > 2:
            return None
        return _months_period(int(g["hqy"]) if g["hqy"] else None, *months, published, s, e)
    if g["nm9"] or g["nm"]:
        word = (g["nm9"] or g["nm"]).lower()
        n = COUNT_WORDS.get(word) or (int(word) if word.isdigit() else 0)
        if not 1 <= n <= 12:
            return None
        year_text = g["nm9y"] or g["nmy"]
        relative = g["nmrel"] and not g["nmrel"].startswith("the year")   # "of the year": the sentence's
        year = int(year_text) if year_text else (_relative_year(g["nmrel"], published) if relative else None)
        return _months_period(year, 1, n, published, s, e)
    if g["same"] or g["prev"]:  # the comparison period: resolved against the sentence's main one
        # "of this year": the main period's months in the year of publication
        year = int(g["spy"]) if g["spy"] else (published.year if g["spthis"] else None)
        return Period(s, e, None, None, "same_period", None, year)
    if g["ytd"]:
        return Period(s, e, date(published.year, 1, 1), published, "partial", (1, published.month), published.year)
    if g["yr1"]:
        y1 = int(g["yr1"])
        y2 = int(g["yr2"]) if len(g["yr2"]) == 4 else (y1 // 100) * 100 + int(g["yr2"])
        if y2 < y1:
            return None
        return Period(s, e, date(y1, 1, 1), date(y2, 12, 31), "years", year=y2)
    if g["byy"]:
        y = int(g["byy"])
        return Period(s, e, date(y, 1, 1), date(y, 12, 31), "target", year=y)
    if g["sincey"]:
        y = int(g["sincey"])
        if y > published.year:
            return None
        return Period(s, e, date(y, 1, 1), published, "since", year=published.year)
    if g["year"]:
        y = int(g["year"])
        return Period(s, e, date(y, 1, 1), date(y, 12, 31), "year", year=y, explicit=True)
    if g["season"]:
        which, name = g["season"].split()
        first_month = SEASONS[name]
        end_month = (first_month + 1) % 12 + 1     # winter: December to February
        # a winter starts in December: the one under way, or the one before when it is not yet December
        year = published.year if end_month > first_month or published.month == 12 else published.year - 1
        if which != "this" and (year if end_month > first_month else year + 1, end_month) >= (published.year, published.month):
            year -= 1   # "last autumn": the latest one over before publication
        last_year = year if end_month > first_month else year + 1
        return Period(s, e, date(year, first_month, 1), _month_end(last_year, end_month), "season", year=last_year)
    if g["rel"]:
        y = _relative_year(g["rel"], published)
        return Period(s, e, date(y, 1, 1), date(y, 12, 31), "year", year=y)
    if g["wd"]:
        back = (published.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
        day = published - timedelta(days=back)
        return Period(s, e, day, day, "day", year=day.year)
    if g["yest"]:
        day = published - timedelta(days=1)
        return Period(s, e, day, day, "day", year=day.year)
    return None


_MISSING = object()
_RESOLVED: dict = {}    # (m.groups(), published) -> Period fields after (start_pos, end_pos), or None
_RESOLVED_MAX = 100_000


def _resolve_cached(m: re.Match, published: date) -> Period | None:
    """resolve(m, published): a function of the match's groups, span and the date alone (parsed once)."""
    key = (m.groups(), published)
    fields = _RESOLVED.get(key, _MISSING)
    if fields is _MISSING:
        p = resolve(m, published)
        fields = None if p is None else (p.first, p.last, p.label, p.months, p.year, p.explicit, p.compared)
        if len(_RESOLVED) >= _RESOLVED_MAX:
            _RESOLVED.clear()
        _RESOLVED[key] = fields
    if fields is None:
        return None
    start, end = m.span()
    return Period(start, end, *fields)


def scan_periods(low: str, original: str, start: int = 0, end: int | None = None) -> list[re.Match]:
    """The time expressions of original[start:end] (low: original through lower_ascii). No prefilter
    of hint words: a scan for them cost more than the grammar's own, which gives up at a word's start."""
    end = len(low) if end is None else end
    return [m for m in _PERIOD_SCAN.finditer(low, start, end) if _valid(m, original)]


# the period a figure is compared with: "9 percent more than in January-March last year",
# "compared to the same period of 2022", "down 8 percent from January-May of last year"
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|than|against|versus|vs\.?|relative\s+to"
    r"|(?:%|percent|per\s+cent|up|down|times|increase|decrease|decline|rise|drop|fall|growth)\s+(?:(?:year-on-year|y-o-y)\s+)?"
    r"(?:from|on|over)"
    r"|levels?\s+(?:of|seen\s+in|recorded\s+in))"   # "almost four times the level of early 2022"
    r"\s+(?:(?:in|at|the|of|during|for|whole|entire|all|end|start|beginning|early|late|mid|first|last|past)\s+)*$")


def find_periods(text: str, start: int, end: int, published: date, matches: list[re.Match] | None = None,
                 low: str | None = None) -> list[Period]:
    """Periods in text[start:end], years filled in from the sentence where one is missing."""
    if low is None:
        low = lower_ascii(text)
    if matches is None:
        matches = scan_periods(low, text)
    periods = [p for m in matches if start <= m.start() and m.end() <= end and (p := _resolve_cached(m, published))]
    for p in periods:
        compared = _COMPARED_BEFORE.search(low, max(start, p.start_pos - 50), p.start_pos)
        if compared:
            p.compared = compared.start()
    # a comparison's year is not the sentence's ("in the first 11 months of the year, more than in 2023"), nor is a
    # year in a later clause ("... over the eight months, helped by the removal of visa requirements in 2018")
    explicit = [p for p in periods if p.explicit and p.compared < 0]
    for p in periods:
        if p.first is None and p.months and p.label in ("partial", "year", "month_only"):
            sentence_year = next((q.year for q in explicit if q.start_pos < p.start_pos
                                  or not _CLAUSE_GAP.search(low, p.end_pos, q.start_pos)), None)
            year = sentence_year or _default_year_for_months(p.months[1], published)
            if not sentence_year and p.label == "month_only" and p.months[0] > published.month \
                    and _DEADLINE_BEFORE.search(low, max(start, p.start_pos - 30), p.start_pos):
                year = published.year   # "will be sent before the end of February" (published in January)
            p.first, p.last, p.year = date(year, p.months[0], 1), _month_end(year, p.months[1]), year
            if p.label == "month_only":
                p.label = "month"
    # "the same period of 2021", "the previous year": the main period's months, a year back;
    # a bare "over the same period" that compares with nothing is the period just spoken of
    story = []
    for i, p in enumerate(periods):
        if p.label != "same_period":
            continue
        main = next((q for q in reversed(periods[:i]) if q.first and q.label in ("partial", "month", "year")), None) \
            or next((q for q in periods[i + 1:] if q.first and q.label in ("partial", "month", "year")), None)
        back = p.year or p.compared >= 0 or _YEAR_BACK.search(low, p.start_pos, p.end_pos) \
            or _COMPARED_NEAR.search(low, max(start, p.start_pos - 60), p.start_pos)
        if not back:
            if main is None:
                story.append(p)   # the story's period: the caller looks back for it
                continue
            p.first, p.last, p.year, p.months, p.label = main.first, main.last, main.year, main.months, main.label
            continue
        if main is None and not p.year:
            # "A year earlier the figure stood at ...": a year before the story's period, which the
            # caller knows (the label says so); the year before publication is only the fallback
            p.label = "back"
        months = main.months if main and main.months else (1, 12)
        year = p.year or ((main.year - 1) if main and main.year else published.year - 1)
        p.first, p.last, p.year, p.months = date(year, months[0], 1), _month_end(year, months[1]), year, months
    return [p for p in periods if p not in story] if story else periods


_CLAUSE_GAP = re.compile(r"[,;]\s*[^\s\d]")
_YEAR_BACK = re.compile(r"last|previous|earlier|ago|before|prior")
# "from" compares only when it opens the period's words ("up 5% from the same period"), unlike "Imports from
# Afghanistan stood at $17 million in the same period" or "imports from India during the same period"
# ("more than doubled over the same period" compares with nothing)
_COMPARED_NEAR = re.compile(r"\b(?:compared|than(?!\s+(?:doubled|tripled|trebled|quadrupled|halved))|against|versus"
                            r"|vs\.?)\b[^,;]{0,45}$|\bfrom\s+(?:(?:the|a|in|during|over|for|of)\s+)*$")
# a month with no year after "before/by/until (the end of)": a deadline, the next such month
_DEADLINE_BEFORE = re.compile(r"\b(?:before|by|until|till)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?$")
