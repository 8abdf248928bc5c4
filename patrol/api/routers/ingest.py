"""Batch ingestion over HTTP: a size-limited JSONL upload processed in the background."""

import json
import secrets
import threading
import time

from fastapi import APIRouter, Request

from patrol.api.deps import Analyst, Store, Viewer
from patrol.api.errors import ApiError
from patrol.store.dialect import ensure_schema

router = APIRouter(prefix="/api/ingest", tags=["ingest"])


@router.post("", status_code=202)
async def upload(request: Request, caller: Analyst, store: Store, source: str = "upload") -> dict:
    """Body: JSONL (one record per line). Returns a job id; GET /api/ingest/{job_id} for progress."""
    limit = request.app.state.settings.max_upload_bytes
    declared = int(request.headers.get("content-length") or 0)
    if declared > limit:
        raise ApiError("too_large", f"upload of {declared:,} bytes is over the {limit:,}-byte limit: split the file")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError("too_large", f"upload is over the {limit:,}-byte limit: split the file")
        chunks.append(chunk)
    job_id = "job-" + secrets.token_hex(8)
    uploads = request.app.state.settings.home / "uploads"
    uploads.mkdir(parents=True, exist_ok=True)
    path = uploads / f"{job_id}.jsonl"
    path.write_bytes(b"".join(chunks))
    job = {"job_id": job_id, "status": "queued", "by": caller.username, "bytes": size, "source": source[:100]}
    _save(store.db, job)
    caller.audit(store, "ingest.upload", f"job:{job_id}", {"bytes": size, "source": source[:100]})
    threading.Thread(target=_run, args=(request.app.state.settings, path, job), daemon=True).start()
    return job


SCHEMA = "CREATE TABLE IF NOT EXISTS ingest_jobs (job_id TEXT PRIMARY KEY, state TEXT NOT NULL)"


def _save(db, job: dict) -> None:
    """Job state lives in the store, so any server worker can report it."""
    ensure_schema(db, SCHEMA)
    with db:
        db.execute("INSERT OR REPLACE INTO ingest_jobs VALUES (?, ?)", (job["job_id"], json.dumps(job)))


def _run(settings, path, job) -> None:
    from patrol.ingest import ingest
    from patrol.pipeline.runner import analyze_store
    from patrol.sources.base import ReadOptions

    started = time.perf_counter()
    with settings.open_store() as store:
        try:
            job["status"] = "ingesting"
            _save(store.db, job)
            report = ingest(store, [path], ReadOptions(source_name=job["source"]), fmt="jsonl")
            job.update(status="analysing", new=report.new, duplicates=report.duplicates,
                       quarantined=report.quarantined)
            _save(store.db, job)
            summary = analyze_store(store, workers=1, only_new=True)
            job.update(status="done", analysed=summary["records"], seconds=round(time.perf_counter() - started, 2))
        except Exception as e:  # the job reports its failure; the store's transactions keep it consistent
            job.update(status="failed", error=f"{type(e).__name__}: {e}")
        _save(store.db, job)


@router.get("/{job_id}")
def status(job_id: str, caller: Viewer, store: Store) -> dict:
    ensure_schema(store.db, SCHEMA)
    row = store.db.execute("SELECT state FROM ingest_jobs WHERE job_id = ?", (job_id,)).fetchone()
    if row is None:
        raise ApiError("not_found", f"no job {job_id!r}: POST /api/ingest returns the id")
    return json.loads(row[0])
