"""From a systematic name to a structure, and to the nearest known substances by structure.

Names are parsed by OPSIN (the Open Parser for Systematic IUPAC Nomenclature; its jar ships
in the `pyopsin` wheel), run as one `java -jar` call per batch so no JVM lives inside
patrol's processes. Without Java or the jar, names simply get no structure. Similarity is
Tanimoto on Morgan fingerprints (radius 2, 2,048 bits) against every KB substance with a
structure.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from functools import cache
from pathlib import Path

MIN_SIMILARITY = 0.3


def _jar() -> Path | None:
    spec = importlib.util.find_spec("pyopsin")
    if spec is None or not spec.submodule_search_locations:
        return None
    jar = Path(list(spec.submodule_search_locations)[0]) / "opsin_cli.jar"
    return jar if jar.is_file() else None


def available() -> bool:
    return shutil.which("java") is not None and _jar() is not None


def parse_names(names: list[str], timeout: int = 120) -> dict[str, str]:
    """name → SMILES for the names OPSIN can parse (one output line per input line)."""
    names = [n for n in dict.fromkeys(names) if n and "\n" not in n]
    if not names or not available():
        return {}
    try:
        out = subprocess.run(["java", "-jar", str(_jar()), "-osmi"], input="\n".join(names) + "\n",
                             capture_output=True, text=True, timeout=timeout).stdout.splitlines()
    except (OSError, subprocess.TimeoutExpired):
        return {}
    return {n: s.strip() for n, s in zip(names, out) if s.strip()}


def _fingerprint(smiles: str):
    from rdkit import Chem, RDLogger

    RDLogger.DisableLog("rdApp.*")
    mol = Chem.MolFromSmiles(smiles)
    return None if mol is None else _generator().GetFingerprint(mol)


@cache
def _generator():
    from rdkit.Chem import rdFingerprintGenerator

    return rdFingerprintGenerator.GetMorganGenerator(radius=2, fpSize=2048)


class StructureIndex:
    def __init__(self, kb) -> None:
        self.ids, self.fps = [], []
        for s in kb.substances.values():
            fp = _fingerprint(s.smiles) if s.smiles else None
            if fp is not None:
                self.ids.append(s.id)
                self.fps.append(fp)

    def nearest(self, smiles: str, limit: int = 3) -> list[dict]:
        from rdkit import DataStructs

        fp = _fingerprint(smiles)
        if fp is None or not self.fps:
            return []
        sims = DataStructs.BulkTanimotoSimilarity(fp, self.fps)
        best = sorted(zip(sims, self.ids), reverse=True)[:limit]
        return [{"substance_id": sid, "similarity": round(sim, 3)} for sim, sid in best if sim >= MIN_SIMILARITY]
