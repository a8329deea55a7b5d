-- Articles published in [:start_date, :end_date], the input of figure extraction.
SELECT article_id, published_date, title, body
FROM {schema}.articles
WHERE published_date BETWEEN :start_date AND :end_date
ORDER BY published_date, article_id
