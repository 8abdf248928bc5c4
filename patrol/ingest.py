"""Ingest: stream records from readers into the store in crash-safe chunks.

Resumption needs no bookkeeping: documents are keyed by the SHA-256 of their raw
bytes, so re-running after a crash skips what was committed and adds the rest.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from patrol.model import BadRecord, Document, Notice
from patrol.sources import reader_for, source_path
from patrol.sources.base import ReadOptions
from patrol.store.evidence import EvidenceStore

CHUNK = 5000
_SAMPLE = 5  # notices of each kind kept for the report


@dataclass
class IngestReport:
    run_id: str = ""
    inputs: int = 0
    read: int = 0
    new: int = 0
    duplicates: int = 0
    quarantined: int = 0
    skipped: int = 0
    warnings: int = 0
    bytes: int = 0
    quarantine_file: Path | None = None
    by_input: dict[str, Counter] = field(default_factory=dict)
    samples: dict[str, list[str]] = field(default_factory=dict)

    def counts(self) -> dict:
        return {k: getattr(self, k) for k in ("inputs", "read", "new", "duplicates", "quarantined", "skipped", "warnings")}

    def note(self, kind: str, text: str) -> None:
        bucket = self.samples.setdefault(kind, [])
        if len(bucket) < _SAMPLE:
            bucket.append(text)


def file_sha256(path: Path) -> str | None:
    if not path.is_file():
        return None
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


class _Quarantine:
    """The run's quarantine file: one JSON line per bad record, raw bytes in base64,
    opened only when the first bad record arrives."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._f = None

    def write(self, bad: BadRecord) -> None:
        if self._f is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._f = open(self.path, "a", encoding="utf-8")
        self._f.write(json.dumps({
            "origin": bad.origin, "reason": bad.reason, "raw_sha256": bad.raw_sha256,
            "raw_length": bad.raw_length, "raw_truncated": bad.raw_length != len(bad.raw),
            "raw_b64": base64.b64encode(bad.raw).decode("ascii"),
        }, ensure_ascii=False) + "\n")
        self._f.flush()

    def close(self) -> None:
        if self._f is not None:
            self._f.close()


def ingest(
    store: EvidenceStore,
    inputs: Iterable[Path],
    options: ReadOptions,
    fmt: str | None = None,
    chunk: int = CHUNK,
    on_progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    inputs = [Path(p) for p in inputs]
    readers = [(p, reader_for(p, fmt)) for p in inputs]  # fail fast on an unknown format
    report = IngestReport(run_id=store.start_run("ingest " + " ".join(map(str, inputs))))
    quarantine = _Quarantine(store.home / "quarantine" / f"{report.run_id}.jsonl")
    try:
        for path, reader in readers:
            path = source_path(path, reader)
            report.inputs += 1
            per = report.by_input.setdefault(str(path), Counter())
            meta = {"run_id": report.run_id, "input": str(path), "input_sha256": file_sha256(path), "reader": reader.name}
            docs: list[Document] = []
            bad: list[BadRecord] = []

            def flush() -> None:
                res = store.add_batch(docs, bad, **meta)
                report.new += res.new
                report.duplicates += res.duplicates
                per.update(new=res.new, duplicates=res.duplicates)
                docs.clear()
                bad.clear()
                if on_progress:
                    on_progress(report)

            for event in reader.read(path, options):
                if isinstance(event, Document):
                    docs.append(event)
                    report.read += 1
                    report.bytes += len(event.raw)
                    if len(docs) >= chunk:
                        flush()
                elif isinstance(event, BadRecord):
                    quarantine.write(event)
                    bad.append(event)
                    report.quarantined += 1
                    per["quarantined"] += 1
                    report.note("quarantined", f"{event.origin}: {event.reason}")
                elif isinstance(event, Notice):
                    if event.kind == "skipped":
                        report.skipped += 1
                        per["skipped"] += 1
                    else:
                        report.warnings += 1
                        per["warnings"] += 1
                    report.note(event.kind, f"{event.origin}: {event.reason}")
            flush()
    finally:
        quarantine.close()
        store.finish_run(report.run_id, report.counts())
    if report.new:
        store.refresh_statistics("documents", "raw", "batches")
    if report.quarantined:
        report.quarantine_file = quarantine.path
    return report
