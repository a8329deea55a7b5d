"""The metric marts: unpartitioned tables recomputed inside the warehouse from every partition of
trade_figures after each run. One step runs every SELECT in sql/marts/ in ONE transaction
(Warehouse.rebuild_from_sql), so BI readers never see a new trade_annual beside an old
trade_growth_yoy; each mart is still its own asset in the UI, with its own metadata. The
consolidation rules are documented at the top of each SQL file."""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

import dagster as dg
import pandas as pd

from metrics import (
    chart_pairs,
    growth_chart_markdown,
    growth_table_markdown,
    kaz_tjk_yoy_line,
    preview_markdown,
    targets_progress_markdown,
)
from metrics.schemas import validate_mart
from resources.warehouse import SQL_DIR, WAREHOUSE_POOL, Warehouse


@dataclass(frozen=True)
class Mart:
    name: str
    deps: list[str]
    order_by: str
    description: str
    # Metadata beyond row count and preview, from the rebuilt table.
    extra_metadata: Callable[[pd.DataFrame], dict] = field(default=lambda frame: {})

    @property
    def code_version(self) -> str:
        """Changes when the mart's SQL or the marts' DDL changes, so the UI flags the mart as stale."""
        digest = hashlib.sha256()
        for path in (SQL_DIR / "ddl" / "005_marts.sql", SQL_DIR / "marts" / f"{self.name}.sql"):
            digest.update(path.read_bytes())
        return digest.hexdigest()[:16]


def _annual_metadata(frame: pd.DataFrame) -> dict:
    conflicts = frame[frame["conflict"].astype(bool)] if len(frame) else frame
    columns = ["reporter_iso3", "partner_iso3", "year", "turnover_usd", "min_usd", "max_usd", "n_reports"]
    return {
        "pairs": int(frame[["reporter_iso3", "partner_iso3"]].drop_duplicates().shape[0]),
        "conflicts": len(conflicts),
        "conflicting": dg.MetadataValue.md(preview_markdown(conflicts[columns] if len(conflicts) else conflicts)),
    }


def _growth_metadata(frame: pd.DataFrame) -> dict:
    pairs = chart_pairs(frame)
    return {
        "chart": dg.MetadataValue.md(growth_chart_markdown(frame, pairs)),
        "table": dg.MetadataValue.md(growth_table_markdown(frame, pairs)),
        "kaz_tjk": kaz_tjk_yoy_line(frame),
        "by_method": dg.MetadataValue.json(
            {str(k): int(v) for k, v in frame["method"].fillna("none").value_counts().items()}),
    }


# Dependency order: a mart comes after every mart it reads.
MARTS = [
    Mart("trade_annual", ["trade_figures"], "reporter_iso3, partner_iso3, year",
         "One consolidated full-year trade turnover (USD) per country pair and year, with its evidence: n_reports, "
         "n_articles, min/max, conflict (reports disagree by more than 5 % once qualifiers are considered), "
         "source_article_ids. Exact over approximate, more significant digits, most recent last.",
         _annual_metadata),
    Mart("trade_growth_yoy", ["trade_annual"], "reporter_iso3, partner_iso3, year",
         "Year-on-year growth of trade_annual's turnover per pair and year: computed from two consolidated years, "
         "as reported (median), the previous year the reported growth implies, and yoy_pct/method (computed where "
         "both years are known, else reported).",
         _growth_metadata),
    Mart("trade_targets", ["trade_figures", "trade_annual"], "reporter_iso3, partner_iso3, target_year, target_usd",
         "Trade turnover targets per pair (amount, target year or open), first and last announced, and progress "
         "against the latest consolidated annual turnover.",
         lambda frame: {"progress": dg.MetadataValue.md(targets_progress_markdown(frame))}),
    Mart("trade_partial", ["trade_figures"], "kind, reporter_iso3, partner_iso3, commodity, unit, period_start, period_end",
         "Partial-year turnover, export and import figures with their period, consolidated, and compared only like "
         "for like (the same period one year earlier).",
         lambda frame: {"like_for_like_comparisons": int(frame["prev_year_value"].notna().sum()) if len(frame) else 0}),
    Mart("exports_by_commodity", ["trade_figures"], "flow, reporter_iso3, partner_iso3, commodity, year, unit",
         "Full-year exports and imports consolidated per direction, pair, commodity, year and unit (units never "
         "mixed or converted).",
         lambda frame: {"commodities": int(frame["commodity"].nunique()) if len(frame) else 0}),
    Mart("aid_deliveries", ["trade_figures"], "recipient_iso3, delivery_month, donor_iso3, unit, count_noun, value",
         "Aid shipments deduplicated across articles: the same donor, recipient, unit (and count noun), value and "
         "month count once. Running totals spanning several months are left out.",
         lambda frame: {"duplicate_reports_merged": int(frame["n_reports"].sum()) - len(frame) if len(frame) else 0}),
    Mart("aid_totals", ["aid_deliveries"], "recipient_iso3, year, unit, count_noun",
         "Aid received per recipient, calendar year and unit: the sum of the deduplicated aid_deliveries."),
]
MART_TABLES = [mart.name for mart in MARTS]


@dg.multi_asset(
    pool=WAREHOUSE_POOL,
    specs=[
        dg.AssetSpec(mart.name, deps=mart.deps, description=mart.description, group_name="marts",
                     kinds={"duckdb", "postgres"}, code_version=mart.code_version)
        for mart in MARTS
    ],
)
def marts(context: dg.AssetExecutionContext, warehouse: Warehouse):
    rebuilt = warehouse.rebuild_from_sql(MART_TABLES, validate=validate_mart)
    for mart in MARTS:
        frame = rebuilt[mart.name].sort_values(mart.order_by.split(", "), kind="stable").reset_index(drop=True)
        context.log.info(f"{warehouse.table(mart.name)}: {len(frame)} rows")
        yield dg.MaterializeResult(asset_key=mart.name, metadata={
            "dagster/row_count": len(frame),
            "table": warehouse.table(mart.name),
            "sql": f"sql/marts/{mart.name}.sql",
            **mart.extra_metadata(frame),
            "preview": dg.MetadataValue.md(preview_markdown(frame)),
        })
