-- Share of extracted figures that failed validation, over the whole warehouse.
SELECT
    (SELECT COUNT(*) FROM {schema}.rejected_figures) AS rejected,
    (SELECT COUNT(*) FROM {schema}.trade_figures) AS accepted
