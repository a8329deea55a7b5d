"""catchup_sensor: build what the nightly window does not cover, and refresh the marts.

The nightly run rebuilds yesterday and a few days before. A new feed's backlog, or a corrected
old item, lands in the archive with an older date; feed_archive lists every such date in its
metadata, and this sensor requests single-run range builds for them, minus the range the
triggering run builds itself. It reads only Dagster's event log, never the warehouse.
"""

from datetime import date

import dagster as dg

from orchestration.jobs import catchup_job
from orchestration.partitions import (
    BUILDS_OWN_DATES_TAG, DATES_TO_BUILD, PARTITION_TAG, RANGE_END_TAG, RANGE_START_TAG, nightly_enabled,
    partition_dates, plan_ranges, range_tags,
)

MAX_GAP_DAYS = 14


@dg.asset_sensor(
    asset_key=dg.AssetKey("feed_archive"),
    job=catchup_job,
    default_status=dg.DefaultSensorStatus.RUNNING if nightly_enabled() else dg.DefaultSensorStatus.STOPPED,
    description="After each fetch, request range builds (one run per cluster of dates) for archived dates "
                "outside the fetching run's own partition range.",
)
def catchup_sensor(context: dg.SensorEvaluationContext, asset_event: dg.EventLogEntry):
    materialization = asset_event.asset_materialization
    due = materialization.metadata.get(DATES_TO_BUILD) if materialization else None
    if due is None:
        return dg.SkipReason("feed_archive reported no dates to build")
    days = partition_dates([date.fromisoformat(day) for day in due.value])
    run = context.instance.get_run_by_id(asset_event.run_id)
    tags = run.tags if run else {}
    if tags.get(BUILDS_OWN_DATES_TAG):
        return dg.SkipReason("the fetching run's launcher builds the due dates itself")
    # The fetching run builds its own partition or range right after fetching.
    first = tags.get(RANGE_START_TAG) or tags.get(PARTITION_TAG)
    last = tags.get(RANGE_END_TAG) or tags.get(PARTITION_TAG)
    if first:
        days = [day for day in days if not date.fromisoformat(first) <= day <= date.fromisoformat(last)]
    if not days:
        return dg.SkipReason("nothing outside the fetching run's own range")
    return [
        dg.RunRequest(run_key=f"catchup-{asset_event.run_id}-{start}", tags=range_tags(start, end))
        for start, end in plan_ranges(days, MAX_GAP_DAYS)
    ]
