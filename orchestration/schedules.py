"""The nightly schedule: yesterday's partition plus a short lookback, so late items land."""


import os
from datetime import timedelta

import dagster as dg

from orchestration.jobs import tradewire_job
from orchestration.partitions import range_tags, yesterday

# Items often appear in a feed a day or two after their publication date.
LOOKBACK_DAYS = 3


def _default_status() -> dg.DefaultScheduleStatus:
    # Stopped unless deployed with TRADEWIRE_NIGHTLY=on (or switched on in the UI), so that opening
    # the UI on a laptop never starts fetching by itself.
    on = os.environ.get("TRADEWIRE_NIGHTLY", "").lower() in ("1", "on", "true", "running")
    return dg.DefaultScheduleStatus.RUNNING if on else dg.DefaultScheduleStatus.STOPPED


@dg.schedule(
    job=tradewire_job,
    cron_schedule="30 2 * * *",
    execution_timezone="UTC",
    default_status=_default_status(),
    description=f"02:30 UTC: fetch feeds, rebuild yesterday's partition and the {LOOKBACK_DAYS} days before it "
                "in one run, refresh marts.",
)
def nightly_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    last = yesterday(context.scheduled_execution_time)
    first = last - timedelta(days=LOOKBACK_DAYS)
    return dg.RunRequest(run_key=f"nightly-{last.isoformat()}", tags=range_tags(first, last))
