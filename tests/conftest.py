from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path

import pytest
from hypothesis import settings

from patrol.config import ENV_DATABASE
from patrol.model import BadRecord, Document, Notice
from patrol.store import open_store

# Speed is measured in bench/, not in tests: no example fails for its time (a recognizer's first example builds its
# tables, which on a loaded machine can take longer than hypothesis's default 200 ms)
settings.register_profile("patrol", deadline=None)
settings.load_profile("patrol")

BACKENDS = ("sqlite", "postgres")
ENV_PG = "PATROL_TEST_POSTGRES"  # an admin URL; ./run.sh test starts a throwaway server and sets it
os.environ.pop(ENV_DATABASE, None)  # each test says which backend it uses


def _db_errors() -> tuple[type[Exception], ...]:
    try:
        import psycopg
    except ImportError:
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, psycopg.Error)


DB_ERRORS = _db_errors()
_created: list[str] = []  # test databases, dropped at the end of the session  # what a refused statement raises, on either backend


@pytest.fixture(scope="session")
def pg_admin():
    """The admin URL of the test PostgreSQL server, with a template database already migrated."""
    url = os.environ.get(ENV_PG)
    if not url:
        if os.environ.get("PATROL_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"{ENV_PG} is not set and PATROL_REQUIRE_POSTGRES=1")
        pytest.skip(f"no PostgreSQL for tests: set {ENV_PG} (./run.sh test starts one when PostgreSQL is installed)")
    import psycopg

    from patrol.store import migrate

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS patrol_template")
        conn.execute("CREATE DATABASE patrol_template")
    with psycopg.connect(_with_db(url, "patrol_template"), autocommit=True) as conn:
        migrate.upgrade(conn)
    yield url
    with psycopg.connect(url, autocommit=True) as conn:
        for name in _created:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _with_db(url: str, name: str) -> str:
    return url.rsplit("/", 1)[0] + "/" + name


def create_database(admin: str, name: str, template: str = "patrol_template") -> str:
    """A new database copied from ``template`` (by default: empty, migrated); its URL."""
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    _created.append(name)
    return _with_db(admin, name)


@pytest.fixture
def pg_url(pg_admin):
    """A new database for one test (dropped when the session ends)."""
    return create_database(pg_admin, "t_" + uuid.uuid4().hex[:12])


@pytest.fixture(params=BACKENDS)
def backend(request, tmp_path: Path):
    """(home, database URL or None) for each backend: tests using it run on both."""
    if request.param == "postgres":
        return tmp_path / "home", request.getfixturevalue("pg_url")
    return tmp_path / "home", None


@pytest.fixture
def store(backend):
    s = open_store(*backend)
    yield s
    s.close()


def split(events):
    """Partition reader events into (documents, bad records, notices)."""
    events = list(events)
    return (
        [e for e in events if isinstance(e, Document)],
        [e for e in events if isinstance(e, BadRecord)],
        [e for e in events if isinstance(e, Notice)],
    )
