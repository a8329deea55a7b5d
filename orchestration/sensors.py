"""catchup_sensor: build what the nightly window does not cover.

The nightly run rebuilds yesterday and a few days before. A new feed's backlog, or a corrected
old item, lands in the archive with an older date; feed_archive lists every such date in its
metadata, and this sensor requests single-run range builds for them, minus the range the
triggering run builds itself. It reads only Dagster's event log, never the warehouse.
"""

from datetime import date

import dagster as dg

from orchestration.jobs import rebuild_job
from orchestration.partitions import (
    DATES_TO_BUILD, RANGE_END_TAG, RANGE_START_TAG, nightly_enabled, plan_ranges, range_tags,
)

MAX_GAP_DAYS = 14


@dg.asset_sensor(
    asset_key=dg.AssetKey("feed_archive"),
    job=rebuild_job,
    default_status=dg.DefaultSensorStatus.RUNNING if nightly_enabled() else dg.DefaultSensorStatus.STOPPED,
    description="After each fetch, request range builds (one run per cluster of dates) for archived dates "
                "outside the fetching run's own partition range.",
)
def catchup_sensor(context: dg.SensorEvaluationContext, asset_event: dg.EventLogEntry):
    materialization = asset_event.asset_materialization
    due = materialization.metadata.get(DATES_TO_BUILD) if materialization else None
    if due is None:
        return dg.SkipReason("feed_archive reported no dates to build")
    days = [date.fromisoformat(day) for day in due.value]
    run = context.instance.get_run_by_id(asset_event.run_id)
    if run and RANGE_START_TAG in run.tags:
        # That run builds its own range right after fetching.
        first, last = date.fromisoformat(run.tags[RANGE_START_TAG]), date.fromisoformat(run.tags[RANGE_END_TAG])
        days = [day for day in days if not first <= day <= last]
    if not days:
        return dg.SkipReason("nothing outside the fetching run's own range")
    return [
        dg.RunRequest(run_key=f"catchup-{asset_event.run_id}-{start}", tags=range_tags(start, end))
        for start, end in plan_ranges(days, MAX_GAP_DAYS)
    ]
