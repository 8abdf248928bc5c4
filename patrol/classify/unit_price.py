"""The price of a gram. No drug is sold for a few cents a gram, so "500g, £2.75" is cereal, not
"Special K", and "1kg tub £6.49" is wall filler, not crack; the listing's slang is then read as the
ordinary word it also is (stages.SummaryStage)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache

from patrol.lexicon import package_json
from patrol.recognizers.base import Entity

# Below this many euros a gram (or millilitre) nothing is a drug. The cheapest drug sold by weight is
# nitrous oxide by the 2 kg tank (about 0.022 EUR/g: "Lachgas tank 2kg €45"); kratom by the kilo, outdoor
# cannabis by the pound and precursors in bulk cost from about 0.05 EUR/g.
CHEAP_PER_GRAM = 0.02
# From this many euros a gram for every weight priced, what is sold by weight is no grinder or T-shirt:
# "ketamine needles, 5g £120" are the drug (needles, its crystal form), whatever the word after its name
# says. Every weight: a scale's "0.01g precision, $12.99" is no price of a gram.
DEAR_PER_GRAM = 5.0
def everyday_goods(euros_per_gram: float | None) -> bool:
    """Priced a gram as no drug is: "500g, £2.75" is cereal."""
    return euros_per_gram is not None and euros_per_gram < CHEAP_PER_GRAM


GRAMS = {"ug": 1e-6, "mg": 1e-3, "g": 1.0, "kg": 1e3, "oz": 28.35, "lb": 453.6, "ml": 1.0, "l": 1e3}
PAIR_WITHIN = 60  # characters between a weight and the price that goes with it


@cache
def rough_rates() -> dict[str, float]:
    data = package_json("patrol.classify", "data/rough_rates.json")
    return {k: float(v) for k, v in data.items() if not k.startswith("_")}


def gram_prices(quantities: list[Entity], prices: list[Entity]) -> list[float]:
    """Euros a gram for each weight that has a fiat price within reach (its nearest one). The summary
    rules read the highest as the document's price a gram, so that one cheap line (a free sample, a bulk
    kilo) does not make a menu look like a shop, and the lowest for DEAR_PER_GRAM."""
    rates = rough_rates()
    priced = sorted((p.start, p.value["amount"] * rates[p.value["currency"]], p.value.get("per"))
                    for p in prices if p.value.get("currency") in rates)
    starts = [x[0] for x in priced]
    out = []
    for q in quantities:
        grams = GRAMS.get(q.value.get("unit"), 0.0) * q.value.get("value", 0.0)
        lo, hi = bisect_left(starts, q.start - PAIR_WITHIN), bisect_right(starts, q.start + PAIR_WITHIN)
        if grams <= 0 or lo == hi:
            continue
        _, eur, per = min(priced[lo:hi], key=lambda x: abs(x[0] - q.start))
        per = "g" if per == "gram" else per
        if per:
            if per in GRAMS:  # "€10/g"; a price per pill says nothing of weight
                out.append(eur / GRAMS[per])
        else:
            out.append(eur / grams)
    return out
