"""Generic definitions against a table of structures, each with the reason for its verdict."""

import pytest

from patrol.knowledge.chemistry import definitions
from patrol.knowledge.chemistry.classify import classify
from patrol.knowledge.chemistry.structure import InvalidStructure, parse_smiles

FRS = "fentanyl-related-substances"
NIT = "nitazenes-2-benzylbenzimidazole"
CAT = "uk-synthetic-cathinones"

# (name, SMILES, {definition id: expected modifications, or None for "no match"}, reason)
TABLE = [
    ("fentanyl", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", {FRS: None}, "the parent itself is not a modification of itself"),
    ("acetylfentanyl", "CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", {FRS: ["E"]}, "acetyl replaces propionyl"),
    ("butyrfentanyl", "CCCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", {FRS: ["E"]}, "butyryl replaces propionyl"),
    ("acrylfentanyl", "C=CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", {FRS: ["E"]}, "acryloyl replaces propionyl"),
    ("furanylfentanyl", "O=C(c1ccco1)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", {FRS: ["E"]}, "furoyl replaces propionyl"),
    ("cyclopropylfentanyl", "O=C(C1CC1)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", {FRS: ["E"]}, "cyclopropanecarbonyl"),
    ("methoxyacetylfentanyl", "COCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", {FRS: ["E"]}, "methoxyacetyl"),
    ("para-fluorofentanyl", "CCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1", {FRS: ["D"]}, "substituted aniline ring"),
    ("ocfentanil", "COCC(=O)N(c1ccccc1F)C1CCN(CCc2ccccc2)CC1", {FRS: ["D", "E"]}, "two modifications at once"),
    ("4-FIBF", "CC(C)C(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1", {FRS: ["D", "E"]}, "fluoro aniline + isobutyryl"),
    ("3-methylfentanyl", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1C", {FRS: ["C"]}, "methyl on the piperidine"),
    ("carfentanil", "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1", {FRS: ["C"]}, "ester on the piperidine"),
    ("lofentanil", "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1C", {FRS: ["C"]}, "ester and methyl on the piperidine"),
    ("alpha-methylfentanyl", "CCC(=O)N(c1ccccc1)C1CCN(C(C)Cc2ccccc2)CC1", {FRS: ["B"]}, "methyl on the phenethyl"),
    ("beta-hydroxyfentanyl", "CCC(=O)N(c1ccccc1)C1CCN(CC(O)c2ccccc2)CC1", {FRS: ["B"]}, "hydroxyl on the phenethyl"),
    ("ohmefentanyl", "CCC(=O)N(c1ccccc1)C1CCN(CC(O)c2ccccc2)CC1C", {FRS: ["B", "C"]}, "phenethyl and piperidine"),
    ("thiofentanyl", "CCC(=O)N(c1ccccc1)C1CCN(CCc2cccs2)CC1", {FRS: ["A"]}, "thiophene replaces the phenyl"),
    ("alpha-methylthiofentanyl", "CCC(=O)N(c1ccccc1)C1CCN(C(C)Cc2cccs2)CC1", {FRS: ["A", "B"]}, "thiophene + alpha-methyl"),
    ("sufentanil", "CCC(=O)N(c1ccccc1)C1(COC)CCN(CCc2cccs2)CC1", {FRS: ["A", "C"]}, "thiophene + methoxymethyl ether"),
    ("alfentanil", "CCC(=O)N(c1ccccc1)C1(COC)CCN(CCn2nnn(CC)c2=O)CC1", {FRS: ["A", "C"]}, "tetrazolinone monocycle + ether"),
    ("4-fluoro-phenethyl fentanyl", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc(F)cc2)CC1", {FRS: ["B"]}, "halo in the phenethyl group"),
    ("pyridyl fentanyl", "CCC(=O)N(c1ccccn1)C1CCN(CCc2ccccc2)CC1", {FRS: ["D"]}, "pyridine replaces the aniline ring"),
    ("4-ANPP", "c1ccc(NC2CCN(CCc3ccccc3)CC2)cc1", {FRS: None}, "precursor: no acyl group at all"),
    ("NPP", "O=C1CCN(CCc2ccccc2)CC1", {FRS: None}, "precursor: no anilide"),
    ("norfentanyl", "CCC(=O)N(c1ccccc1)C1CCNCC1", {FRS: None}, "metabolite: no phenethyl group"),
    ("benzylfentanyl", "CCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1", {FRS: None}, "one-carbon linker: not a phenethyl group"),
    ("remifentanil", "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCC(=O)OC)CC1", {FRS: None}, "no ring on the ethyl linker"),
    ("phenyl-on-phenethyl", "CCC(=O)N(c1ccccc1)C1CCN(C(c3ccccc3)Cc2ccccc2)CC1", {FRS: None}, "B does not allow aryl groups"),
    ("naphthyl-ethyl fentanyl", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc3ccccc3c2)CC1", {FRS: None}, "A needs a monocycle"),
    ("isotonitazene", "CCN(CC)CCn1c(Cc2ccc(OC(C)C)cc2)nc2cc([N+](=O)[O-])ccc21", {FRS: None, NIT: []}, "nitazene, not a fentanyl"),
    ("metonitazene", "CCN(CC)CCn1c(Cc2ccc(OC)cc2)nc2cc([N+](=O)[O-])ccc21", {NIT: []}, "nitazene"),
    ("etonitazepyne", "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN2CCCC2)cc1", {NIT: []}, "cyclic amine nitazene"),
    ("etodesnitazene", "CCOc1ccc(Cc2nc3ccccc3n2CCN(CC)CC)cc1", {NIT: []}, "no nitro group"),
    ("N-desethyl isotonitazene", "CCNCCn1c(Cc2ccc(OC(C)C)cc2)nc2cc([N+](=O)[O-])ccc21", {NIT: []}, "secondary amine"),
    ("methylenedioxynitazene", "CCN(CC)CCn1c(Cc2ccc3OCOc3c2)nc2cc([N+](=O)[O-])ccc21", {NIT: []}, "fused benzyl ring (4th addendum)"),
    ("brorphine", "CC(c1ccc(Br)cc1)N1CCC(n2c(=O)[nH]c3ccccc32)CC1", {FRS: None, NIT: None}, "benzimidazolone, not 2-benzyl"),
    ("U-47700", "CN(C)C1CCCCC1N(C)C(=O)c1ccc(Cl)c(Cl)c1", {FRS: None, NIT: None}, "benzamide opioid"),
    ("MT-45", "C1CCC(CC1)N1CCN(CC1)C(Cc1ccccc1)c1ccccc1", {FRS: None, NIT: None}, "piperazine opioid"),
    ("morphine", "CN1CCC23c4c5ccc(O)c4OC2C(O)C=CC3C1C5", {FRS: None, NIT: None, CAT: None}, "natural opiate"),
    ("mephedrone", "CNC(C)C(=O)c1ccc(C)cc1", {CAT: ["i", "iii"]}, "4-methyl ring + N-methyl"),
    ("methylone", "CNC(C)C(=O)c1ccc2OCOc2c1", {CAT: ["i", "iii"]}, "methylenedioxy = alkylenedioxy"),
    ("MDPV", "CCCC(N1CCCC1)C(=O)c1ccc2OCOc2c1", {CAT: ["i", "ii", "iii"]}, "all three modifications"),
    ("alpha-PVP", "CCCC(N1CCCC1)C(=O)c1ccccc1", {CAT: ["ii", "iii"]}, "3-position alkyl + pyrrolidine"),
    ("3-CMC", "CNC(C)C(=O)c1cccc(Cl)c1", {CAT: ["i", "iii"]}, "halide on the ring"),
    ("methcathinone", "CNC(C)C(=O)c1ccccc1", {CAT: ["iii"]}, "N-methyl only"),
    ("cathinone", "CC(N)C(=O)c1ccccc1", {CAT: None}, "the parent compound itself"),
    ("bupropion", "CC(NC(C)(C)C)C(=O)c1cccc(Cl)c1", {CAT: None}, "excluded by name"),
    ("naphyrone", "CCCC(N1CCCC1)C(=O)c1ccc2ccccc2c1", {CAT: None}, "naphthyl is not an allowed ring change"),
    ("ephedrine", "CNC(C)C(O)c1ccccc1", {CAT: None}, "alcohol, not a ketone"),
    ("amphetamine", "CC(N)Cc1ccccc1", {CAT: None, FRS: None}, "no carbonyl"),
    ("alpha,alpha-dimethyl cathinone", "CC(C)(N)C(=O)c1ccccc1", {CAT: None}, "extra substituent at the 2-position"),
]


@pytest.mark.parametrize("name, smiles, expected, reason", TABLE, ids=[row[0] for row in TABLE])
def test_generic_definitions(name, smiles, expected, reason):
    mol = parse_smiles(smiles)
    by_id = {d.id: d.evaluate(mol) for d in definitions()}
    for def_id, mods in expected.items():
        r = by_id[def_id]
        if mods is None:
            assert not r.matched, f"{name} should not match {def_id}: {reason} ({r.explanation})"
        else:
            assert r.matched, f"{name} should match {def_id}: {reason} ({r.explanation})"
            assert r.modifications == sorted(mods), reason
        assert r.explanation, "every verdict says why"


def test_table_is_large_enough():
    assert len(TABLE) >= 30


@pytest.mark.parametrize("bad", ["", "   ", "C1CC", "not a smiles", "c1ccccc1(", "[Xx]"])
def test_invalid_smiles_is_a_clear_error(bad, kb):
    with pytest.raises(InvalidStructure, match="SMILES"):
        classify(bad, kb)


def test_classify_contract_and_known_substance(kb):
    out = classify("CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl", kb)  # a salt: the parent is used
    assert set(out) == {"smiles", "inchikey", "known_substance", "generic_definitions"}
    assert out["known_substance"]["substance_id"] == "acetylfentanyl"
    frs = next(g for g in out["generic_definitions"] if g["id"] == FRS)
    assert frs["matched"] and frs["modifications"] == ["E"] and frs["source"] == "21 CFR 1308.11(h)(30)"
    assert any("already listed" in e for e in frs["explanation"])


def test_unknown_structure(kb):
    out = classify("CCCCC(=O)N(c1ccc(Cl)cc1)C1CCN(CCc2ccsc2)CC1", kb)  # invented analogue
    assert out["known_substance"] is None
    frs = next(g for g in out["generic_definitions"] if g["id"] == FRS)
    assert frs["matched"] and frs["modifications"] == ["A", "D", "E"]
