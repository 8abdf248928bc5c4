"""A pattern's ``needs`` (or the literals its regex requires) only skips texts it could not match: every
match, found without the check, holds one of them, and recognizers find the same with and without it."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from patrol.lexicon import LiteralFilter, fold, required_literals
from patrol.recognizers.contact import ContactRecognizer
from patrol.recognizers.crypto import CryptoAddressRecognizer
from patrol.recognizers.pgp import PgpRecognizer
from patrol.recognizers.price import PriceRecognizer
from patrol.recognizers.quantity import QuantityRecognizer
from tests.recognizers import test_contact, test_crypto, test_price, test_quantity

RECOGNIZERS = [ContactRecognizer, CryptoAddressRecognizer, PgpRecognizer, PriceRecognizer, QuantityRecognizer]
TEXTS = [row[0] if isinstance(row, tuple) else row
         for rows in (test_contact.MATCH, test_contact.NEAR_MISS, test_price.MATCH, test_price.NEAR_MISS,
                      test_quantity.MATCH, test_quantity.NEAR_MISS) for row in rows]
TEXTS += [f"send to {addr} thanks" for _c, addr in test_crypto.VALID]
TEXTS += ["-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGNotAKeyAtAll==\n-----END PGP PUBLIC KEY BLOCK-----",
          "Telegram: t.me/Vendor_01, WA.ME/+447700900123, mail VENDOR@example.com, http://x.example.org",
          "2 QPs, an 8-Ball, 1 OZ, half Pound, 500 TL, 5000 Ft, 1,5 JUTA, 350 rb, 10x, x 20",
          "Ketamine 5g for 300 Swedish kronor"]  # ISO names: the one price pattern whose needs are written out


def without_needs(cls):
    """The same recognizer with every pattern searched in every text."""
    recognizer = cls()
    recognizer._needs = LiteralFilter(dict.fromkeys(range(len(cls.patterns))))
    return recognizer


@pytest.mark.parametrize("cls", RECOGNIZERS, ids=lambda c: c.__name__)
def test_every_match_holds_what_its_pattern_needs(cls):
    checked = 0
    for pattern in cls.patterns:
        if not pattern.needs:
            continue
        rx = pattern.compile()
        for text in TEXTS:
            for m in rx.finditer(text):
                assert any(n in m.group().lower() for n in pattern.needs), (pattern.name, m.group())
                checked += 1
    assert checked or not any(p.needs for p in cls.patterns)


@pytest.mark.parametrize("cls", RECOGNIZERS, ids=lambda c: c.__name__)
def test_every_match_holds_a_literal_its_regex_requires(cls):
    derived = [(p, required_literals(p.regex)) for p in cls.patterns if not p.needs]
    for pattern, literals in derived:
        for text in TEXTS:
            for m in pattern.compile().finditer(text):
                assert literals is None or any(x in fold(m.group()) for x in map(fold, literals)), (pattern.name, m.group())


def test_needs_are_lower_case():
    for cls in RECOGNIZERS:
        for p in cls.patterns:
            assert all(n == n.lower() and n for n in p.needs), p.name


# with letters that match others when case is ignored ("ſ" is "s", "K" (Kelvin) "k", "İ" "i")
SAMPLES = (st.text(alphabet="0123456789 .,/@:+-xXqQpPbBaAlLoOzZgGtTfFmMeEjJuUrRwWhHnNsSdDkKiI€$£ſKİıςσ", max_size=40)
           | st.sampled_from(TEXTS))


@settings(max_examples=300)
@given(SAMPLES)
def test_same_entities_with_and_without_the_check(text):
    for cls in RECOGNIZERS:
        fast, slow = cls(), without_needs(cls)
        assert [(e.start, e.end, e.value) for e in fast.analyze(text)] == [(e.start, e.end, e.value) for e in slow.analyze(text)]
