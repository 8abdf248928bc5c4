"""The price of a gram: each weight paired with the fiat price nearest it, in rough euros. Read by the substance
recognizer (a name two drugs share, told apart by what a gram of it costs) and by the summary rules
(classify/unit_price.py: no drug is sold for a few cents a gram)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from patrol.lexicon import package_json
from patrol.recognizers.base import Entity

GRAMS = {"ug": 1e-6, "mg": 1e-3, "g": 1.0, "kg": 1e3, "oz": 28.35, "lb": 453.6, "ml": 1.0, "l": 1e3}
PAIR_WITHIN = 60  # characters between a weight and the price that goes with it


@cache
def rough_rates() -> dict[str, float]:
    data = package_json("patrol.recognizers", "data/rough_rates.json")
    return {k: float(v) for k, v in data.items() if not k.startswith("_")}


def gram_prices(quantities: list[Entity], prices: list[Entity]) -> list[float]:
    """Euros a gram for each weight that has a fiat price within reach (its nearest one). The summary
    rules read the highest as the document's price a gram, so that one cheap line (a free sample, a bulk
    kilo) does not make a menu look like a shop, and the lowest for DEAR_PER_GRAM."""
    rates = rough_rates()
    priced = sorted((p for p in prices if p.value.get("currency") in rates), key=lambda p: p.start)
    starts = [p.start for p in priced]
    out = []
    for q in quantities:
        grams = GRAMS.get(q.value.get("unit"), 0.0) * q.value.get("value", 0.0)
        lo, hi = bisect_left(starts, q.start - PAIR_WITHIN), bisect_right(starts, q.start + PAIR_WITHIN)
        if grams <= 0 or lo == hi:
            continue
        p = min(priced[lo:hi], key=lambda x: abs(x.start - q.start))
        if p.value.get("per") in (None, "unit"):  # "1g $35 each": each unit weighs the gram
            out.append(_euros(p) / grams)
        elif (eur := per_gram(p)) is not None:  # "€10/g"; a price per pill says nothing of weight
            out.append(eur)
    return out


def _euros(price: Entity) -> float:
    return price.value["amount"] * rough_rates()[price.value["currency"]]


def per_gram(price: Entity) -> float | None:
    """Euros a gram of a price given for a weight ("€10/g", "$250/oz"), or None."""
    per = price.value.get("per")
    per = "g" if per == "gram" else per
    return _euros(price) / GRAMS[per] if per in GRAMS and price.value.get("currency") in rough_rates() else None


_TIER_GAP = re.compile(r"[ \t]*[-–—:=|@]?[ \t]*")  # "1g £80", "10 bars - $35", "5g: 300€"


def priced_amounts(text: str, quantities: list[Entity], prices: list[Entity]) -> int:
    """How many amounts a price follows at once on their line ("0.5g £45", "10 bars - $35"): a menu's tiers.
    Two or more say a text sells by the amount, though it names no contact (a market listing: the market is
    the contact) and uses no sales word; a report that prices a gram says so in words ("a gram costs £80")."""
    starts = {p.start for p in prices}
    return sum(1 for q in quantities
               if (m := _TIER_GAP.match(text, q.end)) and m.end() in starts and m.end() - q.end <= 4)
