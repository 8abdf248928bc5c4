"""The few places where SQLite and PostgreSQL need different SQL, named once.

On SQLite each module creates its own tables on first use (``ensure_schema``); on PostgreSQL
the schema belongs to the migrations (``migrations/postgres``), so modules create nothing.
"""

from __future__ import annotations


def dialect(db) -> str:
    return getattr(db, "dialect", "sqlite")


def ensure_schema(db, script: str) -> None:
    if dialect(db) == "sqlite":
        db.executescript(script)


def week_start(db, column: str) -> str:
    """The Monday (YYYY-MM-DD, UTC) of the week an ISO-8601 timestamp column falls in."""
    if dialect(db) == "postgres":
        return f"to_char(date_trunc('week', ({column})::timestamptz AT TIME ZONE 'UTC'), 'YYYY-MM-DD')"
    return f"date({column}, '-6 days', 'weekday 1')"
