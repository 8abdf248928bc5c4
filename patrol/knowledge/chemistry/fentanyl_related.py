"""US class definition of fentanyl-related substances, 21 CFR 1308.11(h)(30).

"... structurally related to fentanyl by one or more of the following modifications:
(A) replacement of the phenyl portion of the phenethyl group by any monocycle, whether
or not further substituted in or on the monocycle; (B) substitution in or on the
phenethyl group with alkyl, alkenyl, alkoxyl, hydroxyl, halo, haloalkyl, amino or nitro
groups; (C) substitution in or on the piperidine ring with alkyl, alkenyl, alkoxyl,
ester, ether, hydroxyl, halo, haloalkyl, amino or nitro groups; (D) replacement of the
aniline ring with any aromatic monocycle whether or not further substituted in or on
the aromatic monocycle; and/or (E) replacement of the N-propionyl group by another
acyl group."

The test keeps the fentanyl skeleton (N-[1-(2-X-ethyl)piperidin-4-yl]-N-aryl amide)
and checks every atom outside it against the five modifications. Precursors and
metabolites without that skeleton (4-ANPP, NPP, norfentanyl) and other opioid classes
(nitazenes, U-47700, brorphine, MT-45) cannot match. The definition only covers
substances "not otherwise controlled"; ``classify`` reports when a match is a
substance already listed by name.
"""

from __future__ import annotations

from rdkit import Chem

from patrol.knowledge.chemistry.base import GenericDefinition, GenericResult
from patrol.knowledge.chemistry.structure import is_benzene, is_monocycle, kind_of, ring_of, substituents

# Atom map: 1 piperidine N, 2-6 ring carbons (4 bears the anilide), 7 amide N, 8 aryl
# atom on the amide N, 9 carbonyl C, 10 carbonyl O, 11-12 the ethyl linker, 13 the
# ring atom the linker ends on.
CORE = Chem.MolFromSmarts(
    "[#6X4;!R:11](-[#6X4;!R:12]-[*;R:13])-[#7X3;R1:1]1-[#6X4;R1:2]-[#6X4;R1:3]"
    "-[#6X4;R1:4](-[#7X3;!R:7](-[a;R:8])-[#6X3;!R:9]=[#8X1:10])-[#6X4;R1:5]-[#6X4;R1:6]-1"
)
B_ALLOWED = {"alkyl", "alkenyl", "alkoxyl", "hydroxyl", "halo", "haloalkyl", "amino", "nitro"}
C_ALLOWED = B_ALLOWED | {"ester", "ether"}


class FentanylRelatedSubstances(GenericDefinition):
    id = "fentanyl-related-substances"
    name = "Fentanyl-related substances (US class definition)"
    source = "21 CFR 1308.11(h)(30)"

    def evaluate(self, mol: Chem.Mol) -> GenericResult:
        matches = mol.GetSubstructMatches(CORE, uniquify=False, maxMatches=50)
        if not matches:
            return self.result(False, explanation=[
                "no fentanyl skeleton: needs an N-aryl amide on C4 of a piperidine whose N carries a 2-(ring)ethyl group"])
        best = None
        for m in matches:
            mods, why, reasons = self._modifications(mol, dict(zip(_map_numbers(), m)))
            if reasons:
                best = best or (False, mods, reasons)
                continue
            if not mods:
                return self.result(False, explanation=["this is fentanyl itself: the class covers modified structures"])
            return self.result(True, mods, why)
        return self.result(False, best[1], best[2])

    def _modifications(self, mol: Chem.Mol, at: dict[int, int]) -> tuple[list[str], list[str], list[str]]:
        mods, why, bad = [], [], []
        ring13 = ring_of(mol, at[13])
        ring8 = ring_of(mol, at[8])
        if ring13 is None or not is_monocycle(mol, ring13):
            return [], [], ["the ring on the ethyl linker is part of a fused ring system, not a monocycle"]
        if ring8 is None or not is_monocycle(mol, ring8) or not all(mol.GetAtomWithIdx(i).GetIsAromatic() for i in ring8):
            return [], [], ["the N-aryl group is not an aromatic monocycle"]
        piperidine = {at[i] for i in (1, 2, 3, 4, 5, 6)}
        core = piperidine | {at[i] for i in (7, 9, 10, 11, 12)} | set(ring13) | set(ring8)
        phenyl13 = is_benzene(mol, ring13)
        if not phenyl13:
            mods.append("A")
            why.append(f"A: phenyl of the phenethyl group replaced by a {len(ring13)}-membered monocycle")
        # B: on the ethyl linker, and on the phenyl ring when it is still phenyl
        region_b = {at[11], at[12]} | (set(ring13) if phenyl13 else set())
        for letter, region, allowed, where in (("B", region_b, B_ALLOWED, "the phenethyl group"),
                                               ("C", piperidine - {at[1]}, C_ALLOWED, "the piperidine ring")):
            for attach, root, atoms in substituents(mol, region, core):
                k = kind_of(mol, root, atoms, attach)
                if k not in allowed:
                    bad.append(f"{letter} does not cover a {k} group on {where}")
                else:
                    mods.append(letter)
                    why.append(f"{letter}: {k} on {where}")
        if not is_benzene(mol, ring8):
            mods.append("D")
            why.append(f"D: aniline ring replaced by a {len(ring8)}-membered aromatic monocycle")
        elif substituents(mol, set(ring8), core):
            mods.append("D")
            why.append("D: aniline ring replaced by a substituted aromatic monocycle")
        acyl = [nb.GetIdx() for nb in mol.GetAtomWithIdx(at[9]).GetNeighbors() if nb.GetIdx() not in (at[7], at[10])]
        if not _is_propionyl(mol, at[9], acyl):
            mods.append("E")
            why.append("E: N-propionyl replaced by another acyl group")
        return mods, why, bad


def _map_numbers() -> list[int]:
    return [a.GetAtomMapNum() for a in CORE.GetAtoms()]


def _is_propionyl(mol: Chem.Mol, carbonyl: int, acyl: list[int]) -> bool:
    """C(=O)-CH2-CH3 and nothing else."""
    if len(acyl) != 1:
        return False
    c1 = mol.GetAtomWithIdx(acyl[0])
    if c1.GetAtomicNum() != 6 or c1.GetDegree() != 2 or c1.GetTotalNumHs() != 2:
        return False
    c2 = next(nb for nb in c1.GetNeighbors() if nb.GetIdx() != carbonyl)
    return c2.GetAtomicNum() == 6 and c2.GetDegree() == 1 and c2.GetTotalNumHs() == 3
