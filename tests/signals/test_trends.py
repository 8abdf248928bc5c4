"""Counts, bursts and prices: exposure-adjusted, honest about missing days and missing dates."""

from collections import Counter
from datetime import date, timedelta

import numpy as np
import pytest

from patrol.signals import trends as tr
from patrol.signals.observations import Observation, choose_day

D0 = date(2026, 3, 2)  # a Monday


_ids = iter(range(1, 10 ** 9))


def obs(day, subs=(), label="drug_sale", source="m", country=None, result=None):
    res = {"label": label, "effect_group": "opioid" if subs else None,
           "substances": [{"substance_id": s, "start": 0, "end": 1} for s in subs],
           "locations": [{"country": country}] if country else [], **(result or {})}
    return Observation(f"o{next(_ids)}", source, "a", None if day is None else D0 + timedelta(days=day), "", res)


def series_obs(counts_by_day: dict[int, tuple[int, int]]):
    """day → (documents, of which mention 'x')."""
    out = []
    for day, (n, k) in counts_by_day.items():
        out += [obs(day, ["x"]) for _ in range(k)] + [obs(day) for _ in range(n - k)]
    return out


def test_counts_by_dimension_and_week():
    t = tr.build([obs(0, ["a"], country="NL"), obs(1, ["a", "b"]), obs(8, ["b"], source="t"), obs(None, ["a"])], "week")
    assert t.periods == [D0, D0 + timedelta(days=7)]
    assert t.totals == Counter({D0: 2, D0 + timedelta(days=7): 1}) and t.undated == 1
    assert t.series[("substance", "a")].counts == Counter({D0: 2})
    assert t.series[("country", "NL")].counts[D0] == 1 and t.series[("source", "t")].counts[D0 + timedelta(days=7)] == 1


def test_burst_found_when_share_jumps():
    data = {d: (100, 2) for d in range(10)}
    data[10] = (100, 15)
    t = tr.build(series_obs(data), "day")
    found = tr.bursts(t, [t.series[("substance", "x")]], alpha=0.001)
    assert [b.period for b in found] == [D0 + timedelta(days=10)] and found[0].count == 15


def test_more_documents_is_not_a_burst():
    """Collection grew tenfold, the share stayed: raw counts rise, no alarm."""
    data = {d: (100, 2) for d in range(10)}
    data[10] = (1000, 20)
    t = tr.build(series_obs(data), "day")
    assert tr.bursts(t, [t.series[("substance", "x")]], alpha=0.001) == []


@pytest.mark.parametrize("data,why", [
    ({0: (1, 1)}, "one-document period"),
    ({0: (5, 0), 1: (5, 5)}, "too little history"),
    ({0: (50, 1), 20: (50, 1), 40: (50, 1)}, "long gaps with no data are not zeros"),
    ({d: (100, 1) for d in range(10)} | {10: (100, 2)}, "below min_count"),
    ({}, "empty"),
])
def test_no_false_burst(data, why):
    t = tr.build(series_obs(data), "day")
    series = [t.series[("substance", "x")]] if ("substance", "x") in t.series else []
    assert tr.bursts(t, series) == [], why


def test_false_alarm_rate_is_about_alpha():
    rng = np.random.default_rng(1)
    periods = [D0 + timedelta(days=i) for i in range(40)]
    totals = Counter({p: int(rng.integers(300, 2000)) for p in periods})
    sims = [tr.Series("substance", str(i), Counter({p: int(rng.poisson(totals[p] * 0.01)) for p in periods}), {})
            for i in range(300)]
    alarms = tr.bursts(tr.Trends(periods, totals, {}, 0, "day"), sims, alpha=0.01, min_count=1)
    rate = len(alarms) / (300 * 37)
    assert rate < 0.02  # alpha 0.01, with the baseline estimated from the data


def test_movers():
    t = tr.build([obs(0, ["a"]), obs(0, ["b"]), obs(7, ["b"]), obs(7, ["b"])], "week")
    (s, change, before, after), *_ = t.movers("substance", D0 + timedelta(days=7))
    assert s.value in ("a", "b") and abs(change) == 50.0


@pytest.mark.parametrize("result,expected", [
    ({"prices": [{"amount": 100.0, "currency": "EUR"}], "quantities": [{"value": 5, "unit": "g"}]}, ("g", 20.0, "EUR")),
    ({"prices": [{"amount": 10.0, "currency": "USD"}], "quantities": [{"value": 500, "unit": "mg"}]}, ("g", 20.0, "USD")),
    ({"prices": [{"amount": 50.0, "currency": "USD"}], "quantities": [{"value": 10, "unit": "pills"}]}, ("unit", 5.0, "USD")),
    ({"prices": [{"amount": 1.0, "currency": "USD"}, {"amount": 2.0, "currency": "USD"}],
      "quantities": [{"value": 1, "unit": "g"}]}, None),                        # a menu: not guessed
    ({"prices": [{"amount": 1.0, "currency": None}], "quantities": [{"value": 1, "unit": "g"}]}, None),
    ({"prices": [], "quantities": [{"value": 1, "unit": "g"}]}, None),
])
def test_unit_price(result, expected):
    got = tr.unit_price(result)
    if expected is None:
        assert got is None
    else:
        assert (got[0], got[2]) == (expected[0], expected[2]) and got[1] == pytest.approx(expected[1])


def test_price_index_with_rates(tmp_path):
    rates = tmp_path / "rates.csv"
    rates.write_text("# test rates\ndate,currency,rate,reference\n2026-03-01,USD,0.5,EUR\n2026-03-04,USD,0.25,EUR\n")
    r = tr.load_rates(rates)
    assert r.reference == "EUR" and r.source == "test rates"
    priced = [obs(d, ["x"], result={"main_substance": "x", "prices": [{"amount": 10.0 * (d + 1), "currency": "USD"}],
                                   "quantities": [{"value": 1, "unit": "g"}]}) for d in range(4)]
    (row,) = tr.price_index(priced, r, "week")
    assert row.currency == "EUR" and row.n == 4 and row.converted_on == date(2026, 3, 4)
    assert row.median == 8.75  # 10 and 20 USD at 0.5, 30 and 40 USD at 0.25 (the rate of 03-04 on)
    (plain,) = tr.price_index(priced, None, "week")
    assert plain.currency == "USD" and plain.converted_on is None


def test_rates_need_one_reference(tmp_path):
    bad = tmp_path / "r.csv"
    bad.write_text("date,currency,rate,reference\n2026-03-01,USD,0.5,EUR\n2026-03-01,GBP,1.2,USD\n")
    with pytest.raises(ValueError, match="one reference"):
        tr.load_rates(bad)


@pytest.mark.parametrize("posted,collected,day,why", [
    ("2026-03-02T10:00", "2026-03-05T00:00", date(2026, 3, 2), "posted"),
    ("2026-04-02T10:00", "2026-03-05T00:00", date(2026, 3, 5), "clock skew"),
    (None, "2026-03-05T00:00", date(2026, 3, 5), "no posted date"),
    ("1970-01-01T00:00", None, None, "none"),
    (None, None, None, "none"),
])
def test_choose_day(posted, collected, day, why):
    from datetime import datetime

    p = datetime.fromisoformat(posted) if posted else None
    c = datetime.fromisoformat(collected) if collected else None
    got, reason = choose_day(p, c)
    assert got == day and why in reason
