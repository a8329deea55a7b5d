"""feed_archive: fetch every configured feed and keep everything it brought."""


import dataclasses
import gc
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

import dagster as dg

from ingest.archive import fetches_frame, items_frame, pages_frame, urls_needing_pages, wants_page
from ingest.feeds import Validators, fetch_feeds
from ingest.pages import fetch_pages
from ingest.schemas import ArchivedItems, ArchivedPages, FeedFetches
from orchestration.memory import collecting_only_new_objects
from orchestration.partitions import DATES_TO_BUILD
from resources.feeds import FeedSource
from resources.warehouse import WAREHOUSE_POOL, Warehouse


ARCHIVE_BATCH_ITEMS = 5000
# A page that failed (404 before publication, a timeout) is tried again on later runs, this many times in all.
PAGE_ATTEMPTS = 3


@dg.asset(
    pool=WAREHOUSE_POOL,
    group_name="ingest",
    kinds={"python", "sql"},
    description=(
        "Fetches every feed in TRADEWIRE_FEEDS (conditional GET, retries, size cap) and the article pages of "
        "teaser-only items (robots.txt, per-host rate limit). Appends every attempt to feed_fetches, every "
        "item version to archived_items and every page to archived_pages. Append-only: nothing is deleted."
    ),
)
def feed_archive(context: dg.AssetExecutionContext, feed_source: FeedSource, warehouse: Warehouse) -> dg.MaterializeResult:
    feeds = feed_source.feeds()
    settings = feed_source.http_settings()
    validators = {
        row.url: Validators(row.etag, row.last_modified)
        for row in warehouse.query("queries/feed_validators.sql").itertuples()
    }
    fetches, new_items, page_urls, pending = [], 0, [], []
    already_fetched = set(warehouse.query("queries/fetched_page_urls.sql")["url"])

    def archive(batch: list) -> int:
        if not batch:
            return 0
        added = warehouse.append_new("archived_items", ArchivedItems.validate(items_frame(batch), lazy=True))
        gc.collect()  # pandas' reference cycles would keep each batch's frames (see assets/figures.py)
        return added

    # Large feed documents are parsed on every core. Parsed feeds are archived in batches of about
    # ARCHIVE_BATCH_ITEMS items: memory stays bounded, and a DuckDB file is not opened (and
    # checkpointed on close) once per feed.
    with collecting_only_new_objects(), \
            ProcessPoolExecutor(os.cpu_count() or 1, mp_context=multiprocessing.get_context("forkserver")) as parsers:
        for fetch in fetch_feeds(feeds, validators, settings, parse_pool=parsers):
            log = context.log.info if fetch.status in ("ok", "not_modified") else context.log.warning
            log(f"{fetch.feed}: {fetch.status} ({fetch.n_items} items){' - ' + fetch.error if fetch.error else ''}")
            page_urls += urls_needing_pages([fetch], feeds, already_fetched)
            pending.append(fetch)
            if sum(f.n_items for f in pending) >= ARCHIVE_BATCH_ITEMS:
                new_items += archive(pending)
                pending = []
            fetches.append(dataclasses.replace(fetch, items=[]))
        new_items += archive(pending)

    by_name = {feed.name: feed for feed in feeds}
    retries = warehouse.query("queries/pages_to_retry.sql", max_attempts=PAGE_ATTEMPTS)
    page_urls += [row.url for row in retries.itertuples() if wants_page(by_name.get(row.feed), row.has_full_text)]
    pages = fetch_pages(page_urls, settings, min_interval_seconds=feed_source.page_interval_seconds)
    warehouse.append_new("archived_pages", ArchivedPages.validate(pages_frame(pages), lazy=True))
    # Written last, so a conditional GET only trusts validators whose items are safely archived.
    fetch_rows = FeedFetches.validate(fetches_frame(fetches), lazy=True)
    warehouse.append_new("feed_fetches", fetch_rows)
    # For catchup_sensor: every date the archive now has newer than its partition, however old.
    due = [day.isoformat() for day in warehouse.query("queries/dates_to_build.sql")["published_date"]]

    return dg.MaterializeResult(
        metadata={
            "feeds": len(feeds),
            "feeds_ok": sum(f.status in ("ok", "not_modified") for f in fetches),
            "items_seen": sum(f.n_items for f in fetches),
            "new_item_versions": new_items,
            "pages_fetched_ok": sum(p.status == "ok" for p in pages),
            "pages_failed": sum(p.status != "ok" for p in pages),
            DATES_TO_BUILD: dg.MetadataValue.json(due),
            "fetches": dg.MetadataValue.md(
                fetch_rows[["feed", "status", "http_status", "n_items", "error"]].to_markdown(index=False)
            ),
        }
    )
