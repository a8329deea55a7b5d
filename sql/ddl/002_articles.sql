-- One row per article, partitioned by published_date (UTC). Rebuilt per partition from the archive.
CREATE TABLE IF NOT EXISTS {schema}.articles (
    article_id      TEXT PRIMARY KEY,       -- stable: hash of the canonical URL
    url             TEXT NOT NULL,
    feed            TEXT NOT NULL,          -- the feed that carried it first
    title           TEXT NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    published_date  DATE NOT NULL,          -- the partition key
    body            TEXT NOT NULL,          -- plain text, paragraphs separated by a blank line
    body_source     TEXT NOT NULL,          -- feed | page
    content_hash    TEXT NOT NULL,
    first_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
