"""What only the PostgreSQL backend has: migrations, SQL translation, a shared server."""

import threading
import uuid

import pytest

from patrol.errors import SchemaVersionError, StoreError
from patrol.model import Document
from patrol.store import migrate, open_store
from patrol.store.postgres import PgConnection, PostgresStore, redact
from tests.conftest import create_database

META = dict(run_id="r1", input="x.jsonl", input_sha256=None, reader="jsonl")


@pytest.mark.parametrize("sql, with_args, expected", [
    ("SELECT a FROM t WHERE b = ?", True, "SELECT a FROM t WHERE b = %s"),
    ("SELECT a FROM t WHERE b LIKE 'x%' AND c = ?", True, "SELECT a FROM t WHERE b LIKE 'x%%' AND c = %s"),
    ("SELECT a FROM t WHERE b LIKE 'x%'", False, "SELECT a FROM t WHERE b LIKE 'x%'"),  # no args: % stays
    ("INSERT OR IGNORE INTO q(a, b) VALUES (?,?)", True, "INSERT INTO q (a, b) VALUES (%s,%s) ON CONFLICT DO NOTHING"),
    ("insert or ignore into q VALUES (?)", True, "INSERT INTO q VALUES (%s) ON CONFLICT DO NOTHING"),
    # near misses: not at the start, or not the SQLite idiom, so left alone
    ("SELECT 'INSERT OR IGNORE INTO q'", False, "SELECT 'INSERT OR IGNORE INTO q'"),
    ("INSERT INTO q VALUES (?)", True, "INSERT INTO q VALUES (%s)"),
])
def test_translate(sql, with_args, expected):
    assert PgConnection(None).translate(sql, with_args) == expected


@pytest.mark.parametrize("url, shown", [
    ("postgresql://patrol:s3cret@db:5432/patrol", "postgresql://patrol:***@db:5432/patrol"),
    ("postgresql://patrol@db/patrol", "postgresql://patrol@db/patrol"),
])
def test_redact(url, shown):
    assert redact(url) == shown


def test_only_postgres_urls(tmp_path):
    with pytest.raises(StoreError, match="PostgreSQL URL"):
        open_store(tmp_path, "mysql://x@y/z")


def test_unreachable_server_is_a_clear_error_without_the_password(tmp_path):
    with pytest.raises(StoreError, match=r"cannot connect to postgresql://u:\*\*\*@127.0.0.1:1/x") as e:
        PostgresStore("postgresql://u:hunter2@127.0.0.1:1/x?connect_timeout=2", tmp_path)
    assert "hunter2" not in str(e.value)


def test_insert_or_replace_uses_the_primary_key(pg_url, tmp_path):
    with PostgresStore(pg_url, tmp_path) as s:
        s.db.execute("INSERT OR REPLACE INTO ingest_jobs VALUES (?, ?)", ("j1", "queued"))
        s.db.execute("INSERT OR REPLACE INTO ingest_jobs VALUES (?, ?)", ("j1", "done"))
        assert s.db.execute("SELECT job_id, state FROM ingest_jobs").fetchall() == [("j1", "done")]


@pytest.fixture
def empty_db(pg_admin):
    """A database without patrol's schema (the usual template1, not the migrated template)."""
    import psycopg

    with psycopg.connect(create_database(pg_admin, "e_" + uuid.uuid4().hex[:12], template="template1"),
                         autocommit=True) as conn:
        yield conn


def test_migrations_apply_once_and_refuse_edits(empty_db):
    conn = empty_db
    assert [r["applied_at"] for r in migrate.status(conn)] == [None]
    assert migrate.upgrade(conn) == ["0001"]
    assert migrate.upgrade(conn) == []  # idempotent
    assert migrate.status(conn)[0]["applied_at"] is not None
    conn.execute("UPDATE schema_migrations SET sha256 = 'edited'")
    with pytest.raises(SchemaVersionError, match="never be edited"):
        migrate.upgrade(conn)
    conn.execute("INSERT INTO schema_migrations VALUES ('9999', 'future', 'x', 'now')")
    with pytest.raises(SchemaVersionError, match="newer patrol"):
        migrate.upgrade(conn)


def test_a_failed_migration_leaves_nothing(empty_db, monkeypatch):
    import psycopg

    broken = migrate.Migration("0001", "initial", migrate.available()[0].sql + "\nSELECT no_such_function();")
    monkeypatch.setattr(migrate, "available", lambda dialect="postgres": [broken])
    with pytest.raises(psycopg.Error, match="no_such_function"):
        migrate.upgrade(empty_db)
    tables = empty_db.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
    assert tables.fetchone()[0] == 0


def test_schema_version_is_checked(pg_url, tmp_path):
    with PostgresStore(pg_url, tmp_path) as s:
        s.db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(SchemaVersionError, match="schema 99"):
        PostgresStore(pg_url, tmp_path)


def test_concurrent_writers_are_serialised(pg_url, tmp_path):
    """Two processes' worth of ingest at once: every batch lands, the chain stays whole."""
    errors = []

    def write(worker: int) -> None:
        try:
            with PostgresStore(pg_url, tmp_path) as s:
                for b in range(10):
                    docs = [Document(id=f"w{worker}-{b}-{i}", source="mkt", text=f"{worker} {b} {i}",
                                     raw=f"{worker}/{b}/{i}".encode()) for i in range(20)]
                    s.add_batch(docs, [], **META)
        except Exception as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with PostgresStore(pg_url, tmp_path) as s:
        report = s.verify()
        assert report.ok, report.problems
        assert (report.documents, report.batches) == (800, 40)


def test_pooled_stores_opened_on_many_threads_at_once(pg_url, tmp_path):
    """As a server's request threads do (regression: each racing thread made its own pool, and a
    connection was then returned to the wrong one)."""
    errors = []
    start = threading.Barrier(16)

    def request() -> None:
        try:
            start.wait()
            for _ in range(5):
                with PostgresStore(pg_url, tmp_path, pooled=True) as s:
                    s.db.execute("SELECT count(*) FROM documents").fetchone()
        except Exception as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=request) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
