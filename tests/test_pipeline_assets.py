"""The assets through dagster.materialize, with real resources: a local HTTP server serving the
sample articles as feeds and pages, and a real warehouse (DuckDB file / local PostgreSQL)."""

from datetime import date

import dagster as dg
import pytest
import yaml

from assets.articles import articles
from assets.figures import trade_figures
from assets.ingest import feed_archive
from extraction import extract_figures
from orchestration.partitions import range_tags
from resources.feeds import FeedSource
from tests.feedgen import SAMPLE_DIR, article_url, feed_names, load_articles, render_feed, render_page

ALL_ASSETS = [feed_archive, articles, trade_figures]


def serve(httpserver, tmp_path, corpus: list[dict]) -> FeedSource:
    """Serve every feed of the corpus and every article page; return a FeedSource pointing at them."""
    base = httpserver.url_for("/")
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    for name in feed_names(corpus):
        httpserver.expect_request(f"/feeds/{name}.xml").respond_with_data(
            render_feed(name, corpus, base_url=base), content_type="application/rss+xml")
    for article in corpus:
        path = article_url(article, base).removeprefix(base.rstrip("/"))
        httpserver.expect_request(path).respond_with_data(render_page(article), content_type="text/html")
    feeds_file = tmp_path / "feeds.yaml"
    feeds_file.write_text(yaml.safe_dump(
        {"feeds": [{"name": name, "url": httpserver.url_for(f"/feeds/{name}.xml")} for name in feed_names(corpus)]}))
    return FeedSource(feeds_file=str(feeds_file), retries=0, page_interval_seconds=0)


def materialize(selection, warehouse, feed_source, instance, first=None, last=None):
    result = dg.materialize(
        selection, instance=instance, resources={"warehouse": warehouse, "feed_source": feed_source},
        tags=range_tags(first, last) if first else None,
    )
    assert result.success
    return result


def week_corpus() -> list[dict]:
    """Two short articles a day for a week, in one feed."""
    return [
        {"id": f"wk-{day}-{n}", "feed": "weekly-wire", "url": f"https://weekly.example/2024/03/{day}-{n}",
         "published": f"2024-03-{day:02d}", "title": f"Trade note {day}/{n}", "summary": "Short note.",
         "text": f"Trade between Kazakhstan and Tajikistan reached ${day}.{n} billion last year, officials said."}
        for day in range(1, 8) for n in (1, 2)
    ]


def test_week_long_backfill_is_one_run_writing_each_day_once(warehouse, httpserver, tmp_path):
    instance = dg.DagsterInstance.ephemeral()
    source = serve(httpserver, tmp_path, week_corpus())
    materialize([feed_archive], warehouse, source, instance)
    result = materialize([articles, trade_figures], warehouse, source, instance, date(2024, 3, 1), date(2024, 3, 7))

    for asset in ("articles", "trade_figures"):
        keys = [m.partition for m in result.asset_materializations_for_node(asset)]
        assert sorted(keys) == [f"2024-03-0{d}" for d in range(1, 8)]
    stored = warehouse.read_table("articles", order_by="article_id")
    assert stored.groupby("published_date").size().tolist() == [2] * 7

    # A re-run over the same range changes nothing.
    before = (stored, warehouse.read_table("trade_figures", order_by="figure_id"))
    materialize([articles, trade_figures], warehouse, source, instance, date(2024, 3, 1), date(2024, 3, 7))
    after = (warehouse.read_table("articles", order_by="article_id"),
             warehouse.read_table("trade_figures", order_by="figure_id"))
    for old, new in zip(before, after):
        assert old.equals(new)


def test_sample_feeds_over_http_archive_everything_and_fetch_teaser_pages(warehouse, httpserver, tmp_path):
    corpus = load_articles(SAMPLE_DIR / "articles")
    instance = dg.DagsterInstance.ephemeral()
    source = serve(httpserver, tmp_path, corpus)
    materialize([feed_archive], warehouse, source, instance)
    materialize([feed_archive], warehouse, source, instance)  # a second fetch archives nothing new

    items = warehouse.read_table("archived_items")
    assert len(items) == len(corpus)
    fetches = warehouse.read_table("feed_fetches")
    assert len(fetches) == 2 * len(feed_names(corpus)) and set(fetches["status"]) == {"ok"}
    pages = warehouse.read_table("archived_pages")
    teasers = [a for a in corpus if not a.get("full_text", True)]
    assert sorted(pages["url"]) == sorted(article_url(a, httpserver.url_for("/")) for a in teasers)
    assert set(pages["status"]) == {"ok"}

    for day in sorted({date.fromisoformat(a["published"]) for a in teasers}):
        materialize([articles], warehouse, source, instance, day, day)
    by_url = warehouse.read_table("articles").set_index("url")
    assert len(by_url) == len(teasers)
    for article in teasers:
        row = by_url.loc[article_url(article, httpserver.url_for("/"))]
        assert row["body_source"] == "page"
        assert row["body"] == article["text"].strip()


@pytest.mark.parametrize("status", [500, 404])
def test_a_failing_feed_is_recorded_and_the_others_still_land(warehouse, httpserver, tmp_path, status):
    source = serve(httpserver, tmp_path, week_corpus())
    broken = tmp_path / "feeds-broken.yaml"
    feeds = yaml.safe_load(open(source.feeds_file))
    feeds["feeds"].append({"name": "broken", "url": httpserver.url_for("/broken.xml")})
    broken.write_text(yaml.safe_dump(feeds))
    httpserver.expect_request("/broken.xml").respond_with_data("no", status=status)
    materialize([feed_archive], warehouse, FeedSource(feeds_file=str(broken), retries=0, page_interval_seconds=0),
                dg.DagsterInstance.ephemeral())
    fetches = warehouse.read_table("feed_fetches").set_index("feed")
    assert fetches.loc["broken", "status"] == "http_error" and fetches.loc["broken", "http_status"] == status
    assert fetches.loc["weekly-wire", "status"] == "ok"
    assert len(warehouse.read_table("archived_items")) == 14


def test_a_bad_figure_is_quarantined_while_the_good_ones_land(warehouse, httpserver, tmp_path):
    corpus = week_corpus()
    corpus[0]["text"] += ("\n\nKazakhstan exported 5 billion tonnes of wheat to Afghanistan in 2023, "
                          "the ministry said in a statement that was later corrected.")
    instance = dg.DagsterInstance.ephemeral()
    source = serve(httpserver, tmp_path, corpus)
    materialize([feed_archive], warehouse, source, instance)
    result = materialize([articles, trade_figures], warehouse, source, instance, date(2024, 3, 1), date(2024, 3, 1))

    rejected = warehouse.read_table("rejected_figures")
    assert len(rejected) == 1
    assert rejected.loc[0, "reason"] == "value_plausible_for_unit_and_kind"
    assert (rejected.loc[0, "kind"], rejected.loc[0, "unit"], rejected.loc[0, "value"]) == ("export", "t", 5e9)
    figures = warehouse.read_table("trade_figures")
    assert len(figures) == 2 and set(figures["kind"]) == {"trade_turnover"}
    [materialization] = [m for m in result.asset_materializations_for_node("trade_figures")]
    assert materialization.metadata["rejected_rows"].value == 1
    assert materialization.metadata["rejected_by_reason"].value == {"value_plausible_for_unit_and_kind": 1}

    # Re-running the partition replaces both tables together: still one rejected row, no duplicates.
    materialize([articles, trade_figures], warehouse, source, instance, date(2024, 3, 1), date(2024, 3, 1))
    assert len(warehouse.read_table("rejected_figures")) == 1


def test_quality_checks_pass_on_clean_data(warehouse, httpserver, tmp_path):
    from assets.checks import QUALITY_CHECKS

    instance = dg.DagsterInstance.ephemeral()
    source = serve(httpserver, tmp_path, week_corpus())
    result = dg.materialize([feed_archive, articles, trade_figures, *QUALITY_CHECKS], instance=instance,
                            resources={"warehouse": warehouse, "feed_source": source},
                            tags=range_tags(date(2024, 3, 1), date(2024, 3, 7)))
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    assert set(evaluations) == {c.check_key.name for c in QUALITY_CHECKS}
    assert all(e.passed for e in evaluations.values()), {k: e.metadata for k, e in evaluations.items()}
    assert evaluations["articles_with_figures_share"].metadata["share"].value == 1.0


def test_figures_of_an_older_extractor_are_flagged(warehouse, httpserver, tmp_path):
    """A `make rebuild` that stopped half-way leaves two extractor versions side by side: warned."""
    from assets.checks import single_extractor_version

    instance = dg.DagsterInstance.ephemeral()
    source = serve(httpserver, tmp_path, week_corpus())
    materialize([feed_archive], warehouse, source, instance)
    materialize([articles, trade_figures], warehouse, source, instance, date(2024, 3, 1), date(2024, 3, 7))
    with warehouse.transaction() as connection:
        connection.exec_driver_sql(f"UPDATE {warehouse.table('trade_figures')} SET extractor_version = '2000.1.1' "
                                   "WHERE published_date = DATE '2024-03-02'")
    result = dg.materialize([trade_figures, single_extractor_version], instance=instance,
                            resources={"warehouse": warehouse},
                            selection=dg.AssetSelection.checks(single_extractor_version))
    (evaluation,) = result.get_asset_check_evaluations()
    assert not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.WARN
    assert "2000.1.1" in evaluation.metadata["versions"].value


def test_a_story_whose_date_moves_leaves_its_old_partition(warehouse, httpserver, tmp_path):
    """The same URL seen later in another feed with an earlier date: the story moves to the earlier
    partition and is removed from the old one in the same transaction (no duplicate key, no ghost)."""
    instance = dg.DagsterInstance.ephemeral()
    late = week_corpus()[4:6]  # 2024-03-03
    source = serve(httpserver, tmp_path, late)
    materialize([feed_archive], warehouse, source, instance)
    materialize([articles, trade_figures], warehouse, source, instance, date(2024, 3, 3), date(2024, 3, 3))

    moved = {**late[0], "feed": "other-wire", "published": "2024-03-01"}
    httpserver.clear()
    source = serve(httpserver, tmp_path, [moved])
    materialize([feed_archive], warehouse, source, instance)
    materialize([articles, trade_figures], warehouse, source, instance, date(2024, 3, 1), date(2024, 3, 1))

    stored = warehouse.read_table("articles")
    assert sorted(map(str, stored["published_date"])) == ["2024-03-01", "2024-03-03"]
    assert stored["article_id"].is_unique
    figures = warehouse.read_table("trade_figures")
    assert figures["figure_id"].is_unique
    moved_id = stored.loc[stored["published_date"] == date(2024, 3, 1), "article_id"].iloc[0]
    assert set(figures.loc[figures["article_id"] == moved_id, "published_date"]) == {date(2024, 3, 1)}
    # Rebuilding the old partition keeps the story where it now belongs.
    materialize([articles, trade_figures], warehouse, source, instance, date(2024, 3, 3), date(2024, 3, 3))
    assert len(warehouse.read_table("articles")) == 2


def test_dates_to_build_follow_the_archive(warehouse, httpserver, tmp_path):
    instance = dg.DagsterInstance.ephemeral()
    source = serve(httpserver, tmp_path, week_corpus())
    materialize([feed_archive], warehouse, source, instance)
    to_build = lambda: [str(d) for d in warehouse.query("queries/dates_to_build.sql")["published_date"]]  # noqa: E731
    assert to_build() == [f"2024-03-0{day}" for day in range(1, 8)]
    materialize([articles], warehouse, source, instance, date(2024, 3, 1), date(2024, 3, 7))
    assert len(to_build()) == 7, "articles alone is not a complete build: figures are missing"
    materialize([trade_figures], warehouse, source, instance, date(2024, 3, 1), date(2024, 3, 3))
    assert to_build() == ["2024-03-04", "2024-03-05", "2024-03-06", "2024-03-07"]
    materialize([articles, trade_figures], warehouse, source, instance, date(2024, 3, 4), date(2024, 3, 7))
    assert to_build() == []
    # A new version of an item (corrected text) makes its date due again.
    corrected = week_corpus()
    corrected[2]["text"] += " Officials later corrected the figure."
    httpserver.clear()
    materialize([feed_archive], warehouse, serve(httpserver, tmp_path, corrected), instance)
    assert to_build() == ["2024-03-02"]


def test_a_failed_page_is_retried_on_later_runs_and_then_used(warehouse, httpserver, tmp_path):
    teaser = {**week_corpus()[0], "feed": "teaser-wire", "full_text": False,
              "text": "Trade between Kazakhstan and Tajikistan reached $1.4 billion last year, officials said. "
                      + "The ministry added details on wheat and flour shipments. " * 10}
    instance = dg.DagsterInstance.ephemeral()
    source = serve(httpserver, tmp_path, [teaser])  # serves the page too; replace it with a 404 first
    page_path = article_url(teaser, httpserver.url_for("/")).removeprefix(httpserver.url_for("/").rstrip("/"))
    httpserver.clear()
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request(f"/feeds/{teaser['feed']}.xml").respond_with_data(
        render_feed(teaser["feed"], [teaser], base_url=httpserver.url_for("/")))
    httpserver.expect_request(page_path).respond_with_data("not yet", status=404)
    materialize([feed_archive], warehouse, source, instance)
    assert list(warehouse.read_table("archived_pages")["status"]) == ["http_error"]

    # Published later: the next run (nothing new in the feed) fetches it again and uses it.
    httpserver.clear()
    source = serve(httpserver, tmp_path, [teaser])
    materialize([feed_archive], warehouse, source, instance)
    assert sorted(warehouse.read_table("archived_pages")["status"]) == ["http_error", "ok"]
    materialize([articles], warehouse, source, instance, date(2024, 3, 1), date(2024, 3, 1))
    assert warehouse.read_table("articles").loc[0, "body_source"] == "page"
    materialize([feed_archive], warehouse, source, instance)  # settled: not fetched again
    assert len(warehouse.read_table("archived_pages")) == 2


def test_reextraction_alone_leaves_dates_due_for_their_articles(warehouse, httpserver, tmp_path):
    """partition_builds says 'articles and figures rebuilt from the archive'; a figures-only run
    (reextract_job, make rebuild) must not stamp a date whose articles still wait for a rebuild."""
    instance = dg.DagsterInstance.ephemeral()
    source = serve(httpserver, tmp_path, week_corpus())
    materialize([feed_archive], warehouse, source, instance)
    materialize([articles, trade_figures], warehouse, source, instance, date(2024, 3, 1), date(2024, 3, 7))

    def due() -> list:
        return [str(day) for day in warehouse.query("queries/dates_to_build.sql")["published_date"]]

    assert due() == []
    corrected = week_corpus()
    corrected[4]["text"] += " The ministry later corrected the figure."  # a new version of a March 3 story
    httpserver.clear()
    materialize([feed_archive], warehouse, serve(httpserver, tmp_path, corrected), instance)
    assert due() == ["2024-03-03"]
    materialize([trade_figures], warehouse, source, instance, date(2024, 3, 1), date(2024, 3, 7))
    assert due() == ["2024-03-03"]
    materialize([articles, trade_figures], warehouse, source, instance, date(2024, 3, 3), date(2024, 3, 3))
    assert due() == []


def test_a_feed_table_lands_as_figures_that_quote_their_cells(warehouse, httpserver, tmp_path):
    """An HTML table in a feed item: its cells stay apart in the stored body, the extractor reads its
    columns, and each figure's offsets point at its own cell."""
    table = ("<p>Kazakhstan's trade with its largest EU partners in 2023 ($ billion):</p><table>"
             "<tr><th>Country</th><th>Turnover</th><th>Kazakh exports</th></tr>"
             "<tr><td>Italy</td><td>15.3</td><td>13.9</td></tr><tr><td>Germany</td><td>3.9</td><td>1.0</td></tr></table>")
    rss = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/'
           'content/"><channel><title>t</title><link>https://t.example/</link><description>d</description><item>'
           "<title>Kazakhstan's EU trade</title><link>https://t.example/eu</link><guid>eu</guid>"
           "<pubDate>Fri, 01 Mar 2024 08:00:00 GMT</pubDate><description>Teaser.</description>"
           f"<content:encoded><![CDATA[{table}]]></content:encoded></item></channel></rss>")
    httpserver.expect_request("/feed.xml").respond_with_data(rss, content_type="application/rss+xml")
    feeds_file = tmp_path / "feeds.yaml"
    feeds_file.write_text(yaml.safe_dump({"feeds": [{"name": "t", "url": httpserver.url_for("/feed.xml")}]}))
    source = FeedSource(feeds_file=str(feeds_file), retries=0, page_interval_seconds=0)
    instance = dg.DagsterInstance.ephemeral()
    materialize([feed_archive], warehouse, source, instance)
    materialize([articles, trade_figures], warehouse, source, instance, date(2024, 3, 1), date(2024, 3, 1))

    body = warehouse.read_table("articles").loc[0, "body"]
    assert "Italy | 15.3 | 13.9" in body
    figures = warehouse.read_table("trade_figures")
    assert sorted((f.kind, f.partner_iso3, f.value, body[f.char_start:f.char_end]) for f in figures.itertuples()) == [
        ("export", "DEU", 1e9, "1.0"), ("export", "ITA", 1.39e10, "13.9"),
        ("trade_turnover", "DEU", 3.9e9, "3.9"), ("trade_turnover", "ITA", 1.53e10, "15.3")]


def test_an_article_the_extractor_fails_on_is_kept_with_the_error(warehouse, httpserver, tmp_path, monkeypatch):
    """An extractor bug met on one article (simulated; the real ones are fixed as found) must not fail
    the nightly run: the article's row in rejected_figures carries the error, the check flags it, the
    day's other figures land, and a re-run keeps one row."""
    from assets.checks import no_extraction_failures
    from extraction import batch

    def extract_or_fail(body, published, title):
        if "$1.1 billion" in body:
            raise IndexError("string index out of range")
        return extract_figures(body, published, title)

    monkeypatch.setattr(batch, "extract_figures", extract_or_fail)
    instance = dg.DagsterInstance.ephemeral()
    source = serve(httpserver, tmp_path, week_corpus())
    materialize([feed_archive], warehouse, source, instance)
    for _ in range(2):
        result = materialize([articles, trade_figures], warehouse, source, instance, date(2024, 3, 1), date(2024, 3, 1))

    rejected = warehouse.read_table("rejected_figures")
    assert len(rejected) == 1 and rejected.loc[0, "kind"] is None
    assert rejected.loc[0, "reason"].startswith("extractor_error: IndexError: string index out of range")
    assert rejected.loc[0, "published_date"] == date(2024, 3, 1)
    assert warehouse.read_table("trade_figures")["value"].tolist() == [1.2e9]
    [materialization] = result.asset_materializations_for_node("trade_figures")
    assert materialization.metadata["extraction_failures"].value == 1
    assert materialization.metadata["rejected_by_reason"].value == {"extractor_error": 1}
    checked = dg.materialize([trade_figures, no_extraction_failures], instance=instance, resources={"warehouse": warehouse},
                             selection=dg.AssetSelection.checks(no_extraction_failures))
    (evaluation,) = checked.get_asset_check_evaluations()
    assert not evaluation.passed and evaluation.metadata["failed_articles"].value == 1
