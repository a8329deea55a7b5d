"""The trade_figures contract as a Pandera model, and the row checks that send a figure to
rejected_figures instead of the warehouse."""

from __future__ import annotations

import copy
from datetime import date

import pandas as pd
import pandera.pandas as pa
import pycountry
from pandera.typing import Series

from extraction.model import KINDS, QUALIFIERS
from quality.validate import TableModel

COUNTRY_CODES = sorted({country.alpha_3 for country in pycountry.countries})
UNITS = sorted({"t", "count"} | {currency.alpha_3 for currency in pycountry.currencies})

# Plausible value ranges per unit (and for USD per kind). Outside them a figure is far more
# likely a misread number than news.
USD_RANGE = {"trade_turnover": (1e5, 1e12), "trade_target": (1e5, 1e12)}
USD_DEFAULT_RANGE = (1e3, 1e12)
UNIT_RANGE = {"t": (0.01, 1e9), "count": (1, 1e5)}
OTHER_CURRENCY_RANGE = (1, 1e15)  # tenge and som amounts run large
TARGET_HORIZON_YEARS = 30


class TradeFigures(TableModel):
    figure_id: Series[str]
    article_id: Series[str]
    published_date: Series[pa.Date]
    kind: Series[str] = pa.Field(isin=list(KINDS))
    reporter_iso3: Series[str] = pa.Field(isin=COUNTRY_CODES)
    partner_iso3: Series[str] = pa.Field(isin=COUNTRY_CODES + ["WLD"])
    commodity: Series[str] = pa.Field(nullable=True)
    value: Series[float] = pa.Field(gt=0)
    unit: Series[str] = pa.Field(isin=UNITS)
    count_noun: Series[str] = pa.Field(nullable=True)
    qualifier: Series[str] = pa.Field(isin=list(QUALIFIERS))
    period_start: Series[pa.Date] = pa.Field(nullable=True)
    period_end: Series[pa.Date] = pa.Field(nullable=True)
    reported_change_pct: Series[float] = pa.Field(nullable=True)
    sentence: Series[str] = pa.Field(str_length={"min_value": 1})
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=1)
    confidence: Series[float] = pa.Field(ge=0, le=1)
    extractor_version: Series[str]

    @pa.dataframe_check(name="unique_figure_id")
    def unique_figure_id(cls, frame: pd.DataFrame) -> Series[bool]:
        return ~frame["figure_id"].duplicated(keep="first")

    @pa.dataframe_check(name="reporter_differs_from_partner")
    def distinct_pair(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["reporter_iso3"] != frame["partner_iso3"]

    @pa.dataframe_check(name="value_plausible_for_unit_and_kind")
    def value_plausible(cls, frame: pd.DataFrame) -> Series[bool]:
        low, high = OTHER_CURRENCY_RANGE
        lows = pd.Series(low, index=frame.index, dtype=float)
        highs = pd.Series(high, index=frame.index, dtype=float)
        for unit, (unit_low, unit_high) in UNIT_RANGE.items():
            lows[frame["unit"] == unit], highs[frame["unit"] == unit] = unit_low, unit_high
        usd = frame["unit"] == "USD"
        lows[usd], highs[usd] = USD_DEFAULT_RANGE
        for kind, (kind_low, kind_high) in USD_RANGE.items():
            lows[usd & (frame["kind"] == kind)], highs[usd & (frame["kind"] == kind)] = kind_low, kind_high
        return frame["value"].between(lows, highs)

    @pa.dataframe_check(name="period_start_not_after_period_end")
    def period_ordered(cls, frame: pd.DataFrame) -> Series[bool]:
        both = frame["period_start"].notna() & frame["period_end"].notna()
        return ~both | (pd.to_datetime(frame["period_start"]) <= pd.to_datetime(frame["period_end"]))

    @pa.dataframe_check(name="actual_not_after_publication")
    def actual_not_in_future(cls, frame: pd.DataFrame) -> Series[bool]:
        actual = (frame["kind"] != "trade_target") & frame["period_start"].notna()
        return ~actual | (pd.to_datetime(frame["period_start"]) <= pd.to_datetime(frame["published_date"]))

    @pa.dataframe_check(name="target_within_30_years_of_publication")
    def target_horizon(cls, frame: pd.DataFrame) -> Series[bool]:
        target = (frame["kind"] == "trade_target") & frame["period_end"].notna()
        years_apart = (pd.to_datetime(frame["period_end"]).dt.year - pd.to_datetime(frame["published_date"]).dt.year)
        return ~target | (years_apart.abs() <= TARGET_HORIZON_YEARS)

    @pa.dataframe_check(name="char_start_before_char_end")
    def span_ordered(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["char_start"] < frame["char_end"]


def trade_figures_schema(body_lengths: pd.Series, start: date, end: date) -> pa.DataFrameSchema:
    """The model plus the checks that need the run's context: the partition range and the bodies
    the offsets point into (body_lengths: length of articles.body by article_id)."""
    schema = copy.copy(TradeFigures.to_schema())  # to_schema() is cached: never mutate it
    schema.checks = schema.checks + [
        pa.Check(lambda frame: pd.to_datetime(frame["published_date"]).between(pd.Timestamp(start), pd.Timestamp(end)),
                 name="published_date_in_partition"),
        pa.Check(lambda frame: frame["char_end"] <= frame["article_id"].map(body_lengths).fillna(-1),
                 name="char_offsets_inside_body"),
    ]
    return schema
