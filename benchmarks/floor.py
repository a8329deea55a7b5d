"""The floor: the least a load of the same archive could cost in plain Python, one process.

    python benchmarks/floor.py FEEDS_YAML --db OUT.duckdb

Reads the feeds file (the synthetic archive's feeds.yaml: relative paths or file:// URLs),
parses every RSS file with feedparser, strips the tags of each item's full text, runs ONE
money/tonnage regular expression over each body, and bulk-writes an `articles` table and a
`figures` table into a fresh DuckDB file (from DataFrames, one INSERT each). No Dagster, no
deduplication, no validation, no archive of raw entries: the pipeline's first load is compared
against this in benchmarks/run.py.
"""
from __future__ import annotations

import argparse
import calendar
import hashlib
import html
import re
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote, urlparse

import duckdb
import feedparser
import pandas as pd
import yaml

# "$2.1 billion", "US$ 45 million", "1.9 million tonnes", "181,565 tons": the one regular expression.
FIGURE = re.compile(
    r"(?:US\$|\$)\s?(?P<money>\d[\d,]*(?:\.\d+)?)\s*(?P<money_scale>thousand|million|billion|trillion)?"
    r"|(?P<mass>\d[\d,]*(?:\.\d+)?)\s*(?P<mass_scale>thousand|million)?\s+(?:metric\s+)?(?:tonnes|tons)\b",
    re.IGNORECASE,
)
SCALE = {None: 1.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_TAG = re.compile(r"<[^>]+>")


def feed_paths(feeds_file: Path) -> list[Path]:
    document = yaml.safe_load(feeds_file.read_text(encoding="utf-8"))
    paths = []
    for entry in document["feeds"]:
        url = entry["url"]
        paths.append(Path(unquote(urlparse(url).path)) if url.startswith("file://") else feeds_file.parent / url)
    return paths


def body_text(entry) -> str:
    fragment = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
    return html.unescape(_TAG.sub("\n", fragment)).strip()


def load(feeds_file: Path, database: Path) -> tuple[int, int]:
    articles, figures = [], []
    for path in feed_paths(feeds_file):
        parsed = feedparser.parse(str(path))
        for entry in parsed.entries:
            body = body_text(entry)
            article_id = hashlib.sha256((entry.get("link") or entry.get("id", "")).encode()).hexdigest()[:24]
            stamp = entry.get("published_parsed")
            published = datetime.fromtimestamp(calendar.timegm(stamp), tz=timezone.utc) if stamp else None
            articles.append((article_id, entry.get("link", ""), path.stem, entry.get("title", ""), published, body))
            for match in FIGURE.finditer(body):
                if match["money"]:
                    value, unit = float(match["money"].replace(",", "")) * SCALE[match["money_scale"]], "USD"
                else:
                    value, unit = float(match["mass"].replace(",", "")) * SCALE[match["mass_scale"]], "t"
                figures.append((article_id, value, unit, match.start(), match.end(), match.group(0)))

    article_frame = pd.DataFrame(articles, columns=["article_id", "url", "source_file", "title", "published_at", "body"])
    figure_frame = pd.DataFrame(figures, columns=["article_id", "value", "unit", "char_start", "char_end", "quote"])
    database.unlink(missing_ok=True)
    with duckdb.connect(str(database)) as connection:
        connection.execute("CREATE TABLE articles AS SELECT * FROM article_frame")
        connection.execute("CREATE TABLE figures AS SELECT * FROM figure_frame")
    return len(article_frame), len(figure_frame)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("feeds_file", type=Path, help="feeds YAML of the archive (benchmarks/synthetic_archive.py)")
    parser.add_argument("--db", type=Path, required=True, help="DuckDB file to create (replaced if it exists)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    n_articles, n_figures = load(args.feeds_file, args.db)
    print(f"floor: {n_articles} articles, {n_figures} figures -> {args.db} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
