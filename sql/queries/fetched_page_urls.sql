-- Item URLs whose page was fetched before, whatever came of it: new items only get a first attempt
-- here; failed attempts are retried (a bounded number of times) by pages_to_retry.sql.
SELECT DISTINCT url FROM {schema}.archived_pages
