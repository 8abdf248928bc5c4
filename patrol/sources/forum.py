"""A forum or market dump given as CSV or JSON Lines.

The same streaming readers as ``csv`` and ``jsonl``, with the column names forum and
market scrapers usually write (thread, board, post body, poster, vendor) tried first.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from patrol.sources.base import DEFAULT_CANDIDATES, Event, FieldMap, ReadOptions, Reader
from patrol.sources.csvfile import read_csv
from patrol.sources.jsonl import read_jsonl

_FORUM_PRESET = {
    "title": ("thread_title", "thread", "topic", "subject", "title", "listing_title"),
    "text": ("post_body", "body", "post", "content", "message", "text", "description", "listing_description"),
    "author": ("poster", "user", "username", "author", "vendor", "seller", "vendor_name"),
    "source": ("forum", "board", "market", "marketplace", "site", "source"),
    "posted_at": ("post_date", "posted_at", "date", "timestamp", "created_at", "time"),
    "id": ("post_id", "listing_id", "id", "message_id"),
    "url": ("post_url", "url", "link", "permalink"),
}


class ForumDumpReader(Reader):
    name = "forum"
    extensions = ()  # never chosen by extension: ask for it with --format forum
    help = "forum/market dump as CSV or JSONL (thread, post body, poster, board columns)"

    def read(self, path: Path, options: ReadOptions) -> Iterator[Event]:
        field_map = FieldMap(options.field_map.explicit, {**DEFAULT_CANDIDATES, **_FORUM_PRESET})
        if path.name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".json")):
            yield from read_jsonl(path, options, field_map)
        else:
            yield from read_csv(path, options, field_map)
