import random
import re

import pytest

from ingest import text as text_module
from ingest.text import canonical_url, content_hash, html_to_text


@pytest.mark.parametrize(
    "fragment, expected",
    [
        (None, ""),
        ("plain &amp; simple", "plain & simple"),
        ("<p>One.</p><p>Two &ndash; three.</p>", "One.\n\nTwo – three."),
        ("<div>Line<br>break</div>", "Line\n\nbreak"),
        ("<p>Kept</p><script>var x = 1;</script><style>p{}</style>", "Kept"),
        ("<p>  spaced\n   out  </p>", "spaced out"),
        ("<ul><li>a</li><li>b</li></ul>", "a\n\nb"),
        # table cells stay apart, so that a row's numbers do not run together
        ("<table><tr><th>Country</th><th>Turnover</th></tr><tr><td>Italy</td><td>15.3</td></tr>"
         "<tr><td>Spain<td>1.9</tr></table>", "Country | Turnover\n\nItaly | 15.3\n\nSpain | 1.9"),
        # an empty cell keeps its place; a block inside a cell stays in its row
        ("<table><tr><th></th><th>Exports</th></tr><tr><td><p>Italy</p></td><td></td></tr></table>",
         "| Exports\n\nItaly |"),
        ("<table><tr><td>Italy</td></tr><tr><td>Spain</td></tr></table><p>| C</p>", "Italy\n\nSpain\n\n| C"),
    ],
)
def test_html_to_text_keeps_paragraphs(fragment, expected):
    assert html_to_text(fragment) == expected


@pytest.mark.parametrize(
    "url, expected",
    [
        ("http://www.Example.org/news/a/", "https://example.org/news/a"),
        ("https://example.org/a?utm_source=rss&id=5#top", "https://example.org/a?id=5"),
        ("https://example.org/a?b=2&a=1", "https://example.org/a?a=1&b=2"),
        ("https://example.org", "https://example.org/"),
    ],
)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


def test_content_hash_ignores_markup_case_and_spacing():
    assert content_hash("Trade  grew.\n\nA lot!") == content_hash("trade grew a lot")
    assert content_hash("trade grew") != content_hash("trade fell")


def _read_by_html_parser(fragment: str) -> str:
    collector = text_module._TextCollector()
    collector.feed(fragment)
    collector.close()
    return text_module.normalise_paragraphs("".join(collector.parts))


def test_plain_markup_fast_path_reads_exactly_what_html_parser_reads():
    """Random fragments of feed markup, including what the fast path must hand back to html.parser
    (comments, scripts, stray brackets, '>' inside an attribute): both readings agree."""
    pieces = ["<p>", "</p>", "<br>", "<br/>", "<br />", "<P class='x'>", '<div id="a">', "</div>", "<b>", "</b>",
              '<a href="https://x.example/?a=1&amp;b=2">', "</a>", "&amp;", "&nbsp;", "&#8217;", "&lt;", "&",
              "Kazakhstan ", "$1.2 bln ", "\n", "  ", "\t", "<li>", "</li>", "<h2>", "<img src='a.png'/>", "<hr/>",
              "<script>if (a<b) x();</script>", "<!-- note -->", "a > b", "<style>p{}</style>", "< p>", "<a title='a>b'>",
              "<p\xa0class=x>", "<br\x0b/>", "&notit;", "<p\nid=1>",
              "<table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<TD class='n'>", "</table>"]
    rng = random.Random(11)
    for _ in range(5000):
        fragment = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        assert html_to_text(fragment) == _read_by_html_parser(fragment), fragment


@pytest.mark.parametrize("raw", ["a \n b", " \t x  y\t\n\n\n z ", "\u2009a\u2009\nb", "x\r\ny\rz\xa0w", "", "\n \n"])
def test_normalise_paragraphs(raw):
    paragraphs = (" ".join(line.strip() for line in part.split("\n")) for part in
                  re.split(r"\n\s*\n", raw.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")))
    expected = "\n\n".join(p for p in (re.sub(r"[ \t\f\v]+", " ", p).strip() for p in paragraphs) if p)
    assert text_module.normalise_paragraphs(raw) == expected
