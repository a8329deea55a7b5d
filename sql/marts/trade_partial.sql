-- trade_partial: partial-year turnover, export and import figures ("in January-June",
-- "in the first nine months", "in August"), each with its period, compared like for like.
--
-- Which figures count
--   * kind trade_turnover, export or import, any unit (USD, other currencies, tonnes, counts:
--     never mixed or converted), with a period that lies within one calendar year and is not
--     the full year. Full-year figures are in trade_annual / exports_by_commodity; figures
--     spanning two calendar years, and figures without a period, are left out.
--   * Pairs: turnover pairs oriented as in trade_annual; exports and imports keep their
--     direction (reporter exports to / imports from partner).
--
-- One row per kind, pair, commodity, unit (and count noun) and exact period. Several reports
-- of the same figure are consolidated with the rules of trade_annual: exact over approximate
-- (then bounds), more significant digits over fewer, the most recent report last; conflict
-- when the reports cannot all hold within 5 percent once qualifiers are considered
-- (MAX(lower ends) > 1.05 * MIN(upper ends)).
--
-- Like-for-like comparison: prev_year_value is the consolidated value of the same kind, pair,
-- commodity and unit for the same period one year earlier: same start month and day, same end
-- month and day, where a period ending on the last day of a month matches any period ending
-- on the last day of that month (January-February 2024, ending 29 February, matches
-- January-February 2023). January-June 2023 is therefore compared with January-June 2022,
-- never with January-September 2022 or with the full year.
--   yoy_pct_computed = 100 * (value / prev_year_value - 1)
--   reported_change_pct = median growth stated with this period's figures
--   prev_year_implied_value = value / (1 + reported_change_pct / 100)
--   yoy_pct / method = computed when the previous period is known, else reported, else NULL.
WITH reports AS (
    SELECT
        f.*,
        CAST(EXTRACT(MONTH FROM f.period_start) AS INTEGER) AS start_month,
        CAST(EXTRACT(DAY FROM f.period_start) AS INTEGER) AS start_day,
        CAST(EXTRACT(MONTH FROM f.period_end) AS INTEGER) AS end_month,
        CAST(EXTRACT(DAY FROM f.period_end) AS INTEGER) AS end_day,
        CASE WHEN EXTRACT(DAY FROM f.period_end + 1) = 1 THEN TRUE ELSE FALSE END AS ends_month
    FROM {schema}.mart_figures AS f
    WHERE f.kind IN ('trade_turnover', 'export', 'import')
      AND f.period_year IS NOT NULL
      AND NOT f.is_full_year
),
ranked AS (
    SELECT
        r.*,
        ROW_NUMBER() OVER (
            PARTITION BY r.kind, r.reporter_iso3, r.partner_iso3, r.commodity, r.unit, r.count_noun,
                         r.period_start, r.period_end
            ORDER BY r.qualifier_rank, r.significant_digits DESC, r.published_date DESC,
                     r.confidence DESC, r.figure_id
        ) AS preference
    FROM reports AS r
),
grouped AS (
    SELECT
        kind, reporter_iso3, partner_iso3, commodity, unit, count_noun, period_start, period_end,
        COUNT(*) AS n_reports,
        COUNT(DISTINCT article_id) AS n_articles,
        MIN(value) AS min_value,
        MAX(value) AS max_value,
        COALESCE(MAX(lower_bound) > 1.05 * MIN(upper_bound), FALSE) AS conflict,
        STRING_AGG(DISTINCT article_id, ',' ORDER BY article_id) AS source_article_ids,
        MAX(published_date) AS last_reported_date,
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY reported_change_pct) AS reported_change_pct
    FROM reports
    GROUP BY kind, reporter_iso3, partner_iso3, commodity, unit, count_noun, period_start, period_end
),
consolidated AS (
    SELECT
        g.*,
        p.period_year AS year,
        p.start_month * 100 + p.start_day AS start_key,
        p.end_month * 100 + CASE WHEN p.ends_month THEN 31 ELSE p.end_day END AS end_key,
        CASE
            WHEN p.period_start = p.period_end
                THEN SUBSTR('JanFebMarAprMayJunJulAugSepOctNovDec', 3 * p.start_month - 2, 3)
                     || ' ' || CAST(p.start_day AS TEXT)
            WHEN p.start_day = 1 AND p.ends_month AND p.start_month = p.end_month
                THEN SUBSTR('JanFebMarAprMayJunJulAugSepOctNovDec', 3 * p.start_month - 2, 3)
            ELSE SUBSTR('JanFebMarAprMayJunJulAugSepOctNovDec', 3 * p.start_month - 2, 3)
                 || CASE WHEN p.start_day = 1 THEN '' ELSE ' ' || CAST(p.start_day AS TEXT) END
                 || '–'
                 || SUBSTR('JanFebMarAprMayJunJulAugSepOctNovDec', 3 * p.end_month - 2, 3)
                 || CASE WHEN p.ends_month THEN '' ELSE ' ' || CAST(p.end_day AS TEXT) END
        END || ' ' || CAST(p.period_year AS TEXT) AS period_label,
        p.value,
        p.qualifier AS value_qualifier,
        p.figure_id AS value_figure_id
    FROM grouped AS g
    JOIN ranked AS p
      ON p.kind = g.kind
     AND p.reporter_iso3 = g.reporter_iso3
     AND p.partner_iso3 = g.partner_iso3
     AND p.commodity = g.commodity
     AND p.unit = g.unit
     AND p.count_noun = g.count_noun
     AND p.period_start = g.period_start
     AND p.period_end = g.period_end
     AND p.preference = 1
)
SELECT
    cur.kind,
    cur.reporter_iso3,
    cur.partner_iso3,
    cur.commodity,
    cur.unit,
    cur.count_noun,
    cur.year,
    cur.period_start,
    cur.period_end,
    cur.period_label,
    cur.value,
    cur.value_qualifier,
    cur.n_reports,
    cur.n_articles,
    cur.min_value,
    cur.max_value,
    cur.conflict,
    cur.reported_change_pct,
    prev.value AS prev_year_value,
    100.0 * (cur.value / prev.value - 1) AS yoy_pct_computed,
    cur.value / NULLIF(1 + cur.reported_change_pct / 100.0, 0) AS prev_year_implied_value,
    CASE WHEN prev.value IS NOT NULL THEN 100.0 * (cur.value / prev.value - 1)
         ELSE cur.reported_change_pct END AS yoy_pct,
    CASE WHEN prev.value IS NOT NULL THEN 'computed'
         WHEN cur.reported_change_pct IS NOT NULL THEN 'reported' END AS method,
    cur.source_article_ids,
    cur.last_reported_date,
    cur.value_figure_id
FROM consolidated AS cur
LEFT JOIN consolidated AS prev
  ON prev.kind = cur.kind
 AND prev.reporter_iso3 = cur.reporter_iso3
 AND prev.partner_iso3 = cur.partner_iso3
 AND prev.commodity = cur.commodity
 AND prev.unit = cur.unit
 AND prev.count_noun = cur.count_noun
 AND prev.start_key = cur.start_key
 AND prev.end_key = cur.end_key
 AND prev.year = cur.year - 1
