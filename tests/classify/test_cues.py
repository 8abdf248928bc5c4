import pytest

from patrol.classify.cues import count_cues

ROWS = [
    ("Stealth shipping, escrow only, PM me for bulk", "sale"),
    ("Envíos a toda España, pago en bitcoin", "sale"),
    ("Versand aus Deutschland, Zahlung diskret", "sale"),
    ("Закладки по Москве, оплата BTC", "sale"),
    ("verzending vanuit Nederland, betaling via escrow", "sale"),
    ("Livraison rapide, paiement en crypto", "sale"),
    ("entregamos em SP, pagamento em pix", "sale"),
    ("Carry naloxone and never use alone", "harm_reduction"),
    ("Laat je pillen testen bij het DIMS testpunt", "harm_reduction"),
    ("Снижение вреда: держите рядом налоксон", "harm_reduction"),
    ("reducción de riesgos y naloxona", "harm_reduction"),
    ("Police seized cocaine, the authorities said", "discussion"),
    ("La policía desmanteló un laboratorio", "discussion"),
    ("Has anyone tried this?", "discussion"),
    ("Complete guide PDF ebook", "not_drug_product"),
]


@pytest.mark.parametrize("text, kind", ROWS)
def test_cues(text, kind):
    counts = count_cues(text)
    assert counts[kind] >= 1 and counts[kind] == max(counts.values()), counts


@pytest.mark.parametrize("text", ["The weather is nice today", "shipshape", "ordinary sentence about cats"])
def test_near_misses(text):
    assert sum(count_cues(text).values()) == 0
