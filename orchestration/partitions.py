"""Daily partitions keyed by an article's publication date (UTC)."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone

import dagster as dg

daily_partitions = dg.DailyPartitionsDefinition(start_date="2015-01-01", timezone="UTC")

# On a fetching run whose launcher builds the due dates itself (make run): catchup_sensor skips it.
BUILDS_OWN_DATES_TAG = "tradewire/builds_own_dates"

# feed_archive's metadata key listing the dates whose partitions the archive has outgrown.
DATES_TO_BUILD = "dates_to_build"

# Dagster's start/end tags that make one run cover a range of partitions (a single-run backfill).
RANGE_START_TAG = "dagster/asset_partition_range_start"
RANGE_END_TAG = "dagster/asset_partition_range_end"
PARTITION_TAG = "dagster/partition"


def range_tags(start: date, end: date) -> dict[str, str]:
    return {RANGE_START_TAG: start.isoformat(), RANGE_END_TAG: end.isoformat()}


def window_dates(context: dg.AssetExecutionContext) -> tuple[date, date]:
    """First and last day (inclusive) of the partitions this run covers."""
    window = context.partition_time_window
    return window.start.date(), (window.end - timedelta(days=1)).date()


def partition_dates(days: list[date], now: datetime | None = None) -> list[date]:
    """The dates that are daily partitions: from the first one to yesterday (UTC). Today's articles
    are archived now and built once their day is complete (the nightly run, or the next make run)."""
    first = date.fromisoformat(daily_partitions.get_first_partition_key())
    last = yesterday(now or datetime.now(timezone.utc))
    return [day for day in days if first <= day <= last]


def plan_ranges(days: list[date], max_gap_days: int) -> list[tuple[date, date]]:
    """Fold sorted dates into the fewest ranges, bridging gaps of up to max_gap_days empty days.

    Each run costs a fixed overhead and each partition in it a little more; bridging short
    gaps is cheaper than starting another run, bridging years of empty days is not.
    """
    ranges: list[tuple[date, date]] = []
    for day in sorted(set(days)):
        if ranges and (day - ranges[-1][1]).days <= max_gap_days + 1:
            ranges[-1] = (ranges[-1][0], day)
        else:
            ranges.append((day, day))
    return ranges


def nightly_enabled() -> bool:
    """TRADEWIRE_NIGHTLY=on: the nightly schedule and the freshness sensor start running by themselves.
    Off by default, so that opening the UI on a laptop never starts fetching."""
    return os.environ.get("TRADEWIRE_NIGHTLY", "").lower() in ("1", "on", "true", "running")


def yesterday(now: datetime) -> date:
    return (now - timedelta(days=1)).date()


def split_range(start: date, end: date, rows_per_day: dict[date, int], max_rows: int) -> list[tuple[date, date]]:
    """[start, end] cut into consecutive sub-ranges of whole days, each holding at most max_rows rows
    (a single day holding more stays one sub-range). Every day of the range lies in one sub-range,
    empty days included, so writing sub-range by sub-range covers the whole range."""
    pieces: list[tuple[date, date]] = []
    first, rows = start, 0
    day = start
    while day <= end:
        count = rows_per_day.get(day, 0)
        if count and rows and rows + count > max_rows:
            pieces.append((first, day - timedelta(days=1)))
            first, rows = day, 0
        rows += count
        day += timedelta(days=1)
    pieces.append((first, end))
    return pieces
