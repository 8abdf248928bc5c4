"""Findings in the store: one row per document, replaced as a whole on re-analysis.

Findings are derived data (they change with the KB and the models), so they live apart
from the append-only evidence tables and carry the model and KB they came from.
"""

from __future__ import annotations

import json

from patrol.model import utcnow
from patrol.sources.dates import isoformat_utc

SCHEMA = """
CREATE TABLE IF NOT EXISTS findings (
    sha256        TEXT PRIMARY KEY,
    label         TEXT,
    sale_score    REAL,
    effect_group  TEXT,
    language      TEXT,
    main_substance TEXT,
    result        TEXT NOT NULL,
    analysed_at   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS findings_label ON findings(label, effect_group);
-- What searches filter on, one row per (document, kind, value): substances and countries.
CREATE TABLE IF NOT EXISTS finding_terms (
    sha256 TEXT NOT NULL,
    kind   TEXT NOT NULL,
    value  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS finding_terms_value ON finding_terms(kind, value, sha256);
"""


class FindingsWriter:
    CHUNK = 2000

    def __init__(self, store) -> None:
        self.db = store.db
        self.rows: list[tuple] = []
        self.terms: list[tuple] = []
        self.now = isoformat_utc(utcnow())

    def __enter__(self):
        self.db.executescript(SCHEMA)
        self.db.execute("BEGIN IMMEDIATE")
        self.db.execute("DELETE FROM findings")
        self.db.execute("DELETE FROM finding_terms")
        return self

    def add(self, res: dict) -> None:
        """``res["id"]`` arrives as [sha256, document id]; the stored result names both."""
        sha, doc_id = res["id"]
        res = {**res, "id": doc_id, "sha256": sha}
        self.rows.append((sha, res.get("label"), res.get("sale_score"), res.get("effect_group"),
                          res.get("language"), res.get("main_substance"), json.dumps(res, ensure_ascii=False), self.now))
        terms = {("substance", x["substance_id"]) for x in res.get("substances") or ()}
        terms |= {("country", x["country"]) for x in res.get("locations") or () if x.get("country")}
        self.terms.extend((sha, k, v) for k, v in terms)
        if len(self.rows) >= self.CHUNK:
            self._flush()

    def _flush(self) -> None:
        self.db.executemany("INSERT OR REPLACE INTO findings VALUES (?,?,?,?,?,?,?,?)", self.rows)
        self.db.executemany("INSERT INTO finding_terms VALUES (?,?,?)", self.terms)
        self.rows.clear()
        self.terms.clear()

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self._flush()
            self.db.execute("COMMIT")  # the old findings stay until the new set is complete
        else:
            self.db.execute("ROLLBACK")
