"""Building articles from archived items: body choice and deduplication."""

import pandas as pd

from ingest.articles import ARTICLE_COLUMNS, build_articles


def item(item_id, feed, url, *, content="", summary="teaser", page=None, published="2023-05-02 08:00",
         first_seen="2023-05-02 09:00"):
    return {
        "item_id": item_id, "feed": feed, "url": url, "title": f"title {item_id}", "summary": summary,
        "content": content, "story_key": url or item_id, "page_text": page,
        "item_first_seen_at": pd.Timestamp(first_seen, tz="UTC"),
        "effective_published_at": pd.Timestamp(published, tz="UTC"),
    }


def test_body_prefers_page_then_feed_content_then_summary():
    frame = build_articles(pd.DataFrame([
        item("1", "a", "https://x.example/1", content="full one", page="Title 1\n\npage one"),
        item("2", "a", "https://x.example/2", content="full two"),
        item("3", "a", "https://x.example/3", summary="only a teaser"),
    ]))
    assert list(frame.columns) == ARTICLE_COLUMNS
    assert dict(zip(frame["url"], zip(frame["body"], frame["body_source"]))) == {
        "https://x.example/1": ("page one", "page"),
        "https://x.example/2": ("full two", "feed"),
        "https://x.example/3": ("only a teaser", "feed"),
    }


def test_same_story_in_two_feeds_counts_once_with_its_first_sighting():
    frame = build_articles(pd.DataFrame([
        item("1", "late-feed", "https://x.example/s", content="same story", first_seen="2023-05-03 10:00"),
        item("2", "early-feed", "https://x.example/s", content="same story", first_seen="2023-05-02 10:00",
             published="2023-05-02 07:00"),
    ]))
    assert len(frame) == 1
    assert frame.loc[0, "feed"] == "early-feed"
    assert frame.loc[0, "published_at"] == pd.Timestamp("2023-05-02 07:00", tz="UTC")


def test_syndicated_text_under_two_urls_counts_once():
    frame = build_articles(pd.DataFrame([
        item("1", "a", "https://x.example/s", content="Trade  rose to $1 billion."),
        item("2", "b", "https://y.example/t", content="trade rose to $1 billion", first_seen="2023-05-02 11:00"),
    ]))
    assert list(frame["url"]) == ["https://x.example/s"]


def test_article_id_is_stable_and_items_without_text_are_dropped():
    rows = [item("1", "a", "https://x.example/1", content="body"), item("2", "a", "https://x.example/2", summary="")]
    first, second = build_articles(pd.DataFrame(rows)), build_articles(pd.DataFrame(rows[::-1]))
    assert list(first["article_id"]) == list(second["article_id"]) and len(first) == 1


def test_empty_input():
    assert list(build_articles(pd.DataFrame()).columns) == ARTICLE_COLUMNS
