"""Structure → known substance (by InChIKey) and every generic definition's verdict."""

from __future__ import annotations

from patrol.knowledge.chemistry import definitions
from patrol.knowledge.chemistry.structure import inchikey, parse_smiles
from patrol.knowledge.kb import KnowledgeBase


def classify(smiles: str, kb: KnowledgeBase) -> dict:
    mol = parse_smiles(smiles)
    key = inchikey(mol)
    known = kb.by_inchikey(key)
    results = [d.evaluate(mol).public() for d in definitions()]
    controlled = [c.public() for s in known for c in s.controls]
    for r in results:
        if r["matched"] and controlled:
            r["explanation"].append(
                "already listed by name (" + ", ".join(f"{c['regime']} {c['schedule']}" for c in controlled)
                + "); class definitions such as the US one cover substances not otherwise controlled")
    return {
        "smiles": smiles,
        "inchikey": key,
        "known_substance": None if not known else {
            "substance_id": known[0].id, "name": known[0].name, "effect_group": known[0].effect_group,
            "control": [c.public() for c in known[0].controls],
        },
        "generic_definitions": results,
    }
