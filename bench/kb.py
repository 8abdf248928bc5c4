#!/usr/bin/env python3
"""Knowledge-base benchmark: alias coverage, robustness, lookup speed, build time, memory.

    python bench/kb.py [--data ../shared/data]

Coverage: the share of names in TripSit, PsychonautWiki and RedMed (names, known
names, misspellings) that `Resolver.lookup` resolves. The KB is built from these
lexicons, so this checks that no name is lost on the way (normalisation clashes,
dropped parentheses); robustness is the honest test: canonical names of KB
substances perturbed the way adverts spell them (spacing and case, leetspeak, one
dropped or swapped letter), and the share whose top match is the right substance.

Speed: lookups/s on a mix of those queries, against a named baseline run in the same
process: rapidfuzz `process.extractOne` over all alias keys (the obvious way to
match names fuzzily without an index).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def source_names(data: Path) -> dict[str, list[str]]:
    lex = data / "lexicons"
    out: dict[str, list[str]] = {}
    tripsit = json.loads((lex / "tripsit_drugs.json").read_text("utf-8"))
    out["TripSit (names + aliases)"] = [n for d in tripsit.values() for n in [d.get("pretty_name") or d["name"],
                                                                                *(d.get("aliases") or [])]]
    pw = json.loads((lex / "psychonautwiki_substances.json").read_text("utf-8"))
    out["PsychonautWiki (names + common names)"] = [n for d in pw for n in [d["name"], *(d.get("commonNames") or [])]]
    red_all = []
    with open(lex / "redmed_drug_lexicon.tsv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for row in rows:
        names = [row["drug"].replace("_", " ")]
        for col in ("known", "misspellingPhon", "edOne", "edTwo"):
            names += [x.replace("_", " ") for x in row[col].split(",") if x.strip() and x.strip() != "-"]
        red_all.append(names)
    out["RedMed, all ~3,000 DrugBank drugs (names + misspellings)"] = [n for names in red_all for n in names]
    out["_redmed_groups"] = red_all
    return out


def perturb(name: str, rng: random.Random) -> list[tuple[str, str]]:
    out = [("spacing+case", " ".join(name.upper()) if len(name) < 8 else name.upper().replace("-", " "))]
    leet = name.translate(str.maketrans({"o": "0", "e": "3", "a": "4", "i": "1"}))
    if leet != name:
        out.append(("leetspeak", leet))
    if len(name) >= 6:
        i = rng.randrange(1, len(name) - 1)
        out.append(("one letter dropped", name[:i] + name[i + 1:]))
        j = rng.randrange(1, len(name) - 2)
        out.append(("two letters swapped", name[:j] + name[j + 1] + name[j] + name[j + 2:]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--seconds", type=float, default=3.0)
    args = ap.parse_args()

    from patrol.knowledge.kb import KnowledgeBase
    from patrol.knowledge.normalize import compact_key
    from patrol.knowledge.resolver import Resolver

    base_rss = rss_mb()
    t = time.perf_counter()
    kb = KnowledgeBase.load()
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    resolver = Resolver(kb)
    t_index = time.perf_counter() - t
    t = time.perf_counter()
    resolver.automaton  # noqa: B018 - built on first use
    t_auto = time.perf_counter() - t
    mem = rss_mb() - base_rss
    stats = kb.stats()
    print(f"KB: {stats['substances']:,} substances, {stats['aliases']:,} aliases, {len(resolver.exact):,} distinct keys")
    print(f"load {t_load * 1000:.0f} ms, lookup index {t_index * 1000:.0f} ms, Aho-Corasick automaton "
          f"{t_auto * 1000:.0f} ms, peak RSS added {mem:.0f} MB")

    rows = []
    queries: list[str] = []
    if args.data.is_dir():
        lexicons = source_names(args.data)
        groups = lexicons.pop("_redmed_groups")
        # RedMed drugs that are in the KB: does each spelling lead to the same substance as the drug name?
        same, total = 0, 0
        for names in groups:
            first = resolver.lookup(names[0])
            if not first or first[0].confidence < 0.9:
                continue
            for n in names[1:]:
                total += 1
                m = resolver.lookup(n)
                same += bool(m) and m[0].substance.id == first[0].substance.id
        rows.append(("RedMed drugs in the KB: names + misspellings to the same substance", total, same / max(total, 1)))
        for label, names in lexicons.items():
            names = [n for n in names if compact_key(n)]
            hit = sum(1 for n in names if resolver.lookup(n))
            rows.append((label, len(names), hit / len(names)))
            queries += names
    else:
        print(f"note: {args.data} not found: coverage of the source lexicons skipped", file=sys.stderr)
    rng = random.Random(11)
    robust: dict[str, list[int]] = {}
    for s in kb.substances.values():
        if len(compact_key(s.name)) < 5 or s.category == "group":
            continue
        for kind, q in perturb(s.name, rng):
            found = resolver.lookup(q)
            robust.setdefault(kind, []).append(int(bool(found) and found[0].substance.id == s.id))
            queries.append(q)

    print("\n| names | count | resolve |\n|---|---|---|")
    for label, n, share in rows:
        print(f"| {label} | {n:,} | {share:.1%} |")
    print("\n| perturbation of KB canonical names | count | top-1 correct |\n|---|---|---|")
    for kind, hits in robust.items():
        print(f"| {kind} | {len(hits):,} | {sum(hits) / len(hits):.1%} |")

    from rapidfuzz import fuzz, process

    keys = list(resolver.exact)
    rng.shuffle(queries)

    def rate(fn) -> tuple[float, int]:
        n, start = 0, time.perf_counter()
        while time.perf_counter() - start < args.seconds:
            fn(queries[n % len(queries)])
            n += 1
        return n / (time.perf_counter() - start), n

    exact_queries = [q for q in queries if compact_key(q) in resolver.exact]
    n_ex, start = 0, time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        resolver.lookup(exact_queries[n_ex % len(exact_queries)])
        n_ex += 1
    exact_rate = n_ex / (time.perf_counter() - start)
    mixed_rate, _ = rate(resolver.lookup)
    base_rate, _ = rate(lambda q: process.extractOne(compact_key(q), keys, scorer=fuzz.ratio))
    print(f"\nlookups/s, names the index knows (as in adverts): {exact_rate:,.0f}")
    print(f"lookups/s, all benchmark queries (incl. fuzzy fallbacks for misspellings): {mixed_rate:,.0f}")
    print(f"baseline rapidfuzz extractOne over {len(keys):,} keys: {base_rate:,.0f}/s "
          f"→ resolver is {mixed_rate / base_rate:,.0f}x the baseline on the same queries")

    text = " ".join(rng.choice(queries) + " 5g 40 EUR shipping worldwide" for _ in range(20000))
    t = time.perf_counter()
    mentions = resolver.scan(text)
    dt = time.perf_counter() - t
    print(f"scan: {len(text) / 2**20:.1f} MB of advert-like text in {dt:.2f}s = {len(text) / 2**20 / dt:.1f} MB/s, "
          f"{len(mentions):,} mentions")


if __name__ == "__main__":
    main()
