-- How many articles yield at least one figure.
SELECT
    COUNT(*) AS articles,
    COUNT(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM {schema}.trade_figures AS f WHERE f.article_id = a.article_id
    )) AS with_figures
FROM {schema}.articles AS a
