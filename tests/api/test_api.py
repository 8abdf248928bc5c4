"""The API as clients use it: a real server, real tokens, every route checked for access control."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from fastapi.routing import APIRoute

from patrol.api.app import ROUTERS
from tests.api.conftest import read_password, start

PUBLIC = {"/health", "/api/auth/login", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}


def api_routes():
    """(method, path, role needed) for every API route, read from the app's route table."""
    out = []
    for r in (r for router in ROUTERS for r in router.routes):
        if not isinstance(r, APIRoute) or not r.path.startswith("/api") or r.path in PUBLIC:
            continue
        role = next((getattr(d.call, "required_role", None) for d in r.dependant.dependencies
                     if getattr(d.call, "required_role", None)), None)
        for m in r.methods:
            out.append((m, r.path.replace("{", "").replace("}", ""), role or "viewer"))
    return sorted(out)


ROUTES = api_routes()


def test_route_table_is_complete():
    paths = {p for _, p, _ in ROUTES}
    assert {"/api/documents", "/api/alerts", "/api/alerts/alert_id/confirm", "/api/ingest", "/api/audit",
            "/api/exports/documents", "/api/trends", "/api/substances/lookup", "/api/users"} <= paths


@pytest.mark.parametrize("method,path,role", ROUTES)
def test_unauthenticated_requests_are_refused(server, method, path, role):
    r = server.client().request(method, path)
    assert r.status_code == 401, (path, r.text)
    assert r.json()["error"]["code"] == "unauthorized" and "login" in r.json()["error"]["message"]


@pytest.mark.parametrize("method,path,role", [r for r in ROUTES if r[2] != "viewer"])
def test_under_privileged_requests_are_refused(server, method, path, role):
    for weaker in ("viewer", "analyst") if role == "admin" else ("viewer",):
        r = server.client(weaker).request(method, path, json={})
        assert r.status_code == 403, (weaker, path, r.text)
        assert r.json()["error"]["code"] == "forbidden"


def test_health_needs_no_login(server):
    assert httpx.get(server.base + "/health").json()["status"] == "ok"
    assert httpx.get(server.base + "/openapi.json").json()["info"]["title"] == "patrol"


def test_search_filters_and_cursor(server):
    c = server.client("viewer")
    first = c.get("/api/documents", params={"label": "drug_sale", "limit": 5}).json()
    assert len(first["items"]) == 5 and all(d["label"] == "drug_sale" for d in first["items"])
    second = c.get("/api/documents", params={"label": "drug_sale", "limit": 5, "cursor": first["next_cursor"]}).json()
    assert not {d["sha256"] for d in first["items"]} & {d["sha256"] for d in second["items"]}
    subs = c.get("/api/documents", params={"substance": "metonitazene"}).json()["items"]
    assert subs and all("etonitazene" in d["excerpt"].lower() or d["main_substance"] == "metonitazene" for d in subs)
    text = c.get("/api/documents", params={"q": "CH-PIATA"}).json()["items"]
    assert text and all("piata" in d["excerpt"].lower() for d in text)
    doc = c.get(f"/api/documents/{text[0]['sha256']}").json()
    assert doc["finding"]["label"] and doc["text"].startswith(text[0]["excerpt"][:20])
    bad = c.get("/api/documents/not-a-hash")
    assert bad.status_code == 404 and "SHA-256" in bad.json()["error"]["message"]


def test_alert_review_is_audited(server):
    analyst = server.client("analyst")
    alerts = analyst.get("/api/alerts", params={"status": "new"}).json()
    aid = next(a["alert_id"] for a in alerts if "Cychlorphine" in a["title"])
    no_reason = analyst.post(f"/api/alerts/{aid}/dismiss", json={})
    assert no_reason.status_code == 409 and "why" in no_reason.json()["error"]["message"]
    done = analyst.post(f"/api/alerts/{aid}/dismiss", json={"reason": "pill press brand, not a substance"}).json()
    assert (done["status"], done["status_by"]) == ("dismissed", "analyst")
    log = server.client("admin").get("/api/audit", params={"actor": "analyst", "action": "alert.dismissed"}).json()
    assert log[0]["resource"] == f"alert:{aid}" and log[0]["ip"] == "127.0.0.1"
    assert log[0]["detail"]["reason"] == "pill press brand, not a substance"


def test_substances_and_trends(server):
    c = server.client("viewer")
    assert c.get("/api/substances/lookup", params={"name": "xanex"}).json()["matches"][0]["substance_id"] == "alprazolam"
    fent = c.post("/api/substances/classify", json={"smiles": "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"}).json()
    assert fent["known_substance"]["substance_id"] == "fentanyl"
    bad = c.post("/api/substances/classify", json={"smiles": "C1CC("})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_smiles"
    t = c.get("/api/trends", params={"by": "effect_group", "period": "week"}).json()
    assert len(t["periods"]) == len(t["totals"]) and "opioid" in t["series"]


PAYLOADS = ["<script>alert('xss')</script>", "'; DROP TABLE documents; --", "\" OR 1=1 --", "<img src=x onerror=alert(1)>"]


def test_injection_payloads_are_stored_and_rendered_safely(server):
    analyst = server.client("analyst")
    body = "".join(json.dumps({"id": f"evil-{i}", "author": p, "text": f"MDMA 5g 40 EUR {p}"}) + "\n"
                   for i, p in enumerate(PAYLOADS))
    job = analyst.post("/api/ingest", params={"source": "<b>evil</b>"}, content=body.encode()).json()
    for _ in range(300):
        status = analyst.get(f"/api/ingest/{job['job_id']}").json()
        if status["status"] in ("done", "failed"):
            break
        time.sleep(0.2)
    assert status["status"] == "done" and status["new"] == len(PAYLOADS), status
    c = server.client("viewer")
    for p in PAYLOADS:
        found = c.get("/api/documents", params={"q": p}).json()["items"]
        assert found, p  # the payload is searchable text, nothing more
    assert c.get("/api/documents", params={"source": "<b>evil</b>"}).json()["items"]
    assert c.get("/api/documents", params={"label": "drug_sale"}).status_code == 200  # the table is still there
    sha = c.get("/api/documents", params={"q": "onerror"}).json()["items"][0]["sha256"]
    page = httpx.get(f"{server.base}/documents/{sha}", cookies={"patrol_token": server.tokens["viewer"]}).text
    assert "<img src=x onerror" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_oversized_upload_is_refused_with_a_clear_error(server):
    r = server.client("analyst").post("/api/ingest", content=b"x" * 300_000)
    assert r.status_code == 413 and "limit" in r.json()["error"]["message"]


def test_export_pseudonymises_personal_data(server):
    analyst = server.client("analyst")
    lines = [json.loads(x) for x in analyst.get("/api/exports/documents").text.splitlines()]
    assert all(x["author"].startswith("pseud:") for x in lines if x.get("author"))
    assert not any("x_plug_eu" in json.dumps(x) for x in lines)  # the Telegram contact, in fields and text
    same = {x["author"] for x in lines if x["id"] in ("demo-e034", "demo-e035", "demo-e036")}  # XPlug's adverts
    assert len(same) == 1  # one account, one pseudonym: exports can still be joined
    assert analyst.get("/api/exports/documents", params={"pseudonymised": "false"}).status_code == 403
    clear = server.client("admin").get("/api/exports/documents", params={"pseudonymised": "false"}).text
    assert "x_plug_eu" in clear


def test_tokens_users_and_logout(server):
    admin = server.client("admin")
    weak = admin.post("/api/users", json={"username": "bob", "password": "short", "role": "viewer"})
    assert weak.status_code == 422
    made = admin.post("/api/users", json={"username": "bob", "password": "a-long-password-1", "role": "viewer"})
    assert made.status_code == 201 and made.json()["role"] == "viewer"
    tok = httpx.post(server.base + "/api/auth/login", json={"username": "bob", "password": "a-long-password-1"}).json()
    h = {"Authorization": f"Bearer {tok['token']}"}
    assert httpx.get(server.base + "/api/auth/me", headers=h).json() == {"username": "bob", "role": "viewer"}
    httpx.post(server.base + "/api/auth/logout", headers=h)
    assert httpx.get(server.base + "/api/auth/me", headers=h).status_code == 401
    wrong = httpx.post(server.base + "/api/auth/login", json={"username": "bob", "password": "nope-nope-nope"})
    assert wrong.status_code == 401 and wrong.json()["error"]["message"] == "wrong username or password"


def test_dashboard_pages_need_login(server):
    for path in ("/", "/alerts", "/search", "/audit", "/vendors"):
        r = httpx.get(server.base + path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/login"


def test_login_is_rate_limited(demo_store, tmp_path):
    proc, base = start(demo_store.copy(tmp_path / "h"), {"PATROL_LOGIN_RATE": "3"})
    try:
        read_password(proc)
        codes = [httpx.post(base + "/api/auth/login", json={"username": "admin", "password": "wrong-password"}
                            ).status_code for _ in range(4)]
        assert codes == [401, 401, 401, 429]
        r = httpx.post(base + "/api/auth/login", json={"username": "admin", "password": "wrong-password"})
        assert "wait" in r.json()["error"]["message"]
    finally:
        proc.terminate()
        proc.wait(10)


def test_review_reasons_are_escaped_on_every_page(server):
    analyst = server.client("analyst")
    aid = next(a["alert_id"] for a in analyst.get("/api/alerts", params={"status": "new"}).json()
               if a["rule"] == "opioid-burst")  # the browser tests work on other alerts
    evil = "<script>alert('reason')</script>"
    analyst.post(f"/api/alerts/{aid}/confirm", json={"reason": evil}).raise_for_status()
    for path, role in ((f"/alerts/{aid}", "viewer"), ("/audit", "admin"), ("/alerts?status=confirmed", "viewer")):
        page = httpx.get(server.base + path, cookies={"patrol_token": server.tokens[role]}).text
        assert evil not in page, path
    assert "&lt;script&gt;alert(" in httpx.get(server.base + f"/alerts/{aid}",
                                               cookies={"patrol_token": server.tokens["viewer"]}).text
