"""Articles in, trade_figures rows out: the warehouse shape of what the extractor finds."""

from __future__ import annotations

import dataclasses
import hashlib

import pandas as pd

from extraction import EXTRACTOR_VERSION, extract_figures

FIGURE_COLUMNS = [
    "figure_id", "article_id", "published_date", "kind", "reporter_iso3", "partner_iso3", "commodity",
    "value", "unit", "count_noun", "qualifier", "period_start", "period_end", "reported_change_pct",
    "sentence", "char_start", "char_end", "confidence", "extractor_version",
]


def figures_for_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """articles: article_id, published_date, title, body -> one row per extracted figure."""
    rows = []
    for article in articles.itertuples(index=False):
        for figure in extract_figures(article.body, article.published_date, article.title):
            row = dataclasses.asdict(figure)
            row.update(
                figure_id=figure_id(article.article_id, figure.char_start, figure.char_end, figure.kind),
                article_id=article.article_id,
                published_date=article.published_date,
                extractor_version=EXTRACTOR_VERSION,
            )
            rows.append(row)
    frame = pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    return frame.astype({"value": "float64", "reported_change_pct": "float64", "confidence": "float64",
                         "char_start": "int64", "char_end": "int64"})


def figure_id(article_id: str, char_start: int, char_end: int, kind: str) -> str:
    return hashlib.sha256(f"{article_id}:{char_start}:{char_end}:{kind}".encode()).hexdigest()[:24]
