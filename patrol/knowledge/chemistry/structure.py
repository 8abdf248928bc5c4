"""Parsing structures and naming the substituents hanging off a scaffold."""

from __future__ import annotations

from rdkit import Chem, RDLogger
from rdkit.Chem.MolStandardize import rdMolStandardize

from patrol.errors import PatrolError

RDLogger.DisableLog("rdApp.*")
HALOGENS = {9, 17, 35, 53}


class InvalidStructure(PatrolError):
    code = "invalid_smiles"


def parse_smiles(smiles: str) -> Chem.Mol:
    """The parent structure of ``smiles`` (largest fragment: salts and solvents dropped)."""
    smiles = (smiles or "").strip()
    if not smiles:
        raise InvalidStructure("empty SMILES; give a structure such as CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1")
    mol = Chem.MolFromSmiles(smiles)
    if mol is None:
        raise InvalidStructure(f"cannot parse SMILES {smiles[:80]!r}: check brackets, ring closures and aromatic atoms")
    return rdMolStandardize.LargestFragmentChooser().choose(mol)


def inchikey(mol: Chem.Mol) -> str:
    return Chem.MolToInchiKey(mol)


def fragment(mol: Chem.Mol, root: int, blocked: set[int]) -> set[int]:
    """Heavy atoms reachable from ``root`` without entering ``blocked``."""
    seen, stack = {root}, [root]
    while stack:
        for nb in mol.GetAtomWithIdx(stack.pop()).GetNeighbors():
            i = nb.GetIdx()
            if i not in seen and i not in blocked:
                seen.add(i)
                stack.append(i)
    return seen


def substituents(mol: Chem.Mol, region: set[int], core: set[int]) -> list[tuple[int, int, set[int]]]:
    """(core atom, root atom, fragment atoms) for every group attached to ``region``
    atoms that is not part of ``core``."""
    out = []
    for i in region:
        for nb in mol.GetAtomWithIdx(i).GetNeighbors():
            j = nb.GetIdx()
            if j not in core:
                out.append((i, j, fragment(mol, j, core)))
    return out


def kind_of(mol: Chem.Mol, root: int, atoms: set[int], attach: int) -> str:
    """Name a substituent the way legal generic definitions do: halo, hydroxyl, oxo,
    amino, nitro, alkyl, alkenyl, haloalkyl, alkoxyl, ether, ester, aryl or other."""
    a = [mol.GetAtomWithIdx(i) for i in atoms]
    r = mol.GetAtomWithIdx(root)
    bond = mol.GetBondBetweenAtoms(root, attach)
    nums = {x.GetAtomicNum() for x in a}
    if len(atoms) == 1:
        z = r.GetAtomicNum()
        if z in HALOGENS:
            return "halo"
        if z == 8:
            return "oxo" if bond.GetBondTypeAsDouble() == 2 else "hydroxyl"
        if z == 7:
            return "amino" if bond.GetBondTypeAsDouble() == 1 else "other"
        if z == 6:
            return "alkyl" if bond.GetBondTypeAsDouble() == 1 else "alkenyl"
        return "other"
    if r.GetAtomicNum() == 7 and r.GetFormalCharge() == 1 and sum(1 for x in a if x.GetAtomicNum() == 8) == 2 and len(atoms) == 3:
        return "nitro"
    if any(x.GetIsAromatic() for x in a):
        return "aryl"
    multiple = any(b.GetBondTypeAsDouble() > 1 for b in mol.GetBonds()
                   if b.GetBeginAtomIdx() in atoms and b.GetEndAtomIdx() in atoms)
    if nums == {6}:
        return "alkenyl" if multiple else "alkyl"
    if nums <= {6} | HALOGENS:
        return "haloalkyl" if not multiple else "other"
    if nums == {6, 8}:
        carbonyl = any(b.GetBondTypeAsDouble() == 2 for b in mol.GetBonds()
                       if b.GetBeginAtomIdx() in atoms and b.GetEndAtomIdx() in atoms)
        n_o = sum(1 for x in a if x.GetAtomicNum() == 8)
        if carbonyl:
            return "ester" if n_o == 2 and _is_ester(mol, atoms) else "other"
        if r.GetAtomicNum() == 8:
            return "alkoxyl"
        return "ether"
    if r.GetAtomicNum() == 7 and nums == {6, 7} and not multiple and r.GetFormalCharge() == 0:
        return "amino"
    return "other"


_ESTER = Chem.MolFromSmarts("[#6](=O)[OX2][#6]")


def _is_ester(mol: Chem.Mol, atoms: set[int]) -> bool:
    """C(=O)O-C with the carbonyl and both oxygens inside the group (either direction)."""
    return any(set(m[:3]) <= atoms for m in mol.GetSubstructMatches(_ESTER))


def ring_of(mol: Chem.Mol, atom: int) -> tuple[int, ...] | None:
    """The smallest ring containing ``atom``."""
    rings = [r for r in mol.GetRingInfo().AtomRings() if atom in r]
    return min(rings, key=len) if rings else None


def is_monocycle(mol: Chem.Mol, ring: tuple[int, ...]) -> bool:
    """No atom of the ring belongs to another ring (not fused, not spiro)."""
    info = mol.GetRingInfo()
    return all(info.NumAtomRings(i) == 1 for i in ring)


def is_benzene(mol: Chem.Mol, ring: tuple[int, ...]) -> bool:
    return len(ring) == 6 and all(mol.GetAtomWithIdx(i).GetAtomicNum() == 6 and mol.GetAtomWithIdx(i).GetIsAromatic()
                                  for i in ring)
