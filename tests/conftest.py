"""Shared fixtures: a real warehouse on each backend, real local HTTP servers."""

from __future__ import annotations

import uuid
import warnings

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from resources.warehouse import Warehouse

POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def postgres_unavailable_reason() -> str | None:
    try:
        engine = create_engine(POSTGRES_URL, poolclass=NullPool, connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as exc:  # any failure to reach the server means: skip, loudly
        return f"NO POSTGRESQL SERVER at 127.0.0.1:5432 ({type(exc).__name__}); PostgreSQL warehouse tests SKIPPED"


@pytest.fixture(scope="session")
def postgres_url() -> str:
    reason = postgres_unavailable_reason()
    if reason:
        warnings.warn(reason)
        pytest.skip(reason)
    return POSTGRES_URL


@pytest.fixture(params=["duckdb", "postgresql"])
def warehouse(request, tmp_path) -> Warehouse:
    """An empty, set-up warehouse: a fresh DuckDB file, or a fresh schema in the local PostgreSQL."""
    if request.param == "duckdb":
        store = Warehouse(url=f"duckdb:///{tmp_path}/warehouse.duckdb", schema_name="tradewire")
        store.setup()
        yield store
        return
    url = request.getfixturevalue("postgres_url")
    store = Warehouse(url=url, schema_name=f"tw_test_{uuid.uuid4().hex[:10]}")
    store.setup()
    yield store
    with store.transaction() as connection:
        connection.exec_driver_sql(f"DROP SCHEMA {store.schema_name} CASCADE")
