"""Fetching against a real local HTTP server: conditional GET, retries, timeouts, caps, bad feeds."""

import time

import pytest
from werkzeug import Response

from ingest.feeds import Validators, fetch_feeds
from ingest.feeds_config import FeedConfig
from ingest.http import HttpSettings
from ingest.pages import fetch_pages

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>One</title><link>https://a.example/1</link><guid>1</guid>
<pubDate>Tue, 02 May 2023 08:00:00 GMT</pubDate><description>Teaser one</description></item>
</channel></rss>"""
FAST = HttpSettings(connect_timeout=2, read_timeout=0.5, retries=1, backoff_seconds=0.01, max_bytes=10_000)


def feed(httpserver, name="f", path="/feed.xml") -> FeedConfig:
    return FeedConfig(name=name, url=httpserver.url_for(path))


def test_ok_then_not_modified_with_etag(httpserver):
    httpserver.expect_oneshot_request("/feed.xml").respond_with_data(RSS, headers={"ETag": '"v1"'})
    httpserver.expect_request("/feed.xml", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    [first] = fetch_feeds([feed(httpserver)], {}, FAST)
    assert (first.status, first.http_status, first.n_items, first.etag) == ("ok", 200, 1, '"v1"')
    assert first.items[0].published_at.isoformat() == "2023-05-02T08:00:00+00:00"
    [second] = fetch_feeds([feed(httpserver)], {first.url: Validators(first.etag, None)}, FAST)
    assert (second.status, second.http_status, second.n_items, second.etag) == ("not_modified", 304, 0, '"v1"')


def test_transient_error_is_retried(httpserver):
    httpserver.expect_oneshot_request("/feed.xml").respond_with_data("busy", status=503)
    httpserver.expect_request("/feed.xml").respond_with_data(RSS)
    [fetch] = fetch_feeds([feed(httpserver)], {}, FAST)
    assert (fetch.status, fetch.attempts, fetch.n_items) == ("ok", 2, 1)


def test_client_error_is_not_retried(httpserver):
    httpserver.expect_request("/feed.xml").respond_with_data("gone", status=404)
    [fetch] = fetch_feeds([feed(httpserver)], {}, FAST)
    assert (fetch.status, fetch.http_status, fetch.attempts) == ("http_error", 404, 1)


def test_slow_feed_times_out_after_retries(httpserver):
    def slow(request):
        time.sleep(1.5)
        return Response(RSS)

    httpserver.expect_request("/feed.xml").respond_with_handler(slow)
    [fetch] = fetch_feeds([feed(httpserver)], {}, FAST)
    assert (fetch.status, fetch.attempts) == ("timeout", 2)
    assert "Timeout" in fetch.error


def test_oversized_feed_is_refused(httpserver):
    httpserver.expect_request("/feed.xml").respond_with_data(RSS + b" " * 20_000)
    [fetch] = fetch_feeds([feed(httpserver)], {}, FAST)
    assert fetch.status == "too_large" and fetch.n_items == 0


@pytest.mark.parametrize("body", [b"<html><body>Not a feed at all</body></html>", b"\x00\x01 garbage <rss"])
def test_unreadable_document_is_a_parse_error(httpserver, body):
    httpserver.expect_request("/feed.xml").respond_with_data(body)
    [fetch] = fetch_feeds([feed(httpserver)], {}, FAST)
    assert fetch.status == "parse_error" and fetch.error


def test_one_failing_feed_never_fails_the_others(httpserver):
    httpserver.expect_request("/good.xml").respond_with_data(RSS)
    httpserver.expect_request("/bad.xml").respond_with_data("boom", status=500)
    fetches = fetch_feeds([feed(httpserver, "good", "/good.xml"), feed(httpserver, "bad", "/bad.xml")], {}, FAST)
    assert {f.feed: f.status for f in fetches} == {"good": "ok", "bad": "http_error"}


def test_an_unexpected_error_fails_only_its_feed_and_every_feed_is_fetched(httpserver):
    """More feeds than fetch slots, one failing with an error the HTTP layer does not expect."""
    httpserver.expect_request("/good.xml").respond_with_data(RSS)
    feeds = [FeedConfig("broken", "file:///tmp/feed%00.xml")]  # open() raises ValueError, not OSError
    feeds += [feed(httpserver, f"good-{n}", "/good.xml") for n in range(11)]
    fetches = list(fetch_feeds(feeds, {}, FAST, max_parallel=3))
    statuses = {f.feed: f.status for f in fetches}
    assert statuses.pop("broken") == "error"
    assert statuses == {f"good-{n}": "ok" for n in range(11)}


def test_unreachable_host_is_an_http_error():
    [fetch] = fetch_feeds([FeedConfig("down", "http://127.0.0.1:9/feed.xml")], {}, FAST)
    assert fetch.status == "http_error" and "Connect" in fetch.error


def test_local_file_feed(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_bytes(RSS)
    [fetch] = fetch_feeds([FeedConfig("local", path.as_uri())], {}, FAST)
    assert (fetch.status, fetch.n_items) == ("ok", 1)


PAGE = "<html><body><nav>Home | World</nav><article><h1>Trade</h1>" + "".join(
    f"<p>Paragraph {i} of the story about bilateral trade between the two countries, told at length.</p>"
    for i in range(6)
) + "</article><footer>All rights reserved</footer></body></html>"


def test_pages_obey_robots_and_fall_back_on_errors(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")
    httpserver.expect_request("/news/1").respond_with_data(PAGE, content_type="text/html")
    httpserver.expect_request("/news/2").respond_with_data("nope", status=404)
    httpserver.expect_request("/news/3").respond_with_data("<html><body></body></html>", content_type="text/html")
    urls = [httpserver.url_for(p) for p in ("/news/1", "/news/2", "/private/x", "/news/3")]
    pages = {p.url.split(httpserver.url_for(""))[-1]: p for p in fetch_pages(urls, FAST, min_interval_seconds=0)}
    assert pages["news/1"].status == "ok"
    assert "Paragraph 0 of the story" in pages["news/1"].text and "\n\n" in pages["news/1"].text
    assert "All rights reserved" not in pages["news/1"].text
    assert pages["news/2"].status == "http_error"
    assert pages["private/x"].status == "robots_disallowed"
    assert pages["news/3"].status == "no_text"


def test_pages_to_one_host_are_spaced(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/a").respond_with_data(PAGE, content_type="text/html")
    httpserver.expect_request("/b").respond_with_data(PAGE, content_type="text/html")
    pages = fetch_pages([httpserver.url_for("/a"), httpserver.url_for("/b")], FAST, min_interval_seconds=0.3)
    assert [p.status for p in pages] == ["ok", "ok"]
    assert (pages[1].fetched_at - pages[0].fetched_at).total_seconds() >= 0.3


def test_large_feed_is_parsed_in_the_process_pool(httpserver):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from ingest.feeds import PARALLEL_PARSE_MIN_BYTES

    item = ("<item><title>Item {n}</title><link>https://a.example/{n}</link><guid>{n}</guid>"
            "<pubDate>Tue, 02 May 2023 08:00:00 GMT</pubDate><description>{filler}</description></item>")
    filler = "Trade between the two countries grew. " * 60
    count = PARALLEL_PARSE_MIN_BYTES // len(item.format(n=0, filler=filler)) + 10
    body = ('<?xml version="1.0"?><rss version="2.0"><channel><title>big</title>'
            + "".join(item.format(n=n, filler=filler) for n in range(count)) + "</channel></rss>").encode()
    assert len(body) >= PARALLEL_PARSE_MIN_BYTES
    httpserver.expect_request("/big.xml").respond_with_data(body)
    settings = HttpSettings(retries=0, max_bytes=10 * PARALLEL_PARSE_MIN_BYTES)
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("forkserver")) as pool:
        [fetch] = fetch_feeds([feed(httpserver, path="/big.xml")], {}, settings, parse_pool=pool)
    assert (fetch.status, fetch.n_items) == ("ok", count)
    assert fetch.items[-1].title == f"Item {count - 1}"


def test_a_page_table_keeps_its_cells_apart(httpserver):
    """A table in the article keeps a row per paragraph with its cells apart, as a feed's HTML table
    reads, so that the extractor can read its columns."""
    story = "".join(f"<p>Paragraph {i} of the story about trade between Kazakhstan and its partners.</p>"
                    for i in range(6))
    table = ("<table><tr><th>Country</th><th>Turnover</th></tr><tr><td>Italy</td><td>15.3</td></tr>"
             "<tr><td>Germany</td><td>3.9</td></tr></table>")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/news/t").respond_with_data(
        f"<html><body><article><h1>Trade</h1>{story}{table}<p>The end of the story.</p></article></body></html>",
        content_type="text/html")
    [page] = fetch_pages([httpserver.url_for("/news/t")], FAST, min_interval_seconds=0)
    assert page.status == "ok"
    assert "\n\nCountry | Turnover\n\nItaly | 15.3\n\nGermany | 3.9\n\n" in page.text


def test_trafilatura_table_rows_keep_empty_and_escaped_cells():
    from ingest.pages import table_rows_as_cells

    extracted = "Intro.\n|  | Exports |\n|---|---|\n| Italy \\| EU | 15.3 |\n| Germany | 3.9 |\nA | B in prose."
    assert table_rows_as_cells(extracted) == "Intro.\n | Exports\nItaly | EU | 15.3\nGermany | 3.9\nA | B in prose."
