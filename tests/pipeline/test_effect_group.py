"""The effect group: the group model's choice, with the KB's group where a drug is named by its own name or by
one the curation gives it."""

import pytest

from patrol.pipeline.stages import State, SummaryStage, main_substance
from patrol.recognizers.base import Entity

KET = ("ketamine", "dissociative", True)
KET_SLANG = ("ketamine", "dissociative", False)   # a street list's name for it
KET_CURATED = ("ketamine", "dissociative", False, True)  # "keta": an everyday word the curation gives it
COKE = ("cocaine", "stimulant", True)
GHB = ("ghb", "sedative_hypnotic", True)
MDMA = ("mdma", "entactogen", True)
SEROTONIN = ("serotonin", "other", True)   # a substance, not a drug
UNSURE_MDMA = {"cannabis": 0.55, "entactogen": 0.25, "stimulant": 0.2}
UNSURE = {"cannabis": 0.55, "dissociative": 0.25, "stimulant": 0.1, "sedative_hypnotic": 0.1}
SURE = {"cannabis": 0.95, "dissociative": 0.02, "stimulant": 0.02, "sedative_hypnotic": 0.01}
GHB_MARKET = {"dissociative": 0.6, "sedative_hypnotic": 0.3, "cannabis": 0.1}


def _state(names, proba, confidence=0.99) -> State:
    text = " ".join(name[0] for name in names)
    s = State(0, text, group_proba=proba)
    s.entities = {"substance": [
        Entity("substance", i, i + 1, sid, {"substance_id": sid, "effect_group": g, "category": "drug",
                                            "strong_name": strong, "curated_name": strong or any(curated),
                                            "confidence": confidence, "control": []},
               "SubstanceRecognizer", confidence, "") for i, (sid, g, strong, *curated) in enumerate(names)]}
    return s


@pytest.mark.parametrize("names, proba, weight, differs, group", [
    ([KET], UNSURE, 0.8, (), "dissociative"),        # "where do people even buy ket these days?"
    ([KET_SLANG], UNSURE, 0.8, (), "cannabis"),      # slang is the model's to read
    ([KET_CURATED], UNSURE, 0.8, (), "dissociative"),  # ... not the curation's: "Vendo keta 1g 30€" (session 36)
    ([KET, COKE], UNSURE, 0.8, (), "cannabis"),      # a menu of several groups is the model's ...
    ([KET, KET, COKE], UNSURE, 0.8, (), "dissociative"),  # ... unless one group's drug dominates it (session 60)
    ([KET], SURE, 0.8, (), "cannabis"),              # a sure model outweighs the KB
    ([KET], UNSURE, 0.0, (), "cannabis"),            # no weight: the model alone
    ([GHB], GHB_MARKET, 0.8, ("ghb",), "dissociative"),  # the market files GHB elsewhere than the KB
    ([GHB], GHB_MARKET, 0.8, (), "sedative_hypnotic"),
    ([MDMA, SEROTONIN], UNSURE_MDMA, 0.8, (), "entactogen"),  # "does MDMA deplete serotonin?": one drug named
])
def test_kb_group_weighs_in_for_a_drug_named_by_its_own_name(names, proba, weight, differs, group):
    s = _state(names, proba)
    assert SummaryStage(kb_weight=weight, kb_group_differs=differs)._group(s, main_substance(s)) == group


@pytest.mark.parametrize("names, confidence, group", [
    ([("synthetic-cannabinoids", "synthetic_cannabinoid", True)], 0.73, "synthetic_cannabinoid"),  # "Spice use in
    # prisons": a name of its own that other drugs share (session 35)
    ([("synthetic-cannabinoids", "synthetic_cannabinoid", True)], 0.9, "synthetic_cannabinoid"),   # a sure name
    ([("synthetic-cannabinoids", "synthetic_cannabinoid", False)], 0.57, "cannabis"),  # "10g Amnesia": a strain
    ([("synthetic-cannabinoids", "synthetic_cannabinoid", True), COKE], 0.73, "cannabis"),  # a menu: the model's
])
def test_a_group_the_model_never_learned(names, confidence, group):
    s = _state(names, UNSURE, confidence)
    assert SummaryStage(kb_weight=0.6)._group(s, main_substance(s)) == group


def test_a_drug_outranks_what_is_none():
    s = _state([("mdma", "entactogen", True), ("serotonin", "other", True)], UNSURE)
    assert main_substance(s)[0] == "mdma"
    s = _state([("serotonin", "other", True)], UNSURE)   # with no drug named, the substance there is
    assert main_substance(s)[0] == "serotonin"


def test_past_a_titles_length_the_named_drugs_group_is_the_texts():
    """The model learned one-line market titles: on a longer text a drug named by its own name, alone of its group
    or dominant, gives the group however sure the model is (session 60)."""
    s = _state([KET], SURE)
    assert SummaryStage(kb_weight=0.6)._group(s, main_substance(s)) == "cannabis"  # a title: the model weighs more
    s.text = s.text + " " + "how long does it stay in urine, asking for a drug test at work next week" * 2
    assert SummaryStage(kb_weight=0.6)._group(s, main_substance(s)) == "dissociative"
    s = _state([KET, COKE], SURE)
    s.text = s.text + " " * 120
    assert SummaryStage(kb_weight=0.6)._group(s, main_substance(s)) == "cannabis"  # several groups, none dominant
