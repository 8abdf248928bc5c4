#!/usr/bin/env python3
"""Vendor linking on the dev listings: recover vendors split into two unrelated accounts.

    python bench/linking.py [--data ../shared/data] [--scale 100000] [--json OUT]

Task (patrol/linking/devdata.py): February 2014 Agora listings, de-duplicated on (vendor,
title); every vendor with 6+ listings is split into two pseudo-accounts with made-up
handles; every other vendor stays whole under a made-up handle (a distractor). The soft-link
model was trained on the same task built from January (`patrol link train`), so February
vendors' listings were never seen. Text: title, price in BTC, ships-from line.

- Pairs: precision, recall, F1 of "these two accounts are one vendor" at the default threshold
  (vendors = connected groups; a predicted pair is any two accounts in one group).
- precision@k of the k highest-scored soft links.
- Baseline: handle similarity alone (rapidfuzz ratio of folded handles >= 0.85).
- Experiment 2: half of the split vendors have their second account on another market with
  dates shifted by 90 days.
- The same task with the LSH blocking used above 20,000 accounts (exact top-k below).
- Scale: time and peak memory of linking 100,000 synthetic accounts (blocking, not all pairs).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pair_scores(result, truth) -> dict:
    groups: dict[str, list] = {}
    for k, v in result.vendor_of.items():
        groups.setdefault(v, []).append(k)
    predicted = {frozenset(p) for g in groups.values() for p in combinations(sorted(g), 2)}
    tp = len(predicted & truth)
    precision = tp / len(predicted) if predicted else 1.0
    recall = tp / len(truth)
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    soft = sorted((link for link in result.links if link.kind == "soft"), key=lambda link: -link.score)
    at = {f"precision@{k}": round(sum(frozenset({link.a, link.b}) in truth for link in soft[:k]) / max(1, min(k, len(soft))), 3)
          for k in (50, 100, len(truth))}
    return {"true_pairs": len(truth), "predicted_pairs": len(predicted), "precision": round(precision, 4),
            "recall": round(recall, 4), "f1": round(f1, 4), "soft_links_reported": len(soft), **at}


def handle_baseline(accounts, truth, cutoff: float = 0.85) -> dict:
    from rapidfuzz import fuzz

    from patrol.linking.accounts import handle_key

    keys = sorted(accounts)
    hk = [handle_key(k[1]) for k in keys]
    predicted = set()
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            if fuzz.ratio(hk[i], hk[j]) / 100 >= cutoff:
                predicted.add(frozenset({keys[i], keys[j]}))
    tp = len(predicted & truth)
    p = tp / len(predicted) if predicted else 1.0
    r = tp / len(truth)
    return {"predicted_pairs": len(predicted), "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if tp else 0.0}


def run_task(rows, seed, cross_market):
    from patrol.linking import devdata
    from patrol.linking.accounts import build_accounts
    from patrol.linking.resolve import link
    from patrol.signals.observations import from_records

    records, truth = devdata.split_task(rows, seed=seed, cross_market=cross_market)
    obs = from_records(records)
    t0 = time.perf_counter()
    accounts, _ = build_accounts(obs)
    result = link(accounts)
    secs = time.perf_counter() - t0
    return {"accounts": len(accounts), "documents": len(records), "seconds_linking": round(secs, 2),
            "patrol": pair_scores(result, truth), "baseline_handles": handle_baseline(accounts, truth)}


def scale(n_accounts: int, seed: int = 3) -> dict:
    """Synthetic accounts with 2-4 adverts each, results built directly (analysis is measured elsewhere)."""
    import random

    from patrol.linking.accounts import build_accounts
    from patrol.linking.resolve import link
    from patrol.signals.observations import Observation

    rng = random.Random(seed)
    subs = ["cocaine", "mdma", "lsd", "cannabis", "ketamine", "heroin", "alprazolam", "3-mmc", "etizolam", "2c-b"]
    words = [f"{a}{b}" for a in ("pure", "top", "uncut", "fire", "crystal", "swiss", "dutch", "prime", "elite", "lab")
             for b in ("", "x", "pro", "max", "one", "star", "gold", "line", "zone", "box")]
    countries = ["NL", "DE", "US", "GB", "CA", "AU", "ES", "FR", "CN", "PL"]
    obs = []
    for a in range(n_accounts):
        author = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(6, 12)))
        country = rng.choice(countries)
        for d in range(rng.randint(2, 4)):
            s = rng.choice(subs)
            q = rng.choice([1, 2, 5, 10, 28, 100])
            text = f"{q}g {s} {rng.choice(words)} {rng.choice(words)} {rng.randint(1, 999)}"
            res = {"label": "drug_sale", "substances": [{"substance_id": s, "start": 0, "end": 1}],
                   "quantities": [{"value": q, "unit": "g"}], "locations": [{"country": country, "role": "ships_from"}],
                   "prices": [{"amount": q * rng.choice([8, 10, 12, 15]), "currency": "EUR"}]}
            obs.append(Observation(f"s{a}-{d}", "synthetic", author, None, text, res))
    t0 = time.perf_counter()
    accounts, _ = build_accounts(obs)
    t1 = time.perf_counter()
    result = link(accounts)
    t2 = time.perf_counter()
    return {"accounts": len(accounts), "documents": len(obs), "seconds_accounts": round(t1 - t0, 1),
            "seconds_link": round(t2 - t1, 1), "accounts_per_second": round(len(accounts) / (t2 - t0)),
            "candidate_pairs_scored": result.notes["candidate_pairs_scored"],
            "all_pairs": len(accounts) * (len(accounts) - 1) // 2,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--scale", type=int, default=100_000)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    from patrol.linking import devdata

    out = {}
    try:
        rows = devdata.listings(args.data, months=("2014-02",))
    except Exception as e:  # noqa: BLE001 - the dev data are optional
        print(f"{e}: the accuracy part of the linking benchmark needs ../shared/data")
        rows = None
    if rows:
        from patrol.linking import soft

        out["split_same_market"] = run_task(rows, seed=1, cross_market=0.0)
        out["split_cross_market"] = run_task(rows, seed=1, cross_market=0.5)
        exact, soft.EXACT_UP_TO = soft.EXACT_UP_TO, 0  # the LSH blocking that large inputs get
        out["split_same_market_lsh_blocking"] = run_task(rows, seed=1, cross_market=0.0)
        soft.EXACT_UP_TO = exact
    if args.scale:
        out["scale"] = scale(args.scale)
    print(json.dumps(out, indent=1))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
