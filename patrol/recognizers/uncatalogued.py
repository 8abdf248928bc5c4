"""Substances the knowledge base does not list, named in the spelling of their class ("3-CEC", "4F-ABUTINACA",
"Gidazepam", "Spirochlorphine"): vendors sell new psychoactive substances before any list names them, and a text
that offers or reports one names no catalogued drug. Such a name makes the text about drugs (pipeline/stages.py),
its class gives the group, and each is an early-warning lead: ``patrol discover`` ranks them across a corpus.

Only a class affix counts (knowledge/curation/morphology.json, rules of strength "strong" with an effect group):
lab codes ("AK-47", "B-52", "N95") and systematic fragments ("methylcobalamin") name no class. A text that names a
catalogued drug is not searched: its own name already makes it about drugs, and most texts on drug markets do.
"""

from __future__ import annotations

from patrol.knowledge.drugs import is_drug
from patrol.knowledge.resolver import Resolver
from patrol.knowledge.terms import candidate_tokens, class_affix, morphology
from patrol.recognizers.base import MAX_TEXT, Entity, Recognizer, read
from patrol.recognizers.contact import ContactRecognizer
from patrol.recognizers.crypto import CryptoAddressRecognizer
from patrol.recognizers.price import PriceRecognizer
from patrol.recognizers.quantity import QuantityRecognizer
from patrol.recognizers.substance import SubstanceRecognizer

PLAIN_WORD_MIN = 7  # a name of letters alone this long at least ("Gidazepam"; not "fuba", "CCC", "ADB")
LONG_AFFIX = 5  # and its class affix this long: "azepam", "orphine", "fentanyl" (not "bica", "pica", "^fub")
# what the token must not be part of: an amount, a price ("25dt"), an account, an address ("LSZ6mz...")
_READS = {r.entity: r for r in (PriceRecognizer, QuantityRecognizer, ContactRecognizer, CryptoAddressRecognizer)}
_OTHER_ENTITIES = tuple(_READS)


class UncataloguedRecognizer(Recognizer):
    entity = "uncatalogued"
    reads = ("substance", *_OTHER_ENTITIES)

    def __init__(self, resolver: Resolver) -> None:
        super().__init__()
        self.resolver = resolver
        self._substances: SubstanceRecognizer | None = None  # built only to be read alone, outside the pipeline

    def analyze(self, text: str, language: str | None = None,
                entities: dict[str, list[Entity]] | None = None) -> list[Entity]:
        if entities is None:
            self._substances = self._substances or SubstanceRecognizer(self.resolver)
        named = entities["substance"] if entities is not None else self._substances.analyze(text, language)
        if any(is_drug(e.value) for e in named):
            return []
        taken = sorted((e.start, e.end) for kind in _OTHER_ENTITIES
                       for e in read(entities, _READS[kind], text, language))
        out = []
        for tok in candidate_tokens(text[:MAX_TEXT]):
            affix = class_affix(tok.key)  # (group, letters): the class's spelling, looked up once per token
            if affix is None or not _name_shaped(tok.text, tok.key, affix[1]) \
                    or any(a < tok.end and tok.start < b for a, b in taken) or self.resolver.knows(tok.text):
                continue
            group = affix[0]
            out.append(Entity(self.entity, tok.start, tok.end, tok.text, {"suggested_effect_group": group}, self.name,
                              0.7, f"spelt as a {group} class name ({morphology(tok.key).rule}); not in the knowledge base"))
        return out


def _name_shaped(word: str, key: str, affix_letters: int) -> bool:
    """A lab code holds a digit or a hyphen ("3-CEC", "AP-237"); a name of letters alone is long and its class affix
    (``affix_letters`` long) a long one ("Gidazepam": "azepam"; not "Arabica"'s "bica", "CCC", "fuba")."""
    if any(c.isdigit() or c == "-" for c in word):
        return len(key) >= 4
    return len(key) >= PLAIN_WORD_MIN and affix_letters >= LONG_AFFIX
