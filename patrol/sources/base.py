"""What every reader shares: options, the field mapping, and record → Document.

A reader is a class with a ``name``, the file ``extensions`` it claims and a
``read(path, options)`` generator yielding ``Document``, ``BadRecord`` or ``Notice``.
Readers stream: they hold one record at a time, never a whole dump.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone, tzinfo
from pathlib import Path
from typing import ClassVar

from patrol.errors import MappingError
from patrol.model import BadRecord, Document, Notice, utcnow
from patrol.sources.dates import parse_datetime

Event = Document | BadRecord | Notice

DEFAULT_MAX_RECORD_BYTES = 32 * 1024 * 1024

TARGETS = ("id", "text", "title", "author", "posted_at", "url", "source", "collected_at")

# Column/key names tried, in order, when the analyst gives no --map for a target.
DEFAULT_CANDIDATES: dict[str, tuple[str, ...]] = {
    "id": ("id", "message_id", "post_id", "listing_id", "uid", "_id"),
    "title": ("title", "subject", "name", "thread_title", "headline"),
    "text": ("text", "body", "content", "message", "post", "description", "desc"),
    "author": ("author", "vendor", "seller", "user", "username", "from", "poster", "handle"),
    "posted_at": ("posted_at", "date", "timestamp", "created_at", "time", "datetime", "published"),
    "url": ("url", "link", "href", "permalink"),
    "source": ("source", "market", "platform", "channel", "forum", "site"),
    "collected_at": ("collected_at", "scraped_at", "crawled_at", "fetched_at"),
}


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Where each Document field comes from: target → source keys joined with newlines.

    ``text=title+feedback`` means the text is the title and the feedback, in that order.
    Dotted keys (``user.name``) reach into nested JSON objects.
    """

    explicit: dict[str, tuple[str, ...]] = field(default_factory=dict)
    candidates: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: DEFAULT_CANDIDATES)

    @classmethod
    def parse(cls, specs: list[str] | tuple[str, ...] | None) -> "FieldMap":
        out: dict[str, tuple[str, ...]] = {}
        for spec in specs or ():
            target, sep, keys = spec.partition("=")
            target = target.strip()
            if not sep or not keys.strip():
                raise MappingError(f"--map {spec!r}: expected TARGET=KEY[+KEY...], e.g. text=title+feedback")
            if target not in TARGETS:
                raise MappingError(f"--map {spec!r}: unknown target {target!r}; use one of {', '.join(TARGETS)}")
            out[target] = tuple(k.strip() for k in keys.split("+") if k.strip())
        return cls(out)

    def resolve(self, keys: list[str] | tuple[str, ...], strict: bool = True) -> dict[str, tuple[str, ...]]:
        """Choose the source keys for each target given the keys a source offers."""
        available = set(keys)
        lower = {k.lower(): k for k in keys}
        plan: dict[str, tuple[str, ...]] = {}
        for target in TARGETS:
            if target in self.explicit:
                wanted = self.explicit[target]
                missing = [k for k in wanted if k.split(".")[0] not in available]
                if missing and strict:
                    raise MappingError(
                        f"--map {target}=...: no column {', '.join(map(repr, missing))}; "
                        f"available: {', '.join(keys)}"
                    )
                plan[target] = wanted
                continue
            for cand in self.candidates.get(target, ()):
                if cand in lower:
                    plan[target] = (lower[cand],)
                    break
        if "title" in plan and "text" in plan and plan["title"] == plan["text"]:
            del plan["title"]
        return plan


@dataclass(slots=True)
class ReadOptions:
    source_name: str | None = None
    field_map: FieldMap = field(default_factory=FieldMap)
    encoding: str = "utf-8"
    tz: tzinfo = timezone.utc
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    collected_at: datetime = field(default_factory=utcnow)


class Reader:
    name: ClassVar[str]
    extensions: ClassVar[tuple[str, ...]] = ()
    help: ClassVar[str] = ""

    def read(self, path: Path, options: ReadOptions) -> Iterator[Event]:  # pragma: no cover - interface
        raise NotImplementedError


def _get(record: Mapping, key: str):
    if key in record:
        return record[key]
    cur = record
    for part in key.split("."):
        if not isinstance(cur, Mapping) or part not in cur:
            return None
        cur = cur[part]
    return cur


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _joined(record: Mapping, keys: tuple[str, ...]) -> str:
    parts = [_as_text(_get(record, k)).strip() for k in keys]
    return "\n".join(p for p in parts if p)


def record_to_document(
    record: Mapping,
    raw: bytes,
    origin: str,
    plan: dict[str, tuple[str, ...]],
    options: ReadOptions,
    default_source: str,
) -> tuple[Document, Notice | None]:
    """Build a Document from a flat or nested record following a resolved plan."""
    text = _joined(record, plan["text"]) if "text" in plan else ""
    if "title" in plan:
        title = _joined(record, plan["title"])
        if title and not text.startswith(title):
            text = f"{title}\n{text}" if text else title
    notice = None
    posted_at = None
    if "posted_at" in plan:
        raw_date = _joined(record, plan["posted_at"]) if len(plan["posted_at"]) > 1 else _get(record, plan["posted_at"][0])
        try:
            posted_at = parse_datetime(raw_date, options.tz)
        except ValueError as e:
            notice = Notice(origin, f"posted_at left empty: {e}")
    collected_at = options.collected_at
    if "collected_at" in plan:
        try:
            collected_at = parse_datetime(_get(record, plan["collected_at"][0]), options.tz) or collected_at
        except ValueError as e:
            notice = Notice(origin, f"collected_at defaulted to ingest time: {e}")
    doc_id = _joined(record, plan["id"]) if "id" in plan else ""
    source = options.source_name or (_joined(record, plan["source"]) if "source" in plan else "") or default_source
    doc = Document(
        id=doc_id or hashlib.sha256(raw).hexdigest()[:16],
        source=source,
        text=text,
        raw=raw,
        url=(_joined(record, plan["url"]) or None) if "url" in plan else None,
        author=(_joined(record, plan["author"]) or None) if "author" in plan else None,
        posted_at=posted_at,
        collected_at=collected_at,
        origin=origin,
    )
    return doc, notice


def oversize(origin: str, head: bytes, total: int, hasher: "hashlib._Hash", limit: int) -> BadRecord:
    return BadRecord(
        origin,
        f"record is {total} bytes, over the {limit}-byte limit (raise --max-record-bytes to ingest it)",
        head,
        raw_length=total,
        raw_sha256=hasher.hexdigest(),
    )


def read_capped(stream, limit: int) -> tuple[bytes, int, "hashlib._Hash | None"]:
    """Read up to ``limit`` bytes; for a longer stream, also drain it through a hash so the
    record can be quarantined by length and SHA-256 without being held in memory.
    Returns (head, total length, hasher or None when the stream fit)."""
    raw = stream.read(limit + 1)
    if len(raw) <= limit:
        return raw, len(raw), None
    h, total = hashlib.sha256(raw), len(raw)
    while chunk := stream.read(1 << 20):
        h.update(chunk)
        total += len(chunk)
    return raw[:limit], total, h


def open_binary(path: Path):
    """Open a dump for reading; ``.gz`` files are decompressed on the fly."""
    if path.suffix == ".gz":
        import gzip

        return gzip.open(path, "rb")
    return open(path, "rb")


def bounded_lines(f, limit: int) -> Iterator[tuple[int, int, bytes | None, int, "hashlib._Hash | None"]]:
    """Yield ``(line_no, offset, line, length, hasher)`` from a binary file.

    A line longer than ``limit`` is never held whole: ``line`` is its first ``limit``
    bytes with ``hasher`` over all of it, so a 2 GB line costs ``limit`` bytes of memory.
    """
    offset = 0
    line_no = 0
    while True:
        line = f.readline(limit + 1)
        if not line:
            return
        line_no += 1
        if len(line) <= limit or line.endswith(b"\n"):
            yield line_no, offset, line, len(line), None
            offset += len(line)
            continue
        head = line[:limit]
        h = hashlib.sha256(line)
        total = len(line)
        while not line.endswith(b"\n"):
            line = f.readline(1 << 20)
            if not line:
                break
            h.update(line)
            total += len(line)
        yield line_no, offset, head, total, h
        offset += total
