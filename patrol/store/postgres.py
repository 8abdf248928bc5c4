"""The team store: PostgreSQL, selected by a connection URL (``--db`` or PATROL_DATABASE_URL).

Many analysts and several server processes share one database; the schema is versioned by
migrations (``migrate.py``), applied on first connection. patrol's SQL is written once with
``?`` parameters; the connection below translates the few SQLite idioms it uses, so every
module runs unchanged on both backends.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from patrol.config import default_home
from patrol.errors import SchemaVersionError, StoreError
from patrol.store import migrate
from patrol.store.evidence import SCHEMA_VERSION, EvidenceStore

SCHEMES = ("postgresql://", "postgres://")
WRITE_LOCK = 0x7061_7472_6F6D  # held by each BEGIN IMMEDIATE transaction: one writer at a time, as in SQLite
_INSERT_OR = re.compile(r"\s*INSERT OR (IGNORE|REPLACE) INTO\s+(\w+)\s*(\(([^)]*)\))?", re.I)
_upgraded: set[str] = set()  # databases whose migrations this process has applied or found current
_checked: set[str] = set()  # and whose store version it has checked
_pools: dict = {}
_pools_lock = threading.Lock()


def is_url(target: str | None) -> bool:
    return bool(target) and target.startswith(SCHEMES)


def redact(url: str) -> str:
    """The URL without its password, for messages and stats."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def _configure(conn) -> None:
    from psycopg.types.numeric import NumericLoader

    class Number(NumericLoader):
        """sum() over BIGINT is NUMERIC in PostgreSQL; patrol wants int (or float), as SQLite gives."""

        def load(self, data):
            n = super().load(data)
            return int(n) if n == n.to_integral_value() else float(n)

    conn.adapters.register_loader("numeric", Number)


def connect(url: str):
    import psycopg

    try:
        conn = psycopg.connect(url, autocommit=True)
    except psycopg.Error as e:
        raise StoreError(f"cannot connect to {redact(url)}: {str(e).strip()} (is the server running, and the URL "
                         "postgresql://USER:PASSWORD@HOST:PORT/DATABASE?)") from e
    _configure(conn)
    return conn


def _pool(url: str):
    """One connection pool per server process and database: a request borrows a connection
    instead of starting a PostgreSQL backend process (several ms) for itself."""
    with _pools_lock:  # requests arrive on many threads at once; one pool each, not one per thread
        if url not in _pools:
            from psycopg_pool import ConnectionPool

            _pools[url] = ConnectionPool(url, min_size=1, max_size=int(os.environ.get("PATROL_DB_POOL", 8)),
                                         kwargs={"autocommit": True}, configure=_configure, open=True)
        return _pools[url]


class PgConnection:
    """The slice of the sqlite3 connection API that patrol uses, over psycopg.

    ``?`` becomes ``%s``; ``INSERT OR IGNORE`` and ``INSERT OR REPLACE`` become ``ON CONFLICT``
    (the conflict target is the table's primary key, read from the catalog); ``BEGIN
    IMMEDIATE`` takes the write lock; ``with conn:`` is a transaction.
    """

    dialect = "postgres"
    # shared by all connections of the process (a server makes one per request): every patrol
    # database has the same tables, from the same migrations
    _sql: dict[tuple[str, bool], str] = {}
    _keys: dict[str, tuple[list[str], list[str]]] = {}

    def __init__(self, conn) -> None:
        self.conn = conn
        self._owned: list[bool] = []

    def execute(self, sql: str, args: Sequence = ()):
        if sql.strip().upper() == "BEGIN IMMEDIATE":
            self.conn.execute("BEGIN")
            return self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        return self.conn.execute(self.translate(sql, bool(args)), args or None)

    def executemany(self, sql: str, rows):
        cur = self.conn.cursor()
        cur.executemany(self.translate(sql, True), rows)
        return cur

    def stream(self, sql: str, args: Sequence = ()) -> Iterator[tuple]:
        yield from self.conn.cursor().stream(self.translate(sql, bool(args)), args or None, size=2000)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        from psycopg.pq import TransactionStatus

        own = self.conn.info.transaction_status == TransactionStatus.IDLE
        if own:
            self.conn.execute("BEGIN")
        self._owned.append(own)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if self._owned.pop():
            self.conn.execute("COMMIT" if exc_type is None else "ROLLBACK")

    def translate(self, sql: str, with_args: bool) -> str:
        key = (sql, with_args)
        if key not in self._sql:
            q = sql
            if m := _INSERT_OR.match(q):
                action, table, cols = m.group(1).upper(), m.group(2), m.group(4)
                q = f"INSERT INTO {table}{' (' + cols + ')' if cols else ''} {q[m.end():].lstrip()}"
                if action == "IGNORE":
                    q += " ON CONFLICT DO NOTHING"
                else:
                    columns, pk = self._table_keys(table)
                    named = [c.strip() for c in cols.split(",")] if cols else columns
                    update = [c for c in named if c not in pk]
                    q += f" ON CONFLICT ({', '.join(pk)}) DO " + (
                        "UPDATE SET " + ", ".join(f"{c} = EXCLUDED.{c}" for c in update) if update else "NOTHING")
            if with_args:
                q = q.replace("%", "%%").replace("?", "%s")
            self._sql[key] = q
        return self._sql[key]

    def _table_keys(self, table: str) -> tuple[list[str], list[str]]:
        if table not in self._keys:
            cols = [r[0] for r in self.conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = %s AND is_generated = 'NEVER' ORDER BY ordinal_position", (table,))]
            pk = [r[0] for r in self.conn.execute(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary", (table,))]
            if not pk:
                raise StoreError(f"INSERT OR REPLACE into {table}, which has no primary key")
            self._keys[table] = (cols, pk)
        return self._keys[table]


class PostgresStore(EvidenceStore):
    dialect = "postgres"

    def __init__(self, url: str, home=None, pooled: bool = False) -> None:
        """``home`` still holds files (quarantine, exports, secrets). ``pooled``: borrow the
        connection from this process's pool (the server, one store per request)."""
        self.url, self.location = url, redact(url)
        self.home = Path(home) if home else default_home()
        self.home.mkdir(parents=True, exist_ok=True)
        self._pool = _pool(url) if pooled else None
        conn = self._pool.getconn() if self._pool else connect(url)
        try:
            if not (pooled and url in _checked):  # a server checks once; a command on every open
                self._check(conn)
                _checked.add(url)
        except Exception:
            self._release(conn)
            raise
        self.db = PgConnection(conn)

    def _check(self, conn) -> None:
        if self.url not in _upgraded:
            migrate.upgrade(conn)
            _upgraded.add(self.url)
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            raise SchemaVersionError(f"{self.location} has store schema {row and row[0]}; this patrol reads "
                                     f"{SCHEMA_VERSION}")

    def _release(self, conn) -> None:
        if self._pool:
            self._pool.putconn(conn)
        else:
            conn.close()

    def close(self) -> None:
        self._release(self.db.conn)

    def refresh_statistics(self, *tables: str) -> None:
        """After a bulk write: the planner needs current row counts and value frequencies at
        once (autovacuum would get there in its own time), or it picks slow plans."""
        self.db.execute(f"ANALYZE {', '.join(tables)}")

    def iter_rows(self, query: str, args: Sequence = ()) -> Iterator[tuple]:
        return self.read_rows(query, args)

    def read_rows(self, query: str, args: Sequence = ()) -> Iterator[tuple]:
        """Streamed from a connection of its own, so the caller may write on ``db`` meanwhile."""
        db = PgConnection(connect(self.url))
        try:
            yield from db.stream(query, args)
        finally:
            db.close()
