"""Where documents and evidence live: the embedded SQLite store by default, PostgreSQL when a
connection URL is given (``--db`` or PATROL_DATABASE_URL)."""

from __future__ import annotations

import os
from pathlib import Path

from patrol.config import ENV_DATABASE
from patrol.errors import StoreError
from patrol.store.evidence import EvidenceStore


def open_store(home: Path, url: str | None = None, any_thread: bool = False) -> EvidenceStore:
    """``any_thread``: the store serves one request of a server, which may hand it between threads
    (SQLite allows that when told; PostgreSQL borrows a pooled connection)."""
    url = url or os.environ.get(ENV_DATABASE)
    if url:
        from patrol.store.postgres import PostgresStore, is_url

        if not is_url(url):
            raise StoreError(f"{ENV_DATABASE}/--db must be a PostgreSQL URL (postgresql://USER@HOST:PORT/DB); "
                             "leave it unset for the embedded store")
        return PostgresStore(url, home, pooled=any_thread)
    from patrol.store.sqlite import SqliteStore

    return SqliteStore(home, any_thread=any_thread)
