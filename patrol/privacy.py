"""Pseudonymisation of personal data in exports: handles, phone numbers, e-mails, wallets and
PGP fingerprints become keyed hashes (HMAC-SHA256). The same value gets the same pseudonym
under the same key, so shared exports can still be joined; without the key it cannot be
reversed or confirmed by guessing. The key lives in HOME/pseudonym.key (created on first use,
readable by its owner only) unless PATROL_PSEUDONYM_KEY gives one."""

from __future__ import annotations

import copy
import hashlib
import hmac
import os
import secrets
from pathlib import Path

PERSONAL = {"contacts": "value", "crypto_addresses": "address", "pgp": "fingerprint"}


def key_for(home: Path) -> bytes:
    env = os.environ.get("PATROL_PSEUDONYM_KEY")
    return env.encode() if env else secret(home, "pseudonym.key")


def secret(home: Path, name: str) -> bytes:
    """A random secret kept in HOME/name, created on first use, readable by its owner only."""
    path = Path(home) / name
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first
            return path.read_text().strip().encode()
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
    return path.read_text().strip().encode()


def pseudonym(value: str, key: bytes) -> str:
    return "pseud:" + hmac.new(key, value.strip().casefold().encode(), hashlib.sha256).hexdigest()[:20]


def pseudonymise(row: dict, key: bytes) -> dict:
    """A copy of a document or finding row with personal data replaced, in fields and in text."""
    out = copy.deepcopy(row)
    spans = []
    for kind, field in PERSONAL.items():
        for e in out.get(kind) or ():
            if e.get(field):
                p = pseudonym(str(e[field]), key)
                if e.get("start") is not None:
                    spans.append((e["start"], e["end"], p))
                e[field] = p
                if "mention" in e:
                    e["mention"] = p
    if out.get("author"):
        out["author"] = pseudonym(out["author"], key)
    if isinstance(out.get("text"), str) and spans:
        text = out["text"]
        for start, end, p in sorted(spans, reverse=True):
            text = text[:start] + p + text[end:]
        out["text"] = text
        for kind in ("substances", "quantities", "prices", "locations", *PERSONAL):
            for e in out.get(kind) or ():  # offsets referred to the original text
                e.pop("start", None)
                e.pop("end", None)
    out.pop("raw", None)
    return out
