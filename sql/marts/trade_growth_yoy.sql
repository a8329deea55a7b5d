-- trade_growth_yoy: year-on-year growth of the consolidated annual turnover (trade_annual),
-- one row per pair and year that trade_annual has.
--
--   prev_year_turnover_usd  trade_annual's turnover for the same pair one year earlier, NULL
--                           when that year is not known (no full-year USD figure for it).
--   yoy_pct_computed        100 * (turnover_usd / prev_year_turnover_usd - 1), only when both
--                           years are known.
--   yoy_pct_reported        the median growth rate stated by the articles with this year's
--                           full-year turnover figures (trade_annual.reported_change_pct).
--   prev_year_implied_usd   the previous year the reported growth implies:
--                           turnover_usd / (1 + yoy_pct_reported / 100). Example: KAZ-TJK 2022,
--                           $1.4 billion "an increase of 18.5 percent", implies 2021 at
--                           1.4e9 / 1.185 = about $1.181 billion.
--   yoy_pct / method        the computed growth where both years are known ('computed'),
--                           else the reported one ('reported'), else NULL (method NULL).
--
-- A reported rate that differs from the computed one is kept side by side, not reconciled:
-- the gap usually means the articles used different sources or a revised previous year.
SELECT
    cur.reporter_iso3,
    cur.partner_iso3,
    cur.year,
    cur.turnover_usd,
    prev.turnover_usd AS prev_year_turnover_usd,
    100.0 * (cur.turnover_usd / prev.turnover_usd - 1) AS yoy_pct_computed,
    cur.reported_change_pct AS yoy_pct_reported,
    cur.turnover_usd / NULLIF(1 + cur.reported_change_pct / 100.0, 0) AS prev_year_implied_usd,
    CASE WHEN prev.turnover_usd IS NOT NULL THEN 100.0 * (cur.turnover_usd / prev.turnover_usd - 1)
         ELSE cur.reported_change_pct END AS yoy_pct,
    CASE WHEN prev.turnover_usd IS NOT NULL THEN 'computed'
         WHEN cur.reported_change_pct IS NOT NULL THEN 'reported' END AS method
FROM {schema}.trade_annual AS cur
LEFT JOIN {schema}.trade_annual AS prev
  ON prev.reporter_iso3 = cur.reporter_iso3
 AND prev.partner_iso3 = cur.partner_iso3
 AND prev.year = cur.year - 1
