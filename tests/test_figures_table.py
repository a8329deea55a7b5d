"""extraction.table: the trade_figures frame, the same whether extracted in one process or a pool."""

import json
from datetime import date
from pathlib import Path

import pandas as pd

from extraction import table
from extraction.table import FIGURE_COLUMNS, figures_for_articles

CORPUS = Path(__file__).resolve().parent / "corpus" / "tune"


def corpus_articles() -> pd.DataFrame:
    articles = [json.loads(path.read_text()) for path in sorted(CORPUS.glob("*.json"))]
    return pd.DataFrame({
        "article_id": [a["id"] for a in articles],
        "published_date": [date.fromisoformat(a["published"]) for a in articles],
        "title": [a["title"] for a in articles],
        "body": [a["text"] for a in articles],
    })


def test_frame_has_the_table_columns_and_stable_ids():
    frame = figures_for_articles(corpus_articles())
    assert list(frame.columns) == FIGURE_COLUMNS and len(frame) > 100
    assert frame["figure_id"].is_unique
    assert frame.equals(figures_for_articles(corpus_articles()))


def test_process_pool_gives_the_same_rows_in_the_same_order(monkeypatch):
    monkeypatch.setattr(table, "PARALLEL_MIN_ARTICLES", 10)  # small corpus, real pool
    assert figures_for_articles(corpus_articles(), workers=2).equals(figures_for_articles(corpus_articles()))


def test_no_articles_no_rows():
    assert list(figures_for_articles(corpus_articles().iloc[0:0]).columns) == FIGURE_COLUMNS
