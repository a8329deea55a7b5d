"""The warehouse: one SQLAlchemy-based resource for DuckDB and PostgreSQL.

Every write is one transaction (delete the range, bulk-insert the new rows), so a re-run
yields the same rows and a failed write leaves the previous data intact. Bulk paths are
each backend's own: DuckDB reads the DataFrame directly, PostgreSQL takes COPY. A
connection is opened only while working and closed right after: a DuckDB file allows one
writer process, and an idle open connection would block the others.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import dagster as dg
import pandas as pd
from pydantic import Field
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

SQL_DIR = Path(__file__).resolve().parents[1] / "sql"
# The Dagster concurrency pool of every asset that writes the warehouse (limited in deploy/dagster.yaml).
WAREHOUSE_POOL = "warehouse"
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_STATEMENT_END = re.compile(r";\s*(?:\n|$)")


def read_sql(name: str, schema: str) -> str:
    """A SQL file from sql/ with {schema} filled in (Warehouse.transaction only accepts a plain
    identifier as schema, so splicing it is safe)."""
    return (SQL_DIR / name).read_text(encoding="utf-8").replace("{schema}", schema)


class Warehouse(dg.ConfigurableResource):
    """Where tradewire keeps its archive, articles, figures and marts."""

    url: str = Field(
        default="duckdb:///data/warehouse.duckdb",
        description="SQLAlchemy URL: duckdb:///path/to/file.duckdb or postgresql+psycopg://user@host/db",
    )
    schema_name: str = Field(default="tradewire", description="Schema that holds every table and view.")
    lock_timeout_seconds: float = Field(
        default=120.0,
        description="DuckDB only: how long to keep retrying while another process holds the file "
                    "(another run's short write, someone's open connection) before failing.",
    )

    @property
    def backend(self) -> str:
        return make_url(self.url).get_backend_name()  # 'duckdb' | 'postgresql'

    @property
    def location(self) -> str:
        """The URL without its password, for logs and metadata."""
        return make_url(self.url).render_as_string(hide_password=True)

    def table(self, name: str) -> str:
        return f"{self.schema_name}.{name}"

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One connection, one transaction, closed on exit."""
        if not _IDENTIFIER.match(self.schema_name):
            raise ValueError(f"TRADEWIRE_SCHEMA must be a plain SQL identifier, got {self.schema_name!r}")
        url = make_url(self.url)
        if self.backend == "duckdb" and url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, poolclass=NullPool)
        try:
            with self._connect(engine) as connection, connection.begin():
                # Partition keys are UTC dates; make every CAST(timestamptz AS DATE) agree.
                connection.exec_driver_sql("SET TimeZone = 'UTC'")
                yield connection
        finally:
            engine.dispose()

    def _connect(self, engine) -> Connection:
        """Open a connection; on DuckDB, wait (with backoff) while another process holds the file.
        Writers hold it only for one short transaction, so the wait is normally a fraction of a second."""
        deadline = time.monotonic() + self.lock_timeout_seconds
        delay = 0.05
        while True:
            try:
                return engine.connect()
            except OperationalError as error:
                locked = self.backend == "duckdb" and "Could not set lock" in str(error)
                if not locked or time.monotonic() + delay > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 2.0)

    @property
    def read_copy(self) -> Path | None:
        """DuckDB: the published copy BI tools open (data/warehouse.duckdb -> data/warehouse.bi.duckdb)."""
        if self.backend != "duckdb":
            return None
        database = Path(make_url(self.url).database)
        return database.with_name(f"{database.stem}.bi{database.suffix or '.duckdb'}")

    def publish_read_copy(self) -> str | None:
        """DuckDB: publish a consistent copy of the warehouse for BI tools, swapped in atomically.

        A DuckDB file takes one writer process or many readers, never both: a BI tool holding the
        live file open would block the nightly run. BI tools read this copy instead; replacing it
        never waits for them (a reader keeps the old file until it reconnects). Returns its path;
        None on PostgreSQL, where readers use the live schema (MVCC).
        """
        target = self.read_copy
        if target is None:
            return None
        source = Path(make_url(self.url).database)
        staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        # Holding the file keeps a concurrent run from writing while the bytes are copied; the
        # checkpoint moves everything from the write-ahead log into the file being copied.
        with self.transaction() as connection:
            connection.connection.driver_connection.execute("CHECKPOINT")
            shutil.copyfile(source, staging)
        os.replace(staging, target)
        return str(target)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        # Every run starts on an up-to-date schema, whichever asset it materialises.
        self.setup()

    def setup(self) -> None:
        """Create or migrate the schema: the files in sql/ddl and sql/ddl/<backend>, in the order of
        their numbers, then sql/views. A file is applied only when it is new or changed (its hash is
        kept in schema_files), so an unchanged warehouse takes no DDL locks at run start; concurrent
        setups on PostgreSQL take turns."""
        tables = sorted([*(SQL_DIR / "ddl").glob("*.sql"), *(SQL_DIR / "ddl" / self.backend).glob("*.sql")],
                        key=lambda path: path.name)
        views = sorted((SQL_DIR / "views").glob("*.sql"))
        with self.transaction() as connection:
            if self.backend == "postgresql":
                # A lock held for over a minute (another setup, a long-running reader): fail clearly, don't hang.
                connection.exec_driver_sql("SET LOCAL lock_timeout = '60s'")
                connection.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"),
                                   {"key": f"tradewire-setup:{self.schema_name}"})
            connection.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {self.schema_name}")
            self._apply(connection, "ddl/000_schema_files.sql")
            applied = dict(connection.exec_driver_sql(f"SELECT name, sha256 FROM {self.table('schema_files')}").all())
            # A view is re-applied when any table file changes too: PostgreSQL fixes a view's
            # columns (its `*`) when it is created.
            tables_digest = hashlib.sha256(b"".join(path.read_bytes() for path in tables)).digest()
            for path in tables + views:
                name = str(path.relative_to(SQL_DIR))
                salt = tables_digest if path in views or "VIEW" in path.read_text() else b""
                digest = hashlib.sha256(salt + path.read_bytes()).hexdigest()
                if applied.get(name) == digest:
                    continue
                self._apply(connection, name)
                connection.execute(text(f"DELETE FROM {self.table('schema_files')} WHERE name = :name"), {"name": name})
                connection.execute(
                    text(f"INSERT INTO {self.table('schema_files')} (name, sha256, applied_at) "
                         "VALUES (:name, :sha, CURRENT_TIMESTAMP)"), {"name": name, "sha": digest})

    def _apply(self, connection: Connection, name: str) -> None:
        for statement in _STATEMENT_END.split(read_sql(name, self.schema_name)):
            if _strip_comments(statement):
                connection.exec_driver_sql(statement)

    def query(self, sql_file: str, **params) -> pd.DataFrame:
        """Run a query from sql/ (e.g. 'queries/archived_dates.sql') and return its rows."""
        with self.transaction() as connection:
            result = connection.execute(text(read_sql(sql_file, self.schema_name)), params)
            return pd.DataFrame(result.fetchall(), columns=list(result.keys()))

    def read_table(self, name: str, order_by: str | None = None) -> pd.DataFrame:
        sql = f"SELECT * FROM {self.table(name)}" + (f" ORDER BY {order_by}" if order_by else "")
        with self.transaction() as connection:
            result = connection.exec_driver_sql(sql)
            return pd.DataFrame(result.fetchall(), columns=list(result.keys()))

    def replace_range(self, frames: dict[str, pd.DataFrame], date_column: str, start: date, end: date,
                      key_column: str | None = None) -> None:
        """Replace the rows whose date_column is in [start, end], in every table of `frames`
        (table name -> new rows), in one transaction: all tables change together or none does.

        key_column: rows with the same key in *other* partitions are deleted too (an article whose
        publication date moved must not stay behind in its old partition)."""
        for name, frame in frames.items():
            outside = frame[(frame[date_column] < start) | (frame[date_column] > end)] if len(frame) else frame
            if len(outside):
                raise ValueError(f"{len(outside)} row(s) for {name} fall outside {start}..{end}")
        with self.transaction() as connection:
            for name, frame in frames.items():
                connection.execute(
                    text(f"DELETE FROM {self.table(name)} WHERE {date_column} BETWEEN :start AND :end"),
                    {"start": start, "end": end},
                )
                if key_column in frame.columns and len(frame):
                    self._delete_keys(connection, name, key_column, frame[key_column].drop_duplicates())
                self._bulk_insert(connection, name, frame)

    def _delete_keys(self, connection: Connection, name: str, key_column: str, keys: pd.Series) -> None:
        raw = connection.connection.driver_connection
        if self.backend == "duckdb":
            raw.register("tradewire_keys", keys.to_frame(key_column))
            try:
                raw.execute(f"DELETE FROM {self.table(name)} WHERE {key_column} IN "
                            f"(SELECT {key_column} FROM tradewire_keys)")
            finally:
                raw.unregister("tradewire_keys")
        else:
            with raw.cursor() as cursor:
                # IN (SELECT unnest(...)) is a hashed semi-join; "= ANY(array)" would scan the array per row.
                cursor.execute(f"DELETE FROM {self.table(name)} WHERE {key_column} IN (SELECT unnest(%s::text[]))",
                               [keys.tolist()])

    def rebuild_from_sql(self, tables: list[str],
                         validate: Callable[[str, pd.DataFrame], pd.DataFrame] | None = None) -> dict[str, pd.DataFrame]:
        """Replace every row of each table with the rows of its SELECT in sql/marts/<table>.sql,
        computed inside the warehouse, in order and in ONE transaction: readers never see one mart
        updated and the next not. Columns are matched by name, so a column added to a table later
        (and not yet selected) stays null instead of shifting the others.

        validate(table, rows) sees each table's new rows before the commit; raising rolls every
        table back. Returns the (validated) rows of each table."""
        rebuilt = {}
        with self.transaction() as connection:
            for name in tables:
                select = read_sql(f"marts/{name}.sql", self.schema_name).strip().rstrip(";")
                columns = ", ".join(connection.exec_driver_sql(f"SELECT * FROM ({select}) AS q LIMIT 0").keys())
                connection.exec_driver_sql(f"DELETE FROM {self.table(name)}")
                connection.exec_driver_sql(
                    f"INSERT INTO {self.table(name)} ({columns}) SELECT {columns} FROM ({select}) AS q")
                result = connection.exec_driver_sql(f"SELECT * FROM {self.table(name)}")
                rows = pd.DataFrame(result.fetchall(), columns=list(result.keys()))
                rebuilt[name] = validate(name, rows) if validate else rows
        return rebuilt

    def append_new(self, name: str, frame: pd.DataFrame) -> int:
        """Insert the rows whose primary key is not in the table yet; return how many were new."""
        if frame.empty:
            return 0
        with self.transaction() as connection:
            return self._bulk_insert(connection, name, frame, skip_existing=True)

    def _bulk_insert(self, connection: Connection, name: str, frame: pd.DataFrame, skip_existing: bool = False) -> int:
        if frame.empty:
            return 0
        columns = ", ".join(frame.columns)
        on_conflict = " ON CONFLICT DO NOTHING" if skip_existing else ""
        raw = connection.connection.driver_connection
        if self.backend == "duckdb":
            raw.register("tradewire_frame", frame)
            try:
                inserted = raw.execute(
                    f"INSERT INTO {self.table(name)} ({columns}) SELECT {columns} FROM tradewire_frame{on_conflict}"
                ).fetchone()[0]
            finally:
                raw.unregister("tradewire_frame")
            return int(inserted)
        # PostgreSQL: COPY into the table, or into a staging copy when existing keys are skipped.
        target = self.table(name)
        with raw.cursor() as cursor:
            if skip_existing:
                cursor.execute(f"CREATE TEMP TABLE tradewire_stage (LIKE {target}) ON COMMIT DROP")
                target = "tradewire_stage"
            with cursor.copy(f"COPY {target} ({columns}) FROM STDIN") as copy:
                for row in _rows(frame):
                    copy.write_row(row)
            if not skip_existing:
                return len(frame)
            cursor.execute(f"INSERT INTO {self.table(name)} ({columns}) SELECT {columns} FROM tradewire_stage{on_conflict}")
            inserted = cursor.rowcount
            cursor.execute("DROP TABLE tradewire_stage")
            return inserted


def _rows(frame: pd.DataFrame) -> Iterator[tuple]:
    """Rows as plain Python values (numpy scalars and NaN/NaT are not COPY-able)."""
    columns = [[None if pd.isna(value) else value for value in frame[name].tolist()] for name in frame.columns]
    return zip(*columns)


def _strip_comments(statement: str) -> str:
    return "\n".join(line for line in statement.splitlines() if not line.strip().startswith("--")).strip()
