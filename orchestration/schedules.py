"""The nightly schedule: yesterday's partition plus a short lookback, so late items land."""


from datetime import timedelta

import dagster as dg

from orchestration.jobs import tradewire_job
from orchestration.partitions import nightly_enabled, range_tags, yesterday

# Items often appear in a feed a day or two after their publication date.
LOOKBACK_DAYS = 3


@dg.schedule(
    job=tradewire_job,
    cron_schedule="30 2 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.RUNNING if nightly_enabled() else dg.DefaultScheduleStatus.STOPPED,
    description=f"02:30 UTC: fetch feeds, rebuild yesterday's partition and the {LOOKBACK_DAYS} days before it "
                "in one run, refresh marts.",
)
def nightly_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    last = yesterday(context.scheduled_execution_time)
    first = last - timedelta(days=LOOKBACK_DAYS)
    return dg.RunRequest(run_key=f"nightly-{last.isoformat()}", tags=range_tags(first, last))
