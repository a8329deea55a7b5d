"""Presentation of the marts for Dagster metadata and the CLI: plain functions over DataFrames read
from the warehouse (no Dagster, no database): a matplotlib chart as a PNG embedded in markdown,
markdown tables, and the one-line KAZ-TJK growth summary."""

from metrics.charts import (
    chart_pairs,
    format_pct,
    format_usd,
    growth_chart_markdown,
    growth_chart_png,
    growth_table_markdown,
    kaz_tjk_yoy_line,
    preview_markdown,
    targets_progress_markdown,
    yoy_line,
)

__all__ = [
    "chart_pairs",
    "format_pct",
    "format_usd",
    "growth_chart_markdown",
    "growth_chart_png",
    "growth_table_markdown",
    "kaz_tjk_yoy_line",
    "preview_markdown",
    "targets_progress_markdown",
    "yoy_line",
]
