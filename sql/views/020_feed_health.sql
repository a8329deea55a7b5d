-- For operators: the latest fetch of every feed, and its newest success.
CREATE OR REPLACE VIEW {schema}.feed_health AS
WITH ranked AS (
    SELECT
        f.*,
        ROW_NUMBER() OVER (PARTITION BY feed ORDER BY fetched_at DESC) AS newest_first,
        MAX(CASE WHEN status IN ('ok', 'not_modified') THEN fetched_at END) OVER (PARTITION BY feed) AS last_ok_at,
        COUNT(*) OVER (PARTITION BY feed) AS attempts_total
    FROM {schema}.feed_fetches AS f
)
SELECT feed, url, fetched_at AS last_fetched_at, status AS last_status, http_status AS last_http_status,
       error AS last_error, n_items AS last_n_items, last_ok_at, attempts_total
FROM ranked
WHERE newest_first = 1;
