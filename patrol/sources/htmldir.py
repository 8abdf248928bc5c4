"""A folder of saved HTML pages (a shop, a forum thread, a news article).

Each file is one document; the raw evidence is the file's bytes. Scripts and
styles are dropped, visible text kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from patrol.model import BadRecord, Document, Notice
from patrol.sources.base import Event, ReadOptions, Reader, oversize, read_capped
from patrol.sources.dates import parse_datetime
from patrol.sources.htmltext import decode_html, extract, looks_binary

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


class HtmlDirReader(Reader):
    name = "html"
    extensions = HTML_SUFFIXES
    help = "a folder of saved HTML pages (or one page); visible text only"

    def read(self, path: Path, options: ReadOptions) -> Iterator[Event]:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in HTML_SUFFIXES)
            root, default_source = path, path.name
        else:
            files, root, default_source = [path], path.parent, path.parent.name
        for file in files:
            yield from self._page(file, root, default_source, options)

    def _page(self, file: Path, root: Path, default_source: str, options: ReadOptions) -> Iterator[Event]:
        origin = str(file)
        limit = options.max_record_bytes
        with open(file, "rb") as f:
            raw, total, hasher = read_capped(f, limit)
        if hasher is not None:
            yield oversize(origin, raw, total, hasher, limit)
            return
        if looks_binary(raw):
            yield BadRecord(origin, "NUL bytes: binary data, not an HTML page", raw)
            return
        html, warning = decode_html(raw, None if options.encoding == "utf-8" else options.encoding)
        if warning:
            yield Notice(origin, warning)
        page = extract(html)
        posted_at = None
        if page.published:
            try:
                posted_at = parse_datetime(page.published, options.tz)
            except ValueError as e:
                yield Notice(origin, f"posted_at left empty: {e}")
        yield Document(
            id=str(file.relative_to(root)),
            source=options.source_name or default_source,
            text=page.text,
            raw=raw,
            url=page.url,
            author=page.author,
            posted_at=posted_at,
            collected_at=options.collected_at,
            origin=origin,
        )
