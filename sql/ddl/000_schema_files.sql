-- Which DDL/view files have been applied, by content hash: setup() re-applies a file only when it
-- changed, so a run start takes no locks on tables and views that BI sessions are reading.
CREATE TABLE IF NOT EXISTS {schema}.schema_files (
    name        TEXT PRIMARY KEY,       -- e.g. ddl/003_trade_figures.sql
    sha256      TEXT NOT NULL,
    applied_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
