-- Identifiers that appear more than once. The primary keys forbid it in warehouses created by
-- sql/ddl; this catches a table created or loaded some other way, and rejected_figures (no key).
SELECT 'trade_figures' AS table_name, figure_id AS id, COUNT(*) AS n
FROM {schema}.trade_figures GROUP BY figure_id HAVING COUNT(*) > 1
UNION ALL
SELECT 'rejected_figures', figure_id, COUNT(*)
FROM {schema}.rejected_figures GROUP BY figure_id HAVING COUNT(*) > 1
UNION ALL
SELECT 'articles', article_id, COUNT(*)
FROM {schema}.articles GROUP BY article_id HAVING COUNT(*) > 1
