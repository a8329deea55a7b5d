-- Archived items whose story was first published in [:start_date, :end_date] (UTC), with the
-- newest successfully fetched page for the item's URL. A story is keyed by canonical URL, so a
-- story seen in two feeds lands in one partition.
WITH stories AS (
    SELECT story_key
    FROM {schema}.archived_items_latest
    GROUP BY story_key
    HAVING CAST(MIN(effective_published_at) AS DATE) BETWEEN :start_date AND :end_date
),
pages AS (
    SELECT url, text, ROW_NUMBER() OVER (PARTITION BY url ORDER BY fetched_at DESC) AS newest_first
    FROM {schema}.archived_pages
    WHERE status = 'ok'
)
SELECT
    items.item_id, items.feed, items.url, items.title, items.summary, items.content,
    items.story_key, items.item_first_seen_at, items.effective_published_at,
    pages.text AS page_text
FROM {schema}.archived_items_latest AS items
JOIN stories ON stories.story_key = items.story_key
LEFT JOIN pages ON pages.url = items.url AND pages.newest_first = 1
