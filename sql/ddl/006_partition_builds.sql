-- When each daily partition was last built completely (written in the same transaction as its
-- trade_figures). `make run` rebuilds a date whose archive changed after this, or that has no row:
-- a run that failed half-way, or a page fetched after its article was built, is caught up next time.
CREATE TABLE IF NOT EXISTS {schema}.partition_builds (
    published_date      DATE PRIMARY KEY,
    built_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
