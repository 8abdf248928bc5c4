from __future__ import annotations

from pathlib import Path

import pytest

from patrol.model import BadRecord, Document, Notice
from patrol.store.sqlite import SqliteStore


@pytest.fixture
def store(tmp_path: Path):
    s = SqliteStore(tmp_path / "home")
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
