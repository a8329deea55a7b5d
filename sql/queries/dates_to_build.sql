-- Publication dates whose partition must be (re)built: the archive gained an item version or a
-- page for one of its stories after the partition was last built, or it was never built.
WITH stories AS (
    SELECT story_key, CAST(MIN(effective_published_at) AS DATE) AS published_date
    FROM {schema}.archived_items_latest
    GROUP BY story_key
),
pages AS (
    SELECT url, MAX(fetched_at) AS fetched_at
    FROM {schema}.archived_pages
    WHERE status = 'ok'
    GROUP BY url
),
activity AS (
    SELECT
        stories.published_date,
        MAX(GREATEST(items.fetched_at, COALESCE(pages.fetched_at, items.fetched_at))) AS changed_at
    FROM {schema}.archived_items_latest AS items
    JOIN stories ON stories.story_key = items.story_key
    LEFT JOIN pages ON pages.url = items.url
    GROUP BY stories.published_date
)
SELECT activity.published_date
FROM activity
LEFT JOIN {schema}.partition_builds AS builds ON builds.published_date = activity.published_date
WHERE builds.built_at IS NULL OR activity.changed_at > builds.built_at
ORDER BY activity.published_date
