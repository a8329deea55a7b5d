-- The newest successful fetch (ok or not_modified) of every feed that was ever attempted.
SELECT feed, MAX(CASE WHEN status IN ('ok', 'not_modified') THEN fetched_at END) AS last_ok_at
FROM {schema}.feed_fetches
GROUP BY feed
