"""The metric marts (sql/marts/*.sql through Warehouse.rebuild_from_sql, assets/marts.py) on both
backends: hand-made trade_figures rows in, every column of every mart row checked; the chart and
tables of metrics/ on their own; the mart assets through dagster.materialize; and the sample feeds
end to end for the KAZ-TJK growth."""

import base64
import math
import re
from datetime import date

import dagster as dg
import pandas as pd
import pytest

from assets.marts import MART_TABLES, marts
from extraction.table import FIGURE_COLUMNS
from metrics import (
    chart_pairs,
    format_pct,
    format_usd,
    growth_chart_markdown,
    growth_chart_png,
    growth_table_markdown,
    kaz_tjk_yoy_line,
    targets_progress_markdown,
)

WINDOW = (date(2015, 1, 1), date(2026, 12, 31))


def year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def day(text: str) -> tuple[date, date]:
    return date.fromisoformat(text), date.fromisoformat(text)


def span(first: str, last: str) -> tuple[date, date]:
    return date.fromisoformat(first), date.fromisoformat(last)


def fig(figure_id: str, article_id: str, published: str, kind: str, reporter: str, partner: str, value: float,
        period: tuple[date, date] | None = None, *, unit: str = "USD", qualifier: str = "exact",
        commodity: str | None = None, count_noun: str | None = None, change: float | None = None) -> dict:
    """One trade_figures row, every column filled as the extractor would."""
    start, end = period if period else (None, None)
    return {
        "figure_id": figure_id, "article_id": article_id, "published_date": date.fromisoformat(published),
        "kind": kind, "reporter_iso3": reporter, "partner_iso3": partner, "commodity": commodity,
        "value": float(value), "unit": unit, "count_noun": count_noun, "qualifier": qualifier,
        "period_start": start, "period_end": end, "reported_change_pct": change,
        "sentence": f"The sentence stating {figure_id}.", "char_start": 0, "char_end": 30,
        "confidence": 0.9, "extractor_version": "test",
    }


def load(warehouse, *rows: dict) -> None:
    frame = pd.DataFrame(list(rows), columns=FIGURE_COLUMNS)
    warehouse.replace_range({"trade_figures": frame}, "published_date", *WINDOW)


def build(warehouse, *rows: dict) -> None:
    """Insert the rows, then rebuild every mart in dependency order, as the assets do."""
    load(warehouse, *rows)
    warehouse.rebuild_from_sql(MART_TABLES)


def _plain(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return value


def table_rows(warehouse, name: str, key: list[str]) -> list[dict]:
    """Every row of a mart as plain Python values, sorted in Python by `key` (no collation surprises)."""
    frame = warehouse.read_table(name)
    records = [{column: _plain(value) for column, value in record.items()} for record in frame.to_dict("records")]
    return sorted(records, key=lambda record: tuple(record[column] for column in key))


def assert_rows(actual: list[dict], expected: list[dict]) -> None:
    """Same number of rows, the table's columns in order, and every value equal (floats to 1e-9)."""
    assert len(actual) == len(expected), f"{len(actual)} rows, expected {len(expected)}:\n{actual}"
    for got, want in zip(actual, expected):
        assert list(got) == list(want), f"columns {list(got)} != {list(want)}"
        for column, value in want.items():
            if isinstance(value, float):
                assert got[column] == pytest.approx(value, rel=1e-9), f"{column}: {got}"
            else:
                assert got[column] == value, f"{column}: {got[column]!r} != {value!r} in {got}"


def annual(reporter, partner, y, turnover, n_reports, n_articles, min_usd, max_usd, conflict, sources, last,
           qualifier, figure_id, change=None) -> dict:
    return {"reporter_iso3": reporter, "partner_iso3": partner, "year": y, "turnover_usd": turnover,
            "n_reports": n_reports, "n_articles": n_articles, "min_usd": min_usd, "max_usd": max_usd,
            "conflict": conflict, "source_article_ids": sources, "last_reported_date": date.fromisoformat(last),
            "turnover_qualifier": qualifier, "turnover_figure_id": figure_id, "reported_change_pct": change}


ANNUAL_KEY = ["reporter_iso3", "partner_iso3", "year"]


def test_trade_annual_consolidates_conflicts_qualifiers_digits_and_recency(warehouse):
    build(
        warehouse,
        # The case: "nearly $1 billion", "$987.9 million", "US$1 billion" -> the exact one with most digits.
        fig("afg22a", "a01", "2023-01-20", "trade_turnover", "KAZ", "AFG", 1e9, year(2022), qualifier="approx"),
        fig("afg22b", "a02", "2023-02-01", "trade_turnover", "KAZ", "AFG", 987.9e6, year(2022)),
        fig("afg22c", "a03", "2023-03-01", "trade_turnover", "KAZ", "AFG", 1e9, year(2022)),
        # Two exact reports 17 % apart: conflict; same digits -> the most recent wins.
        fig("afg21a", "a04", "2022-01-10", "trade_turnover", "KAZ", "AFG", 600e6, year(2021)),
        fig("afg21b", "a05", "2022-02-10", "trade_turnover", "KAZ", "AFG", 700e6, year(2021)),
        # A half-year figure and a yuan figure for the same year stay out of the annual mart.
        fig("afg21h1", "a04", "2022-01-10", "trade_turnover", "KAZ", "AFG", 310e6, span("2021-01-01", "2021-06-30")),
        fig("afg21cny", "a05", "2022-02-10", "trade_turnover", "KAZ", "AFG", 5e9, year(2021), unit="CNY"),
        # More significant digits beat recency: $1.52 billion (older) over $1.5 billion (newer).
        fig("kgz23a", "a06", "2024-02-01", "trade_turnover", "KAZ", "KGZ", 1.52e9, year(2023)),
        fig("kgz23b", "a07", "2024-03-01", "trade_turnover", "KAZ", "KGZ", 1.5e9, year(2023)),
        # "more than $4 billion" against an exact $3.5 billion: conflict; exact wins although older.
        fig("uzb23a", "a08", "2024-01-15", "trade_turnover", "KAZ", "UZB", 4e9, year(2023), qualifier="at_least"),
        fig("uzb23b", "a09", "2024-01-10", "trade_turnover", "KAZ", "UZB", 3.5e9, year(2023)),
        # "more than $4 billion" and exactly $4.5 billion agree (12 % apart, but the bound allows it).
        fig("uzb22a", "a10", "2023-02-01", "trade_turnover", "KAZ", "UZB", 4e9, year(2022), qualifier="at_least"),
        fig("uzb22b", "a11", "2023-02-02", "trade_turnover", "KAZ", "UZB", 4.5e9, year(2022)),
        # "up to $3 billion" agrees with $3.1 billion (within 5 % above the bound) ...
        fig("uzb21a", "a12", "2022-02-01", "trade_turnover", "KAZ", "UZB", 3e9, year(2021), qualifier="at_most"),
        fig("uzb21b", "a13", "2022-01-01", "trade_turnover", "KAZ", "UZB", 3.1e9, year(2021)),
        # ... but not with $3.2 billion.
        fig("uzb20a", "a14", "2021-02-01", "trade_turnover", "KAZ", "UZB", 3e9, year(2020), qualifier="at_most"),
        fig("uzb20b", "a15", "2021-02-02", "trade_turnover", "KAZ", "UZB", 3.2e9, year(2020)),
        # "about $1 billion" does not cover $1.08 billion: conflict.
        fig("tkm22a", "a16", "2023-03-01", "trade_turnover", "KAZ", "TKM", 1e9, year(2022), qualifier="approx"),
        fig("tkm22b", "a17", "2023-02-01", "trade_turnover", "KAZ", "TKM", 1.08e9, year(2022)),
        # Two lower bounds never conflict; the most recent is kept.
        fig("tkm21a", "a18", "2022-01-05", "trade_turnover", "KAZ", "TKM", 5e8, year(2021), qualifier="at_least"),
        fig("tkm21b", "a19", "2022-03-05", "trade_turnover", "KAZ", "TKM", 6e8, year(2021), qualifier="at_least"),
        # An approximation is preferred to a bound, even an older one.
        fig("tkm20a", "a20", "2021-01-10", "trade_turnover", "KAZ", "TKM", 4e8, year(2020), qualifier="approx"),
        fig("tkm20b", "a21", "2021-03-10", "trade_turnover", "KAZ", "TKM", 4.1e8, year(2020), qualifier="at_least"),
        # Orientation: Kazakhstan first; Tajikistan before China whichever the article named first.
        fig("tjk19", "a22", "2020-02-10", "trade_turnover", "TJK", "KAZ", 9e8, year(2019), qualifier="approx"),
        fig("chn22a", "a23", "2023-04-01", "trade_turnover", "CHN", "TJK", 3.0e9, year(2022)),
        fig("chn22b", "a24", "2023-05-01", "trade_turnover", "TJK", "CHN", 3.05e9, year(2022)),
    )
    assert_rows(table_rows(warehouse, "trade_annual", ANNUAL_KEY), [
        annual("KAZ", "AFG", 2021, 700e6, 2, 2, 600e6, 700e6, True, "a04,a05", "2022-02-10", "exact", "afg21b"),
        annual("KAZ", "AFG", 2022, 987.9e6, 3, 3, 987.9e6, 1e9, False, "a01,a02,a03", "2023-03-01", "exact", "afg22b"),
        annual("KAZ", "KGZ", 2023, 1.52e9, 2, 2, 1.5e9, 1.52e9, False, "a06,a07", "2024-03-01", "exact", "kgz23a"),
        annual("KAZ", "TJK", 2019, 9e8, 1, 1, 9e8, 9e8, False, "a22", "2020-02-10", "approx", "tjk19"),
        annual("KAZ", "TKM", 2020, 4e8, 2, 2, 4e8, 4.1e8, False, "a20,a21", "2021-03-10", "approx", "tkm20a"),
        annual("KAZ", "TKM", 2021, 6e8, 2, 2, 5e8, 6e8, False, "a18,a19", "2022-03-05", "at_least", "tkm21b"),
        annual("KAZ", "TKM", 2022, 1.08e9, 2, 2, 1e9, 1.08e9, True, "a16,a17", "2023-03-01", "exact", "tkm22b"),
        annual("KAZ", "UZB", 2020, 3.2e9, 2, 2, 3e9, 3.2e9, True, "a14,a15", "2021-02-02", "exact", "uzb20b"),
        annual("KAZ", "UZB", 2021, 3.1e9, 2, 2, 3e9, 3.1e9, False, "a12,a13", "2022-02-01", "exact", "uzb21b"),
        annual("KAZ", "UZB", 2022, 4.5e9, 2, 2, 4e9, 4.5e9, False, "a10,a11", "2023-02-02", "exact", "uzb22b"),
        annual("KAZ", "UZB", 2023, 3.5e9, 2, 2, 3.5e9, 4e9, True, "a08,a09", "2024-01-15", "exact", "uzb23b"),
        annual("TJK", "CHN", 2022, 3.05e9, 2, 2, 3.0e9, 3.05e9, False, "a23,a24", "2023-05-01", "exact", "chn22b"),
    ])


KAZ_TJK_SERIES = [
    # 2020: two reports of the same value, stated growth 9.1 and 9.5 -> median 9.3; 2019 unknown.
    fig("tj20a", "g01", "2021-02-16", "trade_turnover", "KAZ", "TJK", 987.9e6, year(2020), change=9.1),
    fig("tj20b", "g02", "2021-03-01", "trade_turnover", "KAZ", "TJK", 987.9e6, year(2020), change=9.5),
    fig("tj21a", "g03", "2022-01-28", "trade_turnover", "KAZ", "TJK", 1.18e9, year(2021), change=19.4),
    fig("tj21b", "g04", "2022-02-08", "trade_turnover", "KAZ", "TJK", 1.2e9, year(2021), qualifier="approx"),
    # The example: $1.4 billion, "an increase of 18.5 percent".
    fig("tj22", "g05", "2023-05-04", "trade_turnover", "KAZ", "TJK", 1.4e9, year(2022), change=18.5),
    # 2023 unknown: 2024's growth can only be the reported one.
    fig("tj24", "g06", "2025-01-24", "trade_turnover", "KAZ", "TJK", 1.61e9, year(2024), change=6.0),
    fig("kg18", "g07", "2019-06-20", "trade_turnover", "KAZ", "KGZ", 875.3e6, year(2018)),
]


def growth(reporter, partner, y, turnover, prev, computed, reported, implied, yoy, method) -> dict:
    return {"reporter_iso3": reporter, "partner_iso3": partner, "year": y, "turnover_usd": turnover,
            "prev_year_turnover_usd": prev, "yoy_pct_computed": computed, "yoy_pct_reported": reported,
            "prev_year_implied_usd": implied, "yoy_pct": yoy, "method": method}


def test_growth_yoy_computed_reported_and_implied_previous_year(warehouse):
    build(warehouse, *KAZ_TJK_SERIES)
    computed_2021 = 100 * (1.18e9 / 987.9e6 - 1)
    computed_2022 = 100 * (1.4e9 / 1.18e9 - 1)
    rows = table_rows(warehouse, "trade_growth_yoy", ANNUAL_KEY)
    assert_rows(rows, [
        growth("KAZ", "KGZ", 2018, 875.3e6, None, None, None, None, None, None),
        growth("KAZ", "TJK", 2020, 987.9e6, None, None, 9.3, 987.9e6 / 1.093, 9.3, "reported"),
        growth("KAZ", "TJK", 2021, 1.18e9, 987.9e6, computed_2021, 19.4, 1.18e9 / 1.194, computed_2021, "computed"),
        growth("KAZ", "TJK", 2022, 1.4e9, 1.18e9, computed_2022, 18.5, 1.4e9 / 1.185, computed_2022, "computed"),
        growth("KAZ", "TJK", 2024, 1.61e9, None, None, 6.0, 1.61e9 / 1.06, 6.0, "reported"),
    ])
    assert rows[3]["prev_year_implied_usd"] == pytest.approx(1.1814e9, rel=1e-4)  # 1.4e9 / 1.185
    assert round(computed_2022, 2) == 18.64
    # The median of the stated growth lives in trade_annual; the 2020 pair of equal reports: the newer one.
    assert_rows([r for r in table_rows(warehouse, "trade_annual", ANNUAL_KEY) if r["year"] in (2020, 2021)], [
        annual("KAZ", "TJK", 2020, 987.9e6, 2, 2, 987.9e6, 987.9e6, False, "g01,g02", "2021-03-01", "exact", "tj20b",
               9.3),
        annual("KAZ", "TJK", 2021, 1.18e9, 2, 2, 1.18e9, 1.2e9, False, "g03,g04", "2022-02-08", "exact", "tj21a",
               19.4),
    ])
    frame = warehouse.read_table("trade_growth_yoy")
    assert kaz_tjk_yoy_line(frame) == (
        "KAZ–TJK trade turnover YoY: 2020 +9.3 % (reported) | 2021 +19.4 % (reported +19.4 %) | "
        "2022 +18.6 % (reported +18.5 %) | 2024 +6.0 % (reported); latest 2024: $1.61 bn")


def partial(kind, reporter, partner, commodity, unit, y, first, last, label, value, qualifier, n_reports,
            n_articles, min_value, max_value, conflict, change, prev, computed, implied, yoy, method, sources,
            last_reported, figure_id) -> dict:
    return {"kind": kind, "reporter_iso3": reporter, "partner_iso3": partner, "commodity": commodity, "unit": unit,
            "count_noun": "", "year": y, "period_start": date.fromisoformat(first),
            "period_end": date.fromisoformat(last), "period_label": label, "value": value,
            "value_qualifier": qualifier, "n_reports": n_reports, "n_articles": n_articles, "min_value": min_value,
            "max_value": max_value, "conflict": conflict, "reported_change_pct": change, "prev_year_value": prev,
            "yoy_pct_computed": computed, "prev_year_implied_value": implied, "yoy_pct": yoy, "method": method,
            "source_article_ids": sources, "last_reported_date": date.fromisoformat(last_reported),
            "value_figure_id": figure_id}


def test_partial_years_compared_like_for_like_and_kept_out_of_annual(warehouse):
    build(
        warehouse,
        fig("uz23h1", "p01", "2023-08-01", "trade_turnover", "KAZ", "UZB", 2.0e9, span("2023-01-01", "2023-06-30"),
            change=5.0),
        fig("uz22h1", "p02", "2022-08-01", "trade_turnover", "KAZ", "UZB", 1.8e9, span("2022-01-01", "2022-06-30")),
        fig("uz22m9", "p03", "2022-11-01", "trade_turnover", "KAZ", "UZB", 2.7e9, span("2022-01-01", "2022-09-30")),
        fig("uz22fy", "p04", "2023-02-01", "trade_turnover", "KAZ", "UZB", 4.6e9, year(2022)),
        # January-February of a leap year matches January-February of the year before.
        fig("uz24jf", "p05", "2024-03-15", "trade_turnover", "KAZ", "UZB", 5.0e8, span("2024-01-01", "2024-02-29")),
        fig("uz23jf", "p06", "2023-03-15", "trade_turnover", "KAZ", "UZB", 4.0e8, span("2023-01-01", "2023-02-28")),
        # One month of flour exports, reported twice (exact and approximate): one row, no conflict.
        fig("af21ag", "p07", "2022-02-15", "export", "KAZ", "AFG", 1.15e6, span("2021-08-01", "2021-08-31"),
            unit="t", commodity="flour"),
        fig("af21ag2", "p08", "2022-03-01", "export", "KAZ", "AFG", 1.2e6, span("2021-08-01", "2021-08-31"),
            unit="t", commodity="flour", qualifier="approx"),
        # Year to date, with stated growth and nothing to compare with.
        fig("ir24ytd", "p09", "2024-10-15", "export", "KAZ", "IRN", 1.2e6, span("2024-01-01", "2024-10-15"),
            unit="t", commodity="grain", change=12.0),
        # A period across two calendar years is neither partial-year nor annual.
        fig("uz2122", "p10", "2022-08-01", "trade_turnover", "KAZ", "UZB", 3.9e9, span("2021-07-01", "2022-06-30")),
    )
    key = ["kind", "reporter_iso3", "partner_iso3", "commodity", "unit", "period_start", "period_end"]
    assert_rows(table_rows(warehouse, "trade_partial", key), [
        partial("export", "KAZ", "AFG", "flour", "t", 2021, "2021-08-01", "2021-08-31", "Aug 2021", 1.15e6, "exact",
                2, 2, 1.15e6, 1.2e6, False, None, None, None, None, None, None, "p07,p08", "2022-03-01", "af21ag"),
        partial("export", "KAZ", "IRN", "grain", "t", 2024, "2024-01-01", "2024-10-15", "Jan–Oct 15 2024", 1.2e6,
                "exact", 1, 1, 1.2e6, 1.2e6, False, 12.0, None, None, 1.2e6 / 1.12, 12.0, "reported", "p09",
                "2024-10-15", "ir24ytd"),
        partial("trade_turnover", "KAZ", "UZB", "", "USD", 2022, "2022-01-01", "2022-06-30", "Jan–Jun 2022", 1.8e9,
                "exact", 1, 1, 1.8e9, 1.8e9, False, None, None, None, None, None, None, "p02", "2022-08-01", "uz22h1"),
        partial("trade_turnover", "KAZ", "UZB", "", "USD", 2022, "2022-01-01", "2022-09-30", "Jan–Sep 2022", 2.7e9,
                "exact", 1, 1, 2.7e9, 2.7e9, False, None, None, None, None, None, None, "p03", "2022-11-01", "uz22m9"),
        partial("trade_turnover", "KAZ", "UZB", "", "USD", 2023, "2023-01-01", "2023-02-28", "Jan–Feb 2023", 4.0e8,
                "exact", 1, 1, 4.0e8, 4.0e8, False, None, None, None, None, None, None, "p06", "2023-03-15", "uz23jf"),
        # January-June 2023 against January-June 2022, not January-September 2022 nor the full year.
        partial("trade_turnover", "KAZ", "UZB", "", "USD", 2023, "2023-01-01", "2023-06-30", "Jan–Jun 2023", 2.0e9,
                "exact", 1, 1, 2.0e9, 2.0e9, False, 5.0, 1.8e9, 100 * (2.0 / 1.8 - 1), 2.0e9 / 1.05,
                100 * (2.0 / 1.8 - 1), "computed", "p01", "2023-08-01", "uz23h1"),
        partial("trade_turnover", "KAZ", "UZB", "", "USD", 2024, "2024-01-01", "2024-02-29", "Jan–Feb 2024", 5.0e8,
                "exact", 1, 1, 5.0e8, 5.0e8, False, None, 4.0e8, 25.0, None, 25.0, "computed", "p05", "2024-03-15",
                "uz24jf"),
    ])
    assert_rows(table_rows(warehouse, "trade_annual", ANNUAL_KEY), [
        annual("KAZ", "UZB", 2022, 4.6e9, 1, 1, 4.6e9, 4.6e9, False, "p04", "2023-02-01", "exact", "uz22fy"),
    ])
    assert table_rows(warehouse, "exports_by_commodity", ["flow"]) == []  # partial exports are not annual


def target(reporter, partner, usd, target_year, first, last, latest, latest_year, progress, n_reports, n_articles,
           sources, target_id) -> dict:
    return {"reporter_iso3": reporter, "partner_iso3": partner, "target_usd": usd, "target_year": target_year,
            "first_announced": date.fromisoformat(first), "last_announced": date.fromisoformat(last),
            "latest_turnover_usd": latest, "latest_turnover_year": latest_year, "progress_pct": progress,
            "n_reports": n_reports, "n_articles": n_articles, "source_article_ids": sources, "target_id": target_id}


def test_targets_grouped_with_progress_against_the_latest_turnover(warehouse):
    build(
        warehouse,
        fig("tt22", "t01", "2023-05-04", "trade_turnover", "KAZ", "TJK", 1.4e9, year(2022)),
        fig("tt24", "t02", "2025-01-24", "trade_turnover", "KAZ", "TJK", 1.61e9, year(2024)),
        fig("tu23", "t03", "2024-02-01", "trade_turnover", "KAZ", "UZB", 3.5e9, year(2023)),
        # "$2 billion" announced three times, once with the pair named the other way round.
        fig("tg1", "t01", "2023-05-04", "trade_target", "KAZ", "TJK", 2e9),
        fig("tg2", "t04", "2024-06-01", "trade_target", "KAZ", "TJK", 2e9),
        fig("tg3", "t05", "2024-09-01", "trade_target", "TJK", "KAZ", 2e9),
        fig("tg4", "t03", "2024-02-01", "trade_target", "KAZ", "UZB", 10e9, year(2030)),
        fig("tg5", "t06", "2020-03-05", "trade_target", "KAZ", "UZB", 5e9),
        fig("tg6", "t07", "2024-10-15", "trade_target", "KAZ", "TKM", 1e9),
    )
    assert_rows(table_rows(warehouse, "trade_targets", ["target_id"]), [
        target("KAZ", "TJK", 2e9, None, "2023-05-04", "2024-09-01", 1.61e9, 2024, 80.5, 3, 3, "t01,t04,t05",
               "KAZ-TJK-2000000000-open"),
        target("KAZ", "TKM", 1e9, None, "2024-10-15", "2024-10-15", None, None, None, 1, 1, "t07",
               "KAZ-TKM-1000000000-open"),
        target("KAZ", "UZB", 10e9, 2030, "2024-02-01", "2024-02-01", 3.5e9, 2023, 35.0, 1, 1, "t03",
               "KAZ-UZB-10000000000-2030"),
        target("KAZ", "UZB", 5e9, None, "2020-03-05", "2020-03-05", 3.5e9, 2023, 70.0, 1, 1, "t06",
               "KAZ-UZB-5000000000-open"),
    ])
    progress = targets_progress_markdown(warehouse.read_table("trade_targets"))
    assert "| KAZ–TJK" in progress and "80.5 %" in progress and "open" in progress and "2030" in progress


def delivery(donor, recipient, month, unit, count_noun, value, qualifier, commodity, n_reports, n_articles, sources,
             first, last, figure_id) -> dict:
    month = date.fromisoformat(month)
    return {"donor_iso3": donor, "recipient_iso3": recipient, "delivery_month": month, "year": month.year,
            "unit": unit, "count_noun": count_noun, "value": value, "qualifier": qualifier, "commodity": commodity,
            "n_reports": n_reports, "n_articles": n_articles, "source_article_ids": sources,
            "first_reported_date": date.fromisoformat(first), "last_reported_date": date.fromisoformat(last),
            "figure_id": figure_id}


def total(recipient, y, unit, count_noun, value, n, donors, approximate, first, last) -> dict:
    return {"recipient_iso3": recipient, "year": y, "unit": unit, "count_noun": count_noun, "total_value": value,
            "n_deliveries": n, "donor_iso3s": donors, "includes_approximate": approximate,
            "first_delivery_month": date.fromisoformat(first), "last_delivery_month": date.fromisoformat(last)}


def test_aid_shipments_deduplicated_across_articles_with_yearly_totals(warehouse):
    build(
        warehouse,
        # One convoy, two articles: "40 trucks with 800 tons of flour" and "40 lorries carrying around 800 tonnes".
        fig("d1t", "d01", "2024-04-03", "aid", "KAZ", "AFG", 800, day("2024-04-02"), unit="t", commodity="flour"),
        fig("d1n", "d01", "2024-04-03", "aid", "KAZ", "AFG", 40, day("2024-04-02"), unit="count", count_noun="truck",
            commodity="flour"),
        fig("d2t", "d02", "2024-04-04", "aid", "KAZ", "AFG", 800, day("2024-04-04"), unit="t", commodity="food",
            qualifier="approx"),
        fig("d2n", "d02", "2024-04-04", "aid", "KAZ", "AFG", 40, day("2024-04-04"), unit="count", count_noun="truck",
            commodity="food"),
        # Same month and number, but wagons, not trucks: another shipment.
        fig("d3w", "d03", "2024-04-21", "aid", "KAZ", "AFG", 40, day("2024-04-20"), unit="count", count_noun="wagon",
            commodity="flour"),
        # Same tonnage a month later: another shipment.
        fig("d4t", "d04", "2024-05-16", "aid", "KAZ", "AFG", 800, day("2024-05-15"), unit="t", commodity="flour"),
        # "Since 2021 more than 40,000 tonnes": a running total, not a shipment.
        fig("d5cum", "d04", "2024-05-16", "aid", "KAZ", "AFG", 40000, span("2021-01-01", "2024-05-16"), unit="t",
            commodity="flour", qualifier="at_least"),
        # No period stated: the publication month.
        fig("d6t", "d05", "2024-06-10", "aid", "UZB", "AFG", 3700, unit="t"),
        fig("d7t", "d06", "2021-11-09", "aid", "KAZ", "AFG", 1500, day("2021-11-09"), unit="t", commodity="flour",
            qualifier="approx"),
        # "In October": a period within one month is one shipment.
        fig("d9m", "d06", "2021-11-09", "aid", "KAZ", "AFG", 6500, span("2021-10-01", "2021-10-31"), unit="t",
            commodity="flour"),
        fig("d8t", "d07", "2020-05-14", "aid", "KAZ", "KGZ", 5000, day("2020-05-14"), unit="t",
            commodity="wheat flour"),
    )
    key = ["recipient_iso3", "delivery_month", "donor_iso3", "unit", "count_noun", "value"]
    assert_rows(table_rows(warehouse, "aid_deliveries", key), [
        delivery("KAZ", "AFG", "2021-10-01", "t", "", 6500.0, "exact", "flour", 1, 1, "d06", "2021-11-09",
                 "2021-11-09", "d9m"),
        delivery("KAZ", "AFG", "2021-11-01", "t", "", 1500.0, "approx", "flour", 1, 1, "d06", "2021-11-09",
                 "2021-11-09", "d7t"),
        delivery("KAZ", "AFG", "2024-04-01", "count", "truck", 40.0, "exact", "food", 2, 2, "d01,d02", "2024-04-03",
                 "2024-04-04", "d2n"),
        delivery("KAZ", "AFG", "2024-04-01", "count", "wagon", 40.0, "exact", "flour", 1, 1, "d03", "2024-04-21",
                 "2024-04-21", "d3w"),
        delivery("KAZ", "AFG", "2024-04-01", "t", "", 800.0, "exact", "flour", 2, 2, "d01,d02", "2024-04-03",
                 "2024-04-04", "d1t"),
        delivery("KAZ", "AFG", "2024-05-01", "t", "", 800.0, "exact", "flour", 1, 1, "d04", "2024-05-16",
                 "2024-05-16", "d4t"),
        delivery("UZB", "AFG", "2024-06-01", "t", "", 3700.0, "exact", "", 1, 1, "d05", "2024-06-10", "2024-06-10",
                 "d6t"),
        delivery("KAZ", "KGZ", "2020-05-01", "t", "", 5000.0, "exact", "wheat flour", 1, 1, "d07", "2020-05-14",
                 "2020-05-14", "d8t"),
    ])
    assert_rows(table_rows(warehouse, "aid_totals", ["recipient_iso3", "year", "unit", "count_noun"]), [
        total("AFG", 2021, "t", "", 8000.0, 2, "KAZ", True, "2021-10-01", "2021-11-01"),
        total("AFG", 2024, "count", "truck", 40.0, 1, "KAZ", False, "2024-04-01", "2024-04-01"),
        total("AFG", 2024, "count", "wagon", 40.0, 1, "KAZ", False, "2024-04-01", "2024-04-01"),
        total("AFG", 2024, "t", "", 5300.0, 3, "KAZ,UZB", False, "2024-04-01", "2024-06-01"),
        total("KGZ", 2020, "t", "", 5000.0, 1, "KAZ", False, "2020-05-01", "2020-05-01"),
    ])


def flow(kind, reporter, partner, commodity, y, unit, count_noun, value, qualifier, n_reports, n_articles, min_value,
         max_value, conflict, change, sources, last, figure_id) -> dict:
    return {"flow": kind, "reporter_iso3": reporter, "partner_iso3": partner, "commodity": commodity, "year": y,
            "unit": unit, "count_noun": count_noun, "value": value, "value_qualifier": qualifier,
            "n_reports": n_reports, "n_articles": n_articles, "min_value": min_value, "max_value": max_value,
            "conflict": conflict, "reported_change_pct": change, "source_article_ids": sources,
            "last_reported_date": date.fromisoformat(last), "value_figure_id": figure_id}


def test_exports_by_commodity_per_unit_with_consolidation(warehouse):
    build(
        warehouse,
        fig("e1t", "e01", "2021-02-16", "export", "KAZ", "TJK", 904.7e3, year(2020), unit="t", commodity="wheat"),
        fig("e1u", "e01", "2021-02-16", "export", "KAZ", "TJK", 840.3e6, year(2020), commodity="wheat"),
        fig("e2t", "e02", "2021-03-01", "export", "KAZ", "TJK", 900e3, year(2020), unit="t", commodity="wheat",
            qualifier="approx"),
        # $1.01 billion (3 digits, older) over $1.2 billion (2 digits, newer); 19 % apart: conflict.
        fig("e3", "e03", "2022-01-28", "export", "KAZ", "TJK", 1.01e9, year(2021)),
        fig("e4", "e04", "2022-02-08", "export", "KAZ", "TJK", 1.2e9, year(2021)),
        fig("e5", "e01", "2021-02-16", "import", "KAZ", "TJK", 147.6e6, year(2020), commodity="fruit", change=12.0),
        fig("e6", "e05", "2022-02-15", "export", "KAZ", "AFG", 1.15e6, span("2021-08-01", "2021-08-31"), unit="t",
            commodity="flour"),
        fig("e7", "e06", "2024-02-01", "export", "KAZ", "UZB", 500, year(2023), unit="count", count_noun="car"),
    )
    key = ["flow", "reporter_iso3", "partner_iso3", "commodity", "year", "unit", "count_noun"]
    assert_rows(table_rows(warehouse, "exports_by_commodity", key), [
        flow("export", "KAZ", "TJK", "", 2021, "USD", "", 1.01e9, "exact", 2, 2, 1.01e9, 1.2e9, True, None,
             "e03,e04", "2022-02-08", "e3"),
        flow("export", "KAZ", "TJK", "wheat", 2020, "USD", "", 840.3e6, "exact", 1, 1, 840.3e6, 840.3e6, False, None,
             "e01", "2021-02-16", "e1u"),
        flow("export", "KAZ", "TJK", "wheat", 2020, "t", "", 904.7e3, "exact", 2, 2, 900e3, 904.7e3, False, None,
             "e01,e02", "2021-03-01", "e1t"),
        flow("export", "KAZ", "UZB", "", 2023, "count", "car", 500.0, "exact", 1, 1, 500.0, 500.0, False, None,
             "e06", "2024-02-01", "e7"),
        flow("import", "KAZ", "TJK", "fruit", 2020, "USD", "", 147.6e6, "exact", 1, 1, 147.6e6, 147.6e6, False, 12.0,
             "e01", "2021-02-16", "e5"),
    ])


def test_rebuilding_replaces_every_row(warehouse):
    build(warehouse, *KAZ_TJK_SERIES)
    build(warehouse, KAZ_TJK_SERIES[-1])  # only KAZ-KGZ 2018 left
    assert [(r["reporter_iso3"], r["partner_iso3"], r["year"])
            for r in table_rows(warehouse, "trade_growth_yoy", ANNUAL_KEY)] == [("KAZ", "KGZ", 2018)]
    build(warehouse)
    for name in MART_TABLES:
        assert warehouse.read_table(name).empty, name


def test_mart_assets_materialise_with_chart_and_tables(warehouse):
    load(warehouse, *KAZ_TJK_SERIES,
         fig("tg1", "g05", "2023-05-04", "trade_target", "KAZ", "TJK", 2e9),
         fig("d1t", "g06", "2025-01-24", "aid", "KAZ", "AFG", 800, day("2025-01-20"), unit="t"))
    result = dg.materialize([marts], instance=dg.DagsterInstance.ephemeral(), resources={"warehouse": warehouse})
    assert result.success
    by_key = {event.asset_key.to_user_string(): event.materialization.metadata
              for event in result.get_asset_materialization_events()}
    assert set(by_key) == set(MART_TABLES)  # one step, every mart its own materialisation
    for name in MART_TABLES:
        metadata = by_key[name]
        assert metadata["dagster/row_count"].value == len(warehouse.read_table(name)), name
        assert metadata["preview"].value, name

    metadata = by_key["trade_growth_yoy"]
    chart = metadata["chart"].value
    match = re.fullmatch(r"!\[Trade turnover and YoY growth: KAZ–TJK, KAZ–KGZ\]\(data:image/png;base64,([A-Za-z0-9+/=]+)\)",
                         chart)
    assert match, chart[:200]
    assert base64.b64decode(match.group(1)).startswith(b"\x89PNG\r\n\x1a\n")
    assert "| KAZ–TJK" in metadata["table"].value and "+18.6 %" in metadata["table"].value
    assert metadata["kaz_tjk"].value == kaz_tjk_yoy_line(warehouse.read_table("trade_growth_yoy"))
    progress = by_key["trade_targets"]["progress"].value
    assert "| KAZ–TJK" in progress and "80.5 %" in progress


# --- metrics/ on its own -------------------------------------------------------------------------------------------

def growth_frame(series: dict[tuple[str, str], list[int]]) -> pd.DataFrame:
    """A trade_growth_yoy-shaped frame: turnover rising 10 % a year, growth computed after the first year."""
    rows = []
    for (reporter, partner), years in series.items():
        for index, y in enumerate(years):
            turnover = 1e9 * 1.1 ** index
            computed = 10.0 if index else None
            rows.append({"reporter_iso3": reporter, "partner_iso3": partner, "year": y, "turnover_usd": turnover,
                         "prev_year_turnover_usd": turnover / 1.1 if index else None,
                         "yoy_pct_computed": computed, "yoy_pct_reported": None if index else 4.0,
                         "prev_year_implied_usd": None if index else turnover / 1.04,
                         "yoy_pct": computed if index else 4.0, "method": "computed" if index else "reported"})
    return pd.DataFrame(rows)


def test_chart_pairs_put_kaz_tjk_first_then_the_pairs_with_most_years():
    frame = growth_frame({
        ("KAZ", "TJK"): [2022, 2023], ("KAZ", "CHN"): [2019, 2020, 2021, 2022, 2023],
        ("KAZ", "UZB"): [2020, 2021, 2022, 2023], ("KAZ", "KGZ"): [2020, 2021, 2022, 2023], ("TJK", "CHN"): [2023],
    })
    assert chart_pairs(frame) == [("KAZ", "TJK"), ("KAZ", "CHN"), ("KAZ", "KGZ"), ("KAZ", "UZB")]
    without = frame[frame["partner_iso3"] != "TJK"]
    assert chart_pairs(without) == [("KAZ", "CHN"), ("KAZ", "KGZ"), ("KAZ", "UZB"), ("TJK", "CHN")]
    assert chart_pairs(frame.iloc[0:0]) == []


def test_chart_is_a_png_embedded_in_markdown_and_tables_are_markdown():
    frame = growth_frame({("KAZ", "TJK"): [2020, 2021, 2023], ("KAZ", "CHN"): [2021, 2022]})
    png = growth_chart_png(frame)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) < 200_000
    markdown = growth_chart_markdown(frame)
    assert markdown.startswith("![Trade turnover and YoY growth: KAZ–TJK, KAZ–CHN](data:image/png;base64,")
    assert base64.b64decode(markdown.split("base64,", 1)[1].rstrip(")")).startswith(b"\x89PNG")
    table = growth_table_markdown(frame)
    assert table.splitlines()[0].startswith("| pair") and "| KAZ–TJK" in table and "reported" in table
    assert growth_chart_markdown(frame.iloc[0:0]) == "_No annual turnover figures yet._"
    assert kaz_tjk_yoy_line(frame) == ("KAZ–TJK trade turnover YoY: 2020 +4.0 % (reported) | 2021 +10.0 % | "
                                       "2023 +10.0 %; latest 2023: $1.21 bn")
    assert kaz_tjk_yoy_line(frame.iloc[0:0]) == "KAZ–TJK trade turnover YoY: no full-year figures yet"


def test_number_formats():
    assert format_usd(1.4e9) == "$1.40 bn" and format_usd(812.6e6) == "$812.6 m" and format_usd(950e3) == "$950,000"
    assert format_usd(None) == "–" and format_usd(float("nan")) == "–"
    assert format_pct(18.644) == "+18.6 %" and format_pct(-2.7) == "-2.7 %" and format_pct(80.5, signed=False) == "80.5 %"


def test_a_mart_that_breaks_its_contract_changes_no_mart(warehouse, monkeypatch):
    from metrics import schemas
    from quality.validate import FrameShapeError

    load(warehouse, *KAZ_TJK_SERIES)
    warehouse.rebuild_from_sql(MART_TABLES, validate=schemas.validate_mart)
    before = {name: warehouse.read_table(name) for name in MART_TABLES}
    # A stricter contract than the SQL fulfils stands in for a broken SQL file.
    monkeypatch.setitem(schemas.MART_MODELS, "trade_growth_yoy", schemas.TradeAnnual)
    load(warehouse, *KAZ_TJK_SERIES[:-1])
    with pytest.raises(FrameShapeError, match="BUG: sql/marts/trade_growth_yoy.sql broke the trade_growth_yoy contract"):
        warehouse.rebuild_from_sql(MART_TABLES, validate=schemas.validate_mart)
    for name in MART_TABLES:
        assert warehouse.read_table(name).equals(before[name]), name


def test_a_column_added_to_a_mart_later_keeps_the_rebuild_working(warehouse):
    from metrics.schemas import validate_mart

    load(warehouse, *KAZ_TJK_SERIES)
    with warehouse.transaction() as connection:  # what a future sql/ddl/NNN_*.sql would do
        connection.exec_driver_sql(f"ALTER TABLE {warehouse.table('trade_annual')} ADD COLUMN IF NOT EXISTS note TEXT")
    rebuilt = warehouse.rebuild_from_sql(MART_TABLES, validate=validate_mart)
    assert len(rebuilt["trade_annual"]) > 0
    assert warehouse.read_table("trade_annual")["note"].isna().all()
