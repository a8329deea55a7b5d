-- Figures that do not sit with their article: the article is gone, or it lives in another
-- partition (a story whose date moved and whose figures were not rebuilt).
SELECT f.figure_id, f.article_id, f.published_date, a.published_date AS article_published_date
FROM {schema}.trade_figures AS f
LEFT JOIN {schema}.articles AS a ON a.article_id = f.article_id
WHERE a.article_id IS NULL OR a.published_date <> f.published_date
