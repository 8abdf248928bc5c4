from typing import Annotated

import json

from fastapi import APIRouter, Query
from fastapi.responses import Response

from patrol.api import search as s
from patrol.api.deps import Store, Viewer

router = APIRouter(prefix="/api/documents", tags=["documents"])


@router.get("")
def search_documents(caller: Viewer, store: Store, q: str | None = None, substance: str | None = None,
                     effect_group: str | None = None, label: str | None = None, source: str | None = None,
                     vendor: str | None = None, country: str | None = None, since: str | None = None,
                     until: str | None = None, cursor: Annotated[int | None, Query(ge=1)] = None,
                     limit: Annotated[int, Query(ge=1, le=200)] = 50) -> Response:
    """Search documents (newest first); pass next_cursor back as cursor for the next page."""
    s.prepare(store.db)
    query = s.Query(q, substance, effect_group, label, source, vendor, country, since, until, cursor, limit)
    out = s.search(store.db, query)
    caller.audit(store, "documents.search", None, {k: v for k, v in query.__dict__.items() if v and k != "limit"}
                 | {"results": len(out["items"])})
    # plain rows: serialised directly, without FastAPI's generic encoder (a third of the request time)
    return Response(json.dumps(out, ensure_ascii=False), media_type="application/json")


@router.get("/{sha256}")
def get_document(sha256: str, caller: Viewer, store: Store) -> dict:
    """One document with its finding (entities with spans and explanations); a read of personal data."""
    doc = s.document(store.db, sha256)
    caller.audit(store, "documents.read", f"document:{sha256}")
    return doc
