"""A scaffold settles the group where the lexicons' class tags are loose."""

import pytest

from patrol.knowledge.chemistry.scaffolds import group_of_scaffold

TABLE = [  # (name, SMILES, group): matches and near misses
    ("psilocin", "CN(C)CCc1c[nH]c2cccc(O)c12", "classic_hallucinogen"),
    ("αMT", "CC(N)Cc1c[nH]c2ccccc12", "classic_hallucinogen"),           # α-methyl on the side chain
    ("5-MeO-MiPT", "COc1ccc2[nH]cc(CCN(C)C(C)C)c2c1", "classic_hallucinogen"),
    ("2C-B", "COc1cc(CCN)c(OC)cc1Br", "classic_hallucinogen"),
    ("aleph", "COc1cc(SC)c(OC)cc1CC(C)N", "classic_hallucinogen"),      # a DOx amphetamine
    ("NEP", "CCCC(NCC)C(=O)c1ccccc1", "stimulant"),
    ("α-PiHP", "CC(C)CC(N1CCCC1)C(=O)c1ccccc1", "stimulant"),          # pyrrolidine nitrogen
    ("methylone", "CNC(C)C(=O)c1ccc2OCOc2c1", None),                    # methylenedioxy: MDMA's family
    ("MDMA", "CNC(C)Cc1ccc2c(c1)OCO2", None),
    ("5-IT", "CC(N)Cc1ccc2[nH]ccc2c1", None),                           # an indole, not a tryptamine
    ("melatonin", "CC(=O)NCCc1c[nH]c2ccc(OC)cc12", None),               # an amide nitrogen
    ("4-FA", "CC(N)Cc1ccc(F)cc1", None),                                # no keto, no methoxy pair
    ("mescaline", "COc1cc(CCN)cc(OC)c1OC", None),                       # 3,4,5- not 2,5-methoxy
    ("no structure", None, None),
    ("unparsable", "C1CC(", None),
]


@pytest.mark.parametrize("name, smiles, group", TABLE, ids=[r[0] for r in TABLE])
def test_group_of_scaffold(name, smiles, group):
    assert group_of_scaffold(smiles) == group
