-- Figures that failed validation, kept with the reason instead of vanishing. Same columns as
-- trade_figures (all nullable: a rejected row may lack anything), plus reason and rejected_at.
-- Replaced together with trade_figures, per partition.
CREATE TABLE IF NOT EXISTS {schema}.rejected_figures (
    figure_id           TEXT,
    article_id          TEXT,
    published_date      DATE NOT NULL,
    kind                TEXT,
    reporter_iso3       TEXT,
    partner_iso3        TEXT,
    commodity           TEXT,
    value               DOUBLE PRECISION,
    unit                TEXT,
    count_noun          TEXT,
    qualifier           TEXT,
    period_start        DATE,
    period_end          DATE,
    reported_change_pct DOUBLE PRECISION,
    sentence            TEXT,
    char_start          INTEGER,
    char_end            INTEGER,
    confidence          DOUBLE PRECISION,
    extractor_version   TEXT,
    reason              TEXT NOT NULL,      -- the failed checks, '; '-separated (column: check, or check name)
    rejected_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
