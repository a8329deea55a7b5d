"""Jobs: what a run materialises."""

from __future__ import annotations

import dagster as dg

from assets.checks import QUALITY_CHECKS, freshness_checks
from orchestration.partitions import daily_partitions

# Freshness is judged by its sensor on a clock, not by the runs that rebuild partitions.
_FRESHNESS = dg.AssetSelection.checks(*freshness_checks)
# The quality checks read whole tables: once per run that ends with the marts, not per range.
_QUALITY = dg.AssetSelection.checks(*QUALITY_CHECKS)

# Everything, for a range of daily partitions: fetch, rebuild the partitions, refresh the marts.
# The nightly schedule runs it; a single-run backfill over a range runs it too.
tradewire_job = dg.define_asset_job(
    "tradewire_job",
    selection=dg.AssetSelection.all() - _FRESHNESS,
    partitions_def=daily_partitions,
    description="Fetch the feeds, rebuild the selected daily partitions of articles and trade_figures, refresh marts.",
)

# Fetching alone (unpartitioned): what `make run` does first, to learn which dates have articles.
ingest_job = dg.define_asset_job(
    "ingest_job",
    selection=dg.AssetSelection.groups("ingest"),
    description="Fetch every configured feed into the archive (feed_fetches, archived_items, archived_pages).",
)

# Rebuilding partitions from the archive only, no fetching: re-extraction after an extractor
# change, backfills. `make run` runs it once per range of new dates, then marts_job once.
rebuild_job = dg.define_asset_job(
    "rebuild_job",
    selection=dg.AssetSelection.groups("warehouse").without_checks(),
    partitions_def=daily_partitions,
    description="Rebuild the selected daily partitions of articles and trade_figures from the archive, without fetching.",
)

# Re-extraction after an extractor change: only trade_figures, from the stored articles.
reextract_job = dg.define_asset_job(
    "reextract_job",
    selection=dg.AssetSelection.assets("trade_figures").without_checks(),
    partitions_def=daily_partitions,
    description="Re-extract and revalidate trade_figures for the selected partitions from the stored articles.",
)

# What catchup_sensor launches: the due partitions of articles and trade_figures, then the marts.
catchup_job = dg.define_asset_job(
    "catchup_job",
    selection=(dg.AssetSelection.groups("warehouse") | dg.AssetSelection.groups("marts")) - _FRESHNESS,
    partitions_def=daily_partitions,
    description="Build archived dates outside the nightly window (backlogs, corrections), then refresh the marts.",
)

# The unpartitioned marts, recomputed in the warehouse from every partition of trade_figures,
# and the quality checks over the whole warehouse.
marts_job = dg.define_asset_job(
    "marts_job",
    selection=dg.AssetSelection.groups("marts") | _QUALITY,
    description="Recompute the metric marts (trade_annual, trade_growth_yoy, ...) from all of trade_figures, "
                "then publish the BI read copy.",
)
