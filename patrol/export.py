"""Export stored documents (and, as they arrive, findings) as JSONL, CSV or Parquet.

Streams rows, so exporting a large store needs little memory.
"""

from __future__ import annotations

import base64
import csv
import json
from collections.abc import Iterator
from pathlib import Path

from patrol.errors import PatrolError
from patrol.store.evidence import DOC_COLUMNS, EvidenceStore

FORMATS = ("jsonl", "csv", "parquet")
_PARQUET_ROWS = 10_000


class ExportError(PatrolError):
    code = "export_error"


def export_format(path: Path, fmt: str | None) -> str:
    fmt = fmt or path.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise ExportError(f"cannot export to {path.name!r}: give --format ({', '.join(FORMATS)}) or use that file extension")
    return fmt


def document_rows(store: EvidenceStore, source: str | None, with_raw: bool) -> Iterator[dict]:
    for rec in store.document_rows(source, with_raw):
        if with_raw:
            rec["raw_b64"] = base64.b64encode(rec.pop("raw")).decode("ascii")
        yield rec


def pseudonymised(rows: Iterator[dict], store: EvidenceStore, key: bytes) -> Iterator[dict]:
    """Document rows with the author, and the contacts, wallets and PGP fingerprints the
    analysis found in the text, replaced by keyed pseudonyms (patrol/privacy.py)."""
    from patrol.privacy import PERSONAL, pseudonymise
    from patrol.store.sqlite import shakey

    for rec in rows:
        found = store.db.execute("SELECT f.result FROM findings f JOIN documents d ON d.rid = f.rid "
                                 "WHERE d.shakey = ? AND d.sha256 = ?", (shakey(rec["sha256"]), rec["sha256"])).fetchone()
        entities = {k: v for k, v in json.loads(found[0]).items() if k in PERSONAL} if found else {}
        out = pseudonymise({**rec, **entities}, key)
        yield {k: v for k, v in out.items() if k not in PERSONAL}


def write(rows: Iterator[dict], path: Path, fmt: str, with_raw: bool = False) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    if fmt == "jsonl":
        with open(path, "w", encoding="utf-8") as f:
            for rec in rows:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    elif fmt == "csv":
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = None
            for rec in rows:
                if w is None:
                    w = csv.DictWriter(f, fieldnames=list(rec))
                    w.writeheader()
                w.writerow(rec)
                n += 1
            if w is None:
                f.write(",".join(DOC_COLUMNS) + "\n")
    else:
        n = _write_parquet(rows, path, with_raw)
    return n


def _write_parquet(rows: Iterator[dict], path: Path, with_raw: bool) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = DOC_COLUMNS + (("raw_b64",) if with_raw else ())
    schema = pa.schema([(c, pa.int64() if c == "batch" else pa.string()) for c in names])
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict] = []
        for rec in rows:
            batch.append(rec)
            n += 1
            if len(batch) >= _PARQUET_ROWS:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch.clear()
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return n
