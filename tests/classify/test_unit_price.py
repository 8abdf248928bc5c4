import pytest

from patrol.classify.unit_price import CHEAP_PER_GRAM, everyday_goods
from patrol.recognizers.gram_price import gram_prices
from patrol.recognizers.price import PriceRecognizer
from patrol.recognizers.quantity import QuantityRecognizer

P, Q = PriceRecognizer(), QuantityRecognizer()


@pytest.mark.parametrize("text, cheap", [
    ("Kellogg's Special K cereal 500g, £2.75. Free delivery on orders over £40.", True),
    ("Crack filler for interior walls, ready mixed, 1kg tub £6.49", True),
    ("Frozen hash browns 1.5kg bag, crispy. Only £2.50 at your local store.", True),
    ("Lachgas tank 2kg €45", False),  # the cheapest drug sold by weight is above the cut-off
    ("5kg kratom €250", False),
    ("MDMA 1g £40", False),
    ("10 pills €50", False),          # no weight, no judgement
])
def test_everyday_goods_by_the_dearest_priced_weight(text, cheap):
    assert everyday_goods(max(gram_prices(Q.analyze(text), P.analyze(text)), default=None)) is cheap


def test_no_price_is_no_judgement():
    assert not everyday_goods(None) and everyday_goods(CHEAP_PER_GRAM / 2) and not everyday_goods(CHEAP_PER_GRAM)
