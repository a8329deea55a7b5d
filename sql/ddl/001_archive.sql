-- The raw archive: append-only, nothing fetched is ever deleted. Any partition of `articles`
-- can be rebuilt from these tables without fetching again.

CREATE TABLE IF NOT EXISTS {schema}.feed_fetches (
    fetch_id        TEXT PRIMARY KEY,
    feed            TEXT NOT NULL,          -- feed name from the feeds file
    url             TEXT NOT NULL,
    fetched_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status          TEXT NOT NULL,          -- ok | not_modified | http_error | timeout | parse_error | too_large | error
    http_status     INTEGER,
    n_items         INTEGER NOT NULL,
    error           TEXT,
    etag            TEXT,
    last_modified   TEXT,
    attempts        INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS feed_fetches_feed_time ON {schema}.feed_fetches (feed, fetched_at);

CREATE TABLE IF NOT EXISTS {schema}.archived_items (
    item_id         TEXT NOT NULL,          -- stable: feed + guid
    version_hash    TEXT NOT NULL,          -- a new row when the item's text changes
    feed            TEXT NOT NULL,
    guid            TEXT NOT NULL,
    url             TEXT NOT NULL,
    canonical_url   TEXT NOT NULL,
    title           TEXT NOT NULL,
    summary         TEXT NOT NULL,
    content         TEXT NOT NULL,
    has_full_text   BOOLEAN NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE,
    fetched_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    fetch_id        TEXT NOT NULL,
    raw_entry       TEXT NOT NULL,          -- the entry as parsed, JSON
    PRIMARY KEY (item_id, version_hash)
);
CREATE INDEX IF NOT EXISTS archived_items_published ON {schema}.archived_items (published_at);
CREATE INDEX IF NOT EXISTS archived_items_canonical_url ON {schema}.archived_items (canonical_url);

CREATE TABLE IF NOT EXISTS {schema}.archived_pages (
    page_fetch_id   TEXT PRIMARY KEY,
    url             TEXT NOT NULL,
    fetched_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status          TEXT NOT NULL,          -- ok | http_error | timeout | too_large | robots_disallowed | no_text | error
    http_status     INTEGER,
    html            TEXT NOT NULL,
    text            TEXT NOT NULL,
    error           TEXT
);
CREATE INDEX IF NOT EXISTS archived_pages_url ON {schema}.archived_pages (url);

-- Newest version of each item, keyed to its story (canonical URL) and effective publication time.
CREATE OR REPLACE VIEW {schema}.archived_items_latest AS
WITH versions AS (
    SELECT
        i.*,
        ROW_NUMBER() OVER (PARTITION BY i.item_id ORDER BY i.fetched_at DESC, i.version_hash) AS newest_first,
        MIN(i.fetched_at) OVER (PARTITION BY i.item_id) AS item_first_seen_at
    FROM {schema}.archived_items AS i
)
SELECT
    v.item_id, v.version_hash, v.feed, v.guid, v.url, v.canonical_url, v.title, v.summary, v.content,
    v.has_full_text, v.published_at, v.fetched_at, v.fetch_id,
    v.item_first_seen_at,
    COALESCE(NULLIF(v.canonical_url, ''), v.item_id) AS story_key,
    COALESCE(v.published_at, v.item_first_seen_at) AS effective_published_at
FROM versions AS v
WHERE v.newest_first = 1;
