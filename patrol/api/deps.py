"""Typed dependencies: the store for this request, the caller, and role checks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from patrol.api.audit import Audit
from patrol.api.auth import Users, at_least
from patrol.api.errors import ApiError
from patrol.store.evidence import EvidenceStore

COOKIE = "patrol_token"


def get_store(request: Request) -> Iterator[EvidenceStore]:
    """One connection per request, never shared between requests."""
    store = request.app.state.settings.open_store(any_thread=True)
    try:
        yield store
    finally:
        store.close()


Store = Annotated[EvidenceStore, Depends(get_store)]


@dataclass(frozen=True)
class Caller:
    username: str
    role: str
    ip: str | None
    token: str

    def audit(self, store, action: str, resource: str | None = None, detail: dict | None = None) -> None:
        Audit(store.db).write(self.username, action, resource, detail, self.ip)


def token_of(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.cookies.get(COOKIE)


def get_caller(request: Request, store: Store) -> Caller:
    token = token_of(request)
    user = Users(store.db).by_token(token) if token else None
    if user is None:
        raise ApiError("unauthorized", "log in: POST /api/auth/login, then send 'Authorization: Bearer <token>'")
    return Caller(user["username"], user["role"], request.client.host if request.client else None, token)


def require(role: str):
    def check(caller: Annotated[Caller, Depends(get_caller)]) -> Caller:
        if not at_least(caller.role, role):
            raise ApiError("forbidden", f"this needs the {role} role; you are {caller.role}")
        return caller
    check.required_role = role  # read by the route-table tests
    return check


Viewer = Annotated[Caller, Depends(require("viewer"))]
Analyst = Annotated[Caller, Depends(require("analyst"))]
Admin = Annotated[Caller, Depends(require("admin"))]
