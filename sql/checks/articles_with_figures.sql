-- How many articles yield at least one figure (a join, not a per-article subquery: it stays
-- linear on a year of articles).
SELECT
    (SELECT COUNT(*) FROM {schema}.articles) AS articles,
    (SELECT COUNT(DISTINCT f.article_id)
     FROM {schema}.trade_figures AS f
     JOIN {schema}.articles AS a ON a.article_id = f.article_id) AS with_figures
