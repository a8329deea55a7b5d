"""Articles in, trade_figures rows out: the warehouse shape of what the extractor finds."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pandas as pd

from extraction.batch import figure_rows

FIGURE_COLUMNS = [
    "figure_id", "article_id", "published_date", "kind", "reporter_iso3", "partner_iso3", "commodity",
    "value", "unit", "count_noun", "qualifier", "period_start", "period_end", "reported_change_pct",
    "sentence", "char_start", "char_end", "confidence", "extractor_version",
]
# Below this many articles a process pool costs more to start (~1 s here) than it saves.
PARALLEL_MIN_ARTICLES = 2000


def figures_for_articles(articles: pd.DataFrame, workers: int = 1) -> pd.DataFrame:
    """articles: article_id, published_date, title, body -> one row per extracted figure.

    With workers > 1 and a large batch, the articles are split into contiguous chunks extracted in
    a process pool (forkserver: no fork of a threaded Dagster process); the row order is kept."""
    records = list(articles[["article_id", "published_date", "title", "body"]].itertuples(index=False, name=None))
    if workers > 1 and len(records) >= PARALLEL_MIN_ARTICLES:
        size = -(-len(records) // (workers * 4))  # a few chunks per worker evens out slow chunks
        chunks = [records[start:start + size] for start in range(0, len(records), size)]
        context = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            rows = [row for chunk_rows in pool.map(figure_rows, chunks) for row in chunk_rows]
    else:
        rows = figure_rows(records)
    frame = pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    return frame.astype({"value": "float64", "reported_change_pct": "float64", "confidence": "float64",
                         "char_start": "int64", "char_end": "int64"})
