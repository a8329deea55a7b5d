"""Archived feed items (and fetched pages) to one row per article.

The same story reaches us through several feeds and runs; it counts once. Items are keyed
by canonical URL in SQL (sql/queries/archived_items_for_range.sql); here the same text
syndicated under two URLs is folded by its content hash, the earliest sighting wins.
"""

from __future__ import annotations

import pandas as pd

from ingest.text import content_hash, stable_id

ARTICLE_COLUMNS = [
    "article_id", "url", "feed", "title", "published_at", "published_date",
    "body", "body_source", "content_hash", "first_seen_at",
]


def build_articles(items: pd.DataFrame) -> pd.DataFrame:
    """items: one row per archived item (newest version) with story_key, the item's fields,
    item_first_seen_at, effective_published_at and page_text (the newest OK page, or null)."""
    if items.empty:
        return pd.DataFrame(columns=ARTICLE_COLUMNS)
    items = items.copy()
    page_text = items["page_text"].fillna("")
    feed_text = items["content"].where(items["content"].fillna("") != "", items["summary"]).fillna("")
    # A page is only fetched when the feed's text was not enough, so a good page wins.
    items["body"] = [_without_headline(body, title) for body, title in
                     zip(page_text.where(page_text != "", feed_text), items["title"].fillna(""))]
    items["body_source"] = (page_text != "").map({True: "page", False: "feed"})
    items = items[items["body"].str.strip() != ""]

    # One story (canonical URL) may sit in several feeds: keep the first sighting's row, with
    # the story's earliest publication time and first sighting.
    items = items.sort_values(["item_first_seen_at", "feed", "item_id"], kind="stable")
    per_story = items.groupby("story_key", sort=False)
    stories = per_story.head(1).set_index("story_key")
    stories["published_at"] = per_story["effective_published_at"].min()
    stories["first_seen_at"] = per_story["item_first_seen_at"].min()
    stories = stories.reset_index()

    stories["content_hash"] = stories["body"].map(content_hash)
    stories = stories.sort_values(["first_seen_at", "story_key"], kind="stable").drop_duplicates("content_hash")

    stories["published_at"] = pd.to_datetime(stories["published_at"], utc=True)
    stories["first_seen_at"] = pd.to_datetime(stories["first_seen_at"], utc=True)
    return pd.DataFrame({
        "article_id": stories["story_key"].map(stable_id),
        "url": stories["url"],
        "feed": stories["feed"],
        "title": stories["title"],
        "published_at": stories["published_at"],
        "published_date": stories["published_at"].dt.date,
        "body": stories["body"],
        "body_source": stories["body_source"],
        "content_hash": stories["content_hash"],
        "first_seen_at": stories["first_seen_at"],
    }).sort_values(["published_at", "article_id"]).reset_index(drop=True)


def _without_headline(body: str, title: str) -> str:
    """Pages repeat the headline as their first paragraph; the title column already holds it."""
    first, _, rest = body.partition("\n\n")
    return rest if rest and title and first.strip().casefold() == title.strip().casefold() else body
