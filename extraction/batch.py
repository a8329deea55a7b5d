"""Extraction over a batch of articles, as warehouse rows: the unit of work a process pool runs.
Standard library only, so a worker process starts without importing pandas."""

from __future__ import annotations

import dataclasses
import hashlib
import operator
from datetime import date

from extraction import EXTRACTOR_VERSION, extract_figures
from extraction.model import Figure

# (article_id, published_date, title, body)
ArticleRecord = tuple[str, date, str, str]

_FIGURE_FIELDS = [f.name for f in dataclasses.fields(Figure)]
# the columns of a trade_figures row, in the order figure_rows gives them
FIGURE_COLUMNS = ["figure_id", "article_id", "published_date", *_FIGURE_FIELDS, "extractor_version"]
_field_values = operator.attrgetter(*_FIGURE_FIELDS)


def figure_rows(articles: list[ArticleRecord]) -> list[tuple]:
    # Tuples, not dataclasses.asdict's dicts: asdict copies every field deeply, and a dict pickles its
    # keys again for every row on the way back from a worker.
    rows = []
    for article_id, published_date, title, body in articles:
        for figure in extract_figures(body, published_date, title):
            rows.append((figure_id(article_id, figure.char_start, figure.char_end, figure.kind), article_id,
                         published_date, *_field_values(figure), EXTRACTOR_VERSION))
    return rows


def figure_id(article_id: str, char_start: int, char_end: int, kind: str) -> str:
    """Deterministic: the same article, span and kind give the same id on every re-extraction."""
    return hashlib.sha256(f"{article_id}:{char_start}:{char_end}:{kind}".encode()).hexdigest()[:24]
