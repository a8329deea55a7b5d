"""HTML fragments to plain text with paragraphs kept, and the normalisations that key articles."""

from __future__ import annotations

import hashlib
import html
import re
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "section", "article", "header", "footer", "table", "tr", "pre", "figure", "figcaption", "hr",
}
_SKIP_TAGS = {"script", "style", "noscript", "template"}
_CELL_TAGS = {"td", "th"}
CELL_SEPARATOR = " | "   # between a table row's cells, in feed and page text alike (the extractor reads it)
_ROW_TAGS = {"tr", "table"}


class _Layout:
    """What a structural tag adds to the text: a paragraph break for a block, a separator between the
    cells of a table row ("Italy | 15.3 | 13.9", where the row's numbers would run together), and a
    space for a block inside a cell, which stays one piece of its row."""

    def __init__(self) -> None:
        self._cells_in_row = 0
        self._in_cell = False

    def tag(self, name: str, end: bool = False) -> str:
        if name in _ROW_TAGS:
            self._cells_in_row, self._in_cell = 0, False
            return "\n\n"
        if name in _CELL_TAGS:
            self._in_cell = not end
            if end:
                return ""
            self._cells_in_row += 1
            return CELL_SEPARATOR if self._cells_in_row > 1 else ""
        if name in _BLOCK_TAGS:
            return " " if self._in_cell else "\n\n"
        return ""


_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|source)$", re.I)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self._layout = _Layout()

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self._skipping += 1
        else:
            self.parts.append(self._layout.tag(tag))

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        else:
            self.parts.append(self._layout.tag(tag, end=True))

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SPACES = re.compile(r"[ \t\f\v]+")
# A plain start, end or self-closing tag: no '<' or '>' inside, so no quoted '>' in an attribute.
# Only the whitespace html.parser ends a tag name on; \s would also take \xa0 and \v.
_PLAIN_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)(?:[ \t\n\r\f][^<>]*)?>")


def html_to_text(fragment: str | None) -> str:
    """Plain text of an HTML (or plain-text) fragment: tags dropped, paragraphs as blank lines."""
    if not fragment:
        return ""
    if "<" not in fragment:
        text = html.unescape(fragment)
    else:
        text = _plain_markup_text(fragment)
        if text is None:
            collector = _TextCollector()
            collector.feed(fragment)
            collector.close()
            text = "".join(collector.parts)
    return normalise_paragraphs(text)


def _plain_markup_text(fragment: str) -> str | None:
    """The text _TextCollector would collect, read with one regular expression, for the markup feeds
    almost always carry (plain tags, no comments, scripts or stray angle brackets): several times
    faster than html.parser. None for anything else, which html.parser then reads."""
    parts, position, layout = [], 0, _Layout()
    for tag in _PLAIN_TAG.finditer(fragment):
        data = fragment[position:tag.start()]
        name = tag.group(2).lower()
        if "<" in data or ">" in data or name in _SKIP_TAGS:
            return None
        parts.append(html.unescape(data))
        end = bool(tag.group(1))
        parts.append(layout.tag(name, end))
        if not end and tag.group(0).endswith("/>"):
            parts.append(layout.tag(name, end=True))   # html.parser reports <br/> as a start and an end tag
        position = tag.end()
    tail = fragment[position:]
    if "<" in tail or ">" in tail:
        return None
    parts.append(html.unescape(tail))
    return "".join(parts)


def normalise_paragraphs(text: str) -> str:
    """Collapse spaces inside lines, keep paragraph breaks as exactly one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    cleaned = (_single_spaced(" ".join(line.strip() for line in paragraph.split("\n"))).strip()
               for paragraph in _PARAGRAPH_BREAK.split(text))
    return "\n\n".join(paragraph for paragraph in cleaned if paragraph)


def _single_spaced(line: str) -> str:
    # Most lines have nothing to collapse; finding that out with `in` is far cheaper than a regex pass.
    if "  " in line or "\t" in line or "\f" in line or "\v" in line:
        return _SPACES.sub(" ", line)
    return line


def canonical_url(url: str) -> str:
    """The URL two feeds would agree on: https, lower-case host without www., no fragment,
    no tracking parameters, no trailing slash."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        return url.strip()
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not _TRACKING_PARAMS.match(k)))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https", host, path, query, ""))


def content_hash(text: str) -> str:
    """Hash of the text's words, so the same story syndicated with other markup or spacing matches."""
    words = re.findall(r"\w+", text.lower())
    return hashlib.sha256(" ".join(words).encode()).hexdigest()[:32]


def stable_id(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:24]
