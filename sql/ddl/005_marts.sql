-- Metric marts: unpartitioned tables recomputed in the warehouse from every partition of
-- trade_figures after each run (assets/marts.py runs sql/marts/<table>.sql through
-- Warehouse.rebuild_from_sql). The consolidation rules are written at the top of each
-- sql/marts file. Text keys never hold NULL: a commodity or count noun the article did not
-- name is stored as '' (empty text), so it can be part of a primary key on both backends.
-- Lists of article ids are TEXT, comma-separated and sorted.
-- Rounding goes through NUMERIC: on doubles DuckDB rounds halves up and PostgreSQL to even.
-- (This file is split on semicolons at line ends and run through the driver: no percent
-- signs, no semicolons at line ends in comments. Only idempotent statements, see
-- tests/test_schema_evolution.py.)

-- trade_figures as every mart reads it. Normalisation, done once here:
--  * pair orientation: for the symmetric kinds (trade_turnover, trade_target, deal_value,
--    investment) the first party (reporter_iso3) is the one ranked first in
--    KAZ, UZB, KGZ, TJK, TKM, then any other country (alphabetical), with the world total
--    WLD always the partner. So Kazakhstan is always first when it is a party (what the
--    extractor already does), and Tajikistan-China is one series whether an article named
--    China or Tajikistan first. Directional kinds (export, import, aid) keep the extractor's
--    direction: reporter exports to / imports from / gives to partner.
--  * commodity and count_noun: '' when not named.
--  * period_year: the calendar year when period_start and period_end fall in the same year.
--  * is_full_year: the period is exactly 1 January to 31 December of one year.
--  * qualifier_rank: 1 exact, 2 approx, 3 at_least / at_most (a bound says least).
--  * significant_digits: digits of the value as reported, trailing zeros not counted
--    (987.9e6 gives 4, 1.4e9 gives 2, 1e9 gives 1), to a thousandth of a unit.
--  * lower_bound / upper_bound: the values the report claims: exact and approx figures
--    claim their value, at_least claims the value or more (no upper bound), at_most the
--    value or less (no lower bound). Used to judge conflicts (see sql/marts/trade_annual.sql).
CREATE OR REPLACE VIEW {schema}.mart_figures AS
WITH ranked_parties AS (
    SELECT
        f.*,
        CASE f.reporter_iso3 WHEN 'KAZ' THEN 1 WHEN 'UZB' THEN 2 WHEN 'KGZ' THEN 3 WHEN 'TJK' THEN 4
             WHEN 'TKM' THEN 5 WHEN 'WLD' THEN 99 ELSE 9 END AS reporter_rank,
        CASE f.partner_iso3 WHEN 'KAZ' THEN 1 WHEN 'UZB' THEN 2 WHEN 'KGZ' THEN 3 WHEN 'TJK' THEN 4
             WHEN 'TKM' THEN 5 WHEN 'WLD' THEN 99 ELSE 9 END AS partner_rank
    FROM {schema}.trade_figures AS f
),
oriented AS (
    SELECT
        r.*,
        CASE WHEN r.kind IN ('trade_turnover', 'trade_target', 'deal_value', 'investment')
                  AND (r.partner_rank < r.reporter_rank
                       OR (r.partner_rank = r.reporter_rank AND r.partner_iso3 < r.reporter_iso3))
             THEN TRUE ELSE FALSE END AS swap_parties,
        CAST(EXTRACT(YEAR FROM r.period_start) AS INTEGER) AS start_year
    FROM ranked_parties AS r
)
SELECT
    o.figure_id,
    o.article_id,
    o.published_date,
    o.kind,
    CASE WHEN o.swap_parties THEN o.partner_iso3 ELSE o.reporter_iso3 END AS reporter_iso3,
    CASE WHEN o.swap_parties THEN o.reporter_iso3 ELSE o.partner_iso3 END AS partner_iso3,
    COALESCE(o.commodity, '') AS commodity,
    o.value,
    o.unit,
    COALESCE(o.count_noun, '') AS count_noun,
    o.qualifier,
    o.period_start,
    o.period_end,
    o.reported_change_pct,
    o.confidence,
    CASE WHEN o.start_year = CAST(EXTRACT(YEAR FROM o.period_end) AS INTEGER) THEN o.start_year END AS period_year,
    CASE WHEN o.period_start = MAKE_DATE(o.start_year, 1, 1) AND o.period_end = MAKE_DATE(o.start_year, 12, 31)
         THEN TRUE ELSE FALSE END AS is_full_year,
    CASE o.qualifier WHEN 'exact' THEN 1 WHEN 'approx' THEN 2 ELSE 3 END AS qualifier_rank,
    GREATEST(1, LENGTH(RTRIM(CAST(CAST(ROUND(CAST(o.value * 1000 AS NUMERIC(38, 3))) AS BIGINT) AS TEXT), '0'))) AS significant_digits,
    CASE WHEN o.qualifier = 'at_most' THEN NULL ELSE o.value END AS lower_bound,
    CASE WHEN o.qualifier = 'at_least' THEN NULL ELSE o.value END AS upper_bound
FROM oriented AS o;


-- trade_annual: one consolidated full-year trade turnover (USD) per country pair and year, with
-- its evidence. Rules: sql/marts/trade_annual.sql
CREATE TABLE IF NOT EXISTS {schema}.trade_annual (
    reporter_iso3       TEXT NOT NULL,                  -- First party (ISO 3166-1 alpha-3): Kazakhstan whenever it is a party
    partner_iso3        TEXT NOT NULL,                  -- Second party (ISO 3166-1 alpha-3), WLD for world totals
    year                INTEGER NOT NULL,               -- Calendar year the turnover covers (full-year figures only)
    turnover_usd        DOUBLE PRECISION NOT NULL,      -- The consolidated turnover in USD: the preferred report (exact over approximate, more significant digits, then the most recent)
    n_reports           INTEGER NOT NULL,               -- Number of figures reporting this pair and year
    n_articles          INTEGER NOT NULL,               -- Number of distinct articles reporting it
    min_usd             DOUBLE PRECISION NOT NULL,      -- Lowest reported value, whatever its qualifier
    max_usd             DOUBLE PRECISION NOT NULL,      -- Highest reported value, whatever its qualifier
    conflict            BOOLEAN NOT NULL,               -- True when two reports cannot both hold within 5 percent once qualifiers are taken into account
    source_article_ids  TEXT NOT NULL,                  -- articles.article_id of every report, comma-separated, sorted
    last_reported_date  DATE NOT NULL,                  -- Publication date of the most recent report
    turnover_qualifier  TEXT NOT NULL,                  -- Qualifier of the preferred report: exact, approx, at_least or at_most
    turnover_figure_id  TEXT NOT NULL,                  -- trade_figures.figure_id of the preferred report (its sentence is the evidence)
    reported_change_pct DOUBLE PRECISION,               -- Median growth over the previous year stated with this year's figures, in percent (NULL if none stated)
    PRIMARY KEY (reporter_iso3, partner_iso3, year)
);


-- trade_growth_yoy: year-on-year growth of trade_annual's turnover per pair and year, computed
-- and as reported. Rules: sql/marts/trade_growth_yoy.sql
CREATE TABLE IF NOT EXISTS {schema}.trade_growth_yoy (
    reporter_iso3           TEXT NOT NULL,              -- First party, as in trade_annual
    partner_iso3            TEXT NOT NULL,              -- Second party, as in trade_annual
    year                    INTEGER NOT NULL,           -- Calendar year
    turnover_usd            DOUBLE PRECISION NOT NULL,  -- Consolidated turnover of the year (trade_annual.turnover_usd)
    prev_year_turnover_usd  DOUBLE PRECISION,           -- Consolidated turnover of the previous year, NULL when not known
    yoy_pct_computed        DOUBLE PRECISION,           -- Growth in percent computed from the two consolidated years: 100 * (turnover / previous - 1)
    yoy_pct_reported        DOUBLE PRECISION,           -- Median growth in percent stated by the articles with this year's turnover figures
    prev_year_implied_usd   DOUBLE PRECISION,           -- Previous year implied by the reported growth: turnover / (1 + reported / 100)
    yoy_pct                 DOUBLE PRECISION,           -- The growth to use: computed when both years are known, else reported, else NULL
    method                  TEXT,                       -- Where yoy_pct comes from: computed or reported (NULL when neither is available)
    PRIMARY KEY (reporter_iso3, partner_iso3, year)
);


-- trade_targets: one row per distinct trade target (pair, amount, target year) with its
-- announcements and progress against the latest known turnover. Rules: sql/marts/trade_targets.sql
CREATE TABLE IF NOT EXISTS {schema}.trade_targets (
    reporter_iso3           TEXT NOT NULL,              -- First party, as in trade_annual
    partner_iso3            TEXT NOT NULL,              -- Second party, as in trade_annual
    target_usd              DOUBLE PRECISION NOT NULL,  -- Target annual turnover in USD
    target_year             INTEGER,                    -- Year by which the target should be reached, NULL when none was given
    first_announced         DATE NOT NULL,              -- Publication date of the first article stating this target
    last_announced          DATE NOT NULL,              -- Publication date of the most recent article stating it
    latest_turnover_usd     DOUBLE PRECISION,           -- Consolidated turnover of the latest year known for the pair (trade_annual), NULL when none
    latest_turnover_year    INTEGER,                    -- The year of latest_turnover_usd
    progress_pct            DOUBLE PRECISION,           -- 100 * latest_turnover_usd / target_usd
    n_reports               INTEGER NOT NULL,           -- Number of figures stating this target
    n_articles              INTEGER NOT NULL,           -- Number of distinct articles stating it
    source_article_ids      TEXT NOT NULL,              -- articles.article_id of every report, comma-separated, sorted
    target_id               TEXT NOT NULL,              -- Key: reporter-partner-amount in whole USD-target year, or open when no year (e.g. KAZ-TJK-2000000000-open)
    PRIMARY KEY (target_id)
);


-- trade_partial: partial-year (within one calendar year, not the full year) turnover, export and
-- import figures, consolidated per exact period and compared only with the same period of the
-- previous year. Rules: sql/marts/trade_partial.sql
CREATE TABLE IF NOT EXISTS {schema}.trade_partial (
    kind                    TEXT NOT NULL,              -- trade_turnover, export or import
    reporter_iso3           TEXT NOT NULL,              -- First party (turnover) or the exporting / importing country
    partner_iso3            TEXT NOT NULL,              -- Second party, or the destination (export) / origin (import)
    commodity               TEXT NOT NULL,              -- Commodity named by the article, empty when none was named
    unit                    TEXT NOT NULL,              -- USD, another ISO 4217 currency, t (tonnes) or count
    count_noun              TEXT NOT NULL,              -- What is counted when unit is count (truck, wagon ...), else empty
    year                    INTEGER NOT NULL,           -- Calendar year of the period
    period_start            DATE NOT NULL,              -- First day of the period
    period_end              DATE NOT NULL,              -- Last day of the period
    period_label            TEXT NOT NULL,              -- Readable period, e.g. Jan-Jun 2023 (with an en dash), Aug 2021, Jan-Oct 15 2024
    value                   DOUBLE PRECISION NOT NULL,  -- Consolidated value in unit: the preferred report (exact over approximate, more significant digits, then the most recent)
    value_qualifier         TEXT NOT NULL,              -- Qualifier of the preferred report
    n_reports               INTEGER NOT NULL,           -- Number of figures reporting this period
    n_articles              INTEGER NOT NULL,           -- Number of distinct articles reporting it
    min_value               DOUBLE PRECISION NOT NULL,  -- Lowest reported value
    max_value               DOUBLE PRECISION NOT NULL,  -- Highest reported value
    conflict                BOOLEAN NOT NULL,           -- True when two reports cannot both hold within 5 percent once qualifiers are taken into account
    reported_change_pct     DOUBLE PRECISION,           -- Median growth stated with these figures, in percent (against the same period a year earlier)
    prev_year_value         DOUBLE PRECISION,           -- Consolidated value of the same period one year earlier (same month and day bounds, month ends matched), NULL when not known
    yoy_pct_computed        DOUBLE PRECISION,           -- 100 * (value / prev_year_value - 1)
    prev_year_implied_value DOUBLE PRECISION,           -- Same period a year earlier implied by the reported growth: value / (1 + reported / 100)
    yoy_pct                 DOUBLE PRECISION,           -- Computed when the previous period is known, else reported, else NULL
    method                  TEXT,                       -- computed or reported (NULL when neither is available)
    source_article_ids      TEXT NOT NULL,              -- articles.article_id of every report, comma-separated, sorted
    last_reported_date      DATE NOT NULL,              -- Publication date of the most recent report
    value_figure_id         TEXT NOT NULL,              -- trade_figures.figure_id of the preferred report
    PRIMARY KEY (kind, reporter_iso3, partner_iso3, commodity, unit, count_noun, period_start, period_end)
);


-- exports_by_commodity: full-year exports and imports consolidated per direction, pair,
-- commodity, year and unit. Rules: sql/marts/exports_by_commodity.sql
CREATE TABLE IF NOT EXISTS {schema}.exports_by_commodity (
    flow                TEXT NOT NULL,                  -- export (reporter sells to partner) or import (reporter buys from partner)
    reporter_iso3       TEXT NOT NULL,                  -- Exporting (flow export) or importing (flow import) country
    partner_iso3        TEXT NOT NULL,                  -- Destination (export) or origin (import), WLD for all partners
    commodity           TEXT NOT NULL,                  -- Commodity named by the article, empty when none was named (usually total trade)
    year                INTEGER NOT NULL,               -- Calendar year (full-year figures only)
    unit                TEXT NOT NULL,                  -- USD, another ISO 4217 currency, t (tonnes) or count: units are never mixed or converted
    count_noun          TEXT NOT NULL,                  -- What is counted when unit is count, else empty
    value               DOUBLE PRECISION NOT NULL,      -- Consolidated value in unit: the preferred report (exact over approximate, more significant digits, then the most recent)
    value_qualifier     TEXT NOT NULL,                  -- Qualifier of the preferred report
    n_reports           INTEGER NOT NULL,               -- Number of figures reporting it
    n_articles          INTEGER NOT NULL,               -- Number of distinct articles reporting it
    min_value           DOUBLE PRECISION NOT NULL,      -- Lowest reported value
    max_value           DOUBLE PRECISION NOT NULL,      -- Highest reported value
    conflict            BOOLEAN NOT NULL,               -- True when two reports cannot both hold within 5 percent once qualifiers are taken into account
    reported_change_pct DOUBLE PRECISION,               -- Median growth over the previous year stated with these figures, in percent
    source_article_ids  TEXT NOT NULL,                  -- articles.article_id of every report, comma-separated, sorted
    last_reported_date  DATE NOT NULL,                  -- Publication date of the most recent report
    value_figure_id     TEXT NOT NULL,                  -- trade_figures.figure_id of the preferred report
    PRIMARY KEY (flow, reporter_iso3, partner_iso3, commodity, year, unit, count_noun)
);


-- aid_deliveries: aid shipments deduplicated across articles (same donor, recipient, unit and
-- count noun, value and month count once). Rules: sql/marts/aid_deliveries.sql
CREATE TABLE IF NOT EXISTS {schema}.aid_deliveries (
    donor_iso3          TEXT NOT NULL,                  -- Country sending the aid (trade_figures.reporter_iso3)
    recipient_iso3      TEXT NOT NULL,                  -- Country receiving it (trade_figures.partner_iso3)
    delivery_month      DATE NOT NULL,                  -- First day of the month of the shipment (its period, or the publication date when the article gives none)
    year                INTEGER NOT NULL,               -- Calendar year of delivery_month
    unit                TEXT NOT NULL,                  -- t (tonnes), count, USD or another ISO 4217 currency: one shipment can appear once per unit
    count_noun          TEXT NOT NULL,                  -- What is counted when unit is count (truck, wagon ...), else empty
    value               DOUBLE PRECISION NOT NULL,      -- Amount shipped, in unit
    qualifier           TEXT NOT NULL,                  -- Qualifier of the preferred report (exact over approximate, then the most recent)
    commodity           TEXT NOT NULL,                  -- Commodity named by the preferred report, empty when none
    n_reports           INTEGER NOT NULL,               -- Number of figures reporting this shipment
    n_articles          INTEGER NOT NULL,               -- Number of distinct articles reporting it
    source_article_ids  TEXT NOT NULL,                  -- articles.article_id of every report, comma-separated, sorted
    first_reported_date DATE NOT NULL,                  -- Publication date of the first report
    last_reported_date  DATE NOT NULL,                  -- Publication date of the most recent report
    figure_id           TEXT NOT NULL,                  -- trade_figures.figure_id of the preferred report
    PRIMARY KEY (donor_iso3, recipient_iso3, delivery_month, unit, count_noun, value)
);


-- aid_totals: aid received per recipient, calendar year and unit: the sum of aid_deliveries.
-- Rules: sql/marts/aid_totals.sql
CREATE TABLE IF NOT EXISTS {schema}.aid_totals (
    recipient_iso3          TEXT NOT NULL,              -- Country receiving the aid
    year                    INTEGER NOT NULL,           -- Calendar year of the deliveries
    unit                    TEXT NOT NULL,              -- Unit of the total: units are never mixed or converted
    count_noun              TEXT NOT NULL,              -- What is counted when unit is count, else empty
    total_value             DOUBLE PRECISION NOT NULL,  -- Sum of the deduplicated shipments (a lower bound: only shipments that made the news)
    n_deliveries            INTEGER NOT NULL,           -- Number of deduplicated shipments summed
    donor_iso3s             TEXT NOT NULL,              -- Donor countries, comma-separated, sorted
    includes_approximate    BOOLEAN NOT NULL,           -- True when some shipment in the total is approximate or a bound
    first_delivery_month    DATE NOT NULL,              -- Month of the first shipment in the total
    last_delivery_month     DATE NOT NULL,              -- Month of the last shipment in the total
    PRIMARY KEY (recipient_iso3, year, unit, count_noun)
);
