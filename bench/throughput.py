#!/usr/bin/env python3
"""End-to-end analysis throughput, against two baselines in the same run.

    python bench/throughput.py [--data ../shared/data] [--workers 2]

- Short listings: Agora titles (../shared/data/listings; when absent, the demo corpus
  listings), analysed by the full pipeline (language id, seven recognizers, KB
  resolution, both models, summary) with `workers` processes, results in input order. As crawled,
  most titles repeat an earlier one (a vendor relists), and a run analyses a text once
  (pipeline/repeats.py): the distinct titles alone, and every title analysed, are timed too.
- Long pages: the transfer set's shop and news pages, repeated into ~20 KB pages: MB/s.
- Baselines on the same short listings, single process:
  (a) the char n-gram TF-IDF + logistic regression classifier alone (predict only);
  (b) a spaCy pipeline (blank English tokenizer + PhraseMatcher over the same KB
      aliases, attr LOWER): substance matching only, no classification.
- Memory: peak RSS of `patrol analyze` in a child process on 20k and 200k records.
Model and KB loading is timed separately and not counted in the rates.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def listings(data: Path) -> list[tuple[str, str]]:
    files = sorted((data / "listings").glob("agora_*.csv"))
    if not files:
        print("note: no Agora listings found; using the demo corpus listings", file=sys.stderr)
        files = [ROOT / "patrol" / "demo" / "corpus" / "darknet_listings.csv"]
    out = []
    for f in files:
        with open(f, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                out.append((r.get("id") or r.get("listing_id"), r["title"]))
    return out


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds else float("inf")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--skip-memory", action="store_true")
    args = ap.parse_args()

    from patrol.pipeline import runner

    items = listings(args.data)
    t = time.perf_counter()
    runner._init(None)
    load_s = time.perf_counter() - t
    recs = [("ok", i, text, "agora") for i, text in items]
    sum(1 for _ in runner.run(iter(recs[:300]), workers=args.workers))  # warm up
    t = time.perf_counter()
    n = sum(1 for _ in runner.run(iter(recs), workers=args.workers))
    ours = rate(n, time.perf_counter() - t)
    t = time.perf_counter()
    n1 = sum(1 for _ in runner.run(iter(recs), workers=1))
    ours1 = rate(n1, time.perf_counter() - t)
    distinct = list({text: (kind, i, text, source) for kind, i, text, source in reversed(recs)}.values())[::-1]
    t = time.perf_counter()
    nd = sum(1 for _ in runner.run(iter(distinct), workers=args.workers))
    ours_distinct = rate(nd, time.perf_counter() - t)
    t = time.perf_counter()
    na = sum(1 for _ in runner.run(iter(recs), workers=args.workers, reuse=False))
    ours_every = rate(na, time.perf_counter() - t)

    transfer = [json.loads(x) for x in (ROOT / "bench" / "transfer.jsonl").read_text("utf-8").splitlines() if x.strip()]
    long_src = [x["text"] for x in transfer if len(x["text"]) > 400]
    pages = []
    for i in range(300):
        body = "\n\n".join(long_src[(i + k) % len(long_src)] for k in range(20))
        pages.append(("ok", f"p{i}", body[:20000], None))
    mb = sum(len(p[2].encode()) for p in pages) / 2**20
    t = time.perf_counter()
    sum(1 for _ in runner.run(iter(pages), workers=args.workers))
    long_mb_s = mb / (time.perf_counter() - t)

    # (a) the baseline classifier alone
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [t_ for _, t_ in items]
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
    X = vec.fit_transform(texts[:3000])
    clf = LogisticRegression(max_iter=500).fit(X, [i % 2 for i in range(X.shape[0])])
    t = time.perf_counter()
    clf.predict(vec.transform(texts))
    base_a = rate(len(texts), time.perf_counter() - t)

    # (b) spaCy PhraseMatcher with the same lexicon
    base_b, spacy_note = None, ""
    try:
        import spacy
        from spacy.matcher import PhraseMatcher

        kb = runner._ANALYZER.kb
        nlp = spacy.blank("en")
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        aliases = sorted({a.name for s in kb.substances.values() for a in s.aliases if not a.stopword})
        t = time.perf_counter()
        matcher.add("SUBSTANCE", list(nlp.tokenizer.pipe(aliases)))
        spacy_build = time.perf_counter() - t
        t = time.perf_counter()
        for doc in nlp.pipe(texts, batch_size=512):
            matcher(doc)
        base_b = rate(len(texts), time.perf_counter() - t)
        spacy_note = f"(PhraseMatcher over {len(aliases):,} aliases, built in {spacy_build:.1f}s)"
    except ImportError:
        spacy_note = "(spaCy not installed: pip install -e '.[bench]')"

    print(f"{len(items):,} short listings (mean {sum(map(len, texts)) / len(texts):.0f} characters); "
          f"model + KB load {load_s:.1f}s, not counted")
    print("| pipeline | listings/s | ratio to patrol |\n|---|---|---|")
    print(f"| patrol analyze, {args.workers} workers (full pipeline; {n - nd:,} of {n:,} titles repeat an earlier "
          f"one and are not analysed again) | {ours:,.0f} | 1.00 |")
    print(f"| patrol analyze, 1 worker | {ours1:,.0f} | {ours1 / ours:.2f} |")
    print(f"| patrol analyze, {args.workers} workers, the {nd:,} distinct titles only (each analysed) "
          f"| {ours_distinct:,.0f} | {ours_distinct / ours:.2f} |")
    print(f"| patrol analyze, {args.workers} workers, every title analysed (repeats too, as before session 60) "
          f"| {ours_every:,.0f} | {ours_every / ours:.2f} |")
    print(f"| baseline (a): char TF-IDF + LR classifier alone, 1 process | {base_a:,.0f} | {base_a / ours:.2f} |")
    if base_b:
        print(f"| baseline (b): spaCy tokenizer + PhraseMatcher, 1 process {spacy_note} | {base_b:,.0f} | {base_b / ours:.2f} |")
    else:
        print(f"| baseline (b): spaCy PhraseMatcher | n/a {spacy_note} | |")
    print(f"long pages: {len(pages)} pages of ~20 KB = {mb:.1f} MB at {long_mb_s:.2f} MB/s ({args.workers} workers)")

    if not args.skip_memory:
        with tempfile.TemporaryDirectory() as tmp:
            for n_rec in (20_000, 200_000):
                src = Path(tmp) / f"in_{n_rec}.jsonl"
                with open(src, "w", encoding="utf-8") as f:
                    for i in range(n_rec):
                        f.write(json.dumps({"id": i, "text": items[i % len(items)][1]}) + "\n")
                cmd = [sys.executable, "-c",
                       ("import resource,sys; from patrol.pipeline.runner import analyze_file; from pathlib import Path;"
                        f"analyze_file(Path({str(src)!r}), Path({str(src) + '.out'!r}), workers={args.workers});"
                        "print(max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)/1024)")]
                t = time.perf_counter()
                out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT).stdout.strip().splitlines()[-1]
                print(f"memory: {n_rec:,} records, peak RSS of the largest process {float(out):.0f} MB "
                      f"({n_rec / (time.perf_counter() - t):,.0f} records/s including start-up)")


if __name__ == "__main__":
    main()
