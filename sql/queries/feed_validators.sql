-- The newest ETag / Last-Modified per feed URL, for conditional GETs.
SELECT url, etag, last_modified
FROM (
    SELECT url, etag, last_modified,
           ROW_NUMBER() OVER (PARTITION BY url ORDER BY fetched_at DESC) AS newest_first
    FROM {schema}.feed_fetches
    WHERE status IN ('ok', 'not_modified') AND (etag IS NOT NULL OR last_modified IS NOT NULL)
) AS latest
WHERE newest_first = 1
