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
_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|source)$", re.I)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


def html_to_text(fragment: str | None) -> str:
    """Plain text of an HTML (or plain-text) fragment: tags dropped, paragraphs as blank lines."""
    if not fragment:
        return ""
    if "<" not in fragment:
        text = html.unescape(fragment)
    else:
        collector = _TextCollector()
        collector.feed(fragment)
        collector.close()
        text = "".join(collector.parts)
    return normalise_paragraphs(text)


def normalise_paragraphs(text: str) -> str:
    """Collapse spaces inside lines, keep paragraph breaks as exactly one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    paragraphs = re.split(r"\n\s*\n", text)
    cleaned = (re.sub(r"[ \t\f\v]+", " ", " ".join(line.strip() for line in p.split("\n"))).strip()
               for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)


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
