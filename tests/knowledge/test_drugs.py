"""What a substance mention is for a document's label: a drug, an everyday substance, a general chemical, an
antidote."""

import pytest

from patrol.knowledge.drugs import is_antidote, is_drug


def _value(sid, category="drug", group="opioid", control=()):
    return {"substance_id": sid, "category": category, "effect_group": group,
            "control": [{"regime": "UN1988", "schedule": s} for s in control]}


@pytest.mark.parametrize("value, drug, antidote", [
    (_value("heroin", control=("Schedule I",)), True, False),
    (_value("naloxone"), True, True),                       # about drugs, yet offered it is a supply
    (_value("kratom"), True, False),                        # uncontrolled, of a psychoactive group: a drug
    (_value("caffeine", category="everyday", group="stimulant"), False, False),
    (_value("acetone", category="precursor", group="other", control=("Table II",)), False, False),
])
def test_kinds(value, drug, antidote):
    assert is_drug(value) is drug and is_antidote(value) is antidote
