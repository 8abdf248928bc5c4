"""Login rate limiting: attempts per client address in the last minute, counted in the store
so that every server worker sees the same count."""

from __future__ import annotations

import time

from patrol.api.errors import ApiError
from patrol.store.dialect import ensure_schema

SCHEMA = "CREATE TABLE IF NOT EXISTS login_attempts (ip TEXT NOT NULL, at REAL NOT NULL);" \
         "CREATE INDEX IF NOT EXISTS login_attempts_ip ON login_attempts(ip, at);"


class RateLimiter:
    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute

    def check(self, db, key: str) -> None:
        now = time.time()
        ensure_schema(db, SCHEMA)
        with db:
            db.execute("DELETE FROM login_attempts WHERE at < ?", (now - 60,))
            recent = db.execute("SELECT count(*), min(at) FROM login_attempts WHERE ip = ?", (key,)).fetchone()
            if recent[0] >= self.per_minute:
                raise ApiError("rate_limited", f"too many login attempts from this address; wait "
                                               f"{int(60 - (now - recent[1])) + 1} s and try again")
            db.execute("INSERT INTO login_attempts VALUES (?, ?)", (key, now))
