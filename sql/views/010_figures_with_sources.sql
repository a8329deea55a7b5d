-- For BI: every accepted figure with its article's title, URL, feed and the source sentence.
-- One row = one fact. Start here.
CREATE OR REPLACE VIEW {schema}.figures_with_sources AS
SELECT
    f.figure_id,
    f.kind,
    f.reporter_iso3,
    f.partner_iso3,
    f.commodity,
    f.value,
    f.unit,
    f.count_noun,
    f.qualifier,
    f.period_start,
    f.period_end,
    CAST(EXTRACT(YEAR FROM f.period_end) AS INTEGER) AS period_year,
    f.reported_change_pct,
    f.sentence,
    f.confidence,
    f.published_date,
    a.title AS article_title,
    a.url AS article_url,
    a.feed,
    f.article_id,
    f.extractor_version
FROM {schema}.trade_figures AS f
JOIN {schema}.articles AS a ON a.article_id = f.article_id;
