"""The evidence store, whatever the database: documents, raw bytes, the batch hash chain,
quarantine and runs. Backends (``sqlite.py``, ``postgres.py``) open a connection whose
``execute``/``executemany`` take ``?`` parameters and say how to stream large reads; the
SQL here is common to both.

Each ingest chunk is one transaction holding the new documents, their raw bytes,
their quarantined neighbours and one hash-chain link, so a kill at any moment leaves
either the whole chunk or none of it.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from patrol.model import BadRecord, Document, utcnow
from patrol.sources.dates import isoformat_utc, parse_datetime
from patrol.store.chain import DOC_FIELDS, GENESIS, DocsDigest, link_hash

SCHEMA_VERSION = "1"
DOC_COLUMNS = ("sha256", "id", "source", "url", "author", "posted_at", "collected_at", "text", "origin", "batch")
_IN_CHUNK = 900  # stays under SQLite's default bound-parameter limit


@dataclass(slots=True)
class BatchResult:
    new: int = 0
    duplicates: int = 0
    quarantined: int = 0
    seq: int | None = None


@dataclass(slots=True)
class VerifyReport:
    documents: int = 0
    batches: int = 0
    head: str = GENESIS
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class EvidenceStore:
    """Backend-neutral operations. A backend sets ``db`` (the connection), ``location`` (what
    ``stats`` names) and ``dialect``, and implements ``iter_rows``, ``read_rows`` and ``close``."""

    db: object
    location: str
    dialect: str

    def iter_rows(self, query: str, args: Sequence = ()) -> Iterator[tuple]:
        """Rows of a large query, streamed (the backend decides how)."""
        raise NotImplementedError

    def read_rows(self, query: str, args: Sequence = ()) -> Iterator[tuple]:
        """Rows from a connection of the backend's own, usable from another thread (a process
        pool's feeder) while this one writes, on a consistent snapshot."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def transaction(self):
        return _Transaction(self.db)

    def refresh_statistics(self, *tables: str) -> None:
        """Called after bulk writes; SQLite plans well without it (sqlite3 keeps no stale stats)."""

    # -- runs ----------------------------------------------------------------------
    def start_run(self, command: str) -> str:
        run_id = utcnow().strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:8]
        self.db.execute("INSERT INTO runs(run_id, started_at, command) VALUES (?,?,?)",
                        (run_id, isoformat_utc(utcnow()), command))
        return run_id

    def finish_run(self, run_id: str, counts: dict) -> None:
        self.db.execute("UPDATE runs SET finished_at=?, counts=? WHERE run_id=?",
                        (isoformat_utc(utcnow()), json.dumps(counts), run_id))

    # -- writing -------------------------------------------------------------------
    def add_batch(
        self,
        docs: Sequence[Document],
        bad: Sequence[BadRecord],
        *,
        run_id: str,
        input: str,
        input_sha256: str | None,
        reader: str,
    ) -> BatchResult:
        """Store new documents and quarantined records of one chunk atomically."""
        result = BatchResult()
        rows: dict[str, tuple] = {}
        for d in docs:
            sha = d.sha256
            if sha in rows:
                result.duplicates += 1
                continue
            rows[sha] = (sha, d.id, d.source, d.url, d.author, isoformat_utc(d.posted_at),
                         isoformat_utc(d.collected_at), d.text, d.origin, d.raw)
        with self.transaction():
            existing = self._existing(list(rows))
            result.duplicates += len(existing)
            for sha in existing:
                del rows[sha]
            if rows:
                prev = self.db.execute("SELECT seq, hash FROM batches ORDER BY seq DESC LIMIT 1").fetchone()
                seq, prev_hash = (prev[0] + 1, prev[1]) if prev else (1, GENESIS)
                first_rid = self.db.execute("SELECT coalesce(max(rid), 0) + 1 FROM documents").fetchone()[0]
                digest = DocsDigest()
                for r in rows.values():
                    digest.add(r[:9])
                batch = {"seq": seq, "run_id": run_id, "input": input, "input_sha256": input_sha256,
                         "reader": reader, "created_at": isoformat_utc(utcnow()),
                         "n_docs": digest.count, "docs_digest": digest.hexdigest()}
                self.db.execute(
                    "INSERT INTO batches(seq, run_id, input, input_sha256, reader, created_at, n_docs, "
                    "docs_digest, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (*batch.values(), prev_hash, link_hash(prev_hash, batch)),
                )
                self.db.executemany(
                    "INSERT INTO documents(rid, shakey, sha256, id, source, url, author, posted_at, collected_at, text, "
                    "origin, batch) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    ((first_rid + i, shakey(r[0]), *r[:9], seq) for i, r in enumerate(rows.values())),
                )
                self.db.executemany("INSERT INTO raw(rid, bytes) VALUES (?,?)",
                                    ((first_rid + i, r[9]) for i, r in enumerate(rows.values())))
                result.new, result.seq = len(rows), seq
            if bad:
                now = isoformat_utc(utcnow())
                cur = self.db.executemany(
                    "INSERT OR IGNORE INTO quarantine(run_id, origin, reason, raw_sha256, raw_length, raw, created_at) "
                    "VALUES (?,?,?,?,?,?,?)",
                    ((run_id, b.origin, b.reason, b.raw_sha256, b.raw_length, b.raw, now) for b in bad),
                )
                result.quarantined = cur.rowcount
        return result

    def _existing(self, shas: list[str]) -> set[str]:
        wanted = set(shas)
        found: set[str] = set()
        for i in range(0, len(shas), _IN_CHUNK):
            keys = [shakey(s) for s in shas[i:i + _IN_CHUNK]]
            q = f"SELECT sha256 FROM documents WHERE shakey IN ({','.join('?' * len(keys))})"
            found.update(r[0] for r in self.db.execute(q, keys) if r[0] in wanted)
        return found

    # -- reading -------------------------------------------------------------------
    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def document_rows(self, source: str | None = None, with_raw: bool = False) -> Iterator[dict]:
        """Stored documents as dicts of DOC_COLUMNS (plus ``raw`` bytes), in commit order."""
        cols = ", ".join(f"d.{c}" for c in DOC_COLUMNS)
        q = f"SELECT {cols}{', r.bytes' if with_raw else ''} FROM documents d"
        if with_raw:
            q += " JOIN raw r USING(rid)"
        args: tuple = ()
        if source:
            q += " WHERE d.source = ?"
            args = (source,)
        for row in self.iter_rows(q + " ORDER BY d.rid", args):
            rec = dict(zip(DOC_COLUMNS, row))
            if with_raw:
                rec["raw"] = row[-1]
            yield rec

    def iter_documents(self, source: str | None = None, with_raw: bool = False) -> Iterator[Document]:
        for r in self.document_rows(source, with_raw):
            yield Document(id=r["id"], source=r["source"], text=r["text"], raw=r.get("raw", b""), url=r["url"],
                           author=r["author"], posted_at=parse_datetime(r["posted_at"]),
                           collected_at=parse_datetime(r["collected_at"]), origin=r["origin"])

    def stats(self) -> dict:
        by_source = [
            {"source": s, "documents": n, "first_posted": a, "last_posted": b, "authors": au}
            for s, n, a, b, au in self.db.execute(
                "SELECT source, count(*), min(posted_at), max(posted_at), count(DISTINCT author) "
                "FROM documents GROUP BY source ORDER BY count(*) DESC, source"
            )
        ]
        total, first, last = self.db.execute("SELECT count(*), min(posted_at), max(posted_at) FROM documents").fetchone()
        batches, head = self.db.execute(
            "SELECT count(*), (SELECT hash FROM batches ORDER BY seq DESC LIMIT 1) FROM batches").fetchone()
        quarantined = self.db.execute("SELECT count(*) FROM quarantine").fetchone()[0]
        return {"documents": total, "first_posted": first, "last_posted": last, "sources": by_source,
                "batches": batches, "chain_head": head or GENESIS, "quarantined": quarantined,
                "store": self.location}

    def quarantined(self) -> Iterator[tuple]:
        return self.db.execute(
            "SELECT qid, run_id, origin, reason, raw_sha256, raw_length, raw, created_at FROM quarantine ORDER BY qid")

    # -- verification --------------------------------------------------------------
    def verify(self) -> VerifyReport:
        """Recompute every raw hash, every batch digest and the whole chain."""
        report = VerifyReport()
        problems = report.problems
        for rid, sha, data in self.iter_rows("SELECT d.rid, d.sha256, r.bytes FROM documents d JOIN raw r USING(rid)"):
            if hashlib.sha256(data).hexdigest() != sha:
                problems.append(f"document {sha} (rid {rid}): raw bytes do not match their SHA-256 (raw evidence altered)")
        for rid, sha in self.db.execute("SELECT rid, sha256 FROM documents d WHERE NOT EXISTS (SELECT 1 FROM raw r WHERE r.rid = d.rid)"):
            problems.append(f"document {sha} (rid {rid}): its raw record is missing")
        for (rid,) in self.db.execute("SELECT rid FROM raw r WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.rid = r.rid)"):
            problems.append(f"raw record rid {rid}: no document refers to it (inserted outside patrol)")
        for (b,) in self.db.execute(
                "SELECT DISTINCT d.batch FROM documents d LEFT JOIN batches b ON b.seq = d.batch WHERE b.seq IS NULL"):
            problems.append(f"documents claim batch {b}, which is not in the chain")

        digests: dict[int, DocsDigest] = {}
        cur_seq, cur = None, None
        for row in self.iter_rows(f"SELECT {', '.join(DOC_FIELDS)}, batch FROM documents ORDER BY rid"):
            if row[-1] != cur_seq:
                cur_seq = row[-1]
                cur = digests.setdefault(cur_seq, DocsDigest())
            cur.add(row[:-1])
            report.documents += 1

        prev_hash, expected_seq = GENESIS, 1
        for row in self.db.execute(
                "SELECT seq, run_id, input, input_sha256, reader, created_at, n_docs, docs_digest, prev_hash, hash "
                "FROM batches ORDER BY seq"):
            batch = dict(zip(("seq", "run_id", "input", "input_sha256", "reader", "created_at", "n_docs",
                              "docs_digest"), row[:8]))
            seq, stored_prev, stored_hash = row[0], row[8], row[9]
            report.batches += 1
            if seq != expected_seq:
                problems.append(f"batch {seq}: expected batch {expected_seq} (a batch was removed)")
            if stored_prev != prev_hash:
                problems.append(f"batch {seq}: does not link to the batch before it (chain broken)")
            if link_hash(stored_prev, batch) != stored_hash:
                problems.append(f"batch {seq}: its hash does not match its contents (batch record altered)")
            d = digests.pop(seq, DocsDigest())
            if d.count != batch["n_docs"]:
                problems.append(f"batch {seq}: holds {d.count} documents, the chain recorded {batch['n_docs']}")
            elif d.hexdigest() != batch["docs_digest"]:
                problems.append(f"batch {seq}: document fields differ from what was ingested (documents altered)")
            prev_hash, expected_seq = stored_hash, seq + 1
        report.head = prev_hash
        return report


def shakey(sha_hex: str) -> int:
    """The first 64 bits of a hex SHA-256 as a signed 64-bit integer (SQLite INTEGER, PostgreSQL BIGINT)."""
    return int(sha_hex[:16], 16) - (1 << 63)


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (including KeyboardInterrupt).
    IMMEDIATE takes the write lock up front: writers are serialised on both backends."""

    def __init__(self, db) -> None:
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.db.execute("COMMIT")
        else:
            self.db.execute("ROLLBACK")
