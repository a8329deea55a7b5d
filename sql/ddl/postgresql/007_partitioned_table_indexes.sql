-- PostgreSQL only: the indexes of the tables rewritten range by range (articles, trade_figures,
-- rejected_figures). DuckDB keeps none on them (see ddl/duckdb/008).
-- Partitions are replaced by date; figures are also looked up and deleted by article (a story
-- that moved, coverage and orphan checks); BI filters by country pair and kind.
CREATE INDEX IF NOT EXISTS articles_published_date ON {schema}.articles (published_date);
CREATE INDEX IF NOT EXISTS trade_figures_published_date ON {schema}.trade_figures (published_date);
CREATE INDEX IF NOT EXISTS trade_figures_pair ON {schema}.trade_figures (reporter_iso3, partner_iso3, kind);
CREATE INDEX IF NOT EXISTS rejected_figures_published_date ON {schema}.rejected_figures (published_date);
CREATE INDEX IF NOT EXISTS trade_figures_article ON {schema}.trade_figures (article_id);
CREATE INDEX IF NOT EXISTS rejected_figures_article ON {schema}.rejected_figures (article_id);
