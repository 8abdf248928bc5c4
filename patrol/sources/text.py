"""Decoding helpers shared by readers: strict by default, so wrong encodings are
reported instead of turning into mojibake."""

from __future__ import annotations

import codecs

_NUL = "\x00"


def decode_strict(raw: bytes, encoding: str) -> str:
    """Decode or raise UnicodeDecodeError; text with NUL bytes is binary junk."""
    text = raw.decode(encoding)
    if _NUL in text:
        raise UnicodeDecodeError(encoding, raw, raw.find(b"\x00"), raw.find(b"\x00") + 1, "NUL byte: binary data, not text")
    return text


def check_encoding(name: str) -> str:
    """Validate an --encoding value early, with a helpful error."""
    try:
        return codecs.lookup(name).name
    except LookupError as e:
        from patrol.errors import SourceError

        raise SourceError(f"unknown encoding {name!r}; try utf-8, cp1252, latin-1 or koi8-r") from e
