"""Add a confirmed substance to an editable KB folder: one new file in substances/.

The shipped KB is never edited in place; the first addition exports it to the folder
given, so ``--kb DIR`` carries the analyst's additions from then on.
"""

from __future__ import annotations

import json
from pathlib import Path

from patrol.knowledge.build import slug
from patrol.knowledge.kb import KBError, KnowledgeBase, write_kb
from patrol.knowledge.normalize import compact_key
from patrol.model import EFFECT_GROUPS


def add_substance(kb_dir: Path, name: str, effect_group: str, aliases: list[str], source: str,
                  smiles: str | None = None) -> tuple[Path, bool]:
    """Write DIR/substances/<id>.json; returns (file, whether the KB was first exported)."""
    if effect_group not in EFFECT_GROUPS:
        raise KBError(f"effect group {effect_group!r} unknown; use one of {', '.join(EFFECT_GROUPS)}")
    kb_dir = Path(kb_dir)
    exported = False
    if not (kb_dir / "substances.jsonl").is_file() and not (kb_dir / "substances").is_dir():
        base = KnowledgeBase.load(None)
        write_kb(list(base.substances.values()), kb_dir, base.sources)
        exported = True
    kb = KnowledgeBase.load(kb_dir)
    sid = slug(name)
    keys = {compact_key(a) for a in [name, *aliases]}
    for s in kb.substances.values():
        if s.id == sid or keys & {compact_key(a.name) for a in s.aliases}:
            raise KBError(f"{name!r} is already in {kb_dir} as {s.id!r} ({s.name})")
    if smiles:
        from patrol.knowledge.chemistry.structure import parse_smiles

        parse_smiles(smiles)  # refuses a structure that does not parse, with the reason
    meta = {a: {"kind": "synonym", "source": source} for a in aliases}
    obj = {"id": sid, "name": name, "effect_group": effect_group, "category": "drug",
           "aliases": [name, *[a for a in aliases if compact_key(a) != compact_key(name)]],
           "alias_meta": {name: {"kind": "name", "source": source}, **meta},
           "sources": {"name": source, "effect_group": source}}
    if smiles:
        obj["smiles"] = smiles
        obj["sources"]["smiles"] = source
    out = kb_dir / "substances" / f"{sid}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(obj, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return out, exported
