"""Source profiles: is a source a drug market? Read off what its documents sell.

A listing that names no drug but gives an amount and reads like an offer ("1oz Permafrost",
"50x Superman 210MG+") is a drug sale on a market whose other listings sell named drugs,
and is not one on a shop page ("Heavy duty scales, 30kg x 1g, £34.99", "Sea salt 250 g,
3,50 €"): the learned model reads both as offers; the source tells them apart. So such a
listing stays a sale only where at least MIN_DOCUMENTS of the source's documents are known
and MARKET_SHARE of them offer a named drug with a price, amount, contact or sales word. A
document without a source, or from a source not known as a market, is labelled ``other``
and says why. Likewise a short text that names a drug and gives no way to buy ("MDMA 84%
crystal, Dutch quality" on a market; a safety note elsewhere) is a sale only on a known
market, and otherwise ``drug_discussion``.

Streams are settled through a window: a result is decided once the profile has counted up
to WINDOW documents after it (bounded memory, deterministic output, and a market's first
listings are judged by the market as a whole, not by the few before them). A profile can be
seeded with a store's earlier findings, so that an increment is judged against the source's
history.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

MIN_DOCUMENTS = 20
MARKET_SHARE = 0.2
WINDOW = 1000
# The reasons the summary stage gives for a sale that names no drug plainly; the profile settles them.
UNNAMED = "no drug named: an amount and a high sale score (a market's strain or pill name)"
WEAK_NAME = "only an everyday word names the drug, with no amount, contact or sales words (a market's title, or a shop's product)"
# A named drug and no way to buy: a market title leaves price and contact to its page; a safety note or a
# post elsewhere ("Wenn du Ketamin nimmst: nicht allein...") offers nothing. Kept only on a known market,
# otherwise the text is about the drug (drug_discussion).
NO_TERMS = "a drug named, but no price, amount, contact or sales word (a market's title)"
UNSETTLED = (UNNAMED, WEAK_NAME, NO_TERMS)


def unsettled(reasons) -> bool:
    return any(r in UNSETTLED for r in reasons or ())


@dataclass
class SourceProfiles:
    seen: dict[str, list[int]] = field(default_factory=dict)  # source -> [documents, named drug sales]

    def count(self, result: dict, source: str | None) -> None:
        """Count an analysed document for its source (an unsettled sale sells no named drug)."""
        if source and result.get("label") is not None:
            counts = self.seen.setdefault(source, [0, 0])
            counts[0] += 1
            counts[1] += result["label"] == "drug_sale" and not unsettled(result.get("reasons"))

    def settle(self, result: dict, source: str | None) -> dict:
        """Keep or drop ``result``'s unsettled sale, by its source's profile."""
        reasons = result.get("reasons") or []
        if unsettled(reasons) and not self.is_market(source):
            n, named = self.seen.get(source, (0, 0))
            where = f"source {source!r}: {named} of {n} documents sell a named drug" if source else "no source"
            if NO_TERMS in reasons:
                result["label"] = "drug_discussion"
                why = "a drug named but no way to buy it"
            else:
                result["label"], result["effect_group"] = "other", None
                why = "no drug named plainly"
            result["reasons"] = [r for r in reasons if r not in UNSETTLED] + [
                f"{why}, and the source is not known as a drug market ({where})"]
        return result

    def is_market(self, source: str | None) -> bool:
        n, named = self.seen.get(source, (0, 0))  # only named sources are ever counted
        return n >= MIN_DOCUMENTS and named >= MARKET_SHARE * n

    def settled(self, pairs: Iterable[tuple[str | None, dict]], window: int = WINDOW) -> Iterator[dict]:
        """(source, result) pairs to results in input order, each settled once up to ``window``
        documents after it have been counted."""
        held: deque = deque()
        for source, result in pairs:
            self.count(result, source)
            held.append((result, source))
            if len(held) > window:
                yield self.settle(*held.popleft())
        while held:
            yield self.settle(*held.popleft())

    @classmethod
    def from_store(cls, store) -> SourceProfiles:
        """Seeded with the store's findings: documents and named drug sales per source."""
        rows = store.read_rows(  # a named drug sale as count() reads one: a sale without an unsettled reason
            "SELECT d.source, COUNT(*), SUM(CASE WHEN f.label = 'drug_sale' "
            + "".join(" AND f.result NOT LIKE ?" for _ in UNSETTLED)
            + " THEN 1 ELSE 0 END) FROM findings f JOIN documents d ON d.rid = f.rid "
            "WHERE f.label IS NOT NULL GROUP BY d.source", tuple(f"%{r}%" for r in UNSETTLED))
        return cls({source: [int(n), int(named or 0)] for source, n, named in rows})
