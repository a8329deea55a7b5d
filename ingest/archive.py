"""Rows for the append-only archive tables: feed_fetches, archived_items, archived_pages."""

from __future__ import annotations

import pandas as pd

from ingest.feeds import FeedFetch
from ingest.feeds_config import FeedConfig
from ingest.pages import PageFetch
from ingest.text import stable_id

FETCH_COLUMNS = ["fetch_id", "feed", "url", "fetched_at", "status", "http_status", "n_items", "error",
                 "etag", "last_modified", "attempts"]
ITEM_COLUMNS = ["item_id", "version_hash", "feed", "guid", "url", "canonical_url", "title", "summary", "content",
                "has_full_text", "published_at", "fetched_at", "fetch_id", "raw_entry"]
PAGE_COLUMNS = ["page_fetch_id", "url", "fetched_at", "status", "http_status", "html", "text", "error"]


def fetches_frame(fetches: list[FeedFetch]) -> pd.DataFrame:
    frame = pd.DataFrame([{column: getattr(fetch, column) for column in FETCH_COLUMNS} for fetch in fetches],
                         columns=FETCH_COLUMNS)
    return frame.astype({"http_status": "Int64", "n_items": "int64", "attempts": "int64"})


def items_frame(fetches: list[FeedFetch]) -> pd.DataFrame:
    rows = [
        {**{column: getattr(item, column) for column in ITEM_COLUMNS if hasattr(item, column)},
         "fetched_at": fetch.fetched_at, "fetch_id": fetch.fetch_id}
        for fetch in fetches for item in fetch.items
    ]
    frame = pd.DataFrame(rows, columns=ITEM_COLUMNS)
    # A feed may list one item twice; the archive key is (item_id, version_hash).
    frame = frame.drop_duplicates(["item_id", "version_hash"])
    frame["published_at"] = pd.to_datetime(frame["published_at"], utc=True)
    frame["fetched_at"] = pd.to_datetime(frame["fetched_at"], utc=True)
    return frame.astype({"has_full_text": bool})


def pages_frame(pages: list[PageFetch]) -> pd.DataFrame:
    frame = pd.DataFrame(
        [{"page_fetch_id": stable_id(page.url, page.fetched_at.isoformat()),
          **{column: getattr(page, column) for column in PAGE_COLUMNS[1:]}} for page in pages],
        columns=PAGE_COLUMNS,
    )
    frame["fetched_at"] = pd.to_datetime(frame["fetched_at"], utc=True)
    return frame.astype({"http_status": "Int64"})


def wants_page(feed: FeedConfig | None, has_full_text: bool) -> bool:
    """The feed asks for pages, or (by default) the item carries only a teaser."""
    if feed is None or feed.fetch_full_text is None:
        return not has_full_text
    return feed.fetch_full_text


def urls_needing_pages(fetches: list[FeedFetch], feeds: list[FeedConfig], already_fetched: set[str]) -> list[str]:
    """Item URLs of these fetches whose page should be fetched. A page fetched once is not fetched
    again here; failed ones are retried through sql/queries/pages_to_retry.sql."""
    by_name = {feed.name: feed for feed in feeds}
    urls = [item.url for fetch in fetches for item in fetch.items
            if wants_page(by_name.get(fetch.feed), item.has_full_text)
            and item.url.startswith(("http://", "https://")) and item.url not in already_fetched]
    return list(dict.fromkeys(urls))
