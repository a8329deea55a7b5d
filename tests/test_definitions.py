"""The Definitions as the UI and the daemon load them."""

from datetime import date, datetime, timezone

import dagster as dg
import pytest

from orchestration.definitions import defs
from orchestration.partitions import RANGE_END_TAG, RANGE_START_TAG, daily_partitions, plan_ranges
from orchestration.schedules import nightly_schedule


def test_definitions_load():
    dg.Definitions.validate_loadable(defs)
    assert {job.name for job in defs.resolve_all_job_defs()} >= {"tradewire_job", "ingest_job", "rebuild_job"}
    graph = defs.resolve_asset_graph()
    assert {key.to_user_string() for key in graph.get_all_asset_keys()} >= {"feed_archive", "articles", "trade_figures"}


def test_partitions_are_daily_from_2015_and_backfill_in_one_run():
    assert daily_partitions.get_first_partition_key() == "2015-01-01"
    for name in ("articles", "trade_figures"):
        asset = defs.resolve_assets_def(name)
        assert asset.partitions_def == daily_partitions
        assert asset.backfill_policy == dg.BackfillPolicy.single_run()


def test_nightly_tick_requests_yesterday_and_lookback_in_one_run():
    context = dg.build_schedule_context(scheduled_execution_time=datetime(2024, 3, 8, 2, 30, tzinfo=timezone.utc))
    request = nightly_schedule.evaluate_tick(context).run_requests[0]
    assert request.tags[RANGE_START_TAG] == "2024-03-04"
    assert request.tags[RANGE_END_TAG] == "2024-03-07"
    assert request.run_key == "nightly-2024-03-07"
    assert nightly_schedule.job_name == "tradewire_job"


def test_plan_ranges_bridges_short_gaps_only():
    from datetime import date

    days = [date(2024, 1, 1), date(2024, 1, 3), date(2024, 1, 20), date(2023, 12, 31), date(2024, 1, 3)]
    assert plan_ranges(days, max_gap_days=2) == [(date(2023, 12, 31), date(2024, 1, 3)), (date(2024, 1, 20),) * 2]
    assert plan_ranges(days, max_gap_days=30) == [(date(2023, 12, 31), date(2024, 1, 20))]
    assert plan_ranges([], max_gap_days=5) == []


def test_asset_checks_are_defined_for_the_ui():
    graph = defs.resolve_asset_graph()
    checks = {(key.asset_key.to_user_string(), key.name) for key in graph.asset_check_keys}
    assert {
        ("trade_figures", "rejected_rate_below_threshold"),
        ("trade_figures", "articles_with_figures_share"),
        ("trade_figures", "figures_match_their_articles"),
        ("trade_figures", "no_duplicate_ids"),
        ("trade_figures", "single_extractor_version"),
        ("feed_archive", "feeds_fetched_recently"),
        ("articles", "freshness_check"),
        ("trade_figures", "freshness_check"),
    } <= checks
    sensor = defs.resolve_sensor_def("freshness_sensor")
    assert {key.name for key in sensor.asset_selection.resolve_checks(graph)} == {"freshness_check"}


def test_jobs_select_what_they_say():
    def keys(job_name):
        job = defs.resolve_job_def(job_name)
        return {key.to_user_string() for key in job.asset_layer.selected_asset_keys}

    assert keys("ingest_job") == {"feed_archive"}
    assert keys("rebuild_job") == {"articles", "trade_figures"}
    assert keys("reextract_job") == {"trade_figures"}
    assert keys("marts_job") >= {"trade_annual", "trade_growth_yoy", "bi_read_copy"}
    assert keys("tradewire_job") >= {"feed_archive", "articles", "trade_figures", "trade_annual", "bi_read_copy"}


def test_catchup_sensor_requests_what_the_fetching_run_does_not_build(tmp_path):
    from orchestration.partitions import range_tags
    from orchestration.sensors import catchup_sensor

    @dg.asset(name="feed_archive")
    def fake_feed_archive():
        due = ["2023-01-02", "2023-01-05", "2024-03-05", "2024-03-06", "2024-03-07"]
        return dg.MaterializeResult(metadata={"dates_to_build": dg.MetadataValue.json(due)})

    with dg.instance_for_test() as instance:
        result = dg.materialize([fake_feed_archive], instance=instance, tags=range_tags(date(2024, 3, 4), date(2024, 3, 7)))
        assert result.success
        context = dg.build_sensor_context(instance=instance, definitions=defs)
        requests = catchup_sensor.evaluate_tick(context).run_requests  # against the real event log
    assert [(r.tags[RANGE_START_TAG], r.tags[RANGE_END_TAG]) for r in requests] == [("2023-01-02", "2023-01-05")]
    assert catchup_sensor.job_name == "catchup_job"


def test_only_existing_partitions_are_built():
    from orchestration.partitions import partition_dates

    now = datetime(2024, 3, 8, 1, 0, tzinfo=timezone.utc)
    days = [date(2014, 12, 31), date(2015, 1, 1), date(2024, 3, 7), date(2024, 3, 8), date(2024, 3, 9)]
    assert partition_dates(days, now) == [date(2015, 1, 1), date(2024, 3, 7)]


@pytest.mark.parametrize("tags, expected", [
    ({"dagster/partition": "2024-03-05"}, [("2023-01-02", "2023-01-05"), ("2024-03-06", "2024-03-07")]),
    ({"tradewire/builds_own_dates": "true"}, []),
])
def test_catchup_sensor_leaves_what_the_fetching_run_builds_itself(tags, expected):
    from orchestration.sensors import catchup_sensor

    @dg.asset(name="feed_archive")
    def fake_feed_archive():
        due = ["2023-01-02", "2023-01-05", "2024-03-05", "2024-03-06", "2024-03-07"]
        return dg.MaterializeResult(metadata={"dates_to_build": dg.MetadataValue.json(due)})

    with dg.instance_for_test() as instance:
        assert dg.materialize([fake_feed_archive], instance=instance, tags=tags).success
        context = dg.build_sensor_context(instance=instance, definitions=defs)
        requests = catchup_sensor.evaluate_tick(context).run_requests or []
    assert [(r.tags[RANGE_START_TAG], r.tags[RANGE_END_TAG]) for r in requests] == expected
