"""trade_figures: the trade and aid figures each article states, with their source sentence."""


import dagster as dg

from assets.articles import articles
from extraction import EXTRACTOR_VERSION
from extraction.table import figures_for_articles
from orchestration.partitions import daily_partitions, window_dates
from resources.warehouse import Warehouse


@dg.asset(
    group_name="warehouse",
    kinds={"duckdb", "postgres"},
    partitions_def=daily_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    deps=[articles],
    code_version=EXTRACTOR_VERSION,
    description="One row per trade/aid figure stated in an article: kind, country pair, value, unit, period, "
                "qualifier, source sentence and character offsets into articles.body.",
)
def trade_figures(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    start, end = window_dates(context)
    source = warehouse.query("queries/articles_for_range.sql", start_date=start, end_date=end)
    frame = figures_for_articles(source)
    warehouse.replace_range("trade_figures", frame, "published_date", start, end)
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": len(frame),
            "date_range": f"{start}..{end}",
            "articles": len(source),
            "articles_with_figures": int(frame["article_id"].nunique()),
            "extractor_version": EXTRACTOR_VERSION,
            "by_kind": dg.MetadataValue.json(frame["kind"].value_counts().to_dict()),
            "preview": dg.MetadataValue.md(
                frame[["kind", "reporter_iso3", "partner_iso3", "value", "unit", "sentence"]].head(10)
                .to_markdown(index=False)
            ),
        }
    )
