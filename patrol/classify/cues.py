"""Intent cues: sale, harm reduction, discussion (news, research, questions), non-drug
products (counterfeits, paraphernalia, everyday goods), information products (guides,
books, films), price reports, scam reports, calls for sources, words for drugs in general
("narcotics", "darknet") and words that speak to the reader (advice), each a lexicon per language in
data/cues.json."""

from __future__ import annotations

import re
from functools import cache

from patrol.lexicon import LiteralFilter, compile_words, lower, package_json

# the kinds the learned model counts among its features (classify/features.py)
KINDS = ("sale", "harm_reduction", "discussion", "not_drug_product", "named_product", "information", "price_report",
         "drug_words")
# kinds only the document rules read (pipeline/stages.py): a buyer's warning that names a scammer's price and account;
# a court's account of a sale made, with its price and account; a journalist's call for sources that gives an account
# to write to; words that speak to the reader or offer a service, which harm-reduction advice uses and news about it
# does not; harm-reduction words that everyday safety uses too; a buyer's request; a story's marks (lyrics, a novel's
# chapter, a screenplay's scene, a game's mission); a report that quotes an advert
RULE_KINDS = ("scam_report", "court_report", "call_for_sources", "advice", "everyday_safety", "wanted", "fiction",
              "quoted_ad")


@cache
def _data() -> dict:
    return package_json("patrol.classify", "data/cues.json")


def _words(kind: str) -> list[str]:
    """Every language's words of one kind."""
    return [w for lang in _data()[kind].values() for w in lang]


@cache
def _patterns() -> dict[str, re.Pattern]:
    return {kind: compile_words(_words(kind)) for kind in KINDS + RULE_KINDS}


@cache
def _filter() -> LiteralFilter:
    """Which kinds' lists can match a text: every language's words, as ``_patterns`` reads them."""
    return LiteralFilter.of_word_lists({kind: _words(kind) for kind in KINDS + RULE_KINDS})


@cache
def _advice(language: str) -> re.Pattern | None:
    """The advice words of one language: read in that language only, since they are its short words ("tu", "du",
    "te" are pronouns in one language and articles or other words in the next)."""
    words = _data()["advice"].get(language)
    return compile_words(words) if words else None


@cache
def advice_languages() -> frozenset[str]:
    """The languages whose advice words are curated: only in them can a text be told to say nothing to its reader."""
    return frozenset(_data()["advice"])


@cache
def _absent() -> tuple[re.Pattern, re.Pattern]:
    words = _data()["absent"]
    before = compile_words(w for lang in words["before"].values() for w in lang)
    return re.compile(rf"(?:{before.pattern})[\s:]+\Z"), \
        re.compile(rf"-(?:{'|'.join(words['after'])})\b|(?:{'|'.join(words['after_joined'])})")


def count_cues(text: str, limit: int = 20_000, language: str | None = None) -> dict[str, int]:
    """How many cues of each kind occur in the first ``limit`` characters; advice words in the text's ``language``
    where it has them (every language's where it is not known). A sales word inside
    a reporting or harm-reduction phrase or a product's name is neither ("got my order", "bring a
    sample", "drug delivery systems"); a harm-reduction word inside a reporting phrase is none ("overdoses
    rose"), nor one inside a scam report's ("scam warning"). Another kind of product inside a harm-reduction phrase is counted among the products and among the
    "supplies" too."""
    head = lower(text[:limit])
    patterns = _patterns()
    if language is not None:  # the text's own advice words only
        patterns = {**patterns, "advice": _advice(language)}
    possible = _filter().possible(head)  # every language's advice words: a superset of the text's own
    spans = {kind: [m.span() for m in rx.finditer(head)] if rx and kind in possible else []
             for kind, rx in patterns.items()}
    counts = {kind: len(found) for kind, found in spans.items()}
    counts["sale"] = _outside(spans["sale"], spans["discussion"] + spans["harm_reduction"] + spans["not_drug_product"])
    # "Aumentano le overdose": a report, not advice; "Scam warning: ...": a buyer's, not a safety warning
    counts["harm_reduction"] = _outside(spans["harm_reduction"], spans["discussion"] + spans["scam_report"])
    # "use your own pipe", "fentanyl test strips": other products inside harm-reduction phrases, its supplies
    counts["supplies"] = counts["not_drug_product"] - _outside(spans["not_drug_product"], spans["harm_reduction"])
    counts["not_drug_product"] += counts["named_product"]  # a perfume called Opium is another kind of product
    if spans["wanted"]:  # "Re: Looking for a connect ... > anyone know where ...": a reply quotes the buyer it answers
        quoted = [m.span() for m in _QUOTED.finditer(head)]
        if _ANSWER.search(head):  # "Q: Where can I get weed?\nA: I deliver, 5g ...": the question it answers, asked
            quoted += [m.span() for m in _ASKED.finditer(head)]  # by another writer
        counts["wanted"] = _outside(spans["wanted"], quoted)
    counts["questions"] = min(len(_QUESTION.findall(head)), 3)
    counts["discussion"] += counts["questions"]  # questions are discussion, not offers
    return counts


# a reply's subject line and the lines it quotes: another writer's words
_QUOTED = re.compile(r"(?m)^[ \t]*(?:>|re:).*$")
# a question-and-answer page's question and answer lines, in a few languages
_ASKED = re.compile(r"(?m)^[ \t]*(?:q|question|pregunta|pergunta|frage|domanda|vraag|pytanie|вопрос|питання)[ \t]?:.*$")
_ANSWER = re.compile(r"(?m)^[ \t]*(?:a|answer|respuesta|resposta|réponse|antwort|risposta|antwoord|odpowiedź|ответ|"
                     r"відповідь)[ \t]?:")
# question marks: Latin, Arabic script's (U+061F), the full-width (U+FF1F), Armenian's (U+055E, written on the word's
# stressed vowel: "Որքա՞ն"), Greek's (U+037E) and Ethiopic's (U+1367)
_QUESTION = re.compile(r"[?\u061f\uff1f\u055e\u037e\u1367]")


def _outside(found: list[tuple[int, int]], phrases: list[tuple[int, int]]) -> int:
    """How many of the ``found`` spans no phrase holds."""
    return sum(1 for a, b in found if not any(x <= a and b <= y for x, y in phrases))


_SPACE = re.compile(r"[ \-]+")
_WORD_BETWEEN = re.compile(r"[^\W\d_]+[ \-]+")


def describes_product(text: str, end: int) -> bool:
    """Does another kind of product follow a name ending at ``end``, in its noun phrase ("Cannabis
    grinder", "Cannabis Sativa Seed Oil", "cannabis leaf t-shirt")? The name then says what the
    product is for or made of: the product, not the drug, is on offer."""
    start = max(0, end - 20)  # the words before stay in view of the patterns' lookbehinds ("mdma champagne")
    low = lower(text[start:end + 60])
    gap = _SPACE.match(low, end - start)
    if not gap:
        return False
    word = _WORD_BETWEEN.match(low, gap.end())
    return any(product.match(low, gap.end()) or (word and product.match(low, word.end()))
               for product in (_patterns()["not_drug_product"], _patterns()["named_product"]))


_OPEN_BRACKET = re.compile(r"\s*\(\s*\Z")


def bracketed_after_product(text: str, start: int) -> bool:
    """Is a name starting at ``start`` set in brackets right after another kind of product ("Whipped cream
    chargers (N2O)")? It says what the product holds: the product, not the drug, is on offer."""
    before = lower(text[max(0, start - 60):start])
    bracket = _OPEN_BRACKET.search(before)
    if not bracket:
        return False
    head = before[:bracket.start()]
    return any(m.end() == len(head) for m in _patterns()["not_drug_product"].finditer(head))


def says_absent(text: str, start: int, end: int) -> bool:
    """Is the name at [start, end) said to be missing from the product ("Konopný čaj, bez THC",
    "THC-free hemp oil", "0% THC", "CBDではありません")? Such a name is no drug on offer."""
    before, after = _absent()
    return bool(before.search(lower(text[max(0, start - 24):start])) or after.match(lower(text[end:end + 10])))
