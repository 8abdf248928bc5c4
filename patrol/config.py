"""Where an investigation's data lives: ``--home``, else ``$PATROL_HOME``, else ``~/.patrol``;
its database is the SQLite file in that folder unless ``--db``/``$PATROL_DATABASE_URL`` names
a PostgreSQL server."""

from __future__ import annotations

import os
from pathlib import Path

ENV_HOME = "PATROL_HOME"
ENV_DATABASE = "PATROL_DATABASE_URL"


def default_home() -> Path:
    return Path(os.environ.get(ENV_HOME) or Path.home() / ".patrol").expanduser()
