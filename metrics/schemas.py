"""Pandera models of the metric marts. The marts are computed in SQL, so their rows are validated
inside the rebuild's transaction, before it commits (Warehouse.rebuild_from_sql): a mart that
breaks its contract is a bug in its SQL, and the previous marts stay in place."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from extraction.model import QUALIFIERS
from extraction.schema import COUNTRY_CODES, UNITS
from quality.validate import FrameShapeError, TableModel

PARTIES = COUNTRY_CODES + ["WLD"]


def _party() -> pa.Field:
    return pa.Field(isin=PARTIES)


def _count() -> pa.Field:
    return pa.Field(ge=1)


class _Evidence(TableModel):
    """Checks for the marts that count the reports behind each row (columns are declared by each
    model, in table order: with ordered=True inherited fields would come first)."""

    @pa.dataframe_check(name="articles_not_more_than_reports")
    def articles_within_reports(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["n_articles"] <= frame["n_reports"]


class TradeAnnual(_Evidence):
    reporter_iso3: Series[str] = _party()
    partner_iso3: Series[str] = _party()
    year: Series[int] = pa.Field(ge=1990, le=2100)
    turnover_usd: Series[float] = pa.Field(gt=0)
    n_reports: Series[int] = _count()
    n_articles: Series[int] = _count()
    min_usd: Series[float] = pa.Field(gt=0)
    max_usd: Series[float] = pa.Field(gt=0)
    conflict: Series[bool]
    source_article_ids: Series[str]
    last_reported_date: Series[pa.Date]
    turnover_qualifier: Series[str] = pa.Field(isin=list(QUALIFIERS))
    turnover_figure_id: Series[str]
    reported_change_pct: Series[float] = pa.Field(nullable=True)

    @pa.dataframe_check(name="turnover_between_min_and_max")
    def turnover_in_range(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["turnover_usd"].between(frame["min_usd"], frame["max_usd"])


class TradeGrowthYoy(TableModel):
    reporter_iso3: Series[str] = _party()
    partner_iso3: Series[str] = _party()
    year: Series[int] = pa.Field(ge=1990, le=2100)
    turnover_usd: Series[float] = pa.Field(gt=0)
    prev_year_turnover_usd: Series[float] = pa.Field(nullable=True, gt=0)
    yoy_pct_computed: Series[float] = pa.Field(nullable=True)
    yoy_pct_reported: Series[float] = pa.Field(nullable=True)
    prev_year_implied_usd: Series[float] = pa.Field(nullable=True, gt=0)
    yoy_pct: Series[float] = pa.Field(nullable=True)
    method: Series[str] = pa.Field(nullable=True, isin=["computed", "reported"])

    @pa.dataframe_check(name="method_matches_yoy_pct")
    def method_says_where_yoy_comes_from(cls, frame: pd.DataFrame) -> Series[bool]:
        computed = (frame["method"] == "computed") & (frame["yoy_pct"] == frame["yoy_pct_computed"])
        reported = (frame["method"] == "reported") & (frame["yoy_pct"] == frame["yoy_pct_reported"])
        return computed | reported | (frame["method"].isna() & frame["yoy_pct"].isna())


class TradeTargets(_Evidence):
    reporter_iso3: Series[str] = _party()
    partner_iso3: Series[str] = _party()
    target_usd: Series[float] = pa.Field(gt=0)
    target_year: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    first_announced: Series[pa.Date]
    last_announced: Series[pa.Date]
    latest_turnover_usd: Series[float] = pa.Field(nullable=True)
    latest_turnover_year: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    progress_pct: Series[float] = pa.Field(nullable=True, ge=0)
    n_reports: Series[int] = _count()
    n_articles: Series[int] = _count()
    source_article_ids: Series[str]
    target_id: Series[str] = pa.Field(unique=True)


class _ConsolidatedFlow(_Evidence):
    """Checks for the marts that consolidate a value with its min and max."""

    @pa.dataframe_check(name="value_between_min_and_max")
    def value_in_range(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["value"].between(frame["min_value"], frame["max_value"])


class TradePartial(_ConsolidatedFlow):
    kind: Series[str] = pa.Field(isin=["trade_turnover", "export", "import"])
    reporter_iso3: Series[str] = _party()
    partner_iso3: Series[str] = _party()
    commodity: Series[str]
    unit: Series[str] = pa.Field(isin=UNITS)
    count_noun: Series[str]
    year: Series[int] = pa.Field(ge=1990, le=2100)
    period_start: Series[pa.Date]
    period_end: Series[pa.Date]
    period_label: Series[str]
    value: Series[float] = pa.Field(gt=0)
    value_qualifier: Series[str] = pa.Field(isin=list(QUALIFIERS))
    n_reports: Series[int] = _count()
    n_articles: Series[int] = _count()
    min_value: Series[float] = pa.Field(gt=0)
    max_value: Series[float] = pa.Field(gt=0)
    conflict: Series[bool]
    reported_change_pct: Series[float] = pa.Field(nullable=True)
    prev_year_value: Series[float] = pa.Field(nullable=True)
    yoy_pct_computed: Series[float] = pa.Field(nullable=True)
    prev_year_implied_value: Series[float] = pa.Field(nullable=True)
    yoy_pct: Series[float] = pa.Field(nullable=True)
    method: Series[str] = pa.Field(nullable=True, isin=["computed", "reported"])
    source_article_ids: Series[str]
    last_reported_date: Series[pa.Date]
    value_figure_id: Series[str]


class ExportsByCommodity(_ConsolidatedFlow):
    flow: Series[str] = pa.Field(isin=["export", "import"])
    reporter_iso3: Series[str] = _party()
    partner_iso3: Series[str] = _party()
    commodity: Series[str]
    year: Series[int] = pa.Field(ge=1990, le=2100)
    unit: Series[str] = pa.Field(isin=UNITS)
    count_noun: Series[str]
    value: Series[float] = pa.Field(gt=0)
    value_qualifier: Series[str] = pa.Field(isin=list(QUALIFIERS))
    n_reports: Series[int] = _count()
    n_articles: Series[int] = _count()
    min_value: Series[float] = pa.Field(gt=0)
    max_value: Series[float] = pa.Field(gt=0)
    conflict: Series[bool]
    reported_change_pct: Series[float] = pa.Field(nullable=True)
    source_article_ids: Series[str]
    last_reported_date: Series[pa.Date]
    value_figure_id: Series[str]


class AidDeliveries(_Evidence):
    donor_iso3: Series[str] = _party()
    recipient_iso3: Series[str] = _party()
    delivery_month: Series[pa.Date]
    year: Series[int] = pa.Field(ge=1990, le=2100)
    unit: Series[str] = pa.Field(isin=UNITS)
    count_noun: Series[str]
    value: Series[float] = pa.Field(gt=0)
    qualifier: Series[str] = pa.Field(isin=list(QUALIFIERS))
    commodity: Series[str]
    n_reports: Series[int] = _count()
    n_articles: Series[int] = _count()
    source_article_ids: Series[str]
    first_reported_date: Series[pa.Date]
    last_reported_date: Series[pa.Date]
    figure_id: Series[str]


class AidTotals(TableModel):
    recipient_iso3: Series[str] = _party()
    year: Series[int] = pa.Field(ge=1990, le=2100)
    unit: Series[str] = pa.Field(isin=UNITS)
    count_noun: Series[str]
    total_value: Series[float] = pa.Field(gt=0)
    n_deliveries: Series[int] = _count()
    donor_iso3s: Series[str] = pa.Field(str_length={"min_value": 3})
    includes_approximate: Series[bool]
    first_delivery_month: Series[pa.Date]
    last_delivery_month: Series[pa.Date]


MART_MODELS: dict[str, type[TableModel]] = {
    "trade_annual": TradeAnnual,
    "trade_growth_yoy": TradeGrowthYoy,
    "trade_targets": TradeTargets,
    "trade_partial": TradePartial,
    "exports_by_commodity": ExportsByCommodity,
    "aid_deliveries": AidDeliveries,
    "aid_totals": AidTotals,
}


def validate_mart(name: str, rows: pd.DataFrame) -> pd.DataFrame:
    """The mart's rows, coerced by its model; any failure is a bug in sql/marts/<name>.sql."""
    model = MART_MODELS[name]
    try:
        # A column added to the table by a later DDL file (not yet known to the model) is not checked.
        return model.validate(rows[[column for column in model.to_schema().columns if column in rows]], lazy=True)
    except pa.errors.SchemaErrors as errors:
        details = "; ".join(f"{row.column}: {row.check} ({row.failure_case})" for row in
                            errors.failure_cases.drop_duplicates(["column", "check"]).head(10).itertuples())
        raise FrameShapeError(f"BUG: sql/marts/{name}.sql broke the {name} contract, so no mart was "
                              f"changed: {details}") from None
