"""The real Dagster webserver and daemon (`make ui`): the asset graph, checks, schedule and sensor are
served, and a week-long backfill launched from the asset graph runs as ONE run."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WEEK = [f"2024-03-0{day}" for day in range(1, 8)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def graphql(port: int, query: str, variables: dict | None = None) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql", data=json.dumps({"query": query, "variables": variables or {}}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        body = json.loads(response.read())
    assert "errors" not in body, body
    return body["data"]


@pytest.fixture(scope="module")
def dagster_dev(tmp_path_factory):
    home = tmp_path_factory.mktemp("dagster_home")
    port = free_port()
    env = {**os.environ, "DAGSTER_HOME": str(home),
           "TRADEWIRE_WAREHOUSE_URL": f"duckdb:///{home}/warehouse.duckdb"}
    process = subprocess.Popen(
        [sys.executable, "-m", "dagster", "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=2)
                break
            except OSError:
                assert process.poll() is None, "dagster dev exited"
                assert time.monotonic() < deadline, "dagster dev did not come up in 120 s"
                time.sleep(1)
        yield port
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=60)


def test_asset_graph_checks_schedule_and_sensor_are_served(dagster_dev):
    data = graphql(dagster_dev, """{
      assetNodes { assetKey { path } groupName isPartitioned
                   assetChecksOrError { ... on AssetChecks { checks { name } } } }
      schedulesOrError(repositorySelector: {repositoryLocationName: "orchestration.definitions",
                                            repositoryName: "__repository__"}) {
        ... on Schedules { results { name cronSchedule scheduleState { status } } } }
    }""")
    nodes = {"/".join(n["assetKey"]["path"]): n for n in data["assetNodes"]}
    assert {"feed_archive", "articles", "trade_figures"} <= set(nodes)
    assert nodes["articles"]["isPartitioned"] and not nodes["feed_archive"]["isPartitioned"]
    checks = {c["name"] for c in nodes["trade_figures"]["assetChecksOrError"]["checks"]}
    assert {"rejected_rate_below_threshold", "figures_match_their_articles", "articles_with_figures_share"} <= checks
    [schedule] = [s for s in data["schedulesOrError"]["results"] if s["name"] == "nightly_schedule"]
    assert schedule["cronSchedule"] == "30 2 * * *"
    assert schedule["scheduleState"]["status"] == "STOPPED"  # documented: switch it on deliberately


def test_backfill_from_the_asset_graph_is_one_run(dagster_dev):
    launched = graphql(dagster_dev, """mutation($params: LaunchBackfillParams!) {
      launchPartitionBackfill(backfillParams: $params) {
        __typename ... on LaunchBackfillSuccess { backfillId } ... on PythonError { message } } }""",
        {"params": {"assetSelection": [{"path": ["articles"]}, {"path": ["trade_figures"]}],
                    "partitionNames": WEEK, "fromFailure": False}})["launchPartitionBackfill"]
    assert launched["__typename"] == "LaunchBackfillSuccess", launched
    backfill_id = launched["backfillId"]

    deadline = time.monotonic() + 240
    while True:
        backfill = graphql(dagster_dev, """query($id: String!) { partitionBackfillOrError(backfillId: $id) {
            ... on PartitionBackfill { status runs(limit: 100) { runId status } } } }""",
                           {"id": backfill_id})["partitionBackfillOrError"]
        runs = backfill["runs"]
        if backfill["status"] in ("COMPLETED", "COMPLETED_SUCCESS", "FAILED", "CANCELED", "COMPLETED_FAILED") \
                and all(r["status"] in ("SUCCESS", "FAILURE", "CANCELED") for r in runs):
            break
        assert time.monotonic() < deadline, f"backfill still {backfill['status']} after 240 s: {runs}"
        time.sleep(2)
    assert len(runs) == 1, f"a week-long backfill should be one run, got {len(runs)}"
    assert runs[0]["status"] == "SUCCESS"
