"""The two learned models (sale / not sale; effect group of a product) as plain
arrays: a sparse coefficient matrix and intercepts in one .npz file per model.

Trained by ``patrol train`` with scikit-learn's logistic regression; read back here
without pickles, so a model file is data that any version can load.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

import numpy as np
from scipy import sparse

MODELS_DIR = Path(str(resources.files("patrol.classify").joinpath("models")))


@dataclass
class LinearModel:
    coef: sparse.csr_matrix  # classes × features (one row for a binary model)
    intercept: np.ndarray
    classes: list[str]
    meta: dict

    def decision(self, X: sparse.csr_matrix) -> np.ndarray:
        return np.asarray(X @ self._weights) + self.intercept

    @cached_property
    def _weights(self) -> np.ndarray:
        """The coefficients as a dense features × classes array (14 MB for both models): a sparse
        batch times a dense array is one pass over the batch, thirty times faster than the
        sparse × sparse product, with the same result."""
        return np.ascontiguousarray(self.coef.toarray().T)

    def proba(self, X: sparse.csr_matrix) -> np.ndarray:
        z = self.decision(X)
        if len(self.classes) == 2 and z.shape[1] == 1:
            p = 1.0 / (1.0 + np.exp(-z[:, 0]))
            return np.column_stack([1 - p, p])
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        c = self.coef.tocsr()
        c.eliminate_zeros()
        np.savez_compressed(path, data=c.data.astype(np.float32), indices=c.indices, indptr=c.indptr,
                            shape=np.array(c.shape), intercept=self.intercept.astype(np.float32),
                            classes=np.array(self.classes), meta=np.array(json.dumps(self.meta)))

    @classmethod
    def load(cls, path: Path) -> "LinearModel":
        with np.load(path, allow_pickle=False) as z:
            coef = sparse.csr_matrix((z["data"], z["indices"], z["indptr"]), shape=tuple(z["shape"]))
            return cls(coef, z["intercept"], [str(c) for c in z["classes"]], json.loads(str(z["meta"])))

    @classmethod
    def from_sklearn(cls, clf, meta: dict) -> "LinearModel":
        coef = sparse.csr_matrix(clf.coef_.astype(np.float32))
        coef.data[np.abs(coef.data) < 1e-6] = 0
        coef.eliminate_zeros()
        return cls(coef, clf.intercept_.astype(np.float32), [str(c) for c in clf.classes_], meta)
