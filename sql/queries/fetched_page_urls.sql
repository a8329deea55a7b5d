-- Item URLs that already have a successfully fetched page: never fetched twice.
SELECT DISTINCT url FROM {schema}.archived_pages WHERE status = 'ok'
