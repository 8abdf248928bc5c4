"""The price of a gram as evidence of what is sold. No drug is sold for a few cents a gram, so "500g, £2.75" is
cereal, not "Special K", and "1kg tub £6.49" is wall filler, not crack; the listing's slang is then read as the
ordinary word it also is (stages.SummaryStage). The pairing of weights and prices is recognizers/gram_price.py."""

from __future__ import annotations

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
