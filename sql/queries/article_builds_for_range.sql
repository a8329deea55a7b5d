-- When the articles of each date in [:start_date, :end_date] were last rebuilt from the archive.
SELECT published_date, built_at
FROM {schema}.article_builds
WHERE published_date BETWEEN :start_date AND :end_date
