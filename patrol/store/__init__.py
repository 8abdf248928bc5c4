"""Where documents and evidence live. ``open_store(home)`` gives the default backend."""

from __future__ import annotations

from pathlib import Path

from patrol.store.sqlite import SqliteStore


def open_store(home: Path) -> SqliteStore:
    return SqliteStore(home)
