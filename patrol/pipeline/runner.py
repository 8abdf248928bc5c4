"""Run the analyser over a file or the store: streamed in batches, in parallel worker
processes, results written in input order."""

from __future__ import annotations

import csv
import gc
import json
import multiprocessing as mp
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from patrol.classify.langid import load_word_lists
from patrol.errors import SourceError
from patrol.pipeline.analyzer import Analyzer, error_result
from patrol.pipeline.profiles import SourceProfiles
from patrol.pipeline.repeats import Repeats

BATCH = 256
# Objects allocated between collections of the youngest generation during a run (Python's default: 700).
# Each record makes hundreds of short-lived objects and no cycles worth chasing record by record; a
# collection every few records cost a tenth of the analyser's time. Old generations keep their settings.
GC_YOUNG = 50_000
_ANALYZER: Analyzer | None = None


# One record through every stage builds what the analyser makes on first use (the name automaton, the
# word-list patterns, the language model), so that forked workers share it instead of each building it.
_WARM_UP = ("warm-up", "Selling 1g MDMA 84% for 20 EUR, ships worldwide, Telegram @example_vendor")


def _init(kb_path) -> None:
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = Analyzer(kb_path)
        _ANALYZER.candidates([_WARM_UP])


def _work(batch: list) -> list[tuple[str | None, dict]]:
    """(source, result) per record; records that could not be read arrive as ("!error", id, message, None)."""
    good = [(rid, text) for kind, rid, text, _source in batch if kind == "ok"]
    results = iter(_ANALYZER.candidates(good)) if good else iter(())
    return [(source, next(results) if kind == "ok" else error_result(rid, text)) for kind, rid, text, source in batch]


def records_from_file(path: Path) -> Iterator[tuple[str, object, str, str | None]]:
    """("ok", id, text, source) or ("!error", id, message, None) for every record of a JSONL or
    CSV file; a record's source is its "source" field, if any."""
    if not path.is_file():
        raise SourceError(f"{path}: no such file")
    if path.suffix.lower() in (".csv", ".tsv"):
        with open(path, newline="", encoding="utf-8", errors="replace") as f:
            reader = csv.DictReader(f, delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
            if not reader.fieldnames or "text" not in reader.fieldnames:
                raise SourceError(f"{path}: the CSV needs a 'text' column (and an 'id'); it has {reader.fieldnames}")
            for n, row in enumerate(reader, 2):
                yield "ok", row.get("id") or f"{path.name}:{n}", row.get("text") or "", row.get("source") or None
        return
    with open(path, "rb") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError as e:
                yield "!error", None, f"line {n}: not valid JSON ({e})", None
                continue
            if not isinstance(rec, dict):
                yield "!error", None, f"line {n}: expected a JSON object", None
                continue
            text = rec.get("text")
            if text is not None and not isinstance(text, str):
                yield "!error", rec.get("id"), f"line {n}: 'text' is {type(text).__name__}, not a string", None
                continue
            source = rec.get("source")
            yield "ok", rec.get("id", f"{path.name}:{n}"), text or "", str(source) if source else None


def _batches(records, size: int = BATCH):
    batch = []
    for r in records:
        batch.append(r)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(records, kb_path=None, workers: int | None = None, profiles: SourceProfiles | None = None,
        reuse: bool = True) -> Iterator[dict]:
    """Results in input order. One process for small inputs; otherwise ``workers``
    forked processes (default: one per core) that each load the models once. A text seen before in the run
    is not analysed again (repeats.py; ``reuse=False`` analyses every record, as the throughput bench times it).
    Unnamed-product sales are settled here, by their source's profile (profiles.py)."""
    profiles = profiles if profiles is not None else SourceProfiles()
    repeats = Repeats() if reuse else Repeats(max_texts=0)
    yield from profiles.settled(repeats.merged(_run(repeats.firsts(records), kb_path, workers)))


def _run(records, kb_path, workers):
    workers = workers or os.cpu_count() or 1
    batches = _batches(records)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    _init(kb_path)  # load once, before forking: the workers share it copy-on-write
    if second is not None and workers > 1:
        load_word_lists()  # read lazily, each worker would read them again inside every run
    # The analyser lives as long as the run: the collector need not walk its objects again and again,
    # nor, in forked workers, touch (and so copy) their pages.
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(GC_YOUNG, *thresholds[1:])  # forked workers inherit it
    try:
        if second is None or workers == 1:
            for b in (first, second) if second else (first,):
                yield from _work(b)
            for b in batches:
                yield from _work(b)
            return
        with mp.get_context("fork").Pool(workers, initializer=_init, initargs=(kb_path,)) as pool:
            def all_batches():
                yield first
                yield second
                yield from batches

            for results in pool.imap(_work, all_batches(), chunksize=1):
                yield from results
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def analyze_file(path: Path, out: Path, kb_path=None, workers: int | None = None) -> dict:
    labels: Counter = Counter()
    n = errors = 0
    tmp = out.with_suffix(out.suffix + ".part")
    with open(tmp, "w", encoding="utf-8") as f:
        for res in run(records_from_file(path), kb_path, workers):
            f.write(json.dumps(res, ensure_ascii=False) + "\n")
            n += 1
            labels[res["label"] or "error"] += 1
            errors += "error" in res
    tmp.replace(out)  # a crash leaves the previous output, never half of a new one
    return {"records": n, "labels": dict(labels), "errors": errors}


def analyze_store(store, kb_path=None, workers: int | None = None, only_new: bool = False) -> dict:
    """Analyse every stored document and replace the store's findings (one command after a
    KB change), or with ``only_new`` add findings for documents that have none yet."""
    from patrol.store.findings import FindingsWriter, migrate

    labels: Counter = Counter()
    n = errors = 0
    migrate(store.db)
    query = "SELECT rid, sha256, id, text, source FROM documents ORDER BY rid"
    profiles = SourceProfiles()
    if only_new:  # judged against what the store already knows of each source
        query = ("SELECT d.rid, d.sha256, d.id, d.text, d.source FROM documents d LEFT JOIN findings f "
                 "ON f.rid = d.rid WHERE f.rid IS NULL ORDER BY d.rid")
        profiles = SourceProfiles.from_store(store)
    records = (("ok", [sha, doc_id, rid], text, source) for rid, sha, doc_id, text, source in store.read_rows(query))
    with FindingsWriter(store, replace=not only_new) as writer:
        for res in run(records, kb_path, workers, profiles):
            writer.add(res)
            n += 1
            labels[res["label"] or "error"] += 1
            errors += "error" in res
    return {"records": n, "labels": dict(labels), "errors": errors}
