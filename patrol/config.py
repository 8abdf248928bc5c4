"""Where an investigation's data lives: ``--home``, else ``$PATROL_HOME``, else ``~/.patrol``;
its database is the SQLite file in that folder unless ``--db``/``$PATROL_DATABASE_URL`` names
a PostgreSQL server."""

from __future__ import annotations

import os
import re
from pathlib import Path

from patrol.errors import StoreError

ENV_HOME = "PATROL_HOME"
ENV_DATABASE = "PATROL_DATABASE_URL"


def default_home() -> Path:
    return home_path(os.environ.get(ENV_HOME) or Path.home() / ".patrol")


def home_path(value: str | Path) -> Path:
    """The home folder, refusing a database URL: ``--home postgresql://...`` would otherwise
    create a folder named ``postgresql:`` and an empty embedded store in it."""
    if re.match(r"[a-z][a-z0-9+.-]+:/", str(value), re.IGNORECASE):
        raise StoreError(f"--home/{ENV_HOME} takes a folder, not a URL ({str(value).split(':')[0]}:...); "
                         f"a PostgreSQL server is named with --db or {ENV_DATABASE}")
    return Path(value).expanduser()
