"""Shared vocabulary of patrol: the records that flow between sources, store and pipeline."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(slots=True)
class Document:
    """One collected item (listing, post, message, page), normalised.

    ``raw`` is the untouched evidence; ``sha256`` is computed from it and is the
    document's identity in the store, so the same bytes ingested twice are one document.
    """

    id: str
    source: str
    text: str
    raw: bytes
    url: str | None = None
    author: str | None = None
    posted_at: datetime | None = None
    collected_at: datetime = field(default_factory=utcnow)
    lang: str | None = None
    origin: str = ""  # where it came from: "file:line" or "file@offset"

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()


@dataclass(slots=True)
class BadRecord:
    """A record a reader could not turn into a Document. Never dropped: it is quarantined.

    ``raw`` holds at most the reader's size limit; ``raw_length`` and ``raw_sha256``
    describe the full record so it can be recovered from ``origin``.
    """

    origin: str
    reason: str
    raw: bytes
    raw_length: int | None = None
    raw_sha256: str | None = None

    def __post_init__(self) -> None:
        if self.raw_length is None:
            self.raw_length = len(self.raw)
        if self.raw_sha256 is None:
            self.raw_sha256 = hashlib.sha256(self.raw).hexdigest()


@dataclass(slots=True)
class Notice:
    """Something a reader wants reported but which is not a bad record.

    ``kind`` is ``"skipped"`` for a well-formed record that is deliberately not a
    document (a Telegram service message, an image in a WARC) or ``"warning"`` for a
    document ingested with a defect (an unparseable date kept only in the raw record).
    """

    origin: str
    reason: str
    kind: str = "warning"


# -- knowledge base ------------------------------------------------------------------------

EFFECT_GROUPS = (
    "stimulant", "entactogen", "classic_hallucinogen", "dissociative", "opioid", "sedative_hypnotic",
    "cannabis", "synthetic_cannabinoid", "anabolic_steroid", "other",
)
CATEGORIES = ("drug", "medicine", "precursor", "group", "everyday")  # everyday: legal to sell (caffeine, alcohol, nicotine)


@dataclass(slots=True)
class Control:
    """One listing of a substance under one legal regime (UN-1961, US-CSA, ...)."""

    regime: str
    schedule: str
    source: str
    since: int | None = None
    listed_as: str | None = None  # the name the list uses, when it differs

    def public(self) -> dict:
        return {"regime": self.regime, "schedule": self.schedule, "since": self.since, "source": self.source}


@dataclass(slots=True)
class Alias:
    """A name for a substance, with where it came from.

    ``kind``: name, synonym, code, brand, slang, misspelling or translation.
    ``common_word``: also an ordinary word ("ice", "snow") so a mention needs context.
    ``stopword``: so common, or so short, that text is not scanned for it at all ("a",
    "en", "25g", street-list words like "demo"); a lookup still finds it, weakly.
    ``ordinary_in``: languages in which it is also an ordinary word, so that a mention needs
    context in a text in one of them ("dalam", a brand of midazolam, is Indonesian for "in").
    ``lang``: the languages (comma-separated) whose word for the substance it is.
    """

    name: str
    kind: str
    source: str
    lang: str | None = None
    common_word: bool = False
    stopword: bool = False
    ordinary_in: tuple[str, ...] = ()


@dataclass(slots=True)
class Substance:
    id: str
    name: str
    effect_group: str
    category: str = "drug"
    aliases: list[Alias] = field(default_factory=list)
    controls: list[Control] = field(default_factory=list)
    smiles: str | None = None
    inchikey: str | None = None
    cas: str | None = None
    sources: dict[str, str] = field(default_factory=dict)  # fact → source, e.g. "smiles": "psymol"
