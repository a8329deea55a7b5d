-- aid_totals: aid received per recipient, calendar year and unit: the sum of the
-- deduplicated shipments in aid_deliveries (each shipment once, however many articles report
-- it; running totals such as "since 2021 more than 40,000 tonnes" are not shipments and are
-- not added).
--
--   * One row per recipient, year, unit and count noun: tonnes, trucks, wagons and each
--     currency are summed separately, never converted or mixed.
--   * total_value is a lower bound on the aid actually delivered: only shipments that made
--     the news are in it.
--   * includes_approximate: some shipment in the sum is approximate or a bound.
SELECT
    recipient_iso3,
    year,
    unit,
    count_noun,
    SUM(value) AS total_value,
    COUNT(*) AS n_deliveries,
    STRING_AGG(DISTINCT donor_iso3, ',' ORDER BY donor_iso3) AS donor_iso3s,
    MAX(CASE WHEN qualifier = 'exact' THEN 0 ELSE 1 END) = 1 AS includes_approximate,
    MIN(delivery_month) AS first_delivery_month,
    MAX(delivery_month) AS last_delivery_month
FROM {schema}.aid_deliveries
GROUP BY recipient_iso3, year, unit, count_noun
