"""What `make run` and `make rebuild` do: Dagster runs in this process, against DAGSTER_HOME, so they
appear in the UI's run history exactly like launched runs (see orchestration/cli.py for the commands).
Partitions with articles are folded into as few partition-range runs as possible
(BackfillPolicy.single_run: one run per range, not per day)."""

from __future__ import annotations

import os
import time
from datetime import date

import dagster as dg

from assets.marts import MART_TABLES
from ingest.feeds_config import FeedsConfigError
from metrics import kaz_tjk_yoy_line
from orchestration.definitions import defs
from orchestration.partitions import BUILDS_OWN_DATES_TAG, partition_dates, plan_ranges, range_tags
from resources.warehouse import Warehouse

SUMMARY_TABLES = ["feed_fetches", "archived_items", "archived_pages", "articles", "trade_figures", "rejected_figures",
                  *MART_TABLES]
# Console logs at INFO: the feed-by-feed story, without Dagster's per-event debug lines.
_QUIET = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}


def feeds_config_error() -> str | None:
    """What is wrong with the feeds file (one line naming the file, the entry and the problem), or None."""
    try:
        defs.resources["feed_source"].process_config_and_initialize().feeds()
    except FeedsConfigError as error:
        return str(error)
    return None


def run(max_gap_days: int, rebuild_all: bool) -> None:
    """Fetch, then build the partitions that gained items (or were never built), then the marts."""
    started = time.monotonic()
    instance, warehouse = _instance_and_warehouse()
    defs.resolve_job_def("ingest_job").execute_in_process(instance=instance, run_config=_QUIET,
                                                          tags={BUILDS_OWN_DATES_TAG: "true"})
    days = days_to_build(warehouse, rebuild_all)
    ranges = build(instance, days, max_gap_days)
    print_summary(warehouse, days, ranges, time.monotonic() - started)


def rebuild(max_gap_days: int, start: date | None, end: date | None, with_articles: bool) -> None:
    """Re-extract and revalidate the figures of every stored article (or those in [start, end]) without
    fetching: what to run after the extractor changed. with_articles also rebuilds articles from the archive."""
    started = time.monotonic()
    instance, warehouse = _instance_and_warehouse()
    days = [day for day in partition_dates(list(warehouse.query("queries/archived_dates.sql")["published_date"]))
            if (start is None or day >= start) and (end is None or day <= end)]
    job = "rebuild_job" if with_articles else "reextract_job"
    ranges = build(instance, days, max_gap_days, job=job, refresh_marts=True)
    print_summary(warehouse, days, ranges, time.monotonic() - started)


def build(instance: dg.DagsterInstance, days: list[date], max_gap_days: int, job: str = "rebuild_job",
          refresh_marts: bool = False) -> list:
    """One partition-range run per cluster of dates (BackfillPolicy.single_run), then the marts once."""
    ranges = plan_ranges(days, max_gap_days)
    partition_job = defs.resolve_job_def(job)
    for first, last in ranges:
        partition_job.execute_in_process(instance=instance, run_config=_QUIET, tags=range_tags(first, last))
    # The marts read all of trade_figures, then the BI copy is published. Nothing rebuilt means
    # nothing for them to change.
    if ranges or refresh_marts or instance.get_latest_materialization_event(dg.AssetKey("bi_read_copy")) is None:
        defs.resolve_job_def("marts_job").execute_in_process(instance=instance, run_config=_QUIET)
    return ranges


def _instance_and_warehouse() -> tuple[dg.DagsterInstance, Warehouse]:
    # As the Makefile does: one write per batch of partition events rather than per event.
    os.environ.setdefault("DAGSTER_EVENT_BATCH_SIZE", "1000")
    return dg.DagsterInstance.get(), defs.resources["warehouse"].process_config_and_initialize()


def days_to_build(warehouse: Warehouse, rebuild_all: bool) -> list[date]:
    """Dates whose archive changed since their partition was last built (or never built); every
    archived date with rebuild_all. A run with nothing new in the feeds rebuilds nothing, and a
    run that failed half-way is caught up by the next one."""
    query = "queries/archived_dates.sql" if rebuild_all else "queries/dates_to_build.sql"
    return partition_dates(list(warehouse.query(query)["published_date"]))


def print_summary(warehouse: Warehouse, days: list, ranges: list, seconds: float) -> None:
    per_feed = warehouse.query("queries/articles_per_feed.sql")
    print("\n== tradewire run summary ==")
    print(f"warehouse: {warehouse.location} (schema {warehouse.schema_name})")
    if ranges:
        print(f"partitions written: {len(days)}, in {len(ranges)} run(s), {ranges[0][0]} .. {ranges[-1][1]}")
    else:
        print("partitions written: none (nothing new in the feeds; `make run RUN_ARGS=--rebuild-all` rebuilds all)")
    print("articles per feed:")
    for row in per_feed.itertuples():
        print(f"  {row.feed:<24} {row.articles:>6}")
    print("tables:")
    with warehouse.transaction() as connection:
        for table in SUMMARY_TABLES:
            count = connection.exec_driver_sql(f"SELECT COUNT(*) FROM {warehouse.table(table)}").scalar()
            print(f"  {warehouse.table(table):<32} {count:>8} rows")
    copy = warehouse.read_copy
    if copy:
        print(f"BI tools: open {copy} read-only (republished whenever partitions were written)")
    print(kaz_tjk_yoy_line(warehouse.read_table("trade_growth_yoy")))
    print(f"done in {seconds:.1f} s")
