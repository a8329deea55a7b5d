"""The feeds file (TRADEWIRE_FEEDS): which feeds to read and how.

A malformed file stops the run at once with a message naming the file, the entry and the
problem, because a silently skipped feed looks exactly like a quiet news day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import yaml

_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_KEYS = {"name", "url", "fetch_full_text"}


class FeedsConfigError(ValueError):
    """The feeds file cannot be used as it is."""


@dataclass(frozen=True)
class FeedConfig:
    name: str
    url: str  # http(s) URL or file:// URL (relative paths are resolved to file:// on load)
    # None: fetch the article page only when the item carries no full text.
    fetch_full_text: bool | None = None


def load_feeds(path: str | Path) -> list[FeedConfig]:
    path = Path(path)
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FeedsConfigError(f"{path}: feeds file not found") from None
    except yaml.YAMLError as exc:
        raise FeedsConfigError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(document, dict) or not isinstance(document.get("feeds"), list):
        raise FeedsConfigError(f"{path}: expected a mapping with a 'feeds' list")
    if not document["feeds"]:
        raise FeedsConfigError(f"{path}: the 'feeds' list is empty")

    feeds: list[FeedConfig] = []
    for index, entry in enumerate(document["feeds"], start=1):
        feeds.append(_parse_entry(path, index, entry))
    names = [feed.name for feed in feeds]
    duplicated = sorted({name for name in names if names.count(name) > 1})
    if duplicated:
        raise FeedsConfigError(f"{path}: feed names must be unique; repeated: {', '.join(duplicated)}")
    return feeds


def _parse_entry(path: Path, index: int, entry: object) -> FeedConfig:
    where = f"{path}: feeds entry {index}"
    if not isinstance(entry, dict):
        raise FeedsConfigError(f"{where}: expected a mapping with 'name' and 'url', got {entry!r}")
    if isinstance(entry.get("name"), str):
        where += f" ({entry['name']})"
    unknown = set(entry) - _KEYS
    if unknown:
        raise FeedsConfigError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    name, url = entry.get("name"), entry.get("url")
    if not isinstance(name, str) or not _NAME.match(name):
        raise FeedsConfigError(f"{where}: 'name' must be lower-case letters, digits, '-' or '_', got {name!r}")
    if not isinstance(url, str) or not url.strip():
        raise FeedsConfigError(f"{where}: 'url' is missing")
    fetch_full_text = entry.get("fetch_full_text")
    if fetch_full_text is not None and not isinstance(fetch_full_text, bool):
        raise FeedsConfigError(f"{where}: 'fetch_full_text' must be true or false, got {fetch_full_text!r}")
    return FeedConfig(name=name, url=_resolve_url(where, path, url.strip()), fetch_full_text=fetch_full_text)


def _resolve_url(where: str, path: Path, url: str) -> str:
    scheme = urlparse(url).scheme
    if scheme in ("http", "https"):
        if not urlparse(url).netloc:
            raise FeedsConfigError(f"{where}: URL {url!r} has no host")
        return url
    if scheme == "file":
        return url
    if scheme:
        raise FeedsConfigError(f"{where}: unsupported URL scheme {scheme!r} in {url!r} (use http, https, file or a path)")
    # A plain path is relative to the feeds file, so the file can be moved with its feeds.
    return (path.parent / url).resolve().as_uri()
