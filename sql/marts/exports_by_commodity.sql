-- exports_by_commodity: full-year exports and imports per direction, pair, commodity, year
-- and unit.
--
-- Which figures count
--   * kind export or import, period exactly 1 January to 31 December of one year (partial
--     periods are in trade_partial). flow export: reporter sells to partner; flow import:
--     reporter buys from partner. Directions are kept as extracted, never swapped.
--   * Every unit, each on its own row: a year's wheat exports reported in tonnes and in USD
--     are two rows; nothing is converted or added across units, currencies or count nouns.
--   * commodity is '' when the article names none (usually the pair's total trade in that
--     direction).
--
-- Several reports of the same flow, pair, commodity, year and unit are consolidated with the
-- rules of trade_annual: exact over approximate (then bounds), more significant digits over
-- fewer, the most recent report last; conflict when the reports cannot all hold within
-- 5 percent once qualifiers are considered (MAX(lower ends) > 1.05 * MIN(upper ends));
-- reported_change_pct is the median growth stated with them.
WITH reports AS (
    SELECT *
    FROM {schema}.mart_figures
    WHERE kind IN ('export', 'import') AND is_full_year
),
ranked AS (
    SELECT
        r.*,
        ROW_NUMBER() OVER (
            PARTITION BY r.kind, r.reporter_iso3, r.partner_iso3, r.commodity, r.period_year, r.unit, r.count_noun
            ORDER BY r.qualifier_rank, r.significant_digits DESC, r.published_date DESC,
                     r.confidence DESC, r.figure_id
        ) AS preference
    FROM reports AS r
),
grouped AS (
    SELECT
        kind, reporter_iso3, partner_iso3, commodity, period_year, unit, count_noun,
        COUNT(*) AS n_reports,
        COUNT(DISTINCT article_id) AS n_articles,
        MIN(value) AS min_value,
        MAX(value) AS max_value,
        COALESCE(MAX(lower_bound) > 1.05 * MIN(upper_bound), FALSE) AS conflict,
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY reported_change_pct) AS reported_change_pct,
        STRING_AGG(DISTINCT article_id, ',' ORDER BY article_id) AS source_article_ids,
        MAX(published_date) AS last_reported_date
    FROM reports
    GROUP BY kind, reporter_iso3, partner_iso3, commodity, period_year, unit, count_noun
)
SELECT
    g.kind AS flow,
    g.reporter_iso3,
    g.partner_iso3,
    g.commodity,
    g.period_year AS year,
    g.unit,
    g.count_noun,
    p.value,
    p.qualifier AS value_qualifier,
    g.n_reports,
    g.n_articles,
    g.min_value,
    g.max_value,
    g.conflict,
    g.reported_change_pct,
    g.source_article_ids,
    g.last_reported_date,
    p.figure_id AS value_figure_id
FROM grouped AS g
JOIN ranked AS p
  ON p.kind = g.kind
 AND p.reporter_iso3 = g.reporter_iso3
 AND p.partner_iso3 = g.partner_iso3
 AND p.commodity = g.commodity
 AND p.period_year = g.period_year
 AND p.unit = g.unit
 AND p.count_noun = g.count_noun
 AND p.preference = 1
