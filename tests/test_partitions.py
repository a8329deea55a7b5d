"""Cutting a partition range into pieces a step writes one at a time."""

from datetime import date

import pytest

from orchestration.partitions import split_range


@pytest.mark.parametrize("rows_per_day, max_rows, expected", [
    ({}, 10, [("01", "07")]),                                        # no rows: one piece, every day in it
    ({"01": 4, "02": 4, "03": 4}, 10, [("01", "02"), ("03", "07")]),  # cut before the day that overflows
    ({"03": 25}, 10, [("01", "07")]),                                 # one big day is never split
    ({"01": 3, "02": 25, "05": 3}, 10, [("01", "01"), ("02", "04"), ("05", "07")]),
    ({"01": 10, "02": 10}, 10, [("01", "01"), ("02", "07")]),
])
def test_split_range_covers_every_day_in_bounded_pieces(rows_per_day, max_rows, expected):
    def day(text):
        return date(2024, 3, int(text))
    pieces = split_range(day("01"), day("07"), {day(k): v for k, v in rows_per_day.items()}, max_rows)
    assert pieces == [(day(a), day(b)) for a, b in expected]
