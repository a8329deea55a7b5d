-- Articles per feed that carried them first.
SELECT feed, COUNT(*) AS articles
FROM {schema}.articles
GROUP BY feed
ORDER BY feed
