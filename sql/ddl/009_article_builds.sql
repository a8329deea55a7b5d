-- When each date's articles were last rebuilt from the archive (the moment the archive was read),
-- written in the same transaction as the articles. trade_figures copies it into partition_builds:
-- a date is built as of the archive its articles were read from, however the two assets were run
-- (together, one after the other, or figures alone after an extractor change).
CREATE TABLE IF NOT EXISTS {schema}.article_builds (
    published_date      DATE PRIMARY KEY,
    built_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
