"""extract_figures: find quantities once, then read each one's sentence and clause."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from . import classify
from .classify import BILATERAL_WORDS, WORLD_WORDS, Cue
from .model import SYMMETRIC_KINDS, Figure
from .numbers import SCALES, Quantity, find_quantities, parse_number, scaled
from .countries import AGGREGATE, WORLD
from .parties import JOINED, POSSESSIVE_AFTER, TOP_PARTNER, ArticleParties, NoParty, flow_row, ordered_pair
from .periods import Period, _month_end, find_periods, scan_periods
from .text import (CAUSE_CUT, WORD_START, SpanIndex, clause_breaks, clause_span, lower_ascii, paragraph_spans,
                   sentence_spans)

CURRENCY_KINDS = frozenset({"trade_turnover", "trade_target", "deal_value", "investment"})
FLOW_OR_AID = frozenset({"export", "import", "aid"})
# "the humanitarian crisis" names a need, not help given
_AID_WORDS = re.compile(WORD_START + r"(?:humanitarian(?!\s+(?:crisis|crises|situation|catastrophe|disaster|emergency|emergencies|cooperation|affairs|law|ties|sphere|spheres|fields?))|aid|assistance|relief|donat(?:ed|ions?)|donors?"
                        r"|world\s+food\s+programme|wfp|red\s+crescent|red\s+cross|unicef|unhcr)\b")
_FLOW_OF = {"export": "export", "delivery": "export", "import": "import"}
_TRADE_WORDS = re.compile(r"\b(?:trade|turnover|exports?|imports?)\b")
_TRADE_OR_BUYERS = re.compile(r"\b(?:trade|turnover|exports?|imports?|buyers?|exporters?|importers?)\b")
CUE_KIND = {"deal": "deal_value", "aid": "aid", "invest": "investment", "import": "import",
            "export": "export", "trade": "trade_turnover"}

# a unit carries over to a bare number linked to the figure before it ("from 19,100 tons in 2023 to 143,000")
_CARRY_LINK = re.compile(r"\b(?:to|and|from|against|versus|vs\.?|compared\s+(?:to|with)|than)\s*$")
_CARRY_AFTER_OK = re.compile(
    r"\s*(?:$|[,.;:)]|(?:in|during|for|by|last|this|a|an|the|year|years|compared|against|versus|while|and|with"
    r"|respectively|over|according|as|a\s+year)\b)")
# the gap between two parenthesised list items: "), Uzbekistan (", ") and Iran ("; or from the list's
# head: "31.1 billion dollars in 2022, followed by Kyrgyzstan ("
_LIST_ITEM_GAP = re.compile(r"^(?:[^()%\d]*\)|[^()%;.]*\bfollowed\s+by\b)[^()%\d;.]{1,40}\($")
_PERCENT = re.compile(r"\d[\d,.]*\s*(?:%|percent|per\s+cent)")
_AID_POTENTIAL = re.compile(r"\b(?:could|might|potential|possib\w*)\b")
_LIMIT_BEFORE = re.compile(r"\b(?:capped|caps?|quotas?|limited|limits?|ceiling|allowed\s+to\s+export)\b[^.;]{0,40}$")
_LIMIT_HEAD = re.compile(r"\b(?:quotas?|caps?|ceilings?|limits?)\s+(?:on|for)\s+[^.;:]{0,40}:")
_APPEAL = re.compile(r"\b(?:appeals?|appealing|response\s+plans?|funding\s+(?:gap|shortfall|requirements?)|requirements|requires|needs|needed|seeks|seeking"
                     r"|calls?\s+for|called\s+for|shortfall)\b"
                     # "has asked donors for $4.4 billion": the amount asked for
                     r"|\bask(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,4}?for\s+"
                     r"(?:(?:about|some|nearly|almost|around|over|more\s+than)\s+)?$")
_NEEDED_AFTER = re.compile(r"\s+(?:(?:is|are|was|were)\s+(?:still\s+)?)?(?:required|needed|sought|requested|unfunded|short)\b")
_CLAUSE_OPENS = re.compile(r"\b(?:as|while|when|after|because|since|but|which|that|whereas)\b")
_FROM_BEFORE = re.compile(r"\b(?:from|between)\s*$")
_CARRYING_GAP = re.compile(r"\s+(?:with|carrying|containing|loaded\s+with|(?:that|which)\s+(?:carried|delivered|brought))"
                           r"\s+(?:(?:about|some|over|more\s+than|nearly|almost)\s+)?\$?$")
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|and)\s*$")
# a figure's own words end at the next comma (", followed by China with ...", ", as Chinese buyers ..."), or
# where a cause with its own subject begins ("trade dropped to $239.6 million as Afghan buyers switched to ...")
# the words that set a figure against another, and what may stand between them and the amount compared with
_VERSUS = r"against|versus|compared\s+(?:with|to)"
_BASE_TAIL = r"\s+(?:just\s+|only\s+)?$"
_BASE_WORDS = rf"(?:from|than|{_VERSUS})"   # what a growth's base follows
_RIGHT_CUT = re.compile(r"[,;]|\s(?:while|whereas)\s")
_RIGHT_CUT_LIST = re.compile(r"[,;]|\s(?:and|while|whereas|as)\s")   # "Tajikistan took 510,000 tonnes and Kyrgyzstan ..."
_FUTURE_BY_YEAR = re.compile(r"^[^;]{0,40}?\b(?:by|until|till)\s+(?:the\s+end\s+of\s+)?(20\d\d)\b")


_REPORTING_PERIOD = re.compile(r"\b(?:reporting|review|reviewed|reported)\s+period\b|\bperiod\s+under\s+review\b")
# a report's edition in its title ("Economic Update, Spring 2019"), not the period it is about
_EDITION_BEFORE = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\s+$")
# "As recently as 2016, ... the figure stood at $241 million", "since the signing in 2021 of the memorandum":
# a look back in time, not the story's period
_FLASHBACK_BEFORE = re.compile(r"\b(?:as\s+recently\s+as|back\s+in|as\s+(?:early|late|far\s+back)\s+as"
                               r"|since\s+(?:the|its|their)\s+\w+\s+in)\s+(?:in\s+)?$")


@dataclass(slots=True)
class _Candidate:
    q: Quantity
    kind: str
    reporter: str
    partner: str
    qualifier: str
    period: tuple[date | None, date | None]
    commodity: str | None
    clause: tuple[int, int]
    sentence: tuple[int, int]
    confidence: float
    change: float | None = None
    change_distance: int = 10 ** 9
    list_owner: str | None = None   # whose list of partners this figure belongs to
    list_item: bool = False          # read as an item of a verbless list ("• China – $7.6 billion")
    whole: _Candidate | None = None    # the turnover this flow breaks down ("$7.9 billion (exports: $3.5 billion")
    goods_item: bool = False         # read as an item of a list of goods ("- zinc: $320 million")


class _Respective(NamedTuple):
    """What "respectively" gives the n-th figure of its list; None where the lists do not pair up."""
    kind: str | None
    period: tuple[date, date] | None
    partner: str | None
    actor: str | None


_NOT_LISTED = _Respective(None, None, None, None)


@dataclass
class _Article:
    body: str
    published: date
    parties: ArticleParties
    sentences: SpanIndex
    paragraphs: SpanIndex
    low: str = ""                      # body through lower_ascii: same offsets, for the fast scanners
    title_has_aid: bool = False
    title_has_trade: bool = False
    title: str | None = None
    _title_period: object = False
    _cues: dict = field(default_factory=dict)
    _breaks: dict = field(default_factory=dict)
    _story_periods: dict = field(default_factory=dict)
    _respective: dict = field(default_factory=dict)
    _periods: dict = field(default_factory=dict)
    _aid_paragraphs: dict = field(default_factory=dict)
    _aid_contexts: dict = field(default_factory=dict)
    _in_sentence: dict = field(default_factory=dict)
    _commodities: dict = field(default_factory=dict)

    def quantities_in(self, sentence: tuple[int, int], valued: list[Quantity]) -> list[Quantity]:
        """The valued quantities of a sentence (asked for by each of its figures)."""
        found = self._in_sentence.get(sentence)
        if found is None:
            found = self._in_sentence[sentence] = [q for q in valued if sentence[0] <= q.start < sentence[1]]
        return found

    def commodities(self, clause: tuple[int, int]) -> list[tuple[int, int, str]]:
        """The commodities named in a clause (asked for by each of its figures)."""
        found = self._commodities.get(clause)
        if found is None:
            found = self._commodities[clause] = classify.find_commodities(self.low, *clause)
        return found

    def aid_context(self, paragraph_index: int) -> bool:
        """A humanitarian-aid story: the title, the lead, this paragraph or the one before, or the head of the
        list this paragraph is a line of ("... have provided in-kind assistance:\n- Uzbekistan: 24 trucks ...")
        speaks of aid (asked for by each figure of the paragraph, several times: answered once)."""
        known = self._aid_contexts.get(paragraph_index)
        if known is None:
            known = self._aid_contexts[paragraph_index] = self._reads_as_aid(paragraph_index)
        return known

    def _reads_as_aid(self, paragraph_index: int) -> bool:
        if self.title_has_aid:
            return True
        if 0 <= paragraph_index < len(self.paragraphs.spans) and not self._aid_paragraph(paragraph_index) \
                and _TRADE_OR_BUYERS.search(self.low, *self.paragraphs.spans[paragraph_index]):
            return False   # "... shipments to China expected to reach ..., up from around 500,000 tonnes": trade talk
        for i in (paragraph_index, paragraph_index - 1, 0, 1):
            if i < 0 or i >= len(self.paragraphs.spans):
                continue
            if self._aid_paragraph(i):
                return True
        if 0 <= paragraph_index < len(self.paragraphs.spans):
            head = _bullet_head(self.low, self.paragraphs.spans[paragraph_index][0])
            return head is not None and self._speaks_of_aid(*head)
        return False

    def _aid_paragraph(self, i: int) -> bool:
        if i not in self._aid_paragraphs:
            self._aid_paragraphs[i] = self._speaks_of_aid(*self.paragraphs.spans[i])
        return self._aid_paragraphs[i]

    def _speaks_of_aid(self, start: int, end: int) -> bool:
        return any(not classify.withheld_aid(self.low, m.start()) for m in _AID_WORDS.finditer(self.low, start, end))

    def respectively(self, sentence: tuple[int, int], valued: list[Quantity]) -> dict[int, _Respective]:
        """"Exports and imports were $2.9 billion and $1.5 billion (in 2022 and 2023), respectively":
        the n-th figure takes the n-th flow word, period, partner and subject. {figure start: _Respective}"""
        if sentence in self._respective:
            return self._respective[sentence]
        mapping: dict = {}
        self._respective[sentence] = mapping
        if "respectively" not in self.low[sentence[0]:sentence[1]]:
            return mapping
        figures = self.quantities_in(sentence, valued)
        if len(figures) < 2:
            return mapping
        flows = [c for c in self.cues(sentence) if c.group in ("export", "import", "trade")]
        # "it amounted to $4.4 billion, of which exports and imports made up $3.1 billion and $1.3 billion
        # respectively": the list is the figures after the last flow words, named by the flow words after
        # the figure before them (not the total's)
        named_from = sentence[0]
        listed = [c for c in flows if c.start < figures[-1].start]
        if listed:
            after = [q for q in figures if q.start > listed[-1].start]
            if len(after) >= 2:
                named_from = max((q.end for q in figures if q.end <= listed[-1].start), default=sentence[0])
                figures = after
        kinds = []
        for cue in flows:
            if named_from <= cue.start < figures[0].start:
                kind = CUE_KIND[cue.group]
                if kind not in kinds:
                    kinds.append(kind)
        periods = [p for p in self.periods(sentence) if p.start_pos > figures[-1].end and p.first
                   and p.label in ("year", "partial", "month", "years")]
        # "turnover with Kyrgyzstan and Tajikistan was $4.1 million and $2.3 million respectively", "exported
        # 1.2 million and 0.3 million tonnes to Tajikistan and Afghanistan respectively": the n-th figure's
        # partner is the n-th country traded with
        partners = [self._partners_listed(named_from, figures[0].start),
                    self._partners_listed(figures[-1].end, sentence[1])]
        partners = partners[0] or partners[1]
        # "Kazakhstan and Russia purchased 584,000 tons and 421,000 tons, respectively": the n-th buyer's figure
        actors = self._actors_listed(named_from, figures[0].start)
        n = len(figures)
        for i, q in enumerate(figures):
            mapping[q.start] = _Respective(kinds[i] if len(kinds) == n else None,
                                           (periods[i].first, periods[i].last) if len(periods) == n else None,
                                           partners[i] if len(partners) == n else None,
                                           actors[i] if len(actors) == n else None)
        return mapping

    def _partners_listed(self, start: int, end: int) -> list[str]:
        return list(dict.fromkeys(r.iso3 for r in self.parties.roles(start, end)
                                  if r.role in ("with", "dest", "origin") and r.iso3 != AGGREGATE))

    def _actors_listed(self, start: int, end: int) -> list[str]:
        """The countries of the first subject in [start, end), with those joined to it ("Kazakhstan and Russia")."""
        mentions, roles = self.parties.within(start, end), self.parties.roles(start, end)
        first = next((i for i, r in enumerate(roles) if r.role == "actor" and r.iso3 != AGGREGATE), None)
        if first is None:
            return []
        actors = [roles[first].iso3]
        for before, m in zip(mentions[first:], mentions[first + 1:]):
            if m.iso3 == AGGREGATE or not JOINED.fullmatch(self.low, before.end, m.start):
                break
            actors.append(m.iso3)
        return list(dict.fromkeys(actors))

    def trade_story(self, paragraph_index: int) -> bool:
        """The title, the lead, this paragraph or the one before speaks of trade."""
        if self.title_has_trade:
            return True
        spans = self.paragraphs.spans
        return any(_TRADE_WORDS.search(self.low, *spans[i]) for i in {0, paragraph_index - 1, paragraph_index}
                   if 0 <= i < len(spans))

    def story_period(self, index: int) -> tuple[date | None, date | None]:
        """The main period of the last sentence before sentence `index` that has one (a sentence that speaks of
        "the reporting period" has the reporting period)."""
        known = self._story_periods
        j = index - 1
        pending = []
        while j >= 0 and j not in known:
            found = self._own_story_period(j)
            if found is None and _REPORTING_PERIOD.search(self.low, *self.sentences.spans[j]):
                found = self.reporting_period(j)
            if found is not None and found[1] is not None:
                known[j] = found
                break
            pending.append(j)
            j -= 1
        found = known.get(j, (None, None)) if j >= 0 else (None, None)
        for k in pending:
            known[k] = found   # sentences without a period of their own pass the earlier one on
        if found[1] is not None and self.title:
            # "... fell in 2024. In 2023, the figure was $662.8 million. [figures without a date]": a look
            # back at a year before the one the title names ("... declines in 2024") does not date what follows
            main = self.title_period()
            if main is not None and found[1] < main[0]:
                return main
        return found

    def _own_story_period(self, j: int) -> tuple[date, date] | None:
        """The main period sentence j dates itself by: not a comparison's ("11.3% more than in January-March
        2024"), nor a look back ("as recently as 2016")."""
        for p in self.periods(self.sentences.spans[j]):
            if p.first and p.label in ("year", "partial", "month", "years") and p.first <= self.published \
                    and p.compared < 0 and not _FLASHBACK_BEFORE.search(self.low, max(0, p.start_pos - 30), p.start_pos):
                return p.first, p.last
        return None

    def reporting_period(self, index: int) -> tuple[date | None, date | None]:
        """"during the reporting period" (sentence `index`): the later of the period the story opened with and
        the one it last spoke of - a report's own period, not the earlier one it looks back at ("In 2023 as a
        whole, ...")."""
        opening = next(filter(None, map(self._own_story_period, range(len(self.sentences.spans)))), None)
        known = [p for p in (opening, self.story_period(index)) if p is not None and p[1] is not None]
        return max(known, key=lambda p: p[1]) if known else (None, None)

    def title_period(self) -> tuple[date, date] | None:
        if self._title_period is False:
            low = lower_ascii(self.title)
            found = [p for p in find_periods(self.title, 0, len(self.title), self.published,
                                             scan_periods(low, self.title), low)
                     if p.explicit and p.label == "year" and p.first <= self.published and p.compared < 0
                     and not _EDITION_BEFORE.search(low, max(0, p.start_pos - 12), p.start_pos)]
            self._title_period = (found[0].first, found[0].last) if found else None
        return self._title_period

    def breaks(self, sentence: tuple[int, int]) -> list[tuple[int, int]]:
        if sentence not in self._breaks:
            self._breaks[sentence] = clause_breaks(self.body, *sentence)
        return self._breaks[sentence]

    def cues(self, sentence: tuple[int, int]) -> list[Cue]:
        if sentence not in self._cues:
            self._cues[sentence] = classify.find_cues(self.low, *sentence, text=self.body)
        return self._cues[sentence]

    def sentences_after(self, earlier: tuple[int, int], sentence: tuple[int, int]) -> int:
        """How many sentences `sentence` comes after `earlier` (0: the same one)."""
        return self.sentences.index_of(sentence[0]) - self.sentences.index_of(earlier[0])

    def start_back(self, sentence: tuple[int, int], n: int) -> int:
        """Where the sentence n sentences before this one starts (the first sentence's start at most)."""
        return self.sentences.spans[max(0, self.sentences.index_of(sentence[0]) - n)][0]

    def periods(self, sentence: tuple[int, int]) -> list[Period]:
        if sentence not in self._periods:
            matches = scan_periods(self.low, self.body, *sentence)
            self._periods[sentence] = find_periods(self.body, sentence[0], sentence[1], self.published, matches,
                                                   self.low)
        return self._periods[sentence]


def extract_figures(body: str, published: date, title: str | None = None) -> list[Figure]:
    """Trade and aid figures stated in `body` (offsets are into `body` as given)."""
    if isinstance(published, datetime):
        published = published.date()
    low = lower_ascii(body)
    quantities = find_quantities(body, low)
    flattened_table = "\n" in low and _has_row_dash(low) and _TABLE_UNIT.search(low) is not None
    if not any(q.unit for q in quantities) and _CELL not in body and not flattened_table:
        return []
    article = _Article(body, published, ArticleParties(body, title, low),
                       SpanIndex(sentence_spans(body)), SpanIndex(paragraph_spans(body)), low=low,
                       title_has_aid=bool(title and _AID_WORDS.search(title.lower())),
                       title_has_trade=bool(title and _TRADE_WORDS.search(title.lower())), title=title)
    quantities = _carry_units(article, quantities)
    if flattened_table:
        quantities = _table_rows(low, quantities)
    valued = [q for q in quantities if q.value is not None]

    state = _ReadingState()
    candidates = state.read
    for i, q in enumerate(valued):
        candidate = _read(article, q, valued, i, state)
        if candidate is not None:
            _inherit_commodity(article, candidate, state.previous)
            candidates.append(candidate)
            state.previous = candidate
    if _CELL in body:
        candidates = sorted(candidates + _pipe_tables(article), key=lambda c: c.q.start)
    _attach_changes(article, candidates)
    return _dedupe([_to_figure(article, c) for c in candidates])


def _inherit_commodity(article: _Article, candidate: _Candidate, previous: _Candidate | None) -> None:
    """The goods of a flow whose clause names none: the one kind of goods its sentence names before it
    ("Sunflower oil was a bright spot: shipments to China rose to 64,000 tons"), not one of a list ("dominated
    by crude oil and uranium, reached ..."); in a sentence that names none, the goods of the previous figure
    of the same flow in the paragraph ("Exports of flour reached ... Uzbekistan received 203.9 thousand tons").
    Not aid: a consignment's value or trucks are of all its goods, not of the one named last, except on a list's
    line ("- wheat flour – 1,000 tons")."""
    if candidate.commodity is not None or candidate.kind not in ("export", "import") and not (
            candidate.kind == "aid" and _BULLET.match(article.low, candidate.sentence[0])):
        return
    start = candidate.q.start
    named = [c for c in article.commodities(candidate.sentence) if c[1] <= start]
    if len({name for _, _, name in named}) == 1:
        candidate.commodity = classify.nearest_commodity(article.low, named, start, candidate.q.end)
    elif not named and previous is not None and previous.commodity and previous.kind == candidate.kind \
            and article.paragraphs.index_of(start) == article.paragraphs.index_of(previous.q.start):
        candidate.commodity = previous.commodity


# ---------------------------------------------------------------- units and ranges
def _carry_units(article: _Article, quantities: list[Quantity]) -> list[Quantity]:
    body = article.low
    out: list[Quantity] = []
    original = quantities
    for i, q in enumerate(original):
        if q.unit is None:
            sentence = article.sentences.span_of(q.start)
            source = _carry_source(body, quantities, i, sentence)   # body: lower-cased
            if source is not None:
                scale = q.scale
                if scale == 1.0 and source.scale > 1.0 and q.raw_number < 1000:
                    scale = source.scale  # "from $1.2 billion to 1.5"
                q = Quantity(q.start, q.end, scaled(q.raw_number, scale), source.unit, source.count_noun,
                             q.raw_number, scale, connector="carried")
                if quantities is original:
                    quantities = list(quantities)
                quantities[i] = q   # a carried unit carries on down a list
        elif q.is_range and q.connector == "to" and _FROM_BEFORE.search(body[max(0, q.start - 12):q.start]):
            # "from 1.2 to 1.5 million tons": the two ends are two figures
            first_end = q.start + len(re.match(r"[\w.,\s]*?\d[\d.,]*", body[q.start:q.end]).group())
            out.append(Quantity(q.start, first_end, q.range_low, q.unit, q.count_noun, connector="carried"))
            q = Quantity(q.start, q.end, q.range_high, q.unit, q.count_noun, q.raw_number, q.scale)
        out.append(q)
    return out


# a flattened table: a head that gives the unit ("Main partners (January-June, $ million):") over rows
# of "label – number" with no unit of their own
_TABLE_UNIT = re.compile(r"[(,]\s*(?:in\s+)?(?:(?:\$|usd|us\$)\s*(?P<scale>million|mln|billion|bln|thousand)"
                         r"|(?P<scale2>millions?|mln|billions?|bln|thousands?)\s+(?:of\s+)?(?:us\s+)?(?:dollars|usd))\b"
                         r"[^\n]*:?[ \t]*$", re.MULTILINE)
_TABLE_ROW = re.compile(r"\s*\n[ \t]*(?:[•\-*·▪►][ \t]*|\d{1,2}[.)][ \t]+)?[^\W\d][^\n\d–—:;$]{0,40}?[ \t]+[–—-][ \t]+"
                        r"(?P<num>\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?![\d%])(?=[ \t]*(?:\(|;|,|$))",
                        re.MULTILINE)


def _has_row_dash(low: str) -> bool:
    """A row's dash, spaced and before a number ("China – 18.0"), is somewhere in the text: a text without
    one has no flattened table, and this is far cheaper than the head's scan, which tries at every comma."""
    for dash in ("–", "—", "-"):
        i = low.find(dash)
        while i >= 0:
            j = i + 1
            while j < len(low) and low[j] in " \t":
                j += 1
            if j > i + 1 and j < len(low) and low[j].isdigit() and i > 0 and low[i - 1] in " \t":
                return True
            i = low.find(dash, i + 1)
    return False


def _table_rows(low: str, quantities: list[Quantity]) -> list[Quantity]:
    """The rows of each flattened table, as amounts in the unit its head gives."""
    rows: list[Quantity] = []
    for head in _TABLE_UNIT.finditer(low):
        scale = SCALES.get((head.group("scale") or head.group("scale2")).rstrip("s"), 1.0)
        pos = head.end()
        while (row := _TABLE_ROW.match(low, pos)) is not None:
            number = parse_number(row.group("num"))
            if number is not None:
                rows.append(Quantity(row.start("num"), row.end("num"), scaled(number, scale), "USD",
                                     raw_number=number, scale=scale))
            line_end = low.find("\n", row.end())
            pos = line_end if line_end >= 0 else len(low)
    if not rows:
        return quantities
    taken = [(r.start, r.end) for r in rows]
    kept = [q for q in quantities if not any(s < q.end and q.start < e for s, e in taken)]
    return sorted(kept + rows, key=lambda q: q.start)


# a table with columns, as feeds' HTML tables read ("Country | Turnover | Kazakh exports | Kazakh imports" over
# "Italy | 15.3 | 13.9 | 1.4"): each column head says the kind, the head or the caption before it the unit
_CELL = " | "
_COLUMN_KINDS = (("export", re.compile(r"\bexports?\b")), ("import", re.compile(r"\bimports?\b")),
                 ("trade_turnover", re.compile(r"\b(?:turnover|trade)\b")))
_COLUMN_SCALE = re.compile(r"(?:\$|\busd|\bus\$|\bdollars?)[^|\n]{0,12}?\b(?P<scale>million|mln|mn|billion|bln|bn|thousand)\b"
                           r"|\b(?P<scale2>million|mln|billion|bln|thousand)s?\s+(?:of\s+)?(?:us\s+)?(?:dollars|usd)\b")
_CELL_NUMBER = re.compile(r"\s*(\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)\s*$")


def _column_kind(head: str) -> str | None:
    return next((kind for kind, words in _COLUMN_KINDS if words.search(head)), None)


def _pipe_tables(article: _Article) -> list[_Candidate]:
    """The figures of every column table: kind from the column, partner from the row, owner, unit and period
    from the head and the caption just before it. The table goes on while its paragraphs are rows; a row
    with another number of cells (a "|" inside a cell) is passed over."""
    out: list[_Candidate] = []
    spans, low = article.paragraphs.spans, article.low
    i = 0
    while i < len(spans):
        head_cells = low[spans[i][0]:spans[i][1]].split("|")
        kinds = [_column_kind(cell) for cell in head_cells[1:]]
        caption = spans[i - 1] if i > 0 else spans[i]
        scale_word = _COLUMN_SCALE.search(low, *spans[i]) or _COLUMN_SCALE.search(low, *caption)
        if len(head_cells) < 2 or not any(kinds) or scale_word is None:
            i += 1
            continue
        scale = SCALES[(scale_word.group("scale") or scale_word.group("scale2"))]
        named = article.parties.countries_in(*caption) or article.parties.countries_in(*spans[i])
        owner = named[0] if named else article.parties.home
        period = article.story_period(article.sentences.index_of(spans[i][0]))   # the caption's, else earlier
        i += 1
        while i < len(spans) and "|" in (row := article.body[spans[i][0]:spans[i][1]]):
            cells = row.split("|")
            if len(cells) == len(head_cells):
                out += _table_row(article, spans[i], cells, kinds, owner, scale, period)
            i += 1
    return out


def _table_row(article: _Article, span, cells: list[str], kinds, owner, scale, period) -> list[_Candidate]:
    partners = article.parties.countries_in(span[0], span[0] + len(cells[0]))
    if len(partners) != 1 or not owner or partners[0] == owner:
        return []
    out = []
    at = span[0] + len(cells[0]) + 1
    for cell, kind in zip(cells[1:], kinds):
        number = _CELL_NUMBER.match(cell)
        value = parse_number(number.group(1)) if kind and number else None
        if value:   # an empty, zero or unreadable cell is no figure
            q = Quantity(at + number.start(1), at + number.end(1), scaled(value, scale), "USD",
                         raw_number=value, scale=scale)
            if kind in SYMMETRIC_KINDS:
                row_kind, (reporter, partner) = kind, ordered_pair(owner, partners[0], article.parties.home)
            else:   # rows are told from the owner's side
                exporter, importer = (owner, partners[0]) if kind == "export" else (partners[0], owner)
                row_kind, reporter, partner = flow_row(kind, exporter, importer)
            out.append(_Candidate(q, row_kind, reporter, partner, "exact", period, None, span, span, 0.8))
        at += len(cell) + 1
    return out


def _carry_source(body: str, quantities: list[Quantity], i: int, sentence) -> Quantity | None:
    q = quantities[i]
    if not _CARRY_AFTER_OK.match(body, q.end):
        return None
    previous = quantities[i - 1] if i > 0 else None
    if previous is not None and previous.unit and previous.start >= sentence[0] and q.start - previous.end <= 60:
        gap = body[previous.end:q.start]
        if _CARRY_LINK.search(gap) and not _PERCENT.search(gap):
            return previous
        if q.scale > 1.0 and _LIST_ITEM_GAP.match(gap) and body.startswith(")", q.end):
            return previous   # "followed by China (1.07 billion dollars), Uzbekistan (662.8 million)"
    following = quantities[i + 1] if i + 1 < len(quantities) else None
    if following is not None and following.unit and following.end <= sentence[1]:
        if _RANGE_GAP.match(body[q.end:following.start]) and _FROM_BEFORE.search(body[max(0, q.start - 12):q.start]):
            return following  # "from 30 to 60 trucks"
    return None


# ---------------------------------------------------------------- reading one quantity
@dataclass(slots=True)
class _ReadingState:
    """What earlier figures of the article tell the later ones."""
    previous: _Candidate | None = None
    reporter: str | None = None          # whose figures the text is listing ("Russia was the largest partner")
    reporter_paragraph: int = -10
    last_recipient: str | None = None    # of aid: another donor's aid goes to the same place
    last_donor: str | None = None
    last_item: _Candidate | None = None  # the last item of a verbless list
    aggregate: tuple[int, str] | None = None   # (sentence index, kind) of the last figure read as a group's
    read: list[_Candidate] = field(default_factory=list)   # the figures so far, in order


def _read(article: _Article, q: Quantity, valued: list[Quantity], i: int, state: _ReadingState):
    if _is_price_or_small_sum(article.low, q):
        return None
    body = article.body
    sentence = article.sentences.span_of(q.start)
    paragraph_index = article.paragraphs.index_of(q.start)
    paragraph = article.paragraphs.spans[paragraph_index] if article.paragraphs.spans else sentence
    clause = clause_span(body, sentence[0], sentence[1], q.start, q.end, article.breaks(sentence))
    clause = _relative_clause(article, clause, q.start)
    # the figure's own words: from where the previous figure's words end (its "to China" is
    # its own, up to the next comma or "and") to where the next figure begins
    previous_end = 0
    if i > 0:
        previous_end = valued[i - 1].end
        if previous_end >= clause[0]:   # an earlier clause's figure cuts nothing here
            previous_cut = _RIGHT_CUT_LIST.search(body, previous_end, q.start)
            if previous_cut:
                previous_end = previous_cut.end()
    next_start = valued[i + 1].start if i + 1 < len(valued) else len(body)
    # the cause ("as Afghan importers turned to ...", "..., the ministry said, as Pakistani power plants turned to
    # Afghan coal") is a clause of its own
    cause = CAUSE_CUT.search(body, q.end, clause[1])
    if cause:
        clause = (clause[0], cause.start())
    cut_re = _RIGHT_CUT_LIST if next_start < clause[1] else _RIGHT_CUT
    right_cut = cut_re.search(body, q.end, clause[1])
    if right_cut and right_cut.group().startswith((" as", "\tas", "\nas")):
        # an "as" before the next amount ends the clause too ("1,500 tonnes of flour as well as masks ... were
        # delivered by 25 trucks")
        clause = (clause[0], right_cut.start())
    segment = (max(clause[0], previous_end), min(clause[1], next_start, right_cut.start() if right_cut else len(body)))
    left = article.low[clause[0]:q.start]     # the words around the number, lower-cased
    right = article.low[q.end:clause[1]]

    if "contract" in left and _CONTRACTORS_WORK.search(left):
        # "Turkish contractors had undertaken projects worth $28 billion": builders' orders, not investment
        return None
    confidence = 0.9
    previous = state.previous
    if _states_change(article.low, max(clause[0], q.start - 30), q):
        return None   # "The figure increased by $33.6 million", "18.7 percent, or $22.4 million, more": a change
    if _restates(article, previous, q, sentence, clause):
        # "168.2 billion tenge (US$366.5 million)", "In yuan terms the total was ...": the same figure again
        p = previous
        named = {CUE_KIND[c.group] for c in article.cues(sentence)
                 if clause[0] <= c.start < q.start and c.group in _FIGURE_CUE_GROUPS}
        if named and p.kind not in named:
            # "Turnover ... reached $241.6 mln. Exports were $97.4 mln, imports - $144.2 mln. In national currency,
            # the turnover was equivalent to 2.28 bln somoni": the last figure of the kind it names
            p = next((r for r in reversed(state.read[-4:]) if r.kind in named
                      and r.q.unit == previous.q.unit and r.period == previous.period), p)
        period = p.period if p.sentence == sentence else _period(article, q, p.kind, sentence, clause, paragraph, valued)
        if period[0] is None:
            period = p.period
        candidate = _same_trade(article, p, q, left, clause, sentence, paragraph, valued, confidence - 0.1)
        candidate.period = period
        return candidate
    if _names_previous_flow(article, previous, q, sentence, clause):
        # "Afghan traders imported 640,000 tonnes of flour from Kazakhstan. He put the value of these imports at
        # 18.6 billion afghanis": the same flow again, in another measure
        candidate = _same_trade(article, previous, q, left, clause, sentence, paragraph, valued, confidence)
        candidate.period = previous.period
        return candidate
    if _priced(article, previous, q, sentence):
        # "– Turkmenistan: 3.9 million tons worth $910 million": the value of the goods the item counted
        candidate = _same_trade(article, previous, q, left, clause, sentence, paragraph, valued, confidence)
        candidate.period = previous.period
        return candidate
    breakdown = _broken_down(article, previous, q, sentence)
    if breakdown is not None:
        # "USD 7.9 billion (exports: USD 3.5 billion; imports: USD 4.4 billion)", "USD 1.02 billion, including
        # exports of USD 398.6 million": the pair's turnover in its two flows, from the side whose trade it is:
        # the side the words name ("..., of which Tajik exports were $61.2 million"), else the list's owner, else
        # the home country or the first one the turnover's clause names
        whole, kind, named = breakdown
        if named:
            owner = named
        elif whole.list_item:
            owner = whole.list_owner
        else:
            owner = next((iso for iso in (article.parties.home, *article.parties.countries_in(*whole.clause))
                          if iso in (whole.reporter, whole.partner)), whole.reporter)
        other = whole.partner if owner == whole.reporter else whole.reporter
        kind, reporter, partner = flow_row(kind, *((owner, other) if kind == "export" else (other, owner)))
        candidate = _candidate(article, q, kind, reporter, partner, left, clause, sentence, paragraph, valued,
                               confidence)
        candidate.whole, candidate.period = whole, whole.period
        return candidate
    if _compares_with(article, previous, q, sentence, segment):
        # "exports rose to $786.4 million, up from $507.6 million", "Uzbekistan: $39.7 million, against
        # $30.2 million": the base of a comparison is the same trade at another time
        candidate = _same_trade(article, previous, q, left, clause, sentence, paragraph, valued, confidence)
        if candidate.period == previous.period and previous.period[0] is not None:
            candidate.period = _year_before(previous.period)   # no time of its own: the same months a year before
        return candidate
    item = _list_item(article, q, paragraph, sentence, previous, state)
    if item is not None:
        kind, reporter, partner, list_owner, *goods = item
        if kind in SYMMETRIC_KINDS:
            reporter, partner = ordered_pair(reporter, partner, article.parties.home)
        candidate = _candidate(article, q, kind, reporter, partner, left, clause, sentence, paragraph, valued,
                               confidence - 0.1)
        candidate.list_owner, candidate.list_item = list_owner, True
        if goods:
            candidate.goods_item, candidate.commodity = True, goods[0] or candidate.commodity
        state.last_item = candidate
        return candidate
    # partners ranked after a total ("Kazakhstan ranks third among Kyrgyzstan's trading partners. China topped the
    # list with ...") are the owner's trade with each, not more of the flow before
    # "Italy was third with $16.6 billion. [its exports and imports] The Netherlands ranked fourth with
    # $7.1 billion": the ranking goes on from its last place, past the breakdown between
    ranked = _last_ranked(article, state, sentence, q) if previous is not None else None
    # "shipments reached 1.12 million tonnes, worth USD 398.4 million. Uzbekistan and Tajikistan came next with
    # 231,000 tonnes and 187,000 tonnes respectively": the list goes on from the figure in its own unit
    listed = previous
    if previous is not None and previous.q.unit != q.unit and len(state.read) >= 2 \
            and (priced := state.read[-2]).q.unit == q.unit and priced.sentence == previous.sentence \
            and previous.q.start - priced.q.end < 40:
        listed = priced   # the amount the value before was the price of
    if ranked is not None and (enumerated := _enumerated_country(article, ranked, sentence, segment, q, valued, 4)):
        previous = ranked
    else:
        enumerated = None if previous is not None and (previous.partner == WORLD or not article.cues(sentence)) \
            and _partners_listed(article, sentence) else _enumerated_country(article, listed, sentence, segment, q,
                                                                             valued)
        if enumerated is not None:
            previous = listed
    if enumerated is not None:
        # "... followed by China with $11.4 billion": the listed figure's kind, a new partner
        list_owner = previous.list_owner
        if enumerated in (previous.reporter, previous.partner):
            kind, reporter, partner = previous.kind, previous.reporter, previous.partner
        else:
            kind, owner = previous.kind, previous.list_owner or previous.reporter
            if kind in ("export", "import") and owner in (previous.reporter, previous.partner):
                # the owner keeps its side of the flow: after "The largest buyer was Russia, which purchased
                # products worth $312.4 million", "Kazakhstan ranked second" is the next buyer
                exporter, importer = (previous.reporter, previous.partner) if kind == "export" \
                    else (previous.partner, previous.reporter)
                # unless the item says which end it is: "..., and 63,000t to Tajikistan" is the next buyer
                end = next((r.role for r in article.parties.roles(*segment) if r.iso3 == enumerated), None)
                if end == "dest" or end != "origin" and owner == exporter:
                    importer, list_owner = enumerated, exporter
                else:
                    exporter, list_owner = enumerated, importer
                reporter, partner = (exporter, importer) if kind == "export" else (importer, exporter)
            else:
                reporter, partner = owner, enumerated
        list_owner = list_owner or reporter
        if kind in SYMMETRIC_KINDS:
            reporter, partner = ordered_pair(reporter, partner, article.parties.home)
        if kind == "trade_turnover" and classify.is_target(article.low[segment[0]:q.start], right):
            kind = "trade_target"   # "turnover was $3.1 billion last year, and Ankara wants it to reach $10 billion"
        confidence -= 0.1
    else:
        kind = _kind(article, q, clause, sentence, paragraph_index, left, right, previous, segment[0])
        if ("which" in left or "that" in left) and (share := _SHARE_BASE.search(left)):
            # "Russia accounted for 18.4% of Uzbekistan's total foreign trade, which over nine months reached
            # $36.8 bln": the base is its owner's total; with no owner named, no figure
            owner = next((m.iso3 for m in reversed(article.parties.within(clause[0] + share.start(), q.start))
                          if m.iso3 != AGGREGATE and POSSESSIVE_AFTER.match(body, m.end)), None)
            if owner is None or kind not in ("trade_turnover", "export", "import"):
                return None
            kind, reporter, partner = (kind, owner, WORLD) if kind == "trade_turnover" \
                else flow_row(kind, *((owner, WORLD) if kind == "export" else (WORLD, owner)))
            state.reporter, state.reporter_paragraph = owner, paragraph_index
            return _candidate(article, q, kind, reporter, partner, left, clause, sentence, paragraph, valued,
                              confidence)
        if kind == "trade_turnover" and "turnover" in left and (share := _FLOW_SHARE_OF_TURNOVER.search(left)):
            kind = "export" if share.group(1).startswith("export") else "import"   # the turnover is only the base
        respective_kind, _, respective_partner, respective_actor = article.respectively(sentence, valued).get(
            q.start, _NOT_LISTED)
        if respective_kind is not None:
            kind = respective_kind
        if kind is None:
            return None
        context_reporter = state.reporter if paragraph_index - state.reporter_paragraph <= 1 else None
        context_reporter = _pronoun_owner(article, sentence, clause, q.start) or context_reporter
        # an interview's first person: "Last year our trade reached ...", "we exported ...", "our country sent ..."
        # and an interview's answer speaks for the interviewee's side
        speaker = article.parties.speaker() if ("we" in left or "our" in left) and _FIRST_PERSON.search(left) \
            or article.parties.answering(q.start) else None
        if speaker is not None:
            context_reporter = speaker
        ranking_owner = None
        try:
            if kind in SYMMETRIC_KINDS and previous is not None and previous.sentence == sentence \
                    and previous.kind in ("trade_turnover", "trade_target") \
                    and not any(clause[0] <= c.start < clause[1] and c.group != "other" for c in article.cues(sentence)) \
                    and not article.parties.countries_in(*clause):
                # "Last year our trade reached $9.9 billion, and in the first half it grew to $5.2 billion":
                # a clause with no subject of its own goes on about the same pair
                reporter, partner = previous.reporter, previous.partner
            elif kind in SYMMETRIC_KINDS and previous is not None and previous.kind == kind and previous.partner != WORLD \
                    and not article.parties.countries_in(*clause) and article.parties.countries_in(*sentence) \
                    and 0 < article.sentences_after(previous.sentence, sentence) <= 3:
                # "Trade between Kazakhstan and Afghanistan reached $987 million in 2022. In 2023 trade slumped to
                # $545.1 million as Afghan importers turned to Uzbek flour": the pair goes on; the other names are the cause's
                reporter, partner = previous.reporter, previous.partner
            elif speaker is not None and kind in SYMMETRIC_KINDS and not article.parties.countries_in(*clause) \
                    and article.parties.counterpart(speaker) and not article.parties.is_aggregate(clause, q.start) \
                    and not WORLD_WORDS.search(article.low, *clause):   # "Foreign trade reached $139.8 billion"
                reporter, partner = ordered_pair(speaker, article.parties.counterpart(speaker),
                                                 article.parties.home)
            elif kind in SYMMETRIC_KINDS and not BILATERAL_WORDS.search(article.low, clause[0], q.start) \
                    and (ranking_owner := _ranking_owner(article, sentence, q)) \
                    and (ranked := article.parties.nearest_name(segment, q, ranking_owner)):
                # "China slipped to third place among Kyrgyzstan's trading partners, behind Russia with
                # $1.56 billion": the list owner's trade with the country named at the amount
                reporter, partner = ordered_pair(ranking_owner, ranked, article.parties.home)
            elif respective_partner is not None and kind in SYMMETRIC_KINDS \
                    and (other := context_reporter or article.parties.home) not in (None, respective_partner):
                # "turnover with Kyrgyzstan and Tajikistan was $4.1 million and $2.3 million respectively"
                reporter, partner = ordered_pair(other, respective_partner, article.parties.home)
            elif respective_partner is not None and kind in ("export", "import") and (
                    mover := article.parties.actor(clause[0], q.start) or context_reporter or article.parties.home) \
                    not in (None, respective_partner):
                # "Kazakhstan's exports to Uzbekistan and Tajikistan were $2.9 billion and $1.5 billion respectively"
                kind, reporter, partner = flow_row(kind, *((mover, respective_partner) if kind == "export"
                                                           else (respective_partner, mover)))
            elif respective_kind in ("export", "import"):
                # "exports to and imports from Uzbekistan were $2.9 billion and $1.5 billion, respectively"
                reporter, partner = article.parties.pair(segment, clause, sentence, paragraph, q.start,
                                                         context_reporter)
                if article.parties.actor(clause[0], q.start) == partner:
                    # "Uzbek exports to Kazakhstan and imports from it stood at ... respectively": the subject's flows
                    reporter, partner = partner, reporter
            elif kind in SYMMETRIC_KINDS:
                if state.aggregate is not None and state.aggregate[1] == kind \
                        and (at := article.sentences.index_of(sentence[0])) - state.aggregate[0] <= 1 \
                        and (previous is None
                             or article.sentences.index_of(previous.sentence[0]) < state.aggregate[0]) \
                        and not article.parties.countries_in(*sentence):
                    # "Trade between China and the five Central Asian countries hit $70.2 billion in 2022. In the
                    # first four months of this year, it grew to $24.8 billion": the group's trade goes on
                    state.aggregate = (at, kind)
                    return None
                reporter, partner = article.parties.pair(segment, clause, sentence, paragraph, q.start,
                                                         context_reporter)
            elif kind == "aid":
                aid_segment = segment
                if next_start < clause[1] and _CARRYING_GAP.match(article.low, q.end, next_start):
                    # "a convoy of 20 trucks with 100 tons of aid to Türkiye": one shipment, one destination
                    cut = _RIGHT_CUT_LIST.search(body, valued[i + 1].end, clause[1])
                    aid_segment = (segment[0], cut.start() if cut else clause[1])
                reporter, partner = article.parties.aid(aid_segment, clause, sentence, paragraph, q.start,
                                                        state.last_recipient,
                                                        speaker or _line_label(article, q.start) or state.last_donor)
                funded = _FUNDED_PURCHASE.search(article.low, max(sentence[0], q.start - 200), q.start)
                if funded is not None:
                    # goods bought with a donor's money are that donor's aid, wherever they were bought
                    reporter = next(iter(article.parties.countries_in(*funded.span())), None) or state.last_donor \
                        or reporter
                    if partner == reporter:
                        partner = state.last_recipient
                if _SPENDING_VERB.search(article.low, clause[0], q.start) and (
                        (partner in article.parties.countries_in(clause[0], q.start)
                         or _HOME_CURRENCY.get(q.unit) == partner)
                        and reporter not in article.parties.countries_in(*sentence)
                        or reporter == state.last_recipient):
                    # the recipient's own spending ("Kazakh businessmen collected 2.3 billion tenge", "The
                    # Government of Kazakhstan allocated 5 billion tenge for the repair of houses", "The Cabinet
                    # of Ministers has allocated 500 million som from the reserve fund", in Kyrgyzstan)
                    return None
            else:
                # the words before the figure's own name who trades - unless its own words start a flow
                # the other way ("Exports from Kazakhstan reached $520.2 million, imports amounted to ...")
                cues = article.cues(sentence)
                own = {_FLOW_OF.get(c.group) for c in cues if segment[0] <= c.start < q.start} - {None}
                earlier = {_FLOW_OF.get(c.group) for c in cues if clause[0] <= c.start < segment[0]} - {None}
                fill_start = segment[0] if own and not own & earlier else clause[0]
                if own and not own & earlier and previous is not None and previous.sentence == sentence \
                        and previous.kind in ("export", "import") and {previous.kind} == earlier - own \
                        and not article.parties.countries_in(*segment):
                    # "exports to Uzbekistan made $139.2 million, imports - $455.7 million": the other
                    # flow of the same pair (rows are told from one side, so the kind turns over)
                    kind = "import" if previous.kind == "export" else "export"
                    reporter, partner = previous.reporter, previous.partner
                elif previous is not None and previous.partner == WORLD and previous.sentence == sentence \
                        and previous.kind in ("export", "import") \
                        and (buyer := _OF_WHICH_BUYER.search(article.low, previous.q.end, q.start)) \
                        and len(named := article.parties.countries_in(*buyer.span())) == 1 and named[0] != previous.reporter:
                    # "Wheat exports came to 3.91 million tonnes, of which Uzbekistan bought 1.83 million tonnes": the
                    # total's flow to the buyer (from the supplier)
                    kind, reporter, partner = previous.kind, previous.reporter, named[0]
                elif previous is not None and previous.partner == WORLD and not article.parties.countries_in(*clause) \
                        and (_OF_THE_TOTAL.match(article.low, sentence[0])
                             or previous.sentence == sentence
                             and previous.kind in ("export", "import", "trade_turnover")
                             or article.sentences_after(previous.sentence, sentence) == 1
                             and (previous.kind == "trade_turnover" and not article.parties.countries_in(*sentence)
                                  or previous.kind == kind and not article.parties.within(*sentence))):
                    # "Azerbaijan's overall foreign trade stood at $23.5 billion. Of that, exports made up
                    # $13.6 billion", "... Exports totaled $1.3 billion", "Denmark exported 29.4 million tonnes of
                    # grain. Export revenue amounted to ...": the owner's flow with the world
                    reporter, partner = previous.reporter, WORLD
                elif previous is not None and previous.kind == "trade_turnover" and WORLD != previous.partner \
                        and (_PART_OF_THAT.match(article.low, q.end) or _OF_THE_TOTAL.match(article.low, sentence[0])) \
                        and set(named := article.parties.countries_in(*clause)) <= {previous.reporter, previous.partner}:
                    # "trade between the two countries reached $602.8 million. Kazakh exports accounted for
                    # $397.4 million of that total": a part of the pair's turnover is the pair's flow
                    pair = (previous.reporter, previous.partner)
                    # the side named as the subject ("Kazakh exports") moves the goods; one named as an end
                    # ("imports from China") is the other side
                    roles = [r for r in article.parties.roles(*clause) if r.iso3 in named]
                    mover = next((r.iso3 for r in roles if r.role == "actor"), None) or next(
                        (iso for iso in pair if roles and iso != roles[0].iso3), previous.reporter)
                    other = pair[1] if mover == pair[0] else pair[0]
                    kind, reporter, partner = flow_row(kind, *((mover, other) if kind == "export" else (other, mover)))
                elif previous is not None and previous.sentence == sentence and kind in ("export", "import") \
                        and previous.kind in ("export", "import") and previous.kind != kind \
                        and WORLD not in (previous.reporter, previous.partner) and not article.parties.within(*clause) \
                        and (mover := article.parties.actor(*previous.clause)) in (previous.reporter, previous.partner):
                    # "Azerbaijan's exports to Uzbekistan amounted to $30.1 million, while imports totaled $62.5
                    # million": the other way of the same pair, still the named mover's
                    other = previous.partner if mover == previous.reporter else previous.reporter
                    kind, reporter, partner = flow_row(kind, *((mover, other) if kind == "export" else (other, mover)))
                elif previous is not None and previous.sentence == sentence and previous.kind == kind \
                        and (parallel := _parallel_actor(article, previous, segment, q)) is not None:
                    # "Chinese companies bought 118,000 tonnes of Uzbek yarn, while Türkiye purchased 61,000 tonnes":
                    # another buyer (seller) of the same goods, from (to) the same other side
                    reporter, partner = parallel, previous.partner
                else:
                    if context_reporter is None:
                        context_reporter = _antecedent_mover(article, kind, sentence, paragraph)
                    elif previous is not None and previous.kind == "trade_turnover" and previous.partner != WORLD \
                            and context_reporter in (previous.reporter, previous.partner) \
                            and [(r.iso3, r.role) for r in article.parties.roles(*segment) if r.iso3 != AGGREGATE] \
                            == [(context_reporter, "dest" if kind == "export" else "origin")] \
                            and article.paragraphs.index_of(previous.q.start) >= paragraph_index - 1:
                        # "Trade between Kyrgyzstan and Kazakhstan reached $1.55 billion. ... Exports to Kazakhstan
                        # amounted to $551.2 million": the flow the turnover's other side sends
                        context_reporter = previous.partner if context_reporter == previous.reporter \
                            else previous.reporter
                    # the turnover just given of the pair the title names
                    pair_before = (previous.reporter, previous.partner) if previous is not None \
                        and previous.kind == "trade_turnover" \
                        and {previous.reporter, previous.partner} == set(article.parties.title_pair or ()) \
                        and article.paragraphs.index_of(previous.q.start) >= paragraph_index - 1 else None
                    kind, reporter, partner = article.parties.flow(kind, segment, clause, sentence, paragraph,
                                                                   q.start, context_reporter,
                                                                   min(clause[1], next_start), fill_start,
                                                                   pair_before)
            if respective_actor is not None and kind == "aid" and respective_actor != partner:
                reporter = respective_actor   # "A and B sent aid to C – 1,500 tons and 44 wagons respectively"
            elif respective_actor is not None and kind in ("export", "import") \
                    and (other := _respective_counterpart(article, previous, sentence, valued)
                         or context_reporter or article.parties.home) not in (None, respective_actor):
                kind, reporter, partner = flow_row(kind, *((respective_actor, other) if kind == "export"
                                                           else (other, respective_actor)))
        except NoParty as no_party:
            if no_party.aggregate:
                state.aggregate = (article.sentences.index_of(sentence[0]), kind)
            if no_party.actor:
                state.reporter, state.reporter_paragraph = no_party.actor, paragraph_index
            return None
        if reporter == partner or not reporter or not partner:
            return None
        subject = _subject(article, reporter, partner, segment, clause, context_reporter)
        state.reporter, state.reporter_paragraph = subject, paragraph_index
        # a list goes on from the same side: a flow's from its exporter (importer), "..., while
        # Tajikistan took 510,000 tonnes"; a turnover list from the subject's
        if kind in SYMMETRIC_KINDS and ranking_owner is None \
                and BILATERAL_WORDS.search(article.low, clause[0], q.start) \
                and (owner := _ranking_owner(article, sentence, q)) in (reporter, partner):
            # "Kazakhstan remained China's largest trading partner, with bilateral trade of $31 billion, followed by
            # Kyrgyzstan at $15.5 billion": China's partners are listed
            ranking_owner = owner
        list_owner = reporter if kind in ("export", "import") else ranking_owner or subject
        if kind in ("export", "import") and WORLD not in (reporter, partner):
            named = article.parties.countries_in(*segment) or article.parties.countries_in(*clause)
            if len({reporter, partner} & set(named)) == 1:
                list_owner = partner if reporter in named else reporter   # the side the ranking leaves unsaid
            elif article.parties.nearest_name(segment, q) == reporter:
                # both named: the list goes on with the country named next to the amount ("Among the buyers
                # of Kyrgyz goods, Russia took products worth $335.2 million, Kazakhstan - $198.7 million")
                list_owner = partner
        if partner == WORLD and kind in ("aid", "deal_value", "investment"):
            return None
    if kind == "aid":
        state.last_recipient, state.last_donor = partner, reporter
    if not article.parties.within(*sentence):
        confidence -= 0.15  # the pair comes from outside the sentence
    candidate = _candidate(article, q, kind, reporter, partner, left, clause, sentence, paragraph, valued, confidence)
    candidate.list_owner = list_owner
    if kind == "aid" and previous is not None and previous.kind == "aid" and candidate.period == (published := (
            article.published, article.published)) and previous.period != published and previous.period[0] is not None \
            and article.paragraphs.index_of(previous.q.start) >= paragraph_index - 1 \
            and (reporter, partner) == (previous.reporter, previous.partner):
        # "In 2022 Kazakhstan dispatched nine trains ... The trains delivered 24,500 tonnes": the same shipments
        candidate.period = previous.period
    return candidate


# ---------------------------------------------------------------- verbless lists
# an item of a list: an optional bullet or number, one country (maybe after "with"), a dash or colon, the amount
# a list line's label: a country or a name, up to its dash or colon ("• Russia – ...", "- Kazakhstan: ...")
_ITEM_LABEL = r"(?P<label>[^\W\d][^\n\d–—:;,.()$]{0,40}?)"
_ITEM_PREFIX = re.compile(
    r"\s*(?:[•\-–—*·▪►]\s*|\d{1,2}[.)]\s+)?(?:with\s+|and\s+with\s+)?" + _ITEM_LABEL
    + r"\s*(?:[–—-]|:)\s*(?:(?:about|around|over|nearly|almost|some)\s+)?$")
_AND_MORE = re.compile(r"(?:\s+of)?\s+[^.;:\d()]{0,40}?\s+and\s+(?:(?:about|around|some|nearly|over)\s+)?")
_ITEM_PREFIX_ENDS = ("–", "—", "-", ":", "about", "around", "over", "nearly", "almost", "some")
# the cue groups that name what a list or a pronoun is about
_FIGURE_CUE_GROUPS = ("trade", "export", "import", "invest")


def _list_item(article: _Article, q: Quantity, paragraph, sentence, previous, state) -> tuple | None:
    """"• Russia – $6.59 billion;", "1. China – 18.0 bln dollars (+15.4%)": a line that is only a country and
    an amount takes its kind from the list's head (the line before the list, else the title) and its
    reporter from the story's subject; the items after the first go on the same way."""
    if previous is not None and previous.list_item and previous.sentence == sentence \
            and _AND_MORE.fullmatch(article.low, previous.q.end, q.start) \
            and not any(previous.q.end <= c.start < q.start for c in article.cues(sentence)):
        # "- Uzbekistan: 3,700 mt of wheat flour and 560 mt of vegetable oil": more of the line's goods
        return previous.kind, previous.reporter, previous.partner, previous.list_owner
    if not article.low[paragraph[0]:q.start].rstrip().endswith(_ITEM_PREFIX_ENDS):
        return None   # what the prefix must end with, tested far faster than the prefix
    m = _ITEM_PREFIX.fullmatch(article.low, paragraph[0], q.start)
    if m is None:
        return _period_item(article, q, paragraph, state)
    label = m.span("label")
    mentions = [x for x in article.parties.within(*label)]
    if not mentions:
        return _goods_item(article, q, label, state)
    if len(mentions) != 1 or mentions[0].start - label[0] > 4 or label[1] - mentions[0].end > 1:
        return None
    country = mentions[0].iso3
    if country == WORLD:
        return None
    p_index = article.paragraphs.index_of(q.start)
    last = state.last_item
    # the list goes on in the same unit, or on the very next line ("Kazakhstan — 96,800 tonnes\nChina — $38.6 million")
    lines_on = p_index - article.paragraphs.index_of(last.q.start) if last is not None else -1
    if 0 <= lines_on <= (4 if last.q.unit == q.unit else 1):
        kind, owner = last.kind, last.list_owner
    else:
        head = _list_head(article, p_index)
        if head is None:
            return None
        kind, owner = head
        if owner is None:
            # a head that names no one ("Exports to the five Central Asian republics also improved"): the side the
            # story was just giving, else the home country
            recent = state.reporter if p_index - state.reporter_paragraph <= 3 else None
            owner = (kind == "aid" and article.parties.title_recipient) or recent or article.parties.home
    if owner is None or owner == country:
        return None
    if kind == "aid":
        return kind, country, owner, owner   # the listed donors' aid to the story's recipient
    return kind, owner, country, owner   # the owner's flow or trade with the listed country


def _goods_item(article: _Article, q: Quantity, label: tuple[int, int], state) -> tuple | None:
    """"- copper and copper products: $870 million" under "Main Kazakh exports to Türkiye in 2022:": a line that is
    only goods and an amount is the head's flow of those goods; the lines after it go on the same way."""
    if classify.find_cues(article.low, *label):
        return None   # "- Exports: $3.5 billion": the line says what it is
    p_index = article.paragraphs.index_of(q.start)
    last = state.last_item
    goods = " ".join(article.low[label[0]:label[1]].split()) or None
    if last is not None and last.goods_item and 0 <= p_index - article.paragraphs.index_of(last.q.start) <= 4:
        return last.kind, last.reporter, last.partner, last.list_owner, goods
    if p_index == 0:
        return None
    head = article.paragraphs.spans[p_index - 1]
    cues = [c for c in article.cues(article.sentences.span_of(head[1] - 1)) if c.start >= head[0]]
    if not cues or cues[-1].group not in ("export", "import") or not article.low.startswith(":", head[1] - 1):
        return None   # a head of one flow that opens the list with a colon
    try:
        kind, reporter, partner = article.parties.flow(CUE_KIND[cues[-1].group], head, head, head, head, head[1])
    except NoParty:
        return None
    if WORLD in (reporter, partner):
        return None
    return kind, reporter, partner, reporter, goods


def _line_label(article: _Article, position: int) -> str | None:
    """The country a list's line opens with ("- Kazakhstan: a train of 28 wagons ..."): whose the line's figures are."""
    line_start = article.low.rfind("\n", 0, position) + 1
    label = _LINE_LABEL.match(article.low, line_start, position)
    if label is None:
        return None
    named = article.parties.countries_in(*label.span("label"))
    return named[0] if len(named) == 1 else None


_LINE_LABEL = re.compile(r"[ \t]*(?:[•\-*·▪►][ \t]*|\d{1,2}[.)][ \t]+)" + _ITEM_LABEL + r"[ \t]*:")


def _period_item(article: _Article, q: Quantity, paragraph, state) -> tuple | None:
    """"Trade turnover:\n2021 – $108.3 mln\n2022 – $140.6 mln": a line that is only a period and an amount,
    under a head that says what; the pair is the head's country and its counterpart in the story."""
    if not _PERIOD_ITEM.fullmatch(article.low, paragraph[0], q.start):
        return None
    p_index = article.paragraphs.index_of(q.start)
    last = state.last_item
    if last is not None and last.q.unit == q.unit and p_index - article.paragraphs.index_of(last.q.start) <= 4:
        return last.kind, last.reporter, last.partner, last.list_owner
    head = _list_head(article, p_index)
    if head is None:
        return None
    kind, owner = head[0], head[1] or article.parties.home
    if owner is None:
        return None
    partner = article.parties.counterpart(owner)
    if partner is None:
        return None
    return kind, owner, partner, owner


_PERIOD_ITEM = re.compile(r"\s*(?:[•\-*·▪►]\s*)?(?:(?:[a-z]+(?:\s*[-–]\s*[a-z]+)?|h[12]|q[1-4])\s+)?(?:19|20)\d\d\s*[–—:-]\s*")


def _list_head(article: _Article, p_index: int) -> tuple[str, str | None] | None:
    """The kind and the owner of a list from the paragraph that opens it (else the title)."""
    spans = article.paragraphs.spans
    j = p_index - 1
    while j >= 0 and _ITEM_PREFIX.match(article.low, spans[j][0]) and \
            re.match(r"[^\n]*?[–—-]\s*[$€£₸₽¥\d]", article.low[spans[j][0]:spans[j][1]]):
        j -= 1   # the items before this one
    if j < 0 or p_index - j > 3:
        return None
    head = spans[j]
    head_cues = classify.find_cues(article.low, *head)
    cues = [c for c in head_cues if c.group in _FIGURE_CUE_GROUPS]
    if not cues and (destinations := _DESTINATIONS.search(article.low, *head)):
        # "The breakdown of other key destinations was as follows:": where the owner's goods went
        cues = [Cue(destinations.start(), destinations.end(), "export", destinations.group())]
    if not cues and article.title:
        cues = [c for c in classify.find_cues(lower_ascii(article.title)) if c.group in _FIGURE_CUE_GROUPS]
    if not cues:
        return None
    kind = CUE_KIND[cues[-1].group]
    if (any(c.group == "aid" for c in head_cues) or _CONTRIBUTIONS.search(article.low, *head)) \
            and article.aid_context(p_index):
        # "Neighbouring countries have provided in-kind assistance, received by ...:", "Recent contributions were
        # received from:"
        kind = "aid"
    named = article.parties.countries_in(*head)
    owner = named[0] if len(named) == 1 else None
    if kind == "import" and cues[-1].word in _BUYER_NOUNS:
        # "the main buyers of Kazakh flour were:", "Peru's main buyers", "Main buyers (volume / value):": each item buys
        # from the owner, named or not
        kind = "export"
    return kind, owner


_CONTRIBUTIONS = re.compile(r"\b(?:contributions?|contributors|donations?|pledges?)\b")
_DESTINATIONS = re.compile(r"\b(?:destinations|export\s+markets)\b")
_BUYER_NOUNS = ("buyer", "buyers", "importer", "importers", "purchaser", "purchasers")


# "Its trade with Kyrgyzstan came to ...": whose trade a pronoun stands for
_ITS_FLOW = re.compile(r"\bits\s+(?:\w+\s+){0,2}?(?:trade|turnover|exports?|imports?)\b")


def _pronoun_owner(article: _Article, sentence, clause, number_start: int) -> str | None:
    """The country "its" refers to: the first one named in the sentence before, when the pronoun
    opens the figure's sentence with no country of its own before it."""
    if "its" not in article.low[clause[0]:number_start]:
        return None
    m = _ITS_FLOW.search(article.low, clause[0], number_start)
    if m is None:
        return None
    named = article.parties.countries_in(sentence[0], m.start())
    if named:
        # "Kazakhstan, a much larger economy, shows a similar pattern: its exports to Russia rose ...": the
        # sentence's subject, the only country it names before
        opening = article.parties.within(sentence[0], m.start())[0]
        return named[0] if len(named) == 1 and opening.start == sentence[0] \
            and not _RELATIVE_WORD.search(article.low, opening.end, m.start()) else None
    i = article.sentences.index_of(sentence[0])
    if i == 0:
        return None
    before = article.parties.countries_in(*article.sentences.spans[i - 1])
    return before[0] if before else None


_RELATIVE_WORD = re.compile(r"\b(?:which|who|that|whose)\b")
_PRONOUN_SUBJECT = re.compile(
    r"(?:^|[,:]\s*|\b(?:in|during|for|over|by)\s+[^,;]{1,40}?,?\s+|\b(?:show|shows|showed|indicate|indicates|indicated)\s+(?:that\s+)?)"
    r"(?:when\s+)?(?:it|they|(?:the|this)\s+(?:indicator|figure))\s+"   # "..., when the figure stood at $363.8 million"
    r"(?:has\s+|had\s+|have\s+)?(?:amounted|reached|totall?ed|stood|made\s+up|came\s+to|was|were|grew|rose|increased|fell|decreased"
    r"|declined|dropped|exceeded|recovered|slumped|slipped|plunged|jumped|climbed|shrank|hit)\b[^;]{0,40}$")


def _earlier_kind(sentence_cues, clause) -> str | None:
    """The kind the sentence named before the figure's clause ("Trade between the two countries has grown: in
    2020 it stood at ...")."""
    earlier = [c for c in sentence_cues if c.end <= clause[0] and c.group in _FIGURE_CUE_GROUPS]
    return CUE_KIND[earlier[-1].group] if earlier else None


def _antecedent_kind(article: _Article, sentence) -> str | None:
    """The kind the last trade noun of the two sentences before names ("Trade ... is small. In 2020 it ...")."""
    i = article.sentences.index_of(sentence[0])
    for j in (i - 1, i - 2):
        if j < 0:
            return None
        cues = [c for c in article.cues(article.sentences.spans[j]) if c.group in _FIGURE_CUE_GROUPS
                or c.group == "other"]
        if cues:
            last = cues[-1]
            return None if last.group == "other" else CUE_KIND[last.group]
    return None


_FIRST_PERSON = re.compile(r"\b(?:we|our\s+(?:country|trade|turnover|exports?|imports?|mutual|bilateral|presidents|leaders"
                           r"|heads\s+of\s+state))\b")
_PRONOUN_OBJECT = re.compile(r"\b(?:it|them)\s+to\s+[^;]{0,20}$")


def _pronoun_means_flow(article: _Article, sentence, left: str) -> bool:
    """"... expects fruit exports to reach $1.6 billion. The goal is to raise them to $3 billion": the
    pronoun stands for the last trade noun of the sentence before - exports, not trade."""
    if not _PRONOUN_OBJECT.search(left):
        return False
    i = article.sentences.index_of(sentence[0])
    if i == 0:
        return False
    cues = [c for c in article.cues(article.sentences.spans[i - 1]) if c.group in ("export", "import", "trade")]
    return bool(cues) and cues[-1].group != "trade"


def _antecedent_mover(article: _Article, kind: str, sentence, paragraph) -> str | None:
    """Who moves a flow whose sentence names no country, from the same flow the sentence before it names ("The main
    Kyrgyz exports to China remain ores. Deliveries of ores amounted to 76,000 tonnes": Kyrgyzstan)."""
    i = article.sentences.index_of(sentence[0])
    if i == 0 or article.sentences.spans[i - 1][0] < paragraph[0] or article.parties.countries_in(*sentence):
        return None
    before = article.sentences.spans[i - 1]
    flows = [_FLOW_OF[c.group] for c in article.cues(before) if c.group in _FLOW_OF]
    if not flows or flows[-1] != kind:
        return None
    try:
        row_kind, reporter, partner = article.parties.flow(kind, before, before, before, paragraph, before[1])
    except NoParty:
        return None
    return reporter if row_kind == kind else partner


def _parallel_actor(article: _Article, previous: _Candidate, segment, q: Quantity) -> str | None:
    """The one country a flow's own words name, as the subject of their flow verb, when it is neither side of
    the same flow just before in the sentence."""
    roles = [r for r in article.parties.roles(*segment) if r.iso3 != AGGREGATE]
    if len(roles) != 1 or roles[0].role != "actor" or roles[0].start > q.start \
            or roles[0].iso3 in (previous.reporter, previous.partner):
        return None
    return roles[0].iso3


def _respective_counterpart(article: _Article, previous, sentence, valued) -> str | None:
    """The other side of the flow before, when it was the list's subject before this one's ("Kazakhstan and Russia
    purchased 584,000 tons and 421,000 tons, respectively": Russia buys from whom Kazakhstan bought from)."""
    if previous is None or previous.sentence != sentence:
        return None
    actor = article.respectively(sentence, valued).get(previous.q.start, _NOT_LISTED).actor
    if actor not in (previous.reporter, previous.partner):
        return None
    return previous.partner if actor == previous.reporter else previous.reporter


def _subject(article: _Article, reporter: str, partner: str, segment, clause, context_reporter) -> str:
    """Whose figures the story is giving: the side the text took from context ("Russia remained
    the largest partner with $12.3 billion" - Kazakhstan's partner), else the subject
    ("Tajikistan's trade with Kazakhstan", "Tajik exports to Kazakhstan")."""
    if partner == WORLD:
        return reporter
    if article.parties.title_subject in (reporter, partner):
        return article.parties.title_subject   # a story about one country's trade lists its partners
    if context_reporter in (reporter, partner):
        return context_reporter
    named = article.parties.countries_in(*segment) or article.parties.countries_in(*clause)
    if len(named) == 1 and named[0] in (reporter, partner):
        return partner if named[0] == reporter else reporter
    actor = article.parties.actor(*segment) or article.parties.actor(*clause)
    return actor if actor in (reporter, partner) else reporter


def _same_trade(article, previous, q, left, clause, sentence, paragraph, valued, confidence):
    """A candidate for q that is more of the previous figure's trade: its kind, its pair, its list."""
    candidate = _candidate(article, q, previous.kind, previous.reporter, previous.partner, left, clause, sentence,
                           paragraph, valued, confidence)
    candidate.list_owner = previous.list_owner
    return candidate


def _candidate(article, q, kind, reporter, partner, left, clause, sentence, paragraph, valued, confidence):
    body = article.body
    qualifier = classify.qualifier(left)
    value = q.value
    if q.is_range and q.range_low is not None:
        value, qualifier = q.range_low, "at_least"   # "$300-400 million": the floor is what is stated
        confidence -= 0.1
    if q.connector == "carried":
        confidence -= 0.05
    period = article.respectively(sentence, valued).get(q.start, _NOT_LISTED).period \
        or _period(article, q, kind, sentence, clause, paragraph, valued)
    if period[0] is None and kind != "trade_target":
        confidence -= 0.1
    commodity = None
    if kind in ("export", "import", "aid", "deal_value"):
        commodity = classify.nearest_commodity(article.low, article.commodities(clause), q.start, q.end)
    unit = q.unit
    if unit == "MANAT":  # Turkmen manat unless the sentence is about Azerbaijan
        azerbaijan = "AZE" in (reporter, partner) or any(m.iso3 == "AZE" for m in article.parties.within(*sentence))
        unit = "AZN" if azerbaijan else "TMT"
    elif unit == "RUPEE":  # Pakistan's unless the sentence is about India
        india = "IND" in (reporter, partner) or any(m.iso3 == "IND" for m in article.parties.within(*sentence))
        unit = "INR" if india else "PKR"
    q = Quantity(q.start, q.end, value, unit, q.count_noun, q.raw_number, q.scale, q.is_range,
                 q.range_low, q.range_high, q.connector)
    return _Candidate(q, kind, reporter, partner, qualifier, period, commodity, clause, sentence,
                      max(0.05, min(1.0, confidence)))


_PER_UNIT_AFTER = re.compile(
    r"\s*(?:per\s+|an?\s+|/\s*|for\s+(?:a|one|each)\s+)(?:metric\s+)?(?:tonnes?|tons?|t|kg|kilograms?|barrels?"
    r"|bbl|cubic|units?|head|litres?|liters?|ton-kilometers?|month|day|week|hour|person|capita)\b")


def _is_price_or_small_sum(body: str, q: Quantity) -> bool:
    """Prices ('$285 per tonne') and small sums are not trade figures."""
    if q.unit in ("t", "count"):
        return bool(_PER_UNIT_AFTER.match(body, q.end))
    return q.value < 100_000 or bool(_PER_UNIT_AFTER.match(body, q.end))


_CONVERSION_GAP = re.compile(
    r"^\s*(?:[(\[]|,?\s*(?:[^,.;()]{0,40},\s*)?(?:or|i\.e\.|equivalent\s+to|equal\s+to|which\s+is))"
    r"\s*(?:about|approximately|around|some|roughly|nearly|over|~)?\s*$")
_NATIONAL_CURRENCY = re.compile(r"\bin\s+(?:national|local|domestic)\s+currency\b")
_ANAPHORA = re.compile(
    r"\b(?:(?:the|a)\s+(?:\w+\s+)?total|in\s+(?:\w+\s+){1,2}terms|the\s+figure|measured\s+in|that\s+figure"
    r"|(?:the|this)\s+indicator|it\s+(?:amounted|reached|totall?ed|stood|made\s+up|came\s+to|was\s+(?:worth|equal))"
    r")\b")


def _converts(article: _Article, first: Quantity, then: Quantity) -> bool:
    """`then` gives `first` in another currency: "168.2 billion tenge (US$366.5 million)"."""
    return first.unit != then.unit and bool(_CONVERSION_GAP.match(article.low[first.end:then.start]))


def _restates(article: _Article, previous, q: Quantity, sentence, clause) -> bool:
    """This amount is the previous figure again, in another currency or referred back to."""
    if previous is None or previous.q.unit in ("t", "count") or q.unit in ("t", "count"):
        return False
    if previous.sentence == sentence:
        return _converts(article, previous.q, q)
    i = article.sentences.index_of(sentence[0])
    j = article.sentences.index_of(previous.sentence[0])
    if previous.q.unit != q.unit and _NATIONAL_CURRENCY.search(article.low, clause[0], q.start) \
            and not article.parties.countries_in(*clause) \
            and article.paragraphs.index_of(q.start) - article.paragraphs.index_of(previous.q.start) <= 1:
        return True   # "In national currency, the turnover was equivalent to 78.6 billion somoni"
    if i - j > 2 or any(clause[0] <= c.start < clause[1] and c.group != "other" for c in article.cues(sentence)):
        return False
    if previous.period[1] is not None and any(p.year and p.explicit and p.year != previous.period[1].year
                                              and clause[0] <= p.start_pos < clause[1] for p in article.periods(sentence)):
        return False   # "... in 2020 it stood at $1.06 billion": another year's figure, not the last one again
    anaphora = _ANAPHORA.search(article.low, sentence[0], sentence[1])
    if anaphora is None or _GOAL_OF.search(article.low, clause[0], q.start) \
            or classify.is_target(article.low[clause[0]:q.start]):
        # (not "... their goal of doubling that figure, and the sides confirmed a target of $2 billion", "have
        # agreed to raise the figure to $2 billion")
        return False
    if article.low.endswith(" of ", 0, anaphora.start()):
        return False   # "Exports accounted for the bulk of the figure – $710.6 mln": a part of it, not it again
    if not set(article.parties.countries_in(sentence[0], q.start)) <= {previous.reporter, previous.partner}:
        return False   # "Turkmenistan's trade with Uzbekistan is also growing: it reached ...": another pair's
    # "... signed deals worth $1.4 bln. They noted the growth of mutual trade. In 2018 it amounted to ...": the
    # pronoun is the noun between's
    return not any(c.group in _FIGURE_CUE_GROUPS and CUE_KIND[c.group] != previous.kind
                   for k in range(j + 1, i) for c in article.cues(article.sentences.spans[k]))


_THESE_FLOWS = re.compile(r"\b(?:these|those|such)\s+(?:imports|exports|shipments|supplies|deliveries|purchases|sales)"
                          r"\s+(?:at|was|were|is|are|amounted|totall?ed|stood|reached|came|made|worth)\b[^;]{0,30}$")


def _names_previous_flow(article: _Article, previous, q: Quantity, sentence, clause) -> bool:
    """The amount's words call the flow of the figure just before (in this or the sentence before) "these imports"."""
    return previous is not None and previous.kind in ("export", "import") and q.unit != previous.q.unit \
        and _THESE_FLOWS.search(article.low, clause[0], q.start) is not None \
        and article.sentences_after(previous.sentence, sentence) <= 1 \
        and not set(article.parties.countries_in(*clause)) - {previous.reporter, previous.partner}


# the base a figure is compared with, right before the amount ("up from", "against", "compared with")
_COMPARISON_BASE = re.compile(rf"\b(?:(?:up|down)\s+from|{_VERSUS}|vs\.?){_BASE_TAIL}")


def _compares_with(article: _Article, previous, q: Quantity, sentence, segment) -> bool:
    """This amount is the base the previous figure of its sentence is compared with, and its own words name no
    country or flow of their own ("compared with $900 million for Bolivia", "... of imports")."""
    if previous is None or previous.sentence != sentence or previous.q.unit != q.unit \
            or previous.kind not in ("trade_turnover", "export", "import"):
        return False
    base = _COMPARISON_BASE.search(article.low, max(segment[0], q.start - 40), q.start)
    # the comparison's own words: not the route told before it ("..., most of it through Georgia, compared with ...")
    return base is not None and not article.parties.within(base.start(), segment[1]) \
        and _FLOW_WORD.search(article.low, q.end, segment[1]) is None


_FLOW_WORD = re.compile(r"\b(?:exports?|imports?)\b")


# "3.9 million tons worth $910 million", "104.2 thousand tonnes; USD 71.3 million" (a volume; value list)
_WORTH_GAP = re.compile(r"\s+(?:of\s+(?:[\w-]+\s+){1,5}?)?(?:worth|valued\s+at|with\s+a\s+value\s+of)\s+"
                        r"(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$"
                        r"|\s*[;,(/]\s*$")   # "402,000 tonnes ($19.1 million)", "87,400 tonnes / $74.2 million"


def _priced(article: _Article, previous, q: Quantity, sentence) -> bool:
    """This amount is the value of the goods the list item before it counted ("3.9 million tons worth",
    "402,000 tonnes ($19.1 million)")."""
    if previous is None or previous.sentence != sentence or previous.kind not in ("export", "import") \
            or previous.q.unit != "t" or q.unit in ("t", "count"):
        return False
    gap = _WORTH_GAP.match(article.low, previous.q.end, q.start)
    # "exported 318,600 tonnes of fruit worth $284.5 million": the goods' value, said in words, outside lists too
    return gap is not None and (previous.list_item or previous.partner == WORLD and "worth" in gap.group())


# what lies between a turnover and a part of it that is one flow: " (exports: ", "; imports: ", ", including
# exports of ", " and imports of ", ", of which exports amounted to "
_BREAKDOWN_GAP = re.compile(r"\s*(?:\(|[,;]|and\b|,?\s+including\b|,?\s+of\s+which\b|,\s+with\b)\s*(?:\w+\s+){0,2}?"
                            r"(?P<flow>export|import)s?\b(?:\s+(?:of|at|were|was|amounted\s+to|totall?ed|reached|came\s+to))?"
                            r"\s*[:–—-]?\s*(?:(?:about|around|some|nearly|almost|over|more\s+than|just|only)\s+)?$")


def _broken_down(article: _Article, previous, q: Quantity, sentence) -> tuple | None:
    """(the pair's turnover, the flow, the side named or None) when this amount is one flow of a turnover, right
    after it or after its other flow."""
    if previous is None or previous.sentence != sentence or previous.q.unit != q.unit:
        return None
    whole = previous if previous.kind == "trade_turnover" else previous.whole
    if whole is None or WORLD in (whole.reporter, whole.partner):
        return None
    gap = _BREAKDOWN_GAP.match(article.low, previous.q.end, q.start)
    if gap is None:
        return None
    named = article.parties.countries_in(previous.q.end, q.start)
    if not named and _OUR.search(article.low, previous.q.end, q.start):
        named = [article.parties.speaker()] if article.parties.speaker() else []   # "..., of which our exports were"
    if len(named) > 1 or named and named[0] not in (whole.reporter, whole.partner):
        return None
    return whole, gap.group("flow"), named[0] if named else None


_OUR = re.compile(r"\bour\b")


def _a_year_before(day: date) -> date:
    """The same day a year earlier; a month's last day stays its month's last (29 February: 28 February)."""
    last = _month_end(day.year - 1, day.month)
    return last if day == _month_end(day.year, day.month) else day.replace(year=day.year - 1, day=min(day.day, last.day))


def _year_before(period: tuple[date, date]) -> tuple[date, date]:
    return _a_year_before(period[0]), _a_year_before(period[1])


def _relative_clause(article: _Article, clause, number_start: int):
    """"..., behind Russia, whose trade with Tajikistan hit $1.6 billion": the clause starts at Russia."""
    whose = None
    for m in _WHOSE.finditer(article.body, clause[0], number_start):
        whose = m
    if whose is None:
        return clause
    antecedent = [m for m in article.parties.within(clause[0], whose.start()) if m.end >= whose.start() - 1]
    if antecedent:
        return antecedent[-1].start, clause[1]
    return clause


_WHOSE = re.compile(r",\s+(?:whose|with\s+which|where)\b")


def _states_change(low: str, start: int, q: Quantity) -> bool:
    """The amount is a change, not a level. Each pattern is tried only where its words are."""
    before = low[start:q.start]
    if "by" in before and _CHANGE_BY.search(low, start, q.start):
        return True
    if " or " not in before:
        return False
    return bool(_PERCENT_OR_BY.search(before) or (_PERCENT_OR.search(before) and _MORE_AFTER.match(low, q.end)))


_PERCENT_OR = re.compile(r"(?:%|percent|per\s+cent),?\s+or\s+\$?$")
_PERCENT_OR_BY = re.compile(r"(?:%|percent|per\s+cent),?\s+or\s+by\s+\$?$")   # "rose 10%, or by $0.5 billion,"
_MORE_AFTER = re.compile(r"\s*,?\s*(?:more|less|higher|lower|up|down)\b")
# (a goal's year may come between: "to $500 million by the end of 2019 and to $1 billion in the medium term")
_AND_THEN_TO = re.compile(r"(?:[^.;$\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,50}?\band\s+(?:then\s+|later\s+|eventually\s+)?"
                          r"(?:to|up\s+to)\s+")
# "Exports accounted for the lion's share of the turnover at $750.5 million"
_FLOW_SHARE_OF_TURNOVER = re.compile(r"\b(exports?|imports?)(?:\s+(?:to|from)\s+(?:the\s+)?\w+)?\s+(?:accounted\s+for|made\s+up"
                                     r"|formed|constituted)\s+(?:\w+[’']s\s+|\w+\s+){0,3}?(?:share|part|bulk|half|all|most)\s+of\s+"
                                     r"(?:the\s+)?(?:\w+\s+)?turnover\b")
_PART_OF_THAT = re.compile(r"\s+of\s+(?:that|this|the)\s+(?:total|sum|amount|figure|volume|turnover)\b")
_OF_WHICH_BUYER = re.compile(r"[,;]\s*of\s+(?:which|this|that|them)\s+[^,;]{1,40}?\s(?:bought|purchased|imported|took"
                             r"|received|supplied|sold|shipped)\s+(?:(?:about|around|nearly|almost|some|over|more\s+than)\s+)?$")
_OF_THE_TOTAL = re.compile(r"\W*(?:of\s+(?:that|this|which|them|the\s+total)|including)\b")
# what a part of the figure before is called when it opens a clause
_PART_SUBJECT = re.compile(r"\s*(?:the\s+bulk|most|the\s+(?:vast\s+)?majority|the\s+lion[’']?s\s+share|the\s+rest"
                           r"|the\s+remainder|(?:about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?half)\b")
_SHARE_OF = re.compile(r"\b(?:accounted|accounting|accounts)\s+for\b|\bmade\s+up\b|\bof\s+(?:that|this|which)\b")


def _ranking_owner(article: _Article, sentence, q: Quantity) -> str | None:
    """Whose partners the figure's sentence ranks ("among Kyrgyzstan's trading partners"), looking one sentence
    back when the sentence itself is a ranking ("Kazakhstan ranks third among X's partners. China topped ...")."""
    start = article.start_back(sentence, 1)
    if "partner" not in article.low[start:sentence[0]] or not _RANKING.search(article.low, sentence[0], q.start):
        start = sentence[0]
    return article.parties.partners_owner(start, q.start)


def _partners_listed(article: _Article, sentence) -> bool:
    """This sentence or one of the two before speaks of trading partners."""
    start = article.start_back(sentence, 2)
    return "partner" in article.low[start:sentence[1]] and bool(_TRADING_PARTNERS.search(article.low, start, sentence[1]))


_TOP_AFTER = re.compile(r"\b(?:rounded\s+out|completed?|complete|made\s+up|make\s+up|closed?)\s+the\s+(?:top|list|ranking)\b")
_AID_CARRIAGE = frozenset(("rail", "transport", "transported", "transportation", "transit", "transited", "received"))
_CARGO_SUBJECT = re.compile(r"(?:it|the\s+(?:cargo|consignment|shipment|aid|assistance|delivery|batch|convoy|train|plane|flight))"
                            r"\s+(?:also\s+)?(?:includes?|included|contains?|contained|consists?|consisted|comprises?|comprised"
                            r"|weighs?|weighed|carried|carries|brought|delivered)\b")
_AID_VALUE = re.compile(r"(?:\b(?:its|the|their)\s+(?:total\s+)?(?:cost|value)\s+(?:of\s+the\s+(?:aid|assistance|cargo|consignment)\s+)?"
                        r"(?:was|is|were|amounts?\s+to|amounted\s+to|totals?|totall?ed|(?:was\s+|is\s+)?estimated\s+at)"
                        # "The flour, valued at US$1.8 million, will be distributed ..."
                        r"|^(?:the|this|that|these|its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+(?:(?:was|were|is|are)\s+)?"
                        r"(?:valued|priced)\s+at)\s+(?:(?:about|around|over|nearly|almost|some|more\s+than)\s+)?$")
# a donor's money: "contributed US$5 million", "contributions ... include US$4.8 million from the Russian
# Federation", "a grant of 800 million yen", "a US$2 million contribution"
_CONTRIBUTION_BEFORE = re.compile(r"\b(?:contribut(?:ed|es|ions?)|(?:grant|donation)s?\s+of)\b[^.;\d]{0,60}$")
_CONTRIBUTION_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:contribution|grant|donation)\b")
# a relief agency buying aid with a donor's money: "With the Kazakh contribution, WFP has purchased 4,100 metric
# tons", "which will be used to procure 5,300 metric tons" (not its purchases on the market: "In 2023, WFP
# purchased 80,000 metric tons of Kazakh wheat")
_RELIEF_AGENCY = r"(?:wfp|unicef|unhcr|fao|world\s+food\s+programme)"
_FUNDED_PURCHASE = re.compile(
    r"(?:\b(?:with|using|thanks\s+to)\s+(?:the|this|that|these|its|their|a)\s+(?:[\w-]+\s+){0,2}(?:funding|funds"
    rf"|contributions?|donations?|grants?|money)\b[^.;\d]{{0,40}}?\b(?:{_RELIEF_AGENCY}|it|they)"
    r"\s+(?:has\s+|have\s+|will\s+|would\s+)?(?:also\s+)?|\b(?:used|spent)\s+to\s+)"
    r"(?:procur|purchas|buy|bought)\w*\s+(?:(?:about|some|over|more\s+than|nearly|almost)\s+)?$")
_AGENCY_BOUGHT = re.compile(rf"\b{_RELIEF_AGENCY}\s+(?:(?:has|have|had|also)\s+)*"
                            r"(?:procured|purchased|bought)\s+(?:(?:about|some|over|more\s+than|nearly|almost)\s+)?$")
# money given to a relief agency or to another country's side ("transferred $1 million to the Turkish side")
_TO_RECEIVER = re.compile(r"\s+(?:to|through)\s+(?:the\s+)?(?:un\s+)?(?:world\s+food\s+programme|wfp|unicef|unhcr|unrwa"
                          r"|red\s+crescent|red\s+cross|international\s+committee\s+of\s+the\s+red\s+cross"
                          r"|[a-z]+\s+(?:side|government))\b")
# what may stand before an aid amount that opens its sentence: "To the Kyrgyz Republic, 1,500 tonnes of flour ..."
_OPENS_SENTENCE = re.compile(r"(?:(?:to|for)\s+(?:the\s+)?[^\W\d][^,;.\d]{0,40},\s*|of\s+(?:the\s+total|this|these|them|it),?\s*)?"
                             r"(?:the\s+|some\s+|about\s+|another\s+|a\s+further\s+)?")
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose|(?:\w+ly\s+)?the\s+(?:main|largest|biggest|top|leading)\s+\w+\s+of)\b[^,;]*,")


def _aside_spans(article: _Article, start: int, end: int) -> list[tuple[int, int]]:
    """Relative and appositive asides in low[start:end]: their words say nothing of the figure."""
    return [m.span() for m in _RELATIVE_ASIDE.finditer(article.low, start, end)]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in spans)



_TRADING_PARTNERS = re.compile(r"\b(?:trading|trade|commercial)\s+partners\b"
                               r"|\b(?:largest|biggest|main|top)\s+(?:trading\s+)?partner\b"
                               # "The country traded with partners from 161 states"
                               r"|\btraded\s+with\s+(?:\w+\s+){0,2}?partners\b")
# a ranking of partners goes on: "Kazakhstan ranked second with ...", "followed by China ($1.07 billion)"
_RANKING = re.compile(
    r"\b(?:ranked|ranks|ranking|came|comes|was|were|placed|took|is|in)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|next)\b"
    r"|\b(?:led|leads|topped|tops|headed|heads)\s+the\s+(?:list|ranking)\b"
    r"|\bfollowed\s+by\b|\b(?:second|third|fourth|fifth)[-\s](?:largest|biggest|place)\b|\bnext\s+(?:came|come|was|were)\b"
    r"|\b(?:the\s+)?top\s+(?:three|four|five|six|seven|eight|ten|[3-9]|10)\b"   # "The top five looked as follows: ..."
    # the list's head: "China was the largest market with 38,000 tons, followed by ..."
    r"|\b(?:was|were|is|are|remained|remains)\s+(?:again\s+|still\s+)?the\s+" + TOP_PARTNER)


def _last_ranked(article: _Article, state: _ReadingState, sentence, q: Quantity) -> _Candidate | None:
    """The figure that took the last place of a ranking, when this sentence goes on with the ranking and the
    figure just before it took none."""
    if state.previous.sentence == sentence or not _RANKING.search(article.low, sentence[0], q.start):
        return None
    for earlier in reversed(state.read[-6:]):
        if earlier.sentence != sentence and _RANKING.search(article.low, earlier.sentence[0], earlier.q.start):
            return None if earlier is state.previous else earlier
    return None


def _enumerated_country(article: _Article, previous, sentence, segment, q: Quantity, valued: list[Quantity],
                        reach: int = 2) -> str | None:
    """In a list ("followed by China with $11.4 billion, Italy with ..."), or a share of the total
    just given ("Kazakhstan accounted for $421.3 million of that"), the country this item names (the n-th of
    "A and B came next with X and Y respectively")."""
    if previous is None or previous.q.unit != q.unit:
        return None
    if previous.sentence != sentence:
        i = article.sentences.index_of(sentence[0])
        if not 1 <= i - article.sentences.index_of(previous.sentence[0]) <= reach \
                or not (_SHARE_OF.search(article.low, sentence[0], sentence[1])
                        or _RANKING.search(article.low, sentence[0], q.start)) \
                or any(c.group == "other" for c in article.cues(sentence)):
            # a share of the total just given, or the ranking goes on ("Kazakhstan ranked second"); not "mills
            # could turn out 7 million tonnes, but use less than half of that capacity"
            return None
    asides = _aside_spans(article, *segment)   # "Italy, traditionally the main buyer of Kazakh oil, was third"
    if any(segment[0] <= c.start < segment[1] and not _inside(c.start, asides) for c in article.cues(sentence)):
        return None   # the item says what it is itself
    countries = list(dict.fromkeys(m.iso3 for m in article.parties.within(*segment) if m.iso3 != AGGREGATE
                                   and not _inside(m.start, asides)))
    if len(countries) == 1 and countries[0] in article.parties.funders(*segment):
        return None   # "..., while the WFP distributed 2,800 tonnes with funding from Russia": who paid, not a next item
    if len(countries) == 1:
        return countries[0]
    actor = article.respectively(sentence, valued).get(q.start, _NOT_LISTED).actor
    return actor if actor in countries or not countries else None


def _kind(article: _Article, q: Quantity, clause, sentence, paragraph_index, left: str, right: str,
          previous: _Candidate | None = None, own_start: int | None = None) -> str | None:
    """The figure's kind from the nearest cue in its clause; None when it is no trade/aid figure."""
    sentence_cues = article.cues(sentence)
    # whether it is a goal, a forecast or a possibility is said by the figure's own words:
    # "is expected to reach $700 million this year, compared with $520 million in 2021"
    mood_start = clause[0] if own_start is None else max(clause[0], own_start)
    mood = article.low[mood_start:q.start]
    cues = [c for c in sentence_cues if c.start >= clause[0] and c.end <= clause[1]]
    if cues and (", which" in left or ", who" in left or "the " in left):
        # "Tajikistan's trade with Afghanistan, which has rested largely on sales of electricity, totaled ...":
        # the aside's words say nothing of the figure
        asides = _aside_spans(article, clause[0], q.start)
        cues = [c for c in cues if not _inside(c.start, asides)]
    if any(c.word in _AID_CARRIAGE for c in cues) and article.aid_context(paragraph_index):
        # "The 1,200 tons of flour travelled by rail", "a military transport aircraft landed with 18 tonnes",
        # "was received at the station": in an aid story, how the aid came
        cues = [Cue(c.start, c.end, "delivery", c.word) if c.word in _AID_CARRIAGE else c for c in cues]
    if (q.unit not in ("t", "count") and (_AID_VALUE.search(left) or _TO_RECEIVER.match(article.low, q.end, clause[1])
                                          or _CONTRIBUTION_AFTER.match(right)) or _CONTRIBUTION_BEFORE.search(left)) \
            and article.aid_context(paragraph_index) and not _APPEAL.search(article.low, clause[0], q.start):
        # "Its total cost was estimated at 5.3 billion tenge", "transferred $1 million to the World Food Programme",
        # "A US$2 million contribution from the Government of Kazakhstan", "a grant of 800 million yen", "a contribution
        # from the Government of Kazakhstan of 3,900 metric tons": in an aid story, what the aid cost or a donor's gift
        return "aid"
    if q.unit in ("t", "count") and _FUNDED_PURCHASE.search(article.low, max(sentence[0], q.start - 200), q.start) \
            and article.aid_context(paragraph_index):
        return "aid"   # "With this funding, WFP will procure 2,650 metric tons of fortified wheat flour": the aid bought
    if _AGENCY_BOUGHT.search(left):
        return None    # "In 2023, WFP purchased 80,000 metric tons of Kazakh wheat": a relief agency is no importing country
    if not cues and q.unit in ("t", "count") and article.aid_context(paragraph_index) \
            and (_CARGO_SUBJECT.match(article.low, sentence[0]) or _OPENS_SENTENCE.fullmatch(article.low, sentence[0], q.start)):
        # "The cargo arrived in 60 wagons. It includes 1,100 tons of flour ...", "The 1,200 metric tons of flour
        # travelled by rail ...": in an aid story, the consignment itself
        return "aid"
    head = _bullet_head(article.low, q.start)
    if head is not None:
        # the items of a list are of the kind its head line says, whatever words describe each item: "The humanitarian
        # cargo ... includes the following:\n- wheat flour – 1,000 tons;", "agreements worth EUR 7.6 billion were
        # reached, including:\n• Knauf – construction of a gypsum board plant – EUR 150 million;"
        # (unless the item's own words name a flow or trade: "• trade turnover – $4.1 billion")
        head_groups = {c.group for c in classify.find_cues(article.low, *head)}
        if "aid" in head_groups and q.unit in ("t", "count") and article.aid_context(paragraph_index) \
                and not any(c.group != "other" for c in cues):
            return "aid"
        if _CONTRIBUTIONS.search(article.low, *head) and article.aid_context(paragraph_index) \
                and not any(c.group != "other" for c in cues):
            # "Contributions received during the reporting period:\n- Government of Japan: JPY 70 million": each
            # donor country's gift (not a fund's or a bloc's)
            return "aid" if _line_label(article, q.start) not in (None, AGGREGATE) else None
        if "deal" in head_groups and q.unit not in ("t", "count") and "aid" not in head_groups \
                and not any(c.group in ("trade", "export", "import", "aid") for c in classify.find_cues(
                    article.low, article.low.rfind("\n", 0, q.start) + 1, q.start)):
            return "deal_value"
        flows = head_groups & {"export", "import"}
        if len(flows) == 1 and not head_groups & {"aid", "deal", "invest"} and not any(c.group != "other" for c in cues):
            return flows.pop()   # "Kazakhstan exported:\n• cattle – 41,700 head, including 38,900 head to Uzbekistan"
    if not cues and q.unit not in ("t", "count") and _APPEAL.search(mood) and article.aid_context(paragraph_index):
        return None   # "The U.N. and its partners are seeking $3.06 billion to help ...": a call for money, no trade
    if not cues:
        # a clause without its own subject: "Trade fell to $3.07 billion ..., but recovered in 2021,
        # when it reached $1.19 billion" - the sentence's earlier figure, else its first cue, says what
        if previous is not None and previous.sentence == sentence:
            if classify.not_yet(right):
                return None
            future = _FUTURE_BY_YEAR.match(right)
            if previous.kind in ("trade_turnover", "trade_target") and q.unit not in ("t", "count") \
                    and (classify.is_target(mood, right) or future and int(future.group(1)) > article.published.year):
                return "trade_target"   # "..., and the sides aim to bring it to $1 billion", "... is within reach by 2027"
            return previous.kind
        earlier = [c for c in sentence_cues if c.end <= clause[0] and c.group != "other"]
        cues = earlier[:1]
        if not cues and _PRONOUN_SUBJECT.search(left) and not any(c.end <= clause[0] for c in sentence_cues):
            # "Trade between Kyrgyzstan and Afghanistan is small. In 2020 it amounted to $21.5 million":
            # the pronoun stands for the last trade noun of the sentences before
            kind = _antecedent_kind(article, sentence)
            if kind is not None:
                if kind == "trade_turnover" and classify.is_target(mood, right):
                    return "trade_target"
                return kind
    if not cues and q.unit not in ("t", "count") \
            and (_RANKING.search(article.low, sentence[0], q.start) or _TOP_AFTER.search(article.low, q.end, sentence[1])):
        # "The list of the country's main trading partners stayed the same. China ranked first with $31.5
        # billion, ...": a ranking of partners gives each one's trade; after an investment total, each
        # investor's investment
        if _partners_listed(article, sentence):
            return "trade_turnover"
        if _antecedent_kind(article, sentence) == "investment":
            return "investment"
    if not cues and q.unit not in ("t", "count") and (previous is None or previous.sentence != sentence) \
            and _SHARE_OF.search(article.low, sentence[0], q.start):
        # "Kyrgyzstan's trade with the EAEU fell to $1.09 billion. Russia accounted for $654.8 million of the
        # total, ...": each member's share is its trade
        antecedent = _antecedent_kind(article, sentence)
        if antecedent is not None:
            return antecedent
    if not cues:
        # "the heads of government instructed their ministries to reach $2 billion by 2026": a goal
        # with no noun of its own, in a story about trade, is a trade goal
        if q.unit not in ("t", "count") and (_GOAL_OF.search(left) or _RAISE_IT_TO.search(left) or _AIM_TO_REACH.search(left)) \
                and classify.is_target(left, right) \
                and not classify.is_forecast(left) and article.trade_story(paragraph_index) \
                and not _pronoun_means_flow(article, sentence, left):
            # "the presidents have set a goal of $10 billion", "the task is to bring it to ...", "we aim to reach $10 billion"
            return "trade_target"
        future = _FUTURE_BY_YEAR.match(right)
        if q.unit not in ("t", "count") and future and int(future.group(1)) >= article.published.year \
                and classify.is_target(left, right) and not classify.is_forecast(left) \
                and article.trade_story(paragraph_index) and not _pronoun_means_flow(article, sentence, left):
            return "trade_target"
        if previous is not None and previous.kind in ("export", "import") and previous.q.unit == q.unit \
                and article.sentences_after(previous.sentence, sentence) == 1 \
                and _PART_SUBJECT.match(article.low, clause[0]):
            # "Kyrgyzstan bought 74,000 tons of fuel abroad. The bulk — 68,900 tons — came from Russia": a part of it
            return previous.kind
        return None
    is_money = q.unit not in ("t", "count")
    if any(c.group == "other" and 0 <= c.start - q.end <= 20 and not _PUNCTUATION.search(article.body, q.end, c.start)
           and not _CLAUSE_OPENS.search(article.low, q.end, c.start) for c in cues):
        # "130kg of ore samples", "5 million tons of production capacity" (not "141,500 as Dushanbe raised duties")
        return None
    # the closest cue ending before the number, and starting (within 60 characters) after it
    nearest_before = nearest_after = None
    for c in cues:
        if c.end <= q.start:
            if nearest_before is None or c.end > nearest_before.end:
                nearest_before = c
        elif q.end <= c.start <= q.end + 60 and (nearest_after is None or c.start < nearest_after.start):
            nearest_after = c
    if nearest_before is not None and nearest_before.group == "other" and (
            nearest_before.word.startswith("cost")
            and any(c.group in ("import", "export", "delivery") and c.end <= nearest_before.start for c in cues)
            or nearest_before.word.startswith("revenue")
            and any(c.group == "export" and 0 < nearest_before.start - c.end <= 2 for c in cues)):
        # "goods bought from Kyrgyzstan cost $277.4 million", "imports of Russian electricity cost Kazakhstan $226.5
        # million": what the flow cost, not a price; "Export revenue amounted to $1.55 billion": what it earned
        cues = [c for c in cues if c is not nearest_before]
        nearest_before = max((c for c in cues if c.end <= q.start), key=lambda c: c.end)
    if nearest_before is not None and nearest_before.group == "other" and q.start - nearest_before.end <= 25 \
            and not _PUNCTUATION.search(article.low, nearest_before.end, q.start):
        return None   # "handled more than 300,000 tonnes", "queues of 300 trucks", "has raised 300 million tenge"
    if any(c.group == "aid" for c in cues):
        kind = "aid"
    else:
        if nearest_before is None and _PRONOUN_SUBJECT.search(left) \
                and (antecedent := _earlier_kind(sentence_cues, clause) or _antecedent_kind(article, sentence)) is not None:
            # "In January-August 2022, it amounted to $319 million, with Kazakh exports reaching ...": the
            # pronoun's noun, not the cue after the amount
            return antecedent
        if nearest_before is None:
            # the amount is the subject ("512 tons of tents, food and medicines have been delivered"),
            # unless what follows is a breakdown of it ("..., including exports of $150.2 million")
            breakdown = nearest_after is not None and _BREAKDOWN.search(article.low, q.end, nearest_after.start)
            cue = None if breakdown else nearest_after
            if breakdown and _PRONOUN_SUBJECT.search(left):
                # "In 2020 it amounted to $21.5 million, of which Kyrgyz exports accounted for ...": the whole
                kind = _antecedent_kind(article, sentence)
                if kind is not None:
                    return kind
        elif nearest_after is not None and nearest_after.start - q.end <= 20 and q.start - nearest_before.end > 40 \
                and nearest_after.group not in ("delivery", "other") \
                and not _PUNCTUATION.search(article.low, q.end, nearest_after.start):
            cue = nearest_after   # "$140 million in new trade agreements": its own words, right after it
        else:
            cue = nearest_before
        if cue is not None and cue.word.startswith("partner"):
            # "the portfolio of joint projects with Chinese partners amounts to ...": the portfolio says what
            cue = next((c for c in cues if c.word.startswith("portfolio") and c.end <= cue.start), cue)
        if cue is None:
            return None
        if cue.group == "other":
            return None   # "cargo turnover", "production", "capacity", "price" ...
        if cue.group == "delivery" or (cue.group == "export" and classify.is_supply_word(cue.word)
                                       and article.aid_context(paragraph_index)):
            kind = classify.delivery_kind(cue.word, article.aid_context(paragraph_index))
            if kind is None:
                return None
        else:
            kind = CUE_KIND[cue.group]
        if kind in ("export", "import") and any(c.group == "deal" and (0 <= cue.start - c.end <= 30 or (
                                                    0 <= cue.start - c.end <= 80 and _FOR_THE_FLOW.fullmatch(
                                                        article.low, c.end, cue.start)))
                                                and not (cue.word.endswith("ed") and any(
                                                    r.role == "actor" for r in article.parties.roles(c.end, cue.start)))
                                                for c in cues):
            # "a contract for the supply of 200,000 tonnes of wheat worth $60 million": the deal's terms (not
            # "Under such agreements Kazakhstan exported ...", where the flow has a subject of its own)
            return "deal_value" if is_money else None
        if kind == "investment" and (cue.word.startswith("projects") or article.low.startswith(" projects", cue.end)) \
                and any(c.group == "deal" and c.end <= cue.start for c in cues):
            return "deal_value"   # "agreements were reached on trade contracts and investment projects worth $2.3 billion"
    if "by" in mood and _CHANGE_BY.search(mood):
        return None   # "exports rose by $28.6 million": the change, not a level
    if ("owe" in mood or "owing" in mood) and _OWED.search(mood):
        return None   # "the utility is reported to owe its Uzbek supplier $20 million": a debt
    if classify.is_potential(mood, article.body[mood_start:q.start]) and kind != "aid":
        return None
    if classify.not_yet(right):
        return None
    if kind in ("export", "import") and (("cap" in mood or "quota" in mood or "limit" in mood or "ceiling" in mood
                                          or "allowed" in mood) and _LIMIT_BEFORE.search(mood)
                                         or _LIMIT_HEAD.search(article.low, sentence[0], q.start)):
        # "capped wheat exports at 1 million tons", "a monthly quota of 200,000 tonnes", "quotas on grain exports: no
        # more than 1 million tons of wheat and 300,000 tons of flour": a limit
        return None
    if kind == "aid" and (_AID_POTENTIAL.search(mood) or _APPEAL.search(article.low, clause[0], q.start)
                          or _NEEDED_AFTER.match(article.low, q.end)):
        # aid that could come, or a call for it ("the 2022 humanitarian appeal, totalling $2 billion", "US$4.44B
        # required under the response plan")
        return None
    if kind != "aid" and _POTENTIAL_AFTER.match(article.low, q.end, sentence[1]):
        return None   # "a list of 47 goods worth $320 million ..., the supply of which could increase exports"
    if q.unit == "t" and _FREIGHT_AFTER.match(article.low, q.end, sentence[1]):
        return None   # "1.4 million tons of cargo were carried by rail": freight statistics
    if kind in CURRENCY_KINDS and not is_money:
        return None
    if q.unit == "count" and (kind not in FLOW_OR_AID or q.count_noun == "plane" and kind != "aid"):
        return None   # planes count only as aid flown in, never as goods
    if kind == "trade_turnover":
        aside = next((span for span in _aside_spans(article, clause[0], clause[1]) if _inside(q.start, [span])), None)
        if aside is not None:
            right = article.low[q.end:aside[1]]   # "to raise their trade, which stood at $3.9 billion last year, to ..."
        future = _FUTURE_BY_YEAR.match(right)
        if classify.is_target(mood, right) or (future and int(future.group(1)) >= article.published.year
                                               and not classify.is_forecast(mood)):
            return "trade_target"
        if previous is not None and previous.sentence == sentence and previous.kind == "trade_target" \
                and _AND_THEN_TO.fullmatch(article.low, previous.q.end, q.start):
            return "trade_target"   # "to $2 billion in the coming years and to $5 billion in the long term"
    if classify.is_forecast(mood) and not classify.has_target_noun(mood):
        return None
    if kind in ("export", "import", "deal_value") and classify.is_target(mood, right) \
            and not (kind == "deal_value" and _SIGNED.search(mood)):
        # "plans to raise exports to $1 billion": a goal, and only trade goals are rows (but "the sides signed a
        # roadmap for 2024-2026 and commercial agreements worth $125 million" are deals)
        return None
    if kind in ("export", "import") and classify.is_planned_flow(mood):
        return None   # "will supply 100,000 tons": not (yet) a flow
    return kind


_SIGNED = re.compile(r"\b(?:signed|concluded|inked|sealed)\b")
# "a contract between KAMAZ and the Kazakh company KazAvtoZhol for the supply of ...": the deal's own terms
_FOR_THE_FLOW = re.compile(r"[^.;,]*\bfor\s+(?:the\s+)?")
_BULLET = re.compile(r"[ \t]*(?:[•\-–*·▪►]|\d{1,2}[.)])[ \t]*")   # not an interview's dash "—"
_HEAD_END = re.compile(r":[ \t]*$")


def _bullet_head(low: str, position: int) -> tuple[int, int] | None:
    """The head line ("..., including:") of the bulleted list whose line `position` is on, if it is on one."""
    line_start = low.rfind("\n", 0, position) + 1
    while line_start > 0 and _BULLET.match(low, line_start):
        head_end = line_start - 1
        while head_end > 0 and low[head_end - 1] == "\n":
            head_end -= 1   # a blank line between the head and its list
        head_start = low.rfind("\n", 0, head_end) + 1
        if not _BULLET.match(low, head_start):
            return (head_start, head_end) if _HEAD_END.search(low, head_start, head_end) else None
        line_start = head_start
    return None


_POTENTIAL_AFTER = re.compile(r"[^.;]{0,60}?,\s*(?:the\s+\w+\s+of\s+)?(?:which|that)\s+(?:could|would|might|may)\b")
_FREIGHT_AFTER = re.compile(r"\s+of\s+(?:cargo|freight|transit\s+cargo)\s+(?:(?:were|was|have\s+been|has\s+been)\s+)?"
                            r"(?:carried|transported|handled|transferred|shipped)\b")
# the country whose own money a currency is
_HOME_CURRENCY = {"KZT": "KAZ", "KGS": "KGZ", "UZS": "UZB", "TJS": "TJK", "TMT": "TKM", "AFN": "AFG", "RUB": "RUS",
                  "CNY": "CHN", "TRY": "TUR", "PKR": "PAK", "IRR": "IRN", "BYN": "BLR", "AZN": "AZE", "MNT": "MNG"}
# a country spending at home: "The Government of Kazakhstan allocated 7 billion tenge for ... the affected villages"
_SPENDING_VERB = re.compile(r"\b(?:allocated|collected|raised|spent|earmarked|has\s+allocated)\b")


# ---------------------------------------------------------------- periods
# "up 38 percent on the same period a year earlier": that period is the comparison's, not the figure's
_COMPARISON_BEFORE = re.compile(rf"\b(?:on|over|from|{_VERSUS}|vs\.?|than)\s+(?:the\s+)?(?:\w+\s+)?$")
_PUNCTUATION = re.compile(r"[,;.:()]")
# the base of a share: "46 percent of all Kazakh flour exports, which totaled 2.5 million tonnes"
_SHARE_BASE = re.compile(r"\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+of\b[^;]*,\s*(?:which|that)\s+(?:\w+\s+){0,4}$")
_CONTRACTORS_WORK = re.compile(r"\bcontractors?\b[^;]{0,60}\b(?:projects?|works?|facilities)\b[^;]{0,30}$")
_BREAKDOWN = re.compile(r"\b(?:including|of\s+which|among\s+them|of\s+that|such\s+as)\b")
_OWED = re.compile(r"\b(?:owe[sd]?|owing)\b[^.;]{0,40}$")
_CHANGE_BY = re.compile(
    r"\b(?:rose|risen|increased|grew|grown|jumped|climbed|added|gained|expanded|fell|fallen|decreased|declined|dropped"
    r"|shrank|contracted|up|down|increase|decrease|rise|growth|decline|drop|fall)\s+by\s+"
    r"(?:(?:about|almost|nearly|some|around|over|more\s+than|approximately|roughly)\s+)?\$?\s*$")
# a goal with no trade noun of its own: "set a goal of $10 billion", "the task ... is to bring it to two billion"
# "The presidents agreed to increase this figure to $3 billion": the figure just given, as a goal
_RAISE_IT_TO = re.compile(r"\b(?:increas(?:e|ing)|rais(?:e|ing)|bring(?:ing)?|boost(?:ing)?|lift(?:ing)?|tak(?:e|ing)|push(?:ing)?"
                          r"|doubl(?:e|ing))\s+(?:it|this\s+(?:figure|indicator|volume|level)"
                          r"|the\s+(?:figure|indicator))\s+to\s+(?:(?:over|more\s+than|at\s+least|about|around|nearly|almost|some)\s+)?"
                          r"\$?\s*$")
# "we aim to reach", "our leaders have instructed us to reach"
_AIM_TO_REACH = re.compile(r"\b(?:aim(?:s|ing)?|plan(?:s|ning)?|wants?|intends?|hopes?|seeks?|strive"
                           r"|(?:instructed|tasked|ordered|directed)(?:\s+\w+){1,3}?)\s+to\s+(?:reach|hit|achieve"
                           r"|attain)\s+(?:(?:over|more\s+than|at\s+least|about|around|nearly|almost|some)\s+)?\$?\s*$")
_GOAL_OF = re.compile(r"\b(?:goal|target|task|objective)\b[^;]{0,60}?(?:\bof\s+|\bto\s+(?:\w+\s+){0,3}to\s+)"
                      r"(?:(?:over|more\s+than|at\s+least|about|around|nearly|almost|some|up\s+to)\s+)?\$?\s*$")
# a later clause's words for the goal just stated
_GOAL_REFERENCE = re.compile(r"\b(?:(?:this|that|the)\s+(?:level|goal|target|figure|mark|threshold)|it)\s+"
                             r"(?:is\s+to|should|must|will|would|is\s+expected\s+to|could)\s+be\s+(?:reached|achieved|attained|met)\b")
# "in 2023 it amounted to $8.7 million, while in January-April 2024 ...": the next clause's period
_CLAUSE_TURN = re.compile(r",\s*(?:while|whereas|but|and)\s")
_WHEN_GAP = re.compile(r"[\s,]*when\b[^,;()]*$")
_ACTUAL_LABELS = ("year", "partial", "month", "years", "same_period")
# the disaster a date belongs to ("the border conflict of September 2022")
_DISASTER_OF = re.compile(r"\b(?:conflict|earthquakes?|quakes?|floods?|flooding|war|disaster|mudflows?|landslides?|fighting"
                          r"|clashes|drought|fires?|storms?|cyclone|hurricane|tsunami)\s+(?:(?:of|in)\s+)?(?:early\s+|late\s+)?$")


def _period(article: _Article, q: Quantity, kind: str, sentence, clause, paragraph, valued):
    periods = article.periods(sentence)
    published = article.published
    if kind == "trade_target":
        for p in periods:
            # a later year, or this year named after the amount ("bringing trade to $5 billion in 2020", said in January
            # 2020), or any year the goal was set for ("the goal of $40 billion that the two sides once set for 2015")
            if clause[0] <= p.start_pos < clause[1] and p.first and (
                    p.label == "target" or (p.label in ("year", "years") and p.year and (
                        p.year > published.year or p.start_pos > q.end and (
                            p.year == published.year or article.low.endswith(" for ", 0, p.start_pos))))) \
                    and not (p.start_pos < q.start and any(clause[0] <= o.end <= p.start_pos
                                                           for o in article.quantities_in(sentence, valued))):
                # (not the year of the goal before it: "to $500 million by the end of 2019 and to $1 billion in the
                # medium term")
                return p.first, p.last
        for p in periods:
            # "set a goal of $3 billion in mutual trade, and under the roadmap this level should be reached by 2026"
            if p.start_pos >= clause[1] and p.first and p.label == "target" \
                    and _GOAL_REFERENCE.search(article.low, q.end, p.start_pos) \
                    and not any(q.end <= o.start < p.start_pos for o in article.quantities_in(sentence, valued)):
                return p.first, p.last
        return None, None

    # deals signed, aid sent, investment made or committed: an event, dated by the text or the publication
    event = kind in ("deal_value", "aid", "investment")
    if event:
        own = [p for p in periods if clause[0] <= p.start_pos < clause[1]]
        # an investment volume is a stock or flow over a period, dated by its sentence too ("... amounted to
        # $1.2 billion in 2024, while Kazakh companies invested $480 million in Russia"), and so is a shipment
        # whose date an aside cuts off ("The previous consignment – 1,500 tonnes in 27 wagons – was delivered
        # in December 2022") when its other clauses tell of no other amount; a deal signed is dated by its
        # own clause only
        dated_by_sentence = not own and (kind == "investment" or kind == "aid" and all(
            clause[0] <= o.start < clause[1] for o in article.quantities_in(sentence, valued)))
        if not dated_by_sentence:
            periods = own
        # "for families affected by the border conflict of September 2022": the disaster's date, not the event's;
        # "enough to provide hot meals ... for six months": how long the aid lasts
        periods = [p for p in periods if not _DISASTER_OF.search(article.low, max(0, p.start_pos - 40), p.start_pos)
                   and not (p.label == "partial" and not p.explicit and article.low.endswith("for ", 0, p.start_pos))]
    back = next((p for p in periods if p.label == "back" and clause[0] <= p.start_pos < clause[1]), None)
    if back is not None and _dated_by_back(article.low, q, back):
        # "A year earlier the figure stood at $1.35 billion", "..., up from $12 million a year earlier",
        # "... more than a year earlier, when it totaled $617.5 million": the year before the story's
        story = _period_without_date(article, sentence, event, published)
        if story[0] is not None and story[1] is not None:
            return _year_before(story)
        return back.first, back.last
    # a season dates an event ("signed ... last autumn"), too loosely to be a statistic's period
    allowed = _ACTUAL_LABELS + (("day", "since", "season") if event else ())
    # an actual figure cannot be about a time after the article was published; nor is an event dated by the
    # span of years it serves ("has provided US$6 million ... in the 2022/23 school year", published in 2022)
    # "By the end of 2018, China's investment stock had exceeded $21 billion" (told in 2019): a deadline passed
    # dates the state at its end
    usable = [p for p in periods if p.first and (p.label in allowed or p.label == "target" and p.last < published)
              and p.first <= published and not (event and p.label == "years" and p.last > published)]
    if any(p.compared >= 0 for p in usable):
        # "in January-September 2024 decreased by 5.6% compared to the same period last year and amounted
        # to $5.2 billion", "amounted to 1.04 mln tonnes, 6% lower than in 2018": the comparison's period is
        # not the figure's, unless the figure is the one compared ("..., compared with $4.1 billion in 2022")
        # or is dated by it ("up 6.4% from the same period of 2022, when it stood at $331.6 million")
        usable = [p for p in usable if p.compared < 0 or (q.start > p.compared and p.start_pos >= q.end)
                  or (p.end_pos <= q.start and _WHEN_GAP.match(article.low, p.end_pos, q.start))]
    others = article.quantities_in(sentence, valued)   # q among them, but it neither ends before nor starts after itself
    if len(others) > 2:
        # "amounted to $13.2bn in 2024, down from $15.7bn in 2023, while the Netherlands came second with $7.3bn":
        # the period right after an amount compared with is that amount's
        usable = [p for p in usable if not any(
            o is not q and 0 <= p.start_pos - o.end <= 4 and _FROM_BASE.search(article.low, max(0, o.start - 30), o.start)
            for o in others)]
    prev_end = max((o.end for o in others if o.end <= q.start), default=sentence[0])
    next_start = min((o.start for o in others if o.start >= q.end), default=sentence[1])

    right = [p for p in usable if q.end <= p.start_pos < next_start and p.start_pos - q.end <= 45
             and not (p.label == "same_period" and _COMPARISON_BEFORE.search(article.low, q.end, p.start_pos))
             and not _CLAUSE_TURN.search(article.low, q.end, p.start_pos)]
    left = [p for p in usable if prev_end <= p.start_pos and p.end_pos <= q.start]
    # "in 2020 it stood at $1.06 billion, in 2021 – $1.4 billion": a period after a comma, before another
    # amount, opens that amount's item
    opens_next = bool(left) and bool(right) and next_start < sentence[1] and "," in article.low[q.end:right[0].start_pos]
    if right and right[0].start_pos - q.end <= 25 and not opens_next:
        chosen = right[0]
    elif left:
        chosen = left[-1]
    elif right:
        chosen = right[0]
    else:
        before = [p for p in usable if p.end_pos <= q.start]
        # "rose to 860,000t from 710,000t in the first half of 2022": a period after the amount compared with
        # is that amount's
        compared_next = next_start < sentence[1] and _FROM_BASE.search(article.low, q.end, next_start)
        after = [p for p in usable if p.start_pos >= q.end and not (compared_next and p.start_pos > next_start)]
        chosen = before[-1] if before else (after[0] if after else None)
    if chosen is not None:
        return chosen.first, chosen.last
    if not event and next_start < sentence[1] and _CHANGE_FROM.search(article.low, max(prev_end, q.start - 40), q.start) \
            and _TO_NEXT.fullmatch(article.low, q.end, next_start):
        # "shipments of wheat jumped from 28,500 tons to 211,000", dated by neither: the amount changed from is the
        # story's period a year before
        story = _period_without_date(article, sentence, event, published)
        if story[0] is not None and story[1] is not None:
            return _year_before(story)
    if kind == "deal_value":
        earlier = _visit_period(article, sentence, paragraph)
        if earlier is not None:
            return earlier
    if kind == "investment" and not _COMMITMENT.search(article.low, clause[0], clause[1]):
        # an investment volume with no date of its own is the period the story speaks of ("Gross FDI
        # inflows amounted to $23.8 billion in 2023. The Netherlands led the list with $6.1 billion");
        # a commitment is an event of its day
        story = _period_without_date(article, sentence, False, published)
        if story[0] is not None:
            return story
    return _period_without_date(article, sentence, event, published)


_COMMITMENT = re.compile(r"\b(?:committ\w*|pledg\w*|will|plans?|planned|agreed|announc\w*|sign\w*|intends?|promis\w*)\b")


def _visit_period(article: _Article, sentence, paragraph):
    """"... paid a state visit to Dushanbe in March 2018. ... businessmen concluded contracts worth ...": a
    deal with no date of its own is dated by the sentence before it in its paragraph, when that sentence
    names a month or day of an earlier year and no figure of its own."""
    i = article.sentences.index_of(sentence[0])
    if i <= 0:
        return None
    before = article.sentences.spans[i - 1]
    if before[0] < paragraph[0] or _DIGIT_AMOUNT.search(article.body, before[0], before[1]):
        return None
    published = article.published
    for p in article.periods(before):
        if p.first and p.label in ("month", "day") and p.first <= published and p.compared < 0:
            return (p.first, p.last) if p.year < published.year else None
    return None


_DIGIT_AMOUNT = re.compile(r"[$€£₸₽¥]|\d[\d.,]*\s*(?:million|billion|mln|bln|thousand|tons|tonnes|%|percent)")


_REVIEW_TITLE = re.compile(r"\b(?:provided|sent|delivered|allocated|donated|gave|dispatched)\b.*\bin\s+(?:19|20)\d\d\b")


def _period_without_date(article: _Article, sentence, event: bool, published: date):
    if event:
        # "Kazakhstan provided humanitarian aid to 10 countries in 2024" (published in 2025): a review of a
        # past year, whose shipments are that year's
        review = article.title_period() if article.title_has_aid and _REVIEW_TITLE.search(article.title.lower()) \
            else None
        if review is not None and review[1] < published:
            return review
        return published, published
    # no time in the sentence: the period the story was last speaking of ("over the period"), or the report's own
    index = article.sentences.index_of(sentence[0])
    if _REPORTING_PERIOD.search(article.low, *sentence):
        return article.reporting_period(index)
    return article.story_period(index)


_FROM_BASE = re.compile(rf"\b{_BASE_WORDS}{_BASE_TAIL}")
# "jumped from 28,500 tons to 211,000": the amount a change started from, and the words up to the one it came to
_CHANGE_FROM = re.compile(r"\b(?:rose|increased|grew|jumped|surged|climbed|soared|fell|dropped|declined|decreased|slumped"
                          r"|plunged|shrank|expanded|went\s+(?:up|down))\s+from\s+(?:(?:about|around|nearly|almost|some)\s+)?$")
_TO_NEXT = re.compile(r"\s+to\s+(?:(?:about|around|nearly|almost|some|over|more\s+than)\s+)?")


_BACK_OWN_GAP = re.compile(r"\s*(?:\(|,?\s*when\b[^,;()\d]*$)")


def _dated_by_back(low: str, q: Quantity, back) -> bool:
    """The amount is the one "a year earlier" dates: "A year earlier the figure stood at $1.35 billion",
    "up from $12 million a year earlier", "than the same period last year ($4.8 billion)", "than a year
    earlier, when it stood at $617.5 million" - not the current figure it is compared with."""
    if back.start_pos >= q.end:
        if back.compared < 0 and back.start_pos - q.end <= 25 and not _PUNCTUATION.search(low, q.end, back.start_pos):
            return True   # "contracts worth 1.4 billion manat over the previous year"
        return back.start_pos - q.end <= 12 and bool(_FROM_BASE.search(low, max(0, q.start - 30), q.start))
    gap = low[back.end_pos:q.start]
    if _BACK_OWN_GAP.match(gap):
        return True
    return back.compared < 0 and len(gap) <= 60 and not any(ch.isdigit() for ch in gap)


# ---------------------------------------------------------------- growth rates
# a sentence that opens by referring back to the figure before it: "This is 25.3% more than in 2021", "The figure
# decreased by 3.2 percent compared to ...", "Growth was 37.4%"
_BACK_REFERENCE = re.compile(r"[\W_]*(?:(?:this|that|it)\s+(?:is|was|represents|represented|marks|marked|means|meant|equals)"
                             r"|(?:this|that|the)\s+(?:figure|indicator)|(?:the\s+)?(?:increase|growth|rise|decline|decrease|drop)\s+"
                             r"(?:is|was|amounted|stood|reached|came))\b[^,;:\d]{0,40}$")
# the figure a growth leads to is the sentence's own: "It grew 14% to $4.6 billion"
_CHANGE_TO = re.compile(r"[^,;.]{0,60}\bto\s*$")


def _attach_changes(article: _Article, candidates: list[_Candidate]) -> None:
    """A stated growth goes to the nearest figure of its clause, not to a row of its own; a growth in a sentence
    that refers back, or that holds no figure and names no country, to the first figure of the sentence before
    (not to the base a "This is 23% more than a year earlier, when it totalled ..." compares with)."""
    by_sentence: dict = {}
    for c in candidates:
        by_sentence.setdefault(c.sentence, []).append(c)
    for sentence in _sentences_with_changes(article, by_sentence):
        group = by_sentence.get(sentence, [])
        for change in classify.find_changes(article.low, *sentence):
            earlier = _earlier_figure(article, by_sentence, sentence, change)
            if earlier is not None:
                if earlier.change is None:
                    earlier.change, earlier.change_distance = change.pct, 0
                continue
            best, best_distance = None, 10 ** 9
            for c in group:
                if not (c.clause[0] <= change.start < c.clause[1]) or _is_base(article, c, change):
                    continue
                if change.start >= c.q.end:
                    distance = change.start - c.q.end
                else:
                    distance = max(0, c.q.start - change.end)
                if distance < best_distance:
                    best, best_distance = c, distance
            if best is not None:
                # "258.3 billion yuan (about 36.3 billion U.S. dollars) ..., up 2.1 percent": the figure restated
                restated = next((c for c in group if c.q.end <= best.q.start and _converts(article, c.q, best.q)), None)
                best = restated or best
            if best is not None and best_distance < best.change_distance:
                best.change, best.change_distance = change.pct, best_distance


# the base a growth is measured from: "2.1% less than the $22.4 bn", "Compared to 2023, when it was $2.28 billion, ..."
_BASE_AFTER_CHANGE = re.compile(rf"\s*{_BASE_WORDS}\b[^,;]{{0,40}}(?<!\bto\s)$")   # not "from ... to $15.2 bn"
_BASE_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|than|against)\b[^.;]{0,60}\bwhen\b[^.;]{0,40}$")
_BASE_BEFORE_REACH = 120   # the longest text _BASE_BEFORE can match: looked for only that far back


def _is_base(article: _Article, c: _Candidate, change) -> bool:
    low = article.low
    if change.end <= c.q.start and _BASE_AFTER_CHANGE.match(low, change.end, c.q.start):
        return True
    return bool(_BASE_BEFORE.search(low, max(c.sentence[0], c.q.start - _BASE_BEFORE_REACH), c.q.start))


def _sentences_with_changes(article: _Article, by_sentence: dict) -> list[tuple[int, int]]:
    """The sentences of figures, and those just after them, that state a rate at all."""
    spans = article.sentences.spans
    found: dict = {}   # in order, once
    for sentence in by_sentence:
        i = article.sentences.index_of(sentence[0])
        for span in (sentence, spans[i + 1] if i + 1 < len(spans) else None):
            if span is not None and span not in found and classify.may_state_change(article.low, *span):
                found[span] = True
    return list(found)


def _earlier_figure(article: _Article, by_sentence: dict, sentence, change) -> _Candidate | None:
    """The first figure of the sentence before, when the growth refers back to it: the sentence opens by referring
    back, or holds no figure but bases and names no country ("Compared with 2023, when the figure stood at $416.3
    million, mutual trade increased by 14.7 percent")."""
    i = article.sentences.index_of(sentence[0])
    before = by_sentence.get(article.sentences.spans[i - 1]) if i > 0 else None
    if not before:
        return None
    if before[0].kind not in ("trade_turnover", "export", "import"):
        return None   # a target, a deal or a shipment has no growth of its own
    back_reference = _BACK_REFERENCE.match(article.low, sentence[0], change.start) is not None
    same_paragraph = article.paragraphs.index_of(sentence[0]) == article.paragraphs.index_of(before[0].q.start)
    if not back_reference and not (same_paragraph and not article.parties.countries_in(*sentence)):
        return None
    own = [c for c in by_sentence.get(sentence, []) if not _is_base(article, c, change)]
    if any(change.end <= c.q.start and _CHANGE_TO.match(article.low, change.end, c.q.start) for c in own):
        return None
    return before[0] if back_reference or not own else None


# ---------------------------------------------------------------- output
def _to_figure(article: _Article, c: _Candidate) -> Figure:
    body = article.body
    return Figure(
        kind=c.kind, reporter_iso3=c.reporter, partner_iso3=c.partner, commodity=c.commodity,
        value=float(c.q.value), unit=c.q.unit, count_noun=c.q.count_noun if c.q.unit == "count" else None,
        qualifier=c.qualifier, period_start=c.period[0], period_end=c.period[1],
        reported_change_pct=c.change, sentence=body[c.sentence[0]:c.sentence[1]],
        char_start=c.q.start, char_end=c.q.end, confidence=round(c.confidence, 3))


def _dedupe(figures: list[Figure]) -> list[Figure]:
    """A figure restated in the article is one row: same kind, pair, unit, value and period year."""
    figures = [f for f in figures if not _passed_threshold(f, figures)]
    exact = [f for f in figures if f.qualifier == "exact"]
    seen, out = set(), []
    for f in figures:
        pair = tuple(sorted((f.reporter_iso3, f.partner_iso3))) if f.kind in SYMMETRIC_KINDS \
            else (f.reporter_iso3, f.partner_iso3)
        key = (f.kind, pair, f.unit, round(f.value, 6), f.period_end.year if f.period_end else None)
        if key in seen or f.qualifier != "exact" and _rounded_restatement(f, out + exact):
            continue
        seen.add(key)
        out.append(f)
    return out


def _passed_threshold(f: Figure, figures: list[Figure]) -> bool:
    """"exceeded $1 billion for the first time, reaching $1.03 billion": the round number is a mark."""
    if f.qualifier != "at_least":
        return False
    return any(g is not f and g.sentence == f.sentence and g.kind == f.kind and g.unit == f.unit
               and g.qualifier == "exact" and {g.reporter_iso3, g.partner_iso3} == {f.reporter_iso3, f.partner_iso3}
               and f.value <= g.value <= 1.1 * f.value for g in figures)


def _rounded_restatement(f: Figure, figures: list[Figure]) -> bool:
    """"rose to $1.02 billion ..., the first time the figure has passed one billion dollars"; a lead's
    "nearly $2B last year" before the body's "$1.97 billion in 2021": the exact figure is the row."""
    year = f.period_end.year if f.period_end else None
    for k in figures:
        if k is not f and k.kind == f.kind and k.unit == f.unit \
                and (k.sentence == f.sentence or k.qualifier == "exact" and year is not None
                     and k.period_end is not None and k.period_end.year == year) \
                and {k.reporter_iso3, k.partner_iso3} == {f.reporter_iso3, f.partner_iso3} \
                and abs(k.value - f.value) <= 0.02 * max(k.value, f.value):
            return True
    return False
