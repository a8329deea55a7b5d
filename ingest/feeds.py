"""Fetch every configured feed concurrently and parse it; one failing feed never fails the others."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice

from ingest.feeds_config import FeedConfig
from ingest.http import HttpResult, HttpSettings, get, make_client
from ingest.parse import FeedItem, FeedParseError, parse_feed
from ingest.text import stable_id


@dataclass(frozen=True)
class Validators:
    """What the last successful fetch of a URL returned, for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FeedFetch:
    """One attempt at one feed: a row of feed_fetches, and the items it brought."""

    fetch_id: str
    feed: str
    url: str
    fetched_at: datetime
    status: str  # ok | not_modified | http_error | timeout | parse_error | too_large | error
    http_status: int | None
    n_items: int
    error: str | None
    etag: str | None
    last_modified: str | None
    attempts: int
    items: list[FeedItem] = field(default_factory=list, repr=False)


# Parsing is CPU-bound: a document this large is parsed in the caller's process pool, if it gave one.
PARALLEL_PARSE_MIN_BYTES = 1_000_000


def fetch_feeds(feeds: list[FeedConfig], validators: dict[str, Validators], settings: HttpSettings,
                max_parallel: int = 8, parse_pool: Executor | None = None) -> Iterator[FeedFetch]:
    """Fetch (threads) and parse every feed; yield each as soon as it is ready, so the caller can
    archive it and let it go rather than hold every feed in memory. At most max_parallel feeds are
    fetched or waiting at once: a slow caller holds the fetching back instead of piling feeds up."""
    waiting = iter(feeds)
    with make_client(settings) as client, ThreadPoolExecutor(max(1, min(max_parallel, len(feeds)))) as pool:
        def start(count: int) -> set[Future]:
            return {pool.submit(fetch_feed, client, feed, validators.get(feed.url), settings, parse_pool)
                    for feed in islice(waiting, count)}

        in_flight = start(max_parallel)
        while in_flight:
            done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in done:
                in_flight |= start(1)
                yield future.result()


def fetch_feed(client, feed: FeedConfig, previous: Validators | None, settings: HttpSettings,
               parse_pool: Executor | None = None) -> FeedFetch:
    fetched_at = datetime.now(timezone.utc)
    previous = previous or Validators()
    items: list[FeedItem] = []
    try:
        result = get(client, feed.url, settings, etag=previous.etag, last_modified=previous.last_modified)
    except Exception as exc:  # a bug or an error get() does not expect: this feed fails, the others go on
        result = HttpResult(url=feed.url, status="error", error=f"{type(exc).__name__}: {exc}")
    status, error = result.status, result.error
    if status == "ok":
        try:
            if parse_pool is not None and len(result.body) >= PARALLEL_PARSE_MIN_BYTES:
                items = parse_pool.submit(parse_feed, feed.name, result.body).result()
            else:
                items = parse_feed(feed.name, result.body)
        except FeedParseError as exc:
            status, error = "parse_error", str(exc)
        except Exception as exc:  # a crashed parser process, a parser bug: this feed fails, the others go on
            status, error = "error", f"{type(exc).__name__}: {exc}"
    return FeedFetch(
        fetch_id=stable_id(feed.name, feed.url, fetched_at.isoformat()),
        feed=feed.name,
        url=feed.url,
        fetched_at=fetched_at,
        status=status,
        http_status=result.http_status,
        n_items=len(items),
        error=error,
        # A 304 keeps the validators that earned it, so the next run can ask again.
        etag=result.etag if status in ("ok", "not_modified") else None,
        last_modified=result.last_modified if status in ("ok", "not_modified") else None,
        attempts=result.attempts,
        items=items,
    )
