import pytest
from hypothesis import given
from hypothesis import strategies as st

from patrol.pipeline.analyzer import Analyzer
from patrol.recognizers.spoken_numbers import LANGUAGES, rewrite, widen

# a run of number words right before a unit or a currency word, rewritten in digits in its own place
MATCH = [
    ("got two grams of coke", "en", "got   2 grams of coke"),
    ("for a hundred quid", "en", "for a     100 quid"),
    ("two hundred and fifty grams", "en", "                  250 grams"),
    ("seventy-five milligrams", "en", "          75 milligrams"),
    ("cinco gramos por cuarenta euros", "es", "    5 gramos por       40 euros"),
    ("dos millones de pastillas", "es", "     2000000 de pastillas"),  # "de" between the amount and its unit
    ("duas toneladas de cocaína", "pt", "   2 toneladas de cocaína"),
    ("trinta e cinco reais", "pt", "            35 reais"),
    ("vingt-cinq grammes pour cent euros", "fr", "        25 grammes pour  100 euros"),
    ("zweihundertfünfzig Gramm", "de", "               250 Gramm"),
    ("fünfunddreißig Euro, zehn Gramm", "de", "            35 Euro,   10 Gramm"),  # after a comma too
    ("venticinque grammi a centottanta euro", "it", "         25 grammi a         180 euro"),
    ("tweeëntwintig gram", "nl", "           22 gram"),
    # Slavic languages, added up from the data file's values (session 62); "один" is read too (no recognizer does)
    ("два грамма за пять тысяч рублей", "ru", "  2 грамма за       5000 рублей"),
    ("один грамм тысяча пятьсот рублей", "ru", "   1 грамм           1500 рублей"),
    ("около пятидесяти рублей", "ru", "около         50 рублей"),  # a case form
    ("п'ять грамів за дві тисячі гривень", "uk", "    5 грамів за       2000 гривень"),
    ("dwa gramy za sto dwadzieścia złotych", "pl", "  2 gramy za             120 złotych"),
    ("jeden gram za tisíc dvě stě korun", "cs", "    1 gram za          1200 korun"),  # hundreds multiply
    ("tři sta korun", "cs", "    300 korun"),
    ("един грам сто и петдесет лева", "bg", "   1 грам            150 лева"),  # "и" joins
    ("pet grama dve hiljade dinara", "sr", "  5 grama        2000 dinara"),
]

# left as written: no unit or currency after the words, an article-like one (the quantity recognizer reads "one
# gram", "un gramme"), a multiplier after digits, a language with no number words here, words that make no number
NEAR_MISS = [
    ("I have one question and two friends", "en"),
    ("one gram of weed", "en"),
    ("un gramme", "fr"),
    ("9 millions de comprimés", "fr"),
    ("35 Millionen Euro", "de"),
    ("два грамма за пять тысяч рублей", "kk"),
    ("пять друзей и две тысячи причин", "ru"),  # no unit after them
    ("около трёх тысяч.", "ru"),
    ("двадцатьпять грамм", "ru"),  # words run together: no number the sum reads
    ("two grams", None),
    ("twofold grams", "en"),
    ("Elf Bar 600 puffs", "en"),  # a brand that is German eleven
]


@pytest.mark.parametrize("text, language, expected", MATCH)
def test_rewrites(text, language, expected):
    out, runs = rewrite(text, language)
    assert out == expected and len(out) == len(text) and runs


@pytest.mark.parametrize("text, language", NEAR_MISS)
def test_near_misses(text, language):
    assert rewrite(text, language) == (text, ())


def test_a_mention_is_cut_from_the_words_as_written():
    r = Analyzer().analyze([("x", "got two grams of coke for a hundred quid")])[0]
    assert [(q["mention"], q["value"], q["unit"]) for q in r["quantities"]] == [("two grams", 2.0, "g")]
    assert [(p["mention"], p["amount"], p["currency"]) for p in r["prices"]] == [("hundred quid", 100.0, "GBP")]


def test_widen():
    assert widen(6, ((4, 9),)) == 4 and widen(9, ((4, 9),)) == 9 and widen(3, ()) == 3


@given(st.text(alphabet=st.sampled_from(list("two hundred and fifty grams euros veinte y dos ,-0123"
                                             "две тысячи пятьсот рублей pięć złotych")), max_size=80),
       st.sampled_from(sorted(LANGUAGES)))
def test_offsets_hold(text, language):
    out, runs = rewrite(text, language)
    assert len(out) == len(text)
    outside = [i for i in range(len(text)) if not any(a <= i < b for a, b in runs)]
    assert all(out[i] == text[i] for i in outside)
