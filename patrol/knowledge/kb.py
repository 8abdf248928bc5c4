"""The knowledge base on disk and in memory.

A KB directory holds plain, editable files:

    substances.jsonl          one substance per line
    substances/*.json         optional: one substance per file (how an analyst adds a new NPS)
    controls/REGIME.jsonl     one listing per line: {"substance", "schedule", "since", "source", "listed_as"}
    sources.json              source id → full citation

A further national list is one more ``controls/REGIME.jsonl`` file; nothing else changes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from patrol.errors import PatrolError
from patrol.knowledge.normalize import compact_key
from patrol.model import Alias, Control, Substance

DEFAULT_KB = Path(str(resources.files("patrol.knowledge").joinpath("data")))


class KBError(PatrolError):
    code = "kb_error"


@dataclass
class KnowledgeBase:
    substances: dict[str, Substance]
    sources: dict[str, str] = field(default_factory=dict)
    path: Path | None = None
    _by_inchikey: dict[str, list[str]] | None = None

    @classmethod
    def load(cls, path: Path | str | None = None) -> "KnowledgeBase":
        path = Path(path) if path else DEFAULT_KB
        if not (path / "substances.jsonl").is_file() and not (path / "substances").is_dir():
            raise KBError(f"{path} is not a knowledge base: no substances.jsonl or substances/ folder "
                          "(make one with `patrol kb export DIR`)")
        subs: dict[str, Substance] = {}
        for where, obj in iter_substance_objects(path):
            try:
                s = substance_from_json(obj, default_source=where.split(":")[0])
            except (KeyError, TypeError, ValueError) as e:
                raise KBError(f"{where}: {e} (run `patrol kb validate --kb {path}` for every problem)") from e
            subs[s.id] = s
        for where, regime, obj in iter_control_objects(path):
            sid = obj.get("substance")
            if sid not in subs:
                raise KBError(f"{where}: unknown substance {sid!r}")
            subs[sid].controls.append(control_from_json(regime, obj))
        sources = json.loads((path / "sources.json").read_text("utf-8")) if (path / "sources.json").is_file() else {}
        return cls(subs, sources, path)

    def get(self, sid: str) -> Substance | None:
        return self.substances.get(sid)

    def by_inchikey(self, inchikey: str) -> list[Substance]:
        if self._by_inchikey is None:
            from patrol.knowledge.chemistry.structure import InvalidStructure, parse_smiles
            from patrol.knowledge.chemistry.structure import inchikey as key_of

            idx: dict[str, list[str]] = defaultdict(list)
            for s in self.substances.values():
                if s.smiles and not s.inchikey:  # an analyst's new entry may give only the structure
                    try:
                        s.inchikey = key_of(parse_smiles(s.smiles))
                        s.sources.setdefault("inchikey", "rdkit")
                    except InvalidStructure:
                        continue
                if s.inchikey:
                    idx[s.inchikey].append(s.id)
            self._by_inchikey = idx
        return [self.substances[i] for i in self._by_inchikey.get(inchikey, [])]

    def cite(self, source: str) -> str:
        return self.sources.get(source, source)

    def stats(self) -> dict:
        subs = self.substances.values()
        by_group: dict[str, int] = defaultdict(int)
        by_regime: dict[str, int] = defaultdict(int)
        by_kind: dict[str, int] = defaultdict(int)
        for s in subs:
            by_group[s.effect_group] += 1
            for c in s.controls:
                by_regime[f"{c.regime} {c.schedule}"] += 1
            for a in s.aliases:
                by_kind[a.kind] += 1
        return {
            "path": str(self.path), "substances": len(self.substances),
            "aliases": sum(len(s.aliases) for s in subs),
            "with_structure": sum(1 for s in subs if s.smiles),
            "controlled": sum(1 for s in subs if s.controls),
            "effect_groups": dict(sorted(by_group.items())), "controls": dict(sorted(by_regime.items())),
            "alias_kinds": dict(sorted(by_kind.items())),
        }


# -- reading -------------------------------------------------------------------------------
def iter_substance_objects(path: Path) -> Iterator[tuple[str, dict]]:
    """(location, object) for every substance entry, location being 'file:line'."""
    main = path / "substances.jsonl"
    if main.is_file():
        with open(main, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    yield f"{main}:{n}", _loads(line, f"{main}:{n}")
    folder = path / "substances"
    if folder.is_dir():
        for p in sorted(folder.glob("*.json")):
            yield f"{p}:1", _loads(p.read_text("utf-8"), f"{p}:1")


def iter_control_objects(path: Path) -> Iterator[tuple[str, str, dict]]:
    folder = path / "controls"
    if not folder.is_dir():
        return
    for p in sorted(folder.glob("*.jsonl")):
        with open(p, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    yield f"{p}:{n}", p.stem, _loads(line, f"{p}:{n}")


def _loads(text: str, where: str) -> dict:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        raise KBError(f"{where}: invalid JSON: {e}") from e
    if not isinstance(obj, dict):
        raise KBError(f"{where}: expected a JSON object")
    return obj


def substance_from_json(obj: dict, default_source: str = "") -> Substance:
    meta = obj.get("alias_meta") or {}
    aliases = []
    for name in obj["aliases"]:
        m = meta.get(name) or {}
        aliases.append(Alias(name=name, kind=m.get("kind", "synonym"), source=m.get("source", default_source),
                             lang=m.get("lang"), common_word=bool(m.get("common_word")),
                             stopword=bool(m.get("stopword")), ordinary_in=tuple(m.get("ordinary_in", ()))))
    if not any(compact_key(a.name) == compact_key(obj["name"]) for a in aliases):
        aliases.insert(0, Alias(obj["name"], "name", obj.get("sources", {}).get("name", default_source)))
    return Substance(
        id=obj["id"], name=obj["name"], effect_group=obj.get("effect_group", "other"),
        category=obj.get("category", "drug"), aliases=aliases, smiles=obj.get("smiles"),
        inchikey=obj.get("inchikey"), cas=obj.get("cas"), sources=dict(obj.get("sources") or {}),
    )


def control_from_json(regime: str, obj: dict) -> Control:
    return Control(regime=regime, schedule=str(obj["schedule"]), source=obj.get("source", ""),
                   since=obj.get("since"), listed_as=obj.get("listed_as"))


# -- writing -------------------------------------------------------------------------------
def substance_to_json(s: Substance, ambiguous: set[str]) -> dict:
    meta = {}
    for a in s.aliases:
        m = {"kind": a.kind, "source": a.source}
        if a.lang:
            m["lang"] = a.lang
        if a.common_word:
            m["common_word"] = True
        if a.stopword:
            m["stopword"] = True
        if a.ordinary_in:
            m["ordinary_in"] = list(a.ordinary_in)
        if compact_key(a.name) in ambiguous:
            m["ambiguous"] = True
        meta[a.name] = m
    obj = {"id": s.id, "name": s.name, "effect_group": s.effect_group, "category": s.category,
           "aliases": [a.name for a in s.aliases], "alias_meta": meta}
    for k in ("smiles", "inchikey", "cas"):
        if getattr(s, k):
            obj[k] = getattr(s, k)
    obj["sources"] = s.sources
    return obj


def write_kb(substances: list[Substance], out: Path, sources: dict[str, str]) -> None:
    """Write a KB directory that ``KnowledgeBase.load`` (and ``--kb``) reads back."""
    out = Path(out)
    (out / "controls").mkdir(parents=True, exist_ok=True)
    for old in (out / "controls").glob("*.jsonl"):
        old.unlink()
    shared = shared_alias_keys(substances)
    with open(out / "substances.jsonl", "w", encoding="utf-8") as f:
        for s in sorted(substances, key=lambda s: s.id):
            f.write(json.dumps(substance_to_json(s, shared), ensure_ascii=False) + "\n")
    by_regime: dict[str, list[dict]] = defaultdict(list)
    for s in substances:
        for c in s.controls:
            row = {"substance": s.id, "schedule": c.schedule, "since": c.since, "source": c.source}
            if c.listed_as and c.listed_as != s.name:
                row["listed_as"] = c.listed_as
            by_regime[c.regime].append(row)
    for regime, rows in by_regime.items():
        with open(out / "controls" / f"{regime}.jsonl", "w", encoding="utf-8") as f:
            for row in sorted(rows, key=lambda r: (r["substance"], r["schedule"])):
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    (out / "sources.json").write_text(json.dumps(sources, indent=1, ensure_ascii=False) + "\n", "utf-8")


def shared_alias_keys(substances) -> set[str]:
    owners: dict[str, set[str]] = defaultdict(set)
    for s in substances:
        for a in s.aliases:
            owners[compact_key(a.name)].add(s.id)
    return {k for k, ids in owners.items() if len(ids) > 1}
