"""The audit log: who did what, when, from where. Every state change and every read of
personal data is written here; triggers make it append-only."""

from __future__ import annotations

import json

from patrol.model import utcnow
from patrol.sources.dates import isoformat_utc
from patrol.store.append_only import triggers
from patrol.store.dialect import ensure_schema

SCHEMA = """
CREATE TABLE IF NOT EXISTS audit_log (
    seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
    resource TEXT, detail TEXT, ip TEXT
);
CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log(at);
""" + triggers("audit_log", "the audit log is append-only")


class Audit:
    def __init__(self, db) -> None:
        self.db = db
        ensure_schema(db, SCHEMA)

    def write(self, actor: str, action: str, resource: str | None = None, detail: dict | None = None,
              ip: str | None = None) -> None:
        with self.db:
            self.db.execute("INSERT INTO audit_log (at, actor, action, resource, detail, ip) VALUES (?,?,?,?,?,?)",
                            (isoformat_utc(utcnow()), actor, action, resource,
                             json.dumps(detail, ensure_ascii=False) if detail else None, ip))

    def query(self, actor: str | None = None, action: str | None = None, since: str | None = None,
              limit: int = 200) -> list[dict]:
        q, args = "SELECT seq, at, actor, action, resource, detail, ip FROM audit_log WHERE 1=1", []
        for col, val, op in (("actor", actor, "="), ("action", action, "="), ("at", since, ">=")):
            if val:
                q += f" AND {col} {op} ?"
                args.append(val)
        q += " ORDER BY seq DESC LIMIT ?"
        args.append(limit)
        return [{"seq": s, "at": at, "actor": a, "action": act, "resource": r,
                 "detail": json.loads(d) if d else None, "ip": ip}
                for s, at, a, act, r, d, ip in self.db.execute(q, args)]
