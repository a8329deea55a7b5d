-- trade_targets: the turnover targets governments announce for a pair ("lift mutual trade to
-- $2 billion", "$10 billion by 2030"), with progress against the latest known turnover.
--
--   * kind trade_target, unit USD. Pairs are oriented as in trade_annual.
--   * One row per distinct target: pair, amount and target year. The same target repeated
--     by later articles is one row (first_announced .. last_announced, n_reports,
--     source_article_ids). A target with a different amount or year is a different row, and
--     a target announced without a year is kept apart from the same amount with a year.
--   * target_year: the year of the target's period ("by 2030"), NULL when none was given.
--   * latest_turnover_usd / latest_turnover_year: the consolidated turnover (trade_annual) of
--     the most recent year known for the pair, whatever the target year.
--   * progress_pct = 100 * latest_turnover_usd / target_usd (NULL without any turnover).
--   * target_id = reporter-partner-amount in whole USD-target year or 'open'.
WITH targets AS (
    SELECT
        reporter_iso3,
        partner_iso3,
        value AS target_usd,
        CAST(EXTRACT(YEAR FROM period_end) AS INTEGER) AS target_year,
        article_id,
        published_date
    FROM {schema}.mart_figures
    WHERE kind = 'trade_target' AND unit = 'USD'
),
grouped AS (
    SELECT
        reporter_iso3,
        partner_iso3,
        target_usd,
        target_year,
        MIN(published_date) AS first_announced,
        MAX(published_date) AS last_announced,
        COUNT(*) AS n_reports,
        COUNT(DISTINCT article_id) AS n_articles,
        STRING_AGG(DISTINCT article_id, ',' ORDER BY article_id) AS source_article_ids
    FROM targets
    GROUP BY reporter_iso3, partner_iso3, target_usd, target_year
),
latest AS (
    SELECT
        reporter_iso3,
        partner_iso3,
        year,
        turnover_usd,
        ROW_NUMBER() OVER (PARTITION BY reporter_iso3, partner_iso3 ORDER BY year DESC) AS newest_first
    FROM {schema}.trade_annual
)
SELECT
    g.reporter_iso3,
    g.partner_iso3,
    g.target_usd,
    g.target_year,
    g.first_announced,
    g.last_announced,
    l.turnover_usd AS latest_turnover_usd,
    l.year AS latest_turnover_year,
    100.0 * l.turnover_usd / g.target_usd AS progress_pct,
    g.n_reports,
    g.n_articles,
    g.source_article_ids,
    g.reporter_iso3 || '-' || g.partner_iso3 || '-' || CAST(CAST(ROUND(CAST(g.target_usd AS NUMERIC(38, 3))) AS BIGINT) AS TEXT)
        || '-' || COALESCE(CAST(g.target_year AS TEXT), 'open') AS target_id
FROM grouped AS g
LEFT JOIN latest AS l
  ON l.reporter_iso3 = g.reporter_iso3
 AND l.partner_iso3 = g.partner_iso3
 AND l.newest_first = 1
