"""Versioned schema migrations for PostgreSQL: numbered SQL files, applied in order, once.

Why not Alembic: patrol writes SQL, not SQLAlchemy models, so Alembic would add an ORM
dependency to run files like these. What it would give is here: a version table, ordered
files, one transaction for a whole upgrade (PostgreSQL DDL is transactional, so a failed
migration leaves nothing behind), a lock so that several servers starting at once apply
each file once, and a checksum that refuses a database whose applied files were edited.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources

from patrol.errors import SchemaVersionError
from patrol.model import utcnow
from patrol.sources.dates import isoformat_utc

LOCK_KEY = 0x7061_7472_6F6C  # "patrol": the advisory lock that serialises upgrades

TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version TEXT PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL)"""


@dataclass(frozen=True)
class Migration:
    version: str
    name: str
    sql: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()


def available(dialect: str = "postgres") -> list[Migration]:
    folder = resources.files("patrol.store").joinpath("migrations", dialect)
    out = []
    for f in sorted((f for f in folder.iterdir() if f.name.endswith(".sql")), key=lambda f: f.name):
        version, _, rest = f.name.removesuffix(".sql").partition("_")
        out.append(Migration(version, rest, f.read_text("utf-8")))
    return out


def status(conn) -> list[dict]:
    """Every known migration with when it was applied (None: pending). ``conn`` is psycopg."""
    conn.execute(TABLE)
    applied = {v: (s, at) for v, s, at in conn.execute("SELECT version, sha256, applied_at FROM schema_migrations")}
    rows = []
    for m in available():
        sha, at = applied.pop(m.version, (None, None))
        rows.append({"version": m.version, "name": m.name, "applied_at": at,
                     "changed": sha is not None and sha != m.sha256})
    rows += [{"version": v, "name": "(unknown to this patrol)", "applied_at": at, "changed": False}
             for v, (_, at) in sorted(applied.items())]
    return rows


def upgrade(conn) -> list[str]:
    """Apply pending migrations in one transaction; the versions applied (empty: up to date)."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
        rows = status(conn)
        known = {m.version for m in available()}
        if unknown := [r["version"] for r in rows if r["version"] not in known]:
            raise SchemaVersionError(f"the database has migrations {', '.join(unknown)} that this patrol does not "
                                     "know: it was upgraded by a newer patrol; upgrade patrol")
        if changed := [r["version"] for r in rows if r["changed"]]:
            raise SchemaVersionError(f"migrations {', '.join(changed)} differ from those applied to the database: "
                                     "applied migrations must never be edited; add a new one")
        done = []
        for m in available():
            if next(r for r in rows if r["version"] == m.version)["applied_at"] is None:
                conn.execute(m.sql)
                conn.execute("INSERT INTO schema_migrations VALUES (%s, %s, %s, %s)",
                             (m.version, m.name, m.sha256, isoformat_utc(utcnow())))
                done.append(m.version)
        return done
