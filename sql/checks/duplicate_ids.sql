-- Identifiers that appear more than once. On PostgreSQL the primary keys forbid it; on DuckDB
-- these tables have no keys (sql/ddl/duckdb/008) and validation before each write is what keeps
-- ids unique, so this looks again after every run. rejected_figures has no key on either.
SELECT 'trade_figures' AS table_name, figure_id AS id, COUNT(*) AS n
FROM {schema}.trade_figures GROUP BY figure_id HAVING COUNT(*) > 1
UNION ALL
SELECT 'rejected_figures', figure_id, COUNT(*)
FROM {schema}.rejected_figures WHERE figure_id IS NOT NULL   -- an article the extractor failed on has none
GROUP BY figure_id HAVING COUNT(*) > 1
UNION ALL
SELECT 'articles', article_id, COUNT(*)
FROM {schema}.articles GROUP BY article_id HAVING COUNT(*) > 1
