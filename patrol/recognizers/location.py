"""Countries named in text (names in seven languages, adjectives, emoji flags, ISO codes
after a shipping word) and the role they play: ships_from, ships_to, origin (an
adjective before a product: "Peruvian flake") or mentioned."""

from __future__ import annotations

import gettext
import json
import re
from functools import cache
from importlib import resources

import ahocorasick
import pycountry

from patrol.recognizers.base import Entity, Recognizer

LANGS = ("es", "pt", "fr", "de", "ru", "nl")
# each cue from a word start: "RESTOCK" holds no "to", "pasta Italian" no "a"
_FROM = re.compile(r"(?i)(?<!\w)(ships?\s+from|shipping\s+from|sent\s+from|from|origin|desde|envío\s+desde|envio\s+de|"
                   r"de|depuis|expédié\s+de|aus|versand\s+aus|vanuit|uit|verzending\s+vanuit|из|отправка\s+из)\W{0,3}$")
_TO = re.compile(r"(?i)(?<!\w)(ships?\s+to|shipping\s+to|deliver(?:y|s)?\s+to|to|into|para|a|à|vers|nach|naar|в|по|"
                 r"toda|todo|tutta|tutto|toute|tout)\W{0,3}$")  # "Envíos a toda España", "in tutta Italia"
# "Germany to EU": a country right before a "to" word is where the goods leave from
_TO_AFTER = re.compile(r"\s*(?:to|->|→|>)\s", re.IGNORECASE)
# "to USA/UK/AU", "desde Colombia y Perú": a country listed right after one with a role shares it
_LISTED = re.compile(r"\s*(?:[/,&+]|and|y|e|et|und|en|и)?\s*", re.IGNORECASE)
_SHORT_NAMES = re.compile(r"(?<![\w])UK(?![\w])")
_CODE_AFTER_CUE = re.compile(r"(?<!\w)(?:(?i:ships?\s+from|from|ships?\s+to|to))\s*[:\-]?\s*([A-Z]{2})\b")


@cache
def _names() -> tuple[ahocorasick.Automaton, set[str]]:
    data = json.loads(resources.files("patrol.recognizers").joinpath("data/countries.json").read_text("utf-8"))
    table: dict[str, tuple[str, str]] = {}
    translations = {lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) for lang in LANGS}
    for c in pycountry.countries:
        for name in {c.name, getattr(c, "common_name", c.name)}:
            table.setdefault(name.lower(), (c.alpha_2, "name"))
            for t in translations.values():
                table.setdefault(t.gettext(name).lower(), (c.alpha_2, "name"))
    for code, names in data["names"].items():
        for n in names:
            table[n.lower()] = (code, "name")
    for code, adjs in data["adjectives"].items():
        for a in adjs:
            table.setdefault(a.lower(), (code, "adjective"))
    auto = ahocorasick.Automaton()
    for key, val in table.items():
        if len(key) >= 3:
            auto.add_word(key, (key, *val))
    auto.make_automaton()
    return auto, {a.lower() for a in data["ambiguous"]}


def _flag(pair: str) -> str | None:
    a, b = (ord(ch) - 0x1F1E6 for ch in pair)
    code = chr(65 + a) + chr(65 + b)
    return code if pycountry.countries.get(alpha_2=code) else None


class LocationRecognizer(Recognizer):
    entity = "location"

    def analyze(self, text: str, language: str | None = None) -> list[Entity]:
        text = text[:2_000_000]
        auto, ambiguous = _names()
        lowered = text.lower()
        if len(lowered) != len(text):  # a character changed length when lower-cased: keep offsets exact
            lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
        out: list[Entity] = []
        for end, (key, code, kind) in auto.iter(lowered):
            start = end - len(key) + 1
            if (start > 0 and lowered[start - 1].isalnum()) or (end + 1 < len(lowered) and lowered[end + 1].isalnum()):
                continue
            mention = text[start:end + 1]
            if not mention[0].isupper() and (kind == "name" or key in ambiguous):
                continue  # "holland park", "french fries": names are capitalised in every language here
            role, why = self._role(text, start, end + 1, kind)
            score = 0.6 if key in ambiguous else 0.9
            out.append(Entity(self.entity, start, end + 1, mention, {"country": code, "role": role}, self.name,
                              score, f"country {kind} '{key}'{why}"))
        for m in re.finditer("[\U0001F1E6-\U0001F1FF]{2}", text):
            code = _flag(m.group())
            if code:
                role, why = self._role(text, m.start(), m.end(), "flag")
                out.append(Entity(self.entity, m.start(), m.end(), m.group(), {"country": code, "role": role},
                                  self.name, 0.9, f"flag emoji{why}"))
        for m in _SHORT_NAMES.finditer(text):
            code = {"UK": "GB", "EU": None}.get(m.group(), None)
            if code:
                role, why = self._role(text, m.start(), m.end(), "name")
                out.append(Entity(self.entity, m.start(), m.end(), m.group(), {"country": code, "role": role},
                                  self.name, 0.8, f"'{m.group()}'{why}"))
        for m in _CODE_AFTER_CUE.finditer(text):
            code = m.group(1)
            if pycountry.countries.get(alpha_2=code) and not any(e.start <= m.start(1) < e.end for e in out):
                role, why = self._role(text, m.start(1), m.end(1), "code")
                out.append(Entity(self.entity, m.start(1), m.end(1), code, {"country": code, "role": role},
                                  self.name, 0.8, f"ISO code after a shipping word{why}"))
        out.sort(key=lambda e: e.start)
        out = _longest(out)
        for prev, e in zip(out, out[1:]):
            if prev.value["role"] in ("ships_from", "ships_to") and e.value["role"] == "mentioned" and (
                    _LISTED.fullmatch(text, prev.end, e.start)):
                e.value["role"] = prev.value["role"]
                e.explanation += f", listed after {prev.text!r}"
        return out

    @staticmethod
    def _role(text: str, start: int, end: int, kind: str) -> tuple[str, str]:
        before = text[max(0, start - 25):start]
        if _FROM.search(before):
            return "ships_from", ", after a 'from' word"
        if _TO.search(before):
            return "ships_to", ", after a 'to' word"
        if kind != "adjective" and _TO_AFTER.match(text, end):
            return "ships_from", ", before a 'to' word"
        if kind == "adjective":
            return "origin", ", adjective before a product"
        return "mentioned", ""


def _longest(entities: list[Entity]) -> list[Entity]:
    out: list[Entity] = []
    for e in sorted(entities, key=lambda e: (e.start, -(e.end - e.start))):
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out
