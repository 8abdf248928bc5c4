"""Vendors in the store: the latest linking (replaced as a whole) and the analysts'
overrides (append-only, like alert history), which every later run applies."""

from __future__ import annotations

import json

from patrol.errors import PatrolError
from patrol.model import utcnow
from patrol.sources.dates import isoformat_utc
from patrol.store.append_only import triggers
from patrol.store.dialect import ensure_schema

SCHEMA = """
CREATE TABLE IF NOT EXISTS vendor_accounts (
    source TEXT NOT NULL, author TEXT NOT NULL, vendor_id TEXT NOT NULL, documents INTEGER NOT NULL,
    flags TEXT, PRIMARY KEY (source, author)
);
CREATE INDEX IF NOT EXISTS vendor_accounts_vendor ON vendor_accounts(vendor_id);
CREATE TABLE IF NOT EXISTS vendor_links (
    a_source TEXT, a_author TEXT, b_source TEXT, b_author TEXT, kind TEXT, score REAL, evidence TEXT
);
CREATE TABLE IF NOT EXISTS vendor_overrides (
    seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
    payload TEXT NOT NULL, reason TEXT
);
""" + triggers("vendor_overrides", "vendor overrides are append-only: add a new one instead")


class VendorNotFound(PatrolError):
    code = "vendor_not_found"


class VendorStore:
    def __init__(self, store) -> None:
        self.db = store.db
        ensure_schema(self.db, SCHEMA)

    def save(self, result) -> None:
        flags: dict = {}
        for f in result.flags:
            for k in (tuple(f["a"]), tuple(f["b"])):
                flags.setdefault(k, []).append(f)
        with self.db:
            self.db.execute("DELETE FROM vendor_accounts")
            self.db.execute("DELETE FROM vendor_links")
            self.db.executemany("INSERT INTO vendor_accounts VALUES (?,?,?,?,?)",
                                [(k[0], k[1], v, len(result.accounts[k].docs),
                                  json.dumps(flags[k]) if k in flags else None) for k, v in result.vendor_of.items()])
            self.db.executemany("INSERT INTO vendor_links VALUES (?,?,?,?,?,?,?)",
                                [(x.a[0], x.a[1], x.b[0], x.b[1], x.kind, x.score, json.dumps(x.evidence))
                                 for x in result.links])

    def override(self, action: str, payload: dict, actor: str, reason: str | None) -> None:
        with self.db:
            self.db.execute("INSERT INTO vendor_overrides (at, actor, action, payload, reason) VALUES (?,?,?,?,?)",
                            (isoformat_utc(utcnow()), actor, action, json.dumps(payload), reason))

    def overrides(self) -> list[dict]:
        return [{"action": a, **json.loads(p), "by": by, "at": at, "reason": r}
                for at, by, a, p, r in self.db.execute(
                    "SELECT at, actor, action, payload, reason FROM vendor_overrides ORDER BY seq")]

    def vendor_of(self) -> dict:
        return {(s, a): v for s, a, v in self.db.execute("SELECT source, author, vendor_id FROM vendor_accounts")}

    def show(self, vendor_id: str) -> dict:
        rows = self.db.execute("SELECT source, author, documents, flags FROM vendor_accounts WHERE vendor_id = ? "
                               "ORDER BY source, author", (vendor_id,)).fetchall()
        if not rows:
            raise VendorNotFound(f"no vendor {vendor_id!r}: run `patrol link --store`, then `patrol vendor list`")
        members = {(s, a) for s, a, _, _ in rows}
        links = [{"a": [a1, a2], "b": [b1, b2], "kind": k, "score": sc, "evidence": json.loads(ev)}
                 for a1, a2, b1, b2, k, sc, ev in self.db.execute("SELECT * FROM vendor_links")
                 if (a1, a2) in members or (b1, b2) in members]
        return {"vendor_id": vendor_id,
                "accounts": [{"source": s, "author": a, "documents": n, "flags": json.loads(f) if f else []}
                             for s, a, n, f in rows],
                "links": links,
                "overrides": [o for o in self.overrides()
                              if {tuple(o.get("a", ())), tuple(o.get("b", ())), tuple(o.get("account", ()))} & members]}

    def list(self) -> list[dict]:
        return [{"vendor_id": v, "accounts": n, "documents": d, "platforms": p} for v, n, d, p in self.db.execute(
            "SELECT vendor_id, count(*), sum(documents), count(DISTINCT source) FROM vendor_accounts "
            "GROUP BY vendor_id ORDER BY count(*) DESC, sum(documents) DESC, vendor_id")]
