"""Adding a confirmed discovery to an editable KB is one call (one command) and one new file."""

import json

import pytest

from patrol.knowledge.add import add_substance
from patrol.errors import PatrolError
from patrol.knowledge.kb import KnowledgeBase
from patrol.knowledge.resolver import Resolver


def test_add_exports_then_adds_and_resolves(tmp_path):
    kb_dir = tmp_path / "kb"
    out, exported = add_substance(kb_dir, "CH-PIATA", "synthetic_cannabinoid", ["CH PIATA"], "analyst:test")
    assert exported and out == kb_dir / "substances" / "ch-piata.json"
    assert json.loads(out.read_text())["sources"]["name"] == "analyst:test"
    kb = KnowledgeBase.load(kb_dir)
    assert Resolver(kb).lookup("ch piata")[0].substance.id == "ch-piata"
    assert len(kb.substances) == len(KnowledgeBase.load(None).substances) + 1
    _, again = add_substance(kb_dir, "Cychlorphine", "opioid", [], "analyst:test")
    assert not again


@pytest.mark.parametrize("name,group,aliases,smiles,message", [
    ("cocaine", "stimulant", [], None, "already in"),
    ("new-thing", "stimulant", ["coke"], None, "already in"),
    ("new-thing", "party", [], None, "effect group"),
    ("new-thing", "stimulant", [], "C1CC(", "cannot parse SMILES"),
])
def test_add_refuses(tmp_path, name, group, aliases, smiles, message):
    with pytest.raises(PatrolError, match=message):  # typed: the CLI turns it into one line and exit 1
        add_substance(tmp_path / "kb", name, group, aliases, "analyst", smiles)
