"""Intent cues: sale, harm reduction, discussion (news, research, questions), non-drug
products (counterfeits, paraphernalia, everyday goods) and information products
(guides, books, films), each a lexicon per language in data/cues.json."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

KINDS = ("sale", "harm_reduction", "discussion", "not_drug_product", "information")


@cache
def _patterns() -> dict[str, re.Pattern]:
    data = json.loads(resources.files("patrol.classify").joinpath("data/cues.json").read_text("utf-8"))
    out = {}
    for kind in KINDS:
        words = [w[:-1] + r"\w*" if w.endswith("*") else w for lang in data[kind].values() for w in lang]
        out[kind] = re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{w})" for w in words) + r")(?![\w])", re.IGNORECASE)
    return out


def count_cues(text: str, limit: int = 20_000) -> dict[str, int]:
    """How many cues of each kind occur in the first ``limit`` characters."""
    head = text[:limit]
    counts = {kind: sum(1 for _ in rx.finditer(head)) for kind, rx in _patterns().items()}
    counts["discussion"] += min(head.count("?"), 3)  # questions are discussion, not offers
    return counts
