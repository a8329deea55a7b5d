-- Figures are looked up and deleted by article (a story that moved, coverage and orphan checks).
CREATE INDEX IF NOT EXISTS trade_figures_article ON {schema}.trade_figures (article_id);
CREATE INDEX IF NOT EXISTS rejected_figures_article ON {schema}.rejected_figures (article_id);
