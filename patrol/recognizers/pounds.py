"""English names a weight and Britain's money with one word: "5 pounds of weed" weighs, "forty pounds an eighth"
pays. Each "N pounds" gets one reading, decided here for both the price and the quantity recognizers, so that no
amount is read as both (18,000 lb beside £18,000 for "eighteen thousand pounds a kilo")."""

from __future__ import annotations

import re

_POUND_WORD = re.compile(r"(?i)(?<![^\W\d_])pounds?(?![^\W\d_])")
# "pounds of cocaine", "7 pounds 8 ounces", "a 15 pound bag", "20 pounds per square foot"
_WEIGHT_AFTER = re.compile(r"(?i)\s*(?:of\s|(?:\d+\s*)?(?:ounces?|oz)\b|(?:bags?|sacks?|box(?:es)?|tubs?|buckets?)\b"
                           r"|per\s+(?:square|sq)\b)")
# "5 pounds for 3 dollars", "pounds $1800", "pound of meth 3k": a weight with its price after it
_PRICED_AFTER = re.compile(r"(?i)[\s,:=-]*(?:for\s+)?(?:[$€£]\s?\d|\d[\d,.]*\s*(?:k|grand|dollars|bucks|usd)\b)")
# what a body or a bar weighs: "lost 20 pounds", "weighed 7 pounds", "bench press 225 pounds"
_WEIGHT_BEFORE = re.compile(r"(?i)(?<!\w)(?:weigh(?:s|ed|ing)?|lost|los(?:e|ing)|gain(?:ed|ing|s)?|put\s+on|dropped|"
                            r"bench(?:ed)?|press(?:ed)?|lift(?:ed|ing|s)?|squat(?:ted|s)?|deadlift(?:ed|s)?|"
                            r"carr(?:y|ied|ies))(?:\s+\w+){0,2}\s+\Z")
# British speech's singular money: "5 pound each", "10 pound a bag", "100 for 80 pound"
_MONEY_AFTER = re.compile(r"(?i)\s*(?:each|apiece|ea\b|an?\s+(?!pound)\w|per\s)")
# ... or after the amount it pays for: "5 bags 40 pound", "ketamine one gram forty pounds"
_AMOUNT_BEFORE = re.compile(r"(?i)(?<!\w)(?:g|gr|grams?|oz|ounces?|kg|kilos?|bags?|pills?|tabs?|caps?|points?|eighths?"
                            r"|quarters?|zips?)[\s,:=-]+\Z")
_NUMBER_RUN = re.compile(r"(?<![\d.,])\d[\d.,\s]*\Z")
_PART = re.compile(r"(?i)(?:quarter|half|whole|full)\b")  # "4 Oz- Quarter Pound": a part of a pound is a weight
_PAID_BEFORE = re.compile(r"(?i)(?<!\w)(?:for|at|costs?|paid|pay|worth|fined)\s+\Z")


def reading(text: str, start: int, end: int) -> bool | None:
    """For an amount text[start:end] said in pounds ("40 pounds", "5 pound each"), whether it is a weight; None
    for any other amount."""
    word = _POUND_WORD.search(text, start, end)
    return _weighs(text, start, word.end()) if word else None


def _weighs(text: str, start: int, end: int) -> bool:
    """Whether the amount text[start:end], ending in "pound" or "pounds", is a weight. Plural pounds are money
    unless something says weight: a seller's "forty pounds", an auction's "300 pounds?" and a fine's "5,000 pounds"
    all pay, and a weight in pounds is nearly always "pounds of" something or priced right after."""
    if run := _NUMBER_RUN.search(text, max(0, start - 24), start):
        start = run.start()  # one decision, however much of the number each recognizer's span holds ("bag 3 100
        # pound": the price's "3 100", the quantity's "100")
    if ("-" in text[start:end] or _PART.match(text, start) or _WEIGHT_AFTER.match(text, end)
            or _PRICED_AFTER.match(text, end) or _WEIGHT_BEFORE.search(text, max(0, start - 40), start)):
        return True
    if text[end - 1] in "sS":
        return False
    return not (_MONEY_AFTER.match(text, end) or _PAID_BEFORE.search(text, max(0, start - 8), start)
                or _AMOUNT_BEFORE.search(text, max(0, start - 10), start))
