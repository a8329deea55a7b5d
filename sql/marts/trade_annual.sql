-- trade_annual: one consolidated full-year trade turnover in USD per country pair and year.
--
-- Which figures count
--   * kind trade_turnover, unit USD (figures in other currencies are not converted and stay
--     out), period exactly 1 January to 31 December of one year. Partial-year figures are in
--     trade_partial, never here.
--   * Pairs as in the view mart_figures (sql/ddl/005_marts.sql): Kazakhstan first whenever it
--     is a party, otherwise the first party in the order UZB, KGZ, TJK, TKM, then
--     alphabetical, so "Tajik-Chinese trade" and "China-Tajikistan trade" are one series.
--
-- Which report gives turnover_usd (the others are evidence), in this order of preference
--   1. exact over approximate: exact, then approx ("about", "nearly"), then bounds
--      (at_least "more than", at_most "up to").
--   2. more significant digits over fewer: $987.9 million (4 digits) beats "$1 billion" (1).
--   3. the most recent report (published_date) last: among equals, the newest article wins.
--   (then, only to make the choice deterministic: higher extraction confidence, figure_id.)
--
-- conflict: the reports cannot all be true within 5 percent once qualifiers are considered.
--   Each report claims a range: exact and approx claim their value, at_least claims the value
--   or more, at_most the value or less. Two reports conflict when the highest lower end
--   exceeds the lowest upper end by more than 5 percent of that upper end:
--       conflict = MAX(lower ends) > 1.05 * MIN(upper ends)
--   which is the same as "some pair of reports conflicts". So two exact reports conflict when
--   they differ by more than 5 percent of the smaller; "about $1 billion" agrees with
--   anything from about $952 million to $1.05 billion; "at least $1 billion" agrees with
--   anything from about $952 million up, "at most $1 billion" with anything up to
--   $1.05 billion; reports that are all at_least (or all at_most) never conflict.
--
-- reported_change_pct: the median of the growth rates stated with this year's figures
--   (PERCENTILE_CONT 0.5, i.e. the mean of the middle two when there are two), NULL if none.
WITH reports AS (
    SELECT *
    FROM {schema}.mart_figures
    WHERE kind = 'trade_turnover' AND unit = 'USD' AND is_full_year
),
ranked AS (
    SELECT
        r.*,
        ROW_NUMBER() OVER (
            PARTITION BY r.reporter_iso3, r.partner_iso3, r.period_year
            ORDER BY r.qualifier_rank, r.significant_digits DESC, r.published_date DESC,
                     r.confidence DESC, r.figure_id
        ) AS preference
    FROM reports AS r
),
grouped AS (
    SELECT
        reporter_iso3,
        partner_iso3,
        period_year AS year,
        COUNT(*) AS n_reports,
        COUNT(DISTINCT article_id) AS n_articles,
        MIN(value) AS min_usd,
        MAX(value) AS max_usd,
        COALESCE(MAX(lower_bound) > 1.05 * MIN(upper_bound), FALSE) AS conflict,
        STRING_AGG(DISTINCT article_id, ',' ORDER BY article_id) AS source_article_ids,
        MAX(published_date) AS last_reported_date,
        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY reported_change_pct) AS reported_change_pct
    FROM reports
    GROUP BY reporter_iso3, partner_iso3, period_year
)
SELECT
    g.reporter_iso3,
    g.partner_iso3,
    g.year,
    p.value AS turnover_usd,
    g.n_reports,
    g.n_articles,
    g.min_usd,
    g.max_usd,
    g.conflict,
    g.source_article_ids,
    g.last_reported_date,
    p.qualifier AS turnover_qualifier,
    p.figure_id AS turnover_figure_id,
    g.reported_change_pct
FROM grouped AS g
JOIN ranked AS p
  ON p.reporter_iso3 = g.reporter_iso3
 AND p.partner_iso3 = g.partner_iso3
 AND p.period_year = g.year
 AND p.preference = 1
