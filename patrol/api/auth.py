"""Users, API tokens and roles.

Passwords are hashed with Argon2id (memory-hard); tokens are random and stored only as
their SHA-256, so a copy of the database gives no working token. Roles are ordered:
viewer < analyst < admin.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from patrol.api.errors import ApiError
from patrol.model import utcnow
from patrol.sources.dates import isoformat_utc
from patrol.store.dialect import ensure_schema

ROLES = ("viewer", "analyst", "admin")
_hasher = PasswordHasher()  # Argon2id, 64 MiB, t=3 (argon2-cffi defaults, RFC 9106 low-memory profile)

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    username TEXT PRIMARY KEY, password_hash TEXT NOT NULL, role TEXT NOT NULL,
    created_at TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS api_tokens (
    token_sha256 TEXT PRIMARY KEY, username TEXT NOT NULL REFERENCES users(username),
    label TEXT, created_at TEXT NOT NULL, expires_at TEXT
);
"""


def at_least(role: str, needed: str) -> bool:
    return ROLES.index(role) >= ROLES.index(needed)


def _sha(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Users:
    def __init__(self, db) -> None:
        self.db = db
        ensure_schema(db, SCHEMA)

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM users").fetchone()[0]

    def create(self, username: str, password: str, role: str) -> None:
        if role not in ROLES:
            raise ApiError("invalid_role", f"role must be one of {', '.join(ROLES)}")
        if len(password) < 12:
            raise ApiError("weak_password", "use a password of at least 12 characters")
        if not username or len(username) > 64 or not username.replace("_", "").replace(".", "").isalnum():
            raise ApiError("invalid_username", "usernames are 1-64 letters, digits, '.' or '_'")
        try:
            with self.db:
                self.db.execute("INSERT INTO users VALUES (?,?,?,?,0)",
                                (username, _hasher.hash(password), role, isoformat_utc(utcnow())))
        except Exception as e:
            if "UNIQUE" in str(e):
                raise ApiError("user_exists", f"user {username!r} exists already", 409) from e
            raise

    def check_password(self, username: str, password: str) -> dict | None:
        row = self.db.execute("SELECT password_hash, role, disabled FROM users WHERE username = ?",
                              (username,)).fetchone()
        if row is None:
            _hasher.hash(password)  # same work whether or not the user exists
            return None
        try:
            _hasher.verify(row[0], password)
        except (VerificationError, InvalidHashError):
            return None
        if row[2]:
            return None
        return {"username": username, "role": row[1]}

    def issue_token(self, username: str, hours: int | None, label: str = "session") -> str:
        token = "ptk_" + secrets.token_urlsafe(32)
        now = utcnow()
        with self.db:
            self.db.execute("INSERT INTO api_tokens VALUES (?,?,?,?,?)",
                            (_sha(token), username, label, isoformat_utc(now),
                             isoformat_utc(now + timedelta(hours=hours)) if hours else None))
        return token

    def revoke(self, token: str) -> None:
        with self.db:
            self.db.execute("DELETE FROM api_tokens WHERE token_sha256 = ?", (_sha(token),))

    def by_token(self, token: str) -> dict | None:
        row = self.db.execute(
            "SELECT u.username, u.role, t.expires_at FROM api_tokens t JOIN users u USING (username) "
            "WHERE t.token_sha256 = ? AND u.disabled = 0", (_sha(token),)).fetchone()
        if row is None or (row[2] and row[2] < isoformat_utc(utcnow())):
            return None
        return {"username": row[0], "role": row[1]}

    def list(self) -> list[dict]:
        return [{"username": u, "role": r, "created_at": c, "disabled": bool(d)}
                for u, r, c, d in self.db.execute("SELECT username, role, created_at, disabled FROM users ORDER BY username")]


def ensure_admin(db) -> str | None:
    """On first run, create user 'admin' and return its one-time password (None afterwards)."""
    users = Users(db)
    if users.count():
        return None
    password = secrets.token_urlsafe(15)
    users.create("admin", password, "admin")
    return password
