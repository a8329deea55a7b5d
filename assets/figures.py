"""trade_figures: the trade and aid figures each article states, with their source sentence."""

import os
from datetime import datetime, timezone

import dagster as dg
import pandas as pd

from assets.articles import articles
from extraction import EXTRACTOR_VERSION
from extraction.schema import trade_figures_schema
from extraction.table import figures_for_articles
from orchestration.partitions import daily_partitions, window_dates
from quality.validate import validate_rows
from resources.warehouse import WAREHOUSE_POOL, Warehouse


@dg.asset(
    pool=WAREHOUSE_POOL,
    group_name="warehouse",
    kinds={"duckdb", "postgres"},
    partitions_def=daily_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    deps=[articles],
    code_version=EXTRACTOR_VERSION,
    description="One row per trade/aid figure stated in an article: kind, country pair, value, unit, period, "
                "qualifier, source sentence and character offsets into articles.body. Figures failing "
                "validation go to rejected_figures with their reason, in the same transaction.",
)
def trade_figures(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    start, end = window_dates(context)
    source = warehouse.query("queries/articles_for_range.sql", start_date=start, end_date=end)
    extracted = figures_for_articles(source, workers=os.cpu_count() or 1)
    body_lengths = source.set_index("article_id")["body"].str.len()
    checked = validate_rows(trade_figures_schema(body_lengths, start, end), extracted, "trade_figures")
    now = datetime.now(timezone.utc)
    rejected = checked.rejected.assign(rejected_at=now)
    if len(rejected):
        context.log.warning(f"{len(rejected)} figure(s) rejected: {dict(checked.reasons)}")
    # The partition counts as built only together with its figures: one transaction.
    builds = pd.DataFrame({"published_date": pd.date_range(start, end).date, "built_at": now})
    warehouse.replace_range({"trade_figures": checked.valid, "rejected_figures": rejected, "partition_builds": builds},
                            "published_date", start, end, key_column="article_id")
    figures = checked.valid
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": len(figures),
            "date_range": f"{start}..{end}",
            "articles": len(source),
            "articles_with_figures": int(figures["article_id"].nunique()),
            "rejected_rows": len(rejected),
            "rejected_by_reason": dg.MetadataValue.json(dict(checked.reasons)),
            "extractor_version": EXTRACTOR_VERSION,
            "by_kind": dg.MetadataValue.json(figures["kind"].value_counts().to_dict()),
            "preview": dg.MetadataValue.md(
                figures[["kind", "reporter_iso3", "partner_iso3", "value", "unit", "sentence"]].head(10)
                .to_markdown(index=False)
            ),
        }
    )
