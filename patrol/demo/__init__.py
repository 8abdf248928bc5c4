"""The bundled demo corpus: invented records, written by scripts/make_demo_corpus.py.

Every record is synthetic. Names, handles, shops, phone numbers, e-mails and wallet
addresses were made up (addresses carry valid checksums so the extractors can be shown
working, but were generated from a fixed seed, not taken from anyone).
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from patrol.sources.base import FieldMap, ReadOptions

CORPUS = Path(str(resources.files("patrol.demo").joinpath("corpus")))

# (file or folder, reader, mapping): one entry per format the demo shows.
_INPUTS = (
    ("darknet_listings.csv", "csv", ["text=title+description", "author=vendor", "posted_at=date"]),
    ("telegram_export", "telegram", []),
    ("shop_pages", "html", []),
    ("harm_reduction_forum.jsonl", "forum", []),
    ("news.warc.gz", "warc", []),
    ("emerging_threats.jsonl", "jsonl", []),
)


def corpus_inputs() -> Iterator[tuple[Path, str, ReadOptions]]:
    for name, fmt, mapping in _INPUTS:
        yield CORPUS / name, fmt, ReadOptions(field_map=FieldMap.parse(mapping))
