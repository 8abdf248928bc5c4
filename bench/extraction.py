#!/usr/bin/env python3
"""Entity extraction against hand-labelled truth, patrol beside a regex + dictionary baseline, same run.

    python bench/extraction.py [--check] [--misses]

bench/extraction*.jsonl hold documents whose entities were labelled by hand in the vocabulary of
docs/entities/*.md (what an analyst wants from the text, not what patrol happened to output); each set
was committed before patrol's first run on it (docs/benchmarks.md gives the commits and the first runs;
fixes followed, so a set is blind only until then). Per set and entity type, precision, recall and F1
are counted over all its documents (micro):

- substances: distinct KB ids; a labelled "a|b" is found by either (one name filed under two entries
  of the KB, as hashish under cannabis and cannabis resin), and counts neither as found nor as missed
  when the id that meets it already met another labelled name (hashish beside weed: one id, cannabis);
- quantities (value, unit) and prices (amount, currency), as many times as written;
- contacts (kind, value), values compared case-insensitively, an onion service by its host;
- crypto: checksum-valid addresses; `look_alikes` (one character changed) must not be reported valid;
- locations (country, role), distinct; "mentioned" is dropped where the same country has a role; and
  countries alone.

The baseline is what a few regular expressions and a plain lookup of every one-to-three-word phrase in
patrol's own alias table find, with no context, no checksums and no validation: the starting point a
recognizer must beat. Uses the shipped models; no dev data needed. --check exits 1 below
bench/extraction_thresholds.json or when a look-alike is accepted.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TYPES = ("substances", "quantities", "prices", "contacts", "crypto", "locations", "countries")
SPECIFIC = ("ships_from", "ships_to", "origin")
_UNIT = {"mcg": "ug", "µg": "ug", "tabs": "tab", "pills": "pill"}  # the baseline's units, as the contract writes them
_SYMBOL = {"$": "USD", "€": "EUR", "£": "GBP"}


# in the order they are reported: each session's final measure after its rounds' sets
SETS = ("extraction.jsonl", *(f"extraction{n}.jsonl" for n in (
    *range(2, 98), 99, 98, *range(100, 103), *range(104, 113), 103, 114, 115, 113, *range(117, 129), 116,
    *range(130, 144), 129, *range(145, 154), 144, 155, 156, 154, *range(158, 171), 157, *range(172, 183), 171,
    *range(184, 192), 183, *range(193, 201), 192, *range(202, 213), 201, *range(214, 222), 213,
    *range(223, 231), 222, *range(232, 241), 231, *range(242, 254), 241, *range(255, 265), 254,
    *range(266, 276), 265, *range(277, 289), 276, *range(290, 300), 289, *range(301, 314), 300,
    *range(315, 324), 314, *range(325, 333), 324, *range(334, 340), 333, *range(341, 351), 340,
    *range(352, 366), 351, *range(367, 385), 366, *range(386, 397), 385, *range(398, 410), 397,
    *range(411, 421), 410, *range(422, 429), 421, *range(430, 441), 429)))


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (ROOT / "bench" / name).read_text("utf-8").splitlines() if line.strip()]


def _contact(kind: str, value: str) -> tuple[str, str]:
    value = value.lower()
    if kind == "onion":
        value = re.sub(r"^[a-z]+://", "", value).split("/")[0]
    return kind, value


def _places(pairs) -> set[tuple[str, str]]:
    pairs = {(c, r) for c, r in pairs}
    placed = {c for c, r in pairs if r in SPECIFIC}
    return {(c, r) for c, r in pairs if r in SPECIFIC or c not in placed}


def truth(doc: dict) -> dict[str, Counter]:
    places = _places(doc["locations"])
    return {"substances": Counter(doc["substances"]),
            "quantities": Counter((round(v, 4), u) for v, u in doc["quantities"]),
            "prices": Counter((round(a, 6), c) for a, c in doc["prices"]),
            "contacts": Counter(_contact(k, v) for k, v in doc["contacts"]),
            "crypto": Counter(doc["crypto"]),
            "locations": Counter(places),
            "countries": Counter({c for c, _r in places})}


def found(result: dict) -> dict[str, Counter]:
    """patrol's output contract, in the truth's terms."""
    places = _places((x["country"], x["role"]) for x in result["locations"])
    return {"substances": Counter({x["substance_id"] for x in result["substances"]}),
            "quantities": Counter((round(x["value"], 4), x["unit"]) for x in result["quantities"]),
            "prices": Counter((round(x["amount"], 6), x["currency"]) for x in result["prices"]),
            "contacts": Counter(_contact(x["kind"], x["value"]) for x in result["contacts"]),
            "crypto": Counter(x["address"] for x in result["crypto_addresses"] if x["valid"]),
            "locations": Counter(places),
            "countries": Counter({c for c, _r in places})}


def match(kind: str, want: Counter, got: Counter) -> tuple[int, int, int, list, list]:
    """(true positives, false positives, false negatives, missed, spurious)."""
    if kind == "substances":  # a labelled "a|b" is met by either id
        left, tp, missed = set(got), 0, []
        for item in sorted(want, key=lambda i: i.count("|")):  # the most specific first
            alternatives = item.split("|")
            hit = next((a for a in alternatives if a in left), None)
            if hit:
                left.discard(hit)
                tp += 1
            elif not set(alternatives) & set(got):  # met by an id that met another: one substance to the KB
                missed.append(item)
        return tp, len(left), len(missed), missed, sorted(left)
    tp = sum((want & got).values())
    return tp, sum(got.values()) - tp, sum(want.values()) - tp, list((want - got).elements()), list((got - want).elements())


class Baseline:
    """Regular expressions and a context-free lookup of patrol's alias table."""

    QTY = re.compile(r"(\d+(?:[.,]\d+)?)\s?(mg|mcg|µg|ug|kg|g|ml|oz|lb|tabs?|pills?)\b", re.IGNORECASE)
    PRICE = re.compile(r"([$€£])\s?(\d+(?:[.,]\d+)?)|(\d+(?:[.,]\d+)?)\s?(€|\$|£|EUR\b|USD\b|GBP\b|BTC\b)")
    AT = re.compile(r"@\w{3,}")
    EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
    PHONE = re.compile(r"\+\d[\d ()-]{7,}\d")
    COIN = re.compile(r"\b(?:[13LMT][1-9A-HJ-NP-Za-km-z]{25,34}|bc1[02-9ac-hj-np-z]{8,87}|0x[0-9a-fA-F]{40}"
                      r"|[48][1-9A-HJ-NP-Za-km-z]{94})\b")
    WORD = re.compile(r"\w[\w-]*")

    def __init__(self) -> None:
        import pycountry

        from patrol.knowledge.kb import KnowledgeBase
        from patrol.knowledge.normalize import compact_key
        from patrol.knowledge.resolver import Resolver

        self.key, self.aliases = compact_key, Resolver(KnowledgeBase.load(None)).exact
        self.country = names = {c.name: c.alpha_2 for c in pycountry.countries} | {"UK": "GB", "USA": "US"}
        self.place = re.compile(r"(?:\b(from|to)\s+(?:the\s+)?)?\b(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b")

    def __call__(self, text: str) -> dict[str, Counter]:
        words = self.WORD.findall(text)
        subs = set()
        for n in (1, 2, 3):
            for i in range(len(words) - n + 1):
                entries = self.aliases.get(self.key(" ".join(words[i:i + n])))
                if entries:
                    subs.add(max(entries, key=lambda e: e.weight).substance_id)
        qty = Counter((round(float(v.replace(",", ".")), 4), _UNIT.get(u.lower(), u.lower())) for v, u in self.QTY.findall(text))
        prices = Counter()
        for sym, a, b, cur in self.PRICE.findall(text):
            prices[(round(float((a or b).replace(",", ".")), 6), _SYMBOL.get(sym or cur, sym or cur))] += 1
        emails = self.EMAIL.findall(text)
        contacts = Counter(("email", e.lower()) for e in emails)
        for m in self.AT.finditer(text):
            if not any(m.group()[1:] in e for e in emails):
                kind = "telegram" if "telegram" in text[max(0, m.start() - 20):m.start()].lower() else "handle"
                contacts[(kind, m.group().lower())] += 1
        contacts.update(("phone", "+" + re.sub(r"\D", "", p)) for p in self.PHONE.findall(text))
        places = _places((self.country[c], {"from": "ships_from", "to": "ships_to"}.get(w, "mentioned"))
                         for w, c in self.place.findall(text))
        return {"substances": Counter(subs), "quantities": qty, "prices": prices, "contacts": contacts,
                "crypto": Counter(self.COIN.findall(text)), "locations": Counter(places),
                "countries": Counter({c for c, _r in places})}


def score(docs: list[dict], outputs: list[dict[str, Counter]]) -> tuple[dict, list[str], int]:
    totals = {t: [0, 0, 0] for t in TYPES}
    misses = []
    for doc, got in zip(docs, outputs):
        want = truth(doc)
        for t in TYPES:
            tp, fp, fn, missed, spurious = match(t, want[t], got[t])
            for i, n in enumerate((tp, fp, fn)):
                totals[t][i] += n
            if missed or spurious:
                misses.append(f"{doc['id']} {t}: missed {missed} spurious {spurious}")
    figures = {}
    for t, (tp, fp, fn) in totals.items():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        figures[t] = {"n": tp + fn, "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    accepted = sum(got["crypto"][a] for doc, got in zip(docs, outputs) for a in doc.get("look_alikes", ()))
    return figures, misses, accepted


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="fail below bench/extraction_thresholds.json")
    ap.add_argument("--misses", action="store_true", help="list every missed and spurious entity")
    args = ap.parse_args()

    from patrol.pipeline.analyzer import Analyzer

    analyzer, baseline = Analyzer(), Baseline()
    floors = json.loads((ROOT / "bench" / "extraction_thresholds.json").read_text())
    report, failed = {}, []
    for name in SETS:
        docs = load(name)
        ours, ours_misses, ours_accepted = score(docs, [found(r) for r in analyzer.analyze([(d["id"], d["text"]) for d in docs])])
        base, _m, base_accepted = score(docs, [baseline(d["text"]) for d in docs])
        n_look = sum(len(d.get("look_alikes", ())) for d in docs)
        print(f"\nbench/{name}: {len(docs)} documents\n")
        print("| entity | labelled | patrol P / R / F1 | baseline (regex + dictionary) P / R / F1 |\n|---|---|---|---|")
        for t in TYPES:
            o, b = ours[t], base[t]
            print(f"| {t} | {o['n']} | {o['precision']:.3f} / {o['recall']:.3f} / {o['f1']:.3f} "
                  f"| {b['precision']:.3f} / {b['recall']:.3f} / {b['f1']:.3f} |")
        print(f"| crypto look-alikes reported valid | {n_look} | {ours_accepted} | {base_accepted} |")
        if args.misses:
            print("\n" + "\n".join("  " + m for m in ours_misses))
        report[name] = {"patrol": ours, "baseline": base, "look_alikes": n_look,
                        "look_alikes_accepted": ours_accepted, "misses": ours_misses}
        failed += [f"{name} {t} F1 {ours[t]['f1']:.3f} < {v}" for t, v in floors.get(name, {}).items()
                   if ours[t]["f1"] < v]
        if ours_accepted:
            failed.append(f"{name}: {ours_accepted} crypto look-alikes reported valid")
    out = ROOT / "bench" / "out" / "extraction.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))
    if args.check:
        if failed:
            print("BELOW THRESHOLD: " + "; ".join(failed))
            sys.exit(1)
        print("extraction thresholds met")


if __name__ == "__main__":
    main()
