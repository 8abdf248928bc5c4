"""Countries named in text (names in eighteen languages and pycountry's in more, with the case endings
some write onto them, adjectives, emoji flags, ISO codes after a shipping word or in a list of them) and the role
they play: ships_from, ships_to, origin (an adjective before a product: "Peruvian flake") or
mentioned."""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import cache, lru_cache

import ahocorasick
import phonenumbers
import pycountry

from patrol.knowledge.normalize import unmixed
from patrol.lexicon import is_function_word, package_json
from patrol.recognizers.base import MAX_TEXT, Entity, Recognizer, read

LANGS = ("es", "pt", "fr", "de", "ru", "nl", "it", "pl", "sv", "tr", "ro", "cs", "da", "el", "hu", "ar", "ko")
# more languages whose names are read, after the curated names and adjectives (Indonesian "Swiss" is Switzerland,
# but "Swiss Fluff" is an origin)
MORE_LANGS = ("sk", "sl", "hr", "sr", "bs", "uk", "bg", "lt", "lv", "fi", "et", "nb_NO", "is", "ca", "id", "sq", "he",
              "tl", "zh_CN", "zh_TW", "ja", "th", "fa", "hi", "bn", "ur", "az", "eu", "uz", "tg", "kmr", "mt")
_VOWEL_END = re.compile(r"[aeiouyáéíóúýěąęåäöаеиоуыэюяіїєё]$")
MIN_STEM = 4  # letters a name keeps without its final vowel to be read with a case ending ("Turčij-e", "Slovensk-u")
# The words before a name that give it a role, by language (data/shipping_words.json), each from a word start:
# "RESTOCK" holds no "to", "pasta Italian" no "a"; "a vendor in Poland" is where the goods come from; not "de" after a
# word of nearness ("au large de la Martinique", off its coast; "près de", "cerca de"), nor Dutch "de" (the) after a
# preposition ("naar de Verenigde Staten", "voor de Britse markt"); "delivery across the UK", "verzending binnen
# Nederland", "Versand innerhalb Deutschlands", "livraison en France", "Envíos a toda España", "in tutta Italia",
# "по всей России", "i hela Sverige", Polish "na całą Polskę" and "z Polski do Niemiec" (from Poland to Germany; "do"
# alone is Portuguese "of the"), "took 9 days to arrive in Ireland", "Next day delivery UK only", "ships USA" (not "this
# ship"), "pills bound for Spain"; not Nordic "på grensen til" (at the border with)
_WORDS = package_json("patrol.recognizers", "data/shipping_words.json")
_SHIP_WORDS = "|".join(_WORDS["ship_words"])


def _cues(role: str) -> re.Pattern:
    not_near = "".join(rf"(?<!{w}\s)" for w in _WORDS["not_near"])
    phrases = [p.replace("{not_near}", not_near).replace("{ship_words}", _SHIP_WORDS)
               for by_language in _WORDS[role].values() for p in by_language]
    return re.compile(rf"(?i)(?<!\w)({'|'.join(phrases)})\W{{0,3}}$")


_FROM, _TO, _ORIGIN = _cues("from"), _cues("to"), _cues("origin")
# an article between the cue and the name: "to the Netherlands", "desde la India", "to all US states", "to all 50
# states of the USA"; a place
# before the country after a shipping word: "Ships from Texas, USA"
_ARTICLE = re.compile(r"(?i)(?<!\w)(?:all\s+(?:\d+\s+)?(?:states|provinces|regions|parts|corners)\s+(?:of|in)(?:\s+the)?|all(?:\s+the)?|the|la|le|les|el|los|las|die|der|dem|den|het|l'|τον|την|το|τη|τους|τις|τα|της|του)\s*$")
_PLACE = re.compile(r"(?<=\s)[A-Z][\w.-]+(?: [A-Z][\w.-]+)?,\s*$")
_SHIPPING = re.compile(rf"(?i)(?<!\w)(?:{_SHIP_WORDS}|sent|send|expédi)")
# Russian and Ukrainian "в" is "to" before the accusative ("в Украину") and "in" before the locative ("в Украине",
# "в Германии", "в Україні")
_IN_LOCATIVE = re.compile(r"(?i)(?<!\w)во?\s+$")
# Turkish writes a case ending after a proper name's apostrophe: "Bulgaristan'dan" (from), "Almanya'ya" (to)
_SUFFIX_FROM = re.compile(r"['’](?:dan|den|tan|ten)(?!\w)")
_SUFFIX_TO = re.compile(r"['’](?:a|e|ya|ye|n[iıuü]n her (?:yerine|tarafına|iline))(?!\w)")  # "Türkiye'nin her yerine"
# "Free UK delivery", "free US shipping": a country right before a delivery word is where it goes (not a flag
# before "shipping": "🇳🇱 fast shipping" is the vendor's own)
# "UK next day", "UK tracked", "UK post", "UK stealth", "UK first class": so is one right before "next day",
# "tracked", "post" (not "UK Post Office"), "stealth" (not "US stealth bomber") or "first class" (Royal Mail's)
_DELIVERY_AFTER = re.compile(r"\s*(?:(?:(?:next[\s-]day|free|fast|tracked|express)\s+)?(?:delivery|postage|(shipping))|next[\s-]day|tracked"
                             r"|first[\s-]class(?:\s+(?:post|signed|recorded))?(?=\s*(?:[,.;|\n]|$))"
                             r"|stealth(?![\w-])(?!\s+(?:mode|fighters?|bombers?|jets?|games?|technology|aircraft)\b)"
                             r"|post(?![\w-])(?!\s+(?:office|offices|war|code|codes|box)\b))\b", re.IGNORECASE)
# "Germany to EU", "NL to all EU", "DE -> EU": a country right before a route's "to" is where the goods leave from
# (not "Thailand to re-criminalise cannabis": a verb after); so is one before "stock" ("UK stock, next day")
_TO_AFTER = re.compile(r"\s*(?:->|→|>)\s|\s*to\s+(?:all|any|every|the|world\w*|anywhere|europe|eu|(?-i:[A-Z]))",
                       re.IGNORECASE)
_STOCK = r"stock(?!\s+(?:market|exchange|prices?|index))|warehouse"  # not "UK stock market"
_STOCK_AFTER = re.compile(rf"\s+(?:{_STOCK}|dispatch)\b", re.IGNORECASE)  # "UK dispatch, next day delivery"
_SHIPS_AFTER = re.compile(r"\s*(?:ships?|shipping|shipped|dispatch(?:es|ed)?)\b", re.IGNORECASE)
# "Shipping: USPS Priority, 2-4 days, US only": a country before "only" in a sentence about shipping is where goods go
# (its buyers' too: "ships from Mexico, US customers only")
_BUYERS = r"(?:\s+(?:customers?|buyers?|clients?))?"
_ONLY_AFTER = re.compile(rf"{_BUYERS}\s+only\b", re.IGNORECASE)
# "Valium 10mg, 100 tabs £60, UK only", "... £150. UK only.": a country and "only" (or "wide") standing as a phrase of
# their own, too
_PHRASE_START = re.compile(r"(?:\A|[,;|\n•·(:–—]|\s-|[.!]\s)\s*\Z")
_PHRASE_END = re.compile(r"\s*(?:[,.;!)|\n]|\Z)")
# "Danmark, sendes med GLS", "Germany, shipping worldwide": a country standing as a phrase of its own before a
# shipping word is where the goods leave from
_SHIPPED_AFTER = re.compile(rf"\s*,\s*(?:{_SHIP_WORDS})", re.IGNORECASE)
# "ships from Vancouver across Canada", "We ship priority mail within the USA": "across", "throughout" or "within"
# in a sentence about shipping says where goods go
_ACROSS_BEFORE = re.compile(r"(?i)(?<!\w)(?:across|throughout|within)\s+\Z")
# "Cocaine found in Dutch rivers", "in deutschen Abwässern", "w polskich ściekach": an adjective after "in" describes
# a place there, not a product's origin
_IN_BEFORE = re.compile(r"(?i)(?<!\w)(?:in|im|w|we|в|во|en|em|nei|nelle|negli|nel)\s+\Z")
_ONLY_PHRASE = re.compile(rf"{_BUYERS}\s+only{_PHRASE_END.pattern}", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*\Z")
SENTENCE_REACH = 500
# "Xanax bars, USA domestic", "USA domestic - escrow": a country before "domestic" that ends a phrase (or "domestic
# shipping") is where goods go (not "US domestic policy"); "ships Canada wide", "Australia-wide delivery": so is one
# before "wide" in a sentence about shipping (not "a Canada-wide warrant")
_DOMESTIC_AFTER = re.compile(r"\s+domestic(?:ally)?(?=\s*(?:[,.;:!)|\n]|$|only\b|shipping\b|delivery\b|postage\b)|\s+[-–]\s)",
                             re.IGNORECASE)
_DOMESTIC_BEFORE = re.compile(r"(?<!\w)domestic\s+\Z", re.IGNORECASE)
_CODE_IN_TAG = re.compile(r"(?:\A|\n)[ \t]*\[[ \t]*([A-Z]{2})[ \t]*\][ \t]*\S")  # "[AU] Test C 200mg/ml ...": a title's tag
_CODE_BEFORE_DOMESTIC = re.compile(rf"(?<![\w-])([A-Z]{{2}})(?=(?i:{_DOMESTIC_AFTER.pattern}))")  # "AU Domestic", as a name
_WIDE_AFTER = re.compile(r"[\s-]wide\b", re.IGNORECASE)
# "Ships from the USA, domestic only": the goods stay in the country they ship from
_DOMESTIC_ONLY = re.compile(r"(?i)(?<!\w)domestic\s+only(?=\s*(?:[,.;:!)|\n]|$))")
_DOMESTIC = re.compile(r"(?i)(?<!\w)domestic(?:ally)?(?=\s+(?:only|shipping|delivery|postage)\b)|(?<=ships\s)domestically\b")
# "to USA/UK/AU", "desde Colombia y Perú", "po celé ČR i na Slovensko", "en Belgique et au Luxembourg", "a toda
# España, también Portugal": a country listed right after one with a role shares it
_LISTED = re.compile(r"\s*(?:[/,&+]|and|y|e|ed|et|und|en|og|och|ja|és|ve|dan|și|i|и)?\s*(?:(?:also|too|también|tambien|também|aussi|auch|ook|anche)\s+)?"
                     r"(?:(?:to|na|do|en|a|à|au|aux|al|ao|in|nach|naar)\s+)?"
                     r"(?:(?:the|la|le|el|die|den|het)\s+)?",
                     re.IGNORECASE)
# "the US", "US shipping", "all US states": "CONTACT US" is a pronoun
# "US" (also "us" in capitals) only after "the" or "ships" ("HE SHIPS US" in capitals may be the pronoun), or before a
# shipping word, "states", "stock", "warehouse", "only", or people or an institution
# (group "before", checked against countries.json "people": "US officials say", "US Customs")
# Lower-case chat writes "uk" and "usa" beside a word of shipping ("uk next day", "ships usa", "usa only"; "us" is the
# pronoun)
_SHORT_NAMES = re.compile(r"(?<![\w])(?:UK|ČR|(?<=\bthe )US|(?<=\b[Ss]hips )US|(?<!(?i:contact) )US(?=\s+(?i:shipping|delivery|postage|states|stock|warehouse|only)\b)"
                          r"|(?<!(?i:contact) )(?P<before>US)(?=\s)"
                          r"|(?<=\bships )(?:uk|usa)|(?:uk|usa)(?=\s+(?:next day|tracked|only|delivery|shipping|post|wide|domestic|stock)\b))(?![\w])")
SHORT_NAMES = {"UK": "GB", "US": "US", "ČR": "CZ", "uk": "GB", "usa": "US"}  # Czech writes "ČR" for Česká republika
# "sold at US festivals", "the US fentanyl supply": "US" in capitals between words in lower case, before a word that is
# no grammar, is the country; "CONTACT US NOW", "Text US for prices" (a word of grammar after) are the pronoun
_WORD_AFTER = re.compile(r"\s+([a-z][\w'-]*)")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _noun_after_us(text: str, start: int, end: int) -> bool:
    """Is "US" at [start, end) the country by the words around it?"""
    after = _WORD_AFTER.match(text, end)
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool(after) and not is_function_word(after.group(1)) and not (before and before.group(1).isupper())


# "to USA, UK, AU": an ISO code listed right after a country with a role shares it (and is read only there)
_CODE = re.compile(r"(?<![\w])[A-Z]{2}(?![\w])")
_CODE_LIKE = re.compile(r"[A-ZČ]{2,3}")  # "USA", "UK": a code is read after a name written so
_LETTERS = re.compile(r"[^\W\d_]+")
# "Sent from DE", "ships to: UK", "Versand aus NL nach ...", "verzending vanuit NL", "envío desde ES", "z PL", "free
# delivery in NL" (not "posted in IT support"): an ISO code in capitals right after a "from" or "to" word
# "NL stock", "UK warehouse": a code right before a word of stock is where goods leave from (as a name is, _role);
# so is one before "to" and a place, a listing title's route ("NL to EU", "UK to UK", "DE to worldwide"; not "CC to
# BTC", cards to bitcoin)
# the second place of a title's pair of places ("UK-UK", "DE2EU"), where the goods go
_PAIR_SECOND = r"(?:EU|WW|[A-Z]{2})(?![\w-])"
_TO_PLACE_AFTER = re.compile(r"\s+to\s+(?:EU\b|Europe|[Ww]orld(?:wide)?|USA\b|[A-Z]{2}\b|[A-Z][a-z]{3,})"
                             rf"|(?<=[A-Z])[-2](?:USA(?![\w-])|{_PAIR_SECOND})")  # a title's "UK-UK", "DE2EU", "UK-USA"
_CODE_PAIR = re.compile(rf"(?<![\w-])[A-Z]{{2}}2{_PAIR_SECOND}")  # written as one word: "DE2EU", "NL2UK"
_PAIR_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z]{2}|USA)[-2]\Z")  # "UK-UK": the second is where the goods go
# "[UK] MDMA 84% ...": a country in brackets opening a listing's title (or a line of a menu) is the vendor's, where goods
# leave from
_TAG_BEFORE, _TAG_AFTER = re.compile(r"(?:\A|\n)[ \t]*\[[ \t]*\Z"), re.compile(r"[ \t]*\]")
# "NZ grown", "Canadian-grown", "grown in Canada": where a crop was grown is its origin
_GROWN_AFTER = re.compile(r"[ \t-]grown\b(?!-)", re.IGNORECASE)
_GROWN_IN = re.compile(r"\bgrown\s+in\s+(?:the\s+)?\Z", re.IGNORECASE)
# "UK vendor", "the UK cocaine vendors", "Chinese suppliers": where the one who sells is (not "UK drug dealers jailed":
# dealers are news more often than a listing's)
_VENDOR_AFTER = re.compile(r"(?:\s+[\w-]+)?\s+(?:vendors?|sellers?|suppliers?)\b", re.IGNORECASE)
_CODE_BEFORE_STOCK = re.compile(rf"(?<![\w-])([A-Z]{{2}})(?=\s+(?:{_STOCK})\b"
                                rf"|{_TO_PLACE_AFTER.pattern}|{_GROWN_AFTER.pattern})")
# "NL → UK", "DE -> EU": a route, from the country before the arrow to the one after it
# and ">" as a listing writes it: "UK>UK", "UK > UK" (not "200+MG >MDMA", nor "CC >> BANK")
_ARROW = r"(?:→|➡️?|➔|->|=>|(?<![>\s])>(?![>\s])|(?<=[^>\s] )>(?= ))"
_ARROW_BEFORE = re.compile(rf"{_ARROW}[ \t]*\Z")
_ARROW_AFTER = re.compile(rf"[ \t]*{_ARROW}")
_CODE_AT_ARROW = re.compile(rf"(?<![\w-])([A-Z]{{2}})(?={_ARROW_AFTER.pattern}|[-2]{_PAIR_SECOND})"
                            r"|(?:(?<=→)|(?<=➡)|(?<=➡\ufe0f)|(?<=➔)|(?<=->)|(?<==>)"
                            r"|(?<=[A-Z]{2}-)|(?<=[A-Z]{2}2))"
                            r"[ \t]*([A-Z]{2})(?![\w-])")
# "worldwide except USA and Australia", "no shipping to Canada": countries the goods are not sent to
_EXCEPT = re.compile(rf"(?<!\w)(?:{'|'.join(_WORDS['except'])})\s+(?:the\s+|la\s+|le\s+|l'|el\s+)?\Z", re.IGNORECASE)
_EXCEPT_LISTED = re.compile(r"\s*(?:[/,&+]|and|or|y|o|e|et|ou|und|oder|en|of|i|и)?\s*"
                            r"(?:(?:the|la|le|el|die|den|het)\s+)?", re.IGNORECASE)
# (a space or a colon between: "ZAR" is no Polish "z AR"; a JSON value's quote: "ships_from": "NL")
_CODE_AFTER_CUE = re.compile(rf"(?<!\w)(?:(?i:{'|'.join(_WORDS['code_cues'])}))(?:\s*[:\-]\s*\"?|\s+)([A-Z]{{2}})\b")


def _shipped_lower(text: str, start: int) -> bool:
    """"ship from canada", "ships to netherlands": a country's name after a shipping word's "from" or "to", as
    lower-case chat writes it."""
    before = text[max(0, start - 30):start]
    cue = _FROM.search(before) or _TO.search(before)
    return bool(cue and _SHIPPING.search(cue.group(1)))


_DOTTED_I = {"İ": "i"}  # Turkish "İran", "İspanya": lower-cased, "i" and a combining dot


# a Latin letter beside a Cyrillic or Greek one: inside a word that mixes the scripts
_SCRIPT_BOUNDARY = re.compile("[a-z][\u0370-\u04ff]|[\u0370-\u04ff][a-z]")
MIXED_REACH = 40  # letters read on each side of such a boundary: a country's name is shorter


# the location recognizer and text_places (asked by the price and the contact recognizer) read the same text:
# lower-cased once
@lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):  # a character changed length when lower-cased ("İran"): keep offsets exact
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else _DOTTED_I.get(ch, ch) for ch in text)
    return _unmixed_words(lowered) if _SCRIPT_BOUNDARY.search(lowered) else lowered


def _unmixed_words(lowered: str) -> str:
    """Words that mix Latin letters with Cyrillic or Greek look-alikes read in one script ("(Сolombian)" with a
    Cyrillic С, written to slip past filters), one character for one; linear in the text's length."""
    out, done = [], 0
    for m in _SCRIPT_BOUNDARY.finditer(lowered):
        if m.start() < done:
            continue  # in the word just read
        a, b = m.start(), m.end()
        while a > done and m.start() - a < MIXED_REACH and lowered[a - 1].isalpha():
            a -= 1
        while b < len(lowered) and b - m.end() < MIXED_REACH and lowered[b].isalpha():
            b += 1
        out += [lowered[done:a], unmixed(lowered[a:b])]
        done = b
    return "".join(out) + lowered[done:]


_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")  # vowel marks and shadda, which text seldom writes


def _key(name: str) -> str:
    """Bengali "য়" composed as text writes it (NFC), Arabic without its marks, Uzbek's "ʻ" as the apostrophe text
    types ("Afg'oniston")."""
    return _ARABIC_MARKS.sub("", unicodedata.normalize("NFC", name.lower().replace("i\u0307", "i"))).replace("\u02bb", "'")


@cache
def _data() -> dict:
    return package_json("patrol.recognizers", "data/countries.json")


@cache
def _names() -> tuple[ahocorasick.Automaton, set[str], set[str]]:
    """The automaton of names, adjectives and stems; the ambiguous names; the acronyms."""
    data = _data()
    table: dict[str, tuple[str, str]] = {}
    excluded = {n.lower() for n in data["excluded"]}
    acronyms: set[str] = set()

    def add(name: str, code: str, replace: bool = False) -> None:
        key = _key(name)
        if replace or key not in table:
            table[key] = (code, "name")
        if name.isupper() and _ACRONYM.fullmatch(name):
            acronyms.add(key)

    def translated(names: list[tuple[str, str]], langs) -> None:
        for lang in langs:
            t = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
            inflections = data["inflections"].get(lang, ())
            for code, name in names:
                own = t.gettext(name)
                key = _key(own)
                if key not in excluded:
                    add(own, code)
                    for form in (key[:-len(a)] + b for a, b in inflections if key.endswith(a)):
                        if form not in excluded:
                            table.setdefault(form, (code, "name"))

    iso = [(c.alpha_2, name) for c in pycountry.countries for name in {c.name, getattr(c, "common_name", c.name)}]
    for code, name in iso:
        add(name, code)
    translated(iso, LANGS)
    for code, names in data["names"].items():
        for n in names:
            add(n, code, replace=True)
    for key, code in _adjectives().items():
        for form in (key, *(f for f in _inflected(key) if f not in excluded)):
            table.setdefault(form, (code, "adjective"))
    translated(iso, MORE_LANGS)
    # "Turkey": pycountry's own name is now "Türkiye", and its catalogues translate the old one
    translated([(code, n) for code, names in data["names"].items() for n in names], (*LANGS, *MORE_LANGS))
    auto = ahocorasick.Automaton()
    # two letters are a name in Hangul and unspaced scripts (태국, 미국, 缅甸, タイ), and where the curation writes one
    # with a letter outside ASCII (Vietnamese "Mỹ", America; pycountry's own two-letter forms are codes)
    curated = {_key(n) for names in data["names"].values() for n in names} | set(_adjectives())
    for key, val in table.items():
        if len(key) >= 3 or (len(key) == 2 and (all("\uac00" <= ch <= "\ud7a3" or _UNSPACED.match(ch) for ch in key)
                                                 or (key in curated and not key.isascii()))):
            auto.add_word(key, (key, *val))
    # a name's stem, read only with a case ending of the text's language: "Slovensk-u", "Україн-і", "Turčij-e"
    for key, (code, kind) in table.items():
        stem = key[:-1]
        if kind == "name" and " " not in key and _VOWEL_END.search(key) and len(stem) >= MIN_STEM \
                and stem not in table and not auto.exists(stem):
            auto.add_word(stem, (stem, code, "stem"))
    auto.make_automaton()
    return auto, {a.lower() for a in data["ambiguous"]}, acronyms


_ACRONYM = re.compile(r"(?:[^\W\d_]\.?){2,5}")  # "SAD", "США", "U.S.A." as their source writes them


def _inflected(adjective: str) -> tuple[str, ...]:
    """An adjective's French feminine and plural ("marocaine", "afghanes", "colombienne"), Polish cases
    ("polskich", "marokańskiej") or German endings ("an der tschechischen Grenze"), where the curation lists the
    masculine or the stem; not after English "-ish" ("polishes", "danishes")."""
    if " " in adjective:
        return ()
    if adjective.endswith("isch"):
        return tuple(adjective + e for e in ("e", "es", "en", "er", "em"))
    if adjective.endswith(("ski", "cki")):  # Polish: "polski", "w polskich ściekach", "polskiej policji"
        return tuple(adjective[:-1] + e for e in ("a", "ą", "ie", "iego", "iemu", "iej", "ich", "im", "imi"))
    if adjective.endswith(("ien", "éen")):
        return adjective + "ne", adjective + "nes"
    if adjective and adjective[-1] in "bcdfgklmnprstvz" and not adjective.endswith("sh"):
        return adjective + "e", adjective + "es"
    return ()


# Georgian's Mkhedruli: lower case to Unicode since Mtavruli was encoded (2018), yet written with no capitals
_UNCASED = re.compile("[\u10d0-\u10ff]")
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")  # Thai, Han, kana: no spaces
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_KATAKANA = re.compile(r"[\u30a0-\u30ff]")


@cache
def _unspaced_cues() -> tuple[re.Pattern, re.Pattern, dict[str, str], int]:
    """The words before and after a name in Thai, Han or kana that give it a role (countries.json "unspaced"), and
    the longest's length."""
    data = _data()["unspaced"]
    roles = {w: ("" if role == "other" else role) for side in data.values() for role, ws in side.items() for w in ws}

    def words(side: str) -> str:
        return "|".join(sorted((w for ws in data[side].values() for w in ws), key=len, reverse=True))
    return re.compile(rf"(?:{words('before')})$"), re.compile(words("after")), roles, max(map(len, roles))


def _unspaced_role(text: str, start: int, end: int, key: str) -> tuple[str, str] | None:
    """A name in a script that writes no spaces: its role and why ("" for none), or None where it is part of a
    longer word: a katakana name inside a katakana word ("マリファナ"), or a two-character Han name after a Han
    character that is none of the cue words ("欧美国家", Western countries)."""
    before_rx, after_rx, roles, longest = _unspaced_cues()
    if _KATAKANA.match(key) and ((start and _KATAKANA.match(text, start - 1)) or _KATAKANA.match(text, end)):
        return None
    cue = before_rx.search(text, max(0, start - longest), start)
    if cue is None and len(key) == 2 and _HAN.match(key) and start and _HAN.match(text, start - 1):
        return None  # (a kana particle before it ends the word before: "CBDオイルは日本で")
    if cue and roles[cue.group()]:
        return roles[cue.group()], f", after '{cue.group()}'"
    after = after_rx.match(text, end)
    if after and roles[after.group()]:
        return roles[after.group()], f", before '{after.group()}'"
    return "", ""


def _in_word(ch: str) -> bool:
    return ch.isalnum() or ch in "_@" or unicodedata.category(ch) in ("Mn", "Mc")  # Devanagari's vowel signs


# "100 Australian dollars", "300 درهم إماراتي", "50 pesos colombianos": an adjective beside a currency names the
# currency, not a place (the price recognizer reads whose it is; location cannot import price's words, which import it)
_CURRENCY_NOUN = (r"dollars?|d[oó]lar(?:es)?|pesos?|pounds?|libras?|dirhams?|dinars?|riyals?|rials?|rupees?|francs?"
                  r"|shillings?|kron(?:a|e|or|er)|liras?|yuan|yen|rand|درهم|دينار|ريال|جنيه|ليرة|دولار")
_CURRENCY_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{_CURRENCY_NOUN})\s+$")
_LA_BEFORE = re.compile(r"\b[Ll]a\s\Z")
_POSSESSIVE = re.compile(r"['’]s(?!\w)")
# a chat export's speaker: a name after a line's timestamp and before a colon ("[21:40] Kuba: masz coś?",
# "22/10/2026 23:41 - Rafa: ..."), or before a comma and a bracketed timestamp ("Kuba, [05.11.2026 20:11]"): a
# person, whatever country the name is also (Polish "Kuba", Jakub; Spanish "Chad")
_STAMP_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\[[^\]\n]{3,30}\]|(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t])?"
                           r"\d{1,2}[:.]\d{2}(?:[ \t]?[-–])?)[ \t]*\Z")
_SPEAKER_AFTER = re.compile(r"[ \t]?:[ \t]|,[ \t]\[\d")


def _speaker(text: str, start: int, end: int) -> bool:
    """A name that speaks in a chat export is a person's, not the country it also names."""
    line = text.rfind("\n", 0, start) + 1
    return bool(_SPEAKER_AFTER.match(text, end)) and (
        bool(_STAMP_BEFORE.search(text[max(0, line - 1):start])) or (text[end:end + 1] == "," and line == start))


_CURRENCY_AFTER = re.compile(rf"(?i)\s+(?:{_CURRENCY_NOUN})(?!\w)")
# Afghanistan's money is named by the country's adjective: "۲۰ هزار افغانی", "500 Afghani" after an amount (perhaps
# in thousands) are a price ("هروئین افغانی", Afghan heroin, is an origin)
_CURRENCY_ADJECTIVE = re.compile(r"(?i)afghanis?|افغانی|افغانۍ")
_AMOUNT_BEFORE = re.compile(r"\d[\d.,٬]*\s*(?:(?:هزار|زره|thousand)\s+)?\Z")


_NATIONALITY = re.compile(r"(?i)(?:nationality|nacionalidad|nacionalidade|nationalité|nationalität|nationaliteit"
                          r"|nazionalità|национальности)\W+(?:\w+\W+)?$")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(_data()["abbreviations"])


@cache
def _affixes(kind: str) -> dict[str, dict[str, str]]:
    """By language, each case ending ("case_endings"), letter written onto a name's start ("prefixes") or word
    after it ("postpositions") and the role it gives ("" for none)."""
    return {lang: {a: ("" if role == "other" else role) for role, affixes in by_role.items() for a in affixes}
            for lang, by_role in _data()[kind].items()}


_NEXT = re.compile(r"\s+([^\s\d.,;:!?।،()\[\]]+)")


@cache
def _movement_after() -> dict[tuple[str, str], re.Pattern]:
    """By (language, case ending), the words of movement after which alone an ending that is "in" as well as "from"
    gives its role (countries.json "movement_after": Korean "에서")."""
    return {(lang, ending): re.compile(rf"\s*(?:{'|'.join(words)})")
            for lang, by_ending in _data()["movement_after"].items() for ending, words in by_ending.items()}


def _postposition(text: str, end: int, language: str | None) -> tuple[str, str] | None:
    """The role a word after the name gives it, in a language that writes one there (countries.json
    "postpositions": Hindi "पाकिस्तान से", from Pakistan), and the word."""
    words = _affixes("postpositions").get(language or "")
    word = _NEXT.match(text, end) if words else None
    role = words.get(word.group(1)) if word else None
    return (role, word.group(1)) if role else None


@cache
def _region_list() -> re.Pattern:
    """A region, perhaps "only", then a parenthesis: "Shipping: Scandinavia only (Sweden, ..."; the list inside
    takes the role the region has (countries.json "regions")."""
    regions = "|".join(map(re.escape, sorted(_data()["regions"], key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{regions})(?:\s+only)?\s*\(\s*$", re.IGNORECASE)


@cache
def _false_friends() -> dict[str, frozenset[str]]:
    """Words of a language that are another language's name for a country (countries.json "false_friends")."""
    return {lang: frozenset(map(_key, words)) for lang, words in _data()["false_friends"].items()}


# Spanish "red" (a network) stands only before its adjective ("la red colombiana"); after one it is a colour
# ("Lebanese red", a hash)
_BEFORE_ADJECTIVE_ONLY = frozenset({"red"})


def _people_words(after: bool = False) -> str:
    words = [w for w in _data()["people"] if not (after and w in _BEFORE_ADJECTIVE_ONLY)]
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@cache
def _everyday() -> re.Pattern:
    """Everyday things named with a country's name or adjective ("Kiwi fruit", "Brazil nuts"; countries.json
    "everyday"): no place."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(_data()['everyday'])})(?!\w)")


@cache
def _people() -> re.Pattern:
    """Nouns beside which a country's adjective describes people or an institution ("Spanish police",
    "Albanian gang", and after the noun in French, Spanish, Italian: "la douane française"), not where a
    product comes from (countries.json "people")."""
    # a capitalised word may stand between: "Australian Federal Police"
    return re.compile(rf"\s+(?:(?-i:[A-Z])[\w-]+\s+)?(?:{_people_words(after=True)})\b", re.IGNORECASE)


# the words after which such a noun (_people_then) makes the country an institution's ("la Armada de Colombia", "la
# Policía Nacional de Colombia", "the police of Mexico") or where people are from ("two men from Vietnam"), not where
# goods come from
_OF = "de|da|do|di|del|della|du|of"
_FROM_PEOPLE = "from|aus|uit|z|ze|из"


@cache
def _people_then(words: str) -> re.Pattern:
    """Such a noun, perhaps with one word after it, right before one of ``words`` (an alternation)."""
    return re.compile(rf"\b(?:{_people_words()})(?:\s+[^\W\d_]+)?\s+(?:{words})\s+$", re.IGNORECASE)


@cache
def _people_before(lower_case: bool = False) -> re.Pattern:
    """Such a noun right before the adjective; before one in lower case (a Romance adjective, after its noun), one word
    may stand between: "les autorités sanitaires canadiennes" (not "Police seized Moroccan hash")."""
    gap = r"(?:\s+[^\W\d_]+)?" if lower_case else ""
    return re.compile(rf"\b(?:{_people_words()}){gap}\s+$", re.IGNORECASE)


_FLAG = re.compile("[\U0001F1E6-\U0001F1FF]{2}")


def _flag(pair: str) -> str | None:
    a, b = (ord(ch) - 0x1F1E6 for ch in pair)
    code = chr(65 + a) + chr(65 + b)
    return code if pycountry.countries.get(alpha_2=code) else None


class LocationRecognizer(Recognizer):
    entity = "location"

    def analyze(self, text: str, language: str | None = None) -> list[Entity]:
        text = text[:MAX_TEXT]
        auto, ambiguous, acronyms = _names()
        lowered = _lowered(text)
        out: list[Entity] = []
        endings = _affixes("case_endings").get(language or "", {})
        false_friends = _false_friends().get(language or "", frozenset())
        prefixes = _affixes("prefixes").get(language or "", {})
        held = _held_by_cities()
        for end, (key, code, kind) in auto.iter(lowered):
            start, end = end - len(key) + 1, end + 1
            if key in acronyms and not text[start:end].isupper():
                continue  # "Novi Sad" is no "SAD" (Bosnian for the United States)
            if any(start >= at and lowered.startswith(city, start - at) for city, at in held.get((key, code), ())):
                continue  # "Ciudad de México", "Kuwait City": the city, which a text's places read (text_places)
            role, why = None, ""
            if _UNSPACED.match(key):
                unspaced = _unspaced_role(text, start, end, key)
                if unspaced is None:
                    continue
                role, why = unspaced
            elif start > 0 and _in_word(lowered[start - 1]):
                role = prefixes.get(lowered[start - 1])  # Hebrew "מקולומביה", from Colombia
                if role is None or (start > 1 and _in_word(lowered[start - 2])):
                    continue  # "fake_dutch_plug", "@dutchy" are handles
                start -= 1
                why = f", prefix '{lowered[start]}-'"
            if kind == "stem" and not (end < len(lowered) and _in_word(lowered[end])):
                continue  # a stem alone is no word
            if end < len(lowered) and _in_word(lowered[end]) and not _UNSPACED.match(key):
                tail = _LETTERS.match(lowered, end) if endings else None
                ending = endings.get(tail.group()) if tail else None
                if ending is None or (kind == "stem" and auto.exists(lowered[end - len(key):tail.end()])):
                    continue  # "dutchy", "Hollands"; but Hungarian "Magyarországon", Korean "태국에서"; "России" is a name
                role, why = ending or role, why + f", case ending '-{tail.group()}'"
                moved = _movement_after().get((language or "", tail.group()))
                if moved and not moved.match(lowered, tail.end()):
                    role = None  # "한국에서 ... 늘고 있다": in Korea; "태국에서 밀반입된": smuggled from Thailand
                end = tail.end()
            mention = text[start:end]
            if _speaker(text, start, end):
                continue
            if mention[0].islower() and not _UNCASED.match(mention) and (
                    kind in ("name", "stem") or key in ambiguous) and not _shipped_lower(text, start) \
                    and not (kind == "name" and _WIDE_AFTER.match(text, end)):
                continue  # "holland park", "french fries": names are capitalised where a script has capitals (but
                # "ship from canada", "express post australia-wide": chat writes none)
            if lowered[start:end] in false_friends and not (
                    mention[0].isupper() and _LA_BEFORE.search(text, max(0, start - 4), start)):
                continue  # Finnish "Tai" (or), Dutch "Indien" (if), French "réunion" (a meeting): a word of the text's
                # language; capitalised after "la", the place ("le zamal de La Réunion")
            if kind == "adjective" and (_CURRENCY_AFTER.match(text, end)
                                        or _CURRENCY_BEFORE.search(text, max(0, start - 20), start)
                                        or (_CURRENCY_ADJECTIVE.fullmatch(mention)
                                            and _AMOUNT_BEFORE.search(text, max(0, start - 20), start))):
                continue  # "Australian dollars", "درهم إماراتي": the currency's name
            if not role and (after := _postposition(text, end, language)):
                role, why = after[0], why + f", before '{after[1]}'"
            if not role:
                role, more = self._role(text, start, end, kind)
                why += more
            score = 0.6 if key in ambiguous else 0.9
            out.append(Entity(self.entity, start, end, mention, {"country": code, "role": role}, self.name,
                              score, f"country {kind} '{key}'{why}"))
        for m in _FLAG.finditer(text) if not text.isascii() else ():
            code = _flag(m.group())
            if code:
                role, why = self._role(text, m.start(), m.end(), "flag")
                out.append(Entity(self.entity, m.start(), m.end(), m.group(), {"country": code, "role": role},
                                  self.name, 0.9, f"flag emoji{why}"))
        for m in _SHORT_NAMES.finditer(text):
            code = SHORT_NAMES.get(m.group())
            if code and (not m.group("before") or _people().match(text, m.end())
                         or _noun_after_us(text, m.start(), m.end())):
                role, why = self._role(text, m.start(), m.end(), "name")
                out.append(Entity(self.entity, m.start(), m.end(), m.group(), {"country": code, "role": role},
                                  self.name, 0.8, f"'{m.group()}'{why}"))
        # each pattern of ISO codes below reads a pair of capitals standing alone (most texts have none)
        codes = _CODE.search(text) is not None or _CODE_PAIR.search(text) is not None
        for m in _CODE_AFTER_CUE.finditer(text) if codes else ():
            code = m.group(1)
            if _free_code(code, m.start(1), out):  # "delivery across LA": Los Angeles
                role, why = self._role(text, m.start(1), m.end(1), "code")
                out.append(Entity(self.entity, m.start(1), m.end(1), code, {"country": code, "role": role},
                                  self.name, 0.8, f"ISO code after a shipping word{why}"))
        for m in _CODE_BEFORE_STOCK.finditer(text) if codes else ():
            code = m.group(1)
            if _free_code(code, m.start(1), out):
                role = "origin" if _GROWN_AFTER.match(text, m.end(1)) else "ships_from"
                out.append(Entity(self.entity, m.start(1), m.end(1), code, {"country": code, "role": role},
                                  self.name, 0.8, "ISO code before a word of stock, 'to' and a place, or 'grown'"))
        for m in _CODE_IN_TAG.finditer(text) if codes else ():
            if _free_code(m.group(1), m.start(1), out):
                out.append(Entity(self.entity, m.start(1), m.end(1), m.group(1), {"country": m.group(1),
                                  "role": "ships_from"}, self.name, 0.8, "ISO code as a title's tag ('[AU] ...')"))
        for m in _CODE_BEFORE_DOMESTIC.finditer(text) if codes else ():
            if _free_code(m.group(1), m.start(1), out):
                role, why = self._role(text, m.start(1), m.end(1), "code")
                out.append(Entity(self.entity, m.start(1), m.end(1), m.group(1), {"country": m.group(1), "role": role},
                                  self.name, 0.8, f"ISO code before 'domestic'{why}"))
        for m in _CODE_AT_ARROW.finditer(text) if codes else ():
            code, at = (m.group(1), m.start(1)) if m.group(1) else (m.group(2), m.start(2))
            if _free_code(code, at, out):
                role, why = self._role(text, at, at + 2, "code")
                out.append(Entity(self.entity, at, at + 2, code, {"country": code, "role": role},
                                  self.name, 0.8, f"ISO code beside an arrow{why}"))
        roles = [e.end for e in out if e.value["role"] in ("ships_from", "ships_to")]
        for m in _CODE.finditer(text, min(roles)) if roles and codes else ():  # read only after a country with a role
            if _free_code(m.group(), m.start(), out):
                out.append(Entity(self.entity, m.start(), m.end(), m.group(), {"country": m.group(), "role": "listed"},
                                  self.name, 0.7, "ISO code"))
        out.sort(key=lambda e: e.start)
        out = _longest(out)
        # a name listed right after a shipping country shares its role; not one before an institution ("from China,
        # US officials say")
        for prev, e in zip(out, out[1:]):
            if prev.value["role"] in ("ships_from", "ships_to") and e.value["role"] in ("mentioned", "listed") and (
                    _LISTED.fullmatch(text, prev.end, e.start)) and (
                    e.value["role"] == "mentioned" or _CODE_LIKE.fullmatch(prev.text)) and not _people().match(text, e.end):
                e.value["role"] = prev.value["role"]
                e.explanation += f", listed after {prev.text!r}"
        things = [m.span() for m in _everyday().finditer(lowered)] if out else []
        out = [e for e in _not_excepted(text, out)
               if e.value["role"] != "listed" and not any(a <= e.start and e.end <= b for a, b in things)]
        return sorted(out + _domestic(text, out, self.name) + _fifty_states(text, out, self.name),
                      key=lambda e: e.start)

    @staticmethod
    def _role(text: str, start: int, end: int, kind: str) -> tuple[str, str]:
        before = text[max(0, start - 25):start]
        if _GROWN_AFTER.match(text, end) or _GROWN_IN.search(before):
            return "origin", ", where it was grown"
        if kind == "name" and _ORIGIN.search(before):
            return "origin", ", after the goods' noun ('cỏ Mỹ', American weed)"
        if _VENDOR_AFTER.match(text, end):
            return "ships_from", ", the vendor's country ('UK vendor', 'Australian vendor')"
        if kind != "adjective":  # an adjective takes no role through these: "from the Welsh drug-checking service"
            if any(rx.search(text, max(0, start - 4), start) for rx in (_ARROW_BEFORE, _PAIR_BEFORE)):
                return "ships_to", ", after an arrow ('NL → UK', 'UK-UK')"
            if _ARROW_AFTER.match(text, end):
                return "ships_from", ", before an arrow ('NL → UK')"
            if _TO_PLACE_AFTER.match(text, end):
                return "ships_from", ", before 'to' and a place ('UK to UK')"
            if _TAG_BEFORE.search(text, max(0, start - 4), start) and _TAG_AFTER.match(text, end):
                return "ships_from", ", a title's tag ('[UK] MDMA ...')"
            if _SUFFIX_FROM.match(text, end):
                return "ships_from", ", Turkish 'from' ending"
            if _SUFFIX_TO.match(text, end):
                return "ships_to", ", Turkish 'to' ending"
            region = _region_list().search(text, max(0, start - 60), start) if "(" in before[-3:] else None
            before = text[max(0, region.start() - 25):region.start()] if region else before
            place = _PLACE.search(before)
            # not "samples from Vancouver, Canada", nor "Ships from the US, US only" (where it goes)
            if place and _SHIPPING.search(before, 0, place.start()) and not _ONLY_AFTER.match(text, end):
                before = before[:place.start()]
            article = _ARTICLE.search(before)
            before = before[:article.start()] if article else before
        if _FROM.search(before):
            if _POSSESSIVE.match(text, end):
                return "mentioned", ", a possessive ('a warning from Scotland's police')"
            if _people_then(_OF).search(before):
                return "mentioned", ", a country's institution ('la Armada de Colombia')"
            if _people_then(_FROM_PEOPLE).search(before) or (kind != "adjective" and _people().match(text, end)):
                return "mentioned", ", people from a country ('two men from Vietnam', 'from a US official')"
            return "ships_from", ", after a 'from' word"
        last = text[end - 1].lower()
        if _IN_LOCATIVE.search(before) and (last in "еиії" or (last in "яа" and not _SHIPPING.search(before))):
            # Russian "в России" (in) but "в Россию" (to); Bulgarian writes no case: "в България" is "in" unless
            # a shipping word comes before ("Доставка в США")
            return "mentioned", ", 'в' with a locative ending, or none and no shipping word ('in', not 'to')"
        if (to := _TO.search(before)) and not (to.group(1).lower() == "a" and _english_article(text, end, kind)):
            if kind == "adjective" and _people().match(text, end):
                return "mentioned", ", adjective of people after a 'to' word ('distributed to Scottish police')"
            return "ships_to", ", after a 'to' word"
        if kind != "adjective" and _ACROSS_BEFORE.search(before) and _about_shipping(text, start, start):
            return "ships_to", ", after 'across', 'throughout' or 'within' in a sentence about shipping"
        if kind == "adjective":  # the words after a name below give an adjective no role; a market or people do
            if _IN_BEFORE.search(before):
                return "mentioned", ", adjective after 'in': of a place ('in Dutch rivers')"
            market = _MARKET_BEFORE.search(text, max(0, start - 12), start)
            if market or _MARKET_AFTER.match(text, end):
                at = market.start() if market else start  # where the phrase "market" + adjective starts
                if _FOR_BEFORE.search(text, max(0, at - 16), at):
                    return "ships_to", ", a market it is made or meant for"
                return "mentioned", ", adjective of a market"
            if (_people().match(text, end) or _people_before(text[start:end].islower()).search(text, max(0, start - 40), start)
                    or _NATIONALITY.search(before) or _USE_AFTER.match(text, end)):
                return "mentioned", ", adjective of people or an institution"
            return "origin", ", adjective before a product"
        if _TO_AFTER.match(text, end):
            return "ships_from", ", before a 'to' word"
        if _SHIPPED_AFTER.match(text, end) and _PHRASE_START.search(text, max(0, start - 4), start):
            return "ships_from", ", a phrase of its own before a shipping word ('Danmark, sendes med GLS')"
        if stock := _STOCK_AFTER.match(text, end):
            return "ships_from", f", before '{stock.group().strip()}'"
        if kind == "flag" and _SHIPS_AFTER.match(text, end):
            return "ships_from", ", a flag before a shipping word, the vendor's own ('🇳🇱 ships EU wide')"
        if kind != "flag" and _ONLY_AFTER.match(text, end):
            if _about_shipping(text, start, start):
                return "ships_to", ", before 'only' in a sentence about shipping"
            if _PHRASE_START.search(text, max(0, start - 4), start) and _ONLY_PHRASE.match(text, end):
                return "ships_to", ", '... only' as a phrase of its own ('500 tabs £250, UK only')"
        if (after := _DELIVERY_AFTER.match(text, end)) and (kind != "flag" or not after.group(1)):
            return "ships_to", ", before a delivery word"
        if kind != "flag" and (_DOMESTIC_AFTER.match(text, end) or _DOMESTIC_BEFORE.search(before)):
            return "ships_to", ", beside 'domestic' ('US domestic', 'domestic US')"
        if kind != "flag" and (wide := _WIDE_AFTER.match(text, end)):
            if _about_shipping(text, start, wide.end() + 10):
                return "ships_to", ", before 'wide' in a sentence about shipping"
            if _PHRASE_START.search(text, max(0, start - 4), start) and _PHRASE_END.match(text, wide.end()):
                return "ships_to", ", '... wide' as a phrase of its own ('100 for £40, UK wide')"
        return "mentioned", ""


# "Irish cocaine use", "Scottish heroin deaths", "Scottish overdoses": an adjective before a drug and its use (or
# before its use alone) describes the country's users, not where the drug comes from
_USE_AFTER = re.compile(r"(?:\s+[^\W\d_]+)?\s+(?:use|users|usage|consumption|deaths|overdoses|scene|epidemic|crisis)\b",
                        re.IGNORECASE)
# "for the British market", "voor de Britse markt", "para el mercado británico": the market an adjective names is where
# goods go when they are made or meant for it; otherwise it is only mentioned ("the Australian market is small")
_MARKET_AFTER = re.compile(r"\s+(?:markets?|markt|märkte|marchés?|mercados?|mercato|rynek|rynku|рын(?:ок|ка|ке))\b",
                           re.IGNORECASE)
_MARKET_BEFORE = re.compile(r"(?:marchés?|mercados?|mercato|rynek|rynku|рын(?:ок|ка|ке))\s+\Z", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"(?<!\w)(?:for|voor|für|pour|para|per|dla|для)"
                         r"(?:\s+(?:the|de|den|die|le|la|el|o|il|lo|les))?\s+\Z", re.IGNORECASE)


def _about_shipping(text: str, start: int, upto: int) -> bool:
    """Does the sentence that holds ``start`` name shipping before ``upto``? (Looked for in the last
    SENTENCE_REACH characters only: on a long page the search from its start cost the length of the page each time.)"""
    lo = max(0, start - SENTENCE_REACH)
    sentence = _SENTENCE_START.search(text, lo, start)
    return bool(_SHIPPING.search(text, sentence.start() if sentence else lo, upto))


def _free_code(code: str, start: int, found: list[Entity]) -> bool:
    """Is a two-letter code at ``start`` a country's, no everyday abbreviation ("DM", "PM"), and not inside a place
    already found?"""
    return code not in _abbreviations() and bool(pycountry.countries.get(alpha_2=code)) and not any(
        e.start <= start < e.end for e in found)


def _domestic(text: str, found: list[Entity], recognizer: str) -> list[Entity]:
    """"Ships from the USA, domestic only": where the one country the goods leave from is also where they go, and no
    other destination is named, "domestic" says it; "domestic only" as a phrase of its own in a text that only
    mentions one country makes it the destination ("Vendor bio: 🇺🇸 domestic only", "Aussie owned, domestic only")."""
    if found and {e.value["role"] for e in found} == {"mentioned"} and len({e.value["country"] for e in found}) == 1 \
            and _DOMESTIC_ONLY.search(text):
        for e in found:
            e.value["role"] = "ships_to"
            e.explanation += ", the one country named, in a text that says 'domestic only'"
        return []
    sources = {e.value["country"] for e in found if e.value["role"] == "ships_from"}
    if len(sources) != 1 or any(e.value["role"] == "ships_to" for e in found) or not (m := _DOMESTIC.search(text)):
        return []
    (code,) = sources
    return [Entity("location", m.start(), m.end(), m.group(), {"country": code, "role": "ships_to"},
                   recognizer, 0.8, f"'{m.group()}': within the country it ships from ({code})")]


# "ships to all 50 states", "delivery in all 50 states" (not "... of the USA", which names the country)
_FIFTY_STATES = re.compile(r"(?i)(?<!\w)(?:to|in|across|throughout|ships?|shipping|delivery)\s+((?:all\s+(?:the\s+)?)?50\s+"
                           r"states)\b(?!\s+of\b)")


def _fifty_states(text: str, found: list[Entity], recognizer: str) -> list[Entity]:
    """"Shipping all 50 states": the fifty states are the United States, where the goods go (unless it is named)."""
    if any(e.value["country"] == "US" and e.value["role"] == "ships_to" for e in found) or "50" not in text \
            or not (m := _FIFTY_STATES.search(text)):
        return []
    return [Entity("location", m.start(1), m.end(1), m.group(1), {"country": "US", "role": "ships_to"}, recognizer,
                   0.8, f"'{m.group(1)}': the United States")]


def _english_article(text: str, end: int, kind: str) -> bool:
    """"a" is English's article, not Romance "to", before an adjective (Romance adjectives follow their noun: "a
    Mexican cartel"), before a name that describes people ("a US man"; "envío a México" is "to") or before one made
    an adjective with a hyphen ("a Canada-wide warrant")."""
    return kind == "adjective" or bool(_people().match(text, end)) or (
        text[end:end + 1] == "-" and text[end + 1:end + 2].islower())


@cache
def _cities() -> ahocorasick.Automaton:
    data = package_json("patrol.recognizers", "data/cities.json")
    auto = ahocorasick.Automaton()
    for code, names in data["cities"].items():
        for key in map(_key, names):
            auto.add_word(key, (len(key), code))
    auto.make_automaton()
    return auto


@cache
def _held_by_cities() -> dict[tuple[str, str], tuple[tuple[str, int], ...]]:
    """The country names that a longer name of a city holds ("ciudad de méxico", "kuwait city", and another country's
    city: "port of spain"): for each (country key, country), the city's key and where the country's name starts in
    it. Looked up per country name found, so that the text is not read for cities a second time."""
    countries = _names()[0]
    out: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for city in _cities():
        for end, (key, country, _kind) in countries.iter(city):
            if len(key) < len(city):
                out.setdefault((key, country), []).append((city, end - len(key) + 1))
    return {k: tuple(v) for k, v in out.items()}


@cache
def _adjectives() -> dict[str, str]:
    return {_key(a): code for code, adjs in _data()["adjectives"].items() for a in adjs}


def adjective_country(word: str) -> str | None:
    """The country a curated adjective names, or its plural in -s ("إماراتي", "colombianos"): AE, CO."""
    key = _key(word)
    return _adjectives().get(key) or _adjectives().get(key[:-1])


def is_city(name: str) -> bool:
    """One of the names of a city or metropolis of a million or more, or of a capital (data/cities.json)."""
    return _cities().exists(_key(name))


# Zulu and Xhosa write "in", "to" onto a place's name: "ngiletha eDurban" (I deliver in Durban), "kwaMashu"
_LOCATIVE = re.compile(r"(?<!\w)(?:e|kwa)\Z")
# not "origin": "Moroccan hash, delivery in Dubai"
PLACING_ROLES = frozenset({"ships_from", "ships_to", "mentioned"})


def text_places(text: str, language: str | None, entities: dict[str, list[Entity]] | None = None,
                roles: frozenset[str] = PLACING_ROLES) -> list[str]:
    """The countries a text is in, as evidence for whose "$" or dirham a price is in and which country's phone
    numbers it gives: those it names in one of ``roles`` (the location entities the pipeline found, ``entities``,
    or found here when there are none), then those of the cities and metropolises of a million or more and the
    capitals it names (data/cities.json, from GeoNames and the UN: "delivery around Perth", "Wellington"). A city is
    never a location entity: the contract reports countries."""
    locations = read(entities, LocationRecognizer, text, language)
    out = [e.value["country"] for e in locations if e.value["role"] in roles]
    out += [code for start, end, code in _named_cities(text[:MAX_TEXT])
            # "ships from Mexico": read as the country, in its role, not as its capital's name
            if not any(e.start <= start and end < e.end for e in locations)]
    return list(dict.fromkeys(out))


@lru_cache(maxsize=4)  # asked by the price and the contact recognizer of one text
def _named_cities(text: str) -> tuple[tuple[int, int, str], ...]:
    """The cities of a million or more and capitals a text names, as (start, last character, country), in text
    order; not inside an everyday thing's name ("Wellington boots")."""
    lowered = _lowered(text)
    out = []
    things = None
    for end, (length, code) in _cities().iter(lowered):
        start = end - length + 1
        if things is None:
            things = [m.span() for m in _everyday().finditer(lowered)]
        if any(a <= start and end < b for a, b in things):
            continue
        if _UNSPACED.match(text, start):  # "台北面交": no spaces around a name in Han
            out.append((start, end, code))
            continue
        before = _LOCATIVE.search(text, max(0, start - 4), start) if start and _in_word(lowered[start - 1]) else None
        if (not start or not _in_word(lowered[start - 1]) or before) and not text[start].islower() \
                and not (end + 1 < len(lowered) and _in_word(lowered[end + 1])):  # "Perth", not "perth", "Perthshire"
            out.append((start, end, code))
    return tuple(out)


def phone_countries(text: str) -> list[str]:
    """The countries of the phone numbers a text writes with a plus ("Signal +47 912 34 567": Norway), where its
    writer is: evidence for whose krone or dollar a price is in where the text names no place of its own."""
    if "+" not in text and "＋" not in text:
        return []
    found = phonenumbers.PhoneNumberMatcher(text[:MAX_TEXT], None, leniency=phonenumbers.Leniency.VALID, max_tries=200)
    return list(dict.fromkeys(phonenumbers.region_code_for_number(m.number) for m in found))


def _longest(entities: list[Entity]) -> list[Entity]:
    out: list[Entity] = []
    for e in sorted(entities, key=lambda e: (e.start, -(e.end - e.start))):
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out


def _not_excepted(text: str, found: list[Entity]) -> list[Entity]:
    """Without the countries the goods are not sent to, and those listed after one ("worldwide except USA and
    Australia"): no place of the listing's."""
    out, excepted = [], None
    for e in found:
        if _EXCEPT.search(text, max(0, e.start - 40), e.start) or (
                excepted is not None and _EXCEPT_LISTED.fullmatch(text, excepted.end, e.start)):
            excepted = e
            continue
        out.append(e)
    return out
