"""Input readers, one module per format.

Adding a format is adding a module here with a ``Reader`` subclass: it is found by
``readers()`` without editing any list.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from pathlib import Path

from patrol.errors import SourceError
from patrol.sources.base import Reader, ReadOptions  # noqa: F401 (re-export)

_HELPERS = {"base", "dates", "htmltext", "text"}


@cache
def readers() -> dict[str, Reader]:
    found: dict[str, Reader] = {}
    for mod in pkgutil.iter_modules(__path__):
        if mod.name in _HELPERS:
            continue
        module = importlib.import_module(f"{__name__}.{mod.name}")
        for obj in vars(module).values():
            if isinstance(obj, type) and issubclass(obj, Reader) and obj is not Reader and obj.__module__ == module.__name__:
                found[obj.name] = obj()
    return dict(sorted(found.items()))


def reader_for(path: Path, fmt: str | None = None) -> Reader:
    """The reader named by ``fmt``, or the one whose extension matches ``path``."""
    table = readers()
    if fmt:
        if fmt not in table:
            raise SourceError(f"unknown format {fmt!r}; choose one of: {', '.join(table)}")
        return table[fmt]
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder")
    if path.is_dir():
        if (path / "result.json").is_file():
            return table["telegram"]
        return table["html"]
    name = path.name.lower()
    best = None
    for reader in table.values():
        for ext in reader.extensions:
            if name.endswith(ext) and (best is None or len(ext) > best[0]):
                best = (len(ext), reader)
    if best:
        return best[1]
    if name.endswith(".json"):
        with open(path, "rb") as f:
            head = f.read(4096)
        if b'"messages"' in head or b'"chats"' in head:
            return table["telegram"]
    raise SourceError(f"{path}: cannot tell the format from the name; give --format ({', '.join(table)})")


def source_path(path: Path, reader: Reader) -> Path:
    """A Telegram export folder is read through its result.json."""
    if reader.name == "telegram" and path.is_dir():
        return path / "result.json"
    return path
