"""Alert rule kinds. A kind is one function registered with ``@kind("name")``; a rule in
data/alert_rules.json names its kind and gives its parameters.

A kind returns ``Draft`` alerts. ``key`` decides identity: the same rule and key is the
same alert, so re-running over the same (or more) evidence updates it, never repeats it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from patrol.knowledge.kb import KnowledgeBase
from patrol.signals import trends as tr
from patrol.signals.observations import Observation

KINDS: dict[str, Callable] = {}
SEVERITIES = ("low", "medium", "high", "critical")


def kind(name: str):
    def register(fn):
        KINDS[name] = fn
        return fn
    return register


@dataclass
class Draft:
    key: str
    title: str
    evidence: list[str]
    detail: dict = field(default_factory=dict)


class Context:
    """What rules look at, computed once and shared."""

    def __init__(self, observations: list[Observation], kb: KnowledgeBase) -> None:
        self.observations = observations
        self.kb = kb

    @cached_property
    def daily(self) -> tr.Trends:
        return tr.build(self.observations, "day")

    @cached_property
    def discoverer(self):
        from patrol.knowledge.resolver import Resolver
        from patrol.signals.discover import Discoverer

        d = Discoverer(Resolver(self.kb))
        d.add(self.observations)
        return d

    def ranked(self, top: int):
        return self.discoverer.rank(top, nearest=False)

    @cached_property
    def generic_matches(self) -> dict[str, list[str]]:
        """substance id → generic definitions its structure matches (substances with a structure only)."""
        from patrol.knowledge.chemistry import definitions
        from patrol.knowledge.chemistry.structure import parse_smiles

        seen = {s for o in self.observations for s in o.substance_ids}
        out = {}
        for sid in seen:
            sub = self.kb.get(sid)
            if sub and sub.smiles:
                try:
                    mol = parse_smiles(sub.smiles)
                except Exception:  # a KB structure that does not parse matches nothing
                    continue
                out[sid] = [d.id for d in definitions() if d.evaluate(mol).matched]
        return out


@kind("new_substance")
def new_substance(rule: dict, ctx: Context) -> list[Draft]:
    groups = set(rule.get("groups") or ())
    out = []
    for c in ctx.ranked(rule.get("top", 200)):
        if c.score < rule["min_score"] or len(c.accounts) < rule["min_accounts"]:
            continue
        if groups and c.group not in groups:
            continue
        out.append(Draft(c.key, f"Uncatalogued substance '{c.variants.most_common(1)[0][0]}' "
                                f"({len(c.accounts)} accounts, {c.docs} documents)",
                         list(c.examples), {"term": c.key, "score": round(c.score, 3), "accounts": len(c.accounts),
                                            "first_seen": str(c.first_seen), "suggested_effect_group": c.group}))
    return out


@kind("first_appearance")
def first_appearance(rule: dict, ctx: Context) -> list[Draft]:
    """A substance seen for the first time in a country or on a platform that has been
    watched for ``warmup_days`` and has shown ``min_baseline_documents`` sale adverts already
    (before that, absence means little), in at least ``min_documents`` offers within
    ``window_days`` of the first (one stray mention is not a market)."""
    dim = rule["dimension"]
    watched_since: dict[str, object] = {}
    offers_seen: Counter = Counter()  # sale adverts seen per country or platform so far
    first: dict[tuple[str, str], list[Observation]] = {}
    baseline: dict[tuple[str, str], int] = {}
    for o in sorted((o for o in ctx.observations if o.day), key=lambda o: (o.day, o.id)):
        values = o.countries if dim == "country" else [o.source]
        for v in values:
            watched_since.setdefault(v, o.day)
            if o.label != "drug_sale":
                continue
            for sid in o.substance_ids:
                docs = first.setdefault((sid, v), [])
                baseline.setdefault((sid, v), offers_seen[v])
                if not docs or (o.day - docs[0].day).days <= rule.get("window_days", 7):
                    docs.append(o)
            offers_seen[v] += 1
    out = []
    for (sid, v), docs in sorted(first.items()):
        day = docs[0].day
        if ((day - watched_since[v]).days < rule.get("warmup_days", 7) or len(docs) < rule.get("min_documents", 1)
                or baseline[(sid, v)] < rule.get("min_baseline_documents", 0)):
            continue
        name = ctx.kb.get(sid).name if ctx.kb.get(sid) else sid
        out.append(Draft(f"{sid}|{v}", f"First {name} offer {'from' if dim == 'country' else 'on'} {v} ({day})",
                         [o.id for o in docs[:20]], {"substance": sid, dim: v, "day": str(day)}))
    return out


@kind("burst")
def burst(rule: dict, ctx: Context) -> list[Draft]:
    groups, generic = set(rule.get("effect_groups") or ()), set(rule.get("generic_definitions") or ())
    trends = ctx.daily
    chosen = []
    for (dim, value), s in trends.series.items():
        if dim != "substance":
            continue
        sub = ctx.kb.get(value)
        if (groups or generic) and not ((sub and sub.effect_group in groups)
                                        or generic & set(ctx.generic_matches.get(value, ()))):
            continue
        chosen.append(s)
    found = tr.bursts(trends, chosen, rule.get("alpha", 0.001), rule.get("window_days", 28),
                      rule.get("min_history_days", 3), rule.get("min_count", 3), rule.get("min_ratio", 2.0))
    return [Draft(f"{b.value}|{b.period}", f"Burst: {b.value} in {b.count} documents on {b.period} "
                                           f"(expected {b.expected})",
                  trends.series[(b.dimension, b.value)].evidence[b.period][:20],
                  {"substance": b.value, "day": str(b.period), "count": b.count, "expected": b.expected,
                   "p_value": b.p_value, "baseline_days": b.baseline_periods,
                   "generic_definitions": ctx.generic_matches.get(b.value, [])}) for b in found]


@kind("controlled_in_bulk")
def controlled_in_bulk(rule: dict, ctx: Context) -> list[Draft]:
    out: dict[str, Draft] = {}
    for o in ctx.observations:
        if o.label != "drug_sale":
            continue
        listed = [s for s in o.result.get("substances") or ()
                  if any(c.get("regime") == rule["regime"] for c in s.get("control") or ())]
        if not listed:
            continue
        grams = max((q["value"] * tr.GRAMS[q["unit"].lower()] for q in o.result.get("quantities") or ()
                     if str(q.get("unit", "")).lower() in tr.GRAMS), default=0.0)
        if grams < rule.get("min_grams", 10):
            continue
        for s in listed:
            d = out.setdefault(s["substance_id"], Draft(s["substance_id"], f"{s['name']} ({rule['regime']}) offered "
                                                        "in bulk", [], {"substance": s["substance_id"],
                                                                        "max_grams": 0.0}))
            d.evidence.append(o.id)
            d.detail["max_grams"] = max(d.detail["max_grams"], grams)
    return list(out.values())
