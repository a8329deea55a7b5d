-- How many articles each publication date in [:start_date, :end_date] holds (dates without any are absent).
SELECT published_date, COUNT(*) AS articles
FROM {schema}.articles
WHERE published_date BETWEEN :start_date AND :end_date
GROUP BY published_date
