"""The bulletin: built from the store alone, the same bytes twice, a real PDF, and escaped text."""

from datetime import date

import pytest

from patrol.knowledge.kb import KnowledgeBase
from patrol.signals.report import EmptyPeriod, build, write_pdf
from tests.signals.test_trends import obs


def sample():
    xss = obs(3, ["cocaine"], result={"main_substance": "cocaine"})
    xss.text = "<script>alert(1)</script>"
    return [obs(d, ["cocaine"]) for d in range(0, 20, 2)] + [obs(d, ["heroin"]) for d in (15, 16, 17)] + [xss]


ALERT = {"alert_id": "abc", "rule": "r", "severity": "high", "title": "<img src=x onerror=alert(1)> burst",
         "status": "confirmed", "status_by": "ana", "status_reason": "seen", "evidence": ["o1"], "updated_at": "x"}


def test_bulletin_sections_and_reproducible():
    kb = KnowledgeBase.load(None)
    since = date(2026, 3, 12)
    a = build(sample(), [], kb, since)
    b = build(sample(), [], kb, since)
    assert a.html == b.html
    for section in ("Alerts", "New, uncatalogued substances", "What is offered", "Top movers", "Prices", "<svg"):
        assert section in a.html
    assert a.context["documents"] == sum(1 for o in sample() if o.day >= since)


def test_text_from_documents_and_alerts_is_escaped():
    kb = KnowledgeBase.load(None)
    observations = sample()
    alert = {**ALERT, "evidence": [observations[-1].id]}
    html = build(observations, [alert], kb, date(2026, 3, 2)).html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_pdf_is_rendered(tmp_path):
    out = tmp_path / "b.pdf"
    write_pdf(build(sample(), [ALERT], KnowledgeBase.load(None), date(2026, 3, 2)).html, out)
    assert out.read_bytes()[:5] == b"%PDF-" and out.stat().st_size > 5000


@pytest.mark.parametrize("observations,since,message", [
    ([], date(2026, 3, 2), "no dated documents"),
    ([obs(None, ["x"])], date(2026, 3, 2), "no dated documents"),
    ([obs(0, ["x"])], date(2027, 1, 1), "after the last document day"),
])
def test_empty_periods_say_why(observations, since, message):
    with pytest.raises(EmptyPeriod, match=message):
        build(observations, [], KnowledgeBase.load(None), since)


def test_one_document_period():
    html = build([obs(0, ["cocaine"])], [], KnowledgeBase.load(None), date(2026, 3, 2)).html
    assert "Not enough data before and during the period" in html or "Top movers" in html
