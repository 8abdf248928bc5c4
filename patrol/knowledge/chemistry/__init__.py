"""Structure-based knowledge: known substances by InChIKey, and generic (class)
definitions of controlled substances tested by substructure logic.

A generic definition is one module here with a ``GenericDefinition`` subclass; it is
found without editing any list (see ``definitions()``).
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from patrol.knowledge.chemistry.base import GenericDefinition

_HELPERS = {"base", "structure", "classify"}


@cache
def definitions() -> tuple[GenericDefinition, ...]:
    found = []
    for mod in pkgutil.iter_modules(__path__):
        if mod.name in _HELPERS:
            continue
        module = importlib.import_module(f"{__name__}.{mod.name}")
        for obj in vars(module).values():
            if isinstance(obj, type) and issubclass(obj, GenericDefinition) and obj is not GenericDefinition \
                    and obj.__module__ == module.__name__:
                found.append(obj())
    return tuple(sorted(found, key=lambda d: d.id))
