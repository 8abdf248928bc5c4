import pytest
from hypothesis import given
from hypothesis import strategies as st

from patrol.recognizers.gram_price import gram_prices, priced_amounts, rough_rates
from patrol.recognizers.price import PriceRecognizer
from patrol.recognizers.quantity import QuantityRecognizer

P, Q = PriceRecognizer(), QuantityRecognizer()


def per_gram(text: str) -> float | None:
    """The document's price a gram as the summary rules read it: the dearest priced weight."""
    return max(gram_prices(Q.analyze(text), P.analyze(text)), default=None)


# (text, euros per gram to 1%, None for no weight with a price)
ROWS = [
    ("Kellogg's Special K cereal 500g, £2.75. Free delivery on orders over £40.", 2.75 * 1.15 / 500),  # the nearest price
    ("Crack filler for interior walls, ready mixed, 1kg tub £6.49", 6.49 * 1.15 / 1000),
    ("MDMA 1g £40", 46.0),
    ("1 oz $200", 200 * 0.9 / 28.35),
    ("Weed €10/g, 28g minimum", 10.0),                         # a price per gram is the price per gram
    ("5kg kratom €250", 0.05),                                  # the cheapest drugs sold by weight
    ("bulk 1kg €5 | 1g €10", 10.0),                             # the dearest line: one cheap line is not a shop
    ("Jual sabu, 1 gram 1,5 juta", 82.5),
    ("10 pills €50", None),                                     # a count has no weight
    ("1 gramo 80 mil pesos", 4000.0),                           # whose pesos? valued at the dearest's (session 64)
    ("hielo en bolsa, 5 kg 30 pesos", 0.0003),                  # ... so too cheap for any drug whoever's they are
    ("5g for 0.01 BTC", None),                                  # crypto is not judged
    ("Free delivery on orders over £40", None),
    ("1g ..." + " " * 80 + "£40", None),                       # too far apart to go together
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_price_per_gram(text, expected):
    got = per_gram(text)
    assert got is None if expected is None else got == pytest.approx(expected, rel=0.01)


@pytest.mark.parametrize("text, expected", [
    ("Ketamine needles, 5g £120, 10g £220", [27.6, 25.3]),               # every priced weight, in order
    ("Scale 0.01g precision, 500g capacity, $12.99", [1169.1, 0.0234]),  # the precision is no amount sold
    ("10 pills €50", []),
])
def test_gram_prices_lists_every_priced_weight(text, expected):
    assert gram_prices(Q.analyze(text), P.analyze(text)) == pytest.approx(expected, rel=0.01)


@pytest.mark.parametrize("text, tiers", [
    ("0.5g £45\n1g £80", 2),
    ("10 bars - $35\n50 bars - $150\n100 bars - $260", 3),
    ("Coke 5g: 300€, 10g = 560€", 2),
    ("MDMA 1g £40", 1),
    ("£45 for 0.5g", 0),                         # a price before the amount: a sentence, not a menu's line
    ("1g costs £80 in London", 0),               # words between: a report's sentence
    ("1g\n£80", 0),                             # not on one line
    ("Scale 0.01g precision, $12.99", 0),
])
def test_priced_amounts_counts_menu_tiers(text, tiers):
    assert priced_amounts(text, Q.analyze(text), P.analyze(text)) == tiers


def test_every_rate_is_positive():
    assert rough_rates()["EUR"] == 1.0 and all(v > 0 for v in rough_rates().values())


@given(st.integers(1, 999), st.sampled_from(["g", "kg", "mg"]), st.integers(1, 99_999))
def test_single_pair_is_price_over_weight(grams, unit, euros):
    scale = {"g": 1, "kg": 1000, "mg": 0.001}[unit]
    got = per_gram(f"{grams}{unit} {euros}€")
    assert got == pytest.approx(euros / (grams * scale))
