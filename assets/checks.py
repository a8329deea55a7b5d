"""Asset checks: data quality at a glance in the UI, next to each asset."""

import warnings
from datetime import datetime, timedelta, timezone

import dagster as dg
import pandas as pd

from assets.articles import articles
from assets.figures import trade_figures
from assets.ingest import feed_archive
from extraction import EXTRACTOR_VERSION
from orchestration.partitions import nightly_enabled
from resources.feeds import FeedSource
from resources.warehouse import Warehouse

MAX_REJECTED_SHARE = 0.05
MIN_ARTICLES_WITH_FIGURES_SHARE = 0.30
FEED_STALE_AFTER = timedelta(days=2)


@dg.asset_check(asset=trade_figures, description=f"At most {MAX_REJECTED_SHARE:.0%} of extracted figures are rejected.")
def rejected_rate_below_threshold(warehouse: Warehouse) -> dg.AssetCheckResult:
    row = warehouse.query("checks/rejected_rate.sql").iloc[0]
    total = int(row["rejected"]) + int(row["accepted"])
    share = int(row["rejected"]) / total if total else 0.0
    return dg.AssetCheckResult(
        passed=share <= MAX_REJECTED_SHARE,
        metadata={"rejected": int(row["rejected"]), "accepted": int(row["accepted"]), "rejected_share": round(share, 4)},
    )


@dg.asset_check(
    asset=trade_figures,
    description=f"At least {MIN_ARTICLES_WITH_FIGURES_SHARE:.0%} of articles yield a figure (a drop means the "
                "extractor or the feeds changed).",
)
def articles_with_figures_share(warehouse: Warehouse) -> dg.AssetCheckResult:
    row = warehouse.query("checks/articles_with_figures.sql").iloc[0]
    share = int(row["with_figures"]) / int(row["articles"]) if int(row["articles"]) else 1.0
    return dg.AssetCheckResult(
        passed=share >= MIN_ARTICLES_WITH_FIGURES_SHARE,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"articles": int(row["articles"]), "with_figures": int(row["with_figures"]),
                  "share": round(share, 4)},
    )


@dg.asset_check(asset=trade_figures, description="No figure_id or article_id appears twice.")
def no_duplicate_ids(warehouse: Warehouse) -> dg.AssetCheckResult:
    return _passes_without_rows(warehouse.query("checks/duplicate_ids.sql"), "duplicates")


@dg.asset_check(asset=trade_figures, description="Every figure sits in its article's partition (no orphans).")
def figures_match_their_articles(warehouse: Warehouse) -> dg.AssetCheckResult:
    return _passes_without_rows(warehouse.query("checks/figures_without_article.sql"), "orphan_figures")


@dg.asset_check(
    asset=trade_figures,
    description="The extractor read every article without an error (a failing article is kept in "
                "rejected_figures with the error as its reason, and its figures are missing).",
)
def no_extraction_failures(warehouse: Warehouse) -> dg.AssetCheckResult:
    return _passes_without_rows(warehouse.query("checks/extraction_failures.sql"), "failed_articles")


def _passes_without_rows(offending: pd.DataFrame, label: str) -> dg.AssetCheckResult:
    """A check whose query lists what is wrong: it passes when the list is empty."""
    examples = offending.head(10).to_markdown(index=False) if len(offending) else "none"
    return dg.AssetCheckResult(passed=offending.empty,
                               metadata={label: len(offending), "examples": dg.MetadataValue.md(examples)})


@dg.asset_check(
    asset=trade_figures,
    description="Every figure comes from the current extractor; otherwise `make rebuild` re-extracts the rest.",
)
def single_extractor_version(warehouse: Warehouse) -> dg.AssetCheckResult:
    versions = warehouse.query("checks/extractor_versions.sql")
    return dg.AssetCheckResult(
        passed=set(versions["extractor_version"]) <= {EXTRACTOR_VERSION},
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"current": EXTRACTOR_VERSION,
                  "versions": dg.MetadataValue.md(versions.to_markdown(index=False) if len(versions) else "none")},
    )


@dg.asset_check(asset=feed_archive, description="Every configured feed was fetched successfully within two days.")
def feeds_fetched_recently(warehouse: Warehouse, feed_source: FeedSource) -> dg.AssetCheckResult:
    feeds = feed_source.feeds()
    last_ok = warehouse.query("checks/last_ok_fetch.sql").set_index("feed")["last_ok_at"]
    cutoff = datetime.now(timezone.utc) - FEED_STALE_AFTER
    stale = {feed.name: (None if pd.isna(last_ok.get(feed.name)) else pd.Timestamp(last_ok[feed.name]).isoformat())
             for feed in feeds
             if pd.isna(last_ok.get(feed.name)) or pd.Timestamp(last_ok[feed.name]) < cutoff}
    return dg.AssetCheckResult(
        passed=not stale,
        metadata={"stale_feeds": dg.MetadataValue.json(stale), "feeds_checked": len(feeds)},
    )


# Yesterday's partition must exist by 04:30 UTC (the nightly run starts at 02:30). Evaluated by a
# sensor from Dagster's own records (it never opens the warehouse), so it also fails when the
# nightly run never happened. Dagster marks these builders superseded by FreshnessPolicy, but
# that policy judges the asset as a whole, not whether the newest daily partition exists.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", dg.SupersessionWarning)
    freshness_checks = dg.build_time_partition_freshness_checks(
        assets=[articles, trade_figures], deadline_cron="30 4 * * *", timezone="UTC",
        severity=dg.AssetCheckSeverity.WARN,
    )
    freshness_sensor = dg.build_sensor_for_freshness_checks(
        freshness_checks=freshness_checks, name="freshness_sensor",
        default_status=dg.DefaultSensorStatus.RUNNING if nightly_enabled() else dg.DefaultSensorStatus.STOPPED,
    )

QUALITY_CHECKS = [rejected_rate_below_threshold, articles_with_figures_share, no_duplicate_ids,
                  figures_match_their_articles, no_extraction_failures, single_extractor_version, feeds_fetched_recently]
