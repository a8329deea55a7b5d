"""How the warehouse schema evolves: numbered DDL files, applied in order at the start of every run,
each statement idempotent; new columns arrive as `ALTER TABLE ... ADD COLUMN IF NOT EXISTS` in a new
file, and every write names its columns, so an existing warehouse keeps working."""

import re
import time
import uuid
from datetime import date

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from resources.warehouse import SQL_DIR, Warehouse
from tests.test_warehouse import article_rows

DAY = date(2024, 2, 1)


DDL_FILES = sorted(SQL_DIR.glob("ddl/**/*.sql"), key=lambda path: path.name)  # ddl/ and ddl/<backend>/


def statements():
    for path in DDL_FILES + sorted((SQL_DIR / "views").glob("*.sql")):
        for statement in re.split(r";\s*(?:\n|$)", path.read_text()):
            code = "\n".join(line for line in statement.splitlines() if not line.strip().startswith("--")).strip()
            if code:
                yield path.name, " ".join(code.split()).upper()


@pytest.mark.parametrize("name, statement", list(statements()))
def test_every_ddl_statement_is_idempotent(name, statement):
    allowed = ("CREATE TABLE IF NOT EXISTS", "CREATE INDEX IF NOT EXISTS", "CREATE OR REPLACE VIEW",
               "ALTER TABLE")
    if name == "008_partitioned_tables_unkeyed.sql":
        return  # the one table rebuild, tested below
    assert statement.startswith(allowed), f"{name}: {statement[:60]}"
    if statement.startswith("ALTER TABLE"):
        assert "ADD COLUMN IF NOT EXISTS" in statement, f"{name}: only additive, idempotent ALTERs"


def test_duckdb_tables_rebuilt_without_keys_keep_every_row_and_can_be_rebuilt_again(tmp_path):
    """ddl/duckdb/008 rebuilds articles, trade_figures and rejected_figures without keys or indexes;
    its statements are re-run whenever the file changes, and a stray copy table is never renamed over."""
    store = Warehouse(url=f"duckdb:///{tmp_path}/w.duckdb")
    store.setup()
    store.replace_range({"articles": article_rows(DAY, ["a", "b"])}, "published_date", DAY, DAY)
    with store.transaction() as connection:
        connection.exec_driver_sql(f"CREATE TABLE {store.table('articles_unkeyed')} AS "
                                   f"SELECT * FROM {store.table('articles')} LIMIT 1")  # left over by a crash
        connection.exec_driver_sql(f"DELETE FROM {store.table('schema_files')}")  # every file applies again
    store.setup()
    assert sorted(store.read_table("articles")["article_id"]) == ["a", "b"]
    with store.transaction() as connection:
        indexes = connection.exec_driver_sql(
            "SELECT table_name FROM duckdb_indexes() WHERE schema_name = 'tradewire'").scalars().all()
        keys = connection.exec_driver_sql(
            "SELECT table_name FROM duckdb_constraints() WHERE schema_name = 'tradewire' "
            "AND constraint_type = 'PRIMARY KEY'").scalars().all()
        tables = connection.exec_driver_sql(
            "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'tradewire'").scalars().all()
    rewritten = {"articles", "trade_figures", "rejected_figures"}
    assert not rewritten & set(indexes) and not rewritten & set(keys)
    assert not [name for name in tables if name.endswith("_unkeyed")]


def test_ddl_files_are_numbered_in_order():
    names = [path.name for path in DDL_FILES]
    assert all(re.match(r"^\d{3}_[a-z0-9_]+\.sql$", name) for name in names)
    assert len({name[:3] for name in names}) == len(names)


def test_a_column_added_later_keeps_an_existing_warehouse_working(warehouse):
    warehouse.replace_range({"articles": article_rows(DAY, ["old"])}, "published_date", DAY, DAY)
    # What a future sql/ddl/NNN_*.sql would do:
    with warehouse.transaction() as connection:
        connection.exec_driver_sql(f"ALTER TABLE {warehouse.table('articles')} ADD COLUMN IF NOT EXISTS language TEXT")
    warehouse.setup()  # the next run's setup: nothing breaks, nothing is lost
    # Code that does not know the new column yet still writes (columns are named, not positional).
    warehouse.replace_range({"articles": article_rows(DAY, ["old", "new"])}, "published_date", DAY, DAY)
    stored = warehouse.read_table("articles", order_by="article_id")
    assert list(stored["article_id"]) == ["new", "old"]
    assert stored["language"].isna().all()


def test_setup_applies_each_file_once_until_it_changes(warehouse):
    def applied():
        with warehouse.transaction() as connection:
            return dict(connection.exec_driver_sql(f"SELECT name, applied_at FROM {warehouse.table('schema_files')}").all())

    first = applied()
    assert set(first) >= {"ddl/001_archive.sql", "ddl/003_trade_figures.sql", "views/010_figures_with_sources.sql"}
    warehouse.setup()
    assert applied() == first


def test_run_start_does_not_wait_for_a_bi_reader_on_postgres(postgres_url):
    """A dashboard with an open transaction on a view must not hold up (or be locked out by) setup."""
    store = Warehouse(url=postgres_url, schema_name=f"tw_lock_{uuid.uuid4().hex[:8]}")
    store.setup()
    reader = create_engine(postgres_url, poolclass=NullPool)
    try:
        with reader.connect() as bi, bi.begin():
            bi.exec_driver_sql(f"SELECT COUNT(*) FROM {store.table('figures_with_sources')}").all()
            started = time.monotonic()
            store.setup()  # with the reader's transaction still open
            assert time.monotonic() - started < 5
    finally:
        reader.dispose()
        with store.transaction() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {store.schema_name} CASCADE")


def test_a_changed_file_is_applied_again_and_keeps_the_data(warehouse):
    warehouse.replace_range({"articles": article_rows(DAY, ["kept"])}, "published_date", DAY, DAY)
    with warehouse.transaction() as connection:  # as if sql/ddl/002_articles.sql had been edited
        connection.exec_driver_sql(
            f"UPDATE {warehouse.table('schema_files')} SET sha256 = 'old' WHERE name = 'ddl/002_articles.sql'")
    warehouse.setup()
    with warehouse.transaction() as connection:
        digest = connection.exec_driver_sql(
            f"SELECT sha256 FROM {warehouse.table('schema_files')} WHERE name = 'ddl/002_articles.sql'").scalar()
    assert digest != "old"
    assert list(warehouse.read_table("articles")["article_id"]) == ["kept"]
