from fastapi import APIRouter, Request

from patrol.api.auth import Users
from patrol.api.audit import Audit
from patrol.api.deps import Admin, Store, Viewer
from patrol.api.errors import ApiError
from patrol.api.schemas import LoginIn, TokenCreate, TokenOut, UserCreate, UserPublic

router = APIRouter(prefix="/api", tags=["auth"])


def login_user(request: Request, store, username: str, password: str) -> TokenOut:
    ip = request.client.host if request.client else "unknown"
    request.app.state.login_limiter.check(store.db, ip)
    users = Users(store.db)
    user = users.check_password(username, password)
    if user is None:
        Audit(store.db).write(username[:64], "login.failed", None, None, ip)
        raise ApiError("unauthorized", "wrong username or password")
    hours = request.app.state.settings.token_hours
    token = users.issue_token(user["username"], hours)
    Audit(store.db).write(user["username"], "login", None, None, ip)
    return TokenOut(token=token, expires_in_hours=hours, role=user["role"])


@router.post("/auth/login", response_model=TokenOut)
def login(body: LoginIn, request: Request, store: Store) -> TokenOut:
    """Exchange a username and password for a bearer token (rate-limited per address)."""
    return login_user(request, store, body.username, body.password)


@router.post("/auth/logout")
def logout(caller: Viewer, store: Store) -> dict:
    Users(store.db).revoke(caller.token)
    caller.audit(store, "logout")
    return {"ok": True}


@router.get("/auth/me")
def me(caller: Viewer) -> dict:
    return {"username": caller.username, "role": caller.role}


@router.post("/tokens", response_model=TokenOut)
def create_token(body: TokenCreate, caller: Viewer, store: Store) -> TokenOut:
    """A long-lived API token for scripts; shown once, stored only as its hash."""
    token = Users(store.db).issue_token(caller.username, body.hours, body.label)
    caller.audit(store, "token.create", None, {"label": body.label, "hours": body.hours})
    return TokenOut(token=token, expires_in_hours=body.hours, role=caller.role)


@router.get("/users", response_model=list[UserPublic])
def list_users(caller: Admin, store: Store) -> list[dict]:
    return Users(store.db).list()


@router.post("/users", response_model=UserPublic, status_code=201)
def create_user(body: UserCreate, caller: Admin, store: Store) -> dict:
    users = Users(store.db)
    users.create(body.username, body.password, body.role)
    caller.audit(store, "user.create", f"user:{body.username}", {"role": body.role})
    return next(u for u in users.list() if u["username"] == body.username)
