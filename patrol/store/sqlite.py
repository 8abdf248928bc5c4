"""The embedded store: one SQLite file per investigation home.

Why SQLite (see docs/store.md): it ships with Python (zero setup), is transactional
and crash-safe in WAL mode, handles one writer with many readers, and its single file
is easy to hand over, hash and archive as evidence.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path

from patrol.errors import SchemaVersionError, StoreError
from patrol.store.evidence import (  # noqa: F401
    DOC_COLUMNS,
    SCHEMA_VERSION,
    BatchResult,
    EvidenceStore,
    VerifyReport,
    shakey,
)

DB_NAME = "patrol.db"
_CACHE_KB = 64 * 1024  # page cache: bounds memory, keeps the sha256 index hot on large stores


class SqliteStore(EvidenceStore):
    dialect = "sqlite"

    def __init__(self, home: Path, any_thread: bool = False) -> None:
        """``any_thread``: the connection may move between threads (never used by two at once),
        as in a web request whose dependencies and handler run on different threads."""
        self.home = Path(home)
        self.home.mkdir(parents=True, exist_ok=True)
        self.path = self.home / DB_NAME
        self.location = str(self.path)
        try:
            self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=not any_thread)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open the store at {self.path}: {e}") from e
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute(f"PRAGMA cache_size=-{_CACHE_KB}")
        self._migrate()

    # -- lifecycle -----------------------------------------------------------------
    def _migrate(self) -> None:
        version = None
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            version = row[0] if row else None
        except sqlite3.OperationalError:
            pass
        if version is not None and version != SCHEMA_VERSION:
            raise SchemaVersionError(
                f"{self.path} has schema version {version}; this patrol reads version {SCHEMA_VERSION}. "
                "Upgrade patrol or use another --home."
            )
        if version is None:
            script = resources.files("patrol.store").joinpath("schema.sql").read_text("utf-8")
            with self.transaction():
                for statement in _statements(script):
                    self.db.execute(statement)
                self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))

    def close(self) -> None:
        self.db.close()

    def iter_rows(self, query: str, args: Sequence = ()) -> Iterator[tuple]:
        return self.db.execute(query, args)

    def read_rows(self, query: str, args: Sequence = ()) -> Iterator[tuple]:
        """A read-only connection: WAL gives it a consistent snapshot while this one writes."""
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        try:
            yield from conn.execute(query, args)
        finally:
            conn.close()


def _statements(script: str) -> Iterator[str]:
    """Split the schema into statements; trigger bodies contain ';' so use sqlite's own test."""
    buf = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            yield buf.strip()
            buf = ""
