"""Findings in the store: one row per document, replaced as a whole on re-analysis.

Findings are derived data (they change with the KB and the models), so they live apart
from the append-only evidence tables and carry the model and KB they came from.
"""

from __future__ import annotations

import json
import uuid

from patrol.model import utcnow
from patrol.store.dialect import dialect
from patrol.sources.dates import isoformat_utc

# Findings carry their document's rid too: searches walk indexes in rid order (newest first)
# and stop after a page, instead of collecting every match and sorting it.
SCHEMA = """
CREATE TABLE IF NOT EXISTS findings (
    sha256        TEXT PRIMARY KEY,
    label         TEXT,
    sale_score    REAL,
    effect_group  TEXT,
    language      TEXT,
    main_substance TEXT,
    result        TEXT NOT NULL,
    analysed_at   TEXT NOT NULL,
    rid           INTEGER
);
-- What searches filter on, one row per (document, kind, value): substances and countries.
CREATE TABLE IF NOT EXISTS finding_terms (
    rid    INTEGER NOT NULL,
    kind   TEXT NOT NULL,
    value  TEXT NOT NULL
);
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS findings_rid ON findings(rid);
CREATE INDEX IF NOT EXISTS findings_label_rid ON findings(label, rid);
CREATE INDEX IF NOT EXISTS findings_group_rid ON findings(effect_group, rid);
CREATE INDEX IF NOT EXISTS finding_terms_value ON finding_terms(kind, value, rid);
"""


def migrate(db) -> None:
    """Bring findings tables from an older patrol up to date (they are derived: nothing is lost).
    PostgreSQL stores get theirs from the migrations."""
    if dialect(db) != "sqlite":
        return
    db.executescript(SCHEMA)
    cols = {r[1] for r in db.execute("PRAGMA table_info(findings)")}
    if "rid" not in cols:
        from patrol.store.sqlite import shakey

        shas = [r[0] for r in db.execute("SELECT sha256 FROM findings")]
        with db:
            db.execute("ALTER TABLE findings ADD COLUMN rid INTEGER")
            db.executemany("UPDATE findings SET rid = (SELECT rid FROM documents WHERE shakey = ? AND sha256 = ?) "
                           "WHERE sha256 = ?", [(shakey(sha), sha, sha) for sha in shas])
    if "rid" not in {r[1] for r in db.execute("PRAGMA table_info(finding_terms)")}:
        with db:
            db.execute("DROP TABLE finding_terms")
            db.executescript(SCHEMA)
            _terms_from_findings(db)
    db.executescript(INDEXES)


def findings_version(db) -> str | None:
    """Changes with every findings write: caches of aggregates over findings key on it."""
    row = db.execute("SELECT value FROM meta WHERE key = 'findings_version'").fetchone()
    return row[0] if row else None


def terms(res: dict) -> set[tuple[str, str]]:
    out = {("substance", x["substance_id"]) for x in res.get("substances") or ()}
    return out | {("country", x["country"]) for x in res.get("locations") or () if x.get("country")}


def _terms_from_findings(db) -> None:
    rows = [(rid, k, v) for rid, result in db.execute("SELECT rid, result FROM findings WHERE rid IS NOT NULL")
            for k, v in terms(json.loads(result))]
    db.executemany("INSERT INTO finding_terms VALUES (?,?,?)", rows)


class FindingsWriter:
    CHUNK = 2000

    def __init__(self, store, replace: bool = True) -> None:
        """``replace``: the new findings replace all old ones (re-analysis); otherwise they are
        added for documents that had none."""
        self.replace = replace
        self.store, self.db = store, store.db
        self.rows: list[tuple] = []
        self.terms: list[tuple] = []
        self.now = isoformat_utc(utcnow())

    def __enter__(self):
        migrate(self.db)
        self.db.execute("BEGIN IMMEDIATE")
        if self.replace:
            self.db.execute("DELETE FROM findings")
            self.db.execute("DELETE FROM finding_terms")
        return self

    def add(self, res: dict) -> None:
        """``res["id"]`` arrives as [sha256, document id, rid]; the stored result names the first two."""
        sha, doc_id, rid = res["id"]
        res = {**res, "id": doc_id, "sha256": sha}
        self.rows.append((sha, res.get("label"), res.get("sale_score"), res.get("effect_group"),
                          res.get("language"), res.get("main_substance"), json.dumps(res, ensure_ascii=False), self.now,
                          rid))
        self.terms.extend((rid, k, v) for k, v in terms(res))
        if len(self.rows) >= self.CHUNK:
            self._flush()

    def _flush(self) -> None:
        self.db.executemany("INSERT OR REPLACE INTO findings VALUES (?,?,?,?,?,?,?,?,?)", self.rows)
        self.db.executemany("INSERT INTO finding_terms VALUES (?,?,?)", self.terms)
        self.rows.clear()
        self.terms.clear()

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self._flush()
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('findings_version', ?)", (uuid.uuid4().hex,))
            self.db.execute("COMMIT")  # the old findings stay until the new set is complete
            self.store.refresh_statistics("findings", "finding_terms")
        else:
            self.db.execute("ROLLBACK")
