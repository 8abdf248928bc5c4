"""The evidence hash chain.

Every committed ingest batch gets a link: a hash over its metadata, a digest of the
documents it added, and the previous link. Changing, adding or removing any stored
document or batch afterwards breaks the chain at that batch. Publishing or noting the
chain head (``patrol verify`` prints it) lets a court check later that nothing changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

GENESIS = "0" * 64

# The document fields the chain protects, in order. The raw bytes are covered by sha256.
DOC_FIELDS = ("sha256", "id", "source", "url", "author", "posted_at", "collected_at", "text", "origin")
BATCH_FIELDS = ("seq", "run_id", "input", "input_sha256", "reader", "created_at", "n_docs", "docs_digest")


def _canon(values: Iterable) -> bytes:
    return json.dumps(list(values), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def doc_fingerprint(row: Iterable) -> bytes:
    """Row values in DOC_FIELDS order → 32-byte fingerprint."""
    return hashlib.sha256(_canon(row)).digest()


class DocsDigest:
    """Digest of a batch's documents, fed in sha256 order (the order verify reads them)."""

    def __init__(self) -> None:
        self._h = hashlib.sha256()
        self.count = 0

    def add(self, row: Iterable) -> None:
        self._h.update(doc_fingerprint(row))
        self.count += 1

    def hexdigest(self) -> str:
        return self._h.hexdigest()


def link_hash(prev_hash: str, batch: dict) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + _canon(batch[k] for k in BATCH_FIELDS)).hexdigest()
