"""The one Definitions object: every asset, job, schedule and resource, configured from the environment."""

from __future__ import annotations

import os

import dagster as dg

from assets.articles import articles
from assets.checks import QUALITY_CHECKS, freshness_checks, freshness_sensor
from assets.figures import trade_figures
from assets.ingest import feed_archive
from assets.marts import marts
from assets.publish import bi_read_copy
from orchestration.jobs import catchup_job, ingest_job, marts_job, reextract_job, rebuild_job, tradewire_job
from orchestration.schedules import nightly_schedule
from orchestration.sensors import catchup_sensor
from resources.feeds import FeedSource
from resources.warehouse import Warehouse


def _env(name: str, default: str) -> str | dg.EnvVar:
    """EnvVar when the variable is set (the UI then shows where the value came from), else the default."""
    return dg.EnvVar(name) if name in os.environ else default


defs = dg.Definitions(
    assets=[feed_archive, articles, trade_figures, marts, bi_read_copy],
    asset_checks=[*QUALITY_CHECKS, *freshness_checks],
    jobs=[tradewire_job, ingest_job, rebuild_job, reextract_job, marts_job, catchup_job],
    schedules=[nightly_schedule],
    sensors=[freshness_sensor, catchup_sensor],
    resources={
        "warehouse": Warehouse(
            url=_env("TRADEWIRE_WAREHOUSE_URL", "duckdb:///data/warehouse.duckdb"),
            schema_name=_env("TRADEWIRE_SCHEMA", "tradewire"),
        ),
        "feed_source": FeedSource(feeds_file=_env("TRADEWIRE_FEEDS", "feeds/sample.yaml")),
    },
)
