"""WARC (web archive) files, plain or gzipped, as written by crawlers.

Each HTML or plain-text ``response``/``resource`` record is one document; its raw
evidence is the HTTP payload as archived. Request, warcinfo and metadata records
describe the crawl and are not documents; non-text payloads (images, scripts) are
reported as skipped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from patrol.model import BadRecord, Document, Notice
from patrol.sources.base import Event, ReadOptions, Reader, oversize, read_capped
from patrol.sources.dates import parse_datetime
from patrol.sources.htmltext import decode_html, extract, looks_binary

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


class WarcReader(Reader):
    name = "warc"
    extensions = (".warc", ".warc.gz", ".arc", ".arc.gz")
    help = "WARC web archive; HTML and text responses become documents"

    def read(self, path: Path, options: ReadOptions) -> Iterator[Event]:
        is_arc = path.name.lower().endswith((".arc", ".arc.gz"))
        with open(path, "rb") as f:
            it = ArchiveIterator(f, arc2warc=is_arc)
            while True:
                try:
                    record = next(it)
                except StopIteration:
                    return
                except (ArchiveLoadFailed, EOFError, OSError, ValueError) as e:
                    yield BadRecord(f"{path}@{f.tell()}", f"unreadable WARC data, rest of file not read: {e}", b"")
                    return
                if record.format == "arc" and not is_arc:
                    # warcio falls back to the lenient ARC parser on anything; a .warc is not that.
                    yield BadRecord(f"{path}@{f.tell()}", "not a WARC file (no WARC/1.x record header)", b"")
                    return
                if record.rec_type not in ("response", "resource"):
                    continue
                try:
                    yield from self._record(record, path, it, options)
                except (ArchiveLoadFailed, EOFError, OSError, ValueError) as e:
                    yield BadRecord(f"{path}@{it.get_record_offset()}", f"truncated or corrupt WARC record: {e}", b"")
                    return

    def _record(self, record, path: Path, it: ArchiveIterator, options: ReadOptions) -> Iterator[Event]:
        uri = record.rec_headers.get_header("WARC-Target-URI")
        headers = record.http_headers if record.http_headers is not None else record.rec_headers
        ctype = (headers.get_header("Content-Type") or "").lower()
        if not ctype.startswith(_TEXT_TYPES):
            yield Notice(f"{path}@{it.get_record_offset()}", f"not a text page ({ctype or 'no content type'}): {uri}",
                         kind="skipped")
            return
        limit = options.max_record_bytes
        raw, total, hasher = read_capped(record.content_stream(), limit)
        # Asking warcio for the offset consumes the record, so only after reading it.
        origin = f"{path}@{it.get_record_offset()}"
        if hasher is not None:
            yield oversize(origin, raw, total, hasher, limit)
            return
        if getattr(record.raw_stream, "limit", 0) > 0:
            yield BadRecord(origin, f"WARC record truncated: {record.raw_stream.limit} bytes of {uri} missing", raw)
            return
        if looks_binary(raw):
            yield BadRecord(origin, "NUL bytes in a text response: binary data", raw)
            return
        declared = ctype.split("charset=")[1].split(";")[0].strip() if "charset=" in ctype else None
        html, warning = decode_html(raw, declared)
        if warning:
            yield Notice(origin, warning)
        page = extract(html) if "html" in ctype else None
        date = record.rec_headers.get_header("WARC-Date")
        try:
            collected = parse_datetime(date, options.tz) or options.collected_at
        except ValueError:
            collected = options.collected_at
        posted_at = None
        if page and page.published:
            try:
                posted_at = parse_datetime(page.published, options.tz)
            except ValueError as e:
                yield Notice(origin, f"posted_at left empty: {e}")
        yield Document(
            id=record.rec_headers.get_header("WARC-Record-ID") or hashlib.sha256(raw).hexdigest()[:16],
            source=options.source_name or _host(uri) or path.stem,
            text=page.text if page else html.strip(),
            raw=raw,
            url=uri,
            author=page.author if page else None,
            posted_at=posted_at,
            collected_at=collected,
            origin=origin,
        )


def _host(uri: str | None) -> str | None:
    if not uri or "://" not in uri:
        return None
    return uri.split("://", 1)[1].split("/", 1)[0].lower() or None
