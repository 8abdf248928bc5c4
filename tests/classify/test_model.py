import numpy as np
from sklearn.linear_model import LogisticRegression

from patrol.classify.features import DocFacts, Featurizer
from patrol.classify.model import MODELS_DIR, LinearModel


def test_saved_model_predicts_like_sklearn(tmp_path):
    texts = ["5g MDMA 40 EUR", "cocaine 1g", "rolex replica", "carding guide pdf", "ketamine 10g", "vpn tutorial"]
    y = [1, 1, 0, 0, 1, 0]
    X = Featurizer().transform(texts, [DocFacts(length=len(t)) for t in texts])
    clf = LogisticRegression(C=4).fit(X, y)
    LinearModel.from_sklearn(clf, {"note": "test"}).save(tmp_path / "m.npz")
    m = LinearModel.load(tmp_path / "m.npz")
    assert m.meta == {"note": "test"} and m.classes == ["0", "1"]
    np.testing.assert_allclose(m.proba(X), clf.predict_proba(X), atol=1e-4)


def test_shipped_models_load_without_pickles():
    sale = LinearModel.load(MODELS_DIR / "sale.npz")
    group = LinearModel.load(MODELS_DIR / "group.npz")
    assert sale.classes == ["0", "1"] and len(group.classes) == 8
    assert sale.coef.shape[1] == group.coef.shape[1] == Featurizer().n_features
    assert "trained_on" in sale.meta
