"""deploy/dagster.yaml keeps Dagster's run and event storage in PostgreSQL: run a job against it."""

import shutil
import uuid
from pathlib import Path

import dagster as dg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from orchestration.definitions import defs
from tests.conftest import POSTGRES_URL

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def dagster_database(postgres_url):
    name = f"tw_dagster_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    yield POSTGRES_URL.replace("postgresql+psycopg", "postgresql").rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
    admin.dispose()


def test_runs_and_events_are_stored_in_postgres(tmp_path, monkeypatch, dagster_database):
    shutil.copy(ROOT / "deploy" / "dagster.yaml", tmp_path / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    monkeypatch.setenv("DAGSTER_PG_URL", dagster_database)
    with dg.DagsterInstance.get() as instance:
        assert type(instance.run_storage).__name__ == "PostgresRunStorage"
        assert type(instance.event_log_storage).__name__ == "PostgresEventLogStorage"
        assert type(instance.schedule_storage).__name__ == "PostgresScheduleStorage"
        result = defs.resolve_job_def("ingest_job").execute_in_process(
            instance=instance,
            resources={"warehouse": defs.resources["warehouse"].model_copy(
                update={"url": f"duckdb:///{tmp_path}/warehouse.duckdb"})},
        )
        assert result.success
        assert instance.get_run_by_id(result.run_id).is_success
    with create_engine(dagster_database.replace("postgresql", "postgresql+psycopg"), poolclass=NullPool).connect() as db:
        assert db.execute(text("SELECT COUNT(*) FROM runs")).scalar() == 1
        assert db.execute(text("SELECT COUNT(*) FROM event_logs")).scalar() > 5
