-- Articles the extractor raised on: kept in rejected_figures with the error as the reason (one row
-- each, no figure). Their figures are missing until the extractor is fixed and re-run.
SELECT article_id, published_date, reason
FROM {schema}.rejected_figures
WHERE reason LIKE 'extractor_error:%'
ORDER BY published_date, article_id
