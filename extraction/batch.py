"""Extraction over a batch of articles, as warehouse row dicts: the unit of work a process pool runs.
Standard library only, so a worker process starts without importing pandas."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date

from extraction import EXTRACTOR_VERSION, extract_figures

# (article_id, published_date, title, body)
ArticleRecord = tuple[str, date, str, str]


def figure_rows(articles: list[ArticleRecord]) -> list[dict]:
    rows = []
    for article_id, published_date, title, body in articles:
        for figure in extract_figures(body, published_date, title):
            row = dataclasses.asdict(figure)
            row.update(
                figure_id=figure_id(article_id, figure.char_start, figure.char_end, figure.kind),
                article_id=article_id,
                published_date=published_date,
                extractor_version=EXTRACTOR_VERSION,
            )
            rows.append(row)
    return rows


def figure_id(article_id: str, char_start: int, char_end: int, kind: str) -> str:
    """Deterministic: the same article, span and kind give the same id on every re-extraction."""
    return hashlib.sha256(f"{article_id}:{char_start}:{char_end}:{kind}".encode()).hexdigest()[:24]
