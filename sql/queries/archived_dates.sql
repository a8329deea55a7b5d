-- Publication dates (UTC) that have at least one archived story.
SELECT DISTINCT CAST(MIN(effective_published_at) AS DATE) AS published_date
FROM {schema}.archived_items_latest
GROUP BY story_key
ORDER BY 1
