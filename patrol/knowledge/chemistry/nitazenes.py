"""2-Benzylbenzimidazole ('nitazene') opioids.

Modelled on the generic definition the UK Advisory Council on the Misuse of Drugs
proposed in its advice on 2-benzyl benzimidazole and piperidine benzimidazolone opioids
(18 July 2022; Recommendation 3, revised in the addenda of 15 December 2023 and
5 April 2024). This is patrol's structural reading of that proposal, not enacted law:
a benzimidazole carrying a benzyl group (any aromatic ring, substituted or fused, e.g.
methylenedioxy) at C2 and a 2-aminoethyl group (open-chain or cyclic amine, including
N-desethyl variants) at N1; the benzimidazole ring may be further substituted (the
5-nitro group of most nitazenes, or none as in etazene).
"""

from __future__ import annotations

from rdkit import Chem

from patrol.knowledge.chemistry.base import GenericDefinition, GenericResult

CORE = Chem.MolFromSmarts(
    "[CH2;!R](-a)-c1nc2ccccc2n1-[CH2;!R]-[CH2;!R]-[NX3;!$(N[C,S]=[O,S,N]);!$(Na)]"
)
NITRO = Chem.MolFromSmarts("c1nc2cc([N+](=O)[O-])ccc2n1")
CYCLIC_AMINE = Chem.MolFromSmarts("n1c(Cc)nc2ccccc21-[CH2][CH2]-[NX3;R]")


class TwoBenzylBenzimidazoles(GenericDefinition):
    id = "nitazenes-2-benzylbenzimidazole"
    name = "2-Benzylbenzimidazole ('nitazene') opioids"
    source = ("UK ACMD advice on 2-benzyl benzimidazole and piperidine benzimidazolone opioids (18 Jul 2022), "
              "proposed generic definition as revised 15 Dec 2023 and 5 Apr 2024")

    def evaluate(self, mol: Chem.Mol) -> GenericResult:
        if not mol.HasSubstructMatch(CORE):
            return self.result(False, explanation=[
                "no 2-benzylbenzimidazole with a 2-aminoethyl group on N1"])
        features = ["2-benzyl", "1-(2-aminoethyl)"]
        features.append("5-nitro" if mol.HasSubstructMatch(NITRO) else "no nitro (desnitazene)")
        features.append("cyclic amine" if mol.HasSubstructMatch(CYCLIC_AMINE) else "open-chain amine")
        return self.result(True, [], [f"2-benzylbenzimidazole opioid scaffold: {', '.join(features)}"])
