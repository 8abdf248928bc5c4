"""The transfer sets' labels: a label or effect group outside the vocabulary would count as a miss on every run."""

import json
from pathlib import Path

import pytest

from patrol.model import EFFECT_GROUPS

BENCH = Path(__file__).resolve().parents[2] / "bench"
LABELS = {"drug_sale", "harm_reduction", "drug_discussion", "other"}


@pytest.mark.parametrize("path", sorted(BENCH.glob("transfer*.jsonl")), ids=lambda p: p.name)
def test_labels_and_groups_are_the_contracts(path):
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            assert doc["label"] in LABELS, (doc["id"], doc["label"])
            assert doc.get("group") in (None, *EFFECT_GROUPS), (doc["id"], doc["group"])
