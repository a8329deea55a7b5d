"""benchmarks/profile_summary.py on hand-written collapsed stacks (the format of `py-spy record --format raw`)."""
import sys
import xml.dom.minidom
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from profile_summary import blocked, by_bucket, by_self_time, flamegraph_svg, parse, summary  # noqa: E402

MAIN = 'process 10:"python -m orchestration.cli run"'
WORKER = 'process 11:"python -c from multiprocessing.forkserver import main; main(11, 12)";process 12:"python -c x"'
RUNPY = "_run_module_as_main (<frozen runpy>:198);<module> (orchestration/cli.py:51)"
POOL = "main (multiprocessing/forkserver.py:274);_process_worker (concurrent/futures/process.py:261)"
COLLAPSED = "\n".join([
    # worker: the regex engine's time counts for the extraction function calling re
    f"{WORKER};{POOL};extract (extraction/extract.py:40);findall (re/__init__.py:216) 30",
    f"{WORKER};{POOL};extract (extraction/extract.py:41) 20",
    f"{WORKER};{POOL};_process_worker (concurrent/futures/process.py:250) 5",
    # main: SQLAlchemy calling DuckDB; pandas under an asset; json under an asset
    f"{MAIN};{RUNPY};execute (dagster/_core/execution/api.py:9);load (assets/figures.py:12);"
    "insert (resources/warehouse.py:80);do_execute (sqlalchemy/engine/default.py:951) 15",
    f"{MAIN};{RUNPY};load (assets/figures.py:12);to_frame (pandas/core/frame.py:700) 10",
    f"{MAIN};{RUNPY};load (assets/figures.py:13);dumps (json/__init__.py:231) 4",
    f"{MAIN};{RUNPY};execute (dagster/_core/execution/api.py:9);"
    "_find_and_load (<frozen importlib._bootstrap>:1176);<module> (pandera/__init__.py:3) 8",
    f"{MAIN};{RUNPY};parse (ingest/fast_rss.py:50);fromstring (lxml/etree.py:1) 3",
    f"{MAIN};{RUNPY};connect (duckdb_engine/__init__.py:5) 2",
    f"{MAIN};_run_module_as_main (<frozen runpy>:198) 1",
    f"{MAIN} 2",
    "",
])
# Blocked threads py-spy counted as active: summary() leaves them out.
WAITS = "\n".join([
    f"{MAIN};_bootstrap (threading.py:995);_worker (concurrent/futures/thread.py:81) 40",
    f"{MAIN};_bootstrap (threading.py:995);fetch (ingest/feeds.py:9);result (concurrent/futures/_base.py:451);"
    "Condition.wait (threading.py:327) 10",
    f"{MAIN};_bootstrap (threading.py:995);run (concurrent/futures/process.py:3);"
    "_PollLikeSelector.select (selectors.py:416) 5",
])


def test_parse_splits_processes_frames_and_counts():
    stacks = parse(COLLAPSED)
    assert len(stacks) == 11
    assert stacks[0].process == "12" and stacks[0].count == 30
    assert stacks[0].frames[-2:] == [("extraction/extract.py", "extract"), ("re/__init__.py", "findall")]
    assert stacks[-1].process == "10" and stacks[-1].frames == []


@pytest.mark.parametrize("bucket, samples", [
    ("extraction/", 50),
    ("pickle/multiprocessing", 5),
    ("sqlalchemy", 15),
    ("pandas/numpy", 10),
    ("tradewire, other (assets/, orchestration/, ...)", 4),  # json, counted for its caller in assets/
    ("imports (any package)", 8),
    ("ingest/", 0),  # lxml is named, so it takes its own samples
    ("lxml/feedparser", 3),
    ("duckdb", 2),
    ("dagster/", 0),
    ("other", 3),  # runpy alone, and no Python frame at all
])
def test_by_bucket(bucket, samples):
    totals = by_bucket(parse(COLLAPSED))
    assert totals[bucket] == samples
    assert sum(totals.values()) == 100


@pytest.mark.parametrize("leaf, samples", [
    (("re/__init__.py", "findall"), 30),
    (("extraction/extract.py", "extract"), 20),  # line numbers merged
    (("sqlalchemy/engine/default.py", "do_execute"), 15),
    (("json/__init__.py", "dumps"), 4),
    (("", "(no Python frame: start-up, shutdown)"), 2),
])
def test_by_self_time(leaf, samples):
    assert by_self_time(parse(COLLAPSED))[leaf] == samples


@pytest.mark.parametrize("text, waits", [(COLLAPSED, 0), (WAITS, 3)])
def test_blocked(text, waits):
    assert sum(blocked(stack) for stack in parse(text)) == waits


@pytest.mark.parametrize("cpu_seconds, head, extraction", [
    (None, "2.0 s sampled active in 2 process(es), 1.1 s of blocking waits left out", "1.0"),
    (1.0, "2.0 s sampled active in 2 process(es), 1.1 s of blocking waits left out; scaled to the 1.0 CPU s measured",
     "0.5"),
])
def test_summary(cpu_seconds, head, extraction):
    lines = summary(COLLAPSED + "\n" + WAITS, rate=50, cpu_seconds=cpu_seconds, top=3)
    assert lines[:2] == [head, "CPU s by package (innermost named frame):"]
    assert lines[2].split() == [extraction, "s", "50", "%", "extraction/"]
    top = lines[lines.index("top 3 by self time (file, function):") + 1:]
    assert [line.split()[-1] for line in top] == ["findall", "extract", "do_execute"]


def test_summary_without_samples():
    assert summary("", rate=50) == ["no samples"]
    assert summary(WAITS, rate=50) == ["no samples"]


def test_flamegraph_is_well_formed_svg():
    svg = flamegraph_svg(COLLAPSED)
    xml.dom.minidom.parseString(svg)  # names with <, > and & escaped
    assert "extract (extraction/extract.py)" in svg
    assert flamegraph_svg("") == ""
