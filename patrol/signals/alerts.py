"""Alerts: rules evaluated over analysed documents, kept in the store with their history.

An alert's id is a hash of its rule and key, so evaluating again over repeated or
growing evidence updates the alert (new evidence is merged and logged) instead of
raising a duplicate. Status moves new → confirmed | dismissed (and back to new when
reopened); each change records who, when and why in ``alert_events``, which is
append-only like the evidence tables.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from patrol.errors import PatrolError
from patrol.model import utcnow
from patrol.signals.rules import KINDS, SEVERITIES, Context
from patrol.sources.dates import isoformat_utc
from patrol.store.append_only import triggers
from patrol.store.dialect import ensure_schema

RULES = Path(__file__).parent / "data" / "alert_rules.json"
STATUSES = ("new", "confirmed", "dismissed")

SCHEMA = """
CREATE TABLE IF NOT EXISTS alerts (
    alert_id    TEXT PRIMARY KEY,
    rule        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    severity    TEXT NOT NULL,
    key         TEXT NOT NULL,
    title       TEXT NOT NULL,
    detail      TEXT NOT NULL,
    evidence    TEXT NOT NULL,
    raised_at   TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'new',
    status_by   TEXT,
    status_at   TEXT,
    status_reason TEXT
);
CREATE TABLE IF NOT EXISTS alert_events (
    seq       INTEGER PRIMARY KEY,
    alert_id  TEXT NOT NULL REFERENCES alerts(alert_id),
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    reason    TEXT,
    detail    TEXT
);
""" + triggers("alert_events", "alert history is append-only")


class RuleError(PatrolError):
    code = "bad_rule"


class AlertNotFound(PatrolError):
    code = "alert_not_found"


class BadTransition(PatrolError):
    code = "bad_transition"


def load_rules(path: Path | None = None) -> list[dict]:
    path = Path(path or RULES)
    try:
        spec = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as e:
        raise RuleError(f"{path}: cannot read rules ({e})") from e
    rules = spec.get("rules") if isinstance(spec, dict) else None
    if not isinstance(rules, list):
        raise RuleError(f"{path}: expected {{\"rules\": [...]}}")
    ids = set()
    for i, r in enumerate(rules):
        where = f"{path}: rule {i + 1}"
        if r.get("kind") not in KINDS:
            raise RuleError(f"{where}: unknown kind {r.get('kind')!r}; known: {', '.join(sorted(KINDS))}")
        if r.get("severity") not in SEVERITIES:
            raise RuleError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
        if not r.get("id") or r["id"] in ids:
            raise RuleError(f"{where}: every rule needs a unique id")
        ids.add(r["id"])
    return rules


def alert_id(rule_id: str, key: str) -> str:
    return hashlib.sha256(f"{rule_id}\x1f{key}".encode()).hexdigest()[:16]


@dataclass
class RunSummary:
    raised: int = 0
    updated: int = 0
    unchanged: int = 0


def evaluate(observations, kb, rules: list[dict]) -> list[tuple[dict, object]]:
    ctx = Context(list(observations), kb)
    return [(rule, d) for rule in rules for d in KINDS[rule["kind"]](rule, ctx)]


class AlertStore:
    def __init__(self, store) -> None:
        self.db = store.db
        ensure_schema(self.db, SCHEMA)

    def record(self, found: list[tuple[dict, object]], actor: str = "patrol") -> RunSummary:
        now = isoformat_utc(utcnow())
        summary = RunSummary()
        with self.db:
            for rule, d in found:
                aid = alert_id(rule["id"], d.key)
                row = self.db.execute("SELECT evidence FROM alerts WHERE alert_id = ?", (aid,)).fetchone()
                if row is None:
                    self.db.execute(
                        "INSERT INTO alerts (alert_id, rule, kind, severity, key, title, detail, evidence, raised_at, "
                        "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (aid, rule["id"], rule["kind"], rule["severity"], d.key, d.title, json.dumps(d.detail),
                         json.dumps(sorted(set(d.evidence))), now, now))
                    self._event(aid, now, actor, "raised", None, {"evidence": len(set(d.evidence))})
                    summary.raised += 1
                    continue
                old = set(json.loads(row[0]))
                added = set(d.evidence) - old
                if not added:
                    summary.unchanged += 1
                    continue
                self.db.execute("UPDATE alerts SET evidence = ?, detail = ?, title = ?, updated_at = ? "
                                "WHERE alert_id = ?", (json.dumps(sorted(old | added)), json.dumps(d.detail),
                                                       d.title, now, aid))
                self._event(aid, now, actor, "evidence_added", None, {"added": sorted(added)[:50]})
                summary.updated += 1
        return summary

    def _event(self, aid, at, actor, action, reason, detail) -> None:
        self.db.execute("INSERT INTO alert_events (alert_id, at, actor, action, reason, detail) VALUES (?,?,?,?,?,?)",
                        (aid, at, actor, action, reason, json.dumps(detail) if detail else None))

    def set_status(self, aid: str, status: str, actor: str, reason: str | None = None) -> dict:
        if status not in STATUSES:
            raise BadTransition(f"status must be one of {', '.join(STATUSES)}")
        current = self.get(aid)
        if current["status"] == status:
            raise BadTransition(f"alert {aid} is already {status}")
        if status == "dismissed" and not reason:
            raise BadTransition("say why the alert is dismissed (--reason)")
        now = isoformat_utc(utcnow())
        with self.db:
            self.db.execute("UPDATE alerts SET status = ?, status_by = ?, status_at = ?, status_reason = ? "
                            "WHERE alert_id = ?", (status, actor, now, reason, aid))
            action = {"confirmed": "confirmed", "dismissed": "dismissed", "new": "reopened"}[status]
            self._event(aid, now, actor, action, reason, None)
        return self.get(aid)

    def get(self, aid: str) -> dict:
        rows = self.list(alert_id=aid)
        if not rows:
            raise AlertNotFound(f"no alert {aid!r}: `patrol alerts list` shows their ids")
        return rows[0]

    def list(self, status: str | None = None, alert_id: str | None = None, since: str | None = None) -> list[dict]:
        q, args = "SELECT * FROM alerts WHERE 1=1", []
        if status:
            q += " AND status = ?"
            args.append(status)
        if alert_id:
            q += " AND alert_id = ?"
            args.append(alert_id)
        if since:
            q += " AND updated_at >= ?"
            args.append(since)
        q += " ORDER BY CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, " \
             "raised_at DESC, alert_id"
        cur = self.db.execute(q, args)
        cols = [c[0] for c in cur.description]
        out = []
        for row in cur:
            r = dict(zip(cols, row))
            r["detail"], r["evidence"] = json.loads(r["detail"]), json.loads(r["evidence"])
            out.append(r)
        return out

    def history(self, aid: str) -> list[dict]:
        cur = self.db.execute("SELECT seq, at, actor, action, reason, detail FROM alert_events WHERE alert_id = ? "
                              "ORDER BY seq", (aid,))
        return [{"seq": s, "at": at, "actor": a, "action": act, "reason": r, "detail": json.loads(d) if d else None}
                for s, at, a, act, r, d in cur]
