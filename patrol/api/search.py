"""Document search over the store: full text (SQLite FTS5, or PostgreSQL's tsvector with a
GIN index) and filters on findings, newest first, with an opaque cursor (the last row id)
instead of page numbers."""

from __future__ import annotations

import json
from dataclasses import dataclass

from patrol.api.errors import ApiError
from patrol.store.dialect import dialect
from patrol.store.findings import migrate

FTS = """
CREATE INDEX IF NOT EXISTS documents_author ON documents(author);
CREATE INDEX IF NOT EXISTS documents_id ON documents(id);
CREATE VIRTUAL TABLE IF NOT EXISTS doc_fts USING fts5(text, content='documents', content_rowid='rid',
                                                      tokenize='unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS doc_fts_state (id INTEGER PRIMARY KEY CHECK (id = 1), last_rid INTEGER NOT NULL);
"""


_prepared: set[str] = set()


def prepare(db) -> None:
    """Findings tables are current, and the full-text index covers every document (it catches
    up incrementally: documents are append-only). The schema work runs once per process and
    store; after that, one indexed query per call checks for new documents. PostgreSQL keeps
    its index current by itself (a generated column), so there is nothing to do."""
    if dialect(db) != "sqlite":
        return
    path = db.execute("PRAGMA database_list").fetchone()[2]
    if path not in _prepared:
        migrate(db)
        db.executescript(FTS)
        _prepared.add(path)
    last = db.execute("SELECT last_rid FROM doc_fts_state").fetchone()
    top = db.execute("SELECT coalesce(max(rid), 0) FROM documents").fetchone()[0]
    if last is None or last[0] < top:
        with db:
            db.execute("INSERT INTO doc_fts(rowid, text) SELECT rid, text FROM documents WHERE rid > ?",
                       (last[0] if last else 0,))
            db.execute("INSERT OR REPLACE INTO doc_fts_state VALUES (1, ?)", (top,))


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


def _driver(db, query: Query) -> tuple[str, str, list, list]:
    """The index that yields candidates newest first: full text, a substance or country, a
    vendor, a label or group, else the documents themselves (most selective first, as a rule
    of thumb). Its rid column, FROM clause, conditions and arguments."""
    if query.q:
        if dialect(db) == "postgres":
            _fts_query(query.q)  # the same refusal of a query without words
            return "x.rid", "documents x", ["x.tsv @@ plainto_tsquery('simple', translate(?, '<>', '  '))"], [query.q]
        return "doc_fts.rowid", "doc_fts", ["doc_fts MATCH ?"], [_fts_query(query.q)]
    for kind, val in (("substance", query.substance), ("country", query.country)):
        if val:
            return "x.rid", "finding_terms x", ["x.kind = ?", "x.value = ?"], [kind, val]
    if query.vendor:
        return "x.rid", "documents x", ["x.author = ?"], [query.vendor]
    for col, val in (("label", query.label), ("effect_group", query.effect_group)):
        if val:
            return "x.rid", "findings x", [f"x.{col} = ?"], [val]
    return "x.rid", "documents x", [], []


def search(db, query: Query) -> dict:
    rid_col, source, where, args = _driver(db, query)
    sqlite = dialect(db) == "sqlite"
    where = list(where)
    if query.cursor:
        where.append(f"{rid_col} < ?")
        args.append(query.cursor)
    # the other filters, as point lookups by rid on the candidate
    if query.q and (query.substance or query.country):
        for kind, val in (("substance", query.substance), ("country", query.country)):
            if val:
                where.append(f"EXISTS (SELECT 1 FROM finding_terms t WHERE t.kind = '{kind}' AND t.value = ? "
                             f"AND t.rid = {rid_col})")
                args.append(val)
    elif query.substance and query.country:
        where.append(f"EXISTS (SELECT 1 FROM finding_terms t WHERE t.kind = 'country' AND t.value = ? "
                     f"AND t.rid = {rid_col})")
        args.append(query.country)
    # "+col" keeps SQLite from answering these through their own indexes: the candidate's
    # row is already found by rid, and a (label, rid) range per candidate is quadratic.
    for col, val in (("f.label", query.label), ("f.effect_group", query.effect_group), ("d.source", query.source),
                     ("d.author", query.vendor)):
        if val:
            where.append(f"{'+' if sqlite else ''}{col} = ?")
            args.append(val)
    if query.since:
        where.append("d.posted_at >= ?")
        args.append(query.since)
    if query.until:
        where.append("d.posted_at < ?")
        args.append(query.until)
    limit = max(1, min(query.limit, 200))
    sql = (f"SELECT d.rid, d.id, d.sha256, d.source, d.author, d.posted_at, substr(d.text, 1, 300), f.label, "
           f"f.sale_score, f.effect_group, f.main_substance FROM {source} "
           f"{'CROSS JOIN' if sqlite else 'JOIN'} documents d ON d.rid = {rid_col} LEFT JOIN findings f ON f.rid = d.rid "
           f"WHERE {' AND '.join(where) or '1=1'} ORDER BY {rid_col} DESC LIMIT ?")
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
    from patrol.store.evidence import shakey

    try:
        return shakey(sha)
    except ValueError as e:
        raise ApiError("not_found", f"{sha!r} is not a SHA-256 hex digest") from e
