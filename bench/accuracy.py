#!/usr/bin/env python3
"""Accuracy on the dev data, patrol against the baseline in ARCHITECTURE.md, same run.

    python bench/accuracy.py [--data ../shared/data] [--check]

Agora listings, de-duplicated on (vendor, title), are split by date: models are
trained on January 2014 and tested on the later February listings (the later period
never seen in training). Text is the listing title.

- Sale detection: F1 of category == "Drugs".
- Effect group: macro-F1 over the eight mapped groups, on February drug listings.
- Baseline: character n-gram TF-IDF (char_wb 2-5) + logistic regression, trained on
  the same January titles.
- Transfer: bench/transfer.jsonl, a hand-labelled cross-platform set written for this
  project (long shop pages, forum posts, channel messages, news, ordinary e-commerce).
  Fixes have since been made after reading its misses, so it is no longer blind.
  bench/transfer_blind*.jsonl (379 more sets, 25 to 50 documents each) were each
  committed before patrol's first run on it; fixes followed the first runs, so none is
  blind any more (docs/benchmarks.md gives each set's commit and first-run figures).
  Each set's figures are reported separately; where a set's drug documents carry the
  effect group of their main product (blind 40 on), its accuracy too, beside the
  baseline's group model.
- Crypto: every valid vector in ../shared/data/crypto must be found valid, and none of
  the invalid ones.

--check exits 1 when a figure falls below the thresholds committed in
bench/thresholds.json (CI runs this).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def baseline(train_texts, train_y, test_texts):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=1)
    clf = LogisticRegression(C=10, max_iter=3000).fit(vec.fit_transform(train_texts), train_y)
    return clf, vec, clf.predict(vec.transform(test_texts))


def _blind(n: int) -> tuple[str, str, str]:
    return f"transfer_blind{n}.jsonl", f"blind{n}", f"blind transfer {n}"


# the numbered blind sets in the order they are reported: each session's final measure after its rounds' sets
BLINDS = (*range(2, 118), *range(119, 128), 118, 129, 130, 128, *range(132, 144), 131, *range(145, 159), 144,
          *range(160, 169), 159, 170, 171, 169, *range(173, 186), 172, *range(187, 198), 186,
          *range(199, 207), 198, *range(208, 216), 207, *range(217, 228), 216,
          *range(229, 237), 228, *range(238, 246), 237, *range(247, 256), 246, *range(257, 269), 256,
          *range(270, 280), 269, *range(281, 291), 280,
          *range(292, 304), 291, *range(305, 315), 304, *range(316, 329), 315,
          *range(330, 339), 329, *range(340, 348), 339, *range(349, 355), 348,
          *range(356, 366), 355, *range(367, 381), 366, *range(382, 400), 381, *range(401, 412), 400,
          *range(413, 425), 412,
          *range(426, 436), 425, *range(437, 444), 436, *range(445, 456), 444)
# (file, key prefix in the figures, title in the table)
TRANSFER_SETS = (("transfer.jsonl", "transfer", "transfer"), ("transfer_blind.jsonl", "blind", "blind transfer"),
                 *(_blind(n) for n in BLINDS))


def transfer_set(name: str) -> list[dict]:
    path = ROOT / "bench" / name
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def transfer_figures(analyzer, base_clf, base_vec, docs: list[dict], prefix: str,
                     base_group=None) -> tuple[dict, list[str]]:
    """Sale F1/recall (patrol and baseline), 4-way accuracy, harm-reduction docs called sales; the effect
    group's accuracy where documents carry one (patrol and the baseline's group model); and the misses."""
    from sklearn.metrics import f1_score, recall_score

    results = analyzer.analyze([(x["id"], x["text"]) for x in docs])
    truth = [x["label"] for x in docs]
    ours = [x["label"] for x in results]
    sale_true = np.array([int(lbl == "drug_sale") for lbl in truth])
    sale_ours = np.array([int(lbl == "drug_sale") for lbl in ours])
    sale_base = base_clf.predict(base_vec.transform([x["text"] for x in docs]))
    figures = {
        f"{prefix}_n": len(docs),
        f"{prefix}_label_accuracy": float(np.mean([a == b for a, b in zip(truth, ours)])),
        f"{prefix}_sale_f1": f1_score(sale_true, sale_ours),
        f"{prefix}_sale_recall": recall_score(sale_true, sale_ours),
        f"baseline_{prefix}_sale_f1": f1_score(sale_true, sale_base),
        f"baseline_{prefix}_sale_recall": recall_score(sale_true, sale_base),
        f"{prefix}_harm_reduction_n": truth.count("harm_reduction"),
        f"{prefix}_harm_reduction_flagged_as_sale": sum(t == "harm_reduction" and o == "drug_sale"
                                                         for t, o in zip(truth, ours)),
    }
    misses = [f"{prefix} miss: {d['id']} expected {d['label']}, got {r['label']} (sale_score {r['sale_score']})"
              for d, r in zip(docs, results) if d["label"] != r["label"]]
    grouped = [(d, r) for d, r in zip(docs, results) if d.get("group")]
    if grouped and base_group:
        clf, vec = base_group
        base = clf.predict(vec.transform([d["text"] for d, _r in grouped]))
        figures[f"{prefix}_group_n"] = len(grouped)
        figures[f"{prefix}_group_accuracy"] = float(np.mean([d["group"] == r["effect_group"] for d, r in grouped]))
        figures[f"baseline_{prefix}_group_accuracy"] = float(np.mean([d["group"] == b for (d, _r), b in zip(grouped, base)]))
        misses += [f"{prefix} group miss: {d['id']} expected {d['group']}, got {r['effect_group']}"
                   for d, r in grouped if d["group"] != r["effect_group"]]
    return figures, misses


def crypto_check(data: Path) -> dict:
    from patrol.recognizers.crypto import CryptoAddressRecognizer

    r = CryptoAddressRecognizer()
    vectors = json.loads((data / "crypto" / "bech32_vectors.json").read_text("utf-8"))
    valid = [a for a in vectors["VALID_ADDRESS"] if a.lower().startswith(("bc1", "tb1", "ltc1"))]
    invalid = vectors["INVALID_ADDRESS"]
    found_valid = sum(1 for a in valid if any(e.value["valid"] for e in r.analyze(f"pay to {a} now")))
    accepted_invalid = sum(1 for a in invalid if any(e.value["valid"] for e in r.analyze(f"pay to {a} now")))
    return {"valid_vectors": len(valid), "valid_found": found_valid, "invalid_vectors": len(invalid),
            "invalid_accepted": accepted_invalid}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--check", action="store_true", help="fail when below bench/thresholds.json")
    args = ap.parse_args()
    if not (args.data / "listings").is_dir():
        print(f"note: {args.data / 'listings'} not found; the accuracy benchmark needs the shared dev data")
        sys.exit(0)

    from sklearn.metrics import f1_score, precision_score, recall_score

    from patrol.classify import agora
    from patrol.classify.train import fit, save
    from patrol.knowledge.kb import DEFAULT_KB
    from patrol.pipeline.analyzer import Analyzer

    listings = agora.load(args.data)
    train, test = agora.split(listings)
    with tempfile.TemporaryDirectory() as tmp:
        # one copy of the KB for training and testing: a KB rebuilt while the benchmark runs cannot reach the
        # analyser it builds after training (session 40 spoiled a run so)
        kb, models = Path(tmp) / "kb", Path(tmp) / "models"
        shutil.copytree(DEFAULT_KB, kb)
        models.mkdir()
        t = time.perf_counter()
        sale, group, meta = fit(train, kb_path=kb)
        save(sale, group, models)
        analyzer = Analyzer(kb_path=kb, models_dir=models)
        train_s = time.perf_counter() - t
        results = analyzer.analyze([(r.id, r.title, "agora") for r in test])  # one market: its profile settles unnamed products
        base_clf, base_vec, base_pred = baseline([r.title for r in train], [int(r.is_sale) for r in train],
                                                 [r.title for r in test])
        g_idx = [i for i, r in enumerate(test) if r.group]
        g_clf, g_vec, g_base = baseline([r.title for r in train if r.group], [r.group for r in train if r.group],
                                        [test[i].title for i in g_idx])
        transfer, misses = {}, []
        for name, prefix, _title in TRANSFER_SETS:
            f, m = transfer_figures(analyzer, base_clf, base_vec, transfer_set(name), prefix, (g_clf, g_vec))
            transfer.update(f)
            misses += m

    y = np.array([int(r.is_sale) for r in test])
    ours = np.array([int(x["label"] == "drug_sale") for x in results])
    g_true = [test[i].group for i in g_idx]
    g_ours = [results[i]["effect_group"] or "none" for i in g_idx]
    groups = sorted(set(g_true))

    figures = {
        "train": f"{len(train)} January listings; test: {len(test)} later February listings (de-duplicated)",
        "sale_f1": f1_score(y, ours), "sale_precision": precision_score(y, ours), "sale_recall": recall_score(y, ours),
        "baseline_sale_f1": f1_score(y, base_pred),
        "group_macro_f1": f1_score(g_true, g_ours, labels=groups, average="macro"),
        "baseline_group_macro_f1": f1_score(g_true, list(g_base), labels=groups, average="macro"),
        **transfer,
        "crypto": crypto_check(args.data),
        "train_seconds": round(train_s, 1),
        "chosen_on_january_validation": {k: meta[k] for k in ("threshold", "unnamed_sale", "kb_weight", "kb_group_differs", "C_group")},
    }
    per_group = f1_score(g_true, g_ours, labels=groups, average=None)
    print(f"train: {figures['train']}; chosen on January (threshold, unnamed-product score, KB weight: last fifth; C_group: blocked CV): "
          f"{figures['chosen_on_january_validation']}")
    print("| measure | patrol | baseline (char TF-IDF + LR) |\n|---|---|---|")
    print(f"| sale F1 (Feb) | {figures['sale_f1']:.4f} (P {figures['sale_precision']:.4f}, R {figures['sale_recall']:.4f}) "
          f"| {figures['baseline_sale_f1']:.4f} |")
    print(f"| effect group macro-F1, 8 groups (Feb) | {figures['group_macro_f1']:.4f} | {figures['baseline_group_macro_f1']:.4f} |")
    for _name, prefix, what in TRANSFER_SETS:
        print(f"| {what}: sale F1 ({figures[f'{prefix}_n']} docs) | {figures[f'{prefix}_sale_f1']:.3f} | "
              f"{figures[f'baseline_{prefix}_sale_f1']:.3f} |")
        print(f"| {what}: sale recall | {figures[f'{prefix}_sale_recall']:.3f} | "
              f"{figures[f'baseline_{prefix}_sale_recall']:.3f} |")
        print(f"| {what}: 4-way label accuracy | {figures[f'{prefix}_label_accuracy']:.3f} | n/a (binary) |")
        print(f"| {what}: harm-reduction docs labelled sale | {figures[f'{prefix}_harm_reduction_flagged_as_sale']} "
              f"of {figures[f'{prefix}_harm_reduction_n']} | |")
        if f"{prefix}_group_n" in figures:
            print(f"| {what}: effect group accuracy ({figures[f'{prefix}_group_n']} drug docs) | "
                  f"{figures[f'{prefix}_group_accuracy']:.3f} | {figures[f'baseline_{prefix}_group_accuracy']:.3f} |")
    c = figures["crypto"]
    print(f"| crypto: valid vectors found valid | {c['valid_found']}/{c['valid_vectors']} | |")
    print(f"| crypto: invalid vectors accepted | {c['invalid_accepted']}/{c['invalid_vectors']} | |")
    print("\nper-group F1 (patrol): " + ", ".join(f"{g} {f:.3f}" for g, f in zip(groups, per_group)))
    for m in misses:
        print("  " + m)
    out = ROOT / "bench" / "out" / "accuracy.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=2, default=float))

    if args.check:
        thresholds = json.loads((ROOT / "bench" / "thresholds.json").read_text())
        failed = [f"{k}: {figures[k]:.4f} < {v}" for k, v in thresholds.items()
                  if not k.startswith("_") and figures[k] < v]
        if c["invalid_accepted"] or c["valid_found"] < c["valid_vectors"]:
            failed.append("crypto vectors")
        if any(figures[f"{prefix}_harm_reduction_flagged_as_sale"] for _name, prefix, _title in TRANSFER_SETS):
            failed.append("harm-reduction documents labelled as sales")
        if failed:
            print("BELOW THRESHOLD: " + "; ".join(failed))
            sys.exit(1)
        print("accuracy thresholds met")


if __name__ == "__main__":
    main()
