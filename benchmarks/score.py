"""Score extract_figures against annotated articles (rules: shared/devset/ANNOTATION.md).

    python benchmarks/score.py [DIR ...] [--blind] [--min-f1 X] [--quiet] [--fields]

Default dirs: ../shared/devset (beside the repo, when it exists), every training slice
tests/corpus/tune* and the bundled sample articles feeds/sample/articles.
A prediction matches an annotated figure when kind, the country pair (either order for the
symmetric kinds; either side of the flow for export/import), unit agree, value is within 2 %
and the year agrees (or the annotation's year is null). Predictions matching an `ignore`
entry are dropped first. Micro precision/recall/F1; misses and extras are listed per
directory, except for the blind slices (tests/corpus/blind*), which only ever get aggregate numbers.
--fields adds, over the matched figures, how often the fields F1 does not score agree with the annotation:
qualifier, reported_change_pct (within 0.15 points) and commodity (where the annotation names one; either
name may hold the other as whole words: "wheat" for "wheat flour").
Exit status 0, or 1 with --min-f1 when the overall F1 is below it.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extraction import extract_figures  # noqa: E402
from extraction.scoring import prf, score  # noqa: E402

BLIND_DIRS = {(REPO / "tests" / "corpus" / name).resolve()
              for name in ("blind", "blind2", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
                           "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18",
                           "blind19")}


def predict(article: dict) -> list[dict]:
    published = date.fromisoformat(article["published"][:10])
    rows = []
    for f in extract_figures(article["text"], published, article.get("title")):
        rows.append({
            "kind": f.kind, "reporter": f.reporter_iso3, "partner": f.partner_iso3,
            "unit": f.unit, "value": f.value,
            "year": f.period_end.year if f.period_end else None,
            "quote": article["text"][f.char_start:f.char_end], "sentence": f.sentence,
            "qualifier": f.qualifier, "reported_change_pct": f.reported_change_pct, "commodity": f.commodity,
        })
    return rows


def score_article(article: dict) -> tuple[list, list, list]:
    """(true positives, extras, misses) for one article."""
    return score(predict(article), list(article.get("figures") or []), article.get("ignore") or [])


def _describe(row: dict) -> str:
    return (f"{row['kind']:<14} {row['reporter']}-{row['partner']} {row['value']:>16,.1f} {row['unit']:<5} "
            f"year={row.get('year')}")


FIELDS = ("qualifier", "reported_change_pct", "commodity")


def field_agreement(hits: list[tuple[dict, dict]]) -> Counter:
    """For each unscored field, (field, True/False) counts of agreement over matched (prediction, gold) pairs."""
    counts: Counter = Counter()
    for prediction, gold in hits:   # an annotation without the field (the dev set has none) says nothing
        if "qualifier" in gold:
            counts["qualifier", prediction["qualifier"] == gold["qualifier"]] += 1
        if "reported_change_pct" in gold:
            ours, theirs = prediction["reported_change_pct"], gold["reported_change_pct"]
            counts["reported_change_pct", ours == theirs or (ours is not None and theirs is not None
                                                             and abs(ours - float(theirs)) < 0.15)] += 1
        if gold.get("commodity"):
            ours, theirs = (prediction["commodity"] or "").lower(), gold["commodity"].lower()
            counts["commodity", bool(ours) and bool(re.search(rf"\b{re.escape(ours)}\b", theirs)
                                                     or re.search(rf"\b{re.escape(theirs)}\b", ours))] += 1
    return counts


def score_dir(directory: Path, quiet: bool) -> tuple[int, int, int, int, Counter]:
    blind = directory.resolve() in BLIND_DIRS
    tp = fp = fn = articles = 0
    fields: Counter = Counter()
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
        fields += field_agreement(hits)
        if blind or quiet or not (extras or misses):
            continue
        print(f"  {path.name}  ({article.get('published')})")
        for g in misses:
            print(f"    MISS  {_describe(g)}  «{g.get('quote', '')}»")
        for p in extras:
            print(f"    EXTRA {_describe(p)}  «{p['quote']}» in «{p['sentence'][:160]}»")
    return articles, tp, fp, fn, fields


def _agreement(fields: Counter) -> str:
    parts = []
    for name in FIELDS:
        agree, total = fields[name, True], fields[name, True] + fields[name, False]
        parts.append(f"{name} {agree / total:.3f} ({agree}/{total})" if total else f"{name} -")
    return "  fields agree: " + ", ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--blind", action="store_true", help="also score the blind slices tests/corpus/blind*, aggregates only")
    parser.add_argument("--min-f1", type=float, default=None, help="exit 1 when overall F1 is below this")
    parser.add_argument("--quiet", action="store_true", help="aggregates only, no misses/extras")
    parser.add_argument("--fields", action="store_true",
                        help="also how often qualifier, change and commodity agree on the matched figures")
    args = parser.parse_args(argv)

    dirs = list(args.dirs)
    if not dirs:
        devset = REPO.parent / "shared" / "devset"
        if devset.is_dir():
            dirs.append(devset)
        # every training slice, in numeric order (tune, tune2, ..., tune13), then the bundled sample articles
        slices = (REPO / "tests" / "corpus").glob("tune*")
        dirs += sorted(slices, key=lambda d: int(d.name[4:] or 1))
        dirs.append(REPO / "feeds" / "sample" / "articles")
    if args.blind:
        dirs += [d for d in sorted(BLIND_DIRS) if d.is_dir() and d not in [x.resolve() for x in dirs]]

    total = [0, 0, 0, 0]
    fields: Counter = Counter()
    for directory in dirs:
        if not directory.is_dir():
            print(f"{directory}: not a directory, skipped")
            continue
        if directory.resolve() not in BLIND_DIRS and not args.quiet:
            print(f"{directory}:")
        n, tp, fp, fn, dir_fields = score_dir(directory, args.quiet)
        p, r, f = prf(tp, fp, fn)
        print(f"{directory}: {n} articles  tp={tp} fp={fp} fn={fn}  P={p:.3f} R={r:.3f} F1={f:.3f}")
        if args.fields:
            print(_agreement(dir_fields))
        total = [a + b for a, b in zip(total, (n, tp, fp, fn))]
        fields += dir_fields
    p, r, f = prf(*total[1:])
    print(f"overall: {total[0]} articles  tp={total[1]} fp={total[2]} fn={total[3]}  P={p:.3f} R={r:.3f} F1={f:.3f}")
    if args.fields:
        print(_agreement(fields))
    if args.min_f1 is not None and f < args.min_f1:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
