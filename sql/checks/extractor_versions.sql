-- Figures per extractor version. More than one version means some partitions were extracted by an
-- older extractor (a `make rebuild` that stopped half-way, or dates not re-extracted since).
SELECT extractor_version, COUNT(*) AS figures, MIN(published_date) AS first_date, MAX(published_date) AS last_date
FROM {schema}.trade_figures
GROUP BY extractor_version
ORDER BY extractor_version
