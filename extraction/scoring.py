"""Scoring predictions against annotated figures, by the rules of the annotation guide
(shared/devset/ANNOTATION.md): one definition used by benchmarks/score.py and the tests.

A prediction matches an annotated figure when kind, the country pair (either order for the
symmetric kinds; either side of the flow for export/import), unit agree, the value is within
2 % and the year agrees (or the annotation's year is null). Predictions matching an `ignore`
entry are dropped first.
"""

from __future__ import annotations

from extraction.model import SYMMETRIC_KINDS

FLOWS = {"export", "import"}


def _flow(kind: str, reporter: str, partner: str) -> tuple[str, str]:
    """(exporter, importer) of an export/import row."""
    return (reporter, partner) if kind == "export" else (partner, reporter)


def matches(prediction: dict, gold: dict) -> bool:
    if prediction["unit"] != gold["unit"]:
        return False
    gold_value = float(gold["value"])
    if abs(float(prediction["value"]) - gold_value) > 0.02 * abs(gold_value):
        return False
    if gold.get("year") is not None and prediction.get("year") != int(gold["year"]):
        return False
    if prediction["kind"] in FLOWS and gold["kind"] in FLOWS:
        # "Tajikistan's imports from Kazakhstan" = Kazakhstan's exports to Tajikistan
        return _flow(prediction["kind"], prediction["reporter"], prediction["partner"]) == \
            _flow(gold["kind"], gold["reporter"], gold["partner"])
    if prediction["kind"] != gold["kind"]:
        return False
    if gold["kind"] in SYMMETRIC_KINDS:
        return {prediction["reporter"], prediction["partner"]} == {gold["reporter"], gold["partner"]}
    return (prediction["reporter"], prediction["partner"]) == (gold["reporter"], gold["partner"])


def score(predictions: list[dict], figures: list[dict], ignore: list[dict]) -> tuple[list, list, list]:
    """(hits as (prediction, gold) pairs, extras, misses) for one article.

    predictions: dicts with kind, reporter, partner, unit, value, year (period_end's year or None)."""
    predictions = [p for p in predictions if not any(matches(p, g) for g in ignore)]
    used = [False] * len(figures)
    hits, extras = [], []
    for prediction in predictions:
        for i, gold in enumerate(figures):
            if not used[i] and matches(prediction, gold):
                used[i] = True
                hits.append((prediction, gold))
                break
        else:
            extras.append(prediction)
    misses = [gold for i, gold in enumerate(figures) if not used[i]]
    return hits, extras, misses


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
