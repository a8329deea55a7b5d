-- Identifiers that appear more than once (the primary keys should make this impossible).
SELECT 'trade_figures' AS table_name, figure_id AS id, COUNT(*) AS n
FROM {schema}.trade_figures GROUP BY figure_id HAVING COUNT(*) > 1
UNION ALL
SELECT 'articles', article_id, COUNT(*)
FROM {schema}.articles GROUP BY article_id HAVING COUNT(*) > 1
