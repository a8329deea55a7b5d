"""`make run` as users run it: the CLI in its own process, on the bundled sample feeds, twice."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from resources.warehouse import Warehouse
from tests.feedgen import SAMPLE_DIR, load_articles

ROOT = Path(__file__).resolve().parents[1]
DATA_TABLES = ["archived_items", "archived_pages", "articles", "trade_figures"]


def make_run(tmp_path: Path, warehouse_url: str) -> str:
    dagster_home = tmp_path / "dagster_home"
    if not dagster_home.exists():  # what `make run` sets up on first use
        dagster_home.mkdir()
        shutil.copy(ROOT / "orchestration" / "local_dagster.yaml", dagster_home / "dagster.yaml")
    env = {**os.environ, "DAGSTER_HOME": str(dagster_home), "TRADEWIRE_WAREHOUSE_URL": warehouse_url}
    env.pop("TRADEWIRE_FEEDS", None)
    env.pop("TRADEWIRE_SCHEMA", None)
    done = subprocess.run([sys.executable, "-m", "orchestration.cli", "run"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-4000:]
    return done.stdout


def counts(warehouse: Warehouse) -> dict[str, int]:
    with warehouse.transaction() as connection:
        return {t: connection.exec_driver_sql(f"SELECT COUNT(*) FROM {warehouse.table(t)}").scalar()
                for t in DATA_TABLES + ["feed_fetches"]}


@pytest.fixture
def duckdb_url(tmp_path) -> str:
    return f"duckdb:///{tmp_path}/warehouse.duckdb"


def test_make_run_builds_the_warehouse_and_a_rerun_changes_nothing(tmp_path, duckdb_url):
    corpus = load_articles(SAMPLE_DIR / "articles")
    feeds = {a["feed"] for a in corpus}
    summary = make_run(tmp_path, duckdb_url)
    assert "tradewire run summary" in summary and "tradewire.articles" in summary

    warehouse = Warehouse(url=duckdb_url)
    first = counts(warehouse)
    assert first["articles"] == len(corpus)
    assert first["feed_fetches"] == len(feeds)
    assert first["trade_figures"] > 0
    fetches = warehouse.read_table("feed_fetches")
    assert set(fetches["status"]) == {"ok"} and set(fetches["feed"]) == feeds
    articles_before = warehouse.read_table("articles", order_by="article_id")
    figures_before = warehouse.read_table("trade_figures", order_by="figure_id")

    make_run(tmp_path, duckdb_url)
    second = counts(warehouse)
    # The fetch log gains one row per feed and run; every data table stays as it was.
    assert second == {**first, "feed_fetches": 2 * len(feeds)}
    assert warehouse.read_table("articles", order_by="article_id").equals(articles_before)
    assert warehouse.read_table("trade_figures", order_by="figure_id").equals(figures_before)


def test_a_broken_feeds_file_stops_make_run_with_one_line_and_exit_code_2(tmp_path):
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - name: x\n", encoding="utf-8")  # no url
    env = {**os.environ, "TRADEWIRE_FEEDS": str(feeds), "DAGSTER_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "orchestration.cli", "run"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith("tradewire: ") and str(feeds) in done.stderr


def test_the_cli_module_imports_no_dagster():
    """Process-pool workers re-import the parent's __main__; under `make run` that is this module."""
    probe = "import sys, orchestration.cli; print(sorted({'dagster', 'pandas'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr
