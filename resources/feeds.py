"""Where the feeds come from and how politely they are fetched."""

from __future__ import annotations

import dagster as dg
from pydantic import Field

from ingest.feeds_config import FeedConfig, load_feeds
from ingest.http import HttpSettings


class FeedSource(dg.ConfigurableResource):
    feeds_file: str = Field(default="feeds/sample.yaml", description="YAML feeds file (TRADEWIRE_FEEDS).")
    connect_timeout_seconds: float = 10.0
    read_timeout_seconds: float = 30.0
    retries: int = Field(default=2, description="Retries after the first attempt, on transient errors only.")
    backoff_seconds: float = Field(default=1.0, description="First retry delay; doubled after each retry.")
    max_bytes: int = Field(default=20_000_000, description="Responses larger than this are refused (too_large).")
    page_interval_seconds: float = Field(default=1.0, description="Minimum gap between two page requests to one host.")

    def feeds(self) -> list[FeedConfig]:
        return load_feeds(self.feeds_file)

    def http_settings(self) -> HttpSettings:
        return HttpSettings(
            connect_timeout=self.connect_timeout_seconds,
            read_timeout=self.read_timeout_seconds,
            retries=self.retries,
            backoff_seconds=self.backoff_seconds,
            max_bytes=self.max_bytes,
        )
