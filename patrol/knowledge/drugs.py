"""What a substance mention is, for a document's label: a drug, or an everyday substance or general chemical that
shops sell for every use. ``value`` is a substance entity's value (the resolver's entry: control, category, group)."""

from functools import cache

from patrol.lexicon import package_json


def is_general_chemical(value: dict) -> bool:
    """A chemical only Table II of the 1988 Convention lists (acetone, toluene): the product a shop names by it is
    that chemical ("Acetone nail polish remover"), not a brand named after a drug ("Opium perfume")."""
    return bool(value["control"]) and all(c["schedule"] == "Table II" for c in value["control"])


def is_drug(value: dict) -> bool:
    """Does this substance mention make the document about drugs (for its label)? Not an everyday substance, nor a
    general-purpose chemical that only the 1988 Convention's Table II lists (acetone, hydrochloric acid, toluene):
    shops sell those for every use; Table I's (BMK glycidate, ephedrine, safrole) are a drug's own precursors."""
    if value.get("category") == "everyday" or is_general_chemical(value):
        return False
    return bool(value["control"]) or value.get("category") != "drug" or value["effect_group"] != "other"


@cache
def _antidotes() -> frozenset[str]:
    return frozenset(package_json("patrol.knowledge", "curation/antidotes.json")["ids"])


def is_antidote(value: dict) -> bool:
    """An overdose's antidote (naloxone): a text is about drugs when it names one, yet offering one offers a
    harm-reduction supply, not a drug."""
    return value["substance_id"] in _antidotes()
