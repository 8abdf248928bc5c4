"""Service settings, from the environment (PATROL_*) with safe defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from patrol.config import ENV_DATABASE, default_home


@dataclass(frozen=True)
class Settings:
    home: Path = field(default_factory=default_home)
    max_upload_bytes: int = int(os.environ.get("PATROL_MAX_UPLOAD_BYTES", 20 * 1024 * 1024))
    token_hours: int = int(os.environ.get("PATROL_TOKEN_HOURS", 12))
    login_attempts_per_minute: int = int(os.environ.get("PATROL_LOGIN_RATE", 5))
    secure_cookies: bool = os.environ.get("PATROL_SECURE_COOKIES", "0") == "1"
    database_url: str | None = field(default_factory=lambda: os.environ.get(ENV_DATABASE) or None)

    def open_store(self, any_thread: bool = False):
        from patrol.store import open_store

        return open_store(self.home, self.database_url, any_thread=any_thread)
