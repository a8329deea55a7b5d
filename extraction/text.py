"""Sentence, paragraph and clause boundaries as character offsets into the text."""
from __future__ import annotations

import bisect
import re

# a sentence ends at . ! ? (plus closing quotes/brackets) followed by space, or at a line break
# opens with a character class, so the scanner jumps from one . ! ? or line break to the next
_SENTENCE_BREAK = re.compile(r"[.!?\n][.!?\"”’')\]]*\s*")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st no nos co corp inc ltd jsc llc vs etc approx est jan feb mar apr jun jul aug sep sept "
    "oct nov dec gov prof gen col lt sen rep u.s u.k u.n e.g i.e mln bln bn mn pct".split())
_NEXT_STARTS_SENTENCE = re.compile(r"[\"“‘'(\[]?[A-Z0-9\u00c0-\u00de]")
_CLAUSE_BREAK = re.compile(r";|:\s|\s[—–]\s|,?\s+(?:while|whereas)\s|,\s+(?:but|and|whilst)\s|\s+but\s")


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
            if len(stripped) == len(mark):
                continue            # "1.4", "U.S.-based": no space after the mark
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
    return [m.span() for m in _CLAUSE_BREAK.finditer(text, sent_start, sent_end)]


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
