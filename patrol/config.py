"""Where an investigation's data lives: ``--home``, else ``$PATROL_HOME``, else ``~/.patrol``."""

from __future__ import annotations

import os
from pathlib import Path

ENV_HOME = "PATROL_HOME"


def default_home() -> Path:
    return Path(os.environ.get(ENV_HOME) or Path.home() / ".patrol").expanduser()
