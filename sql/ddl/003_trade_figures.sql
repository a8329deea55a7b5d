-- One row per figure an article states (trade turnover, targets, exports, imports, deals, aid,
-- investment), with the sentence it came from. Partitioned by the article's published_date.
CREATE TABLE IF NOT EXISTS {schema}.trade_figures (
    figure_id           TEXT PRIMARY KEY,   -- deterministic: article + span + kind
    article_id          TEXT NOT NULL,      -- articles.article_id
    published_date      DATE NOT NULL,      -- the partition key (the article's)
    kind                TEXT NOT NULL,      -- trade_turnover | trade_target | export | import | deal_value | aid | investment
    reporter_iso3       TEXT NOT NULL,      -- ISO 3166-1 alpha-3; Kazakhstan when it is a party
    partner_iso3        TEXT NOT NULL,      -- ISO 3166-1 alpha-3, 'WLD' for world totals
    commodity           TEXT,               -- flour, wheat, oil ... when named
    value               DOUBLE PRECISION NOT NULL,  -- normalised: units of currency, tonnes, or a count
    unit                TEXT NOT NULL,      -- USD, another ISO 4217 code, t, or count
    count_noun          TEXT,               -- truck, wagon ... when unit = count
    qualifier           TEXT NOT NULL,      -- exact | approx | at_least | at_most
    period_start        DATE,               -- null when the text gives no period
    period_end          DATE,
    reported_change_pct DOUBLE PRECISION,   -- growth stated with the figure, in percent
    sentence            TEXT NOT NULL,      -- the source sentence
    char_start          INTEGER NOT NULL,   -- articles.body[char_start:char_end] is the quoted figure
    char_end            INTEGER NOT NULL,
    confidence          DOUBLE PRECISION NOT NULL,
    extractor_version   TEXT NOT NULL
);
