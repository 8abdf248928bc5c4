"""Service settings, from the environment (PATROL_*) with safe defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from patrol.config import default_home


@dataclass(frozen=True)
class Settings:
    home: Path = field(default_factory=default_home)
    max_upload_bytes: int = int(os.environ.get("PATROL_MAX_UPLOAD_BYTES", 20 * 1024 * 1024))
    token_hours: int = int(os.environ.get("PATROL_TOKEN_HOURS", 12))
    login_attempts_per_minute: int = int(os.environ.get("PATROL_LOGIN_RATE", 5))
    secure_cookies: bool = os.environ.get("PATROL_SECURE_COOKIES", "0") == "1"
