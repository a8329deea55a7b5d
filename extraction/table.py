"""Articles in, trade_figures rows out: the warehouse shape of what the extractor finds."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

import pandas as pd

from extraction import EXTRACTOR_VERSION
from extraction.batch import FIGURE_COLUMNS, ExtractionFailure, figure_rows

# Below this many articles a process pool costs more to start (~1 s here) than it saves.
PARALLEL_MIN_ARTICLES = 2000


FAILURE_COLUMNS = ["article_id", "published_date", "reason"]


def figures_for_articles(articles: pd.DataFrame, workers: int = 1) -> tuple[pd.DataFrame, pd.DataFrame]:
    """articles: article_id, published_date, title, body -> (one row per extracted figure,
    one row per article the extractor failed on: article_id, published_date, reason)."""
    workers = workers if len(articles) >= PARALLEL_MIN_ARTICLES else 1
    return next(figures_for_batches([articles], workers))[1:]


def figures_for_batches(batches: Iterable[pd.DataFrame],
                        workers: int = 1) -> Iterator[tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]]:
    """(articles, figures, failures) for each batch of articles, in order, with the row order of the
    articles kept.

    With workers > 1, each batch is split over a process pool (forkserver: no fork of a threaded
    Dagster process), and the next batch is read and submitted before this one is handed back: the
    workers keep extracting while the caller validates and writes. Memory holds two batches, not all."""
    if workers <= 1:
        for articles in batches:
            yield articles, *_frames(*figure_rows(_records(articles)))
        return
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver")) as pool:
        in_flight: deque[tuple[pd.DataFrame, list[Future]]] = deque()
        for articles in batches:
            records = _records(articles)
            size = max(1, -(-len(records) // (workers * 2)))  # two parts per worker even out slow parts
            in_flight.append((articles, [pool.submit(figure_rows, records[i:i + size])
                                         for i in range(0, len(records), size)]))
            if len(in_flight) > 1:
                yield _collect(*in_flight.popleft())
        while in_flight:
            yield _collect(*in_flight.popleft())


def _records(articles: pd.DataFrame) -> list[tuple]:
    return list(articles[["article_id", "published_date", "title", "body"]].itertuples(index=False, name=None))


def _collect(articles: pd.DataFrame, parts: list[Future]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    results = [part.result() for part in parts]
    return articles, *_frames([row for rows, _ in results for row in rows],
                              [failure for _, failures in results for failure in failures])


def _frames(rows: list[tuple], failures: list[ExtractionFailure]) -> tuple[pd.DataFrame, pd.DataFrame]:
    figures = pd.DataFrame(rows, columns=FIGURE_COLUMNS).astype(
        {"value": "float64", "reported_change_pct": "float64", "confidence": "float64",
         "char_start": "int64", "char_end": "int64"})
    return figures, pd.DataFrame(failures, columns=FAILURE_COLUMNS)


def with_extraction_failures(rejected: pd.DataFrame, failures: pd.DataFrame) -> pd.DataFrame:
    """The articles the extractor raised on join the rejected figures as one row each (article,
    date, extractor_version, reason): kept in the warehouse and counted, not lost in a log."""
    if failures.empty:
        return rejected
    failed = failures.assign(extractor_version=EXTRACTOR_VERSION)
    # concat turns integer columns with missing values into floats, which PostgreSQL's COPY refuses
    return pd.concat([rejected, failed], ignore_index=True).astype({"char_start": "Int64", "char_end": "Int64"})
