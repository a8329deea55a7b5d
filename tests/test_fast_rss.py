"""The fast RSS reader against feedparser: the same entries (and so the same archived items, raw_entry
included) on every feed the tests know, and feedparser itself for whatever the reader does not cover."""

import json
import sys
from pathlib import Path

import feedparser
import pytest

from ingest.fast_rss import read_rss
from ingest.parse import _feedparser_entries, _item, parse_feed
from tests.feedgen import ROOT, load_articles, render_feed

sys.path.insert(0, str(ROOT / "benchmarks"))
from synthetic_archive import generate  # noqa: E402

CHANNEL = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>{items}</channel></rss>')
ITEM = ("<item><title>One</title><link>https://a.example/1</link><guid>1</guid>"
        "<pubDate>Tue, 02 May 2023 08:00:00 GMT</pubDate><description>Teaser one</description></item>")


def feedparser_entries(document: bytes) -> list:
    return feedparser.parse(document, sanitize_html=False, resolve_relative_uris=False).entries


def assert_same_as_feedparser(document: bytes) -> None:
    fast, reference = read_rss(document), feedparser_entries(document)
    assert fast is not None, "the fast reader should cover this document"
    assert fast == reference
    # Key order and value types too: raw_entry is this JSON.
    as_json = [json.dumps(entry, default=str, ensure_ascii=False) for entry in fast]
    assert as_json == [json.dumps(entry, default=str, ensure_ascii=False) for entry in reference]
    assert parse_feed("f", document) == [_item("f", entry) for entry in _feedparser_entries(document)]


def rss(items: str, head: str = "") -> bytes:
    return CHANNEL.format(items=head + items).encode()


def test_sample_feeds():
    covered = 0
    for path in sorted((ROOT / "feeds" / "sample").glob("*.xml")):
        document = path.read_bytes()
        if b"<rss" in document[:300]:
            assert_same_as_feedparser(document)
            covered += 1
        else:
            assert read_rss(document) is None  # Atom: feedparser reads it
    assert covered >= 3


def test_feeds_rendered_for_the_tests():
    articles = load_articles(ROOT / "feeds" / "sample" / "articles")
    for feed in sorted({article["feed"] for article in articles} - {"caravan-post", "silk-road-monitor"}):
        for base_url in (None, "http://127.0.0.1:8000"):
            assert_same_as_feedparser(render_feed(feed, articles, base_url).encode())


def test_synthetic_archive(tmp_path):
    manifest = generate(tmp_path, 2, 40, 4, 7, split="month")
    paths = sorted(tmp_path.glob("*/*.xml"))
    assert len(paths) == manifest["files"] and paths
    for path in paths:
        assert_same_as_feedparser(path.read_bytes())


@pytest.mark.parametrize("items", [
    ITEM,
    "",  # no items at all
    ITEM.replace("<guid>1</guid>", '<guid isPermaLink="false">urn:x:1</guid>'),
    ITEM.replace("<guid>1</guid>", '<guid isPermaLink="true">https://a.example/1</guid>'),
    ITEM.replace("<guid>1</guid>", '<guid isPermaLink="False">1</guid>'),
    ITEM.replace("<link>https://a.example/1</link>", ""),  # the guid stands in for the link
    ITEM.replace("<link>https://a.example/1</link>", "").replace("<guid>1</guid>", "<guid>https:///a.example/x</guid>"),
    ITEM.replace("https://a.example/1", "https://a.example/1?a=1&amp;b=2&amp;amp;c"),
    ITEM.replace("https://a.example/1", "  relative/path  "),
    ITEM.replace("<link>https://a.example/1</link>", "<link></link>"),
    ITEM.replace("<title>One</title>", "<title>One &lt;b&gt;bold&lt;/b&gt; &amp;amp; more</title>"),
    ITEM.replace("<title>One</title>", "<title>Fish &amp; chips</title>"),
    ITEM.replace("<title>One</title>", "<title>One</title><title>Two</title>"),  # the second title is dropped
    ITEM.replace("<title>One</title>", "<title></title><title>Two</title>"),
    ITEM.replace("<title>One</title>", ""),
    ITEM.replace("<description>Teaser one</description>",
                 "<content:encoded><![CDATA[<p>Full</p>]]></content:encoded><description>Teaser</description>"),
    ITEM.replace("</description>", "</description><content:encoded><![CDATA[<p>A</p>]]></content:encoded>"
                                   "<content:encoded>&lt;p&gt;B&lt;/p&gt;</content:encoded>"),
    ITEM.replace("<description>Teaser one</description>", "<content:encoded>only content</content:encoded>"),
    ITEM.replace("Tue, 02 May 2023 08:00:00 GMT", "2023-05-02T08:00:00+05:00"),
    ITEM.replace("Tue, 02 May 2023 08:00:00 GMT", "not a date"),
    ITEM.replace("<pubDate>Tue, 02 May 2023 08:00:00 GMT</pubDate>", "<pubDate></pubDate>"),
    ITEM.replace("Teaser one", "\n   Teaser\twith   spaces \r\n and lines  \n"),
    ITEM.replace("Teaser one", "Ã©tÃ© in mojibake, \u0080 and \u0093quoted\u0094, caf\u00e9, \u2013 dash"),
    ITEM.replace("Teaser one", "Ã©tÃ© only"),
    ITEM.replace("Teaser one", "&#233;&#x2014;&lt;&gt;&quot;&apos;"),
    ITEM * 3,
])
def test_items_read_exactly_as_feedparser_reads_them(items):
    assert_same_as_feedparser(rss(items))


@pytest.mark.parametrize("declaration", ['<?xml version="1.0"?>\n', "<?xml version='1.0' encoding='utf-8'?>", ""])
def test_utf8_with_or_without_a_declaration(declaration):
    document = f'{declaration}<rss version="2.0"><channel><title>t</title>{ITEM}</channel></rss>'
    assert_same_as_feedparser(document.encode())


@pytest.mark.parametrize("head", [
    "<link>https://a.example/</link><description>About</description><language>en-us</language>",
    '<image><title>logo</title><url>https://a.example/l.png</url><link>https://a.example/</link></image>',
    '<lastBuildDate>Tue, 02 May 2023 09:00:00 GMT</lastBuildDate><generator>x</generator><ttl>60</ttl>',
])
def test_channel_elements_before_the_items(head):
    assert_same_as_feedparser(rss(ITEM, head))


@pytest.mark.parametrize("document", [
    rss(ITEM.replace("<item>", '<item xml:lang="ru">')),
    rss(ITEM.replace("<title>One", '<title xml:base="https://b.example/">One')),
    CHANNEL.replace("<channel>", '<channel xml:lang="kk">').format(items=ITEM).encode(),
    rss(ITEM.replace("<title>One</title>", "<title>One<!-- note --> more</title>")),
    rss(ITEM.replace("<title>One</title>", "<title>One <b>bold</b></title>")),
    rss(ITEM.replace("</item>", "<category>trade</category></item>")),
    rss(ITEM.replace("</item>", "<author>a@b.example</author></item>")),
    rss(ITEM.replace("<description>", '<description type="text/plain">')),
    rss(ITEM.replace("</item>", "<description>again</description></item>")),
    rss(ITEM, "<content:encoded>channel-level content</content:encoded>"),
    rss(ITEM.replace("<item>", "<item><source url='https://s.example/'>s</source>")),
    CHANNEL.format(items=ITEM).encode().replace(b"UTF-8", b"ISO-8859-1"),
    b"\xef\xbb\xbf" + rss(ITEM),
    b"  " + rss(ITEM),
    rss(ITEM).replace(b"<rss", b'<!DOCTYPE rss [<!ENTITY x "y">]>\n<rss', 1),
    rss(ITEM).replace(b'version="2.0"', b'version="0.92"'),
    rss(ITEM).replace(b"</channel>", b""),  # not well-formed: feedparser's loose parser
    rss(ITEM.replace("Teaser one", "Teaser&nbsp;one")),  # an HTML entity XML does not know: the same
    rss(ITEM).replace(b"Teaser one", "caf\u00e9".encode("latin-1")),  # not UTF-8
    b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>',
])
def test_what_the_fast_reader_leaves_to_feedparser(document):
    assert read_rss(document) is None
    # parse_feed still reads it, through feedparser, as before.
    try:
        expected = [_item("f", entry) for entry in _feedparser_entries(document)]
    except Exception as error:  # noqa: BLE001 - whatever feedparser makes of it, parse_feed does the same
        with pytest.raises(type(error)):
            parse_feed("f", document)
    else:
        assert parse_feed("f", document) == expected

