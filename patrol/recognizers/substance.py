"""Substance mentions, found with the knowledge base's automaton and ranked in context.

A mention of an ordinary word ("ice", "snow") is kept only when its confidence in
context passes the threshold (a price or quantity nearby, or another substance), and
not when it reads as part of a product name ("Hawaiian Snow", "White Widow": a
capitalised word beside it) or when the document already names a substance plainly, unless it is a
menu's item ("Coke 1g £80") or a term set in quotes ("tested my 'molly'"). An emoji that sellers write for a
drug ("❄️ 1g £70") is read only as a menu's item, and a name inside an account's name ("Wickr: tenerife_choco") is
the contact's, not a mention of a drug.
Slang and synonyms are never kept inside an everyday phrase ("green tea", "snow boots",
"hash browns"; data/ordinary_phrases.json), whatever the context; formal names always are. An everyday
substance named by an everyday word ("alcohol") is kept only beside a drug's own name, as its co-use.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache, cached_property, partial

from patrol.classify.cues import says_absent
from patrol.knowledge.normalize import compact_key, deleet, has_leet, unmixed
from patrol.knowledge.resolver import AMOUNT, COUNT_BEFORE, MARKET_CONTEXT, Resolver
from patrol.knowledge.terms import candidate_tokens, class_group
from patrol.lexicon import LiteralFilter, alternation, compile_words, file_words, is_function_word, lower, package_json
from patrol.recognizers.base import MAX_TEXT, Entity, Recognizer, read
from patrol.recognizers.contact import ContactRecognizer
from patrol.recognizers.gram_price import PAIR_WITHIN, gram_prices, per_gram
from patrol.recognizers.location import adjective_country, is_city
from patrol.recognizers.price import CODES, PriceRecognizer
from patrol.recognizers.quantity import DOSAGE_UNITS, FOR_ONE, STREET_UNITS, UNITS, QuantityRecognizer

MIN_CONFIDENCE = 0.5
# a count ("100 tabs") or a price's "per" ("$194/zip", "$220 a zip") before a unit's name
_PRICE_AFTER = re.compile(r"\s?[-:]?\s?[$€£₦]\s?\d")  # "zip $220": a unit priced, not a drug's name
_UNIT_BEFORE = re.compile(rf"(?:{COUNT_BEFORE.pattern})|(?:/|\b(?:per|a|an)\s)\s*$", re.IGNORECASE)
_TITLE_WORD = re.compile(r"[A-Z][a-z]{2,}")
# a platform's name before a drug's word says where it is sold, it names no product ("Telegram weed menus")
_PLATFORMS = frozenset({"telegram", "whatsapp", "snapchat", "instagram", "tiktok", "facebook", "reddit", "discord",
                        "wickr", "signal", "threema", "viber"})
_POSSESSIVE, _POSSESSIVE_END = re.compile(r"['’]s\b"), re.compile(r"['’]s$")
_LAST_TOKEN, _FIRST_TOKEN, _SENTENCE_OPENS = re.compile(r"(\S+)$"), re.compile(r"(\S+)"), re.compile(r"[.!?:]\s*\S+$")
_WORD = re.compile(r"[^\W\d_]{2,}")
_NONSPACE = re.compile(r"\S")
_DOTTED = re.compile(r"[^\W_]\.$")
# "MDMA 84% crystal", "K needle shards" (ketamine's long crystals), "K (ketamine) shards" (the name in brackets)
_FORM_GAP = re.compile(r"\)? +(?:\([^()\n]{1,24}\) *|\d{1,3}(?:[.,]\d{1,2})?\s?% +)?(?:needle +|(?i:crystals?|kristalle?|cristal) +)?"
                       r"(?:(?i:en|em) +)?")  # "MD em cristal", "MDMA en cristal": the form, in Portuguese and Spanish
# and before a form word or a unit, a dose: "Clonazolam 0.5mg blotters" (not "Alprazolam 1.0mg TAFIL", a brand)
_DOSED_FORM_GAP = re.compile(rf"(?:{_FORM_GAP.pattern}|\s+\d{{1,4}}(?:[.,]\d{{1,3}})?\s?(?:mg|ug|µg|μg|mcg) +)")
# a preposition of place right before a name: "domicilios en Cali", "delivery in Phoenix"
_AT_PLACE = re.compile(r"(?<!\w)(?:in|en|em|no|na|à|au|aux|to|into|from|desde|aus|nach|naar|uit|w|we|в|во|из|до|around"
                       r"|near)\s+\Z", re.IGNORECASE)
# a name alone between commas: "..., Cali, entregas" (a city among the terms; "Cali 3.5g" is the weed)
_LISTED_BEFORE, _LISTED_AFTER = re.compile(r"[,;|•·]\s*\Z"), re.compile(r"\s*(?:[,;|•·.!]|\Z)")
_LAST_WORD = re.compile(r"(\w+)[ \t]*\Z")  # the word on the same line right before a name
# A one-letter name ("K", "C", "G") is a drug only as a menu's item or on sale ("K 1g £25", "K for sale"), not in
# "Type K thermocouple, £10", "Mr K. Smith, flat £900", "Block K, £700 a month"
_FOR_SALE = re.compile(r"\s+(?:for sale|available|dispo(?:nible)?|te koop)\b", re.IGNORECASE)
# "5 g trávy 40 €", "xtc en 2 kilo speed": an amount of the drug named right after it
_AMOUNT_BEFORE = re.compile(rf"(?<![\d.,])\d+(?:[.,]\d+)?\s?(?:{alternation(UNITS)})[ \t]+\Z", re.IGNORECASE)
# an amount right after a name, perhaps after its purity or its form ("XTC pillen 10x", "MDMA crystals 1g"); a count
# written "10x" or "x10" too
_FORMS = alternation(w for w, unit in UNITS.items() if unit in DOSAGE_UNITS and len(w) > 2)
# Words for the form a drug comes in that street lists also file as a drug of their own ("shards", "crystal" are
# methamphetamine): right after another drug's name, they are its form ("Special K shards", "Meth crystal")
FORM_WORDS = frozenset({"shard", "shards", "crystal", "crystals", "kristall", "kristalle", "kristallen", "cristal",
                        "cristaux", "rock", "rocks",  # "Molly rocks": MDMA's form, not crack's street name
                        "distillate"})  # "HHC distillate": the cannabinoid's form, not cannabis's concentrate
# an emoji may stand between a name and its amount ("K 💀 1g 40€")
_EMOJI = "\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D"
# and a pill's colour, before or after its form ("🚌 bars yellow 2mg", "percs blue 30mg")
COLOURS = ("white", "yellow", "green", "blue", "pink", "red", "orange", "purple", "peach", "grey", "gray", "black", "brown")
_COLOUR = rf"(?:(?:{'|'.join(COLOURS)})[ \t,]+)?"
# "#4 heroin, white, very strong", "Heroin (brown)": right after a drug's own name, its colour
_COLOUR_GAP = re.compile(r"[ \t]*[,(]?[ \t]*")
_OF_GAP = re.compile(r"\s+(?:of|de|di|van|von)\s+")
# "🍃 zips $200, 8ths $40": a street unit priced, a menu's item with no number
_STREET_PRICED = r"(?:zips?|8ths?|eighths?|halves|qps?|teenths?)\s?[-:]?\s?[$£€]\s?\d"
# (a menu's heading, "~ COKE ~", may stand on a line of its own above its amounts)
_AMOUNT_AFTER = re.compile(rf"[ \t:\-–—|=~*{_EMOJI}]{{0,6}}(?:\n[ \t]*)?(?:\d{{1,3}}\s?%\s*(?:[:\-–—|=]\s*)?)?{_COLOUR}"
                           rf"(?:(?:needle[ \t]+)?(?:{_FORMS}|{alternation(FORM_WORDS)})[ \t,]+)?{_COLOUR}"
                           rf"(?:{AMOUNT}|\d{{1,4}}\s?x(?!\w)|x\s?\d{{1,4}}(?!\w)|{_STREET_PRICED})", re.IGNORECASE)
TITLE_CASE = 0.8
EMOJI_CONFIDENCE = 0.8
CO_USE_CONFIDENCE, CO_USE_WINDOW = 0.8, 80
# "Never mix with alcohol", "no mezcles con alcohol", "ne mélange pas avec l'alcool": said of mixing, co-use however
# far the drug's name
_MIXED_WITH = re.compile(r"(?:\bmix(?:ed|es|ing)?|\bcombin(?:e|ed|es|ing)|\bmezcl\w*|\bmistur\w*|\bmélang\w*|\bmescol\w*)"
                         r"\s+(?:(?:pas|jamais|it|them|this|these|lo|la|los|las)\s+)?(?:with|con|com|avec)\s+"
                         r"(?:(?:de\s+)?l['’]|d['’])?\Z", re.IGNORECASE)
NOUNS_CAPITALISED = {"de", "lb"}  # German and Luxembourgish write every noun with a capital ("Speed Paste")


class SubstanceRecognizer(Recognizer):
    entity = "substance"
    reads = ("contact", "quantity", "price")

    def __init__(self, resolver: Resolver) -> None:
        super().__init__()
        self.resolver = resolver

    def analyze(self, text: str, language: str | None = None,
                entities: dict[str, list[Entity]] | None = None) -> list[Entity]:
        out = []
        nouns_capitalised = language in NOUNS_CAPITALISED
        head = text[:MAX_TEXT]
        mentions, varieties = self._varieties(head, [m for m in self.resolver.scan(head, language=language)
                                                     if m.matches and not _unit_and_price(head, m)])
        mentions = self._as_named_elsewhere(mentions)
        phrases = _ordinary_phrase_spans(head) if mentions else []
        if any(has_leet(m.text) for m in mentions):  # "sn0w tyres": an everyday phrase in leet hides its name too
            phrases = sorted({*phrases, *_ordinary_phrase_spans(deleet(head))})
        if spread := [m for m in mentions if _SPREAD.fullmatch(m.text)]:  # ... and so does one spelt out ("G R A S S
            phrases = sorted({*phrases, *_packed_phrase_spans(head, spread)})  # trimmer", "S.N.O.W globe")
        if any(unmixed(lower(m.text)) != lower(m.text) for m in mentions):  # ... or in look-alikes ("Crуstal glasses")
            phrases = sorted({*phrases, *_ordinary_phrase_spans(_WORD.sub(lambda w: unmixed(w.group()), lower(head)))})
        accounts = [(c.start, c.end) for c in (read(entities, ContactRecognizer, text, language) if mentions else [])]

        def in_account(m) -> bool:
            return any(a <= m.start and m.end <= b for a, b in accounts)

        # a plain name hidden by an everyday phrase ("Melbourne CBD"), said to be missing ("fent-free dope"), part of
        # an account's name ("IG @shroom_can") or what test strips test for ("lab tested coke, 1g £80, free fentanyl
        # test strip") makes no other name redundant (a variety is named by its drug's word: "erba Amnesia" names
        # cannabis once)
        plain = any(self._plain(m, language) and not self._hidden(m, phrases) and m.start not in varieties
                    and not _form_after(head, mentions, i) and not says_absent(head, m.start, m.end)
                    and not in_account(m) and not _TESTED_FOR.match(text, m.end) for i, m in enumerate(mentions))
        formal_end = strong_end = kept_end = -1  # where the last drug's formal name, its own name of any kind, and
        # the last name read, ended
        strong_sid = None  # the drug the last name of its own was of
        amounts = _Once(partial(_Amounts, text, entities, language))  # the weights and prices, read once
        for i, m in enumerate(mentions):
            if in_account(m):
                continue  # part of an account's name: "Wickr: tenerife_choco", "heroin_nl@…" (the contact reports it)
            if self._in_longer_name(head, m):
                continue  # "LSD" in "1S-LSD" (uncatalogued.py reports the longer name)
            if m.text[-2:-1] in ("'", "’") and m.text[-1:] in "sS" and "'" not in m.matches[0].matched_alias:
                continue  # "Molly's nails": a name's possessive, not the plural "mollys" written with no apostrophe
            # the euros a gram beside the name, worked out once, where a rule below needs them
            euros = _Once(partial(_euros_a_gram, amounts, m))
            priced = _priced_as(m, euros) if len(m.matches) > 1 else None
            if priced:  # (the drug the price allows, the one it excludes, euros a gram)
                m = replace(m, matches=[priced[0]] + [x for x in m.matches if x.substance is not priced[0].substance])
            best = m.matches[0]
            if m.text.islower() and self._frequent_word(m, language, str.isupper):
                continue  # "Hat jemand schon mal Speed gekauft?": German "mal" (once) is no MAL
            if " " not in m.text and self._frequent_word(m, language, lambda alias: " " in alias):
                continue  # Portuguese "Teste seu doce": "test" is no "test e" (testosterone enanthate)
            if m.text.islower() and is_function_word(m.text, language) and self._frequent_word(m, language, str.islower):
                continue  # Turkish "skunk var" (there is): a word of the language's grammar is no "var" (Anavar)
            ordinary = self._ordinary(m, language)
            if (ordinary or not self.resolver.is_strong_name(_name(m))) and _priced_as_no_drug(m, euros):
                continue  # an everyday word or slang priced as no drug it could name is: the word ("Keta salmon, 1kg
                # $25", "Flake Co. sea salt flakes, 250g, $12")
            if ordinary and _a_press(text, mentions, i):
                continue  # "MDMA pills 'Rolex' 220mg": the pill's press, not cocaine's slang
            if ordinary and m.text[:1].isupper() and _named(text, m, language):
                continue  # "Lost cat: Molly, grey tabby", "a kitten, the name Molly": a pet's or a person's name
            if ordinary and m.text[:1].isupper() and _opens_a_title(text, m) and not any(
                    o.matches[0].substance is best.substance for o in mentions if o is not m):
                continue  # "sing 'Purple Rain'", "single 'Snow on the rooftops'": a song's or a book's title (not
                # "Blueberry Haze - "Loud and Sour"": a strain's description, of the drug named)
            if ordinary and not _in_its_setting(text, m):
                continue  # "Ramo de 12 flores $15.000": a bouquet; "Flores 5g $12.000" is buds
            if ordinary and best.substance.category == "everyday":
                if not self._hidden(m, phrases) and (drug := self._co_used(head, mentions, i)):
                    value = _value(best.substance, CO_USE_CONFIDENCE, False)
                    out.append(Entity(self.entity, m.start, m.end, m.text, value, self.name, CO_USE_CONFIDENCE,
                                      f"knowledge base alias '{best.matched_alias}', an everyday substance beside a "
                                      f"drug named by its own name ('{drug}'): its co-use"))
                continue
            listed = ordinary and self._listed(text, mentions, i, language)
            # "monkey dust" is MDPV to one source and MDPHP to another: split between two cathinones, neither
            # is likely, yet a stimulant is named, as likely as both together; an everyday word so split only in
            # a market's words ("10 grams China White", not a lone "zip": an ounce, and cocaine or meth to street
            # lists)
            group = sum(x.confidence for x in m.matches if x.substance.effect_group == best.substance.effect_group)
            if (group if m.market or not ordinary else best.confidence) < MIN_CONFIDENCE and not listed:
                continue
            name = _name(m)
            # a drug's own name, not slang nor an everyday word, here too ("κόκα" is also Coca-Cola in Greek)
            strong = self.resolver.is_strong_name(name) and not ordinary
            if self._hidden(m, phrases):
                continue
            if not strong and m.text[:1].isupper() and is_city(m.text) and (
                    _AT_PLACE.search(text, max(0, m.start - 8), m.start)
                    or (_LISTED_BEFORE.search(text, max(0, m.start - 3), m.start) and _LISTED_AFTER.match(text, m.end)
                        and not _in_drug_list(text, mentions, i))):
                continue  # "domicilios en Cali", "delivery in Phoenix", "1 gramo 25.000, Cali, entregas": the city
            if m.text[:1].islower() and _DOTTED.search(text, max(0, m.start - 2), m.start):
                continue  # the tail of a dotted token: "index.php", "D.rugs"
            if m.text.lower() in CODES and COUNT_BEFORE.search(text, max(0, m.start - 12), m.start):
                continue  # "60 soles": a price's currency, whatever a street list says the word means
            if m.text.isdigit() and (amounts().priced(m) or _NUMBERING.search(text, max(0, m.start - 12), m.start)):
                continue  # "5g - 420€": a price's number, not cannabis's "420"; nor is "Room 420", a room's
            if ordinary and _unit_word(m) and amounts().holds(m):
                continue  # "half zip KSh 6,000", "elbows $2600": the weight's unit (an ounce, a pound), not a slang name
            if strong_sid not in (None, best.substance.id) and _counted_unit(text, m):
                continue  # "1P-LSD 150mcg, 10 blotters": counted units of another drug named before, not LSD's slang
            if _unit_word(m) and (self._form_of_next(text, mentions, i) or self._class_named_before(text, m)):
                continue  # "3 blotters of 1P-LSD": the form of the drug named next, not LSD's slang; "Gidazepam 50mg
                # tabs", "1S-LSD blotters": the form of a drug the KB does not list
            # "Cali weed 3.5g": names of one drug in a row are one item, a lower-case one not part of a product name
            lead = _lead(text, mentions, i)
            if ordinary and not _tagged(text, m) and (
                    (plain and not listed and not self._menu_item(text, m, language, lead)
                      and not _quoted(text, mentions, i)
                      and not _amount_of(text, mentions, i, lead))
                     or (len(compact_key(m.text)) == 1 and not self._menu_item(text, m, language, lead, True))
                     or (" " not in m.text.strip() and not _dosed(text, m, lead) and not _pressed(text, m)
                         and not _weighed_variety(text, m, euros)
                         and _in_product_name(
                         text, lead if m.text[:1].islower() else m.start, m.end, nouns_capitalised, varieties))
                     or _counted_unit(text, m)
                     or (m.text.lower() in UNITS and _PRICE_AFTER.match(text, m.end))):
                continue  # "100 tabs", "$194/zip": a unit, not a drug name ("500 XTC" is one)
            if not strong and ((formal_end >= 0 and _FORM_GAP.fullmatch(text, formal_end, m.start))
                               or (strong_end >= 0 and text[strong_end:m.start] == "-")
                               or (kept_end >= 0 and _form_after(text, mentions, i, kept_end))):
                continue  # "Ketamine shards", "Ketamine (S-isomer) shards", "Ketamine Crystal Shards", "Amphetamin-Paste", "Special K shards": the form a named drug comes in
            if (not strong and strong_sid not in (None, best.substance.id) and m.text.lower() in COLOURS
                    and _COLOUR_GAP.fullmatch(text, strong_end, m.start) and not _list_follows(text, mentions, i)):
                continue  # "#4 heroin, white, very strong": the colour of the drug named (not in "Heroin, white, speed")
            if (not strong and m.text.lower() in FORM_WORDS and strong_sid not in (None, best.substance.id)
                    and (not self._menu_item(text, m, language, lead) or _PURITY_BEFORE.search(text, 0, m.start))
                    and not _in_drug_list(text, mentions, i)):
                continue  # "Ketamine S-isomer 10g. Pure shards, no cut": further on, the form of the drug named, not
                # another drug's street name (an item of its own is: "Coke 1g £80, shards 1g £60", "ketamine, shards");
                # "MDMA price list ... 84% crystal: 1g €30": an item whose purity is given is the named drug's form
            if self.resolver.is_formal_name(name):
                formal_end = m.end
            if strong:
                strong_end, strong_sid = m.end, best.substance.id
            kept_end = m.end
            others = [x.substance.id for x in m.matches[1:4] if x.confidence >= 0.1]
            why = f"knowledge base alias '{best.matched_alias}'"
            if others:
                why += f"; also could be {', '.join(others)}"
            if priced:
                why += f"; priced at {priced[2]:.0f} EUR a gram, outside the retail range of {priced[1]}"
            # a leet spelling of a curated name is that name ("Benz0s"), though read as written for strength
            curated = self.resolver.is_curated_name(best.matched_alias if best.how == "deleet" else name,
                                                    best.substance.id)
            value = _value(best.substance, best.confidence, strong, strong or curated)
            out.append(Entity(self.entity, m.start, m.end, m.text, value, self.name, best.confidence, why))
        extra = self._emoji(text, out) + self._pill_logos(text, out)
        return sorted(out + extra, key=lambda e: e.start) if extra else out

    @cached_property
    def _logos(self) -> tuple[dict[str, str], re.Pattern, re.Pattern, re.Pattern] | None:
        """The presses of ecstasy pills the curation names with their pill word ("Tesla pills", "Rolex pills"), as a
        logo before a dose and a pill word ("Blue Tesla 250mg pills"), after one ("Pills 'Rolex' and 'Tesla'
        250mg"), or before a dose and a count or price ("Blue Punisher 270mg, 10 for €45"); the logo alone is a
        brand (a car, a watch)."""
        logos = {a.name.rsplit(" ", 1)[0].lower(): s.id for s in self.resolver.kb.substances.values()
                 if s.effect_group == "entactogen"
                 for a in s.aliases if "patrol" in a.source.split(",") and _PILL_ALIAS.fullmatch(a.name)}
        if not logos:
            return None
        logo = alternation(sorted(logos))
        quoted = rf"['\"‘“]?({logo})['\"’”]?"
        before = re.compile(rf"(?<![\w-]){quoted}{_DOSE}(?:[ \t]+[^\W\d_]+){{0,2}}?[ \t]+(?:{_ECSTASY_PILLS})\b"
                            r"(?![ \t]+of\b)", re.I)  # not "Superman 200mg tablets of vitamin C"
        after = re.compile(rf"(?<![\w-])(?:{_PILL_WORDS})[ \t]+{quoted}(?:[ \t]*(?:and|&|,|y|und|en|et)[ \t]*"
                           rf"['\"‘“]?(?:{logo})['\"’”]?)*{_DOSE}", re.I)
        # ... or a logo, its dose and at once a count or a price, a menu's item of pills ("Blue Punisher 270mg, 10
        # for €45"; not "Tesla 250mg wiper motor")
        priced = re.compile(rf"(?<![\w-]){quoted}{_DOSE}[ \t]*[,:;\-–|]?[ \t]*(?:\d+[ \t]?(?:x|for|pcs)\b|x[ \t]?\d"
                            rf"|[$€£][ \t]?\d|\d+(?:[.,]\d+)?[ \t]?[$€£])", re.I)
        return logos, before, after, priced

    def _pill_logos(self, text: str, names_read: list[Entity]) -> list[Entity]:
        if not (logos := self._logos) or not (_PILL_WORD.search(text) or _MG.search(text)):
            return []
        names, before, after, priced = logos
        out = []
        for m in (*before.finditer(text), *after.finditer(text), *priced.finditer(text)):
            sub = self.resolver.kb.substances[names[m.group(1).lower()]]
            if any(e.start < m.end() and m.start() < e.end and e.value["substance_id"] == sub.id
                   for e in names_read + out):
                continue
            out.append(Entity(self.entity, m.start(1), m.end(1), m.group(1), _value(sub, EMOJI_CONFIDENCE, False, True),
                              self.name, EMOJI_CONFIDENCE, f"pill press '{m.group(1)}' with a dose and a pill word"))
        return out

    def _emoji(self, text: str, names_read: list[Entity]) -> list[Entity]:
        """An emoji sellers write for a drug (data/emoji.json), read only as a menu's item: "❄️ 1g £70"; not one after
        the name of another drug in the same item (no amount between), which it decorates ("Mandy 💎 £40 a g",
        "molly caps 💎 $20 each" are MDMA, "Меф 💎 1г" mephedrone, not crystal meth), nor one that closes a pair
        around such a name ("💎 Molly crystals 💎 0.5g £25", "⚡ Adderall XR 30mg ⚡")."""
        names, rx = _emoji()
        out = []
        for m in rx.finditer(text):
            if not _amount_after(text, m.start(), m.end()):
                continue
            sub = self.resolver.kb.substances[names[m.group(1)]]
            if any(e.end <= m.start() and e.value["substance_id"] != sub.id
                   and not _ITEM_BREAK.search(text, e.end, m.start()) for e in names_read):
                continue
            if (opened := text.rfind(m.group(1), 0, m.start())) >= 0 and any(
                    opened < e.start and e.end <= m.start() and e.value["substance_id"] != sub.id
                    for e in names_read):
                continue
            out.append(Entity(self.entity, m.start(), m.end(), m.group(), _value(sub, EMOJI_CONFIDENCE, False),
                              self.name, EMOJI_CONFIDENCE,
                              f"emoji '{m.group(1)}' (DEA emoji drug code) with an amount after it"))
        return out

    @staticmethod
    def _menu_item(text: str, m, language: str | None, start: int, on_sale: bool = False) -> bool:
        """A name that opens a line or a list's item, an amount right after it ("Coke 1g £80", "| Mandy 84% 1g",
        "Perico colombiano 1g", "and Soma 350mg", "1 gramo de perico 40.000 pesos", "1g tina 70€", "5 g trávy 40 €",
        "Selling snow 1g"): a menu's item, though another drug is named plainly. Not after a content word ("cool
        mint 6mg" is a flavour, "beuh Amnesia 10€" a strain), nor a unit ("10mg pellets | €3"). The item starts at
        ``start``, before names of the same drug ("Cali weed 3.5g"). ``on_sale``: or said to be on sale right after
        ("K for sale"; not "Plot K for sale")."""
        end = _after_origin(text, m.end)
        if _a_unit(text, m) or not (_amount_after(text, m.start, end)
                                           or (on_sale and _FOR_SALE.match(text, end))):
            return False
        word = _LAST_WORD.search(text, max(0, start - 40), start)
        return word is None or word.group(1)[0].isdigit() or is_function_word(word.group(1).lower(), language) or bool(
            MARKET_CONTEXT.fullmatch(lower(word.group(1))) or _amount_before(text, start))

    def _varieties(self, text: str, mentions: list) -> tuple[list, frozenset[int]]:
        """"erba Amnesia", "Mandrax buttons", "cogollos de Amnesia": a word that is no drug's formal name or code, one
        space (or "of" in a few languages) after a drug's name, is a variety or form of that drug where the KB lets it
        be one ("Amnesia" is a strain of cannabis and, to a street list, a brand of spice; "buttons" are mescaline's
        and, in South Africa, Mandrax's), as sure as the drug's name is ("Crystal MDMA" stays MDMA); and where such
        varieties start."""
        out, starts = list(mentions), set()
        for i in range(1, len(out)):
            kind, m = out[i - 1].matches[0], out[i]
            if _VARIETY_GAP.fullmatch(text, out[i - 1].end, m.start) \
                    and m.matches[0].substance.id != kind.substance.id and not self.resolver.is_formal_name(_name(m)):
                variety = next((x for x in m.matches[1:] if x.substance.id == kind.substance.id), None)
                if variety:
                    first = replace(variety, confidence=max(variety.confidence, kind.confidence))
                    out[i] = replace(m, matches=[first, *(x for x in m.matches if x is not variety)])
                    starts.add(m.start)
        return out, frozenset(starts)

    def _as_named_elsewhere(self, mentions: list) -> list:
        """"Re: Weed in Lisbon? ... Amnesia 10g 80€": slang that names drugs of two groups (a cannabis strain, and to
        a street list a brand of spice) names the one the text names elsewhere by a name of one drug only, as sure a
        name as it was. A drug's own name ("MDMA", "Xanax") keeps its reading."""
        sure = {m.matches[0].substance.id for m in mentions if len({x.substance.id for x in m.matches}) == 1}
        if not sure:
            return mentions
        out = []
        for m in mentions:
            best = m.matches[0]
            named = next((x for x in m.matches[1:] if x.substance.id in sure), None)
            if (named and best.substance.id not in sure and named.substance.effect_group != best.substance.effect_group
                    and not self.resolver.is_strong_name(_name(m))):
                first = replace(named, confidence=max(named.confidence, best.confidence))
                m = replace(m, matches=[first, *(x for x in m.matches if x is not named)])
            out.append(m)
        return out

    def _listed(self, text: str, mentions, i: int, language: str | None) -> bool:
        """An item of a list whose next or previous item is a controlled drug's own name or a class's ("vragen over
        xtc, ketamine en lachgas", "heroin and crack", "lança-perfume e bala"): a drug's name too, though its
        context is weak or another drug is named plainly; not beside a medicine ("naloxone, foil and test strips")."""
        for o, a, b in _beside(mentions, i):
            gap = _LIST_GAP.fullmatch(text, a, b)
            first = o.matches[0].substance
            if gap and (gap.group(1) is None or _is_conjunction(gap.group(1).lower(), language)) \
                    and (first.controls or first.category == "group") and self.resolver.is_strong_name(_name(o)):
                return True
        return False

    def _co_used(self, text: str, mentions, i: int) -> str | None:
        """"Never mix GHB with alcohol": an everyday substance named by an everyday word (alcohol, Alkohol) is read
        only within CO_USE_WINDOW characters of a drug's own name, whose co-use it names, or anywhere in a text
        that names one, after a word of mixing ("GHB dosing tips ... Never mix with alcohol"); that name."""
        m = mentions[i]
        reach = len(text) if _MIXED_WITH.search(text, max(0, m.start - 40), m.start) else CO_USE_WINDOW
        return next((o.text for o in mentions if o is not m and abs(o.start - m.start) <= reach
                     and o.matches[0].substance.category != "everyday" and self.resolver.is_strong_name(_name(o))),
                    None)

    def _hidden(self, m, phrases) -> bool:
        """Inside an everyday phrase ("green tea", "Sydney CBD"), where only a formal name stays a name."""
        return _inside(phrases, m.start, m.end) and not self.resolver.is_formal_name(_name(m))

    def _entries(self, m) -> list:
        """The KB's entries for the name as the best candidate's alias."""
        return self.resolver.entries(_name(m), m.matches[0].substance.id)

    def _in_longer_name(self, text: str, m) -> bool:
        """Is the name joined by a hyphen to more of a chemical name that the knowledge base does not list ("1S-LSD",
        "2-oxo-PCE", "ADB-4en-PINACA")? It is part of another substance's name, spelt as that substance's class."""
        if text[m.start - 1:m.start] != "-" and text[m.end:m.end + 1] != "-":
            return False
        start = m.start - _JOINED.match(text[max(0, m.start - 40):m.start][::-1]).end()
        end = _JOINED.match(text, m.end).end()
        word = text[start:end].strip(".-")
        added = re.split(r"[-.]+", (text[start:m.start] + "-" + text[m.end:end]).strip(".-"))
        # what is joined on is a code or a chemical fragment ("1S", "2-oxo", "ADB"), not a word ("Fentanyl-laced",
        # "Amphetamin-Paste", "fentanyl-involved")
        return (all(p == "" or any(c.isdigit() for c in p) or (p.isupper() and len(p) <= 6) or p.lower() in _CHEMICAL
                    for p in added)
                and class_group(compact_key(word)) and not self.resolver.knows(word))

    def _form_of_next(self, text: str, mentions, i: int) -> bool:
        """Is the next name, after "of", another drug's own name ("blotters of 1P-LSD", "tabs of 1cP-LSD")?"""
        m, following = mentions[i], mentions[i + 1] if i + 1 < len(mentions) else None
        return bool(following and _OF_GAP.fullmatch(text, m.end, following.start)
                    and following.matches[0].substance.id != m.matches[0].substance.id
                    and self.resolver.is_strong_name(_name(following)))

    def _class_named_before(self, text: str, m) -> bool:
        """Is a substance the knowledge base does not list named by its class's spelling earlier on the name's line?"""
        line = text.rfind("\n", 0, m.start) + 1
        return any(class_group(t.key) and not self.resolver.knows(t.text) for t in candidate_tokens(text[line:m.start]))

    def _ordinary(self, m, language: str | None) -> bool:
        """Is the name, as the best candidate's alias, also an ordinary word (in the text's
        language)? ("Xanax" is not, though a street list also files it under benzodiazepines as slang.)"""
        return any(e.ordinary(language, m.text.islower()) for e in self._entries(m))

    def _frequent_word(self, m, language: str | None, shape) -> bool:
        """Is the name, as an alias of ``shape`` (a code in capitals; two words read as one), a frequent word of the
        text's language? Written so there, it is that word, whatever the context."""
        return any(shape(e.alias) and language in e.ordinary_in for e in self._entries(m))

    def _plain(self, m, language: str | None) -> bool:
        return m.matches[0].confidence >= 0.8 and not self._ordinary(m, language)


PRICED_AFTER, PRICED_BEFORE = 30, 12  # characters after a name (before: "1g speed £10") to its amount
WEIGHTS = ("g", "kg", "oz", "lb")  # what is sold by weight ("180mg" is a pill's dose, not what "$140" buys)


@cache
def _gram_price_ranges() -> dict[str, tuple[float, float]]:
    data = package_json("patrol.recognizers", "data/gram_prices.json")
    return {k: (float(v[0]), float(v[1])) for k, v in data.items() if not k.startswith("_")}


_WEIGHT_UNITS = alternation(w for w, unit in UNITS.items() if unit in WEIGHTS)
# ... perhaps with where it was grown between ("Flores de interior 5g", indoor buds)
_WEIGHT_AFTER = re.compile(rf"(?:\s+(?:de\s+)?(?:interior|exterior|indoor|outdoor|invernadero|estufa))?"
                           rf"[ \t:\-–—|={_EMOJI}]{{0,6}}(?:\d+(?:[.,]\d+)?\s?(?:{_WEIGHT_UNITS})(?!\w)|[$£€]?\d+(?:[.,]\d+)?\s{FOR_ONE})",
                           re.IGNORECASE)  # ... or chat's price for one ("gas 🔥 35 an eighth")
_WEIGHT_BEFORE = re.compile(rf"(?<![\d.,])\d+(?:[.,]\d+)?\s?(?:{_WEIGHT_UNITS})[ \t]+(?:(?:de|of)[ \t]+)?\Z", re.IGNORECASE)


@cache
def _read_only() -> dict[str, frozenset[str]]:
    """Everyday words that name a drug only in one setting, by setting (curation translations.json "_read_only")."""
    data = package_json("patrol.knowledge", "curation/translations.json")["_read_only"]
    return {k: frozenset(map(compact_key, v)) for k, v in data.items() if not k.startswith("_")}


def _in_its_setting(text: str, m) -> bool:
    """Is a name that is read only in one setting in it? A weight right after the name ("Flores 5g", "Μαύρο μαροκινό
    25γρ": its origin between) or right before it ("10 gramos de flores", "5 pounds of gas"); a press and a dose
    after it ("Pillole Tesla 300mg"); a dose right after it ("Tavor 2,5mg", not the "Tavor X95" rifle). Other names
    always are."""
    key, only = compact_key(m.text), _read_only()
    if key in only["weight"]:
        return bool(_WEIGHT_AFTER.match(text, _after_origin(text, m.end))
                    or _WEIGHT_BEFORE.search(text, max(0, m.start - 20), m.start))
    if key in only["dose"]:
        return bool(_DOSE_RIGHT_AFTER.match(text, m.end))
    return key not in only["press"] or _pressed(text, m)


def _priced_as(m, euros):
    """"Colombian 1g £75": a name the street lists share between drugs, priced by the gram outside the retail
    range of the one they rank first and inside another's, is the other (data/gram_prices.json): that match, the
    drug it excludes and the euros a gram. Priced inside the first one's range and outside another's, it is the
    first, more surely ("Purple Haze 14g $120" is no LSD). None where the price excludes none, or the first and no
    other fits, or no gram is priced. ``euros``: the euros a gram beside the name (_euros_a_gram)."""
    ranges = _gram_price_ranges()
    if m.matches[0].substance.id not in ranges:
        return None
    eur = euros()

    def fits(match) -> bool | None:
        return _in_retail_range(match.substance.id, eur[0])

    if not eur:
        return None
    if fits(m.matches[0]):  # "Purple Haze 14g $120": the price excludes LSD's blotters; its share goes to those allowed
        excluded = [x for x in m.matches[1:] if fits(x) is False]
        allowed = sum(x.confidence for x in m.matches if fits(x) is not False)
        return (replace(m.matches[0], confidence=m.matches[0].confidence / allowed), excluded[0].substance.id,
                eur[0]) if excluded else None
    inside = [x for x in m.matches[1:] if fits(x)]
    if not inside:
        return None
    # the excluded drug's share goes to those the price allows, up to the confidence it had
    allowed = sum(x.confidence for x in m.matches[1:] if fits(x) is not False)
    return (replace(inside[0], confidence=min(m.matches[0].confidence, inside[0].confidence / allowed)),
            m.matches[0].substance.id, eur[0])


def _in_retail_range(substance_id: str, euros_a_gram: float) -> bool | None:
    """Is a price a gram in the drug's retail range (data/gram_prices.json; None: no range known)?"""
    span = _gram_price_ranges().get(substance_id)
    return None if span is None else span[0] <= euros_a_gram <= span[1]


class _Once:
    """A value worked out on its first use only (the euros a gram beside a name, which two rules may ask for): an
    lru_cache made for every name cost more, a few µs each, than the work it saved."""
    __slots__ = ("make", "value")

    def __init__(self, make) -> None:
        self.make, self.value = make, None

    def __call__(self):
        if self.value is None:
            self.value = self.make()
        return self.value


class _Amounts:
    """A document's weights and prices in text order, so that each name finds those beside it by bisection: a
    3 MB menu names a drug a hundred thousand times."""
    __slots__ = ("weights", "weight_starts", "prices", "price_starts", "count_starts")

    def __init__(self, text: str, entities, language) -> None:
        quantities = sorted(read(entities, QuantityRecognizer, text, language), key=lambda e: e.start)
        self.weights = [q for q in quantities if q.value["unit"] in WEIGHTS]
        self.prices = sorted(read(entities, PriceRecognizer, text, language), key=lambda e: e.start)
        self.weight_starts = [q.start for q in self.weights]
        self.price_starts = [p.start for p in self.prices]
        self.count_starts = [q.start for q in quantities if q.value["unit"] not in WEIGHTS]

    def weight_beside(self, m):
        """The first weight right after the name or right before it, no count between ("Acid 10 blotters ₹8000 and
        MDMA 1g ₹4000": the gram is MDMA's)."""
        lo = bisect_left(self.weight_starts, m.start - PRICED_BEFORE - MAX_WEIGHT_LENGTH)
        hi = bisect_right(self.weight_starts, m.end + PRICED_AFTER)
        return next((q for q in self.weights[lo:hi]
                     if (m.end <= q.start <= m.end + PRICED_AFTER and not self._count_between(m.end, q.start))
                     or (m.start - PRICED_BEFORE <= q.end <= m.start and not self._count_between(q.end, m.start))),
                    None)

    def _count_between(self, a: int, b: int) -> bool:
        return bisect_left(self.count_starts, a) < bisect_left(self.count_starts, b)

    def holds(self, m) -> bool:
        """Is the name inside a weight read ("half zip")?"""
        return _inside_one(self.weights, self.weight_starts, m)

    def priced(self, m) -> bool:
        """Is the name inside a price read ("420€")?"""
        return _inside_one(self.prices, self.price_starts, m)

    def prices_after(self, m) -> list:
        """The prices starting right after the name."""
        return self.prices[bisect_left(self.price_starts, m.end):bisect_right(self.price_starts, m.end + PRICED_AFTER)]

    def prices_near(self, at: int) -> list:
        lo, hi = bisect_left(self.price_starts, at - PAIR_WITHIN), bisect_right(self.price_starts, at + PAIR_WITHIN)
        return self.prices[lo:hi]


def _inside_one(entities: list, starts: list[int], m) -> bool:
    """Is ``m`` inside one of ``entities`` (sorted by start; ``starts``, their starts)?"""
    i = bisect_right(starts, m.start) - 1
    return i >= 0 and entities[i].end >= m.end


MAX_WEIGHT_LENGTH = 40  # characters of a weight's mention ("1 kilogramo"), for the bisection's lower bound


def _euros_a_gram(amounts: _Once, m) -> list[float]:
    """The euros a gram of the first weight beside the name and the price nearest it, or of a price for a weight
    right after the name ("Haze 10€/g") where no weight is beside it (none: empty)."""
    near = amounts()
    q = near.weight_beside(m)
    if q:
        return gram_prices([q], near.prices_near(q.start))
    return [eur for p in near.prices_after(m) if (eur := per_gram(p)) is not None][:1]


BELOW_ANY_RETAIL = 10  # times under the lowest retail price a gram of every drug a name could be


def below_retail(euros_a_gram: float, substance_ids) -> bool:
    """Priced a gram far under the retail range of every drug (data/gram_prices.json; a drug of no known range
    leaves it open)."""
    ranges = _gram_price_ranges()
    return all(sid in ranges and euros_a_gram * BELOW_ANY_RETAIL < ranges[sid][0] for sid in substance_ids)


def _priced_as_no_drug(m, euros) -> bool:
    """"Keta salmon fillets, 1kg $25": a name priced a gram far under the retail range of every drug it could name
    is no drug's."""
    ids = [x.substance.id for x in m.matches]
    if any(sid not in _gram_price_ranges() for sid in ids):
        return False  # below_retail's answer, known before reading the text's amounts and prices (the dear part)
    eur = euros()
    return bool(eur) and below_retail(eur[0], ids)


def _list_follows(text: str, mentions: list, i: int) -> bool:
    """Does another name follow mention ``i`` as the next item of a list ("Heroin, white, speed")?"""
    return i + 1 < len(mentions) and bool(_LIST_GAP.fullmatch(text, mentions[i].end, mentions[i + 1].start))


def _in_drug_list(text: str, mentions: list, i: int) -> bool:
    """Is mention ``i`` an item of a list of names ("Kush, Cali, Haze")?"""
    return any(_LIST_GAP.fullmatch(text, a, b) for _o, a, b in _beside(mentions, i))


def _value(s, confidence: float, strong: bool, curated: bool = False) -> dict:
    """``strong``: the drug's own name; ``curated``: that, or a name the curation gives it (internal, not output)."""
    return {"substance_id": s.id, "name": s.name, "effect_group": s.effect_group, "category": s.category,
            "control": [{"regime": c.regime, "schedule": c.schedule} for c in s.controls],
            "confidence": round(confidence, 3), "strong_name": strong, "curated_name": curated}


_PURITY_BEFORE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s?%[ \t]*\Z")  # "84% crystal": a purity right before
_ITEM_BREAK = re.compile(r"[\d\n]")  # an amount, or a new line: the next item of a menu


@cache
def _emoji() -> tuple[dict[str, str], re.Pattern]:
    data = package_json("patrol.recognizers", "data/emoji.json")
    names = {k: v for k, v in data.items() if not k.startswith("_")}
    return names, re.compile(f"({'|'.join(map(re.escape, names))})\ufe0f?")


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


@cache
def _naming_words() -> dict[str, frozenset[str]]:
    data = package_json("patrol.recognizers", "data/naming_words.json")
    return {lang: frozenset(map(str.casefold, words)) for lang, words in data.items() if not lang.startswith("_")}


_NAMING_GAP = re.compile(r"(\w+)\.?[ \t]*[:,]?[ \t]*(?:(?:is|ist|est|es|é|è)[ \t]+)?\Z")  # "cat: ", "name is "


# "fentanyl test strips": what the strips test for
_TESTED_FOR = re.compile(r"(?i)[ \t-]*test(?:ing)?[ \t-]*(?:strips?|kits?)\b")
_NUMBERING = re.compile(r"(?i)(?<!\w)(?:room|suite|apt|apartment|flat|unit|no\.?|nr\.?|number|bus|route|line|"
                        r"platform|gate|page|chapter|exit|highway|level|floor|seat|row|table|zimmer|habitaci[oó]n|"
                        r"chambre|quarto)[ \t]*\Z")  # a room's, a bus's, a page's number
_INTRODUCED = re.compile(r"(?i)(?<!\w)(?:it['’]?s|it is|this is)[ \t]+\Z")  # "it's Molly, ...", "this is Molly here"
_INTRODUCED_AFTER = re.compile(r",|[ \t]+here\b")
_SENDER_BEFORE = re.compile(r"(?i:whatsapp|telegram|signal|imessage|messages|messenger|sms|instagram|snapchat)"
                            r"[ \t]*·[ \t]*\Z")


def _named(text: str, m, language: str | None) -> bool:
    """Does a word that names a pet or a person ("cat", "named", "Mrs", data/naming_words.json) come right before
    the name on its line, with no amount after it? ("Molly 1g £40" stays a menu's item.) Or is it the sender a
    notification names ("WhatsApp · Molly: ...") or the writer who introduces herself ("it's Molly, ...")?"""
    if _SENDER_BEFORE.search(text, max(0, m.start - 16), m.start) and text.startswith(":", m.end):
        return True  # "WhatsApp · Molly: running late": a message's sender, as a notification names it
    if _INTRODUCED.search(text, max(0, m.start - 10), m.start) and _INTRODUCED_AFTER.match(text, m.end):
        return True  # "hey it's Molly, running late": the writer introducing herself
    before = _NAMING_GAP.search(text, max(0, m.start - 30), m.start)
    if before is None or _amount_after(text, m.start, m.end):
        return False
    words, word = _naming_words(), before.group(1).casefold()
    return word in words["en"] or word in words.get(language or "", ())


def _amount_after(text: str, start: int, end: int) -> bool:
    """An amount right after a name, or on the next line below a name that heads it alone ("~ COKE ~\n1g £80"; not
    "needles / shards\n5g £120", a line's last word)."""
    amount = _AMOUNT_AFTER.match(text, end)
    return bool(amount) and ("\n" not in amount.group() or _heading(text, start, end))


def _heading(text: str, start: int, end: int) -> bool:
    """Does the name stand alone on its line, with no word but its own ("~ COKE ~", "❄️ PERICO")?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not _WORD_CHAR.search(text[line_start:start] + text[end:line_end if line_end >= 0 else len(text)])


_WORD_CHAR = re.compile(r"[^\W_]")


def _after_origin(text: str, end: int) -> int:
    """Past a country's adjective right after a name ("Perico colombiano 1g $25.000": the item's amount follows its
    origin), or ``end``."""
    word = _NEXT_WORD.match(text, end)
    return word.end() if word and adjective_country(word.group(1)) else end


def _lead(text: str, mentions, i: int) -> int:
    """Where the names of one drug that run up to mention ``i``, a space apart, start ("Cali weed")."""
    sid = mentions[i].matches[0].substance.id
    while i and _next_to(text, mentions[i - 1], mentions[i]) and mentions[i - 1].matches[0].substance.id == sid:
        i -= 1
    return mentions[i].start


def _amount_of(text: str, mentions, i: int, lead: int) -> bool:
    """"xtc en 2 kilo speed": a name right after an amount is what was weighed, though another drug is named
    plainly; not a unit ("1mg pellets"), nor a word before another name ("50 Grams Crystal MDMA", "3000mg White
    DMT", "2 ml White Siberian Cannabis Oil": the form, colour or origin of that drug) or after one's amount."""
    m = mentions[i]
    amount = None if m.text.lower() in UNITS else _amount_before(text, lead)
    before = mentions[i - 1] if i else None
    if amount is None or (before and before.end <= amount.start() and not text[before.end:amount.start()].strip()):
        return False  # "MDDMA 50g Crystal": the amount is the drug's before it, and this its form
    return i + 1 == len(mentions) or not _WORDS_GAP.fullmatch(text, m.end, mentions[i + 1].start)


_WORDS_GAP = re.compile(r"[ \t]+(?:[^\W\d_]+[ \t]+){0,2}")


def _a_unit(text: str, m) -> bool:
    """A unit's word, unless it is a capital letter with no number before it: "G 50ml £20" names GHB, "1 G" is a
    gram."""
    return m.text.lower() in UNITS and not (m.text.isupper() and len(m.text) == 1
                                            and not _DIGIT_BEFORE.search(text, max(0, m.start - 2), m.start))


_DIGIT_BEFORE = re.compile(r"\d\s?\Z")


def _amount_before(text: str, at: int) -> re.Match | None:
    """An amount ending right before ``at`` ("5 g trávy", "1.5mg DOB Tabs")."""
    return _AMOUNT_BEFORE.search(text, max(0, at - 16), at)


_DOSE_FORM = re.compile(rf"[ \t]+(?:{_FORMS})\b", re.IGNORECASE)


def _dosed(text: str, m, lead: int) -> bool:
    """"1.5mg DOB Tabs": between a dose and its form, a capitalised name is the drug dosed, not a product's name."""
    return bool(_DOSE_FORM.match(text, m.end) and _amount_before(text, lead))


_DOSE = r"[ \t]*\d+(?:[.,]\d+)?[ \t]?(?:mg|µg|ug|mcg)\b"  # a pill's dose, read after its press
_PILL_WORDS = r"pills?|pillen|pastillas|pastilles|pilules|comprimidos|tabs?|tablets?|tabletten"
_PILL_WORD = re.compile(rf"(?i)\b(?:{_PILL_WORDS})\b")
_MG = re.compile("mg", re.IGNORECASE)
_ECSTASY_PILLS = r"pills?|pillen|pastillas|pastilles|pilules"  # after a press and its dose: not tablets of medicine
_PILL_ALIAS = re.compile(r"\S.* (?:pills?|pillen)", re.I)  # a press curated with its pill word: "Tesla pills"
_DOSE_RIGHT_AFTER = re.compile(_DOSE, re.IGNORECASE)
# ... or a count of pills after the press
_PILL_COUNT = r"[ \t]*\d+[ \t]?(?:viên|pills?|pillen|pastillas|pastiglie|comprimidos|comprimés|tabs?)\b"
_PRESS_NAME = re.compile(rf"(?:[ \t]+['\"‘“]?[A-Z][\w'’-]*['\"”]?){{1,3}}(?:[ \t]+[a-zà-ÿ]+){{0,2}}"
                         rf"(?:{_DOSE}|{_PILL_COUNT})")  # "'Punisher' 270 mg"


def _pressed(text: str, m) -> bool:
    """"bala Tesla 250mg", "taz Philipp Plein 280 mg", "ecstas Punisher dosés à 250 mg": capitalised words between a
    lower-case name of ecstasy (or one that opens a sentence or a line: "Pillen Superman 280mg") and a dose (a word
    or two of dosing allowed) or a count of pills ("Kẹo Tesla 10 viên") are the press of the pill the name is slang
    for, not a product the name is part of. Only ecstasy's names: in "Green Partyflock 200mg" the first word is the
    pill's colour, not weed."""
    if m.matches[0].substance.effect_group != "entactogen":
        return False
    return _lower_or_opening(text, m) and bool(_PRESS_NAME.match(text, m.end))


_PRESS_GAP = re.compile(rf"[ \t]+(?:(?:{_FORMS})[ \t]+)?['\"‘“]?", re.IGNORECASE)
_DOSE_AFTER = re.compile(rf"['\"’”]?{_DOSE}", re.IGNORECASE)


def _a_press(text: str, mentions, i: int) -> bool:
    """"MDMA pills 'Rolex' 220mg": a word between a name of ecstasy (and its form) and a dose is the pill's press,
    though a street list files it as another drug's slang."""
    m = mentions[i]
    if not i or m.matches[0].substance.effect_group == "entactogen":
        return False
    before = mentions[i - 1]
    return (before.matches[0].substance.effect_group == "entactogen" and bool(_PRESS_GAP.fullmatch(text, before.end, m.start))
            and bool(_DOSE_AFTER.match(text, m.end)))


def _lower_or_opening(text: str, m) -> bool:
    """Is the name written in lower case, or capitalised only as the first word of a sentence or a line?"""
    before = m.start  # back over the white space before the name, not a copy of all the text before it
    while before and text[before - 1].isspace():
        before -= 1
    opens = before == 0 or text[before - 1] in ".!?" or "\n" in text[before:m.start]  # or a line
    return m.text.islower() or (opens and m.text[1:].islower())


_STRAIN_WEIGHT = re.compile(rf"(?:[ \t]+[A-Z][\w'#+-]*){{1,3}},?[ \t]*\d+(?:[.,]\d+)?[ \t]?(?:{_WEIGHT_UNITS})(?!\w)")


def _weighed_variety(text: str, m, euros) -> bool:
    """"Cogollos Critical 10 gr 60€", "zioło Amnezja, 5g 200 zł": capitalised words between an everyday word for a
    drug (in lower case or opening a line) and a weight priced, a gram, inside that drug's retail range
    (data/gram_prices.json) are the strain or variety weighed, not a product the word is part of ("Snow Globe 10g
    €5" is priced as no drug)."""
    if not (_lower_or_opening(text, m) and _STRAIN_WEIGHT.match(text, m.end)):
        return False
    eur = euros()
    return bool(eur) and bool(_in_retail_range(m.matches[0].substance.id, eur[0]))


def _form_after(text: str, mentions, i: int, end: int | None = None) -> bool:
    """Is ``mentions[i]`` a form word or a unit ("DOM tabs") right after the previous name (or after ``end``, where
    the last name read ended), with at most a purity or a parenthesis between?"""
    m = mentions[i]
    end = mentions[i - 1].end if end is None and i else end
    word = m.text.lower()
    return end is not None and (word in FORM_WORDS or word in UNITS) and bool(
        _DOSED_FORM_GAP.fullmatch(text, end, m.start))


def _unit_word(m) -> bool:
    """Is the name also a unit's word ("tabs", "blotters", "zip", "eighths")?"""
    word = m.text.lower()
    return word in UNITS or word.rstrip("s") in STREET_UNITS


def _counted_unit(text: str, m) -> bool:
    """"100 tabs", "per zip": a unit's word after a count or "per", not a drug's name."""
    return m.text.lower() in UNITS and bool(_UNIT_BEFORE.search(text[max(0, m.start - 9):m.start]))


def _unit_and_price(text: str, m) -> bool:
    """"5 g 130 €" is five grams for 130 euros, not G-130: a code whose letters are a unit right after a number."""
    first, _, rest = m.text.partition(" ")
    return bool(rest[:1].isdigit() and first.lower() in UNITS and COUNT_BEFORE.search(text, max(0, m.start - 12), m.start))


_VARIETY_GAP = re.compile(r" (?:(?:de|di|of|du|da|von|van) )?")


def _next_to(text: str, a, b) -> bool:
    """Are mentions ``a`` and ``b`` one space apart?"""
    return text[a.end:b.start] == " "


def _name(m) -> str:
    """The name as the KB has it: "кокаином" and "대마초를" carry a case ending or a particle; a
    leet-spelled word ("c0ke") is read as written."""
    best = m.matches[0]
    return best.matched_alias if best.how == "exact" else m.text


_GAP = re.compile(r"\s{0,3}")
_LIST_GAP = re.compile(r"\s*[,/&+]\s*|\s+([^\W\d_]{1,5}(?: [^\W\d_]{1,5})?)\s+")  # "xtc, ketamine", "heroin and crack", "ya da"
_QUOTES = {"'": "'", '"': '"', "‘": "’", "“": "”", "«": "»", "„": "“", "‚": "‘"}


_TITLE_REST = re.compile(r"(?:[ \t]+[^\W\d_][\w’-]*){1,8}")


def _opens_a_title(text: str, m) -> bool:
    """A capitalised word that opens words set in quotes, more than the name ("'Snow on the rooftops'", "'Purple
    Rain'"), is the first word of a title; a name quoted alone is a term (``_quoted``)."""
    close = _QUOTES.get(text[m.start - 1:m.start]) if m.start else None
    rest = _TITLE_REST.match(text, m.end) if close else None
    return bool(rest) and text[rest.end():rest.end() + 1] == close


def _beside(mentions, i: int) -> list[tuple]:
    """The mentions right before and after ``mentions[i]`` (in text order), each with the span between them."""
    m = mentions[i]
    return ([(mentions[i - 1], mentions[i - 1].end, m.start)] if i else []) + (
        [(mentions[i + 1], m.end, mentions[i + 1].start)] if i + 1 < len(mentions) else [])


def _tagged(text: str, m) -> bool:
    """"1g £80, Snap in bio #coke #charlie": a word of three letters or more set as a hashtag, in a market's words, is
    the post's tag, as a word in quotes is a term."""
    return m.start > 0 and text[m.start - 1] == "#" and m.market and len(compact_key(m.text)) >= 3


def _quoted(text: str, mentions, i: int) -> bool:
    """A word set in quotes is used as a term ("tested my 'molly'", "sold as “ice”"): a drug's name, though
    another drug is named plainly; but not right beside another drug's name, where it names that drug's batch
    ("3g "Brown Sugar" MDMA")."""
    m = mentions[i]
    close = _QUOTES.get(text[m.start - 1:m.start]) if m.start else None
    if close is None or text[m.end:m.end + 1] != close:
        return False
    sid = m.matches[0].substance.id
    for o, a, b in _beside(mentions, i):
        a, b = (a + 1, b) if o.start > m.start else (a, b - 1)  # the quote opens the span after, closes the one before
        if o.matches[0].substance.id != sid and _GAP.fullmatch(text, a, b):
            return False
    return True


def _in_product_name(text: str, start: int, end: int, nouns_capitalised: bool = False,
                     names: frozenset[int] = frozenset()) -> bool:
    """A capitalised word right before or after ("Hawaiian Snow", "Snow Boots"), not at
    the start of a sentence or a line, makes the word part of a name, not a drug name; so does a
    possessive ("Molly's Bakery"). Where the writer capitalises every word (market
    titles: "Sativa Canna Tabs") or the language capitalises every noun (German "Speed Paste"),
    capitals say nothing and only the possessive counts. A capitalised word after that is itself
    a drug's name (at one of ``names``) is a variety of the kind the word names ("erba Amnesia").
    A multi-word alias ("Blue Dream") is a name already."""
    if _POSSESSIVE.match(text, end, end + 3):
        return True  # "Molly's Bakery", "Charlie's": a possessive is someone's name
    if nouns_capitalised or _title_cased(text, start, end):
        return False
    lo = max(0, start - 20)
    before = text[lo:start].rstrip()
    raw = text[end:end + 20]
    after = raw.lstrip()
    prev_word = _LAST_TOKEN.search(before)
    next_word = _FIRST_TOKEN.match(after)
    if prev_word and _TITLE_WORD.fullmatch(prev_word.group(1)) and prev_word.group(1).lower() not in _PLATFORMS \
            and "\n" not in text[lo + len(before):start]:  # a line's first word: the line above is no part of it
        first_word = not _NONSPACE.search(text, 0, lo) and not before[:prev_word.start()].strip()
        if not first_word and not _SENTENCE_OPENS.search(before):  # capitals open sentences
            return True
    return bool(next_word and _TITLE_WORD.fullmatch(_POSSESSIVE_END.sub("", next_word.group(1).rstrip(".,;:!?)")))
                and end + len(raw) - len(after) not in names)


def _title_cased(text: str, start: int, end: int) -> bool:
    """Do at least TITLE_CASE of the words on this line (three or more) start with a capital?"""
    nl = text.rfind("\n", max(0, start - 200), start)
    lo = nl + 1 if nl >= 0 else max(0, start - 200)
    hi = text.find("\n", end, end + 200)
    words = _WORD.findall(text[lo:hi if hi >= 0 else end + 200])
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= TITLE_CASE * len(words)


@cache
def _conjunctions() -> dict[str, frozenset[str]]:
    data = package_json("patrol.recognizers", "data/conjunctions.json")
    return {lang: frozenset(words) for lang, words in data.items() if not lang.startswith("_")}


def _is_conjunction(word: str, language: str | None) -> bool:
    """"and" or "or" in English or in ``language`` (data/conjunctions.json)."""
    words = _conjunctions()
    return word in words["en"] or word in words.get(language or "", ())


@cache
def _ordinary_phrases() -> tuple[re.Pattern, LiteralFilter]:
    """Every phrase at every word start, overlaps included: "Ice bucket and tongs" holds "ice bucket" and
    "bucket and tongs", and a phrase found first must not hide the one that holds the mention. With it, what tells
    a text that holds none (most do not)."""
    phrases = file_words("patrol.recognizers", "data/ordinary_phrases.json")
    words = compile_words(phrases)
    return re.compile(f"(?=({words.pattern}))", words.flags), LiteralFilter.of_word_lists({"phrases": phrases})


def _ordinary_phrase_spans(text: str) -> list[tuple[int, int]]:
    """Everyday phrases in ``text``, once per document (sorted by start)."""
    low = lower(text)
    rx, phrases = _ordinary_phrases()
    return [m.span(1) for m in rx.finditer(low)] if phrases.bits(low) else []


# a name's letters set apart by spaces, dots or hyphens, three at least ("G R A S S", "S.N.O.W", "m-e-t-h")
_SPREAD = re.compile(r"[^\W_](?:[ .\-·*]+[^\W_]){2,}")


def _packed_phrase_spans(text: str, spread: list) -> list[tuple[int, int]]:
    """Everyday phrases once the ``spread`` names' letters are written together (right-aligned in each name's span,
    one character for one), a phrase that opens with such a name taken from the name's start."""
    chars, packed_at = list(text), {}
    for m in spread:
        letters = re.sub(r"[\W_]+", "", m.text)
        at = m.end - len(letters)
        chars[m.start:m.end] = " " * (at - m.start) + letters
        packed_at[at] = m.start
    return [(packed_at.get(a, a), b) for a, b in _ordinary_phrase_spans("".join(chars))]


_JOINED = re.compile(r"[\w.-]*")  # a name's letters, digits, dots and hyphens, read either way
_CHEMICAL = {"oxo", "fluoro", "chloro", "bromo", "iodo", "methyl", "ethyl", "propyl", "methoxy", "ethoxy", "hydroxy",
             "deschloro", "nor", "iso", "alpha", "beta", "n", "o"}  # fragments a chemical name is joined from


PHRASES_BEFORE = 8  # phrases starting at or before a mention that are looked at (overlapping ones are few)


def _inside(phrases: list[tuple[int, int]], start: int, end: int) -> bool:
    """Inside an everyday phrase that says more than the mention ("hash browns", not "bath salts" alone)?"""
    i = bisect_right(phrases, (start, float("inf")))
    return any(a <= start and end <= b and b - a > end - start for a, b in phrases[max(0, i - PHRASES_BEFORE):i])
