"""The KB as files: export, edit, read back with --kb, validate with file:line."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from patrol.knowledge.kb import KBError, KnowledgeBase, write_kb
from patrol.knowledge.resolver import Resolver
from patrol.knowledge.validate import validate

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


def patrol(*args):
    res = subprocess.run([sys.executable, "-m", "patrol.cli", *map(str, args)], capture_output=True, text=True,
                         env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"})
    return res


@pytest.fixture
def exported(tmp_path, kb):
    out = tmp_path / "kb"
    write_kb(list(kb.substances.values()), out, kb.sources)
    return out


def test_shipped_kb_is_valid_and_large(kb):
    assert validate(kb.path) == []
    s = kb.stats()
    assert s["substances"] > 1000 and s["aliases"] > 14000
    assert {"UN-1961 I", "UN-1961 II", "UN-1961 IV", "UN-1971 I", "UN-1971 II", "UN-1971 III", "UN-1971 IV",
            "UN-1988 Table I", "UN-1988 Table II", "US-CSA I", "US-CSA II", "US-CSA III", "US-CSA IV",
            "US-CSA V"} <= set(s["controls"])


def test_every_fact_has_a_source(kb):
    for s in kb.substances.values():
        assert all(a.source for a in s.aliases), s.id
        assert all(c.source for c in s.controls), s.id
        assert "effect_group" in s.sources and "name" in s.sources, s.id
        if s.smiles:
            assert "smiles" in s.sources


# PsychonautWiki's class pages ("Opioids") are classes, not one drug of no group: a text about "opioids" is
# about drugs; "Psychedelics Guide" names hallucinogens
@pytest.mark.parametrize("sid, group", [("opioids", "opioid"), ("benzodiazepines", "sedative_hypnotic"),
                                        ("dissociatives", "dissociative"), ("entactogens", "entactogen"),
                                        ("psychedelics", "classic_hallucinogen"), ("stimulants", "stimulant"),
                                        ("synthetic-cannabinoids", "synthetic_cannabinoid")])
def test_drug_classes_are_group_entries(kb, sid, group):
    s = kb.substances[sid]
    assert (s.category, s.effect_group) == ("group", group)


# Lexicon tags had made these entactogens (TripSit's "psychedelic, empathogen") or psychedelics (PsychonautWiki
# files α-PiHP under tryptamines); serotonin had taken MDMA's group from a phrase among its RedMed names
@pytest.mark.parametrize("sid, group", [("psilocin", "classic_hallucinogen"), ("alphamt", "classic_hallucinogen"),
                                        ("ayahuasca", "classic_hallucinogen"), ("nep", "stimulant"),
                                        ("alpha-pihp", "stimulant"), ("mdma", "entactogen"),
                                        ("methylone", "entactogen"), ("serotonin", "other"),
                                        ("cocaethylene", "stimulant")])  # curated: cocaine and alcohol's product
def test_effect_groups_after_loose_tags(kb, sid, group):
    assert kb.substances[sid].effect_group == group


def test_anabolic_steroid_in_the_singular_names_the_class(kb):
    assert {"anabolic steroid", "anabolic steroids"} <= {a.name for a in kb.substances["anabolic-steroids"].aliases}


@pytest.mark.parametrize("sid, regime, schedule, ingredient", [
    ("adderall", "UN-1971", "II", "amfetamine"),     # "addy": amphetamine salts (curation/ingredients.json)
    ("tuinal", "UN-1971", "III", "amobarbital"),
    ("changa", "UN-1971", "I", "DMT"),
])
def test_a_product_is_controlled_as_its_ingredient(kb, sid, regime, schedule, ingredient):
    assert (regime, schedule, f"{ingredient} (ingredient)") in [
        (c.regime, c.schedule, c.listed_as) for c in kb.substances[sid].controls]


def test_one_entry_for_alpha_pihp(kb):
    assert "a-pihp" not in kb.substances
    assert {"A-PIHP", "α-PiHP"} <= {a.name for a in kb.substances["alpha-pihp"].aliases}


def test_export_roundtrip(exported, kb):
    again = KnowledgeBase.load(exported)
    assert set(again.substances) == set(kb.substances)
    a, b = again.get("alprazolam"), kb.get("alprazolam")
    assert [x.name for x in a.aliases] == [x.name for x in b.aliases]
    assert [(c.regime, c.schedule, c.source) for c in a.controls] == [(c.regime, c.schedule, c.source) for c in b.controls]


def test_new_nps_in_one_file_and_new_national_list(exported):
    (exported / "substances").mkdir()
    (exported / "substances" / "zz-nitazene.json").write_text(json.dumps({
        "id": "zz-nitazene", "name": "ZZ-nitazene", "effect_group": "opioid",
        "aliases": ["ZZ-nitazene", "zznit"], "smiles": "CCN(CC)CCn1c(Cc2ccc(OCCCCC)cc2)nc2cc([N+](=O)[O-])ccc21",
    }))
    (exported / "controls" / "XX-NATIONAL.jsonl").write_text(json.dumps(
        {"substance": "zz-nitazene", "schedule": "I", "since": 2026, "source": "XX Gazette 2026/12"}) + "\n")
    assert validate(exported) == []
    r = Resolver(KnowledgeBase.load(exported))
    best = r.lookup("zznit")[0]
    assert best.substance.id == "zz-nitazene"
    assert [c.public() for c in best.substance.controls] == [
        {"regime": "XX-NATIONAL", "schedule": "I", "since": 2026, "source": "XX Gazette 2026/12"}]
    out = json.loads(patrol("substance", "lookup", "zznit", "--json", "--kb", exported).stdout)
    assert out["matches"][0]["substance_id"] == "zz-nitazene"
    cls = json.loads(patrol("substance", "classify", "CCN(CC)CCn1c(Cc2ccc(OCCCCC)cc2)nc2cc([N+](=O)[O-])ccc21",
                            "--json", "--kb", exported).stdout)
    assert cls["known_substance"]["substance_id"] == "zz-nitazene"


@pytest.mark.parametrize(
    "line, problem",
    [
        ({"id": "x1", "name": "X1", "aliases": ["X1"], "effect_group": "happy"}, "unknown effect_group"),
        ({"id": "x1", "name": "X1", "aliases": ["X1"], "smiles": "C1CC("}, "cannot parse SMILES"),
        ({"id": "x1", "name": "X1", "aliases": "X1"}, "must be a list of strings"),
        ({"id": "x1", "aliases": ["X1"]}, "missing 'name'"),
        ({"id": "alprazolam", "name": "dup", "aliases": ["dup"]}, "duplicate id"),
        ({"id": "x1", "name": "X1", "aliases": ["X1", "xanex"]}, "also names alprazolam"),
    ],
)
def test_validate_reports_file_and_line(exported, line, problem):
    path = exported / "substances.jsonl"
    n = sum(1 for _ in open(path, encoding="utf-8"))
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(line) + "\n")
    problems = validate(exported)
    assert any(f"substances.jsonl:{n + 1}:" in p and problem in p for p in problems), problems


def test_validate_controls(exported):
    with open(exported / "controls" / "US-CSA.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps({"substance": "no-such-thing", "schedule": "IX", "source": ""}) + "\n")
    problems = validate(exported)
    assert any("unknown substance 'no-such-thing'" in p for p in problems)
    assert any("unknown schedule 'IX'" in p for p in problems)
    assert any("needs a source" in p for p in problems)
    res = patrol("kb", "validate", "--kb", exported)
    assert res.returncode == 1 and "US-CSA.jsonl:" in res.stderr


def test_not_a_kb_folder(tmp_path):
    with pytest.raises(KBError, match="not a knowledge base"):
        KnowledgeBase.load(tmp_path)


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared/data")
def test_build_from_reference_data(tmp_path):
    from patrol.knowledge.build import build

    substances, report = build(SHARED)
    by_id = {s.id: s for s in substances}
    assert report.substances > 1000
    # merged across sources: PsychonautWiki name + UN listing + DEA listing
    assert {c.regime for c in by_id["mdma"].controls} == {"UN-1971", "US-CSA"}
    # refused merges keep analogues apart from their parent
    assert "3-methylfentanyl" in by_id and "fentanyl" in by_id
    assert not any(a.name == "3-Methylfentanyl" for a in by_id["fentanyl"].aliases)
