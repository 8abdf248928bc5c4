#!/usr/bin/env python3
"""Ingest throughput and memory.

    python bench/ingest.py [--sizes 100000 1000000] [--data ../shared/data]

1. The real Agora listings in ../shared/data/listings (skipped, with a note, when absent).
2. A synthetic scale-up (CSV listings, written here from templates) at each --sizes.

Each measurement runs in a fresh child process so that its peak RSS is its own.
Against each ingest it times the I/O floor: the same reader reading and parsing the
same file without storing, and reports ingest time / floor time.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AGORA_MAP = ["text=title+feedback", "author=vendor", "posted_at=date"]


def child(mode: str, files: list[str], home: str, maps: list[str]) -> None:
    from patrol.ingest import ingest
    from patrol.model import Document
    from patrol.sources import reader_for
    from patrol.sources.base import FieldMap, ReadOptions
    from patrol.store import open_store

    options = ReadOptions(field_map=FieldMap.parse(maps))
    paths = [Path(f) for f in files]
    t = time.perf_counter()
    if mode == "floor":
        n = 0
        for p in paths:
            for ev in reader_for(p).read(p, options):
                if isinstance(ev, Document):
                    _ = ev.sha256  # hashing is part of reading evidence, not of storing it
                    n += 1
    else:
        with open_store(Path(home)) as store:
            n = ingest(store, paths, options).new
    elapsed = time.perf_counter() - t
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"records": n, "seconds": elapsed, "peak_rss_mb": rss_mb}))


def measure(mode: str, files: list[Path], maps: list[str]) -> dict:
    with tempfile.TemporaryDirectory() as home:
        out = subprocess.run([sys.executable, __file__, "--child", mode, home, json.dumps(maps), *map(str, files)],
                             capture_output=True, text=True, check=True, cwd=ROOT)
        res = json.loads(out.stdout.strip().splitlines()[-1])
        if mode == "ingest":
            res["store_mb"] = sum(p.stat().st_size for p in Path(home).rglob("*") if p.is_file()) / 2**20
    return res


VENDORS = [f"vendor{i:04d}" for i in range(3000)]
PRODUCTS = ["MDMA crystals 84%", "Cocaine Peruvian flake", "3-MMC research chemical", "LSD 150ug blotter",
            "Xanax 2mg bars", "Amnesia Haze buds", "Ketamine needles", "Heroin #4", "2C-B HCl", "Oxycodone 30mg"]


def synth_csv(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "date", "vendor", "title", "price_btc", "category", "subcategory", "feedback", "ships_from", "ships_to"])
        for i in range(n):
            q = rng.choice([1, 2, 5, 10, 28, 100])
            w.writerow([f"syn-{i:08d}", f"2014-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", rng.choice(VENDORS),
                        f"{q}g {rng.choice(PRODUCTS)}", f"{rng.uniform(0.01, 3):.8f}", "Drugs", "Stimulants",
                        f"Feedbacks: {rng.randint(1, 5)}/5 fast shipping, good stealth. {rng.randint(1, 30)} days ago [{rng.randint(0, 9)} deals]",
                        rng.choice(["USA", "Germany", "Netherlands", "UK"]), rng.choice(["Worldwide", "EU", ""])])


def row(label: str, files: list[Path], maps: list[str]) -> dict:
    size_mb = sum(p.stat().st_size for p in files) / 2**20
    ing = measure("ingest", files, maps)
    floor = measure("floor", files, maps)
    return {
        "input": label, "records": ing["records"], "mb": round(size_mb, 1),
        "records_per_s": round(ing["records"] / ing["seconds"]), "mb_per_s": round(size_mb / ing["seconds"], 1),
        "floor_records_per_s": round(floor["records"] / floor["seconds"]),
        "ingest_over_floor": round(ing["seconds"] / floor["seconds"], 2),
        "peak_rss_mb": round(ing["peak_rss_mb"]), "store_mb": round(ing["store_mb"], 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--sizes", type=int, nargs="*", default=[100_000, 1_000_000])
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "ingest.json")
    args = ap.parse_args()

    rows = []
    listings = sorted((args.data / "listings").glob("agora_*.csv"))
    if listings:
        rows.append(row("Agora listings (real, " + ", ".join(p.name for p in listings) + ")", listings, AGORA_MAP))
    else:
        print(f"note: {args.data / 'listings'} not found; real-listing figures skipped", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = Path(tmp) / f"synthetic_{n}.csv"
            synth_csv(path, n)
            rows.append(row(f"synthetic CSV listings, {n:,}", [path], AGORA_MAP))
            path.unlink()

    cols = ["input", "records", "mb", "records_per_s", "mb_per_s", "floor_records_per_s", "ingest_over_floor",
            "peak_rss_mb", "store_mb"]
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for r in rows:
        print("| " + " | ".join(f"{r[c]:,}" if isinstance(r[c], int) else str(r[c]) for c in cols) + " |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[5:], sys.argv[3], json.loads(sys.argv[4]))
    else:
        main()
