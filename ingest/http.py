"""Polite, bounded HTTP for feeds and article pages.

Timeouts on connect and read, retries with exponential backoff on transient failures only
(connection errors, timeouts, 429 and 5xx), a size cap enforced while streaming, conditional
GET, and a User-Agent that names the project. file:// URLs are read from disk so bundled
sample feeds and offline archives go through the same path.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import httpx

USER_AGENT = "tradewire/0.1 (+https://github.com/tradewire/tradewire; trade-news research pipeline)"
_TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504}


@dataclass(frozen=True)
class HttpSettings:
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    retries: int = 2  # attempts after the first, transient failures only
    backoff_seconds: float = 1.0  # doubled after each retry
    max_bytes: int = 20_000_000
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class HttpResult:
    """What one GET came to. status: ok | not_modified | http_error | timeout | too_large | error."""

    url: str
    status: str
    http_status: int | None = None
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    attempts: int = 1


def make_client(settings: HttpSettings) -> httpx.Client:
    timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)
    return httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": settings.user_agent})


def get(
    client: httpx.Client,
    url: str,
    settings: HttpSettings,
    etag: str | None = None,
    last_modified: str | None = None,
) -> HttpResult:
    if url.startswith("file://"):
        return _read_file(url, settings)
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    attempt = 0
    while True:
        attempt += 1
        result = _get_once(client, url, headers, settings)
        transient = result.status == "timeout" or (
            result.status == "http_error" and (result.http_status is None or result.http_status in _TRANSIENT_STATUS)
        )
        if not transient or attempt > settings.retries:
            return HttpResult(**{**result.__dict__, "attempts": attempt})
        time.sleep(settings.backoff_seconds * 2 ** (attempt - 1))


def _get_once(client: httpx.Client, url: str, headers: dict, settings: HttpSettings) -> HttpResult:
    try:
        with client.stream("GET", url, headers=headers) as response:
            if response.status_code == 304:
                return HttpResult(url, "not_modified", 304, etag=headers.get("If-None-Match"),
                                  last_modified=headers.get("If-Modified-Since"))
            if response.status_code >= 400:
                return HttpResult(url, "http_error", response.status_code, error=f"HTTP {response.status_code}")
            declared = int(response.headers.get("Content-Length") or 0)
            if declared > settings.max_bytes:
                return HttpResult(url, "too_large", response.status_code,
                                  error=f"Content-Length {declared} exceeds the {settings.max_bytes}-byte cap")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > settings.max_bytes:
                    return HttpResult(url, "too_large", response.status_code,
                                      error=f"body exceeds the {settings.max_bytes}-byte cap")
                chunks.append(chunk)
            return HttpResult(
                url, "ok", response.status_code, b"".join(chunks),
                etag=response.headers.get("ETag"), last_modified=response.headers.get("Last-Modified"),
            )
    except httpx.TimeoutException as exc:
        return HttpResult(url, "timeout", error=f"{type(exc).__name__}: {exc}")
    except httpx.HTTPError as exc:
        # Connection refused, DNS failure, protocol errors: worth a retry, reported as http_error.
        return HttpResult(url, "http_error", error=f"{type(exc).__name__}: {exc}")


def _read_file(url: str, settings: HttpSettings) -> HttpResult:
    path = Path(unquote(urlparse(url).path))
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            return HttpResult(url, "too_large", error=f"{size} bytes exceeds the {settings.max_bytes}-byte cap")
        return HttpResult(url, "ok", body=path.read_bytes())
    except OSError as exc:
        return HttpResult(url, "error", error=f"{type(exc).__name__}: {exc}")
