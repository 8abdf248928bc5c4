"""Mention counts over time, bursts, and price indices.

Counts are kept per day with the number of documents collected that day (the
exposure). Collection is uneven (a market is scraped on some days, a channel export
covers a few weeks), so a burst is judged against the substance's recent *share* of
documents, not against raw counts, and days with no documents at all are missing
data, never zeros.

Burst test (documented in docs/early-warning.md): for day t with N_t documents and x_t
mentions, the baseline rate p is the share of documents mentioning the series over the
previous ``window_days`` days that have data, smoothed with half a mention (p = (c+0.5)/
(N+1)). Under "nothing changed", x_t ~ Poisson(N_t·p); the day is a burst when
P(X ≥ x_t) < alpha, x_t ≥ min_count and x_t ≥ min_ratio · N_t·p, given at least
``min_history_days`` days of baseline. Real counts vary more than Poisson (overdispersion):
on large series a few percent above expectation is "significant" yet means nothing, which
``min_ratio`` (an effect size; 2 in the shipped rules) keeps out. So the false-alarm rate is at most alpha per series and day when counts are
Poisson (bench/early_warning.py measures it on simulated and shuffled data).
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from scipy.stats import poisson

from patrol.signals.observations import Observation

DIMENSIONS = ("substance", "effect_group", "source", "country")


def week_of(d: date) -> date:
    """The Monday that starts d's ISO week: weekly series are keyed by it."""
    return d - timedelta(days=d.weekday())


@dataclass
class Series:
    """Per-period counts of one dimension value, and the documents behind them."""
    dimension: str
    value: str
    counts: Counter
    evidence: dict  # period → [document ids]


@dataclass
class Trends:
    periods: list[date]
    totals: Counter  # documents per period (the exposure)
    series: dict[tuple[str, str], Series]
    undated: int
    period: str  # "day" or "week"

    def top(self, dimension: str, n: int = 10) -> list[Series]:
        rows = [s for (dim, _), s in self.series.items() if dim == dimension]
        return sorted(rows, key=lambda s: (-sum(s.counts.values()), s.value))[:n]

    def movers(self, dimension: str, since: date, n: int = 10) -> list[tuple[Series, float, int, int]]:
        """Biggest change in share of documents: (series, change in share points, before, after)."""
        before_n = sum(v for p, v in self.totals.items() if p < since)
        after_n = sum(v for p, v in self.totals.items() if p >= since)
        out = []
        for (dim, _), s in self.series.items():
            if dim != dimension:
                continue
            b = sum(v for p, v in s.counts.items() if p < since)
            a = sum(v for p, v in s.counts.items() if p >= since)
            if a + b == 0:
                continue
            change = (a / after_n if after_n else 0) - (b / before_n if before_n else 0)
            out.append((s, 100 * change, b, a))
        out.sort(key=lambda r: (-abs(r[1]), r[0].value))
        return out[:n]


def build(observations: Iterable[Observation], period: str = "day", sale_only: bool = False) -> Trends:
    key = (lambda d: d) if period == "day" else week_of
    totals: Counter = Counter()
    series: dict[tuple[str, str], Series] = {}
    undated = 0
    for o in observations:
        if o.day is None:
            undated += 1
            continue
        if sale_only and o.label != "drug_sale":
            continue
        p = key(o.day)
        totals[p] += 1
        values = {("substance", s) for s in o.substance_ids}
        if o.result.get("effect_group"):
            values.add(("effect_group", o.result["effect_group"]))
        values.add(("source", o.source))
        values |= {("country", c) for c in o.countries}
        for v in values:
            s = series.get(v)
            if s is None:
                s = series[v] = Series(v[0], v[1], Counter(), defaultdict(list))
            s.counts[p] += 1
            if len(s.evidence[p]) < 50:
                s.evidence[p].append(o.id)
    return Trends(sorted(totals), totals, series, undated, period)


@dataclass(frozen=True)
class Burst:
    dimension: str
    value: str
    period: date
    count: int
    expected: float
    p_value: float
    baseline_periods: int


def bursts(trends: Trends, series: Iterable[Series], alpha: float = 0.001, window_days: int = 28,
           min_history_days: int = 3, min_count: int = 3, min_ratio: float = 1.0) -> list[Burst]:
    out = []
    for s in series:
        for i, p in enumerate(trends.periods):
            x = s.counts.get(p, 0)
            if x < min_count:
                continue
            history = [q for q in trends.periods[:i] if (p - q).days <= window_days]
            if len(history) < min_history_days:
                continue
            c = sum(s.counts.get(q, 0) for q in history)
            n = sum(trends.totals[q] for q in history)
            expected = trends.totals[p] * (c + 0.5) / (n + 1)
            if x < min_ratio * expected:
                continue
            pv = float(poisson.sf(x - 1, expected))
            if pv < alpha:
                out.append(Burst(s.dimension, s.value, p, x, round(expected, 2), pv, len(history)))
    return out


# -- prices ----------------------------------------------------------------------------------
GRAMS = {"g": 1.0, "mg": 1e-3, "ug": 1e-6, "µg": 1e-6, "mcg": 1e-6, "kg": 1e3, "oz": 28.3495, "lb": 453.592}
COUNT_UNITS = {"pill", "pills", "tab", "tabs", "tablet", "tablets", "blotter", "blotters", "cap", "caps",
               "capsule", "capsules", "hit", "hits", "piece", "pieces", "pcs", "x", "unit", "units"}


def unit_price(result: dict) -> tuple[str, float, str] | None:
    """(unit, price per unit, currency) for an advert with one price and one quantity, else None.

    Only unambiguous adverts count: several prices or quantities (menus, tiers) are left
    out rather than guessed at."""
    prices = [p for p in result.get("prices") or () if p.get("amount")]
    qty = [q for q in result.get("quantities") or () if q.get("value")]
    if len(prices) != 1 or len(qty) != 1 or not prices[0].get("currency"):
        return None
    q, price = qty[0], prices[0]
    unit = str(q["unit"]).lower()
    if unit in GRAMS:
        return "g", price["amount"] / (q["value"] * GRAMS[unit]), price["currency"]
    if unit in COUNT_UNITS:
        return "unit", price["amount"] / q["value"], price["currency"]
    return None


@dataclass
class Rates:
    """Exchange rates into one reference currency, each with the date it applies from."""
    reference: str
    table: dict  # currency → sorted [(date, rate)]
    source: str = ""

    def convert(self, amount: float, currency: str, on: date) -> tuple[float, date] | None:
        if currency == self.reference:
            return amount, on
        rows = [(d, r) for d, r in self.table.get(currency, ()) if d <= on] or self.table.get(currency, ())[:1]
        if not rows:
            return None
        d, r = rows[-1]
        return amount * r, d


def load_rates(path) -> Rates:
    """CSV with header ``date,currency,rate,reference`` (1 currency = rate reference); a # line may name the source."""
    import csv

    table: dict[str, list] = defaultdict(list)
    refs, source = set(), ""
    with open(path, encoding="utf-8") as f:
        lines = [ln for ln in f if not (ln.startswith("#") and (source := source or ln[1:].strip()))]
    for row in csv.DictReader(lines):
        table[row["currency"].upper()].append((date.fromisoformat(row["date"]), float(row["rate"])))
        refs.add(row["reference"].upper())
    if len(refs) != 1:
        raise ValueError(f"{path}: every rate must be into one reference currency, found {sorted(refs) or 'none'}")
    return Rates(refs.pop(), {k: sorted(v) for k, v in table.items()}, source)


@dataclass
class PriceRow:
    substance: str
    unit: str
    currency: str
    period: date
    median: float
    n: int
    converted_on: date | None  # the rate's date when converted, else None


def price_index(observations: Iterable[Observation], rates: Rates | None = None, period: str = "week",
                min_n: int = 3) -> list[PriceRow]:
    """Median price per gram or per unit, per substance and period; in the reference
    currency when ``rates`` convert it, else per listing currency."""
    key = (lambda d: d) if period == "day" else week_of
    cells: dict[tuple, list] = defaultdict(list)
    for o in observations:
        if o.day is None or o.label != "drug_sale" or not o.result.get("main_substance"):
            continue
        up = unit_price(o.result)
        if not up:
            continue
        unit, value, currency = up
        conv_date = None
        if rates:
            conv = rates.convert(value, currency, o.day)
            if conv:
                value, conv_date = conv
                currency = rates.reference
        cells[(o.result["main_substance"], unit, currency, key(o.day))].append((value, conv_date))
    rows = []
    for (sub, unit, cur, p), vals in sorted(cells.items()):
        if len(vals) >= min_n:
            dates = [d for _, d in vals if d]
            rows.append(PriceRow(sub, unit, cur, p, statistics.median(v for v, _ in vals), len(vals),
                                 max(dates) if dates else None))
    return rows
