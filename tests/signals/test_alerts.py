"""Alert rules as data, alerts that never repeat, and a review history nobody can rewrite."""

import json

import pytest

from patrol.knowledge.kb import KnowledgeBase
from patrol.model import Alias, Control, Substance
from patrol.signals.alerts import (
    AlertNotFound,
    AlertStore,
    BadTransition,
    RuleError,
    evaluate,
    load_rules,
)
from patrol.signals.rules import KINDS
from tests.conftest import DB_ERRORS
from tests.signals.test_trends import obs


def test_shipped_rules_load_and_name_known_kinds():
    rules = load_rules()
    assert {r["kind"] for r in rules} <= set(KINDS)
    assert {"new_substance", "first_appearance", "burst", "controlled_in_bulk"} <= {r["kind"] for r in rules}


@pytest.mark.parametrize("spec,message", [
    ({"rules": [{"id": "a", "kind": "nope", "severity": "low"}]}, "unknown kind"),
    ({"rules": [{"id": "a", "kind": "burst", "severity": "urgent"}]}, "severity"),
    ({"rules": [{"id": "a", "kind": "burst", "severity": "low"}, {"id": "a", "kind": "burst", "severity": "low"}]},
     "unique id"),
    ([1, 2], "expected"),
])
def test_bad_rules_are_refused_with_the_reason(tmp_path, spec, message):
    p = tmp_path / "rules.json"
    p.write_text(json.dumps(spec))
    with pytest.raises(RuleError, match=message):
        load_rules(p)


def incb_kb():
    """A KB extension listing one substance under the INCB regime (the shipped list is empty)."""
    s = Substance("ocfentanil", "ocfentanil", "opioid", aliases=[Alias("ocfentanil", "name", "test")])
    s.controls.append(Control("INCB-no-legitimate-use", "listed", "test fixture"))
    return KnowledgeBase({"ocfentanil": s})


def bulk(day, grams):
    return obs(day, ["ocfentanil"], result={
        "substances": [{"substance_id": "ocfentanil", "name": "ocfentanil", "start": 0, "end": 9,
                        "control": [{"regime": "INCB-no-legitimate-use", "schedule": "listed"}]}],
        "quantities": [{"value": grams, "unit": "g"}]})


RULE = {"id": "incb", "kind": "controlled_in_bulk", "severity": "critical", "regime": "INCB-no-legitimate-use",
        "min_grams": 10}


def test_controlled_in_bulk():
    found = evaluate([bulk(0, 50), bulk(1, 1), obs(2)], incb_kb(), [RULE])
    (rule, draft), = found
    assert draft.key == "ocfentanil" and len(draft.evidence) == 1 and draft.detail["max_grams"] == 50


def test_same_evidence_never_duplicates_and_new_evidence_is_merged(store):
    alerts = AlertStore(store)
    first = [bulk(0, 50)]
    s1 = alerts.record(evaluate(first, incb_kb(), [RULE]))
    s2 = alerts.record(evaluate(first, incb_kb(), [RULE]))
    assert (s1.raised, s2.raised, s2.unchanged) == (1, 0, 1)
    s3 = alerts.record(evaluate(first + [bulk(3, 100)], incb_kb(), [RULE]))
    assert s3.updated == 1
    (a,) = alerts.list()
    assert len(a["evidence"]) == 2 and a["status"] == "new"
    assert [h["action"] for h in alerts.history(a["alert_id"])] == ["raised", "evidence_added"]


def test_review_records_who_when_why_and_history_is_append_only(store):
    alerts = AlertStore(store)
    alerts.record(evaluate([bulk(0, 50)], incb_kb(), [RULE]))
    aid = alerts.list()[0]["alert_id"]
    with pytest.raises(BadTransition, match="why"):
        alerts.set_status(aid, "dismissed", "ana")
    a = alerts.set_status(aid, "confirmed", "ana", "lab result")
    assert (a["status"], a["status_by"], a["status_reason"]) == ("confirmed", "ana", "lab result") and a["status_at"]
    with pytest.raises(BadTransition, match="already"):
        alerts.set_status(aid, "confirmed", "ana")
    alerts.set_status(aid, "new", "ben", "reopened for review")
    assert [(h["action"], h["actor"]) for h in alerts.history(aid)] == [
        ("raised", "patrol"), ("confirmed", "ana"), ("reopened", "ben")]
    with pytest.raises(DB_ERRORS, match="append-only"):
        store.db.execute("UPDATE alert_events SET actor = 'mallory'")
    with pytest.raises(AlertNotFound):
        alerts.get("0000")
    # evidence repeating after a review leaves the review alone
    alerts.record(evaluate([bulk(0, 50)], incb_kb(), [RULE]))
    assert alerts.get(aid)["status"] == "new" and alerts.get(aid)["status_by"] == "ben"


def test_first_appearance_needs_warmup_and_two_offers():
    rule = {"id": "f", "kind": "first_appearance", "severity": "low", "dimension": "country", "warmup_days": 7,
            "min_documents": 2, "window_days": 7}
    kb = KnowledgeBase({})
    data = [obs(0, ["a"], country="PL"), obs(1, ["a"], country="PL"),      # in warm-up: not "first"
            obs(10, ["b"], country="PL"), obs(12, ["b"], country="PL"),    # first b in PL after warm-up
            obs(15, ["c"], country="PL"),                                  # a single stray offer
            obs(20, ["d"], country="PL", label="drug_discussion"),         # not an offer
            obs(20, ["d"], country="PL", label="drug_discussion")]
    found = evaluate(data, kb, [rule])
    assert [d.key for _, d in found] == ["b|PL"]


def test_no_observations_no_alerts():
    assert evaluate([], KnowledgeBase({}), load_rules()) == []
