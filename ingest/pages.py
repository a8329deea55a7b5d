"""Article pages for items whose feed gives only a teaser.

Polite by construction: robots.txt is read once per host and obeyed, requests to one host
are spaced by `min_interval_seconds`, hosts are fetched in parallel. A failed page is a
recorded row, never an exception: the article falls back to the feed text.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import trafilatura

from ingest.http import HttpSettings, get, make_client
from ingest.text import CELL_SEPARATOR, normalise_paragraphs


@dataclass(frozen=True)
class PageFetch:
    url: str
    fetched_at: datetime
    status: str  # ok | http_error | timeout | too_large | robots_disallowed | no_text | error
    http_status: int | None
    html: str
    text: str
    error: str | None


def fetch_pages(urls: list[str], settings: HttpSettings, min_interval_seconds: float = 1.0,
                max_hosts_in_parallel: int = 8) -> list[PageFetch]:
    by_host: dict[str, list[str]] = defaultdict(list)
    for url in dict.fromkeys(urls):  # de-duplicated, order kept
        by_host[urlsplit(url).netloc].append(url)
    if not by_host:
        return []
    with make_client(settings) as client, ThreadPoolExecutor(min(max_hosts_in_parallel, len(by_host))) as pool:
        per_host = pool.map(lambda host_urls: _fetch_host(client, host_urls, settings, min_interval_seconds),
                            by_host.values())
        return [page for pages in per_host for page in pages]


def _fetch_host(client, urls: list[str], settings: HttpSettings, min_interval: float) -> list[PageFetch]:
    robots = _robots(client, urls[0], settings)
    pages, last_request = [], 0.0
    for url in urls:
        if not robots.can_fetch(settings.user_agent, url):
            pages.append(PageFetch(url, _now(), "robots_disallowed", None, "", "", "disallowed by robots.txt"))
            continue
        wait = last_request + min_interval - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        last_request = time.monotonic()
        pages.append(_fetch_page(client, url, settings))
    return pages


def _fetch_page(client, url: str, settings: HttpSettings) -> PageFetch:
    fetched_at = _now()
    try:
        result = get(client, url, settings)
    except Exception as exc:  # an unexpected client error fails this page, never the run
        return PageFetch(url, fetched_at, "error", None, "", "", f"{type(exc).__name__}: {exc}")
    if result.status != "ok":
        return PageFetch(url, fetched_at, result.status, result.http_status, "", "", result.error)
    html = result.body.decode("utf-8", errors="replace")
    try:
        extracted = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=True)
    except Exception as exc:  # trafilatura raises a variety of parser errors on broken markup
        return PageFetch(url, fetched_at, "error", result.http_status, html, "", f"extraction failed: {exc}")
    if not extracted:
        return PageFetch(url, fetched_at, "no_text", result.http_status, html, "", "no main text found on the page")
    # trafilatura puts one paragraph per line; the warehouse keeps paragraphs as blank lines.
    text = normalise_paragraphs(table_rows_as_cells(extracted).replace("\n", "\n\n"))
    return PageFetch(url, fetched_at, "ok", result.http_status, html, text, None)


def table_rows_as_cells(extracted: str) -> str:
    """trafilatura's table rows ("| Italy | 15.3 | 13.9 |" under a "|---|---|" rule) as feed tables read:
    "Italy | 15.3 | 13.9", the rule dropped, an empty cell kept in its place, and a "|" written inside a
    cell ("\\|") as itself."""
    if "|" not in extracted:
        return extracted
    lines = []
    for line in extracted.split("\n"):
        row = line.strip()
        if row.startswith("|") and row.endswith("|") and len(row) > 1:
            if _TABLE_RULE.match(row):
                continue
            line = CELL_SEPARATOR.join(cell.strip().replace("\\|", "|") for cell in _UNESCAPED_PIPE.split(row[1:-1]))
        lines.append(line)
    return "\n".join(lines)


_TABLE_RULE = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+$")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def _robots(client, url: str, settings: HttpSettings) -> RobotFileParser:
    parts = urlsplit(url)
    parser = RobotFileParser()
    result = get(client, f"{parts.scheme}://{parts.netloc}/robots.txt", settings)
    if result.status == "ok":
        parser.parse(result.body.decode("utf-8", errors="replace").splitlines())
    elif result.http_status in (401, 403):
        parser.disallow_all = True
    else:
        # No robots.txt (404) or it could not be read: nothing is forbidden; page errors are recorded anyway.
        parser.allow_all = True
    return parser


def _now() -> datetime:
    return datetime.now(timezone.utc)
