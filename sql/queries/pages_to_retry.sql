-- Item URLs whose page fetch failed before and may succeed now (a 404 before publication, a
-- timeout): no successful fetch yet, fewer than :max_attempts attempts, never refused by robots.txt.
SELECT items.url, items.feed, items.has_full_text
FROM {schema}.archived_items_latest AS items
JOIN (
    SELECT url,
           COUNT(*) AS attempts,
           MAX(CASE WHEN status IN ('ok', 'robots_disallowed') THEN 1 ELSE 0 END) AS settled
    FROM {schema}.archived_pages
    GROUP BY url
) AS pages ON pages.url = items.url
WHERE pages.settled = 0 AND pages.attempts < :max_attempts
