from fastapi import APIRouter, Request

from patrol.api.deps import Viewer
from patrol.api.errors import ApiError
from patrol.api.schemas import ClassifyIn

router = APIRouter(prefix="/api/substances", tags=["substances"])


@router.get("/lookup")
def lookup(name: str, request: Request, caller: Viewer, context: str | None = None) -> dict:
    matches = request.app.state.resolver().lookup(name[:200], context=context)
    return {"query": name, "matches": [m.public() for m in matches]}


@router.post("/classify")
def classify(body: ClassifyIn, request: Request, caller: Viewer) -> dict:
    from patrol.knowledge.chemistry.classify import classify as run

    return run(body.smiles, request.app.state.resolver().kb)


@router.get("/{substance_id}")
def show(substance_id: str, request: Request, caller: Viewer) -> dict:
    from patrol.knowledge.kb import substance_to_json

    kb = request.app.state.resolver().kb
    sub = kb.get(substance_id)
    if sub is None:
        raise ApiError("not_found", f"no substance {substance_id!r}: try GET /api/substances/lookup?name=...")
    return {**substance_to_json(sub, set()), "controls": [c.public() for c in sub.controls]}
