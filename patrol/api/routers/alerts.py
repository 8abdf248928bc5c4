from fastapi import APIRouter, Request

from patrol.api.deps import Analyst, Store, Viewer
from patrol.api.schemas import Decision
from patrol.signals.alerts import AlertStore

router = APIRouter(prefix="/api/alerts", tags=["alerts"])


@router.get("")
def list_alerts(caller: Viewer, store: Store, status: str | None = None) -> list[dict]:
    return AlertStore(store).list(status=status)


@router.get("/{alert_id}")
def get_alert(alert_id: str, caller: Viewer, store: Store) -> dict:
    a = AlertStore(store)
    return {**a.get(alert_id), "history": a.history(alert_id)}


def decide(store, caller, alert_id: str, status: str, reason: str | None) -> dict:
    out = AlertStore(store).set_status(alert_id, status, caller.username, reason)
    caller.audit(store, f"alert.{status}", f"alert:{alert_id}", {"reason": reason})
    return out


@router.post("/{alert_id}/confirm")
def confirm(alert_id: str, body: Decision, caller: Analyst, store: Store) -> dict:
    return decide(store, caller, alert_id, "confirmed", body.reason)


@router.post("/{alert_id}/dismiss")
def dismiss(alert_id: str, body: Decision, caller: Analyst, store: Store) -> dict:
    """Dismiss with a reason (required)."""
    return decide(store, caller, alert_id, "dismissed", body.reason)


@router.post("/run")
def run_rules(caller: Analyst, store: Store, request: Request) -> dict:
    """Evaluate the alert rules over the analysed documents now."""
    from patrol.signals.alerts import evaluate, load_rules
    from patrol.signals.observations import from_store

    found = evaluate(from_store(store).observations, request.app.state.resolver().kb, load_rules())
    summary = AlertStore(store).record(found, actor=caller.username)
    caller.audit(store, "alerts.run", None, summary.__dict__)
    return summary.__dict__
