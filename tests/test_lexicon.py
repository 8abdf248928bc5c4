import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from patrol.lexicon import LiteralFilter, compile_words, fold, is_function_word, lower, plain, required_literals

WORDS = ["ship*", "in stock", r"env[ií]os?", r"\d+\s?rounds", "Tab*", r"морск\w* сол\w*"]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Shipping worldwide", ["shipping"]),
        ("IN STOCK now", ["in stock"]),
        ("Envíos a toda España", ["envíos"]),
        ("500 Rounds of .22", ["500 rounds"]),
        ("10 TABS", ["tabs"]),
        ("Морская соль, 1 кг", ["морская соль"]),
        ("relationship", []),  # not at a word start
        ("in stockholm", []),  # a whole phrase ends at a word end
        (r"\D+\S rounds", []),  # escapes are not lower-cased into other classes
    ],
)
def test_word_list_matches_case_insensitively(text, found):
    assert [m.group() for m in compile_words(WORDS).finditer(lower(text))] == found


def test_open_ended_stems_and_an_extra_alternative():
    rx = compile_words(["oz", "ship*"], extra=r"\d+\s?g\b")
    assert [m.group() for m in rx.finditer(lower("2 OZ, 5 g, ozone SHIPs"))] == ["oz", "5 g", "ships"]


def test_a_regex_star_is_not_a_stem():
    assert compile_words([r"(?:ab)*c"]).fullmatch("ababc")
    assert not compile_words([r"(?:ab)*c"]).fullmatch("ababcx")


@given(st.text())
def test_lower_keeps_offsets(text):
    low = lower(text)
    assert len(low) == len(text)
    assert all(a == b or a.lower() == b for a, b in zip(text, low))


@pytest.mark.parametrize("styled, expected", [
    ("𝗖𝗼𝗸𝗲 𝟭𝗴 £𝟴𝟬", "Coke 1g £80"),             # mathematical sans-serif bold
    ("𝓦𝓮𝓮𝓭 𝟯.𝟱𝗴", "Weed 3.5g"),               # script letters
    ("ＭＤＭＡ１ｇ，Wickr：ｓｎｏｗ", "MDMA1g,Wickr:snow"),  # full-width forms
    ("ᴄᴏᴋᴇ 1g $100", "coke 1g $100"),                 # Latin small capitals (session 57)
    ("ᴄʀʏsᴛᴀʟ ɢʟᴀss ᴠᴀsᴇ", "crystal glass vase"),
    ("ℌ𝔢𝔯𝔬𝔦𝔫 ½ ﬁne", "ℌeroin ½ ﬁne"),          # only those two blocks: letterlike symbols, fractions, ligatures stay
])
def test_styled_letters_and_digits_in_their_plain_form(styled, expected):
    assert plain(styled) == expected


# an O read for a zero in a number off an image (session 60); not in a word or a code, not an ounce's O
@pytest.mark.parametrize("ocr, expected", [
    ("Coke 1g £8O, 3.5g £25O", "Coke 1g £80, 3.5g £250"),
    ("1Og = 7O€", "10g = 70€"),
    ("Cripy 5gr $ 2O.OOO", "Cripy 5gr $ 20.000"),
    ("WA O812 9876 5432", "WA 0812 9876 5432"),
    ("Ayran O,5l 2,OO €", "Ayran 0,5l 2,00 €"),
    ("4OOmg", "400mg"),
    ("1Oz $180", "1Oz $180"),                        # an ounce
    ("BTC 1GMu4ebU74ESnf5sRraKnFnHr8o47BLNoi", "BTC 1GMu4ebU74ESnf5sRraKnFnHr8o47BLNoi"),  # inside a code
    ("7ot numrou", "7ot numrou"), ("H2O", "H2O"), ("iOS 17", "iOS 17"), ("x2O", "x2O"), ("Oslo 2", "Oslo 2"),
])
def test_zeros_read_as_the_letter_o(ocr, expected):
    assert plain(ocr) == expected


@given(st.text())
def test_plain_keeps_offsets_and_is_stable(text):
    p = plain(text)
    assert len(p) == len(text) and plain(p) == p


@given(st.text(alphabet="0123456789Oo.,gzlx €", max_size=40))
def test_plain_keeps_offsets_and_is_stable_on_numbers_with_o(text):
    p = plain(text)
    assert len(p) == len(text) and plain(p) == p
    assert all(a == b or (a in "Oo" and b == "0") for a, b in zip(text, p))


@given(st.text(alphabet="abcSHIPshipтабТАБ íÍ \n.-", max_size=60))
def test_same_matches_as_the_case_insensitive_pattern(text):
    old = re.compile(r"(?<!\w)(?:(?:ship\w*)|(?:таб\w*)|(?:env[ií]os?))(?!\w)", re.IGNORECASE)
    new = compile_words(["ship*", "таб*", r"env[ií]os?"])
    assert [m.span() for m in new.finditer(lower(text))] == [m.span() for m in old.finditer(text)]


# grouping the alternatives under their first letter changes no match
@given(st.lists(st.sampled_from(["sale", "sell*", "samples?", "s?hip", "ship*", r"\d+ rounds", "(?:was|were) seen",
                                 "was", "so", "sold out", "sold", "order", "o", "ö*", "(?:no|nae) sale",
                                 "(?:at )?sea", "(?:s|o)?ale", "sel(?:l|ls)", "a|b", "(?:a|b)*e",
                                 "(?:sel(?:l|ls)|so) ld", "(?:s(?:a|o)|e)?le", "(?:(?:w|h)as|o)+ e"]), min_size=1, max_size=8,
                unique=True),
       st.text(alphabet="saleipordunt0123456789 wöhenab", max_size=40))
def test_grouped_alternatives_match_as_the_plain_alternation(words, text):
    from patrol.lexicon import WORD_END, WORD_START, _lower

    plain = re.compile(WORD_START + "(?:" + "|".join(
        f"(?:{_lower(w[:-1] + chr(92) + 'w*' if w.endswith('*') else w)})" for w in words) + ")" + WORD_END)
    assert [m.span() for m in compile_words(words).finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_grouping_keeps_an_irregular_alternative_in_its_place():
    rx = compile_words(["(?:was|were) seen", "was"])   # "was seen" before "was", as written
    assert [m.group() for m in rx.finditer("it was seen")] == ["was seen"]


@pytest.mark.parametrize("fragment, expanded", [
    ("(?:my|for the) first time", ["my first time", "for the first time"]),
    ("(?:at )?your store", ["at your store", "your store"]),
    ("(?:in|since) (?:1[89]|20)\\d\\d", ["in (?:1[89]|20)\\d\\d", "since (?:1[89]|20)\\d\\d"]),
    ("(?:ab)*c", ["(?:ab)*c"]),            # repeated: not a choice of words
    ("(?:a(?:b)?|c) d", ["a(?:b)? d", "c d"]),  # a choice with a group of its own
    ("(?:simon'?s|folin) reagent", ["simon'?s reagent", "folin reagent"]),
    ("(?:(?:a|b)c|d)?e", ["ace", "bce", "de", "e"]),
    ("(?:a)??b", ["(?:a)??b"]),            # lazy: tried without the group first
    ("(?:a|[b)", ["(?:a|[b)"]),            # a class left open: not a fragment to take apart
    ("(?:a)?", ["(?:a)?"]),                # would leave an empty alternative
])
def test_a_leading_choice_of_words_is_written_out(fragment, expanded):
    from patrol.lexicon import _expand_leading

    assert _expand_leading(fragment) == expanded


@given(st.lists(st.sampled_from(["g", "gram", "grams", "GR", "kg", "KG", "Kč", "k", "€", "$", "R$", "тыс."]), min_size=1,
                unique=True),
       st.text(alphabet="gramsGRSkKč€$R.тыс 5", max_size=30))
def test_grouped_word_alternation_matches_as_the_plain_one(words, text):
    import re

    from patrol.lexicon import alternation

    plain = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    for flags in (0, re.IGNORECASE):
        old, new = re.compile(f"(?:{plain})", flags), re.compile(f"(?:{alternation(words)})", flags)
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


@given(st.text(alphabet="0123456789.,a 冰毒元_", max_size=30))
def test_a_number_checked_after_its_first_digit_matches_as_checked_before(text):
    import re

    from patrol.lexicon import WORD_START, leading_number

    num = r"\d{1,3}(?:[ ,.]\d{3}){0,3}(?:[.,]\d{1,8})?|\d{1,9}(?:[.,]\d{1,8})?"
    # the rule in its plain form: not after a dot, nor after a digit's comma ("1,5"); after another comma a number
    # starts ("500元,2克": a full-width comma made plain)
    old = re.compile(rf"(?<!\.)(?<!\d,){WORD_START}({num})\s?元")
    new = re.compile(rf"{leading_number(num)}\s?元")
    assert [(m.span(), m.group(1)) for m in new.finditer(text)] == [(m.span(), m.group(1)) for m in old.finditer(text)]


def test_leading_number_needs_a_digit_first():
    from patrol.lexicon import leading_number

    with pytest.raises(ValueError):
        leading_number(r"[.,]\d+")


@pytest.mark.parametrize("word, language, expected", [
    ("and", None, True), ("the", "fr", True), ("de", "es", True), ("de", "en", False),
    ("cool", "en", False), ("coke", None, False), ("some", None, False),  # "some" is just below the bar
    ("mo", "tl", True), ("ko", "ceb", True), ("mo", "de", False),  # wordfreq's Filipino for Tagalog, Cebuano
    ("og", "no", True), ("je", "hr", True),                      # Norwegian Bokmål, Serbo-Croatian
])
def test_function_words(word, language, expected):
    assert is_function_word(word, language) is expected


def test_function_words_are_wordfreqs():
    """The shipped list is what scripts/function_words.py derives from wordfreq (checked for English)."""
    from wordfreq import top_n_list, zipf_frequency

    from patrol.lexicon import FUNCTION_ZIPF

    assert [w for w in top_n_list("en", 300) if zipf_frequency(w, "en") >= FUNCTION_ZIPF] == \
        json.loads((Path(__file__).resolve().parents[1] / "patrol/recognizers/data/function_words.json").read_text())["en"]


@pytest.mark.parametrize("regex, literals", [
    ("sell(?:ing)?", {"sell"}),
    ("(?:no|nae) time wasters", {" time wasters"}),
    (r"\w+ ban\b(?! on)", {" ban"}),  # lookarounds consume nothing: not "on"
    (r"(?<!not )lego", {"lego"}),
    (r"[ée]chele cabeza", {"échele cabeza", "echele cabeza"}),
    ("a[345](?: paper| size)?", {"a3", "a4", "a5"}),
    (r"potted|\d+ ?cm pot|house ?plants?", {"potted", "cm pot", "house"}),
    (r"(?:pool|snooker|billiards?) \w+", {"pool", "snooker", "billiard"}),
    ("(?:pool|snooker|billiards?) (?:cues?|tables?)", {" cue", " table"}),  # the longest choice; as long, the fewer
    ("t(?:ab|oz)s?", {"tab", "toz"}),  # a run goes on into a choice's first literals
    (r"t(?:ab|\d)", {"t"}),  # not where one of them starts otherwise
    (r"(\d+)x", {"x"}),  # a repeat of one at least is read; one that may be absent is not
    # near misses: nothing every match must hold
    (r"\d+", None),
    (r"(?:pills?)?\s?\d+", None),
    ("x(?i:abc)", {"xabc"}),  # as written: fold() makes any case one
    ("a|", None),  # one alternative matches the empty string
])
def test_required_literals(regex, literals):
    assert required_literals(regex) == (frozenset(literals) if literals is not None else None)


@pytest.mark.parametrize("a, b", [("ſ", "s"), ("İ", "i"), ("ς", "σ"), ("K", "k"), ("µ", "μ")])
def test_fold_makes_one_what_ignoring_case_takes_for_one(a, b):
    assert re.fullmatch(b, a, re.IGNORECASE)
    assert fold(a) == fold(b) and fold(a.upper()) == fold(b)


FRAGMENTS = ["sell*", "samples?", "(?:no|nae) time", r"\w+ ban", r"[ée]chele", r"\d+", "ſhip", "ΣΑΣ", "a[12]b"]


@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=3), st.lists(st.sampled_from(FRAGMENTS), max_size=3),
       st.text(alphabet="sellingampl time wasn'tbnéèchΣσςſİiSAb12 \n", max_size=40))
def test_a_filtered_word_list_misses_no_match(one, other, text):
    lists = {"one": one, "other": other}
    possible = LiteralFilter.of_word_lists(lists).possible(lower(text))
    for key, fragments in lists.items():
        if fragments and compile_words(fragments).search(lower(text)):
            assert key in possible


@given(st.sampled_from([r"Sell\w*", r"ΣΑΣ", r"(?:USD|EUR)\s?\d+", r"sh[io]p", "KILO"]),
       st.text(alphabet="sellSELLſship oΣσςUSDusdeurEUR12İIkKKILO", max_size=30))
def test_a_case_insensitive_pattern_is_filtered_by_its_literals_in_any_case(regex, text):
    f = LiteralFilter({"p": required_literals(regex)})
    if re.search(regex, text, re.IGNORECASE):
        assert f.possible(text) == {"p"}


def test_a_filter_searches_only_what_can_match():
    f = LiteralFilter({"sale": ["sell", "ship"], "email": ["@"], "always": None})
    assert f.possible("Selling now") == {"sale", "always"}
    assert f.possible("x@y.org") == {"email", "always"}
    assert f.bits("nothing here") == 0b100
