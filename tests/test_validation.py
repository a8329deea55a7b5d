"""Validation before writing: which rows are quarantined, with which reason, and when the run stops."""

from datetime import date

import pandas as pd
import pytest

from extraction.schema import trade_figures_schema
from extraction.table import FIGURE_COLUMNS
from quality.validate import FrameShapeError, validate_rows

DAY = date(2023, 5, 3)
BODY_LENGTHS = pd.Series({"art-1": 500})


def figure(**overrides) -> dict:
    row = {
        "figure_id": "f1", "article_id": "art-1", "published_date": DAY, "kind": "trade_turnover",
        "reporter_iso3": "KAZ", "partner_iso3": "TJK", "commodity": None, "value": 1.4e9, "unit": "USD",
        "count_noun": None, "qualifier": "exact", "period_start": date(2022, 1, 1), "period_end": date(2022, 12, 31),
        "reported_change_pct": 18.5, "sentence": "Trade reached $1.4 billion.", "char_start": 10, "char_end": 22,
        "confidence": 0.9, "extractor_version": "test",
    }
    row.update(overrides)
    return row


def check(*rows: dict):
    frame = pd.DataFrame(list(rows), columns=FIGURE_COLUMNS)
    return validate_rows(trade_figures_schema(BODY_LENGTHS, DAY, DAY), frame, "trade_figures")


def test_good_rows_pass_coerced():
    outcome = check(figure())
    assert len(outcome.valid) == 1 and outcome.rejected.empty
    assert outcome.valid["value"].dtype == "float64"


@pytest.mark.parametrize(
    "overrides, reason",
    [
        ({"kind": "rumour"}, "kind: isin"),
        ({"unit": "dollars"}, "unit: isin"),
        ({"qualifier": "maybe"}, "qualifier: isin"),
        ({"partner_iso3": "XXX"}, "partner_iso3: isin"),
        ({"reporter_iso3": "KZ"}, "reporter_iso3: isin"),
        ({"partner_iso3": "KAZ"}, "reporter_differs_from_partner"),
        ({"value": -5.0}, "value: greater_than(0)"),
        ({"value": 5e13}, "value_plausible_for_unit_and_kind"),
        ({"value": 50.0}, "value_plausible_for_unit_and_kind"),
        ({"unit": "t", "value": 2e9, "kind": "export"}, "value_plausible_for_unit_and_kind"),
        ({"period_start": date(2022, 12, 31), "period_end": date(2022, 1, 1)}, "period_start_not_after_period_end"),
        ({"period_start": date(2024, 1, 1), "period_end": date(2024, 12, 31)}, "actual_not_after_publication"),
        ({"kind": "trade_target", "period_start": date(2070, 1, 1), "period_end": date(2070, 12, 31)},
         "target_within_30_years_of_publication"),
        ({"char_end": 900}, "char_offsets_inside_body"),
        ({"article_id": "unknown"}, "char_offsets_inside_body"),
        ({"char_start": 30, "char_end": 20}, "char_start_before_char_end"),
        ({"published_date": date(2023, 5, 4)}, "published_date_in_partition"),
        ({"confidence": 1.5}, "confidence: less_than_or_equal_to(1)"),
    ],
)
def test_bad_rows_are_quarantined_with_their_reason(overrides, reason):
    outcome = check(figure(figure_id="good"), figure(figure_id="bad", **overrides))
    assert list(outcome.valid["figure_id"]) == ["good"]
    assert list(outcome.rejected["figure_id"]) == ["bad"]
    assert reason in outcome.rejected["reason"].iloc[0]
    assert outcome.reasons[outcome.rejected["reason"].iloc[0].split("; ")[0]] == 1


def test_a_future_target_is_fine():
    outcome = check(figure(kind="trade_target", period_start=date(2027, 1, 1), period_end=date(2027, 12, 31)))
    assert outcome.rejected.empty


def test_duplicate_ids_keep_the_first():
    outcome = check(figure(), figure(value=2e9))
    assert list(outcome.valid["value"]) == [1.4e9]
    assert outcome.rejected["reason"].tolist() == ["unique_figure_id"]


def test_several_failures_of_one_row_are_all_named():
    outcome = check(figure(kind="rumour", value=-1.0))
    assert outcome.rejected["reason"].iloc[0] == "kind: isin(['trade_turnover', 'trade_target', 'export', 'import', " \
        "'deal_value', 'aid', 'investment']); value: greater_than(0); value_plausible_for_unit_and_kind"


@pytest.mark.parametrize("mangle", [
    lambda frame: frame.drop(columns=["kind"]),
    lambda frame: frame.assign(extra=1),
    lambda frame: frame.assign(value="a lot"),
])
def test_a_malformed_frame_stops_the_run_as_a_bug(mangle):
    frame = mangle(pd.DataFrame([figure()], columns=FIGURE_COLUMNS))
    with pytest.raises(FrameShapeError, match="BUG: the trade_figures frame does not match its schema"):
        validate_rows(trade_figures_schema(BODY_LENGTHS, DAY, DAY), frame, "trade_figures")



def _with_and_without_the_shortcut(schema, frame: pd.DataFrame, monkeypatch):
    import quality.validate as validate

    fast = validate_rows(schema, frame, "t")
    assert all(check.ignore_na for check in schema.checks)  # the caller's schema is left as it was
    monkeypatch.setattr(validate, "_frame_checks_on_every_row", lambda schema, frame: schema)
    reference = validate_rows(schema, frame, "t")
    pd.testing.assert_frame_equal(fast.valid, reference.valid)
    pd.testing.assert_frame_equal(fast.rejected, reference.rejected)
    assert fast.reasons == reference.reasons
    return fast


def test_frame_checks_without_ignore_na_decide_the_same(monkeypatch):
    """Frame-wide checks run without pandera's all-null-row allowance when no row is all null (far
    cheaper); every row gets the same verdict and reason as with it."""
    rows = [figure(figure_id="good"), figure(figure_id="dup"), figure(figure_id="dup", value=2e9),
            figure(figure_id="pair", partner_iso3="KAZ"), figure(figure_id="late", published_date=date(2023, 5, 4)),
            figure(figure_id="span", char_start=30, char_end=20),
            figure(figure_id="nulls", commodity=None, period_start=None, period_end=None)]
    frame = pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    fast = _with_and_without_the_shortcut(trade_figures_schema(BODY_LENGTHS, DAY, DAY), frame, monkeypatch)
    assert fast.rejected["figure_id"].tolist() == ["dup", "pair", "late", "span"]


def test_an_all_null_row_keeps_pandera_allowance(monkeypatch):
    import pandera.pandas as pa

    schema = pa.DataFrameSchema({"a": pa.Column(float, nullable=True), "b": pa.Column(float, nullable=True)},
                                checks=[pa.Check(lambda frame: frame["a"] < frame["b"], name="a_below_b")])
    frame = pd.DataFrame({"a": [1.0, 3.0, None], "b": [2.0, 2.0, None]})
    fast = _with_and_without_the_shortcut(schema, frame, monkeypatch)
    assert fast.rejected.index.tolist() == [1] and len(fast.valid) == 2  # the all-null row passes


def test_every_frame_wide_check_gives_one_verdict_per_row():
    """The ignore_na shortcut in validate_rows is exact only for checks that return a Series."""
    from ingest.schemas import Articles

    figures = pd.DataFrame([figure(figure_id="a"), figure(figure_id="b")], columns=FIGURE_COLUMNS)
    at = pd.Timestamp("2023-05-03 08:00", tz="UTC")
    articles = pd.DataFrame({"article_id": ["a", "b"], "published_at": [at, at], "published_date": [DAY, DAY]})
    for schema, frame in ((trade_figures_schema(BODY_LENGTHS, DAY, DAY), figures), (Articles.to_schema(), articles)):
        assert schema.checks
        for frame_check in schema.checks:
            assert isinstance(frame_check._check_fn(frame), pd.Series), frame_check.name
