#!/usr/bin/env python3
"""Early warning on the dev listings: can discovery find NPS the KB does not know?

    python bench/early_warning.py [--data ../shared/data] [--top 50] [--json OUT]

1. Remove REMOVED (18 NPS that were not under international control when these
   listings were posted, early 2014, and that at least two vendors list) from a copy of
   the shipped KB, with all their aliases.
2. Analyse every Agora listing (../shared/data/listings, 16,016 rows, title as text)
   with the reduced KB and run discovery.
3. recall@20 and recall@50: share of the removed substances that appear in the data
   and have a candidate in the top k that the full KB resolves to them.
   precision@50: share of the top 50 that are real substance names: the full KB
   resolves them, or bench/discovery_labels.json (hand labels, with the rule used) says so.
   The same figures for a baseline: unknown tokens ranked by frequency alone.
4. Replay: listings are added day by day in date order; for each removed substance,
   the lead time from its first appearance to the day the new-substance alert rule
   (patrol/signals/data/alert_rules.json) fires for it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REMOVED = ["methylone", "dimethylone", "mephedrone", "4-mec", "mdpv", "alpha-pvp", "4-fa", "etizolam",
           "methoxetamine", "3-meo-pcp", "25i-nbome", "25c-nbome", "25b-nbome", "2c-p", "allylescaline",
           "methallylescaline", "4-ho-met", "4-ho-mipt"]


def false_alarm_rate(series: int = 2000, days: int = 60, seed: int = 7) -> dict:
    """Burst alarms on simulated series where nothing changes: uneven daily exposure
    (200..3000 documents, some days with none), a fixed mention share per series."""
    import numpy as np

    from patrol.signals.trends import Series, Trends, bursts
    from collections import Counter
    from datetime import date, timedelta

    rng = np.random.default_rng(seed)
    start = date(2026, 1, 1)
    periods = [start + timedelta(days=i) for i in range(days) if rng.random() > 0.2]
    totals = Counter({p: int(rng.integers(200, 3000)) for p in periods})
    out = {}
    for alpha, min_count in ((0.001, 3), (0.0001, 5)):
        sims, tests = [], 0
        for i in range(series):
            share = float(rng.choice([0.0005, 0.002, 0.01, 0.05]))
            counts = Counter({p: int(rng.poisson(totals[p] * share)) for p in periods})
            sims.append(Series("substance", str(i), counts, {p: [] for p in periods}))
        trends = Trends(periods, totals, {}, 0, "day")
        found = bursts(trends, sims, alpha=alpha, min_count=min_count)
        tests = sum(1 for s in sims for j, p in enumerate(periods) if j >= 3 and s.counts[p] >= min_count)
        out[f"alpha={alpha},min_count={min_count}"] = {
            "series_days": series * (len(periods) - 3), "tests": tests, "alarms": len(found),
            "alarms_per_series_day": round(len(found) / (series * (len(periods) - 3)), 6)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--top", type=int, default=50)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    files = sorted((args.data / "listings").glob("agora_*.csv"))
    if not files:
        print(f"no Agora listings under {args.data}/listings: the early-warning benchmark needs ../shared/data")
        return 0

    from patrol.knowledge.kb import KnowledgeBase, write_kb
    from patrol.knowledge.resolver import Resolver
    from patrol.signals.alerts import load_rules
    from patrol.signals.discover import Discoverer
    from patrol.signals.observations import from_file

    full = KnowledgeBase.load(None)
    full_resolver = Resolver(full)
    missing = [s for s in REMOVED if s not in full.substances]
    assert not missing, f"not in the KB: {missing}"
    with tempfile.TemporaryDirectory() as tmp:
        reduced = Path(tmp) / "kb"
        write_kb([s for sid, s in full.substances.items() if sid not in REMOVED], reduced, full.sources)
        t0 = time.perf_counter()
        obs = [o for f in files for o in from_file(f, kb_path=reduced, source_name="agora").observations]
        t_analyse = time.perf_counter() - t0
        resolver = Resolver(KnowledgeBase.load(reduced))

    # Ground truth: where each removed substance appears (full-KB scan of the same text).
    first_seen: dict[str, str] = {}
    for o in sorted(obs, key=lambda o: (o.day, o.id)):
        for m in full_resolver.scan(o.text):
            sid = m.matches[0].substance.id
            if sid in REMOVED and sid not in first_seen:
                first_seen[sid] = o.day.isoformat()
    present = sorted(first_seen)

    def truth(term_variants: list[str]) -> str | None:
        for v in term_variants:
            found = full_resolver.lookup(v, limit=1)
            if found:
                return found[0].substance.id
        return None

    labels = json.loads((ROOT / "bench" / "discovery_labels.json").read_text("utf-8"))["labels"]

    def evaluate(ranked: list[dict]) -> dict:
        hits: dict[int, set] = {20: set(), args.top: set()}
        real = []
        for i, c in enumerate(ranked[: args.top]):
            sid = truth(c["variants"])
            if sid in REMOVED:
                for k in hits:
                    if i < k:
                        hits[k].add(sid)
            real.append(bool(sid) or labels.get(c["term"], False))
        return {"recall@20": round(len(hits[20]) / len(present), 3),
                f"recall@{args.top}": round(len(hits[args.top]) / len(present), 3),
                f"precision@{args.top}": round(sum(real) / max(1, len(real)), 3),
                f"precision@{args.top}_kb_only": round(sum(1 for c in ranked[: args.top] if truth(c["variants"]))
                                                       / max(1, min(args.top, len(ranked))), 3),
                "found": sorted(hits[args.top]), "missed": sorted(set(present) - hits[args.top]),
                "unlabelled": [c["term"] for c in ranked[: args.top]
                               if not truth(c["variants"]) and c["term"] not in labels]}

    t0 = time.perf_counter()
    d = Discoverer(resolver)
    d.add(obs)
    ranked = [c.public() for c in d.rank(args.top)]
    t_discover = time.perf_counter() - t0
    patrol_fig = evaluate(ranked)
    by_count = sorted(d.terms.values(), key=lambda c: (-c.docs, c.key))
    base_fig = evaluate([{"term": c.key, "variants": [v for v, _ in c.variants.most_common(8)]} for c in by_count])

    # Replay in date order: when does the new-substance rule fire for each removed substance?
    rule = next(r for r in load_rules() if r["kind"] == "new_substance")
    days = defaultdict(list)
    for o in obs:
        days[o.day].append(o)
    replay = Discoverer(resolver)
    alerted: dict[int, dict[str, str]] = {rule["min_accounts"]: {}, 1: {}}
    for day in sorted(days):
        replay.add(days[day])
        for c in replay.rank(top=rule.get("top", 200), nearest=False):
            if c.score < rule["min_score"]:
                continue
            sid = truth([v for v, _ in c.variants.most_common(8)])
            for need, got in alerted.items():
                if sid in REMOVED and sid not in got and len(c.accounts) >= need:
                    got[sid] = day.isoformat()
    from datetime import date
    from statistics import median

    def lead_days(got, sid):
        return (date.fromisoformat(got[sid]) - date.fromisoformat(first_seen[sid])).days if sid in got else None

    lead = {sid: {"first_seen": first_seen[sid], "alert": alerted[rule["min_accounts"]].get(sid),
                  "days": lead_days(alerted[rule["min_accounts"]], sid),
                  "days_if_one_account_suffices": lead_days(alerted[1], sid)} for sid in present}
    lead_summary = {f"min_accounts={need}": {"alerted": f"{len(got)}/{len(present)}",
                                             "median_days": median(lead_days(got, s) for s in got) if got else None,
                                             "same_scrape": sum(lead_days(got, s) == 0 for s in got)}
                    for need, got in alerted.items()}
    far = false_alarm_rate()

    out = {"documents": len(obs), "removed": len(REMOVED), "present_in_data": len(present),
           "candidates": len(d.terms), "seconds": {"analyse": round(t_analyse, 1), "discover": round(t_discover, 2)},
           "patrol": patrol_fig, "baseline_frequency": base_fig, "rule": rule, "lead_time": lead,
           "lead_summary": lead_summary, "scrape_days": [d.isoformat() for d in sorted(days)],
           "burst_false_alarms": far, "top": ranked[: args.top]}
    summary = {k: v for k, v in out.items() if k != "top"}
    print(json.dumps(summary, indent=1))
    for c in ranked[:args.top]:
        print(f"{c['score']:.3f}  {c['term']:24} n={c['count']:<4} accounts={c['accounts']:<3} "
              f"group={c['suggested_effect_group']}  truth={truth(c['variants'])}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
