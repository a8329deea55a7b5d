"""Score extract_figures against annotated articles (rules: shared/devset/ANNOTATION.md).

    python benchmarks/score.py [DIR ...] [--blind] [--min-f1 X] [--quiet]

Default dirs: ../shared/devset (beside the repo, when it exists) and tests/corpus/tune.
A prediction matches an annotated figure when kind, the country pair (either order for the
symmetric kinds; either side of the flow for export/import), unit agree, value is within 2 %
and the year agrees (or the annotation's year is null). Predictions matching an `ignore`
entry are dropped first. Micro precision/recall/F1; misses and extras are listed per
directory, except for tests/corpus/blind, which only ever gets aggregate numbers.
Exit status 0, or 1 with --min-f1 when the overall F1 is below it.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extraction import extract_figures  # noqa: E402

SYMMETRIC = {"trade_turnover", "trade_target", "deal_value", "investment"}
FLOWS = {"export", "import"}
BLIND = (REPO / "tests" / "corpus" / "blind").resolve()


def _flow(kind: str, reporter: str, partner: str) -> tuple[str, str]:
    """(exporter, importer) of an export/import row."""
    return (reporter, partner) if kind == "export" else (partner, reporter)


def matches(pred: dict, gold: dict) -> bool:
    if pred["unit"] != gold["unit"]:
        return False
    g_value = float(gold["value"])
    if abs(float(pred["value"]) - g_value) > 0.02 * abs(g_value):
        return False
    if gold.get("year") is not None and pred.get("year") != int(gold["year"]):
        return False
    if pred["kind"] in FLOWS and gold["kind"] in FLOWS:
        # "Tajikistan's imports from Kazakhstan" = Kazakhstan's exports to Tajikistan
        return _flow(pred["kind"], pred["reporter"], pred["partner"]) == \
            _flow(gold["kind"], gold["reporter"], gold["partner"])
    if pred["kind"] != gold["kind"]:
        return False
    if gold["kind"] in SYMMETRIC:
        return {pred["reporter"], pred["partner"]} == {gold["reporter"], gold["partner"]}
    return (pred["reporter"], pred["partner"]) == (gold["reporter"], gold["partner"])


def predict(article: dict) -> list[dict]:
    published = date.fromisoformat(article["published"][:10])
    rows = []
    for f in extract_figures(article["text"], published, article.get("title")):
        rows.append({
            "kind": f.kind, "reporter": f.reporter_iso3, "partner": f.partner_iso3,
            "unit": f.unit, "value": f.value,
            "year": f.period_end.year if f.period_end else None,
            "quote": article["text"][f.char_start:f.char_end], "sentence": f.sentence,
        })
    return rows


def score_article(article: dict) -> tuple[list, list, list]:
    """(true positives, extras, misses) for one article."""
    predictions = predict(article)
    ignore = article.get("ignore") or []
    predictions = [p for p in predictions if not any(matches(p, g) for g in ignore)]
    golds = list(article.get("figures") or [])
    used = [False] * len(golds)
    hits, extras = [], []
    for p in predictions:
        for i, g in enumerate(golds):
            if not used[i] and matches(p, g):
                used[i] = True
                hits.append((p, g))
                break
        else:
            extras.append(p)
    misses = [g for i, g in enumerate(golds) if not used[i]]
    return hits, extras, misses


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _describe(row: dict) -> str:
    return (f"{row['kind']:<14} {row['reporter']}-{row['partner']} {row['value']:>16,.1f} {row['unit']:<5} "
            f"year={row.get('year')}")


def score_dir(directory: Path, quiet: bool) -> tuple[int, int, int, int]:
    blind = directory.resolve() == BLIND
    tp = fp = fn = articles = 0
    for path in sorted(directory.glob("*.json")):
        try:
            article = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(article, dict) or "text" not in article or "figures" not in article:
            continue
        articles += 1
        hits, extras, misses = score_article(article)
        tp, fp, fn = tp + len(hits), fp + len(extras), fn + len(misses)
        if blind or quiet or not (extras or misses):
            continue
        print(f"  {path.name}  ({article.get('published')})")
        for g in misses:
            print(f"    MISS  {_describe(g)}  «{g.get('quote', '')}»")
        for p in extras:
            print(f"    EXTRA {_describe(p)}  «{p['quote']}» in «{p['sentence'][:160]}»")
    return articles, tp, fp, fn


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--blind", action="store_true", help="also score tests/corpus/blind (aggregates only)")
    parser.add_argument("--min-f1", type=float, default=None, help="exit 1 when overall F1 is below this")
    parser.add_argument("--quiet", action="store_true", help="aggregates only, no misses/extras")
    args = parser.parse_args(argv)

    dirs = list(args.dirs)
    if not dirs:
        devset = REPO.parent / "shared" / "devset"
        if devset.is_dir():
            dirs.append(devset)
        dirs.append(REPO / "tests" / "corpus" / "tune")
    if args.blind and BLIND not in [d.resolve() for d in dirs]:
        dirs.append(BLIND)

    total = [0, 0, 0, 0]
    for directory in dirs:
        if not directory.is_dir():
            print(f"{directory}: not a directory, skipped")
            continue
        if directory.resolve() != BLIND and not args.quiet:
            print(f"{directory}:")
        n, tp, fp, fn = score_dir(directory, args.quiet)
        p, r, f = prf(tp, fp, fn)
        print(f"{directory}: {n} articles  tp={tp} fp={fp} fn={fn}  P={p:.3f} R={r:.3f} F1={f:.3f}")
        total = [a + b for a, b in zip(total, (n, tp, fp, fn))]
    p, r, f = prf(*total[1:])
    print(f"overall: {total[0]} articles  tp={total[1]} fp={total[2]} fn={total[3]}  P={p:.3f} R={r:.3f} F1={f:.3f}")
    if args.min_f1 is not None and f < args.min_f1:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
