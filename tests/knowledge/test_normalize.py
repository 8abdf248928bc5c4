import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from patrol.knowledge.normalize import (
    compact_key,
    fold_chars,
    has_leet,
    is_key_char,
    is_short_key,
    leet_key,
)


@pytest.mark.parametrize(
    "a, b",
    [
        ("5-MeO-DMT", "5meo dmt"),
        ("5-MeO-DMT", "5 MEO DMT"),
        ("m-d-m-a", "MDMA"),
        ("сocaine", "cocaine"),          # Cyrillic с in a Latin word
        ("Мeфедрон", "мефедрон"),        # Latin e in a Cyrillic word: read in the script of its own letters
        ("KOKAИH", "кокаин"),            # all look-alikes but И: Cyrillic
        ("α-PVP", "alpha-PVP"),
        ("κοκαΐνη", "κοκαινη"),          # accents off; the α of a Greek word stays a letter
        ("ＭＤＭＡ", "mdma"),             # full-width letters
        ("ΜDΜΑ", "MDMA"),                # Greek capitals Μ and Α beside a Latin D (session 55)
        ("2C-B", "2cb"),
        ("амфетамін", "амфетамин"),      # Ukrainian і read as Russian и
        ("героїн", "героин"),
        ("ΚΟΚΑΪΝΗ", "κοκαινη"),          # Greek capitals keep a diaeresis, not the accent (session 65)
        ("Πρέζα", "πρεζα"),              # every Greek accent off
        ("حَشِيش", "حشيش"),              # Arabic and Hebrew vowel points are optional: dropped
        ("שִׁיש", "שיש"),
    ],
)
def test_same_key(a, b):
    assert compact_key(a) == compact_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("2C-B", "2C-I"),
        ("3-MMC", "4-MMC"),
        ("мефедрон", "mefedron"),        # Russian stays Cyrillic: not a look-alike word
        ("cocaína", "cocaine"),
        ("ΜΑΜΑ", "MAMA"),                # a Greek word in capitals, no Latin letter: stays Greek
        ("ยาบ้า", "ยาบา"),              # Thai tone marks are kept: yaba is not another word
        ("गांजा", "गज"),                # Devanagari vowel signs too: ganja is not "elephant"
    ],
)
def test_different_key(a, b):
    assert compact_key(a) != compact_key(b)


@pytest.mark.parametrize(
    "leet, plain",
    [("c0ke", "coke"), ("k3tamine", "ketamine"), ("$peed", "speed"), ("h3r0in", "heroin"), ("@cid", "acid")],
)
def test_deleet(leet, plain):
    assert has_leet(leet)
    assert leet_key(leet) == compact_key(plain)


names = st.text(alphabet=st.characters(categories=("Ll", "Lu", "Nd")), min_size=1, max_size=20)


@given(names, st.lists(st.sampled_from(["-", " ", ".", "_", "/"]), max_size=5), st.randoms())
def test_separators_and_case_never_change_the_key(name, seps, rnd):
    chars = list(name)
    for sep in seps:
        chars.insert(rnd.randint(0, len(chars)), sep)
    assert compact_key("".join(chars).upper()) == compact_key(name.upper())
    assert compact_key(compact_key(name)) == compact_key(name)


@given(st.text(alphabet=st.characters(categories=("Ll", "Lu"), max_codepoint=0x04FF) | st.sampled_from("αβγκοςΐß"),
               min_size=1, max_size=20))
@example("µΑ")  # the micro sign folds to Greek mu: the alpha beside it is a Greek letter, not a prefix
def test_a_word_folded_a_character_at_a_time_keeps_its_key(word):
    """The scanner folds a word whose length changes one character at a time, for offsets."""
    assert "".join(c for c in "".join(fold_chars(word)) if is_key_char(c)) == compact_key(word)


@given(st.text(max_size=50))
def test_keys_are_alphanumeric_and_total(s):
    for k in (compact_key(s), leet_key(s)):
        assert all(is_key_char(c) for c in k)


@pytest.mark.parametrize("key, short", [("x", True), ("2c", True), ("гг", True), ("mdma", False),
                                        ("大麻", False), ("대마", False), ("麻", False), ("ยา", True)])
def test_short_keys_are_letters_of_an_alphabet(key, short):
    """One or two letters hit inside any word; two ideographs or syllables are a word."""
    assert is_short_key(key) is short
