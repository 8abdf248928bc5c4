from fastapi import APIRouter

from patrol.api.deps import Store, Viewer
from patrol.api.errors import ApiError

router = APIRouter(prefix="/api/trends", tags=["trends"])


@router.get("")
def trends(caller: Viewer, store: Store, by: str = "substance", period: str = "week", top: int = 10,
           sale_only: bool = False) -> dict:
    from patrol.signals import trends as tr
    from patrol.signals.observations import from_store

    if by not in tr.DIMENSIONS or period not in ("day", "week"):
        raise ApiError("invalid_request", f"by: one of {', '.join(tr.DIMENSIONS)}; period: day or week")
    t = tr.build(from_store(store).observations, period, sale_only)
    rows = t.top(by, max(1, min(top, 50)))
    return {"periods": [str(p) for p in t.periods], "totals": [t.totals[p] for p in t.periods],
            "undated": t.undated, "series": {s.value: [s.counts.get(p, 0) for p in t.periods] for s in rows},
            "bursts": [{**b.__dict__, "period": str(b.period)} for b in tr.bursts(t, rows, min_ratio=2.0)]}
