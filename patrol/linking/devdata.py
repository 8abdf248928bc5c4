"""The dev listings as a linking task: each vendor's listings split into two pseudo-accounts
with unrelated handles (optionally on a second "market" with shifted dates). Used by
``patrol link train`` and bench/linking.py; the answer key is which pseudo-accounts share a vendor."""

from __future__ import annotations

import csv
import hashlib
import random
from datetime import date, timedelta
from pathlib import Path

from patrol.errors import PatrolError


def listings(data: Path, months: tuple[str, ...] = ("2014-01", "2014-02")) -> list[dict]:
    files = sorted((Path(data) / "listings").glob("agora_*.csv"))
    if not files:
        raise PatrolError(f"no Agora listings in {Path(data) / 'listings'}: give --data the shared data folder")
    seen, rows = set(), []
    for f in files:
        with open(f, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if r["date"][:7] in months and (r["vendor"], r["title"]) not in seen:
                    seen.add((r["vendor"], r["title"]))
                    rows.append(r)
    rows.sort(key=lambda r: (r["date"], r["id"]))
    return rows


def _pseudo(vendor: str, half: int, seed: int) -> str:
    """A made-up handle of 6-12 letters, unrelated to the vendor's (every account gets one, so
    the shape of a handle gives nothing away)."""
    r = random.Random(hashlib.sha256(f"{seed}:{vendor}:{half}".encode()).digest())
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(6, 12)))


def split_task(rows: list[dict], min_listings: int = 6, seed: int = 0, cross_market: float = 0.0,
               shift_days: int = 90) -> tuple[list[dict], set[frozenset]]:
    """Records for ``patrol link`` and the true pairs of pseudo-accounts.

    Vendors with at least ``min_listings`` listings are split in two halves with unrelated
    handles; a share ``cross_market`` of them has its second half moved to market "agora-b"
    with dates shifted by ``shift_days``. Other vendors stay whole, under made-up handles too
    (distractors)."""
    rng = random.Random(seed)
    by_vendor: dict[str, list[dict]] = {}
    for r in rows:
        by_vendor.setdefault(r["vendor"], []).append(r)
    records, truth = [], set()
    for vendor in sorted(by_vendor):
        items = by_vendor[vendor][:]
        if len(items) < min_listings:
            records += [_record(r, _pseudo(vendor, 0, seed), "agora", 0) for r in items]
            continue
        rng.shuffle(items)
        half = len(items) // 2
        moved = rng.random() < cross_market
        a, b = _pseudo(vendor, 0, seed), _pseudo(vendor, 1, seed)
        records += [_record(r, a, "agora", 0) for r in items[:half]]
        records += [_record(r, b, "agora-b" if moved else "agora", shift_days if moved else 0) for r in items[half:]]
        truth.add(frozenset({("agora", a), ("agora-b" if moved else "agora", b)}))
    return records, truth


def _record(r: dict, author: str, source: str, shift: int) -> dict:
    day = date.fromisoformat(r["date"]) + timedelta(days=shift)
    text = r["title"]
    if r.get("price_btc"):
        text += f"\nPrice: {float(r['price_btc']):.4f} BTC"
    if r.get("ships_from"):
        text += f"\nShips from: {r['ships_from']}"
    return {"id": r["id"], "source": source, "author": author, "posted_at": day.isoformat(), "text": text}
