import json

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from patrol.api.deps import Analyst, Store
from patrol.api.errors import ApiError
from patrol.privacy import key_for, pseudonymise

router = APIRouter(prefix="/api/exports", tags=["exports"])


@router.get("/documents")
def export_documents(caller: Analyst, store: Store, request: Request, pseudonymised: bool = True) -> StreamingResponse:
    """Documents with their findings as JSONL. Personal data are pseudonymised with a keyed hash
    unless an admin asks for them in clear (both are audited)."""
    if not pseudonymised and caller.role != "admin":
        raise ApiError("forbidden", "only an admin may export personal data in clear; drop pseudonymised=false")
    key = key_for(request.app.state.settings.home)
    count = store.db.execute("SELECT count(*) FROM documents").fetchone()[0]
    caller.audit(store, "export.documents", None, {"rows": count, "pseudonymised": pseudonymised})
    # streamed through a read connection of its own: never the whole store in memory
    rows = store.read_rows("SELECT d.id, d.sha256, d.source, d.author, d.posted_at, d.text, f.result "
                           "FROM documents d LEFT JOIN findings f USING (sha256) ORDER BY d.rid")

    def lines():
        for doc_id, sha, source, author, posted, text, result in rows:
            row = {**(json.loads(result) if result else {}), "id": doc_id, "sha256": sha, "source": source,
                   "author": author, "posted_at": posted, "text": text}
            yield json.dumps(pseudonymise(row, key) if pseudonymised else row, ensure_ascii=False) + "\n"

    return StreamingResponse(lines(), media_type="application/x-ndjson",
                             headers={"Content-Disposition": "attachment; filename=documents.jsonl"})
