import json

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from patrol.api.audit import Audit
from patrol.api.deps import Admin, Store

router = APIRouter(prefix="/api/audit", tags=["audit"])


@router.get("")
def query(caller: Admin, store: Store, actor: str | None = None, action: str | None = None,
          since: str | None = None, limit: int = 200) -> list[dict]:
    return Audit(store.db).query(actor, action, since, max(1, min(limit, 5000)))


@router.get("/export")
def export(caller: Admin, store: Store) -> StreamingResponse:
    rows = Audit(store.db).query(limit=10 ** 9)
    caller.audit(store, "audit.export", None, {"rows": len(rows)})
    return StreamingResponse((json.dumps(r, ensure_ascii=False) + "\n" for r in reversed(rows)),
                             media_type="application/x-ndjson",
                             headers={"Content-Disposition": "attachment; filename=audit.jsonl"})
