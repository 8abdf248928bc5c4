"""Fit the soft-link model on the dev listings (January only: February is for measuring)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from patrol.linking import devdata
from patrol.linking.accounts import build_accounts
from patrol.linking.soft import SoftModel, candidates, feature_matrix, profiles
from patrol.signals.observations import from_records

TARGET_PRECISION = 0.98


def pair_matrix(records: list[dict], truth: set[frozenset], kb_path=None):
    """Candidate pairs from blocking, their features, and whether each is a true pair."""
    accounts, _ = build_accounts(from_records(records, kb_path))
    keys = sorted(accounts)
    ordered = [accounts[k] for k in keys]
    prof = profiles(ordered)
    pairs = sorted(candidates(prof, ordered))
    X = feature_matrix(prof, ordered, pairs)
    y = np.array([frozenset({keys[i], keys[j]}) in truth for i, j in pairs])
    return accounts, keys, pairs, X, y


def fit(data: Path, kb_path=None) -> SoftModel:
    rows = devdata.listings(data, months=("2014-01",))
    records, truth = devdata.split_task(rows, seed=0)
    _, _, pairs, X, y = pair_matrix(records, truth, kb_path)
    clf = LogisticRegression(C=1.0, max_iter=2000).fit(X, y)
    p = clf.predict_proba(X)[:, 1]
    threshold = 0.5
    for t in np.arange(0.3, 0.99, 0.01):
        pred = p >= t
        if pred.sum() and (pred & y).sum() / pred.sum() >= TARGET_PRECISION:
            threshold = round(float(t), 2)
            break
    recall_blocked = float(y.sum() / len(truth))
    return SoftModel(clf.coef_[0], float(clf.intercept_[0]), threshold,
                     {"trained_on": "Agora listings 2014-01, vendors with 6+ listings split in two",
                      "pairs": int(len(y)), "positives": int(y.sum()), "true_pairs": len(truth),
                      "blocking_recall": round(recall_blocked, 4), "target_precision": TARGET_PRECISION})
