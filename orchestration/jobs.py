"""Jobs: what a run materialises."""

from __future__ import annotations

import dagster as dg

from orchestration.partitions import daily_partitions

# Everything, for a range of daily partitions: fetch, rebuild the partitions, refresh the marts.
# The nightly schedule runs it; a single-run backfill over a range runs it too.
tradewire_job = dg.define_asset_job(
    "tradewire_job",
    selection=dg.AssetSelection.all(),
    partitions_def=daily_partitions,
    description="Fetch the feeds, rebuild the selected daily partitions of articles and trade_figures, refresh marts.",
)

# Fetching alone (unpartitioned): what `make run` does first, to learn which dates have articles.
ingest_job = dg.define_asset_job(
    "ingest_job",
    selection=dg.AssetSelection.groups("ingest"),
    description="Fetch every configured feed into the archive (feed_fetches, archived_items, archived_pages).",
)

# Rebuilding from the archive only, no fetching: re-extraction after an extractor change, backfills.
rebuild_job = dg.define_asset_job(
    "rebuild_job",
    selection=dg.AssetSelection.all() - dg.AssetSelection.groups("ingest"),
    partitions_def=daily_partitions,
    description="Rebuild the selected daily partitions (and the marts) from the archive, without fetching.",
)
