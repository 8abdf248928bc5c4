"""Document search over the store: full text (SQLite FTS5) and filters on findings, newest
first, with an opaque cursor (the last row id) instead of page numbers."""

from __future__ import annotations

import json
from dataclasses import dataclass

from patrol.api.errors import ApiError
from patrol.store.findings import SCHEMA as FINDINGS_SCHEMA

FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS doc_fts USING fts5(text, content='documents', content_rowid='rid',
                                                      tokenize='unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS doc_fts_state (id INTEGER PRIMARY KEY CHECK (id = 1), last_rid INTEGER NOT NULL);
"""


_prepared: set[str] = set()


def prepare(db) -> None:
    """Findings tables exist, and the full-text index covers every document (it catches up
    incrementally: documents are append-only). The schema work runs once per process and
    store; after that, one indexed query per call checks for new documents."""
    path = db.execute("PRAGMA database_list").fetchone()[2]
    if path not in _prepared:
        db.executescript(FINDINGS_SCHEMA + FTS)
        if db.execute("SELECT 1 FROM findings LIMIT 1").fetchone() and not db.execute(
                "SELECT 1 FROM finding_terms LIMIT 1").fetchone():
            _backfill_terms(db)  # a store analysed before finding_terms existed
        _prepared.add(path)
    last = db.execute("SELECT last_rid FROM doc_fts_state").fetchone()
    top = db.execute("SELECT coalesce(max(rid), 0) FROM documents").fetchone()[0]
    if last is None or last[0] < top:
        with db:
            db.execute("INSERT INTO doc_fts(rowid, text) SELECT rid, text FROM documents WHERE rid > ?",
                       (last[0] if last else 0,))
            db.execute("INSERT OR REPLACE INTO doc_fts_state VALUES (1, ?)", (top,))


def _backfill_terms(db) -> None:
    rows = []
    for sha, result in db.execute("SELECT sha256, result FROM findings"):
        res = json.loads(result)
        terms = {("substance", x["substance_id"]) for x in res.get("substances") or ()}
        terms |= {("country", x["country"]) for x in res.get("locations") or () if x.get("country")}
        rows += [(sha, k, v) for k, v in terms]
    with db:
        db.executemany("INSERT INTO finding_terms VALUES (?,?,?)", rows)


@dataclass
class Query:
    q: str | None = None
    substance: str | None = None
    effect_group: str | None = None
    label: str | None = None
    source: str | None = None
    vendor: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    cursor: int | None = None
    limit: int = 50


def _fts_query(q: str) -> str:
    """User text as FTS5 phrase terms: quotes doubled, so no FTS syntax (or SQL) gets through."""
    terms = [t for t in q.replace('"', " ").split() if t]
    if not terms:
        raise ApiError("invalid_query", "q has no searchable words")
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms[:20])


def search(db, query: Query) -> dict:
    where, args = ["1=1"], []
    join = ""
    if query.q:
        join += " JOIN doc_fts ON doc_fts.rowid = d.rid"
        where.append("doc_fts MATCH ?")
        args.append(_fts_query(query.q))
    for col, val in (("f.label", query.label), ("f.effect_group", query.effect_group), ("d.source", query.source),
                     ("d.author", query.vendor)):
        if val:
            where.append(f"{col} = ?")
            args.append(val)
    for kind, val in (("substance", query.substance), ("country", query.country)):
        if val:
            where.append(f"d.sha256 IN (SELECT sha256 FROM finding_terms WHERE kind = '{kind}' AND value = ?)")
            args.append(val)
    if query.since:
        where.append("d.posted_at >= ?")
        args.append(query.since)
    if query.until:
        where.append("d.posted_at < ?")
        args.append(query.until)
    if query.cursor:
        where.append("d.rid < ?")
        args.append(query.cursor)
    limit = max(1, min(query.limit, 200))
    sql = (f"SELECT d.rid, d.id, d.sha256, d.source, d.author, d.posted_at, substr(d.text, 1, 300), f.label, "
           f"f.sale_score, f.effect_group, f.main_substance FROM documents d LEFT JOIN findings f "
           f"ON f.sha256 = d.sha256{join} WHERE {' AND '.join(where)} ORDER BY d.rid DESC LIMIT ?")
    rows = db.execute(sql, [*args, limit + 1]).fetchall()
    items = [{"id": r[1], "sha256": r[2], "source": r[3], "author": r[4], "posted_at": r[5], "excerpt": r[6],
              "label": r[7], "sale_score": r[8], "effect_group": r[9], "main_substance": r[10]} for r in rows[:limit]]
    return {"items": items, "next_cursor": str(rows[limit - 1][0]) if len(rows) > limit else None}


def document(db, sha256: str) -> dict:
    row = db.execute("SELECT d.id, d.sha256, d.source, d.url, d.author, d.posted_at, d.collected_at, d.text, d.origin, "
                     "f.result FROM documents d LEFT JOIN findings f ON f.sha256 = d.sha256 WHERE d.shakey = ? "
                     "AND d.sha256 = ?", (_shakey(sha256), sha256)).fetchone()
    if row is None:
        raise ApiError("not_found", f"no document {sha256!r}: search with GET /api/documents")
    keys = ("id", "sha256", "source", "url", "author", "posted_at", "collected_at", "text", "origin")
    return {**dict(zip(keys, row[:9])), "finding": json.loads(row[9]) if row[9] else None}


def _shakey(sha: str) -> int:
    from patrol.store.sqlite import shakey

    try:
        return shakey(sha)
    except ValueError as e:
        raise ApiError("not_found", f"{sha!r} is not a SHA-256 hex digest") from e
