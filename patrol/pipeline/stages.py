"""The stages of analysis. Each declares what it requires and what it assigns on the
per-document state (checked when the pipeline is assembled), and processes a batch.

    language → recognizers → facts → classify → summary
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import ClassVar

from patrol.classify.cues import (advice_languages, bracketed_after_product, count_cues, describes_product,
                                  says_absent)
from patrol.classify.features import DocFacts, Featurizer
from patrol.classify.langid import detect
from patrol.classify.model import LinearModel
from patrol.classify.unit_price import DEAR_PER_GRAM, everyday_goods
from patrol.lexicon import plain
from patrol.knowledge.drugs import is_antidote, is_drug, is_general_chemical
from patrol.pipeline.markup import Offsets
from patrol.pipeline.profiles import NO_TERMS, UNNAMED, WEAK_NAME
from patrol.recognizers import spoken_numbers
from patrol.recognizers.base import Entity, Recognizer
from patrol.recognizers.gram_price import gram_prices, priced_amounts
from patrol.recognizers.location import text_places
from patrol.recognizers.substance import below_retail


@dataclass
class State:
    """One document on its way through the stages. Stages read ``plain``: the text with styled letters
    and digits ("𝗖𝗼𝗸𝗲 𝟭𝗴") in their plain form and, once its language is known, amounts' number words in digits
    (``spoken``: their spans), offsets unchanged; mentions are cut from ``text``. ``text`` is the document with
    its markup read (markup.py): ``offsets`` maps its spans back onto ``collected``, the document as collected."""

    id: object
    text: str
    plain: str = ""
    spoken: tuple[tuple[int, int], ...] = ()
    language: str | None = None
    entities: dict[str, list[Entity]] = field(default_factory=dict)
    facts: DocFacts | None = None
    sale_score: float | None = None
    group_proba: dict[str, float] | None = None
    label: str | None = None
    effect_group: str | None = None
    main_substance: str | None = None
    reasons: list[str] = field(default_factory=list)
    error: str | None = None
    offsets: Offsets | None = None
    collected: str | None = None

    def __post_init__(self) -> None:
        self.plain = self.plain or plain(self.text)


class Stage:
    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def process(self, batch: list[State]) -> None:  # pragma: no cover - interface
        raise NotImplementedError


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, Han, Hangul


class LanguageStage(Stage):
    name = "language"
    requires = ("text",)
    assigns = ("language", "plain")

    def __init__(self) -> None:
        spoken_numbers.prepare()

    def process(self, batch):
        for s in batch:
            # the model learned real text, full-width punctuation and all; Latin letters styled to slip past filters
            # ("Ｄｒｕｇ ｃｈｅｃｋｉｎｇ, ｃａｌｌ ０２０...") are read in their plain form where no CJK script is written
            styled = s.plain is not s.text and not _CJK.search(s.text)
            s.language = detect(s.plain if styled else s.text)
            s.plain, s.spoken = spoken_numbers.rewrite(s.plain, s.language)


class RecognizerStage(Stage):
    name = "recognizers"
    requires = ("text",)
    assigns = ("entities",)

    def __init__(self, recognizers: list[Recognizer]) -> None:
        done: set[str] = set()
        for r in recognizers:
            if missing := [t for t in r.reads if t not in done]:
                raise ValueError(f"recognizer {r.name} reads {missing}, which no earlier recognizer finds")
            done.add(r.entity)
        self.recognizers = recognizers

    def process(self, batch):
        for r in self.recognizers:  # one recognizer over the batch, then the next: its patterns stay in cache
            for s in batch:
                found = r.analyze(s.plain, s.language, entities=s.entities) if r.reads else r.analyze(s.plain, s.language)
                if s.plain is not s.text:
                    for e in found:
                        e.start = spoken_numbers.widen(e.start, s.spoken)  # "two grams", not "o grams"
                        e.text = s.text[e.start:e.end]
                s.entities.setdefault(r.entity, []).extend(found)


NEAR = 25  # characters between a substance and a quantity/price that make them one offer
# The sale score at which a listing that names no drug is still a sale ("1oz Blue Dream"); `patrol train`
# picks it on held-out listings from UNNAMED_SALE_GRID, whose floor keeps ordinary shops that sell by weight out.
UNNAMED_SALE = 0.8
UNNAMED_SALE_GRID = (0.7, 0.8, 0.9)
TITLE_LENGTH = 100  # Agora cuts listing titles here: the longest text the sale model learned from
CURATED = "curated_name"  # named_in_one_group: by a name the curation gives the drug, or its own


def _outside(entities: list, names: list) -> list:
    """The entities that overlap none of ``names`` (both in text order); one pass, so linear on long pages."""
    out, j = [], 0
    for e in entities:
        while j < len(names) and names[j].end <= e.start:
            j += 1
        if not (j < len(names) and names[j].start < e.end):
            out.append(e)
    return out


def sold_by_weight(per_gram: float | None, contacts: int) -> bool:
    """Priced by the gram as a drug is, with an account to buy from: "Breaking Bad blue 💎 Crystal 1g $100, Wickr:
    ..." sells the drug, not a product named after it (a film's merchandise, a perfume)."""
    return bool(contacts) and per_gram is not None and per_gram >= DEAR_PER_GRAM


class FactsStage(Stage):
    name = "facts"
    requires = ("entities",)
    assigns = ("facts",)

    def process(self, batch):
        for s in batch:
            e = s.entities
            per_gram = gram_prices(e.get("quantity", []), e.get("price", []))
            # "Cannabis grinder": a name that says what another product is for is not a drug on offer,
            # unless the price is a drug's by the gram; nor is one said to be missing ("bez THC")
            dear = bool(per_gram) and min(per_gram) >= DEAR_PER_GRAM
            cues = count_cues(s.plain, language=s.language)
            per_gram_max = max(per_gram, default=None)
            sold = cues["not_drug_product"] > cues["supplies"]
            names = e.get("substance", [])
            # an amount that is a drug's slang name too ("Eight ball pool cue") is no amount beside the name
            amounts = _outside(e.get("quantity", []), names) if sold or cues["information"] else e.get("quantity", [])
            # "Flake Co. sea salt flakes, 250g, $12": slang priced a gram far under what its drug sells for
            weak = names and not any(x.value.get("strong_name") for x in names)
            named = cues["named_product"] and not sold_by_weight(per_gram_max, len(e.get("contact", [])))
            other_product = (((sold or cues["information"]) and not amounts)
                             or named or everyday_goods(per_gram_max)
                             or (weak and per_gram_max is not None
                                 and below_retail(per_gram_max, {x.value["substance_id"] for x in names})))
            # "Opium Black by YSL, eau de parfum 90ml, £85": a perfume (a doll, a cocktail bar) named after a drug,
            # priced and with no contact to buy a drug from, is that product, whatever the name
            named_only = named and (e.get("price") or e.get("quantity")) and not e.get("contact")
            general = all(is_general_chemical(x.value) for x in names)  # "Acetone nail polish remover": the product
            if other_product and names and (named_only or weak) and not general:
                # "Molly's Café: flat white £3.20, brownies £2.50", "Charlie and Lola, 6 DVDs, £15": beside another
                # kind of product or an information product (a book, a film), with no amount of anything, or priced
                # as everyday goods ("🍇 1kg £2.50"), and with no drug named by its own name, slang, emoji and
                # everyday words name the product; beside a perfume or a lipstick, whatever its amount ("Charlie
                # perfume 100ml"). Not the supplies of safer use: "If you smoke crack, use your own pipe".
                e["substance"] = []
                if len(amounts) < len(e.get("quantity", [])):
                    e["quantity"] = amounts  # nor is the name an amount
            found = e.get("substance", [])
            missing = [says_absent(s.plain, x.start, x.end) for x in found]
            # "Cough syrup (honey and lemon, no DXM)": a drug said to be missing is missing by its slang too
            gone_ids = {x.value["substance_id"] for x, m in zip(found, missing) if m}
            missing = [m or (x.value["substance_id"] in gone_ids and not x.value.get("strong_name"))
                       for x, m in zip(found, missing)]
            subs = [x for x, gone in zip(found, missing)
                    if not gone and (dear or not (describes_product(s.plain, x.end)
                                                  or bracketed_after_product(s.plain, x.start)))]
            if any(missing):  # "Codeine-free cough syrup", "no bath salts": a drug said to be missing is not reported;
                # an everyday substance read as a drug's co-use is ("GHB ... en geen alcohol erbij": advice not to mix)
                e["substance"] = [x for x, gone in zip(found, missing)
                                  if not gone or (x.value.get("category") == "everyday" and not x.value.get("strong_name"))]
            amounts = _amount_positions(s)
            near = any(_near(amounts, sub.start, sub.end) for sub in subs)
            # "[url=https://news...]Xylazine found in 90% of Philly's heroin[/url]": web links with no price, amount
            # or sales word beside them are pages to read, no way to buy
            contacts = e.get("contact", [])
            if contacts and not (e.get("price") or e.get("quantity") or cues["sale"]) and all(
                    c.value["kind"] == "url" for c in contacts):
                contacts = []
            s.facts = DocFacts(
                substances=[x.value for x in subs],
                quantities=len(e.get("quantity", [])), prices=len(e.get("price", [])), next_to_amount=near,
                contacts=len(contacts),
                valid_wallet=any(x.value.get("valid") for x in e.get("crypto_address", [])),
                pgp=bool(e.get("pgp")), cues=cues, length=len(s.text),
                euros_per_gram=per_gram_max, absent=[x.value for x, gone in zip(found, missing) if gone],
                unit_priced=any(p.value.get("per") == "unit" for p in e.get("price", [])),
                tiers=priced_amounts(s.plain, e.get("quantity", []), e.get("price", [])),
            )


class ClassifyStage(Stage):
    name = "classify"
    requires = ("text", "facts")
    assigns = ("sale_score", "group_proba")

    def __init__(self, sale: LinearModel, group: LinearModel, featurizer: Featurizer) -> None:
        self.sale, self.group, self.featurizer = sale, group, featurizer

    def process(self, batch):
        X = self.featurizer.transform([s.plain for s in batch], [s.facts for s in batch])
        p_sale = self.sale.proba(X)[:, self.sale.classes.index("1")]
        p_group = self.group.proba(X)
        for s, p, g in zip(batch, p_sale, p_group):
            s.sale_score = float(p)
            s.group_proba = dict(zip(self.group.classes, map(float, g)))


class SummaryStage(Stage):
    """Document label and main product.

    Harm-reduction content is never a sale: when it reads as harm reduction and has no
    commercial offer (a price together with a contact or several sale cues), or offers
    harm-reduction supplies rather than a drug (test strips, naloxone kits), its label is
    harm_reduction whatever the sale model says. News and questions that name drugs
    without an offer are drug_discussion; so is news that uses harm-reduction words but says nothing to the reader
    and offers no service ("Naloxone vending machines installed in Vancouver stations"; advice cues, curated in
    seven languages).

    A price stated as a fact of the market ("a gram costs around 70 euros", "street value", "a
    $7 billion market") is not an offer; with no contact beside it, the text is no sale. Nor is a buyer's
    warning of a scam ("scam alert", "got scammed"): the price and the account it names are the scammer's; nor a
    journalist's call for sources ("I'm a journalist ..., DM me at @..."), whose account is for stories.

    The sale model learned from market titles, which the market cuts at TITLE_LENGTH characters
    and which often leave price and contact to the page around them. A longer text must say
    how to buy (a price, a contact or a sales word) for its score to make it an offer: a
    drug-checking alert in a language with few cue words is not one. A shorter one that says
    none of that, nor an amount, is an offer only on a known market (NO_TERMS, profiles.py).

    A sale needs a drug: a named one (not an everyday substance such as caffeine, nor an
    uncontrolled one of no psychoactive group such as creatine), or, for the market's
    strain and pill names the KB cannot know, a high sale score, an amount ("1oz",
    "100 x", "half pound") and no sign of another kind of product. Such an unnamed-product
    sale is settled by the source's profile (profiles.py): a shop page that sells coffee by
    the 250 g reads like a market listing to the learned model.
    Where another kind of product is named, slang or an ordinary word ("weed grinder",
    "herb grinder") does not make a drug; only a drug's own name does. So too where the price
    per gram is that of everyday goods ("Special K cereal 500g, £2.75", unit_price.py). A guide, book or
    film that names a drug and states no amount is about the drug ("Cocaine Handbook"). A perfume or
    a lipstick takes a drug's name as its own ("Opium by Yves Saint Laurent"): beside one, no name
    makes a drug (named_product cues).
    """

    name = "summary"
    requires = ("facts", "sale_score", "group_proba")
    assigns = ("label", "effect_group", "main_substance")

    def __init__(self, kb_weight: float = 0.6, threshold: float = 0.5, unnamed_sale: float = UNNAMED_SALE,
                 kb_group_differs: Iterable[str] = ()) -> None:
        self.kb_weight, self.threshold, self.unnamed_sale = kb_weight, threshold, unnamed_sale
        self.kb_group_differs = frozenset(kb_group_differs)  # drugs the training market files elsewhere (train.py)

    def process(self, batch):
        for s in batch:
            f = s.facts
            cues = f.cues
            # "a gram costs around 70 euros": a price reported as a fact of the market is not an offer
            report = cues.get("price_report", 0) > 0
            # "Scam alert: @x took my €50 for 10g": the price and the account a buyer warns of offer nothing; nor do
            # those a court hears of ("the accused sold MDMA for £40 a gram via the Wickr handle ..."), nor a buyer's
            # own ("WTB: 3.5g of MDMA in Leeds, can pay £120, DM me"), whose request is no offer ("Куплю мефедрон")
            wanted = cues.get("wanted", 0) > 0
            # "[Verse 1] Thirty a gram in the back of the club", "Chapter 7. 'Eighty for the gram,' he said": a story's
            # deal offers nothing; a seller who quotes a song gives an account to write to
            story = cues.get("fiction", 0) > 0 and not f.contacts
            # ... nor those a report quotes as its evidence ("The vendor advertised 'Tesla 250mg, 10 for £50' on Wickr")
            warned = wanted or story or any(cues.get(kind, 0) > 0
                                            for kind in ("scam_report", "court_report", "quoted_ad"))
            # "I'm a journalist ..., DM me at @jane_reports": an account to write to for stories, not orders
            asks = cues.get("call_for_sources", 0) > 0 and not f.prices
            # a market listing's menu ("0.5g £45 / 1g £80") offers by the amount with no contact or sales word
            offer = f.prices > 0 and not warned and (
                f.contacts > 0 or ((cues.get("sale", 0) >= 2 or f.tiers >= 2) and not report))
            # A question or a safety note with no price, contact or sales word is never an offer.
            commerce = f.prices > 0 or f.contacts > 0 or cues.get("sale", 0) > 0
            # Beside another kind of product, slang is read as that product ("herb grinder", "Rolex").
            cheap = everyday_goods(f.euros_per_gram)
            # A book, guide or film names drugs as its subject; it is a drug only with an amount ("1g + guide",
            # "Dosing guide included! Golden Teacher 3.5g €30").
            information = cues.get("information", 0) > 0 and f.quantities == 0
            # a product named after a drug counts among the other products (cues.py), unless the drug is weighed
            # and sold ("Breaking Bad blue 💎 Crystal 1g $100, Wickr: ...")
            by_weight = sold_by_weight(f.euros_per_gram, f.contacts)
            products = cues.get("not_drug_product", 0) - (cues.get("named_product", 0) if by_weight else 0)
            other_product = products > 0 or information or cheap
            # "Opium by Yves Saint Laurent, eau de parfum": a perfume or a lipstick named after a drug (counted
            # among other products too), where a product is: priced, or with no word of discussion ("Breaking Bad
            # made me think about crystal meth: how realistic was it?" is about the drug)
            named_product = (cues.get("named_product", 0) > 0 and (f.prices > 0 or not cues.get("discussion"))
                             and not by_weight)
            # "OG Kush 7g $60, test kits available too": beside harm-reduction supplies, a drug next to its amount is
            # on sale whatever name it goes by
            beside_supplies = f.next_to_amount and cues.get("harm_reduction", 0) > 0 and not (cheap or information)
            named = [v for v in f.substances if is_drug(v) and not named_product
                     and (not other_product or v.get("strong_name") or beside_supplies)]
            # "3-CEC crystals 10g €90": a name the KB does not list, spelt as a class's (recognizers/uncatalogued.py),
            # is a drug named by its own name
            novel = s.entities.get("uncatalogued", [])
            drugs = bool(named) or bool(novel)
            # "Narcan nasal spray, free, we ship": an overdose's antidote is a harm-reduction supply, no drug on offer
            offered = bool(novel) or not all(is_antidote(v) for v in named)
            # "Market rules: no fentanyl": a drug said to be missing is on offer nowhere, yet a text with no price,
            # contact or sales word is still about it ("bez THC" beside a price is a product page)
            banned = any(is_drug(v) and v.get("strong_name") for v in f.absent)
            # "Charlie the teddy bear, £14.99", "Blow-up pool, £59": an everyday word beside a bare price sells
            # a drug only with an amount (or a price per unit: "Blues M30 $25 each"; not a bulk price, "Pot plants,
            # 2 for €20"), a contact or sales words, or on a known market (profiles.py)
            strong = any(v.get("strong_name") for v in named) or bool(novel)
            weak_only = drugs and not strong and not (f.quantities or f.unit_priced or f.contacts
                                                      or cues.get("sale", 0) >= 2)
            unnamed = s.sale_score >= self.unnamed_sale and f.quantities > 0 and not other_product
            # A drug named, priced and a contact to buy it from is an offer whatever the model says: it learned
            # market titles, and "Pingers $25 each, Brisbane, Wickr: ..." scores 0.54 (it never saw "pingers")
            priced_with_contact = offered and f.prices > 0 and f.contacts > 0 and not warned
            main = main_substance(s)
            s.main_substance = main[0] if main else None
            hr = cues.get("harm_reduction", 0)
            if f.prices and not drugs and not cues.get("drug_words") and hr <= cues.get("everyday_safety", 0):
                hr = 0  # "Pregnancy test kit, 2 pack, £5", "Water bottle, stay hydrated! $12": priced goods that name
                # no drug and whose only harm-reduction words are everyday safety's are neither supplies nor advice
            # "dispensaries now need a prescription to sell flower": a sales verb in a report, with no price,
            # amount or contact, and reporting words at least as many as sales words, offers nothing
            # ... nor does an everyday name beside a bare price and a word about drugs ("Cracolândia ...: crack a 10
            # reais a pedra"): a drug named only so sells with an amount, a contact or sales words (weak_only)
            talk = (cues.get("discussion", 0) >= max(1, cues.get("sale", 0))
                    and not (f.prices or f.contacts or f.quantities)) or bool(weak_only and cues.get("drug_words"))
            # "Fentanyl test strips, 10 for $10": an offer of harm-reduction supplies, not of a drug; so is
            # "free fentanyl test strips, order online, we ship" when no drug but the supplies' own is named; not
            # "MDMA crystals 1g £40, test kits included" (a drug named by its own name, with its amount); nor
            # "Molly 1g $80, test kits available too" (a drug beside its amount); a price alone beside a drug is the
            # supplies' ("reagent kits, £15 each, to test your MDMA")
            supplies = hr > 0 and other_product and not (
                offered and (strong or (drugs and f.next_to_amount)) and f.quantities) and (
                offer and hr > cues.get("sale", 0) or (commerce and not offered and hr >= cues.get("not_drug_product", 0)))
            # "Naloxone vending machines installed in Vancouver stations": harm-reduction words in a report from a
            # place or with reporting words (not a question: "Taking acid? Pick a safe place"), with nothing said to
            # the reader and no service offered, are news; read in the languages whose advice words are curated. A
            # contact beside two harm-reduction words is a service's ("Distribuímos cachimbos, seringas ... São
            # Paulo ... WhatsApp ...")
            service_contact = f.contacts and hr >= 2
            news = (hr and s.language in advice_languages() and not cues.get("advice") and not service_contact and (
                cues.get("discussion", 0) > cues.get("questions", 0) or text_places(s.plain, s.language, s.entities)))
            # "Our nurse-led clinic sees patients for free, no judgement. Text ...": a service offered to the reader
            # outweighs the words it shares with medical news (clinic, patients); a priced one names what it costs
            service = cues.get("advice", 0) > 0 and hr >= 2 and not f.prices
            # a price and a contact offer a drug only where one is named or an amount sold: "Drug checking: €10 per
            # sample, call ..." offers a service ("H £40 a g, never use alone, Snap: ..." sells what it weighs)
            if hr >= 1 and (hr >= cues.get("discussion", 0) or service) and not news and (
                    supplies or ((not offer or not (drugs or f.quantities)) and hr >= cues.get("sale", 0))):
                s.label = "harm_reduction"
                s.reasons.append("harm-reduction supplies offered, not a drug" if supplies
                                 else "harm-reduction cues and no commercial offer")
                s.sale_score = min(s.sale_score, 0.2)
            elif (sum(cues.get(kind, 0) for kind in ("discussion", "price_report", "scam_report", "court_report",
                                                      "call_for_sources", "wanted", "quoted_ad")) >= 2
                  and not offer and (f.contacts == 0 or warned or asks)
                  and (cues.get("sale", 0) <= 1 or report or warned or asks
                       or cues.get("discussion", 0) > cues.get("sale", 0))):
                # a debate on drug checking, a report on "narcotics" or "darknet markets" is about drugs; a
                # buyer's review ("got my order, would order again") uses sales words but offers nothing
                # ... and so is one on a drug it says a thing lacks ("Spores contain no psilocybin, but growing them
                # does"), where nothing is sold
                about_drugs = (drugs or hr or cues.get("drug_words", 0) or s.sale_score >= self.threshold
                               or (banned and not commerce))
                s.label = "drug_discussion" if about_drugs else "other"
                s.reasons.append("reporting or discussion cues and no offer")
                s.sale_score = min(s.sale_score, 0.3)
            elif information and drugs:
                s.label = "drug_discussion"
                s.reasons.append("an information product (guide, book, film) about drugs, not a drug")
                s.sale_score = min(s.sale_score, 0.3)
            elif story:
                # (an everyday word in the words of a single, a game on sale, is the product's: "Snow on the rooftops
                # ... Christmas single out now, £0.99")
                s.label = ("drug_discussion" if (drugs and (not weak_only or not f.prices)) or cues.get("drug_words", 0)
                           else "other")
                s.reasons.append("a story's deal (lyrics, a novel, a screenplay, a game's mission), not an offer")
                s.sale_score = min(s.sale_score, 0.3)
            elif (s.sale_score >= self.threshold or priced_with_contact) and (offered or unnamed) and (
                    offer or not (report or warned)) and not talk and (
                    commerce or (f.length <= TITLE_LENGTH and not (hr or cues.get("discussion", 0)))):
                s.label = "drug_sale"
                if not drugs:
                    s.reasons.append(UNNAMED)  # kept only on a known drug market (profiles.py)
                elif not (commerce or f.quantities):
                    s.reasons.append(NO_TERMS)  # "I smoked weed yesterday and feel anxious": slang read by its context
                elif weak_only:
                    s.reasons.append(WEAK_NAME)
            elif (drugs and ((strong and not other_product) or hr or report or warned or talk
                             or (cues.get("discussion", 0) and not (weak_only and f.prices))
                             or not (other_product or f.prices or f.quantities))) or news or (
                    cues.get("drug_words", 0) and (cues.get("discussion", 0) or cues.get("information", 0)
                                                   or not (f.prices or other_product))) or (
                    banned and not commerce):
                # "Charlie and the Chocolate Factory": an everyday word alone does not make a text about drugs,
                # nor does a medicine named beside another product ("fentanyl patches" in a market report on
                # drug delivery systems); a new law on "наркотики", a documentary on the opioid epidemic are
                # about them; an everyday word beside a bare price is no drug for a reporting word alone ("Match
                # report ... what a crack shot ... tickets £80")
                s.label = "drug_discussion"
            else:
                s.label = "other"
            if cheap and s.label != "drug_sale":
                s.reasons.append(f"priced at {f.euros_per_gram:.3f} EUR a gram: everyday goods, not a drug")
            # a sale's group the model may tell from a market's words alone ("Blue Dream 1oz"); a text about drugs that
            # names none has none ("how drug ads evade moderation")
            s.effect_group = self._group(s, main) if s.label == "drug_sale" or (
                s.label == "drug_discussion" and main) else None
            if novel and not main and s.label in ("drug_sale", "drug_discussion"):
                s.effect_group = Counter(e.value["suggested_effect_group"] for e in novel).most_common(1)[0][0]
                s.reasons.append("names a substance the knowledge base does not list, by its class's spelling: "
                                 + ", ".join(dict.fromkeys(repr(e.text) for e in novel)))
            if main and s.effect_group not in (None, main[1]) and not named_by_own_name(s, main[0]):
                # "1 x 30mg IR Adderall (Barr)", "Pure White Crystal MoonRock MDMA": slang the KB read as another
                # drug ("Barr", "Pure White") is not the product whose group the text was given; a drug of that
                # group named by its own name is (not slang against slang: "Special K ... proper crystal")
                other = main_substance(s, s.effect_group)
                if other and named_by_own_name(s, other[0]):
                    s.main_substance = other[0]

    def _group(self, s: State, main) -> str | None:
        """The group model learned market titles; out of them it errs on drugs the KB knows by name ("where
        do people even buy ket these days?" read as cannabis, "Vendo keta 1g 30€" too). The KB's group weighs in
        where the main substance is named by its own name or one the curation gives it ("keta"), and every drug
        named is of that one group, or its group is the text's by far (``_dominant``: past a title's length, the
        model's guess does not count); the street lists' slang and brand names ("Pineapple Express", a strain to
        one and a spice blend to another) and menus of several drugs with no main one are the model's, as are the
        drugs the training market files under another group than the KB does (GHB among "Dissociatives")."""
        scores = dict(s.group_proba or {})
        if main:
            sid, group, conf = main
            if group in scores and sid not in self.kb_group_differs and (
                    named_in_one_group(s, sid, group, CURATED) or _dominant(s, sid, group)):
                if len(s.text) > TITLE_LENGTH:
                    return group
                scores[group] += self.kb_weight * conf
            elif group not in scores and (conf >= 0.8 or named_in_one_group(s, sid, group, CURATED)):
                return group  # a group the model was not trained on (synthetic cannabinoids, other): "Spice use in
                # prisons" names it by a name of its own, which other drugs share ("also could be jwh-073")
        return max(scores, key=scores.get) if scores else None


DOMINANT = 1.75  # how many times the salience of every other group's drugs the main drug's group must have: more
# than sitting by an amount alone gives (1.5), what the first line or a line of tiers gives (2), less a little for confidence


def _dominant(s: State, sid: str, group: str) -> bool:
    """Of several groups' drugs, is the main one's group the text's by far, and the main one named by a name of its
    own or the curation's? "Cocaína peruana 1g 60€, 5g 280€, 10g 520€ / Hachís 10g 50€" is a cocaine menu,
    whatever the model, which learned one-line market titles, makes of a hashish line beside it."""
    if not named_by_own_name(s, sid, CURATED):
        return False
    score, meta = salience(s)
    by_group: dict[str, float] = {}
    for other, w in score.items():
        by_group[meta[other][0]] = by_group.get(meta[other][0], 0.0) + w
    mine = by_group.pop(group, 0.0)
    return bool(by_group) and mine >= DOMINANT * max(by_group.values())


def named_by_own_name(s: State, sid: str, by: str = "strong_name") -> bool:
    """Is ``sid`` named by its own name (not slang, not an everyday word; ``by=CURATED``: or a name the curation
    gives it) somewhere in the text?"""
    return any(e.value["substance_id"] == sid and e.value.get(by) for e in s.entities.get("substance", []))


def named_in_one_group(s: State, sid: str, group: str, by: str = "strong_name") -> bool:
    """Is ``sid`` named by its own name (``by="curated_name"``: or a name the curation gives it), and every drug
    named of its ``group``?"""
    subs = [e.value for e in s.entities.get("substance", []) if is_drug(e.value)]
    return (any(v["substance_id"] == sid and v.get(by) for v in subs)
            and all(v["effect_group"] == group for v in subs))


# the words before what a drug is cut with, in a few languages ("cut with", "gestreckt mit", "cortada con")
_CUT_WITH = re.compile(r"\b(?:(?:cut|laced|adulterated|bulked) with|gestreckt mit|cortad[oa]s? con|coupée?s? (?:avec|à|au))\s+\Z",
                       re.IGNORECASE)


# the words before the medicine a drug passes for ("sold as fake Valium", "pressed Xanax", "gefälschte Oxycodon")
_LOOKS_LIKE = re.compile(r"\b(?:fake|counterfeit|sold as|disguised as|passed off as|pressed|faux|gefälschte[nrs]?|"
                         r"falsificad[oa]s?)\s+\Z", re.IGNORECASE)


def main_substance(s: State, group: str | None = None) -> tuple[str, str, float] | None:
    """The most salient substance (of ``group``, if given), by ``salience``. A drug outranks what is none ("does MDMA
    deplete serotonin?" is about MDMA)."""
    score, meta = salience(s, group)
    if not score:
        return None
    best = max(score, key=score.get)
    return best, meta[best][0], meta[best][1]


TIERS = 2  # prices after a name, before the next, from which it is a menu's line of tiers ("5g £150, 10g £280")
TIER_WEIGHT = 0.5  # what each price past TIERS - 1 adds to the weight of the name it follows


def salience(s: State, group: str | None = None) -> tuple[dict[str, float], dict[str, tuple[str, float]]]:
    """Each substance's salience (of ``group``, if given) and its (group, best confidence): confidence, more for the
    first line that names one (the title, or a menu's first item after a greeting), for sitting next to a quantity
    or price, and for the tiers a menu line prices it in ("amfetamina 100g 1200 zł, 500g 5000 zł, 1kg 9000 zł. Na
    próbę też marihuana 5g 200 zł" is amphetamine's menu), summed over its mentions."""
    subs = [e for e in s.entities.get("substance", []) if group is None or e.value["effect_group"] == group]
    subs = [e for e in subs if is_drug(e.value)] or subs
    if not subs:
        return {}, {}
    first = min(e.start for e in subs)
    first_line = s.text.find("\n", first)
    first_line = len(s.text) if first_line < 0 else first_line
    amounts = _amount_positions(s)
    prices = sorted(x.start for x in s.entities.get("price", []))
    starts = sorted(e.start for e in s.entities.get("substance", []))
    score: dict[str, float] = {}
    meta: dict[str, tuple[str, float]] = {}
    for e in subs:
        w = e.score * (2.0 if e.start < first_line else 1.0)
        if _near(amounts, e.start, e.end):
            w *= 1.5
        tiers = _tiers(s.text, prices, starts, e)
        if tiers >= TIERS:
            w *= 1 + TIER_WEIGHT * (tiers - TIERS + 1)
        if e.value.get("category") == "group":
            w *= 0.5  # "synthetic cannabinoids" names a class, a specific product wins
        if _CUT_WITH.search(s.text, max(0, e.start - 24), e.start):
            w *= 0.5  # "fentanyl cut with xylazine": what a drug is cut with is not the product
        if _LOOKS_LIKE.search(s.text, max(0, e.start - 24), e.start):
            w *= 0.5  # "nitazenes sold as fake Valium": the medicine a drug passes for is not the drug
        sid = e.value["substance_id"]
        score[sid] = score.get(sid, 0.0) + w
        meta[sid] = (e.value["effect_group"], max(meta.get(sid, ("", 0.0))[1], e.score))
    return score, meta


def _amount_positions(s: State) -> list[int]:
    return sorted(x.start for x in s.entities.get("quantity", []) + s.entities.get("price", []))


_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _tiers(text: str, prices: list[int], starts: list[int], e) -> int:
    """The prices after a substance's mention, up to the next substance named or the sentence's end (lines go on:
    a menu puts a tier on each); not "3-CMC, 2-MMC and 5-MAPB. ... 10g €60, 50g €220" (positions sorted)."""
    nxt = bisect_right(starts, e.start)
    end = starts[nxt] if nxt < len(starts) else len(text)
    stop = _SENTENCE_END.search(text, e.end, end)
    return bisect_left(prices, stop.start() if stop else end) - bisect_left(prices, e.end)


def _near(positions: list[int], start: int, end: int) -> bool:
    """Is a quantity or price within NEAR characters of [start, end)? (positions sorted)"""
    i = bisect_left(positions, start - NEAR)
    return i < len(positions) and positions[i] <= end + NEAR


def check_order(stages: list[Stage]) -> None:
    """Fail at assembly, not mid-run, when a stage needs what no earlier stage assigns."""
    have = {"text", "id"}
    for st in stages:
        missing = [r for r in st.requires if r not in have]
        if missing:
            raise ValueError(f"stage {st.name!r} requires {missing}, which no earlier stage assigns")
        have.update(st.assigns)
