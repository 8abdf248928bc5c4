"""Effect group from a molecule's scaffold, where the lexicons' class tags are loose.

TripSit tags psilocin, 5-MeO-MiPT and α-PiHP "empathogen" beside "psychedelic" or "stimulant";
PsychonautWiki tags αMT "Entactogens" beside "Psychedelics". The UNODC Early Warning Advisory
groups substances by chemistry and main effect: tryptamines and the 2,5-dimethoxyphenethylamines
(2C-x, DOx) with the classic hallucinogens, cathinones with the stimulants, unless they carry
the methylenedioxy ring that makes MDMA's relatives (methylone, butylone) entactogens.
"""

from __future__ import annotations

from functools import cache

from rdkit import Chem, RDLogger

_SCAFFOLDS = (  # (SMARTS, group), first match wins
    ("c1ccc2c(c1)OCO2", None),  # methylenedioxy: MDMA's family, left to the tags
    ("[#7;!$([#7]C=O)][CX4][CX4]c1c[nH]c2ccccc12", "classic_hallucinogen"),  # tryptamine (αMT, psilocin, 5-MeO-DiPT)
    ("[#7][CX4][CX4]c1c(O[CH3])ccc(O[CH3])c1", "classic_hallucinogen"),  # 2,5-dimethoxyphenethylamine (2C-x, DOx, aleph)
    ("[#7;!$([#7]C=O)][CX4]C(=O)c1ccccc1", "stimulant"),  # cathinone (β-keto phenethylamine: NEP, mexedrone)
)


@cache
def _patterns():
    return [(Chem.MolFromSmarts(s), g) for s, g in _SCAFFOLDS]


def group_of_scaffold(smiles: str | None) -> str | None:
    """The group the scaffold settles, or None (no structure, unparsable, or no rule)."""
    if not smiles:
        return None
    RDLogger.DisableLog("rdApp.*")
    mol = Chem.MolFromSmiles(smiles)
    if mol is None:
        return None
    for pattern, group in _patterns():
        if mol.HasSubstructMatch(pattern):
            return group
    return None
