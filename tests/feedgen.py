"""Render annotated articles (devset JSON format) as RSS 2.0 / Atom feeds and article pages.

The bundled sample feeds are generated from feeds/sample/articles/*.json so the annotations
and the feeds can never drift apart; tests render the same articles against a local HTTP
server. Regenerate the bundled files after editing an article:

    .venv/bin/python -m tests.feedgen
"""

from __future__ import annotations

import json
import zlib
from datetime import datetime, time, timezone
from email.utils import format_datetime
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "feeds" / "sample"
ATOM_FEEDS = {"caravan-post", "silk-road-monitor"}
OUTLET_TITLES = {
    "steppe-ledger": "Steppe Ledger: business and trade",
    "caravan-post": "Caravan Post regional wire",
    "pamir-wire": "Pamir Wire",
    "kabul-trade-desk": "Kabul Trade Desk",
    "silk-road-monitor": "Silk Road Monitor",
}


def load_articles(folder: Path) -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))]


def published_at(article: dict) -> datetime:
    """A stable time of day for the article's date (UTC), so items sort like a real feed."""
    minutes = zlib.crc32(article["id"].encode()) % (12 * 60)
    day = datetime.fromisoformat(article["published"]).date()
    return datetime.combine(day, time(6 + minutes // 60, minutes % 60), tzinfo=timezone.utc)


def article_url(article: dict, base_url: str | None) -> str:
    """The article's URL, moved onto base_url (a test server) when given."""
    if base_url is None:
        return article["url"]
    parts = urlsplit(article["url"])
    return f"{base_url.rstrip('/')}/{parts.netloc}{parts.path}"


def paragraphs_html(text: str) -> str:
    return "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


def render_feed(feed: str, articles: list[dict], base_url: str | None = None) -> str:
    items = sorted((a for a in articles if a["feed"] == feed), key=published_at, reverse=True)
    return (_atom if feed in ATOM_FEEDS else _rss)(feed, items, base_url)


def _rss(feed: str, items: list[dict], base_url: str | None) -> str:
    entries = []
    for article in items:
        content = (f"<content:encoded><![CDATA[{paragraphs_html(article['text'])}]]></content:encoded>"
                   if article.get("full_text", True) else "")
        entries.append(
            "<item>"
            f"<title>{escape(article['title'])}</title>"
            f"<link>{escape(article_url(article, base_url))}</link>"
            f'<guid isPermaLink="false">{feed}:{article["id"]}</guid>'
            f"<pubDate>{format_datetime(published_at(article))}</pubDate>"
            f"<description>{escape(article['summary'])}</description>"
            f"{content}</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{escape(OUTLET_TITLES.get(feed, feed))}</title><link>https://{feed}.example/</link>"
        f"<description>Sample feed written for tradewire</description>"
        + "\n".join(entries) + "</channel></rss>\n"
    )


def _atom(feed: str, items: list[dict], base_url: str | None) -> str:
    entries = []
    for article in items:
        stamp = published_at(article).isoformat()
        content = (f'<content type="html">{escape(paragraphs_html(article["text"]))}</content>'
                   if article.get("full_text", True) else "")
        entries.append(
            "<entry>"
            f"<title>{escape(article['title'])}</title>"
            f'<link rel="alternate" href="{escape(article_url(article, base_url))}"/>'
            f"<id>urn:{feed}:{article['id']}</id><published>{stamp}</published><updated>{stamp}</updated>"
            f"<summary>{escape(article['summary'])}</summary>{content}</entry>"
        )
    updated = published_at(items[0]).isoformat() if items else "2025-01-01T00:00:00+00:00"
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(OUTLET_TITLES.get(feed, feed))}</title><id>urn:{feed}</id><updated>{updated}</updated>"
        f'<link rel="self" href="https://{feed}.example/atom.xml"/>'
        + "\n".join(entries) + "</feed>\n"
    )


def render_page(article: dict) -> str:
    """The article's web page: navigation and footer around the story, as real pages have."""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{escape(article['title'])}</title></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/economy'>Economy</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{escape(article['title'])}</h1>"
        f"<time datetime='{article['published']}'>{article['published']}</time>"
        f"{paragraphs_html(article['text'])}</article>"
        "<aside><h2>Most read</h2><ul><li>Weather warning for the weekend</li><li>Football results</li></ul></aside>"
        "<footer>All rights reserved. Reproduction requires permission.</footer></body></html>"
    )


def feed_names(articles: list[dict]) -> list[str]:
    return sorted({article["feed"] for article in articles})


def write_sample_feeds() -> list[Path]:
    articles = load_articles(SAMPLE_DIR / "articles")
    written = []
    for feed in feed_names(articles):
        path = SAMPLE_DIR / f"{feed}.xml"
        path.write_text(render_feed(feed, articles), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_sample_feeds():
        print(f"wrote {path.relative_to(ROOT)}")
