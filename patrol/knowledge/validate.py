"""Check a KB directory and report every problem with its file and line."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from patrol.knowledge.kb import KBError, iter_control_objects, iter_substance_objects
from patrol.knowledge.normalize import compact_key
from patrol.model import CATEGORIES, EFFECT_GROUPS

ALIAS_KINDS = {"name", "synonym", "code", "brand", "slang", "misspelling", "translation"}
SCHEDULES = {"I", "II", "III", "IV", "V", "Table I", "Table II", "list"}


def validate(path: Path) -> list[str]:
    problems: list[str] = []
    ids: dict[str, str] = {}
    owners: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)  # key → (id, where, flagged)
    try:
        objects = list(iter_substance_objects(path))
    except KBError as e:
        return [str(e)]
    if not objects:
        return [f"{path}: no substances (expected substances.jsonl or substances/*.json)"]
    for where, obj in objects:
        sid = obj.get("id")
        for key in ("id", "name", "aliases"):
            if key not in obj:
                problems.append(f"{where}: missing {key!r}")
        if not isinstance(obj.get("aliases", []), list) or not all(isinstance(a, str) for a in obj.get("aliases", [])):
            problems.append(f"{where}: 'aliases' must be a list of strings")
            continue
        if sid in ids:
            problems.append(f"{where}: duplicate id {sid!r} (first at {ids[sid]})")
        elif sid:
            ids[sid] = where
        if obj.get("effect_group", "other") not in EFFECT_GROUPS:
            problems.append(f"{where}: unknown effect_group {obj.get('effect_group')!r}; use one of {', '.join(EFFECT_GROUPS)}")
        if obj.get("category", "drug") not in CATEGORIES:
            problems.append(f"{where}: unknown category {obj.get('category')!r}; use one of {', '.join(CATEGORIES)}")
        meta = obj.get("alias_meta") or {}
        for alias, m in meta.items():
            if m.get("kind", "synonym") not in ALIAS_KINDS:
                problems.append(f"{where}: alias {alias!r} has unknown kind {m.get('kind')!r}")
        if obj.get("smiles"):
            from patrol.knowledge.chemistry.structure import InvalidStructure, parse_smiles

            try:
                parse_smiles(obj["smiles"])
            except InvalidStructure as e:
                problems.append(f"{where}: {e}")
        for alias in {compact_key(a): a for a in obj.get("aliases", [])}.values():
            owners[compact_key(alias)].append((sid, where, bool((meta.get(alias) or {}).get("ambiguous"))))
    for key, claim in owners.items():
        if len({sid for sid, _w, _f in claim}) > 1:
            for sid, where, flagged in claim:
                if not flagged:
                    others = sorted({s for s, _w, _f in claim if s != sid})
                    problems.append(f"{where}: alias {key!r} of {sid!r} also names {', '.join(others)}; "
                                    "mark it \"ambiguous\": true in alias_meta or remove it")
    for where, regime, obj in iter_control_objects(path):
        if obj.get("substance") not in ids:
            problems.append(f"{where}: unknown substance {obj.get('substance')!r} in {regime}")
        if str(obj.get("schedule")) not in SCHEDULES:
            problems.append(f"{where}: unknown schedule {obj.get('schedule')!r}; use I-V, 'Table I', 'Table II' or 'list'")
        if obj.get("since") is not None and not isinstance(obj.get("since"), int):
            problems.append(f"{where}: 'since' must be a year or null")
        if not obj.get("source"):
            problems.append(f"{where}: every control needs a source")
    return problems
