"""What every recognizer shares.

A recognizer is one small class: compiled patterns with base scores, context words
that raise the score, and a ``validate`` hook (True: certain, False: drop, None:
leave as is), after Microsoft Presidio's recognizers. Every entity it returns says
which recognizer and which pattern found it, and why.

Patterns are written for linear-time matching (no nested unbounded repetition), and
``analyze`` caps the text it reads, so a pathological 10 MB record cannot hang.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from patrol.lexicon import LiteralFilter, required_literals

MAX_TEXT = 2_000_000  # characters a recognizer reads per document
CONTEXT_WINDOW = 40


@dataclass(slots=True)
class Entity:
    type: str
    start: int
    end: int
    text: str
    value: dict
    recognizer: str
    score: float
    explanation: str

    def public(self) -> dict:
        return {**self.value, "mention": self.text, "start": self.start, "end": self.end,
                "recognizer": self.recognizer, "score": round(self.score, 3), "explanation": self.explanation}


@dataclass(frozen=True, slots=True)
class Pattern:
    name: str
    regex: str
    score: float
    flags: int = re.IGNORECASE
    # Lower-case strings one of which every match contains: a text with none of them is not searched (most
    # patterns find nothing in most texts). Where none are given, those the regex requires are
    # (lexicon.required_literals: "@" for an e-mail address); give them only where the regex's say less.
    needs: tuple[str, ...] = ()

    def compile(self) -> re.Pattern:
        try:
            return re.compile(self.regex, self.flags)
        except re.error as e:  # a broken pattern is a programming error: fail at import
            raise ValueError(f"pattern {self.name!r} does not compile: {e}") from e


class Recognizer:
    entity: ClassVar[str]
    # entity types of other recognizers this one reads (the price recognizer reads locations: "$" in Perth); the
    # pipeline runs those first and passes what they found as ``analyze(..., entities=)``; alone, it finds them itself
    reads: ClassVar[tuple[str, ...]] = ()
    patterns: ClassVar[tuple[Pattern, ...]] = ()
    context: ClassVar[tuple[str, ...]] = ()
    context_boost: ClassVar[float] = 0.15

    def __init__(self) -> None:
        self._compiled = [(p, p.compile()) for p in self.patterns]
        # every pattern's ``needs`` (or the literals its regex requires) looked for in one pass, not searched for
        # pattern by pattern
        self._needs = LiteralFilter({i: p.needs or required_literals(p.regex) for i, p in enumerate(self.patterns)})
        self._context = re.compile(r"(?i)\b(" + "|".join(map(re.escape, self.context)) + r")") if self.context else None

    @property
    def name(self) -> str:
        return type(self).__name__

    def analyze(self, text: str, language: str | None = None) -> list[Entity]:
        """Entities in ``text``; ``language`` (ISO 639-1, when known) for recognizers that read it."""
        text = text[:MAX_TEXT]
        possible = self._needs.bits(text)
        out: list[Entity] = []
        for i, (pattern, rx) in enumerate(self._compiled):
            if not possible >> i & 1:
                continue
            for m in rx.finditer(text):
                verdict = self.validate(m, pattern)
                if verdict is False:
                    continue
                value = self.normalize(m, pattern)
                if value is None:
                    continue
                start = value.pop("_start", m.start())  # a pattern may narrow its match (see PriceRecognizer)
                score = 1.0 if verdict is True else pattern.score
                why = f"pattern {pattern.name!r}"
                if verdict is True:
                    why += ", validated"
                if self._context and verdict is not True and self._near_context(text, start, m.end()):
                    score = min(1.0, score + self.context_boost)
                    why += ", context word nearby"
                out.append(Entity(self.entity, start, m.end(), text[start:m.end()], value, self.name, score, why))
        return _dedupe(out)

    def _near_context(self, text: str, start: int, end: int) -> bool:
        window = text[max(0, start - CONTEXT_WINDOW): end + CONTEXT_WINDOW]
        return bool(self._context.search(window))

    def validate(self, m: re.Match, pattern: Pattern) -> bool | None:
        return None

    def normalize(self, m: re.Match, pattern: Pattern) -> dict | None:  # pragma: no cover - interface
        raise NotImplementedError


_CODE_CHARS = re.compile(r"[A-Za-z0-9]*")
LONGEST_WORD = 24  # letters and digits run together beyond this are a code: an address, a hash, a key


def in_code(text: str, start: int) -> bool:
    """Does an amount start inside an address or a key ("1L8R88cao5giAjrKUxcjDr5pp...": no litre, "168RsRaA6...":
    no rupees), not a word ("1g80€")?"""
    left = start - len(_CODE_CHARS.match(text[max(0, start - LONGEST_WORD):start][::-1]).group())
    return _CODE_CHARS.match(text, start).end() - left > LONGEST_WORD


def _dedupe(entities: list[Entity]) -> list[Entity]:
    """Overlapping matches of one recognizer: keep the longer, then the higher-scoring."""
    entities.sort(key=lambda e: (e.start, -(e.end - e.start), -e.score))
    out: list[Entity] = []
    for e in entities:
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out


def read(entities: dict[str, list[Entity]] | None, recognizer: type[Recognizer], text: str,
         language: str | None) -> list[Entity]:
    """What ``recognizer`` finds in ``text``, for a recognizer that reads it (``Recognizer.reads``): in the
    pipeline, what it found already (``entities``); alone, found here by one instance kept for the purpose."""
    return entities[recognizer.entity] if entities is not None else _standalone(recognizer).analyze(text, language)


@cache
def _standalone(recognizer: type[Recognizer]) -> Recognizer:
    return recognizer()
