"""Dashboard pages. They log in with the same accounts as the API (a bearer token kept in an
HttpOnly, SameSite=Strict cookie), check roles the same way, write the same audit log, and
protect every form with a CSRF token bound to the session."""

from __future__ import annotations

import hashlib
import json
import hmac
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from patrol.api import search as s
from patrol.api.auth import Users, at_least
from patrol.api.deps import COOKIE, Caller, Store, token_of
from patrol.api.errors import ApiError
from patrol.store.dialect import ensure_schema, week_start
from patrol.store.findings import findings_version

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


class LoginRequired(Exception):
    pass


def page_caller(request: Request, store: Store) -> Caller:
    token = token_of(request)
    user = Users(store.db).by_token(token) if token else None
    if user is None:
        raise LoginRequired()
    return Caller(user["username"], user["role"], request.client.host if request.client else None, token)


PageCaller = Annotated[Caller, Depends(page_caller)]


def csrf_token(request: Request, caller: Caller) -> str:
    return hmac.new(request.app.state.csrf_key, caller.token.encode(), hashlib.sha256).hexdigest()


def check_csrf(request: Request, caller: Caller, given: str) -> None:
    if not hmac.compare_digest(csrf_token(request, caller), given or ""):
        raise ApiError("forbidden", "the form has expired or did not come from this site: reload the page")


def render(request: Request, name: str, caller: Caller | None, **ctx) -> HTMLResponse:
    ctx.update(request=request, caller=caller, csrf=csrf_token(request, caller) if caller else "",
               can_decide=bool(caller and at_least(caller.role, "analyst")),
               is_admin=bool(caller and caller.role == "admin"))
    return templates.TemplateResponse(request, name, ctx)


def highlight(text: str, finding: dict | None) -> Markup:
    """The document text with each entity marked; every piece of text is escaped."""
    spans = []
    for kind in ("substances", "quantities", "prices", "crypto_addresses", "contacts", "locations", "pgp"):
        for e in (finding or {}).get(kind) or ():
            if e.get("start") is not None:
                spans.append((e["start"], e["end"], kind, e.get("explanation") or kind))
    out, pos = [], 0
    for start, end, kind, why in sorted(spans):
        if start < pos:
            continue
        out.append(escape(text[pos:start]))
        out.append(Markup('<mark class="{}" title="{}">{}</mark>').format(kind, why, text[start:end]))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def install(app: FastAPI) -> None:
    from patrol.privacy import secret

    app.state.csrf_key = secret(app.state.settings.home, "web-csrf.key")  # the same in every worker

    @app.exception_handler(LoginRequired)
    async def _login(request: Request, exc: LoginRequired):
        return RedirectResponse("/login", status_code=303)

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_form(request: Request):
        return render(request, "login.html", None, error=None)

    @app.post("/login", include_in_schema=False)
    def login_submit(request: Request, store: Store, username: Annotated[str, Form(max_length=64)],
                     password: Annotated[str, Form(max_length=256)]):
        from patrol.api.routers.auth import login_user

        try:
            token = login_user(request, store, username, password).token
        except ApiError as e:
            return render(request, "login.html", None, error=str(e))
        resp = RedirectResponse("/", status_code=303)
        resp.set_cookie(COOKIE, token, httponly=True, samesite="strict",
                        secure=request.app.state.settings.secure_cookies,
                        max_age=request.app.state.settings.token_hours * 3600)
        return resp

    @app.post("/logout", include_in_schema=False)
    def logout(request: Request, caller: PageCaller, store: Store, csrf: Annotated[str, Form()] = ""):
        check_csrf(request, caller, csrf)
        Users(store.db).revoke(caller.token)
        caller.audit(store, "logout")
        resp = RedirectResponse("/login", status_code=303)
        resp.delete_cookie(COOKIE)
        return resp

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request, caller: PageCaller, store: Store):
        from patrol.signals.alerts import AlertStore

        s.prepare(store.db)
        alerts = AlertStore(store).list(status="new")
        return render(request, "overview.html", caller, **_overview_numbers(request.app, store.db),
                      alerts=alerts[:8], open_alerts=len(alerts))


    @app.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
    def alert_queue(request: Request, caller: PageCaller, store: Store, status: str | None = "new"):
        from patrol.signals.alerts import AlertStore

        return render(request, "alerts.html", caller, alerts=AlertStore(store).list(status=status or None),
                      status=status)

    @app.get("/alerts/{alert_id}", response_class=HTMLResponse, include_in_schema=False)
    def alert_page(alert_id: str, request: Request, caller: PageCaller, store: Store):
        from patrol.signals.alerts import AlertStore

        a = AlertStore(store)
        alert = a.get(alert_id)
        s.prepare(store.db)  # includes the index on document ids that evidence lists use
        ids = alert["evidence"][:50]
        docs = store.db.execute(f"SELECT id, sha256, source, posted_at, substr(text, 1, 160) FROM documents WHERE id IN "
                                f"({','.join('?' * len(ids))})", ids).fetchall() if ids else []
        return render(request, "alert.html", caller, alert=alert, history=a.history(alert_id), docs=docs)

    @app.post("/alerts/{alert_id}/decide", include_in_schema=False)
    def alert_decide(alert_id: str, request: Request, caller: PageCaller, store: Store,
                     decision: Annotated[str, Form()], csrf: Annotated[str, Form()] = "",
                     reason: Annotated[str, Form(max_length=2000)] = ""):
        from patrol.api.routers.alerts import decide

        check_csrf(request, caller, csrf)
        if not at_least(caller.role, "analyst"):
            raise ApiError("forbidden", f"deciding alerts needs the analyst role; you are {caller.role}")
        if decision not in ("confirmed", "dismissed", "new"):
            raise ApiError("invalid_request", "decision must be confirmed, dismissed or new")
        decide(store, caller, alert_id, decision, reason or None)
        return RedirectResponse(f"/alerts/{alert_id}", status_code=303)

    @app.get("/documents/{sha256}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(sha256: str, request: Request, caller: PageCaller, store: Store):
        doc = s.document(store.db, sha256)
        caller.audit(store, "documents.read", f"document:{sha256}")
        return render(request, "document.html", caller, doc=doc, marked=highlight(doc["text"], doc["finding"]))

    @app.get("/substances/{substance_id}", response_class=HTMLResponse, include_in_schema=False)
    def substance_page(substance_id: str, request: Request, caller: PageCaller, store: Store):
        from patrol.signals import plots

        kb = request.app.state.resolver().kb
        sub = kb.get(substance_id)
        if sub is None:
            raise ApiError("not_found", f"no substance {substance_id!r}")
        s.prepare(store.db)
        weeks = store.db.execute(
            f"SELECT {week_start(store.db, 'd.posted_at')} AS w, count(*) FROM finding_terms t JOIN documents d "
            "ON d.rid = t.rid WHERE t.kind = 'substance' AND t.value = ? AND d.posted_at IS NOT NULL GROUP BY w "
            "ORDER BY w", (substance_id,)).fetchall()
        plot = plots.time_series([w for w, _ in weeks], {sub.name: [n for _, n in weeks]},
                                 f"Documents mentioning {sub.name} per week") if len(weeks) > 1 else None
        return render(request, "substance.html", caller, sub=sub, plot=plot, depiction=_depict(sub.smiles))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, caller: PageCaller, store: Store, q: str | None = None,
                    label: str | None = None, substance: str | None = None, source: str | None = None,
                    cursor: int | None = None):
        results = None
        if q or label or substance or source:
            s.prepare(store.db)
            results = s.search(store.db, s.Query(q=q or None, label=label or None, substance=substance or None,
                                                 source=source or None, cursor=cursor, limit=50))
            caller.audit(store, "documents.search", None, {"q": q, "label": label, "substance": substance})
        return render(request, "search.html", caller, q=q or "", label=label or "", substance=substance or "",
                      source=source or "", results=results)

    @app.get("/vendors", response_class=HTMLResponse, include_in_schema=False)
    def vendors_page(request: Request, caller: PageCaller, store: Store):
        from patrol.linking.store import VendorStore

        return render(request, "vendors.html", caller, vendors=VendorStore(store).list()[:200])

    @app.get("/vendors/{vendor_id}", response_class=HTMLResponse, include_in_schema=False)
    def vendor_page(vendor_id: str, request: Request, caller: PageCaller, store: Store):
        from patrol.linking.store import VendorStore

        v = VendorStore(store).show(vendor_id)
        caller.audit(store, "vendors.read", f"vendor:{vendor_id}")  # handles and contacts: personal data
        return render(request, "vendor.html", caller, v=v)

    @app.get("/audit", response_class=HTMLResponse, include_in_schema=False)
    def audit_page(request: Request, caller: PageCaller, store: Store, actor: str | None = None):
        from patrol.api.audit import Audit

        if caller.role != "admin":
            raise ApiError("forbidden", f"the audit log needs the admin role; you are {caller.role}")
        return render(request, "audit.html", caller, rows=Audit(store.db).query(actor=actor or None, limit=500))


def _overview_numbers(app, db) -> dict:
    """Volumes, top substances and the weekly plot: whole-store aggregates, computed again
    only when documents or findings change (the latest document and the version every findings
    write leaves in meta are the cache key), once for all server workers."""
    from patrol.signals import plots

    version = json.dumps([db.execute("SELECT max(rid) FROM documents").fetchone()[0],
                          findings_version(db)])
    cached = getattr(app.state, "overview_cache", None)
    if cached and cached[0] == version:
        return cached[1]
    ensure_schema(db, "CREATE TABLE IF NOT EXISTS overview_cache (version TEXT PRIMARY KEY, numbers TEXT NOT NULL)")
    row = db.execute("SELECT numbers FROM overview_cache WHERE version = ?", (version,)).fetchone()
    if row:  # another server worker computed them
        numbers = json.loads(row[0])
        app.state.overview_cache = (version, numbers)
        return numbers
    total = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    labels = dict(db.execute("SELECT coalesce(label, 'not analysed'), count(*) FROM documents d LEFT JOIN "
                             "findings f USING (sha256) GROUP BY 1").fetchall())
    top = db.execute("SELECT t.value, count(*) FROM finding_terms t JOIN findings f ON f.rid = t.rid WHERE "
                     "t.kind = 'substance' AND f.label = 'drug_sale' GROUP BY t.value ORDER BY 2 DESC, 1 "
                     "LIMIT 10").fetchall()
    weeks = db.execute(f"SELECT {week_start(db, 'd.posted_at')} AS w, count(*) FROM documents d JOIN "
                       "findings f USING (sha256) WHERE f.label = 'drug_sale' AND d.posted_at IS NOT NULL "
                       "GROUP BY w ORDER BY w").fetchall()
    plot = plots.time_series([w for w, _ in weeks], {"sale adverts": [n for _, n in weeks]},
                             "Sale adverts per week") if len(weeks) > 1 else None
    numbers = {"total": total, "labels": labels, "top": [list(t) for t in top], "plot": plot}
    with db:
        db.execute("DELETE FROM overview_cache")
        db.execute("INSERT OR REPLACE INTO overview_cache VALUES (?, ?)", (version, json.dumps(numbers)))
    app.state.overview_cache = (version, numbers)
    return numbers


def _depict(smiles: str | None) -> Markup | None:
    """The structure as SVG (RDKit); None when there is none or it does not parse."""
    if not smiles:
        return None
    from rdkit import Chem
    from rdkit.Chem.Draw import rdMolDraw2D

    mol = Chem.MolFromSmiles(smiles)
    if mol is None:
        return None
    d = rdMolDraw2D.MolDraw2DSVG(360, 240)
    d.DrawMolecule(mol)
    d.FinishDrawing()
    svg = d.GetDrawingText()
    return Markup(svg[svg.index("<svg"):])
