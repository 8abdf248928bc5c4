"""UK generic definition of synthetic cathinones, Misuse of Drugs Act 1971 Schedule 2
Part I paragraph 1(c), inserted by the Misuse of Drugs Act 1971 (Amendment) Order 2010
(SI 2010/1207):

"any compound (not being bupropion) structurally derived from 2-amino-1-phenyl-1-
propanone by modification in any of the following ways, that is to say, (i) by
substitution in the phenyl ring to any extent with alkyl, alkoxy, alkylenedioxy,
haloalkyl or halide substituents, whether or not further substituted in the phenyl
ring by one or more other univalent substituents; (ii) by substitution at the
3-position with an alkyl substituent; (iii) by substitution at the nitrogen atom with
alkyl or dialkyl groups, or by inclusion of the nitrogen atom in a cyclic structure."
"""

from __future__ import annotations

from rdkit import Chem

from patrol.knowledge.chemistry.base import GenericDefinition, GenericResult
from patrol.knowledge.chemistry.structure import kind_of, ring_of, substituents

# 1-6 phenyl ring, 7 carbonyl C, 8 O, 9 the 2-position (alpha) carbon, 10 N, 11 the 3-position carbon
CORE = Chem.MolFromSmarts(
    "[c:1]1[c:2][c:3][c:4][c:5][c:6]1-[CX3:7](=[OX1:8])-[CX4:9](-[NX3;!$(N[C,S]=[O,S]):10])-[CX4:11]"
)
BUPROPION = Chem.MolFromSmiles("CC(NC(C)(C)C)C(=O)c1cccc(Cl)c1")
RING_ALLOWED = {"alkyl", "alkoxyl", "haloalkyl", "halo"}


class UkSyntheticCathinones(GenericDefinition):
    id = "uk-synthetic-cathinones"
    name = "Synthetic cathinones (UK generic definition)"
    source = "Misuse of Drugs Act 1971, Sch. 2 Pt I para 1(c), as inserted by SI 2010/1207"

    def evaluate(self, mol: Chem.Mol) -> GenericResult:
        if mol.HasSubstructMatch(BUPROPION) and mol.GetNumHeavyAtoms() == BUPROPION.GetNumHeavyAtoms():
            return self.result(False, explanation=["bupropion is excluded by name from the definition"])
        matches = mol.GetSubstructMatches(CORE, uniquify=False, maxMatches=50)
        if not matches:
            return self.result(False, explanation=["no 2-amino-1-phenyl-1-propanone skeleton"])
        numbers = [a.GetAtomMapNum() for a in CORE.GetAtoms()]
        first_reason = None
        for m in matches:
            at = dict(zip(numbers, m))
            mods, why, bad = self._check(mol, at)
            if bad:
                first_reason = first_reason or bad
                continue
            if not mods:
                return self.result(False, explanation=["this is cathinone itself: the definition covers derivatives"])
            return self.result(True, mods, why)
        return self.result(False, explanation=first_reason)

    def _check(self, mol: Chem.Mol, at: dict[int, int]):
        mods, why, bad = [], [], []
        ring = {at[i] for i in range(1, 7)}
        core = ring | {at[7], at[8], at[9], at[10], at[11]}
        info = mol.GetRingInfo()
        fused = [i for i in ring if info.NumAtomRings(i) > 1]
        ring_kinds = []
        if fused:
            other = [r for r in info.AtomRings() if set(r) & ring and not set(r) <= ring]
            for r in other:
                extra = [mol.GetAtomWithIdx(i) for i in r if i not in ring]
                if len(r) in (5, 6) and sum(1 for a in extra if a.GetAtomicNum() == 8) == 2 \
                        and all(a.GetAtomicNum() in (6, 8) and not a.GetIsAromatic() for a in extra):
                    ring_kinds.append("alkylenedioxy")
                    core |= set(r)
                else:
                    return [], [], ["the phenyl ring is fused to a ring other than alkylenedioxy (e.g. naphthyl)"]
        for a, root, atoms in substituents(mol, ring, core):
            ring_kinds.append(kind_of(mol, root, atoms, a))
        if ring_kinds:
            if not set(ring_kinds) & (RING_ALLOWED | {"alkylenedioxy"}):
                return [], [], [f"ring substituents {sorted(set(ring_kinds))} include no alkyl, alkoxy, "
                                "alkylenedioxy, haloalkyl or halide group"]
            mods.append("i")
            why.append(f"(i) phenyl ring substituted: {', '.join(sorted(set(ring_kinds)))}")
        alpha = mol.GetAtomWithIdx(at[9])
        if alpha.GetDegree() != 3:
            return [], [], ["the 2-position carries a further substituent, which the definition does not allow"]
        for a, root, atoms in substituents(mol, {at[11]}, core):
            k = kind_of(mol, root, atoms, a)
            if k != "alkyl":
                return [], [], [f"(ii) allows only alkyl at the 3-position, found {k}"]
            mods.append("ii")
            why.append("(ii) alkyl at the 3-position")
        n_ring = ring_of(mol, at[10])
        if n_ring is not None:
            mods.append("iii")
            why.append(f"(iii) nitrogen in a {len(n_ring)}-membered ring")
        else:
            for a, root, atoms in substituents(mol, {at[10]}, core):
                k = kind_of(mol, root, atoms, a)
                if k != "alkyl":
                    return [], [], [f"(iii) allows only alkyl groups on the nitrogen, found {k}"]
                mods.append("iii")
                why.append("(iii) alkyl on the nitrogen")
        return mods, why, bad
