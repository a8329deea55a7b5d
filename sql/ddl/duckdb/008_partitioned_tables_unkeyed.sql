-- DuckDB only: the tables rewritten partition range by partition range keep no primary key and no
-- index. DuckDB maintains an index row by row on every delete and insert (replacing a year of
-- figures took 6-8 s with them, under 1 s without) and prunes row groups by their min/max
-- statistics without one. Uniqueness and completeness are checked before every write (Pandera)
-- and after it (the no_duplicate_ids asset check); so are NOT NULL columns, which the copy drops.
-- PostgreSQL keeps the keys of 002-004 and the indexes of ddl/postgresql/007.
-- Each table is rebuilt in place (copy, drop, rename) in one transaction: every row is kept, and
-- re-running it is safe.
DROP TABLE IF EXISTS {schema}.articles_unkeyed;
CREATE TABLE {schema}.articles_unkeyed AS SELECT * FROM {schema}.articles;
DROP TABLE {schema}.articles;
ALTER TABLE {schema}.articles_unkeyed RENAME TO articles;
DROP TABLE IF EXISTS {schema}.trade_figures_unkeyed;
CREATE TABLE {schema}.trade_figures_unkeyed AS SELECT * FROM {schema}.trade_figures;
DROP TABLE {schema}.trade_figures;
ALTER TABLE {schema}.trade_figures_unkeyed RENAME TO trade_figures;
DROP TABLE IF EXISTS {schema}.rejected_figures_unkeyed;
CREATE TABLE {schema}.rejected_figures_unkeyed AS SELECT * FROM {schema}.rejected_figures;
DROP TABLE {schema}.rejected_figures;
ALTER TABLE {schema}.rejected_figures_unkeyed RENAME TO rejected_figures;
