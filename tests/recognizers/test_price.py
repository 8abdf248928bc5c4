import pytest
from hypothesis import given
from hypothesis import strategies as st

from patrol.recognizers.price import PriceRecognizer, parse_amount

R = PriceRecognizer()

MATCH = [
    ("85€", {"amount": 85.0, "currency": "EUR"}),
    ("€ 85", {"amount": 85.0, "currency": "EUR"}),
    ("85 EUR", {"amount": 85.0, "currency": "EUR"}),
    ("$1.2k", {"amount": 1200.0, "currency": "USD"}),
    ("0.039 BTC", {"amount": 0.039, "currency": "BTC"}),
    ("40-60 EUR", {"amount": 40.0, "amount_max": 60.0, "currency": "EUR"}),
    ("€10/g", {"amount": 10.0, "currency": "EUR", "per": "g"}),
    ("£120", {"amount": 120.0, "currency": "GBP"}),
    ("2500₽", {"amount": 2500.0, "currency": "RUB"}),
    ("250 руб", {"amount": 250.0, "currency": "RUB"}),
    ("R$ 150", {"amount": 150.0, "currency": "BRL"}),
    ("1,200.50 USD", {"amount": 1200.5, "currency": "USD"}),
    ("1.200,50 €", {"amount": 1200.5, "currency": "EUR"}),
    ("USD 300", {"amount": 300.0, "currency": "USD"}),
    ("0.5 XMR", {"amount": 0.5, "currency": "XMR"}),
    ("20 dollars", {"amount": 20.0, "currency": "USD"}),
]


@pytest.mark.parametrize("text, value", MATCH)
def test_matches(text, value):
    found = R.analyze(text)
    assert found, text
    assert found[0].value == value


NEAR_MISS = ["100 mg", "5g", "in 2014", "version 1.2", "EUR", "$", "Euro 2024 cup", "page 4 of 10",
             "pay BTC 1BQWbfCn7UQ5ZSc3hXPcuC1EUzTNWUA6X7"]  # the start of an address is not a price


@pytest.mark.parametrize("text", NEAR_MISS)
def test_near_misses(text):
    assert R.analyze(text) == []


@pytest.mark.parametrize("s, v", [("1,200", 1200.0), ("0,039", 0.039), ("2 500", 2500.0), ("1.200.000", 1200000.0),
                                  ("12.5", 12.5), ("abc", None)])
def test_amounts(s, v):
    assert parse_amount(s) == v


@given(st.text(max_size=200))
def test_fuzz(text):
    for e in R.analyze(text):
        assert text[e.start:e.end] == e.text and e.value["amount"] >= 0
