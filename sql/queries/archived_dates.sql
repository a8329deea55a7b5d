-- Publication dates (UTC) that have at least one archived story, and whether any item of that
-- date gained a new version at or after :since (this run's fetch): the partitions worth building.
SELECT
    published_date,
    MAX(CASE WHEN newest_version_at >= :since THEN 1 ELSE 0 END) = 1 AS has_new_items
FROM (
    SELECT
        CAST(MIN(effective_published_at) AS DATE) AS published_date,
        MAX(fetched_at) AS newest_version_at
    FROM {schema}.archived_items_latest
    GROUP BY story_key
) AS stories
GROUP BY published_date
ORDER BY published_date
