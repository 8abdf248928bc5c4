"""One analyser: the knowledge base, the recognizers, the models and the stages, built
once per process and applied to batches of (id, text) or (id, text, source) records."""

from __future__ import annotations

from pathlib import Path

from patrol.classify.features import Featurizer
from patrol.classify.model import MODELS_DIR, LinearModel
from patrol.errors import PatrolError
from patrol.knowledge.kb import KnowledgeBase
from patrol.knowledge.resolver import Resolver
from patrol.pipeline import markup
from patrol.pipeline.profiles import SourceProfiles
from patrol.pipeline.stages import (
    UNNAMED_SALE,
    ClassifyStage,
    FactsStage,
    LanguageStage,
    RecognizerStage,
    State,
    SummaryStage,
    check_order,
)
from patrol.recognizers.contact import ContactRecognizer
from patrol.recognizers.crypto import CryptoAddressRecognizer
from patrol.recognizers.location import LocationRecognizer
from patrol.recognizers.pgp import PgpRecognizer
from patrol.recognizers.price import PriceRecognizer
from patrol.recognizers.quantity import QuantityRecognizer
from patrol.recognizers.substance import SubstanceRecognizer
from patrol.recognizers.uncatalogued import UncataloguedRecognizer

MAX_TEXT = 10_000_000  # characters analysed per record; longer records are cut, and say so


def recognizers(resolver: Resolver) -> list:
    """Every recognizer, each after those it reads (training uses the same set)."""
    return [QuantityRecognizer(), LocationRecognizer(), PriceRecognizer(), CryptoAddressRecognizer(),
            ContactRecognizer(), SubstanceRecognizer(resolver), UncataloguedRecognizer(resolver), PgpRecognizer()]


class ModelMissing(PatrolError):
    code = "model_missing"


class Analyzer:
    def __init__(self, kb_path: Path | None = None, models_dir: Path | None = None) -> None:
        models_dir = Path(models_dir or MODELS_DIR)
        if not (models_dir / "sale.npz").is_file():
            raise ModelMissing(f"no trained model in {models_dir}: run `patrol train --data ../shared/data`")
        self.kb = KnowledgeBase.load(kb_path)
        resolver = Resolver(self.kb)
        sale, group = LinearModel.load(models_dir / "sale.npz"), LinearModel.load(models_dir / "group.npz")
        meta = sale.meta
        self.recognizers = recognizers(resolver)
        self.stages = [LanguageStage(), RecognizerStage(self.recognizers), FactsStage(),
                       ClassifyStage(sale, group, Featurizer()),
                       SummaryStage(kb_weight=meta.get("kb_weight", 0.6), threshold=meta.get("threshold", 0.5),
                                    unnamed_sale=meta.get("unnamed_sale", UNNAMED_SALE),
                                    kb_group_differs=meta.get("kb_group_differs", ()))]
        check_order(self.stages)
        self.profiles = SourceProfiles()  # what this analyser has seen of each source, in order

    def analyze(self, records: list[tuple]) -> list[dict]:
        """Results for (id, text) or (id, text, source) records, unnamed-product sales
        settled by their source's profile (profiles.py)."""
        pairs = [(rec[2] if len(rec) > 2 else None, res) for rec, res in zip(records, self.candidates(records))]
        return list(self.profiles.settled(pairs, window=len(pairs)))

    def candidates(self, records: list[tuple]) -> list[dict]:
        """Results before the source profile settles unnamed-product sales (worker processes
        return these; the parent settles them in input order)."""
        states, out = [], []
        for rid, text, *_source in records:
            if not isinstance(text, str):
                text = "" if text is None else str(text)
            collected = text[:MAX_TEXT]
            decoded, offsets = markup.decode(collected)
            s = State(rid, decoded, offsets=offsets, collected=collected if offsets else None)
            if len(text) > MAX_TEXT:
                s.reasons.append(f"text cut to its first {MAX_TEXT:,} characters")
            states.append(s)
        try:
            for stage in self.stages:
                stage.process(states)
        except Exception as e:  # one bad record must not lose the batch: redo it record by record
            if len(states) == 1:
                return [error_result(states[0].id, f"{type(e).__name__}: {e}")]
            return [r for rec in records for r in self.candidates([rec])]
        for s in states:
            out.append(result(s))
        return out


def error_result(rid, message: str) -> dict:
    return {"id": rid, "language": None, "label": None, "sale_score": None, "effect_group": None, "substances": [],
            "quantities": [], "prices": [], "crypto_addresses": [], "contacts": [], "locations": [],
            "error": message}


def result(s: State) -> dict:
    """The output contract (ARCHITECTURE.md, "Contracts"); entities also carry their span,
    recognizer and explanation."""
    e = s.entities

    def spans(x):
        start, end, mention = x.start, x.end, x.text
        if s.offsets:  # a span of the decoded text, given as the document's (pipeline/markup.py)
            start, end = s.offsets.span(start, end)
            mention = s.collected[start:end]
        return {"mention": mention, "start": start, "end": end, "recognizer": x.recognizer,
                "explanation": x.explanation}

    out = {
        "id": s.id,
        "language": s.language,
        "label": s.label,
        "sale_score": round(s.sale_score, 4),
        "effect_group": s.effect_group,
        "substances": [{**spans(x), "substance_id": x.value["substance_id"], "name": x.value["name"],
                        "effect_group": x.value["effect_group"], "control": x.value["control"],
                        "confidence": x.value["confidence"]} for x in e.get("substance", [])],
        "quantities": [{"value": x.value["value"], "unit": x.value["unit"], **spans(x)} for x in e.get("quantity", [])],
        "prices": [{**{k: v for k, v in x.value.items()}, **spans(x)} for x in e.get("price", [])],
        "crypto_addresses": [{**x.value, **spans(x)} for x in e.get("crypto_address", [])],
        "contacts": [{**x.value, **spans(x)} for x in e.get("contact", [])],
        "locations": [{**x.value, **spans(x)} for x in e.get("location", [])],
        "pgp": [{**x.value, **spans(x)} for x in e.get("pgp", [])],
        # names the KB does not list, spelt as a substance class's: early-warning leads (recognizers/uncatalogued.py)
        "uncatalogued": [{**x.value, **spans(x)} for x in e.get("uncatalogued", [])],
        "main_substance": s.main_substance,
    }
    if s.reasons:
        out["reasons"] = s.reasons
    return out
