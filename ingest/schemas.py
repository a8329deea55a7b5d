"""Pandera models of the tables ingest writes: feed_fetches, archived_items, archived_pages, articles."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from quality.validate import TableModel

FETCH_STATUSES = ["ok", "not_modified", "http_error", "timeout", "parse_error", "too_large", "error"]


class FeedFetches(TableModel):
    fetch_id: Series[str] = pa.Field(unique=True)
    feed: Series[str]
    url: Series[str]
    fetched_at: Series[pd.DatetimeTZDtype] = pa.Field(dtype_kwargs={"unit": "ns", "tz": "UTC"})
    status: Series[str] = pa.Field(isin=FETCH_STATUSES)
    http_status: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=100, le=599)
    n_items: Series[int] = pa.Field(ge=0)
    error: Series[str] = pa.Field(nullable=True)
    etag: Series[str] = pa.Field(nullable=True)
    last_modified: Series[str] = pa.Field(nullable=True)
    attempts: Series[int] = pa.Field(ge=1)


class ArchivedItems(TableModel):
    item_id: Series[str]
    version_hash: Series[str]
    feed: Series[str]
    guid: Series[str]
    url: Series[str]
    canonical_url: Series[str]
    title: Series[str]
    summary: Series[str]
    content: Series[str]
    has_full_text: Series[bool]
    published_at: Series[pd.DatetimeTZDtype] = pa.Field(nullable=True, dtype_kwargs={"unit": "ns", "tz": "UTC"})
    fetched_at: Series[pd.DatetimeTZDtype] = pa.Field(dtype_kwargs={"unit": "ns", "tz": "UTC"})
    fetch_id: Series[str]
    raw_entry: Series[str] = pa.Field(str_length={"min_value": 2})

    @pa.dataframe_check(name="unique_item_version")
    def unique_version(cls, frame: pd.DataFrame) -> Series[bool]:
        return ~frame.duplicated(["item_id", "version_hash"], keep="first")


PAGE_STATUSES = ["ok", "http_error", "timeout", "too_large", "robots_disallowed", "no_text", "error"]


class ArchivedPages(TableModel):
    page_fetch_id: Series[str] = pa.Field(unique=True)
    url: Series[str]
    fetched_at: Series[pd.DatetimeTZDtype] = pa.Field(dtype_kwargs={"unit": "ns", "tz": "UTC"})
    status: Series[str] = pa.Field(isin=PAGE_STATUSES)
    http_status: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=100, le=599)
    html: Series[str]
    text: Series[str]
    error: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(name="ok_pages_have_text")
    def ok_has_text(cls, frame: pd.DataFrame) -> Series[bool]:
        return (frame["status"] != "ok") | (frame["text"].str.len() > 0)


class Articles(TableModel):
    article_id: Series[str]
    url: Series[str]
    feed: Series[str]
    title: Series[str]
    published_at: Series[pd.DatetimeTZDtype] = pa.Field(dtype_kwargs={"unit": "ns", "tz": "UTC"})
    published_date: Series[pa.Date]
    body: Series[str] = pa.Field(str_length={"min_value": 1})
    body_source: Series[str] = pa.Field(isin=["feed", "page"])
    content_hash: Series[str]
    first_seen_at: Series[pd.DatetimeTZDtype] = pa.Field(dtype_kwargs={"unit": "ns", "tz": "UTC"})

    @pa.dataframe_check(name="unique_article_id")
    def unique_article_id(cls, frame: pd.DataFrame) -> Series[bool]:
        return ~frame["article_id"].duplicated(keep="first")

    @pa.dataframe_check(name="published_date_is_utc_date_of_published_at")
    def date_matches(cls, frame: pd.DataFrame) -> Series[bool]:
        return pd.to_datetime(frame["published_at"], utc=True).dt.date == pd.to_datetime(frame["published_date"]).dt.date
