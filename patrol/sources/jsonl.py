"""JSON Lines: one JSON object per line. The raw evidence is the line's bytes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from patrol.model import BadRecord
from patrol.sources.base import (
    Event,
    FieldMap,
    ReadOptions,
    Reader,
    bounded_lines,
    open_binary,
    oversize,
    record_to_document,
)
from patrol.sources.text import decode_strict


class JsonlReader(Reader):
    name = "jsonl"
    extensions = (".jsonl", ".ndjson", ".jsonl.gz")
    help = "one JSON object per line (keys chosen with --map)"

    def read(self, path: Path, options: ReadOptions) -> Iterator[Event]:
        yield from read_jsonl(path, options, options.field_map)


def read_jsonl(path: Path, options: ReadOptions, field_map: FieldMap) -> Iterator[Event]:
    limit = options.max_record_bytes
    plans: dict[tuple, dict] = {}  # records of one dump share a few key layouts

    def plan_for(record: dict) -> dict:
        keys = tuple(record)
        plan = plans.get(keys)
        if plan is None:
            plan = plans[keys] = field_map.resolve(keys, strict=False)
        return plan

    with open_binary(path) as f:
        for line_no, offset, line, length, hasher in bounded_lines(f, limit):
            origin = f"{path}:{line_no}"
            if hasher is not None:
                yield oversize(origin, line, length, hasher, limit)
                continue
            raw = line.rstrip(b"\r\n")
            if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue  # blank lines carry nothing
            try:
                text = decode_strict(raw, options.encoding)
                record = json.loads(text)
            except (UnicodeDecodeError, ValueError) as e:
                yield BadRecord(origin, _reason(e, offset), raw)
                continue
            if not isinstance(record, dict):
                yield BadRecord(origin, f"expected a JSON object, got {type(record).__name__}", raw)
                continue
            doc, notice = record_to_document(record, raw, origin, plan_for(record), options, path.stem)
            if notice:
                yield notice
            yield doc


def _reason(e: Exception, offset: int) -> str:
    if isinstance(e, UnicodeDecodeError):
        return (f"not valid {e.encoding} at byte {offset + e.start} "
                "(give --encoding if the file uses another one)")
    return f"invalid JSON: {e}"
