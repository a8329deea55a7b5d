"""trade_figures: the trade and aid figures each article states, with their source sentence."""

import gc
import os
from collections import Counter
from datetime import datetime, timezone

import dagster as dg

from assets.articles import articles
from extraction import EXTRACTOR_VERSION
from extraction.schema import trade_figures_schema
from extraction.table import PARALLEL_MIN_ARTICLES, figures_for_batches, with_extraction_failures
from orchestration.memory import collecting_only_new_objects
from orchestration.partitions import daily_partitions, split_range, window_dates
from quality.validate import validate_rows
from resources.warehouse import WAREHOUSE_POOL, Warehouse

# A long range is extracted, validated and written a few thousand articles at a time: memory stays
# bounded whatever the range, and each piece is committed with its partition_builds rows.
ARTICLES_PER_WRITE = 3000


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
    per_date = warehouse.query("queries/articles_per_date.sql", start_date=start, end_date=end)
    per_date = dict(zip(per_date["published_date"], per_date["articles"]))
    pieces = split_range(start, end, per_date, ARTICLES_PER_WRITE)
    workers = (os.cpu_count() or 1) if sum(per_date.values()) >= PARALLEL_MIN_ARTICLES else 1
    batches = (warehouse.query("queries/articles_for_range.sql", start_date=first, end_date=last)
               for first, last in pieces)
    totals, by_kind, reasons, preview = Counter(), Counter(), Counter(), None
    with collecting_only_new_objects():
        for (first, last), (source, extracted, failures) in zip(pieces, figures_for_batches(batches, workers)):
            body_lengths = source.set_index("article_id")["body"].str.len()
            checked = validate_rows(trade_figures_schema(body_lengths, first, last), extracted, "trade_figures")
            rejected = with_extraction_failures(checked.rejected, failures)
            for article_id, reason in zip(failures["article_id"], failures["reason"]):
                context.log.error(f"article {article_id}: {reason}; its figures are missing until the extractor is fixed")
            now = datetime.now(timezone.utc)
            # Figures, rejects and build stamps of a piece are one transaction: a run that fails leaves
            # every piece either written whole or as it was.
            # A date is built as of the archive its articles were read from (article_builds): figures
            # re-extracted alone never hide archive changes still waiting for their articles.
            builds = warehouse.query("queries/article_builds_for_range.sql", start_date=first, end_date=last)
            written = {"trade_figures": checked.valid, "rejected_figures": rejected.assign(rejected_at=now),
                       "partition_builds": builds}
            warehouse.replace_range(written, "published_date", first, last, key_column="article_id")
            figures = checked.valid
            totals.update(articles=len(source), figures=len(figures), rejected=len(rejected),
                          articles_with_figures=figures["article_id"].nunique(), extraction_failures=len(failures))
            by_kind.update(figures["kind"].value_counts().to_dict())
            reasons.update(checked.reasons)
            if len(failures):
                reasons["extractor_error"] += len(failures)
            if preview is None and len(figures):
                columns = ["kind", "reporter_iso3", "partner_iso3", "value", "unit", "sentence"]
                preview = figures[columns].head(10).copy()
            # pandas leaves reference cycles behind (Series <-> their flags and copy-on-write refs) that
            # hold on to a piece's data; in a process as large as a Dagster run the cyclic collector
            # seldom gets to them, and memory grew by a piece every piece. Collect them now (only
            # this asset's objects: see collecting_only_new_objects).
            gc.collect()
    if totals["rejected"]:
        context.log.warning(f"{totals['rejected']} figure(s) rejected: {dict(reasons)}")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": totals["figures"],
            "date_range": f"{start}..{end}",
            "articles": totals["articles"],
            "articles_with_figures": totals["articles_with_figures"],
            "rejected_rows": totals["rejected"],
            "extraction_failures": totals["extraction_failures"],
            "rejected_by_reason": dg.MetadataValue.json(dict(reasons)),
            "extractor_version": EXTRACTOR_VERSION,
            "by_kind": dg.MetadataValue.json(dict(by_kind)),
            "preview": dg.MetadataValue.md("" if preview is None else preview.to_markdown(index=False)),
        }
    )

