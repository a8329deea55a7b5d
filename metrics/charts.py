"""Charts and markdown for the marts (trade_growth_yoy, trade_targets, previews).

Every function takes a DataFrame with a mart's columns (as Warehouse.read_table returns it) and
returns text or PNG bytes. Matplotlib is used through its object API on the Agg canvas, so no
display and no global pyplot state are involved.
"""

from __future__ import annotations

import base64
import io
import math

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator, NullFormatter

FOCUS_PAIR = ("KAZ", "TJK")
MAX_CHART_PAIRS = 4
PAIR_COLUMNS = ["reporter_iso3", "partner_iso3"]


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT


def pair_label(reporter: str, partner: str) -> str:
    return f"{reporter}–{partner}"


def format_usd(value) -> str:
    """$1.40 bn, $812.6 m, $950,000; an en dash when unknown."""
    if _missing(value):
        return "–"
    value = float(value)
    if abs(value) >= 1e9:
        return f"${value / 1e9:,.2f} bn"
    if abs(value) >= 1e6:
        return f"${value / 1e6:,.1f} m"
    return f"${value:,.0f}"


def format_pct(value, signed: bool = True) -> str:
    """+18.6 %, -2.7 %; an en dash when unknown."""
    if _missing(value):
        return "–"
    return f"{float(value):+.1f} %" if signed else f"{float(value):.1f} %"


def _year(value) -> str:
    return "–" if _missing(value) else str(int(value))


def chart_pairs(growth: pd.DataFrame, focus: tuple[str, str] = FOCUS_PAIR,
                max_pairs: int = MAX_CHART_PAIRS) -> list[tuple[str, str]]:
    """The pairs worth charting: `focus` (Kazakhstan-Tajikistan) when it has data, then the pairs
    with the most years of turnover (ties by pair code), at most max_pairs in all."""
    if growth.empty:
        return []
    years = growth.groupby(PAIR_COLUMNS)["year"].nunique()
    ranked = sorted(years.items(), key=lambda item: (-item[1], item[0]))
    pairs = [focus] if focus in years.index else []
    pairs += [tuple(pair) for pair, _ in ranked if tuple(pair) != focus]
    return pairs[:max_pairs]


def _pair_rows(growth: pd.DataFrame, pair: tuple[str, str]) -> pd.DataFrame:
    rows = growth[(growth["reporter_iso3"] == pair[0]) & (growth["partner_iso3"] == pair[1])]
    return rows.sort_values("year")


def growth_chart_png(growth: pd.DataFrame, pairs: list[tuple[str, str]] | None = None) -> bytes:
    """Turnover (USD bn on a log scale, top: pairs of $1 bn and $40 bn both stay readable) and
    year-on-year growth (percent, bottom) per pair, one colour per pair. Growth markers: filled =
    computed from two consolidated years, hollow = as reported. Missing years break the lines
    instead of bridging them."""
    pairs = chart_pairs(growth) if pairs is None else pairs
    figure = Figure(figsize=(8, 6.4), dpi=80)
    FigureCanvasAgg(figure)
    turnover_axes, growth_axes = figure.subplots(2, 1, sharex=True)
    for index, pair in enumerate(pairs):
        rows = _pair_rows(growth, pair)
        if rows.empty:
            continue
        colour = f"C{index}"
        years = range(int(rows["year"].min()), int(rows["year"].max()) + 1)
        by_year = rows.set_index(rows["year"].astype(int)).reindex(years)
        turnover = pd.to_numeric(by_year["turnover_usd"], errors="coerce") / 1e9
        turnover_axes.plot(list(years), turnover, marker="o", color=colour, label=pair_label(*pair))
        yoy = pd.to_numeric(by_year["yoy_pct"], errors="coerce")
        growth_axes.plot(list(years), yoy, color=colour, linewidth=1.2)
        computed = by_year["method"] == "computed"
        reported = by_year["method"] == "reported"
        growth_axes.plot([y for y, c in zip(years, computed) if c], yoy[computed.to_numpy()], linestyle="none",
                         marker="o", color=colour)
        growth_axes.plot([y for y, r in zip(years, reported) if r], yoy[reported.to_numpy()], linestyle="none",
                         marker="o", markerfacecolor="white", color=colour)
    turnover_axes.set_title("Trade turnover and year-on-year growth")
    turnover_axes.set_ylabel("Turnover, USD bn (log scale)")
    if turnover_axes.has_data():
        turnover_axes.set_yscale("log")
        turnover_axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))
        turnover_axes.yaxis.set_minor_formatter(NullFormatter())
    turnover_axes.grid(alpha=0.3, which="both")
    if pairs:
        turnover_axes.legend(loc="best", fontsize="small", framealpha=0.8)
    growth_axes.axhline(0, color="grey", linewidth=0.8)
    growth_axes.set_ylabel("YoY growth, %")
    growth_axes.set_xlabel("Year (filled: computed from two years, hollow: as reported)")
    growth_axes.grid(alpha=0.3)
    growth_axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def growth_chart_markdown(growth: pd.DataFrame, pairs: list[tuple[str, str]] | None = None) -> str:
    """The chart as a markdown image with a base64 data URI (what Dagster's markdown metadata shows)."""
    pairs = chart_pairs(growth) if pairs is None else pairs
    if not pairs:
        return "_No annual turnover figures yet._"
    encoded = base64.b64encode(growth_chart_png(growth, pairs)).decode("ascii")
    labels = ", ".join(pair_label(*pair) for pair in pairs)
    return f"![Trade turnover and YoY growth: {labels}](data:image/png;base64,{encoded})"


def growth_table_markdown(growth: pd.DataFrame, pairs: list[tuple[str, str]] | None = None) -> str:
    """Markdown table of the charted pairs, year by year."""
    pairs = chart_pairs(growth) if pairs is None else pairs
    records = []
    for pair in pairs:
        for row in _pair_rows(growth, pair).itertuples(index=False):
            records.append({
                "pair": pair_label(*pair),
                "year": _year(row.year),
                "turnover": format_usd(row.turnover_usd),
                "yoy": format_pct(row.yoy_pct),
                "method": row.method if not _missing(row.method) else "–",
                "computed": format_pct(row.yoy_pct_computed),
                "reported": format_pct(row.yoy_pct_reported),
                "previous year": format_usd(row.prev_year_turnover_usd),
                "implied previous year": format_usd(row.prev_year_implied_usd),
            })
    if not records:
        return "_No annual turnover figures yet._"
    return pd.DataFrame(records).to_markdown(index=False)


def targets_progress_markdown(targets: pd.DataFrame) -> str:
    """Markdown table: each target, its year, the latest turnover and the progress towards it."""
    if targets.empty:
        return "_No trade targets announced yet._"
    ordered = targets.assign(_open=targets["target_year"].isna()).sort_values(
        ["reporter_iso3", "partner_iso3", "_open", "target_year", "target_usd"])
    records = [{
        "pair": pair_label(row.reporter_iso3, row.partner_iso3),
        "target": format_usd(row.target_usd),
        "by": _year(row.target_year) if not _missing(row.target_year) else "open",
        "latest turnover": (f"{format_usd(row.latest_turnover_usd)} ({_year(row.latest_turnover_year)})"
                            if not _missing(row.latest_turnover_usd) else "–"),
        "progress": format_pct(row.progress_pct, signed=False),
        "announced": (str(row.first_announced) if row.first_announced == row.last_announced
                      else f"{row.first_announced} .. {row.last_announced}"),
    } for row in ordered.itertuples(index=False)]
    return pd.DataFrame(records).to_markdown(index=False)


def preview_markdown(frame: pd.DataFrame, max_rows: int = 20) -> str:
    """The first rows of a mart as a markdown table (numbers with thousands separators)."""
    if frame.empty:
        return "_(no rows)_"
    return frame.head(max_rows).to_markdown(index=False, floatfmt=",.1f")


def yoy_line(growth: pd.DataFrame, reporter: str, partner: str) -> str:
    """One line: the pair's growth year by year (computed, with the reported rate beside it when the
    articles state one, or the reported rate alone) and its latest consolidated turnover."""
    label = pair_label(reporter, partner)
    rows = _pair_rows(growth, (reporter, partner))
    if rows.empty:
        return f"{label} trade turnover YoY: no full-year figures yet"
    parts = []
    for row in rows.itertuples(index=False):
        if row.method == "computed":
            detail = f" (reported {format_pct(row.yoy_pct_reported)})" if not _missing(row.yoy_pct_reported) else ""
            parts.append(f"{_year(row.year)} {format_pct(row.yoy_pct)}{detail}")
        elif row.method == "reported":
            parts.append(f"{_year(row.year)} {format_pct(row.yoy_pct)} (reported)")
    latest = rows.iloc[-1]
    series = " | ".join(parts) if parts else "no growth known yet"
    return f"{label} trade turnover YoY: {series}; latest {_year(latest['year'])}: {format_usd(latest['turnover_usd'])}"


def kaz_tjk_yoy_line(growth: pd.DataFrame) -> str:
    """The Kazakhstan-Tajikistan line `make run` ends with (growth: the trade_growth_yoy mart)."""
    return yoy_line(growth, *FOCUS_PAIR)
