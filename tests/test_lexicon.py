import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from patrol.lexicon import compile_words, lower

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


@given(st.text(alphabet="abcSHIPshipтабТАБ íÍ \n.-", max_size=60))
def test_same_matches_as_the_case_insensitive_pattern(text):
    old = re.compile(r"(?<!\w)(?:(?:ship\w*)|(?:таб\w*)|(?:env[ií]os?))(?!\w)", re.IGNORECASE)
    new = compile_words(["ship*", "таб*", r"env[ií]os?"])
    assert [m.span() for m in new.finditer(lower(text))] == [m.span() for m in old.finditer(text)]


# grouping the alternatives under their first letter changes no match
@given(st.lists(st.sampled_from(["sale", "sell*", "samples?", "s?hip", "ship*", r"\d+ rounds", "(?:was|were) seen",
                                 "was", "so", "sold out", "sold", "order", "o", "ö*"]), min_size=1, max_size=8,
                unique=True),
       st.text(alphabet="saleipordunt0123456789 wöhe", max_size=40))
def test_grouped_alternatives_match_as_the_plain_alternation(words, text):
    from patrol.lexicon import WORD_END, WORD_START, _lower

    plain = re.compile(WORD_START + "(?:" + "|".join(
        f"(?:{_lower(w[:-1] + chr(92) + 'w*' if w.endswith('*') else w)})" for w in words) + ")" + WORD_END)
    assert [m.span() for m in compile_words(words).finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_grouping_keeps_an_irregular_alternative_in_its_place():
    rx = compile_words(["(?:was|were) seen", "was"])   # "was seen" before "was", as written
    assert [m.group() for m in rx.finditer("it was seen")] == ["was seen"]
