"""One analysed document as the signal detectors see it, read from the store or from a file.

Detectors work on days, not instants: a document's day is its posted date when it has
one and the date is plausible, else its collection date; the reason is kept so that
periods with skewed or missing clocks can say why they look the way they do.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from patrol.model import BadRecord, Document, Notice
from patrol.sources import ReadOptions, reader_for, source_path
from patrol.sources.dates import parse_datetime
from patrol.store.dialect import ensure_schema

# A posted date this far after the collection date is a skewed clock, not a real date.
MAX_SKEW = timedelta(days=1)
EARLIEST = datetime(1995, 1, 1).date()


@dataclass(slots=True)
class Observation:
    id: str
    source: str
    author: str | None
    day: date | None
    text: str
    result: dict
    day_reason: str = "posted"  # posted | collected (no or implausible posted date) | none
    sha256: str | None = None

    @property
    def label(self) -> str | None:
        return self.result.get("label")

    @property
    def substance_ids(self) -> list[str]:
        """Distinct substances, most salient first."""
        seen: dict[str, None] = {}
        main = self.result.get("main_substance")
        if main:
            seen[main] = None
        for s in self.result.get("substances", ()):
            seen.setdefault(s["substance_id"], None)
        return list(seen)

    @property
    def countries(self) -> list[str]:
        return sorted({loc["country"] for loc in self.result.get("locations", ()) if loc.get("country")})


@dataclass
class Loaded:
    observations: list[Observation]
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (location, reason)
    notes: list[str] = field(default_factory=list)


_KEEP = {"substances": ("substance_id", "name", "effect_group", "control", "start", "end"),
         "quantities": ("value", "unit", "start", "end"), "prices": ("amount", "currency", "start", "end"),
         "locations": ("country", "role", "start", "end"),
         "crypto_addresses": ("address", "currency", "valid", "start", "end"),
         "contacts": ("kind", "value", "start", "end"), "pgp": ("kind", "fingerprint", "start", "end")}


def slim(result: dict) -> dict:
    """What the detectors read of a finding: a fraction of its memory (no mentions or explanations)."""
    out = {k: result.get(k) for k in ("id", "label", "sale_score", "effect_group", "main_substance", "error")}
    for kind, keep in _KEEP.items():
        out[kind] = [{k: e.get(k) for k in keep} for e in result.get(kind) or ()]
    return out


def choose_day(posted: datetime | None, collected: datetime | None) -> tuple[date | None, str]:
    if posted is not None and collected is not None and posted - collected > MAX_SKEW:
        return collected.date(), "collected (posted date after collection: clock skew)"
    if posted is not None and posted.date() >= EARLIEST:
        return posted.date(), "posted"
    if collected is not None:
        return collected.date(), "collected (no posted date)"
    return None, "none"


def from_store(store) -> Loaded:
    """Documents joined with their findings; documents never analysed are reported."""
    from patrol.store.findings import SCHEMA

    ensure_schema(store.db, SCHEMA)
    obs, missing = [], 0
    rows = store.iter_rows(
        "SELECT d.sha256, d.id, d.source, d.author, d.posted_at, d.collected_at, d.text, f.result "
        "FROM documents d LEFT JOIN findings f ON f.sha256 = d.sha256 ORDER BY d.rid")
    for sha, doc_id, source, author, posted, collected, text, result in rows:
        if result is None:
            missing += 1
            continue
        day, why = choose_day(parse_datetime(posted), parse_datetime(collected))
        obs.append(Observation(doc_id, source, author, day, text, slim(json.loads(result)), why, sha))
    notes = [f"{missing:,} stored documents have no findings yet: run `patrol analyze --store`"] if missing else []
    return Loaded(obs, notes=notes)


def from_file(path: Path, kb_path: Path | None = None, fmt: str | None = None, workers: int | None = None,
              field_map=None, source_name: str | None = None) -> Loaded:
    """Read any ingestible file, analyse it in memory, and keep the unreadable records' locations."""
    from patrol.pipeline.runner import run

    reader = reader_for(path, fmt)
    options = ReadOptions(source_name=source_name)
    if field_map:
        options.field_map = field_map
    docs: list[Document] = []
    loaded = Loaded([])
    for ev in reader.read(source_path(path, reader), options):
        if isinstance(ev, Document):
            docs.append(ev)
        elif isinstance(ev, BadRecord):
            loaded.unreadable.append((ev.origin, ev.reason))
        elif isinstance(ev, Notice):
            loaded.notes.append(f"{ev.origin}: {ev.reason}")
    results = run((("ok", i, d.text, d.source) for i, d in enumerate(docs)), kb_path, workers)
    for d, res in zip(docs, results):
        day, why = choose_day(d.posted_at, d.collected_at if d.collected_at != options.collected_at else None)
        loaded.observations.append(Observation(d.id, d.source, d.author, day, d.text, slim(res), why, d.sha256))
    return loaded


def from_records(records: list[dict], kb_path: Path | None = None, workers: int | None = None) -> list[Observation]:
    """Observations from plain dicts with id, text, source, author and posted_at (benchmarks, tests)."""
    from patrol.pipeline.runner import run

    results = run((("ok", i, r.get("text") or "", r.get("source")) for i, r in enumerate(records)), kb_path, workers)
    out = []
    for r, res in zip(records, results):
        day, why = choose_day(parse_datetime(r.get("posted_at")), None)
        out.append(Observation(str(r["id"]), r.get("source") or "", r.get("author"), day, r.get("text") or "",
                               slim(res), why))
    return out
