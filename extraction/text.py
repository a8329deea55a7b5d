"""Sentence, paragraph and clause boundaries as character offsets into the text."""
from __future__ import annotations

import bisect
import re

# a sentence ends at . ! ? (plus closing quotes/brackets) followed by space, or at a line break;
# every alternative opens with a literal character, so the scanner jumps from one to the next
# (and "1.4" or "U.S.-based", with no space after the mark, is not even looked at)
_CLOSERS = r"[.!?\"”’')\]]*"
_SENTENCE_BREAK = re.compile(rf"\n{_CLOSERS}\s*|\.{_CLOSERS}\s+|!{_CLOSERS}\s+|\?{_CLOSERS}\s+")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st no nos co corp inc ltd jsc llc vs etc approx est jan feb mar apr jun jul aug sep sept "
    "oct nov dec gov prof gen col lt sen rep u.s u.k u.n e.g i.e".split())   # not mln, bln, bn: "USD 1.5 bln. In
# the first quarter ..." ends a sentence, as a scale's abbreviation does whenever a capital follows
_NEXT_STARTS_SENTENCE = re.compile(r"[\"“‘'(\[]?[A-Z0-9\u00c0-\u00de]")
# ; : — while/whereas/but, and the list words after a comma; the alternatives are grouped by the
# character they open with, so that most positions are given up after one test
_CLAUSE_BREAK = re.compile(r";|:\s|,\s+(?:while|whereas|but|and|whilst)\s|\s(?:[—–]\s|\s*(?:while|whereas|but)\s)")
# a dash between a name and an amount labels the amount ("with Kyrgyzstan – $826.5 million"): no break there
_LABEL_DASH = re.compile(r"(?<=[^\W\d_])[\w’'.]*\s[—–]\s+(?:(?:about|around|over|nearly|almost|some)\s+)?(?:[$€£₸₽¥\d]|USD|US\$)")
_NAME_START = re.compile(r"[A-ZÀ-Þ]")
# an amount and its unit alone, as a fact box's line opens: "$476.1 million", "USD 1.2 bln", "27,000 tonnes"
_AMOUNT_HEAD = re.compile(r"(?:[•*·▪►]\s*)?(?:(?:about|around|over|nearly|almost|some|more\s+than)\s+)?(?:[$€£₸₽¥]|USD\s?|US\$)?"
                          r"\d[\d.,]*(?:\s?[A-Za-z$.]+){0,3}", re.IGNORECASE)


# \b in front of a word that opens with an ASCII letter, tested cheaply: the ASCII-only boundary fails
# at once inside words (most positions), where \b would look both characters up in the Unicode tables;
# where it holds, the look back makes the Unicode test ("Türkiye" has no boundary before "rkiye"). The
# same as \b wherever an ASCII letter follows, so only for patterns whose every match opens with one.
WORD_START = r"(?a:\b)(?<!\w)"


def trie_regex(words) -> str:
    """Alternation of `words` shaped as a trie: a failing try costs a character or two, and a
    pattern that opens with literal characters lets the scanner skip ahead fast."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


def at_word_start(words: str) -> str:
    """`\\b(?:w1|w2|...)` for "|"-separated literal words that open with a letter, written to open with the
    words themselves: the scanner then jumps to their first letters, where a leading \\b makes it try
    every position. The look back after each word stands in for the \\b: nothing word-like before it."""
    return "(?:" + "|".join(rf"{re.escape(w)}(?<!\w{re.escape(w)})" for w in words.split("|")) + ")"


def word_prefilter(stems, extra: str = "") -> str:
    """A lookahead for the start of a big word alternation: the stems every alternative opens with,
    as a trie (plus `extra`, a raw alternative). A word boundary where no stem starts is given up
    after a character or two instead of trying every alternative."""
    body = trie_regex(sorted(set(stems)))
    return "(?=" + body + ("|" + extra if extra else "") + ")"


_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower_ascii(text: str) -> str:
    """The text lower-cased with every offset kept (str.lower when it keeps the length, else A-Z only)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_LOWER)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    return start, start + len(stripped.rstrip())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = len(text) - len(text.lstrip())
    next_starts = _NEXT_STARTS_SENTENCE.match
    for m in _SENTENCE_BREAK.finditer(text):
        mark = m.group()
        if mark[0] == "\n":
            end = m.start()
            while end > start and text[end - 1].isspace():
                end -= 1
        else:
            stripped = mark.rstrip()
            if "\n" not in mark:   # a line break always ends the sentence
                if not next_starts(text, m.end()):
                    continue        # "$1.4 bn. in 2022" or a lower-case continuation
                stop = m.start()
                space = text.rfind(" ", stop - 14, stop)
                if text[space + 1:stop].lower().rstrip(".") in _ABBREVIATIONS:
                    continue
            end = m.start() + len(stripped)
        if end > start:
            spans.append((start, end))
        start = m.end()
    end = len(text.rstrip())
    if end > start:
        spans.append((start, end))
    return spans


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs are lines: feeds often separate paragraphs with a single newline."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = _strip_span(text, m.start(), m.end())
        if e > s:
            spans.append((s, e))
    return spans


def clause_breaks(text: str, sent_start: int, sent_end: int) -> list[tuple[int, int]]:
    breaks = [m.span() for m in _CLAUSE_BREAK.finditer(text, sent_start, sent_end)]
    if breaks and ("–" in text[sent_start:sent_end] or "—" in text[sent_start:sent_end]):
        labels = [b for b in breaks if _labels_amount(text, sent_start, *b)]
        if labels:
            breaks = [b for b in breaks if b not in labels and not _closes_label(text, labels, b)]
        breaks = _without_dashed_asides(text, breaks)
    return breaks


def _closes_label(text: str, labels: list[tuple[int, int]], dash: tuple[int, int]) -> bool:
    """The dash that closes an amount a label's dash opened: "The bulk — 68,900 tons — came from Russia"."""
    return text.startswith(("—", "–"), dash[0] + 1) and any(
        end < dash[0] and _BARE_AMOUNT.fullmatch(text, end, dash[0]) for _, end in labels)


def _without_dashed_asides(text: str, breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Tajik exports to Kazakhstan – mainly aluminium and fruit – amounted to $123.5 million", "imports from Korea –
    cars, machinery and electronics – totalled ...": an aside between two dashes that lists goods breaks no clause."""
    dashes = [b for b in breaks if text.startswith(("—", "–"), b[0] + 1)]
    asides = set()
    for first, second in zip(dashes, dashes[1:]):
        inside = text[first[1]:second[0]]
        if (_ASIDE_START.match(inside) or _GOODS_NAMED.fullmatch(inside)) and not any(c.isdigit() for c in inside):
            asides.update((first, second))
    return [b for b in breaks if b not in asides] if asides else breaks


# words that open a list of goods set off from a figure ("..., mainly wheat and flour, ...", "– mostly fuel –")
GOODS_LIST_WORDS = r"(?:mainly|mostly|chiefly|primarily|largely|principally|predominantly|including|such\s+as|notably" \
                   r"|in\s+particular|especially)\b"
_ASIDE_START = re.compile(GOODS_LIST_WORDS)
# a bare list of goods, in lower case, that ends "... and X": "cars, machinery and electronics"
_ITEM = r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}"
_GOODS_NAMED = re.compile(rf"\s*{_ITEM}(?:\s*,\s*{_ITEM})*,?\s+and\s+{_ITEM}\s*")


def _labels_amount(text: str, sent_start: int, start: int, end: int) -> bool:
    """A dash after a capitalised name and before an amount: "Turkmenistan – $375.8 million"; or after
    an amount that opens the sentence, before what it is: "$476.1 million – trade turnover in 2023"."""
    if not text.startswith(("—", "–"), start + 1):   # also a break that ends the text (";" last)
        return False
    if _AMOUNT_HEAD.fullmatch(text, sent_start, start):
        return True
    if not _LABEL_DASH.match(text, start, min(len(text), end + 20)):
        return False
    word = text.rfind(" ", sent_start, start)
    word_start = word + 1 if word >= 0 else sent_start
    if _NAME_START.match(text, word_start):
        return True
    # an elliptical flow after a comma or "and": "exports made $4.1 million, (and) imports – $2.3 million"; a
    # flow that opens the sentence or follows a colon: "Kazakh exports – $357.1 million", "...: exports – $4.1 billion"
    before = text[sent_start:word_start].rstrip()
    if text[word_start:start].lower() in _FLOW_LABELS and (
            before.endswith((",", " and", ":")) or len(before.split()) <= 2 and not any(c.isdigit() for c in before)):
        return True
    if text[word_start:start].lower() in _SHARE_LABELS:
        return True   # "Uzbekistan accounted for the largest share – $2.48 billion"
    # a flow verb's goods, then their value: "China bought mainly cotton yarn – $548 million"
    comma = text.rfind(",", sent_start, start)
    clause_from = max(comma, text.rfind(";", sent_start, start), sent_start)
    if _FLOW_VERB.search(text, clause_from, start) and not any(c.isdigit() for c in text[clause_from:start]):
        return True
    # the flow with its partner: "..., imports from the neighbouring country — $644.1 million"
    label = text[comma + 1:start].lower().split() if comma >= 0 else []
    return bool(label) and len(label) <= 6 and label[-1] not in _FLOW_LABELS and \
        (label[0] in _FLOW_LABELS or label[0] == "and" and label[1:2] and label[1] in _FLOW_LABELS)


_BARE_AMOUNT = re.compile(r"(?:us\$|\$|usd\s?)?\d[\d.,]*(?:\s+[a-z]+){0,2}", re.IGNORECASE)

# a cause with its own subject ("as Afghan importers turned to ..."): the clause ends there
CAUSE_CUT = re.compile(r"\sas\s+(?!(?:the|a|an|its|their|well)\b)(?=(?:\w+\s+){0,2}"
                       r"(?:buyers|importers|exporters|traders|consumers|millers|companies|producers|farmers|plants"
                       r"|factories|refiners|refineries|smelters"
                       r"|neighbou?rs|customers)\b"
                       # "... to 141,500 as Dushanbe raised duties": a name and its past verb
                       r"|(?:[A-Z][\w’'-]*\s+){1,2}(?:[a-z]{2,}ed|rose|fell|grew|began|took|cut|set|hit|sought)\b)")

_FLOW_LABELS = frozenset(("export", "exports", "import", "imports"))
_FLOW_VERB = re.compile(r"\b(?:bought|purchased|sold|exported|imported|supplied|shipped|delivered)\b", re.IGNORECASE)
_SHARE_LABELS = frozenset(("share", "part", "portion", "bulk"))


def clause_span(text: str, sent_start: int, sent_end: int, start: int, end: int,
                breaks: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The clause of the sentence holding text[start:end], cut at ; — while/whereas/but/, and."""
    if breaks is None:
        breaks = clause_breaks(text, sent_start, sent_end)
    clause_start, clause_end = sent_start, sent_end
    for b_start, b_end in breaks:
        if b_end <= start:
            clause_start = b_end
        elif b_start >= end:
            clause_end = b_start
            break
    return clause_start, clause_end


class SpanIndex:
    """Find the span holding an offset by bisection."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def index_of(self, pos: int) -> int:
        i = bisect.bisect_right(self._starts, pos) - 1
        return max(i, 0)

    def span_of(self, pos: int) -> tuple[int, int]:
        if not self.spans:
            return (0, 0)
        return self.spans[self.index_of(pos)]
