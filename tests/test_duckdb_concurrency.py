"""DuckDB: a BI tool holding the file open must not fail a run, and a run must not lock readers out.

Real second processes: one holds a read-only connection to the published BI copy while we write
and republish; another holds the live file for a moment while we wait for it.
"""

import subprocess
import sys
import textwrap
import time
from datetime import date

import duckdb
import pytest
from sqlalchemy.exc import OperationalError

from resources.warehouse import Warehouse
from tests.test_warehouse import article_rows

DAY = date(2024, 1, 1)


def hold_open(path, seconds: float, read_only: bool) -> subprocess.Popen:
    """Another process that opens the DuckDB file, says 'open', counts articles, and keeps holding it."""
    code = textwrap.dedent(f"""
        import duckdb, sys, time
        connection = duckdb.connect({str(path)!r}, read_only={read_only})
        print("open", connection.execute("SELECT COUNT(*) FROM tradewire.articles").fetchone()[0], flush=True)
        time.sleep({seconds})
        print("still", connection.execute("SELECT COUNT(*) FROM tradewire.articles").fetchone()[0], flush=True)
    """)
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().startswith("open")
    return process


def last_words(process: subprocess.Popen) -> str:
    """What the process printed after 'open'. Not communicate(timeout=...): it reads the pipe's file
    descriptor directly and loses a line that readline() already buffered (with no sleep, both lines come at once)."""
    process.wait(timeout=10)
    return process.stdout.read().strip()


@pytest.fixture
def duck(tmp_path) -> Warehouse:
    store = Warehouse(url=f"duckdb:///{tmp_path}/warehouse.duckdb", lock_timeout_seconds=30)
    store.setup()
    store.replace_range({"articles": article_rows(DAY, ["a"])}, "published_date", DAY, DAY)
    return store


def test_bi_reader_on_the_published_copy_never_blocks_writes(duck, tmp_path):
    copy = duck.publish_read_copy()
    assert copy == str(tmp_path / "warehouse.bi.duckdb") == str(duck.read_copy)
    reader = hold_open(copy, seconds=3, read_only=True)

    started = time.monotonic()
    duck.replace_range({"articles": article_rows(DAY, ["a", "b", "c"])}, "published_date", DAY, DAY)
    duck.publish_read_copy()
    assert time.monotonic() - started < 2.5, "writing and republishing waited for the BI reader"

    # The reader keeps its consistent old snapshot until it reconnects; a new reader sees the new data.
    assert last_words(reader) == "still 1"
    with duckdb.connect(copy, read_only=True) as fresh:
        assert fresh.execute("SELECT COUNT(*) FROM tradewire.articles").fetchone()[0] == 3


def test_a_process_holding_the_live_file_briefly_makes_writes_wait_not_fail(duck, tmp_path):
    holder = hold_open(tmp_path / "warehouse.duckdb", seconds=1.5, read_only=True)
    duck.replace_range({"articles": article_rows(DAY, ["a", "b"])}, "published_date", DAY, DAY)
    last_words(holder)
    assert len(duck.read_table("articles")) == 2


def test_readers_get_in_between_transactions(duck, tmp_path):
    # No connection stays open after a write: another process can read the live file right away.
    duck.replace_range({"articles": article_rows(DAY, ["a", "b"])}, "published_date", DAY, DAY)
    reader = hold_open(tmp_path / "warehouse.duckdb", seconds=0, read_only=True)
    assert last_words(reader) == "still 2"


def test_a_file_held_for_too_long_fails_with_the_lock_error(duck, tmp_path):
    holder = hold_open(tmp_path / "warehouse.duckdb", seconds=3, read_only=True)
    impatient = duck.model_copy(update={"lock_timeout_seconds": 0.5})
    with pytest.raises(OperationalError, match="Could not set lock"):
        impatient.read_table("articles")
    last_words(holder)
