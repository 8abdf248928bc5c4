"""Bulletins: one HTML page (and a PDF of it) for a period, built only from the store.

Reproducible: the same store, --since and --until give the same bytes (no wall-clock
time in the page; the store's chain head names the evidence it was built from).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from patrol import __version__
from patrol.errors import PatrolError
from patrol.signals import plots
from patrol.signals import trends as tr
from patrol.signals.observations import Observation

TEMPLATES = Path(__file__).parent / "templates"


class EmptyPeriod(PatrolError):
    code = "empty_period"


@dataclass
class Bulletin:
    html: str
    context: dict


def build(observations: list[Observation], alerts: list[dict], kb, since: date, until: date | None = None,
          discovered: list | None = None, rates: tr.Rates | None = None, provenance: dict | None = None) -> Bulletin:
    dated = [o for o in observations if o.day is not None]
    if not dated:
        raise EmptyPeriod("no dated documents: ingest and analyse something first (`patrol demo` shows how)")
    until = until or max(o.day for o in dated)
    if since > until:
        raise EmptyPeriod(f"--since {since} is after the last document day {until}: nothing to report")
    upto = [o for o in dated if o.day <= until]
    in_period = [o for o in upto if o.day >= since]
    weekly = tr.build([o for o in upto if o.label == "drug_sale"], "week")

    def name(sid: str) -> str:
        return kb.get(sid).name if kb.get(sid) else sid

    period_subs = Counter(s for o in in_period if o.label == "drug_sale" for s in o.substance_ids)
    top = [sid for sid, _ in period_subs.most_common(12)]
    movers = [{"substance": name(s.value), "before": b, "after": a, "change": round(ch, 2)}
              for s, ch, b, a in weekly.movers("substance", tr.week_of(since), 10)]
    lines = {name(sid): [weekly.series[("substance", sid)].counts.get(p, 0) for p in weekly.periods]
             for sid in top[:6] if ("substance", sid) in weekly.series}
    groups = Counter(o.result.get("effect_group") for o in in_period if o.label == "drug_sale")
    groups.pop(None, None)
    prices = [r for r in tr.price_index(upto, rates, "week") if r.period >= tr.week_of(since)]
    day_of = {o.id: o.day for o in upto}
    in_alerts = [a for a in alerts if any(since <= day_of.get(e, date.min) <= until for e in a["evidence"])]
    labels = Counter(o.label or "error" for o in in_period)
    ctx = {
        "since": since, "until": until, "version": __version__, "provenance": provenance or {},
        "documents": len(in_period), "labels": dict(labels), "undated": len(observations) - len(dated),
        "alerts": in_alerts, "alert_counts": Counter(a["severity"] for a in in_alerts),
        "new_substances": [c for c in (discovered or []) if c.get("last_seen") and c["last_seen"] >= since.isoformat()],
        "movers": movers,
        "top": [(name(s), n, kb.get(s).effect_group if kb.get(s) else None,
                 ", ".join(f"{c.regime} {c.schedule}" for c in kb.get(s).controls) if kb.get(s) else "")
                for s, n in period_subs.most_common(12)],
        "prices": [{"substance": name(r.substance), "unit": r.unit, "currency": r.currency, "week": r.period,
                    "median": r.median, "n": r.n, "converted_on": r.converted_on} for r in prices],
        "rates": rates,
        "plot_series": plots.time_series(weekly.periods, lines, "Sale adverts per week, top substances of the period")
        if lines and weekly.periods else None,
        "plot_groups": plots.bars([g for g, _ in groups.most_common()], [n for _, n in groups.most_common()],
                                  "Sale adverts in the period by effect group") if groups else None,
    }
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    return Bulletin(env.get_template("bulletin.html.j2").render(**ctx), ctx)


def write_pdf(html: str, out: Path) -> None:
    """Render with WeasyPrint (a real CSS paged-media engine; no browser needed)."""
    from weasyprint import HTML

    HTML(string=html).write_pdf(out)


def bulletin_from_store(store, since: date, until: date | None = None, kb_path=None,
                        rates: tr.Rates | None = None) -> Bulletin:
    from patrol.knowledge.kb import KnowledgeBase
    from patrol.knowledge.resolver import Resolver
    from patrol.signals.alerts import AlertStore
    from patrol.signals.discover import Discoverer
    from patrol.signals.observations import from_store

    kb = KnowledgeBase.load(kb_path)
    loaded = from_store(store)
    obs = [o for o in loaded.observations if until is None or o.day is None or o.day <= until]
    d = Discoverer(Resolver(kb))
    d.add(obs)
    discovered = [c.public() for c in d.rank(20) if c.score >= 0.5]
    provenance = {"chain_head": store.verify().head, "documents": store.count()}
    return build(loaded.observations, AlertStore(store).list(), kb, since, until, discovered, rates, provenance)
