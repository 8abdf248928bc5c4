"""The contract of a generic definition."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from rdkit import Chem


@dataclass
class GenericResult:
    id: str
    matched: bool
    source: str
    modifications: list[str] = field(default_factory=list)
    explanation: list[str] = field(default_factory=list)

    def public(self) -> dict:
        return {"id": self.id, "matched": self.matched, "modifications": self.modifications,
                "source": self.source, "explanation": self.explanation}


class GenericDefinition:
    """A legal class definition: its id, the instrument it comes from, and a test."""

    id: ClassVar[str]
    name: ClassVar[str]
    source: ClassVar[str]

    def evaluate(self, mol: Chem.Mol) -> GenericResult:  # pragma: no cover - interface
        raise NotImplementedError

    def result(self, matched: bool, modifications=(), explanation=()) -> GenericResult:
        return GenericResult(self.id, matched, self.source, sorted(set(modifications)), list(explanation))
