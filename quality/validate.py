"""Validate a frame with Pandera before it is written: bad rows are set aside with their reason,
and only a frame that is wrong as a whole (missing column, wrong type) stops the run."""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd
import pandera.pandas as pa

# Failures that say the frame is malformed rather than a row: a bug in the producing code.
_STRUCTURAL_CHECKS = {"column_in_dataframe", "column_in_schema", "dtype", "coerce_dtype", "column_ordered"}


class TableModel(pa.DataFrameModel):
    """Base of every table's model: exactly the table's columns, in order, coerced to their types."""

    class Config:
        strict = True
        ordered = True
        coerce = True


class FrameShapeError(ValueError):
    """The frame does not have the table's shape: a bug in the code that produced it."""


@dataclass
class ValidationOutcome:
    valid: pd.DataFrame  # coerced by the schema, ready to write
    rejected: pd.DataFrame  # the rejected rows as produced, plus `reason`
    reasons: Counter = field(default_factory=Counter)  # rejected rows per check


def validate_rows(schema: pa.DataFrameSchema, frame: pd.DataFrame, table: str) -> ValidationOutcome:
    """Lazy validation: every failing check of every row is collected, not just the first."""
    schema = _frame_checks_on_every_row(schema, frame)
    try:
        return ValidationOutcome(schema.validate(frame, lazy=True), frame.iloc[0:0].assign(reason=pd.Series(dtype=str)))
    except pa.errors.SchemaErrors as errors:
        failures = errors.failure_cases
    check_names = failures["check"].astype(str).str.split("(").str[0]  # dtype('int64') -> dtype
    structural = failures[failures["index"].isna() | check_names.isin(_STRUCTURAL_CHECKS)]
    if len(structural):
        details = "; ".join(f"{row.column}: {row.check} ({row.failure_case})"
                            for row in structural.drop_duplicates(["column", "check"]).itertuples())
        raise FrameShapeError(
            f"BUG: the {table} frame does not match its schema, so nothing was written: {details}"
        )
    reasons_by_row = (
        failures.assign(reason=failures.apply(_reason, axis=1))
        .groupby("index")["reason"].agg(lambda reasons: "; ".join(sorted(set(reasons))))
    )
    rejected = frame.loc[reasons_by_row.index].assign(reason=reasons_by_row.values)
    valid = schema.validate(frame.drop(index=reasons_by_row.index), lazy=True)
    counts = Counter(reason for reasons in reasons_by_row for reason in reasons.split("; "))
    return ValidationOutcome(valid, rejected, counts)


def _frame_checks_on_every_row(schema: pa.DataFrameSchema, frame: pd.DataFrame) -> pa.DataFrameSchema:
    """Pandera lets a frame-wide check pass any row whose every value is null (ignore_na), and for that
    runs frame.isna() over the whole frame once per check: a third of the validation of a piece of
    trade_figures. Where one column has no null, no row is all null and ignore_na changes nothing, so
    the checks run without it, with the same outcome. This holds for checks that return a Series (one
    verdict per row), as every frame-wide check of the project does (tests/test_validation.py checks
    it); for a check returning a frame, pandera exempts each null cell, which this would not."""
    if not any(check.ignore_na for check in schema.checks) or not any(
            frame[column].notna().all() for column in frame.columns):
        return schema
    schema = copy.copy(schema)  # never mutate the caller's (or to_schema()'s cached) schema
    schema.checks = [copy.copy(check) for check in schema.checks]
    for check in schema.checks:
        check.ignore_na = False
    return schema


def _reason(failure: pd.Series) -> str:
    # Column checks name their column; frame-wide checks are named for what they test.
    if failure["schema_context"] == "Column":
        return f"{failure['column']}: {failure['check']}"
    return str(failure["check"])
