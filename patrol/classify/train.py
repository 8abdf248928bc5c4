"""``patrol train``: fit the sale and effect-group models on the dev listings.

Both are logistic regressions over hashed n-grams plus the recognizers' facts (see
features.py). The group model's regularisation is chosen by cross-validation over
five consecutive blocks of the training period (one held-out fifth picked it by
noise). The decision threshold and the weight given to the knowledge base's main
substance when choosing an effect group are tuned on the last fifth (by date), then
the models are refit on all of it.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from patrol.classify.agora import Listing
from patrol.classify.features import DocFacts, Featurizer
from patrol.classify.model import LinearModel

C_SALE = 8.0
C_GROUP_GRID = (8.0, 16.0, 32.0, 64.0)  # chosen by blocked cross-validation on the training period
FOLDS = 5


def facts_for(texts: list[str], kb_path=None) -> list[DocFacts]:
    from patrol.knowledge.kb import KnowledgeBase
    from patrol.knowledge.resolver import Resolver
    from patrol.pipeline.analyzer import recognizers
    from patrol.pipeline.stages import FactsStage, RecognizerStage, State

    states = [State(i, t) for i, t in enumerate(texts)]
    RecognizerStage(recognizers(Resolver(KnowledgeBase.load(kb_path)))).process(states)
    FactsStage().process(states)
    return [s.facts for s in states]


def fit(listings: list[Listing], kb_path=None) -> tuple[LinearModel, LinearModel, dict]:
    """Features are computed once: each row depends only on its own listing, so the
    tuning split takes slices of the same matrix."""
    t0 = time.perf_counter()
    texts = [r.title for r in listings]
    facts = facts_for(texts, kb_path)
    X = Featurizer().transform(texts, facts)
    cut = int(len(listings) * 0.8)
    c_group = _choose_c_group(listings, X)
    threshold, kb_weight = _tune(listings[:cut], listings[cut:], X[:cut], X[cut:], facts[cut:], c_group)
    sale, group = _fit_models(listings, X, c_group)
    meta = {"trained_on": f"{len(listings)} de-duplicated Agora listings, {listings[0].date} to {listings[-1].date}",
            "threshold": threshold, "kb_weight": kb_weight, "C_sale": C_SALE, "C_group": c_group,
            "seconds": round(time.perf_counter() - t0, 1)}
    sale.meta, group.meta = meta, meta
    return sale, group, meta


def _fit_models(listings: list[Listing], X, c_group: float):
    y = np.array([int(r.is_sale) for r in listings])
    sale = LogisticRegression(C=C_SALE, max_iter=2000, solver="liblinear").fit(X, y)
    idx = [i for i, r in enumerate(listings) if r.group]
    grp = LogisticRegression(C=c_group, max_iter=3000).fit(X[idx], [listings[i].group for i in idx])
    return LinearModel.from_sklearn(sale, {}), LinearModel.from_sklearn(grp, {})


def _choose_c_group(listings: list[Listing], X) -> float:
    """The C with the best mean macro-F1 over consecutive blocks (each block held out once)."""
    from sklearn.metrics import f1_score

    idx = np.array([i for i, r in enumerate(listings) if r.group])
    y = np.array([listings[i].group for i in idx])
    Xg, n = X[idx], len(idx)
    blocks = [(n * k // FOLDS, n * (k + 1) // FOLDS) for k in range(FOLDS)]

    def score(c: float) -> float:
        f1s = []
        for a, b in blocks:
            keep = np.r_[0:a, b:n]
            model = LogisticRegression(C=c, max_iter=3000).fit(Xg[keep], y[keep])
            f1s.append(f1_score(y[a:b], model.predict(Xg[a:b]), average="macro"))
        return float(np.mean(f1s))

    return max(C_GROUP_GRID, key=score)


def _tune(train: list[Listing], val: list[Listing], X_train, X, facts: list[DocFacts],
          c_group: float) -> tuple[float, float]:
    """Pick the sale threshold (best F1) and the KB weight (best macro-F1) on held-out data."""
    from sklearn.metrics import f1_score

    from patrol.pipeline.stages import State, SummaryStage

    labelled = [i for i, r in enumerate(val) if r.group]
    sale, group = _fit_models(train, X_train, c_group)
    p = sale.proba(X)[:, sale.classes.index("1")]
    y = np.array([int(r.is_sale) for r in val])
    thresholds = np.arange(0.3, 0.71, 0.05)
    threshold = float(max(thresholds, key=lambda t: f1_score(y, p >= t)))
    pg = group.proba(X)
    best_w, best_f1 = 0.6, -1.0
    for w in (0.0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.5, 2.0):
        summary = SummaryStage(kb_weight=w, threshold=threshold)
        preds = []
        for i in labelled:
            s = State(i, val[i].title, facts=facts[i], sale_score=1.0, group_proba=dict(zip(group.classes, pg[i])))
            s.entities = {"substance": _substance_entities(facts[i])}
            summary.process([s])
            preds.append(s.effect_group or "none")
        f1 = f1_score([val[i].group for i in labelled], preds, average="macro")
        if f1 > best_f1:
            best_w, best_f1 = w, f1
    return round(threshold, 2), best_w


def _substance_entities(facts: DocFacts):
    from patrol.recognizers.base import Entity

    return [Entity("substance", 0, 1, "", v, "SubstanceRecognizer", v["confidence"], "") for v in facts.substances]


def save(sale: LinearModel, group: LinearModel, out: Path) -> None:
    sale.save(out / "sale.npz")
    group.save(out / "group.npz")
