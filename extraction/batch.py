"""Extraction over a batch of articles, as warehouse rows: the unit of work a process pool runs.
Standard library only, so a worker process starts without importing pandas."""

from __future__ import annotations

import dataclasses
import hashlib
import operator
import traceback
from datetime import date

from extraction import EXTRACTOR_VERSION, extract_figures
from extraction.model import Figure

# (article_id, published_date, title, body)
ArticleRecord = tuple[str, date, str, str]
# (article_id, published_date, reason): an article the extractor raised on
ExtractionFailure = tuple[str, date, str]

_FIGURE_FIELDS = [f.name for f in dataclasses.fields(Figure)]
# the columns of a trade_figures row, in the order figure_rows gives them
FIGURE_COLUMNS = ["figure_id", "article_id", "published_date", *_FIGURE_FIELDS, "extractor_version"]
_field_values = operator.attrgetter(*_FIGURE_FIELDS)


def figure_rows(articles: list[ArticleRecord]) -> tuple[list[tuple], list[ExtractionFailure]]:
    """The figure rows of a batch, and the articles the extractor failed on with the reason: one
    article's unforeseen text must not cost the batch (and the nightly run) every other figure."""
    # Tuples, not dataclasses.asdict's dicts: asdict copies every field deeply, and a dict pickles its
    # keys again for every row on the way back from a worker.
    rows, failures = [], []
    for article_id, published_date, title, body in articles:
        try:
            figures = extract_figures(body, published_date, title)
        except Exception as error:  # noqa: BLE001 - any bug in the extractor; the article is set aside, not lost
            failures.append((article_id, published_date, failure_reason(error)))
            continue
        for figure in figures:
            rows.append((figure_id(article_id, figure.char_start, figure.char_end, figure.kind), article_id,
                         published_date, *_field_values(figure), EXTRACTOR_VERSION))
    return rows, failures


def failure_reason(error: Exception) -> str:
    """'extractor_error: IndexError: string index out of range (text.py:134)': what and where."""
    frame = traceback.extract_tb(error.__traceback__)[-1]
    return f"extractor_error: {type(error).__name__}: {error} ({frame.filename.rsplit('/', 1)[-1]}:{frame.lineno})"


def figure_id(article_id: str, char_start: int, char_end: int, kind: str) -> str:
    """Deterministic: the same article, span and kind give the same id on every re-extraction."""
    return hashlib.sha256(f"{article_id}:{char_start}:{char_end}:{kind}".encode()).hexdigest()[:24]
