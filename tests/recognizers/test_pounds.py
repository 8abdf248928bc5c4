import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from patrol.recognizers.pounds import reading
from patrol.recognizers.price import PriceRecognizer
from patrol.recognizers.quantity import QuantityRecognizer

_AMOUNT = re.compile(r"(?i)(?:\d[\d,]*|half|quarter|a|one)[\s-]pounds?\b")

# the first "N pound(s)" in the text, and whether it is a weight
CASES = [
    ("5 pounds of weed for sale", True),
    ("Border agents seized 12 pounds of fentanyl pills", True),
    ("The baby weighed 7 pounds 8 ounces", True),
    ("lost 20 pounds on keto", True),
    ("Bench press 225 pounds for 5 reps", True),
    ("Cat food 15 pound bag, £24.99", True),
    ("a 15-pound turkey", True),
    ("bag of potatoes 5 pounds for 3 dollars", True),
    ("half pound $1700, full pound $3200", True),
    ("Meth now sells for $1,500 a pound in California", True),
    ("20 pounds per square foot", True),
    ("112g HYDRO BUDS, 4 Oz- Quarter Pound - HIGH THC", True),
    # near misses: money
    ("ketamine one gram 40 pounds", False),
    ("two kilos at 18000 pounds a kilo", False),
    ("Sold the sofa for 50 pounds", False),
    ("do I hear 300 pounds? 300, 350", False),
    ("was fined 5,000 pounds", False),
    ("vallies 1 pound each", False),
    ("speed 10 pound a bag", False),
    ("5 bags 40 pound, text me", False),
    ("100 for 80 pound", False),
]


@pytest.mark.parametrize("text,weight", CASES)
def test_one_reading_per_amount(text, weight):
    m = _AMOUNT.search(text)
    assert reading(text, m.start(), m.end()) is weight, text


def _readings(text: str, start: int) -> tuple[bool, bool]:
    lb = any(e.start <= start < e.end and e.value["unit"] == "lb" for e in QuantityRecognizer().analyze(text, "en"))
    gbp = any(e.start <= start < e.end and e.value["currency"] == "GBP" for e in PriceRecognizer().analyze(text, "en"))
    return lb, gbp


@pytest.mark.parametrize("text,weight", CASES)
def test_price_and_quantity_recognizers_agree(text, weight):
    """A weight is never a price ("20 pounds per square foot" is a rate, no amount at all); money is a price only."""
    lb, gbp = _readings(text, _AMOUNT.search(text).start())
    assert not gbp if weight else (gbp and not lb), text


_WORDS = st.sampled_from(["of", "weed", "each", "a", "bag", "for", "$30", "lost", "sold", "gram", "kilo", ",", "per",
                          "ounces", "the", "fined", "at", "3", "pills"])


@given(st.lists(_WORDS, max_size=5), st.integers(1, 99_999), st.sampled_from(["pound", "pounds"]),
       st.lists(_WORDS, max_size=5))
@example(["bag", "3"], 100, "pound", [])  # "bag 3 100 pound": a price "3 100", a quantity "100" (found in session 68)
def test_never_both_weight_and_money(before, n, word, after):
    head = " ".join(before) + (" " if before else "")
    text = f"{head}{n} {word} {' '.join(after)}".rstrip()
    assert _readings(text, len(head)) != (True, True), text
