"""The evidence store on both backends (the `store` fixture is parametrised over them)."""

import pytest

from patrol.errors import SchemaVersionError
from patrol.model import BadRecord, Document
from patrol.store.chain import GENESIS
from patrol.store.sqlite import SqliteStore
from tests.conftest import DB_ERRORS

META = dict(run_id="r1", input="x.jsonl", input_sha256=None, reader="jsonl")


def doc(i: int, text: str | None = None) -> Document:
    return Document(id=f"d{i}", source="mkt", text=text or f"text {i}", raw=f'{{"n": {i}}}'.encode())


def test_idempotent_batches(store):
    first = store.add_batch([doc(1), doc(2), doc(2)], [], **META)
    assert (first.new, first.duplicates, first.seq) == (2, 1, 1)
    again = store.add_batch([doc(1), doc(2), doc(3)], [], **META)
    assert (again.new, again.duplicates, again.seq) == (1, 2, 2)
    nothing = store.add_batch([doc(1)], [], **META)
    assert (nothing.new, nothing.seq) == (0, None)  # no empty links in the chain
    assert store.count() == 3
    assert store.verify().ok and store.verify().batches == 2


def test_documents_roundtrip(store):
    store.add_batch([doc(1)], [], **META)
    (d,) = store.iter_documents(with_raw=True)
    assert (d.id, d.source, d.text, d.raw) == ("d1", "mkt", "text 1", b'{"n": 1}')


def test_quarantine_is_stored_once(store):
    bad = BadRecord("x.jsonl:3", "invalid JSON", b"{oops")
    assert store.add_batch([], [bad], **META).quarantined == 1
    assert store.add_batch([], [bad], **META).quarantined == 0
    rows = list(store.quarantined())
    assert len(rows) == 1 and rows[0][2:4] == ("x.jsonl:3", "invalid JSON") and rows[0][6] == b"{oops"


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE documents SET text = 'x'",
        "DELETE FROM documents",
        "UPDATE raw SET bytes = bytes || bytes",
        "DELETE FROM raw",
        "UPDATE batches SET n_docs = 0",
        "DELETE FROM batches",
    ],
)
def test_evidence_tables_are_append_only(store, sql):
    store.add_batch([doc(1)], [], **META)
    with pytest.raises(DB_ERRORS, match="append-only"):
        store.db.execute(sql)


def _tamper(store, *statements: str) -> list[str]:
    """Edit the database as an attacker with full rights would: switch the guards off first."""
    if store.dialect == "postgres":
        store.db.execute("SET session_replication_role = replica")  # no triggers, no foreign keys
    else:
        store.db.execute("PRAGMA foreign_keys=OFF")
        for trig in [r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]:
            store.db.execute(f"DROP TRIGGER {trig}")
    for s in statements:
        store.db.execute(s)
    return store.verify().problems


@pytest.mark.parametrize(
    "statements, expected",
    [
        (["UPDATE raw SET bytes = (SELECT bytes FROM raw WHERE rid = 2) WHERE rid = 1"],
         "bytes do not match"),
        (["UPDATE documents SET text = 'innocent' WHERE id = 'd1'"], "documents altered"),
        (["UPDATE documents SET author = 'someone' WHERE id = 'd4'"], "documents altered"),
        (["DELETE FROM raw WHERE rid IN (SELECT rid FROM documents WHERE id='d1')",
          "DELETE FROM documents WHERE id = 'd1'"], "holds 1 documents, the chain recorded 2"),
        (["DELETE FROM raw WHERE rid IN (SELECT rid FROM documents WHERE id='d1')"], "raw record is missing"),
        (["UPDATE batches SET created_at = '2020-01-01' WHERE seq = 1"], "batch record altered"),
        (["DELETE FROM documents WHERE batch = 1", "DELETE FROM batches WHERE seq = 1"], "a batch was removed"),
        (["INSERT INTO raw SELECT 99, bytes FROM raw WHERE rid = 1"], "no document refers to it"),
    ],
)
def test_verify_detects_tampering(store, statements, expected):
    store.add_batch([doc(1), doc(2)], [], **META)
    store.add_batch([doc(3), doc(4)], [], **META)
    assert store.verify().ok
    problems = _tamper(store, *statements)
    assert any(expected in p for p in problems), problems


def test_chain_head_changes_with_every_batch(store):
    assert store.verify().head == GENESIS
    store.add_batch([doc(1)], [], **META)
    h1 = store.verify().head
    store.add_batch([doc(2)], [], **META)
    h2 = store.verify().head
    assert len({GENESIS, h1, h2}) == 3


def test_sqlite_reopen_and_version_check(tmp_path):
    s = SqliteStore(tmp_path)
    s.add_batch([doc(1)], [], **META)
    s.close()
    s = SqliteStore(tmp_path)
    assert s.count() == 1
    s.db.execute("UPDATE meta SET value = '99'")
    s.close()
    with pytest.raises(SchemaVersionError, match="schema version 99"):
        SqliteStore(tmp_path)
