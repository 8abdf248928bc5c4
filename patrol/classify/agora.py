"""The Agora dev listings as labelled examples (for training and for the accuracy bench).

Listings repeat across scrape days: they are de-duplicated on (vendor, title), keeping
the first sighting, so that a listing is either in the earlier period or the later one.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

# The market's drug subcategories that map to patrol's effect groups (ARCHITECTURE.md).
GROUP_OF_SUBCATEGORY = {
    "Cannabis": "cannabis", "Ecstasy": "entactogen", "Psychedelics": "classic_hallucinogen",
    "Stimulants": "stimulant", "Opioids": "opioid", "Benzos": "sedative_hypnotic",
    "Dissociatives": "dissociative", "Disassociatives": "dissociative", "Steroids": "anabolic_steroid",
}


@dataclass(frozen=True, slots=True)
class Listing:
    id: str
    date: str
    vendor: str
    title: str
    category: str
    subcategory: str

    @property
    def is_sale(self) -> bool:
        return self.category == "Drugs"

    @property
    def group(self) -> str | None:
        return GROUP_OF_SUBCATEGORY.get(self.subcategory) if self.is_sale else None


def load(data: Path) -> list[Listing]:
    files = sorted((data / "listings").glob("agora_*.csv"))
    if not files:
        from patrol.errors import PatrolError

        raise PatrolError(f"no Agora listings in {data / 'listings'}: give --data the shared data folder")
    rows = []
    for f in files:
        with open(f, newline="", encoding="utf-8") as fh:
            rows += [Listing(r["id"], r["date"], r["vendor"], r["title"], r["category"], r["subcategory"])
                     for r in csv.DictReader(fh)]
    rows.sort(key=lambda r: (r.date, r.id))
    seen, out = set(), []
    for r in rows:
        key = (r.vendor, r.title)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def split(listings: list[Listing], cutoff: str = "2014-02-01") -> tuple[list[Listing], list[Listing]]:
    return [r for r in listings if r.date < cutoff], [r for r in listings if r.date >= cutoff]
