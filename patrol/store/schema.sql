-- patrol embedded store, schema version 1.
-- Evidence tables are append-only: triggers refuse UPDATE and DELETE, so only a
-- deliberate edit of the file can change them, and `patrol verify` detects that.

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS runs (
    run_id      TEXT PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    command     TEXT NOT NULL,
    counts      TEXT            -- JSON, written when the run ends
);

CREATE TABLE IF NOT EXISTS batches (
    seq          INTEGER PRIMARY KEY,
    run_id       TEXT NOT NULL,
    input        TEXT NOT NULL,
    input_sha256 TEXT,
    reader       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    n_docs       INTEGER NOT NULL,
    docs_digest  TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL UNIQUE
);

-- rid orders documents as they were committed; the chain digests each batch in rid order.
-- shakey is the first 64 bits of sha256 as an integer: its index is a quarter the size of
-- one on the hex digest, which keeps ingest fast on large stores. patrol looks documents up
-- by (shakey, sha256) and admits one document per sha256 (writers are serialised).
CREATE TABLE IF NOT EXISTS documents (
    rid          INTEGER PRIMARY KEY,
    shakey       INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    id           TEXT NOT NULL,
    source       TEXT NOT NULL,
    url          TEXT,
    author       TEXT,
    posted_at    TEXT,
    collected_at TEXT NOT NULL,
    text         TEXT NOT NULL,
    origin       TEXT NOT NULL,
    batch        INTEGER NOT NULL REFERENCES batches(seq)
);
CREATE INDEX IF NOT EXISTS documents_shakey ON documents(shakey);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source, posted_at);

-- Raw evidence apart from the documents, so scans of text do not drag the bytes along.
CREATE TABLE IF NOT EXISTS raw (
    rid   INTEGER PRIMARY KEY REFERENCES documents(rid),
    bytes BLOB NOT NULL
);

CREATE TABLE IF NOT EXISTS quarantine (
    qid        INTEGER PRIMARY KEY,
    run_id     TEXT NOT NULL,
    origin     TEXT NOT NULL,
    reason     TEXT NOT NULL,
    raw_sha256 TEXT NOT NULL,
    raw_length INTEGER NOT NULL,
    raw        BLOB NOT NULL,      -- the record, or its first --max-record-bytes when larger
    created_at TEXT NOT NULL,
    UNIQUE (origin, raw_sha256)
);

CREATE TRIGGER IF NOT EXISTS batches_no_update BEFORE UPDATE ON batches
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: batches cannot be changed'); END;
CREATE TRIGGER IF NOT EXISTS batches_no_delete BEFORE DELETE ON batches
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: batches cannot be deleted'); END;
CREATE TRIGGER IF NOT EXISTS documents_no_update BEFORE UPDATE ON documents
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: documents cannot be changed'); END;
CREATE TRIGGER IF NOT EXISTS documents_no_delete BEFORE DELETE ON documents
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: documents cannot be deleted'); END;
CREATE TRIGGER IF NOT EXISTS raw_no_update BEFORE UPDATE ON raw
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: raw records cannot be changed'); END;
CREATE TRIGGER IF NOT EXISTS raw_no_delete BEFORE DELETE ON raw
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: raw records cannot be deleted'); END;
