"""The metric marts: unpartitioned tables recomputed inside the warehouse from every partition of
trade_figures after each run. Each asset runs one SELECT from sql/marts/<table>.sql through
Warehouse.rebuild_from_sql (the whole table replaced in one transaction; the same SQL on DuckDB and
PostgreSQL). The consolidation rules are documented at the top of each SQL file."""

import hashlib

import dagster as dg
import pandas as pd

from assets.figures import trade_figures
from metrics import (
    chart_pairs,
    growth_chart_markdown,
    growth_table_markdown,
    kaz_tjk_yoy_line,
    preview_markdown,
    targets_progress_markdown,
)
from resources.warehouse import SQL_DIR, WAREHOUSE_POOL, Warehouse

MART_KINDS = {"duckdb", "postgres"}


def _code_version(name: str) -> str:
    """Changes when the mart's SQL or the marts' DDL changes, so the UI flags the mart as stale."""
    digest = hashlib.sha256()
    for path in (SQL_DIR / "ddl" / "005_marts.sql", SQL_DIR / "marts" / f"{name}.sql"):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _rebuild(context: dg.AssetExecutionContext, warehouse: Warehouse, name: str, order_by: str) -> pd.DataFrame:
    rows = warehouse.rebuild_from_sql(name, f"marts/{name}.sql")
    context.log.info(f"{warehouse.table(name)}: {rows} rows")
    return warehouse.read_table(name, order_by=order_by)


def _metadata(warehouse: Warehouse, name: str, frame: pd.DataFrame, **extra) -> dict:
    return {
        "dagster/row_count": len(frame),
        "table": warehouse.table(name),
        "sql": f"sql/marts/{name}.sql",
        **extra,
        "preview": dg.MetadataValue.md(preview_markdown(frame)),
    }


@dg.asset(
    pool=WAREHOUSE_POOL,
    group_name="marts",
    kinds=MART_KINDS,
    deps=[trade_figures],
    code_version=_code_version("trade_annual"),
    description="One consolidated full-year trade turnover (USD) per country pair and year, with its evidence: "
                "n_reports, n_articles, min/max, conflict (reports disagree by more than 5 % once qualifiers are "
                "considered), source_article_ids. Exact over approximate, more significant digits, most recent last.",
)
def trade_annual(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    frame = _rebuild(context, warehouse, "trade_annual", "reporter_iso3, partner_iso3, year")
    conflicts = frame[frame["conflict"].astype(bool)] if len(frame) else frame
    return dg.MaterializeResult(metadata=_metadata(
        warehouse, "trade_annual", frame,
        pairs=int(frame[["reporter_iso3", "partner_iso3"]].drop_duplicates().shape[0]),
        conflicts=len(conflicts),
        conflicting=dg.MetadataValue.md(preview_markdown(
            conflicts[["reporter_iso3", "partner_iso3", "year", "turnover_usd", "min_usd", "max_usd", "n_reports"]]
            if len(conflicts) else conflicts)),
    ))


@dg.asset(
    pool=WAREHOUSE_POOL,
    group_name="marts",
    kinds=MART_KINDS,
    deps=[trade_annual],
    code_version=_code_version("trade_growth_yoy"),
    description="Year-on-year growth of trade_annual's turnover per pair and year: computed from two consolidated "
                "years, as reported (median), the previous year the reported growth implies, and yoy_pct/method "
                "(computed where both years are known, else reported).",
)
def trade_growth_yoy(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    frame = _rebuild(context, warehouse, "trade_growth_yoy", "reporter_iso3, partner_iso3, year")
    pairs = chart_pairs(frame)
    line = kaz_tjk_yoy_line(frame)
    context.log.info(line)
    return dg.MaterializeResult(metadata=_metadata(
        warehouse, "trade_growth_yoy", frame,
        chart=dg.MetadataValue.md(growth_chart_markdown(frame, pairs)),
        table=dg.MetadataValue.md(growth_table_markdown(frame, pairs)),
        kaz_tjk=line,
        by_method=dg.MetadataValue.json(
            {str(k): int(v) for k, v in frame["method"].fillna("none").value_counts().items()}),
    ))


@dg.asset(
    pool=WAREHOUSE_POOL,
    group_name="marts",
    kinds=MART_KINDS,
    deps=[trade_figures, trade_annual],
    code_version=_code_version("trade_targets"),
    description="Trade turnover targets per pair (amount, target year or open), first and last announced, and "
                "progress against the latest consolidated annual turnover.",
)
def trade_targets(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    frame = _rebuild(context, warehouse, "trade_targets", "reporter_iso3, partner_iso3, target_year, target_usd")
    return dg.MaterializeResult(metadata=_metadata(
        warehouse, "trade_targets", frame,
        progress=dg.MetadataValue.md(targets_progress_markdown(frame)),
    ))


@dg.asset(
    pool=WAREHOUSE_POOL,
    group_name="marts",
    kinds=MART_KINDS,
    deps=[trade_figures],
    code_version=_code_version("trade_partial"),
    description="Partial-year turnover, export and import figures with their period, consolidated, and compared "
                "only like for like (the same period one year earlier).",
)
def trade_partial(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    frame = _rebuild(context, warehouse, "trade_partial",
                     "kind, reporter_iso3, partner_iso3, commodity, unit, period_start, period_end")
    return dg.MaterializeResult(metadata=_metadata(
        warehouse, "trade_partial", frame,
        like_for_like_comparisons=int(frame["prev_year_value"].notna().sum()) if len(frame) else 0,
    ))


@dg.asset(
    pool=WAREHOUSE_POOL,
    group_name="marts",
    kinds=MART_KINDS,
    deps=[trade_figures],
    code_version=_code_version("exports_by_commodity"),
    description="Full-year exports and imports consolidated per direction, pair, commodity, year and unit "
                "(units never mixed or converted).",
)
def exports_by_commodity(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    frame = _rebuild(context, warehouse, "exports_by_commodity",
                     "flow, reporter_iso3, partner_iso3, commodity, year, unit")
    return dg.MaterializeResult(metadata=_metadata(
        warehouse, "exports_by_commodity", frame,
        commodities=int(frame["commodity"].nunique()) if len(frame) else 0,
    ))


@dg.asset(
    pool=WAREHOUSE_POOL,
    group_name="marts",
    kinds=MART_KINDS,
    deps=[trade_figures],
    code_version=_code_version("aid_deliveries"),
    description="Aid shipments deduplicated across articles: the same donor, recipient, unit (and count noun), "
                "value and month count once. Running totals spanning several months are left out.",
)
def aid_deliveries(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    frame = _rebuild(context, warehouse, "aid_deliveries",
                     "recipient_iso3, delivery_month, donor_iso3, unit, count_noun, value")
    merged = int(frame["n_reports"].sum()) - len(frame) if len(frame) else 0
    return dg.MaterializeResult(metadata=_metadata(
        warehouse, "aid_deliveries", frame, duplicate_reports_merged=merged,
    ))


@dg.asset(
    pool=WAREHOUSE_POOL,
    group_name="marts",
    kinds=MART_KINDS,
    deps=[aid_deliveries],
    code_version=_code_version("aid_totals"),
    description="Aid received per recipient, calendar year and unit: the sum of the deduplicated aid_deliveries.",
)
def aid_totals(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    frame = _rebuild(context, warehouse, "aid_totals", "recipient_iso3, year, unit, count_noun")
    return dg.MaterializeResult(metadata=_metadata(warehouse, "aid_totals", frame))


# Dependency order: a mart comes after every mart it reads.
MART_ASSETS = [trade_annual, trade_growth_yoy, trade_targets, trade_partial, exports_by_commodity,
               aid_deliveries, aid_totals]
MART_TABLES = [asset.key.path[-1] for asset in MART_ASSETS]
