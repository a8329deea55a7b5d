"""The warehouse resource on both backends: idempotent setup, transactional replace, append-only archive."""

from datetime import date

import pandas as pd
import pytest

from ingest.articles import ARTICLE_COLUMNS


def article_rows(day: date, ids: list[str], title: str = "t") -> pd.DataFrame:
    stamp = pd.Timestamp(day.isoformat(), tz="UTC") + pd.Timedelta(hours=8)
    return pd.DataFrame({
        "article_id": ids, "url": [f"https://a.example/{i}" for i in ids], "feed": "f", "title": title,
        "published_at": stamp, "published_date": day, "body": "text", "body_source": "feed",
        "content_hash": ids, "first_seen_at": stamp,
    })[ARTICLE_COLUMNS]


def test_setup_is_idempotent(warehouse):
    warehouse.setup()
    warehouse.setup()
    assert warehouse.read_table("articles").empty


def test_replace_range_replaces_only_that_range(warehouse):
    warehouse.replace_range({"articles": article_rows(date(2023, 5, 1), ["a", "b"])}, "published_date",
                            date(2023, 5, 1), date(2023, 5, 1))
    warehouse.replace_range({"articles": article_rows(date(2023, 5, 2), ["c"])}, "published_date",
                            date(2023, 5, 2), date(2023, 5, 2))
    warehouse.replace_range({"articles": article_rows(date(2023, 5, 1), ["a"], title="new")}, "published_date",
                            date(2023, 5, 1), date(2023, 5, 1))
    rows = warehouse.read_table("articles", order_by="article_id")
    assert list(rows["article_id"]) == ["a", "c"]
    assert list(rows["title"]) == ["new", "t"]


def test_failed_replace_leaves_previous_rows_intact(warehouse):
    day = date(2023, 5, 1)
    warehouse.replace_range({"articles": article_rows(day, ["a", "b"])}, "published_date", day, day)
    # The second table's insert fails after the first was replaced: both roll back together.
    broken = pd.DataFrame({"published_date": [day], "no_such_column": [1]})
    with pytest.raises(Exception, match="no_such_column"):
        warehouse.replace_range({"articles": article_rows(day, ["x"]), "partition_builds": broken},
                                "published_date", day, day)
    assert sorted(warehouse.read_table("articles")["article_id"]) == ["a", "b"]


def test_rows_outside_the_range_are_refused(warehouse):
    with pytest.raises(ValueError, match="outside"):
        warehouse.replace_range({"articles": article_rows(date(2023, 5, 3), ["a"])}, "published_date",
                                date(2023, 5, 1), date(2023, 5, 2))


def test_append_new_skips_existing_keys(warehouse):
    fetches = pd.DataFrame({
        "fetch_id": ["1", "2"], "feed": "f", "url": "u", "fetched_at": pd.Timestamp("2024-01-01", tz="UTC"),
        "status": ["ok", "timeout"], "http_status": pd.array([200, None], dtype="Int64"), "n_items": [3, 0],
        "error": [None, "slow"], "etag": None, "last_modified": None, "attempts": [1, 3],
    })
    assert warehouse.append_new("feed_fetches", fetches) == 2
    assert warehouse.append_new("feed_fetches", fetches) == 0
    stored = warehouse.read_table("feed_fetches", order_by="fetch_id")
    assert list(stored["status"]) == ["ok", "timeout"]
    assert stored["http_status"].isna().tolist() == [False, True]
