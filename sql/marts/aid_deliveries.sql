-- aid_deliveries: humanitarian aid shipments, each counted once however many articles report
-- it ("40 trucks with 800 tonnes of flour" in a Kabul paper and "a convoy of 40 lorries
-- carrying around 800 tonnes" in an Astana one).
--
-- Which figures count
--   * kind aid. donor = trade_figures.reporter_iso3, recipient = partner_iso3, as extracted.
--   * A shipment happens in one month: the figure's period when it lies within one calendar
--     month (a delivery date, "in October"), or the article's publication month when it gives
--     no period. Figures whose period spans more than one month ("since 2021 more than
--     40,000 tonnes", "in the first half of the year") are running totals, not shipments:
--     they are left out here (and so out of aid_totals), and stay visible in trade_figures.
--
-- Deduplication: figures with the same donor, recipient, unit, count noun (trucks and wagons
-- are different measures), value and month are one shipment, whichever articles report it and
-- whatever commodity word they use. A shipment reported in tonnes and in trucks is one row per
-- unit (units are never converted). Opposite directions are not merged.
--
-- The preferred report (its qualifier, commodity and figure_id) is chosen as in trade_annual:
-- exact over approximate (then bounds), then the most recent report, then confidence and
-- figure_id to break ties (the value, and so its digits, is the same by construction).
WITH reports AS (
    SELECT
        f.*,
        CASE
            WHEN f.period_start IS NULL OR f.period_end IS NULL
                THEN MAKE_DATE(CAST(EXTRACT(YEAR FROM f.published_date) AS INTEGER),
                               CAST(EXTRACT(MONTH FROM f.published_date) AS INTEGER), 1)
            WHEN EXTRACT(YEAR FROM f.period_start) = EXTRACT(YEAR FROM f.period_end)
             AND EXTRACT(MONTH FROM f.period_start) = EXTRACT(MONTH FROM f.period_end)
                THEN MAKE_DATE(CAST(EXTRACT(YEAR FROM f.period_start) AS INTEGER),
                               CAST(EXTRACT(MONTH FROM f.period_start) AS INTEGER), 1)
        END AS delivery_month
    FROM {schema}.mart_figures AS f
    WHERE f.kind = 'aid'
),
shipments AS (
    SELECT * FROM reports WHERE delivery_month IS NOT NULL
),
ranked AS (
    SELECT
        s.*,
        ROW_NUMBER() OVER (
            PARTITION BY s.reporter_iso3, s.partner_iso3, s.delivery_month, s.unit, s.count_noun, s.value
            ORDER BY s.qualifier_rank, s.significant_digits DESC, s.published_date DESC,
                     s.confidence DESC, s.figure_id
        ) AS preference
    FROM shipments AS s
),
grouped AS (
    SELECT
        reporter_iso3, partner_iso3, delivery_month, unit, count_noun, value,
        COUNT(*) AS n_reports,
        COUNT(DISTINCT article_id) AS n_articles,
        STRING_AGG(DISTINCT article_id, ',' ORDER BY article_id) AS source_article_ids,
        MIN(published_date) AS first_reported_date,
        MAX(published_date) AS last_reported_date
    FROM shipments
    GROUP BY reporter_iso3, partner_iso3, delivery_month, unit, count_noun, value
)
SELECT
    g.reporter_iso3 AS donor_iso3,
    g.partner_iso3 AS recipient_iso3,
    g.delivery_month,
    CAST(EXTRACT(YEAR FROM g.delivery_month) AS INTEGER) AS year,
    g.unit,
    g.count_noun,
    g.value,
    p.qualifier,
    p.commodity,
    g.n_reports,
    g.n_articles,
    g.source_article_ids,
    g.first_reported_date,
    g.last_reported_date,
    p.figure_id
FROM grouped AS g
JOIN ranked AS p
  ON p.reporter_iso3 = g.reporter_iso3
 AND p.partner_iso3 = g.partner_iso3
 AND p.delivery_month = g.delivery_month
 AND p.unit = g.unit
 AND p.count_noun = g.count_noun
 AND p.value = g.value
 AND p.preference = 1
