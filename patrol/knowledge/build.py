"""Build the curated knowledge base from the reference data and the hand curation.

    patrol kb build --from ../shared/data --out patrol/knowledge/data

Each source record (a TripSit entry, a PsychonautWiki page, a UN schedule row, a DEA
row, a psymol molecule, a curated entry) names one substance. Records are merged into
substances when they share a canonical name, an InChIKey, or a synonym that is
another record's canonical name (at least four characters, or an acronym). A merge is
refused when it would put two records of the same source, or two different
InChIKeys, into one substance: that is how "speed" cannot weld amphetamine to
methamphetamine. Street slang, misspellings and translations are then attached to
the merged substances. Every fact keeps the id of its source (see sources.py).
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from patrol.errors import PatrolError
from patrol.knowledge.normalize import compact_key, is_short_key
from patrol.knowledge.sources import SOURCES
from patrol.model import Alias, Control, Substance

CURATION = Path(str(resources.files("patrol.knowledge").joinpath("curation")))
SOURCE_PRIORITY = ("patrol", "psychonautwiki", "tripsit", "psymol", "un-schedules", "us-csa")
# Alias kinds in the order a duplicate keeps the first one seen.
KIND_RANK = {"name": 0, "synonym": 1, "code": 2, "translation": 3, "brand": 4, "slang": 5, "misspelling": 6}  # a drug's name in a language outranks a brand list's entry ("Kokain")
ORDINARY_LANGS = ("en", "es", "pt", "fr", "de", "nl", "it", "pl", "ru")  # wordfreq lists
# wordfreq's other lists (not Chinese, Japanese, Korean: they need tokenizers patrol does not ship): an alias
# frequent in one of them needs context only in a text in that language (Alias.ordinary_in)
OTHER_WORDFREQ_LANGS = ("ar", "bg", "bn", "ca", "cs", "da", "el", "fa", "fi", "fil", "he", "hi", "hu", "id", "is",
                        "lt", "lv", "mk", "ms", "nb", "ro", "sh", "sk", "sl", "sv", "ta", "tr", "uk", "ur", "vi")
LANGID_CODES = {"nb": ("nb", "no"), "sh": ("sr", "hr", "bs"), "fil": ("tl",)}  # as language identification names them
COMMON_ZIPF = 4.0  # an alias at least this frequent as an ordinary word needs context
FALSE_FRIEND_WORDS = 20_000  # most frequent words of each wordfreq language read for false friends
NOISY_COMMON_ZIPF = 3.0  # the same, for a name that only the long street lists attest ("onion", "ninja", "rugs")


class BuildError(PatrolError):
    code = "kb_build"


@dataclass
class Record:
    source: str
    name: str
    names: list[tuple[str, str, str | None]] = field(default_factory=list)  # (alias, kind, lang)
    hints: list[str] = field(default_factory=list)
    smiles: str | None = None
    inchikey: str | None = None
    controls: list[Control] = field(default_factory=list)
    category: str | None = None
    effect_group: str | None = None
    same_as: str | None = None


# -- reading the sources -----------------------------------------------------------------
def _split(s: str, sep: str = ",") -> list[str]:
    return [x.strip() for x in (s or "").split(sep) if x.strip() and x.strip() != "-"]


def read_tripsit(path: Path) -> list[Record]:
    out = []
    for key, d in json.loads(path.read_text("utf-8")).items():
        name = d.get("pretty_name") or d.get("name") or key
        rec = Record("tripsit", name, hints=list(d.get("categories") or []))
        rec.names = [(d.get("name") or key, "synonym", None)] + [(a, "synonym", None) for a in d.get("aliases") or []]
        out.append(rec)
    return out


def read_psychonautwiki(path: Path) -> list[Record]:
    out = []
    for d in json.loads(path.read_text("utf-8")):
        cls = d.get("class") or {}
        rec = Record("psychonautwiki", d["name"], hints=list(cls.get("psychoactive") or []))
        rec.names = [(n, "synonym", None) for n in d.get("commonNames") or []]
        out.append(rec)
    return out


def read_psymol(path: Path) -> list[Record]:
    out = []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            rec = Record("psymol", row["name"], hints=[row["class0"], row["class1"], row["class2"]],
                         smiles=row["smiles"] or None, inchikey=row["inchi"] or None)
            out.append(rec)
    return out


_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V"}


def read_un(path: Path) -> list[Record]:
    by_name: dict[str, Record] = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            conv, schedule = row["convention"].strip(), row["schedule"].strip()
            regime = "INCB-no-legitimate-use" if conv.startswith("INCB") else f"UN-{conv}"
            name = row["name"].strip()
            rec = by_name.get(name)
            if rec is None:
                rec = by_name[name] = Record("un-schedules", name)
                rec.names = [(n, "synonym", None) for n in _split(row["other_names"], ";")]
                if conv == "1988":
                    rec.category = "precursor"
            year = row["year_added"].strip()
            rec.controls.append(Control(regime, schedule, row["source_url"].split(" | ")[0].strip(),
                                        int(year) if year.isdigit() else None, name))
    return list(by_name.values())


_ISOMER_NOTE = re.compile(r"\(?\s*positional\s*isomers?\s*:.*$", re.I | re.S)


def _top_level_split(s: str) -> list[str]:
    """Split on commas that are not inside parentheses."""
    out, depth, cur = [], 0, ""
    for ch in s:
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth <= 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [x.strip(" )(") for x in out if x.strip(" )(")]


def read_us_csa(path: Path) -> list[Record]:
    """DEA rows: "Mephedrone (4-Methyl-N-methylcathinone)" is a name and a synonym;
    the "Positional Isomers: ..." notes name other substances and are dropped."""
    out = []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            full = row["SUBSTANCE"].strip()
            cut = full.find(" (")
            if cut > 0 and full.endswith(")"):
                name, alt = full[:cut].strip(), full[cut + 2:-1].strip()
            else:
                name, alt = full, None
            schedule = row["Schedule"].strip()
            schedule = _ROMAN.get(schedule, schedule)
            rec = Record("us-csa", name, hints=["steroid"] if row["Number"].startswith("4000") else [])
            names = _top_level_split(_ISOMER_NOTE.sub("", row["Names"]))
            rec.names = [(n, "synonym", None) for n in ([alt] if alt else []) + names]
            rec.controls.append(Control("US-CSA", schedule, SOURCES["us-csa"], None, full))
            out.append(rec)
    return out


def read_curated_substances(path: Path) -> tuple[list[Record], dict[str, list[str]]]:
    data = json.loads(path.read_text("utf-8"))
    out = []
    for d in data["substances"]:
        rec = Record("patrol", d["name"], smiles=d.get("smiles"), category=d.get("category"),
                     effect_group=d.get("effect_group"), same_as=d.get("same_as"))
        rec.names = [(a, "synonym", None) for a in d.get("aliases", [])]
        out.append(rec)
    extra = {k: v for k, v in data["aliases"].items() if not k.startswith("_")}
    return out, extra


# -- merging -------------------------------------------------------------------------------
class _Components:
    """Union-find over records that refuses merges mixing two records of one source
    or two different InChIKeys."""

    def __init__(self, records: list[Record]) -> None:
        self.parent = list(range(len(records)))
        self.sources = [{r.source} for r in records]
        self.keys = [{r.inchikey[:14]} if r.inchikey else set() for r in records]
        self.refused = 0

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.sources[ra] & self.sources[rb] or (self.keys[ra] and self.keys[rb] and self.keys[ra] != self.keys[rb]):
            self.refused += 1
            return False
        self.parent[rb] = ra
        self.sources[ra] |= self.sources[rb]
        self.keys[ra] |= self.keys[rb]
        return True


def _is_common(alias: str, kind: str, ordinary: set[str], zipf: float = COMMON_ZIPF, lang: str | None = None) -> bool:
    """Is this name also an ordinary word, so that a mention of it needs context?

    Very short names always are, and so is every word the curation lists as ordinary
    (given names used as slang: Molly, Tina; translations like "hielo": a frequency
    test cannot tell "maconha" from "hielo", both are frequent in their language).
    Other single words: frequency (Zipf) at least COMMON_ZIPF in English or another
    language patrol reads ("café" is heroin slang and a French word); drug names
    themselves sit just under it (cocaine 3.98, heroin 3.92, xanax 3.3). Phrases:
    every word at least COMMON_ZIPF ("ice cream" yes, "crystal meth" no).
    """
    from wordfreq import zipf_frequency

    if is_short_key(compact_key(alias)):
        return True
    if compact_key(alias) in ordinary:
        return True
    if kind == "translation":
        return False
    words = alias.lower().split()
    return any(all(zipf_frequency(w, code) >= zipf for w in words) for code in ((lang,) if lang else ORDINARY_LANGS))


def _merge(records: list[Record]) -> tuple[list[list[Record]], int]:
    comps = _Components(records)
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        by_key["n:" + compact_key(r.name)].append(i)
        if r.inchikey:
            by_key["i:" + r.inchikey[:14]].append(i)
    # 1. same canonical name or same structure skeleton (first InChIKey block)
    for idx in by_key.values():
        for j in idx[1:]:
            comps.union(idx[0], j)
    # 2. a record's identity-grade synonym is another record's canonical name
    names = {k[2:]: v for k, v in by_key.items() if k.startswith("n:")}
    for i, r in enumerate(records):
        for alias, _kind, _lang in r.names:
            key = compact_key(alias)
            if key not in names:
                continue
            acronym = len(key) >= 3 and alias.strip().isupper()
            if len(key) < 4 and not acronym:
                continue
            for j in names[key]:
                comps.union(j, i)
    groups: dict[int, list[Record]] = defaultdict(list)
    for i, r in enumerate(records):
        groups[comps.find(i)].append(r)
    return list(groups.values()), comps.refused


# -- naming, grouping, effect groups -------------------------------------------------------
def display_name(name: str) -> str:
    """'Cocaine' → 'cocaine'; acronyms and codes (LSD, 2C-B, 5-MeO-DMT) as written."""
    name = " ".join(name.split())
    if any(c.isdigit() for c in name) or any(c.isupper() for c in name[1:]):
        return name
    return name.lower()


def _short_name(rec: Record) -> str:
    """A systematic name (FUB-144's is 80 characters) makes a poor id; use the record's
    own short code or synonym when it has one."""
    if len(rec.name) <= 30:
        return rec.name
    short = [a for a, _k, _l in rec.names if 2 < len(a) <= 20]
    codes = [a for a in short if _looks_code(a)]
    return (codes or short or [rec.name])[0]


def slug(name: str) -> str:
    s = re.sub(r"[^0-9a-z]+", "-", compact_fold(name)).strip("-")
    return s or "substance"


def compact_fold(name: str) -> str:
    """The folded name an id is made of, Greek capitals as written: ids stay stable ("ΑMT" is alphamt)."""
    from patrol.knowledge.normalize import _fold

    return _fold(name, capitals=False)


_HINTS = (  # (hint words, group), in priority order
    ({"opioid", "opioids", "narcotic (opioid)"}, "opioid"),
    ({"cannabinoid"}, "cannabinoid"),
    ({"empathogen", "entactogens", "entactogen"}, "entactogen"),
    ({"dissociative", "dissociatives"}, "dissociative"),
    ({"psychedelic", "psychedelics"}, "classic_hallucinogen"),
    ({"benzodiazepine", "barbiturate", "sedative", "sedatives", "hypnotic"}, "sedative_hypnotic"),
    ({"stimulant", "stimulants"}, "stimulant"),
    ({"steroid"}, "anabolic_steroid"),
    ({"depressant"}, "sedative_hypnotic"),
    ({"hallucinogens"}, "classic_hallucinogen"),
    ({"deliriant", "nootropic", "antidepressants", "antipsychotic", "ssri", "supplement", "eugeroic",
      "eugeroics", "oneirogen", "selective serotonin reuptake inhibitor"}, "other"),
)
_NATURAL_CANNABIS = re.compile(r"cannab|thc|tetrahydrocannabinol|hashish|marijuana|hexahydrocannabinol|\bcbd|cannabidiol", re.I)
# Names whose class settles the group whatever the lexicons' loose tags say
# (2C-B is tagged "empathogen" by TripSit; UNODC groups the 2C series with hallucinogens).
_STRONG_NAME_RULES = (
    (r"^2c-|nbome|nboh|^do[bcimn]$|^do[bcimn]\b", "classic_hallucinogen"),
    (r"pinaca|pica$|binaca|butinaca|^jwh-|cumyl|fubinaca", "synthetic_cannabinoid"),
    (r"cannabis|^hashish$|^marihuana$|^marijuana$|^thc$|tetrahydrocannabinol|hexahydrocannabinol|^dronabinol$|^marinol$",
     "cannabis"),
    (r"fentanyl$|nitazene$|nitazepyne$|nitazepipne$", "opioid"),
    (r"cyclidine$", "dissociative"),  # PCP's analogues: tenocyclidine, rolicyclidine, eticyclidine
    (r"(?:barbital|albital)$", "sedative_hypnotic"),  # else "Fiorinal with codeine" among its names says opioid
)
_NAME_RULES = (  # (pattern on the name, group), first match wins
    (r"fentan|nitazen|nitazep|orphine|orphan|methadol|prodine|codone|morphone|codeine|opium|metazocine|"
     r"peridine|dextromoramide|piritramide|tilidine|thebaine|ketobemidone|levorphanol|phenazocine|"
     r"methadone|propoxyphene|pentazocine|tapentadol|tramadol|etorphine|buprenorphine|nalbuphine|butorphanol|"
     r"^u-\d|ah-7921|mt-45|brorphine|isotonitazene|\bap-23", "opioid"),
    (r"pinaca|pica\b|binaca|butinaca|jwh|cumyl|fubinaca|fubica|am-?\d{3,4}|ur-?144|xlr-?11|cp-?47|hu-?210|"
     r"pb-?22|fub-?144|ab-chminaca|naphthoyl|mam-?2201|apica|apinaca|sdb-00|5f-", "synthetic_cannabinoid"),
    (r"azepam|azolam|zolam|barbital|barbit|meprobamate|methaqualone|zolpidem|zopiclone|zaleplon|clotiazepam|"
     r"oxazolam|ethchlorvynol|glutethimide|mecloqualone|ghb|gbl|butanediol|hydroxybutyr", "sedative_hypnotic"),
    (r"testosteron|androst|bolone|olone\b|stanozolol|oxandrolone|nandrolone|trenbolone|boldenone|mesterolone|"
     r"methyltestosterone|drostanolone|oxymetholone|anabolic|steroid|dione\b", "anabolic_steroid"),
    (r"nbome|nboh|^2c-|^dob|^dom\b|^doc\b|^doi\b|lsd|lysergi|tryptamine|^dmt|dipt|^\d-ho-|^\d-aco-|^\d-meo-|"
     r"psilo|mescalin|harmal|ibogaine|^al-lad|^1[a-z]{1,2}-lsd|lysergamid|\bamt\b|\bdet\b|\bdpt\b|etryptamine", "classic_hallucinogen"),
    (r"mdma|mda\b|mdea|mmda|methylenedioxy|methylone|mbdb|\b6-apb|\b5-apb|\bmdai", "entactogen"),
    (r"phencyclidine|\bpcp|ketamine|methoxetamine|\bmxe\b|eticyclidine|rolicyclidine|tenocyclidine|"
     r"\bdck\b|fdck|diphenidine|ephenidine|dextromethorphan|\bdxm\b|\d-meo-pcp|\bpce\b|nitrous", "dissociative"),
    (r"cathinone|pentedrone|hexedrone|pyrovalerone|\bpvp|\bphp\b|amfetamine|amphetamine|methylphenidate|"
     r"phenmetrazine|fenetylline|cocaine|coca\b|ecgonine|\bmmc\b|\bcmc\b|\bmec\b|mephedrone|ethylphenidate|"
     r"modafinil|pemoline|mesocarb|aminorex|cathine|methcathinone|benzylpiperazine|\bbzp\b|phentermine|"
     r"mazindol|fencamfamin|pipradrol|propylhexedrine|khat|dimethylamylamine", "stimulant"),
)


def effect_group(records: list[Record], name: str, aliases: list[str], smiles: str | None = None) -> tuple[str, str]:
    """Return (group, source id)."""
    for r in sorted(records, key=lambda r: SOURCE_PRIORITY.index(r.source) if r.source in SOURCE_PRIORITY else 99):
        if r.effect_group:
            return r.effect_group, r.source
    for pattern, group in _STRONG_NAME_RULES:
        if re.search(pattern, name, re.I):
            return group, "patrol-rules"
    hints = {h.strip().lower() for r in records for h in r.hints if h and h.strip()}
    if len({g for words, g in _HINTS if hints & words} - {"other"}) > 1:
        # The lexicons tag loosely ("psychedelic, empathogen" on psilocin): a known scaffold decides
        from patrol.knowledge.chemistry.scaffolds import group_of_scaffold

        if scaffold := group_of_scaffold(smiles):
            return scaffold, "patrol-rules"
    for words, group in _HINTS:
        if hints & words:
            if group == "cannabinoid":
                natural = any(_NATURAL_CANNABIS.search(n) for n in [name, *aliases[:5]])
                group = "cannabis" if natural else "synthetic_cannabinoid"
            src = next(r.source for r in records if {h.strip().lower() for h in r.hints if h} & words)
            return group, src
    names = " ".join([name, *aliases]).lower()
    for pattern, group in _NAME_RULES:
        if re.search(pattern, names):
            return group, "patrol-rules"
    regimes = {c.regime for r in records for c in r.controls}
    if "UN-1961" in regimes and not {"UN-1971", "UN-1988"} & regimes:
        return "opioid", "patrol-rules"  # the 1961 schedules are overwhelmingly opioids
    return "other", "patrol-rules"


# -- the build -----------------------------------------------------------------------------
@dataclass
class BuildReport:
    substances: int = 0
    aliases: int = 0
    controls: Counter = field(default_factory=Counter)
    refused_merges: int = 0
    unmapped: Counter = field(default_factory=Counter)
    redmed_matched: int = 0
    redmed_unmatched: int = 0
    misspellings_refused: int = 0  # RedMed's edit-made misspellings that change a name's first sound
    redmed_drug_phrases_refused: int = 0  # an everyday substance's RedMed phrases that hold a drug's name


class _Index:
    """Compact key → substance ids, over canonical names and aliases. A key that is
    one substance's canonical name resolves to it even when other substances share it.
    Keys known only as street slang are kept apart: "broccoli" is DEA slang for
    marijuana, and must not make RedMed's broccoli row (an allergen extract) cannabis."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[str]] = defaultdict(list)
        self.by_name: dict[str, str] = {}
        self.formal: set[str] = set()

    def add(self, key: str, sid: str, canonical: bool = False, slang: bool = False) -> None:
        if key and sid not in self.by_key[key]:
            self.by_key[key].append(sid)
        if canonical:
            self.by_name.setdefault(key, sid)
        if not slang:
            self.formal.add(key)

    def one(self, name: str, formal: bool = False) -> str | None:
        key = compact_key(name)
        if key in self.by_name:
            return self.by_name[key]
        if formal and key not in self.formal:
            return None
        ids = self.by_key.get(key, [])
        return ids[0] if len(ids) == 1 else None


def build(shared: Path, curation: Path = CURATION) -> tuple[list[Substance], BuildReport]:
    lex, sched, chem = shared / "lexicons", shared / "schedules", shared / "chemistry"
    for p in (lex, sched, chem):
        if not p.is_dir():
            raise BuildError(f"{p} not found: give --from the shared data folder (with lexicons/, schedules/, chemistry/)")
    report = BuildReport()
    curated, extra_aliases = read_curated_substances(curation / "substances.json")
    records = (curated + read_psychonautwiki(lex / "psychonautwiki_substances.json") + read_tripsit(lex / "tripsit_drugs.json")
               + read_psymol(chem / "psymol_library_shulgin.csv") + read_un(sched / "un_international_control.csv")
               + read_us_csa(sched / "us_dea_controlled_substances_2021.csv"))
    merged_into = [r for r in records if r.same_as]
    records = [r for r in records if not r.same_as]
    street = _read_street(lex)
    groups, report.refused_merges = _merge(records)

    substances: dict[str, Substance] = {}
    records_of: dict[str, list[Record]] = {}
    index = _Index()
    for recs in groups:
        recs.sort(key=lambda r: SOURCE_PRIORITY.index(r.source))
        name = display_name(_short_name(recs[0]))
        sid = base = slug(name)
        n = 2
        while sid in substances:
            sid, n = f"{base}-{n}", n + 1
        sub = Substance(id=sid, name=name, effect_group="other")
        sub.sources["name"] = recs[0].source
        for r in recs:
            _add_alias(sub, r.name, "name", r.source)
            for alias, kind, lang in r.names:
                _add_alias(sub, alias, kind if not _looks_code(alias) else "code", r.source, lang)
            sub.controls.extend(r.controls)
            if r.smiles and not sub.smiles:
                sub.smiles, sub.sources["smiles"] = r.smiles, r.source
            if r.inchikey and not sub.inchikey:
                sub.inchikey, sub.sources["inchikey"] = r.inchikey, r.source
            if r.category and sub.category == "drug":
                sub.category = r.category
        substances[sid] = sub
        records_of[sid] = recs
        index.add(compact_key(name), sid, canonical=True)
        for a in sub.aliases:
            index.add(compact_key(a.name), sid, slang=a.kind == "slang")

    for r in merged_into:
        target = index.one(r.same_as)
        if target is None:
            raise BuildError(f"curation: {r.name!r} is same_as {r.same_as!r}, which is not one KB substance: {index.by_key.get(compact_key(r.same_as))}")
        for alias in [r.name, *(a for a, _k, _l in r.names)]:
            _add_alias(substances[target], alias, "slang", "patrol")
            index.add(compact_key(alias), target, slang=True)

    for target, names in extra_aliases.items():
        sid = _resolve(index, target, report, "patrol aliases")
        for a in names if sid else []:
            _add_alias(substances[sid], a, "slang" if not _looks_code(a) else "code", "patrol")

    _attach_street(substances, index, street, json.loads((curation / "street_categories.json").read_text("utf-8")), report)
    _attach_redmed(substances, index, lex / "redmed_drug_lexicon.tsv", report)
    translations = json.loads((curation / "translations.json").read_text("utf-8"))
    _attach_translations(substances, index, translations, report)
    _attach_incb(substances, index, json.loads((curation / "incb_no_legitimate_use.json").read_text("utf-8")), report)
    _attach_ingredients(substances, index, json.loads((curation / "ingredients.json").read_text("utf-8")), report)

    for sub in substances.values():
        recs = records_of[sub.id]
        sub.effect_group, sub.sources["effect_group"] = effect_group(recs, sub.name, [a.name for a in sub.aliases], sub.smiles)
        _fill_structure(sub)
    _flag_aliases(substances, {compact_key(w) for w in translations["_ordinary_words"]})
    _flag_false_friends(substances, translations["_ordinary_in"])

    report.substances = len(substances)
    report.aliases = sum(len(s.aliases) for s in substances.values())
    for s in substances.values():
        for c in s.controls:
            report.controls[c.regime] += 1
    return sorted(substances.values(), key=lambda s: s.id), report


_CODE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9\-\s,.()']{2,40}$")


def _looks_code(alias: str) -> bool:
    return bool(_CODE.match(alias)) and any(c.isupper() for c in alias)


_PAREN = re.compile(r"\s*\([^)]*\)")


def _add_alias(sub: Substance, name: str, kind: str, source: str, lang: str | None = None) -> None:
    if kind != "name":
        name = _PAREN.sub("", str(name))  # "Belushi (mixed with heroin)": the note is not the name
    name = " ".join(str(name).split())
    key = compact_key(name)
    if not key or len(name) > 200:
        return
    for a in sub.aliases:
        if compact_key(a.name) == key:
            if KIND_RANK.get(kind, 9) < KIND_RANK.get(a.kind, 9):
                a.kind = kind
            if source not in a.source.split(","):
                a.source += "," + source  # how many sources attest a name weighs in resolution
            if kind == "translation" and lang and lang not in (a.lang or "").split(","):
                a.lang = f"{a.lang},{lang}" if a.lang else lang  # "MD": a street list's synonym, Portuguese for MDMA
            return
    sub.aliases.append(Alias(name=name, kind=kind, source=source, lang=lang))


def _resolve(index: _Index, name: str, report: BuildReport, what: str) -> str | None:
    sid = index.one(name)
    if sid is None:
        report.unmapped[f"{what}: {name}"] += 1
    return sid


def _read_street(lex: Path) -> list[tuple[str, str, str]]:
    out = []
    with open(lex / "dea_street_names.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.append((row["category"], row["slang"], "dea-street"))
            if row["brand"].strip():
                out.append((row["category"], row["brand"], "dea-street"))
    with open(lex / "noslang_street_names.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.append((row["drug"], row["street_name"], "noslang"))
    with open(lex / "dope_lookup_synonyms.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.append((row["category"], row["synonym"], "dope"))
    return [(c.strip().lower(), s.strip(), src) for c, s, src in out if s and s.strip()]


def _attach_street(substances, index, street, categories: dict, report: BuildReport) -> None:
    for cat, slang, src in street:
        targets = categories.get(cat)
        if not targets:
            report.unmapped[f"street category: {cat}"] += 1
            continue
        for t in targets:
            sid = _resolve(index, t, report, "street target")
            if sid:
                _add_alias(substances[sid], slang, "slang", src)
                index.add(compact_key(slang), sid, slang=True)


REDMED_MIN_KNOWN = 5


def _attach_redmed(substances, index, path: Path, report: BuildReport) -> None:
    drug_words = {compact_key(a.name) for s in substances.values() if s.category == "drug" for a in s.aliases
                  if " " not in a.name.strip() and len(a.name) >= 3}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            drug = row["drug"].replace("_", " ")
            known = _split(row["known"])
            # A row's other names are matched only where one is a KB substance's own name:
            # its short codes and slang ("al", "zol", "molly", "peg") would hang another
            # drug's whole lexicon (montelukast's misspellings) on MDMA, cannabis or heroin.
            sid = index.one(drug, formal=True) or next((index.by_name[key] for key in map(compact_key, known)
                                           if len(key) >= REDMED_MIN_KNOWN and key in index.by_name), None)
            if sid is None:
                report.redmed_unmatched += 1
                continue
            report.redmed_matched += 1
            sub = substances[sid]
            for k in known:
                words = k.split("_")
                # an everyday substance's Reddit phrase that holds a drug's name is the drug's product ("shroom
                # chocolates", "thc infused chocolate" are no cocoa)
                if sub.category == "everyday" and len(words) > 1 and any(compact_key(w) in drug_words for w in words):
                    report.redmed_drug_phrases_refused += 1
                    continue
                _add_alias(sub, k.replace("_", " "), "brand", "redmed")
            names = [row["drug"], *known]
            for col in ("misspellingPhon", "edOne", "edTwo", "google_ms"):
                for m in _split(row[col]):
                    if col == "google_ms" or _typed_like(m, names):
                        _add_alias(sub, m.replace("_", " "), "misspelling", "redmed")
                    else:
                        report.misspellings_refused += 1
            for s in _split(row["ud_slang"]):
                _add_alias(sub, s.replace("_", " "), "slang", "redmed")
            for imprint in _split(row["pillMark"]):  # "g3722", "m523": what pressed-pill adverts quote
                _add_alias(sub, imprint.replace("_", " "), "code", "redmed")


_SOUNDS_LIKE = {"k": "c", "q": "c", "z": "s", "x": "s", "y": "i"}  # "zanax", "klonopin": the same first sound


def _first_sound(word: str) -> str:
    w = word.lower()
    return "f" if w.startswith("ph") else _SOUNDS_LIKE.get(w[:1], w[:1])


def _typed_like(misspelling: str, names: list[str]) -> bool:
    """Does an edit-made misspelling start as the name it was made from does? RedMed makes its candidates by one or
    two edits anywhere, and an edit at the start of a chemical name makes another substance: "gidazepam" (from
    diazepam), "ethylamphetamine" (from methamphetamine), "metizolam" (from etizolam); people mistype a name's
    middle and end, and its first letter by sound only ("zanax")."""
    w = misspelling.lower()
    far = {n: Levenshtein.distance(w, n.lower()) for n in names}
    least = min(far.values())
    return any(_first_sound(w) == _first_sound(n) for n, d in far.items() if d == least)  # "roxycodone": Roxicodone


def _attach_translations(substances, index, data: dict, report: BuildReport) -> None:
    for target, langs in data.items():
        if target.startswith("_"):
            continue
        sid = _resolve(index, target, report, "translation target")
        if not sid:
            continue
        for lang, names in langs.items():
            for n in names:
                _add_alias(substances[sid], n, "translation", "patrol", lang)


def _attach_incb(substances, index, data: dict, report: BuildReport) -> None:
    for e in data.get("entries", []):
        sid = _resolve(index, e["name"], report, "INCB entry")
        if sid:
            substances[sid].controls.append(
                Control("INCB-no-legitimate-use", "list", e.get("source") or data["source"], e.get("since"), e["name"]))


def _attach_ingredients(substances, index, data: dict, report: BuildReport) -> None:
    """A product or a blend is controlled as its ingredients are ("addy" is Adderall, amphetamine salts: UN-1971
    Schedule II), where no source lists it under its own name."""
    for product, e in data["products"].items():
        sid = _resolve(index, product, report, "ingredients product")
        parts = [p for p in (_resolve(index, i, report, f"ingredient of {product}") for i in e["ingredients"]) if p]
        if not sid or substances[sid].controls:
            continue  # a list's own entry for the product is the better source
        seen = set()
        for part in parts:
            for c in substances[part].controls:
                if (c.regime, c.schedule) not in seen:
                    seen.add((c.regime, c.schedule))
                    substances[sid].controls.append(Control(
                        c.regime, c.schedule, f"{e['source']}; {c.source}", c.since,
                        f"{c.listed_as or substances[part].name} (ingredient)"))


def _fill_structure(sub: Substance) -> None:
    if not sub.smiles:
        return
    from rdkit import Chem, RDLogger

    RDLogger.DisableLog("rdApp.*")
    mol = Chem.MolFromSmiles(sub.smiles)
    if mol is None:
        sub.sources["smiles_error"] = "unparsable"
        return
    key = Chem.MolToInchiKey(mol)
    if not sub.inchikey:
        sub.inchikey, sub.sources["inchikey"] = key, "rdkit"


NOISY_SOURCES = {"dea-street", "noslang", "dope", "redmed"}  # long street lists with many everyday words
_QUANTITY_LIKE = re.compile(r"^\d+(\.\d+)?\s?(g|mg|kg|gr|ml|oz|x|lb|ug|mcg)$", re.I)
STOP_ZIPF = 4.5


def _is_stopword(a: Alias, common: bool, everyday: bool = False) -> bool:
    """Too risky to look for in running text: one or two characters, a quantity
    ("25g" is also 25G-NBOMe's code), an everyday word that only the noisy street
    lists attest ("demo", "chemical"), or a substance name that is a very frequent
    word (a Shulgin compound called "ME"). Everyday words that curated sources
    attest ("ice", "speed") stay scannable, with context deciding; so does an everyday
    substance's own name that the curation calls an ordinary word ("alcohol": read beside a drug only)."""
    from wordfreq import zipf_frequency

    key = compact_key(a.name)
    if is_short_key(key) or _QUANTITY_LIKE.match(a.name.strip()):
        return True
    if a.kind == "name":
        return zipf_frequency(a.name.lower(), "en") >= STOP_ZIPF and not (everyday and common)
    return common and _noisy(a)


def _noisy(a: Alias) -> bool:
    return set(a.source.split(",")) <= NOISY_SOURCES


def _flag_aliases(substances: dict[str, Substance], ordinary: set[str]) -> None:
    """Common words need context; the less frequent ones that only the street lists
    attest ("Jeep", "onion") need it too, but stay scannable ("Hydro", "Acapulco Gold").
    A name is an ordinary word only when the curation says so ("Mushrooms", TripSit's name
    for psilocybin mushrooms): frequency would also catch "cocaine"; a code in capitals ("DET") is
    one only in the languages where it is a frequent word; nor is a name frequent only in the languages
    whose name for the drug it is ("marijuana", frequent in English only)."""
    for s in substances.values():
        for a in s.aliases:
            curated = compact_key(a.name) in ordinary
            common = curated or (a.kind != "name" and _is_common(a.name, a.kind, ordinary))
            if common and a.lang and not curated and not is_short_key(compact_key(a.name)):
                frequent = {lang for lang in ORDINARY_LANGS if _is_common(a.name, a.kind, set(), lang=lang)}
                common = not frequent <= set(a.lang.split(","))
            a.common_word = common or (a.kind != "name" and _noisy(a)
                                       and _is_common(a.name, a.kind, ordinary, NOISY_COMMON_ZIPF))
            a.stopword = _is_stopword(a, common, s.category == "everyday")
            if a.common_word or a.stopword:
                continue
            if a.kind not in ("name", "translation"):
                a.ordinary_in = _ordinary_in(a.name, NOISY_COMMON_ZIPF if _noisy(a) else COMMON_ZIPF)
            elif a.kind == "name" and _code_name(a.name):
                # a drug's code that is a frequent word of some language: Swedish "det" (it), Dutch "doet" (does),
                # "mee" (along), Portuguese "bom" (good), German "mal" (once); in that language it needs context
                a.ordinary_in = _ordinary_in(a.name, COMMON_ZIPF, ORDINARY_LANGS + OTHER_WORDFREQ_LANGS)


def _code_name(name: str) -> bool:
    """A name in capitals of two to four letters ("DET", "DOET", "MAL"): a code, not a word of any language."""
    return 2 <= len(name) <= 4 and name.isalpha() and name.isupper()


def _flag_false_friends(substances: dict[str, Substance], curated: dict[str, list[str]],
                        langs: tuple[str, ...] = ORDINARY_LANGS + OTHER_WORDFREQ_LANGS) -> None:
    """A frequent word of a language that the resolver reads as a drug only through another spelling is that
    word, and the alias it was read through needs context in that language: Swedish "känna" (to feel) folds to
    "Kanna", Norwegian "opp" (up) is "o.p.p." without its dots, Hungarian "valamint" (as well as) is the brand
    "Valamin" with an accusative ending. A word spelt as a drug's name in another language is often that drug
    (Macedonian "кокаин"), so those false friends are the curation's (translations.json "_ordinary_in":
    Lithuanian "koks", what kind, is German "Koks"). A case form of the drug's own name in the language is the
    drug (Greek "κάνναβης")."""
    from patrol.knowledge.kb import KnowledgeBase
    from patrol.knowledge.resolver import Resolver

    resolver = Resolver(KnowledgeBase(substances))
    spelt = {s.id: {a.name.casefold() for a in s.aliases} for s in substances.values()}
    found: dict[tuple[str, str], set[str]] = defaultdict(set)  # (substance, alias key) -> wordfreq languages
    for lang, code, word in frequent_words(COMMON_ZIPF, langs):
        for m in resolver.scan(word, language=code):
            best = m.matches[0] if m.matches else None
            if best is None or best.confidence < 0.8 or word.casefold() in spelt[best.substance.id]:
                continue
            key = compact_key(best.matched_alias)
            if not any(e.named_in(code) or e.ordinary(code, word.islower())
                       for e in resolver.entries(best.matched_alias, best.substance.id)):
                found[(best.substance.id, key)].add(lang)
    for lang, words in curated.items():
        for key in map(compact_key, words if not lang.startswith("_") else ()):
            for sid in {e.substance_id for e in resolver.exact.get(key, ())}:
                found[(sid, key)].add(lang)
    for (sid, key), where in found.items():
        codes = [c for lang in sorted(where) for c in LANGID_CODES.get(lang, (lang,))]
        for a in substances[sid].aliases:
            if compact_key(a.name) == key:
                a.ordinary_in = tuple(dict.fromkeys((*a.ordinary_in, *codes)))


def frequent_words(zipf: float, langs: tuple[str, ...] = ORDINARY_LANGS + OTHER_WORDFREQ_LANGS,
                   limit: int = FALSE_FRIEND_WORDS) -> Iterator[tuple[str, str, str]]:
    """(wordfreq language, its code as language identification names it, word) for every word of each language at
    least ``zipf`` frequent, among its ``limit`` most frequent."""
    from wordfreq import top_n_list, zipf_frequency

    for lang in langs:
        code = LANGID_CODES.get(lang, (lang,))[0]
        for word in top_n_list(lang, limit):
            if zipf_frequency(word, lang) < zipf:
                break  # the list is sorted by frequency
            yield lang, code, word


def _ordinary_in(alias: str, zipf: float, langs: tuple[str, ...] = OTHER_WORDFREQ_LANGS) -> tuple[str, ...]:
    """The other languages patrol reads in which every word of ``alias`` is at least this frequent.

    A phrase counts only when each of its words is also more frequent there than in English:
    English words borrowed everywhere would otherwise make "black tar" (Swedish "tar", takes)
    or "no. 4 heroin" ordinary Norwegian, and an English title that langid misreads lose them."""
    from wordfreq import zipf_frequency

    words = alias.lower().split()

    def ordinary(lang: str) -> bool:
        return all(zipf_frequency(w, lang) >= zipf
                   and (len(words) == 1 or zipf_frequency(w, lang) > zipf_frequency(w, "en")) for w in words)

    found = [lang for lang in langs if ordinary(lang)]
    return tuple(code for lang in found for code in LANGID_CODES.get(lang, (lang,)))


def write_readme(out: Path, report: BuildReport, shared: Path) -> None:
    lines = [
        "# patrol knowledge base",
        "",
        "Built by `patrol kb build --from ../shared/data` (patrol/knowledge/build.py) from the reference data",
        "and the hand curation in patrol/knowledge/curation/. Do not edit by hand: edit the curation and rebuild,",
        "or export a copy with `patrol kb export DIR`, edit that, and use it with `--kb DIR`.",
        "",
        f"- substances: {report.substances:,}",
        f"- aliases: {report.aliases:,}",
        "- control listings: " + ", ".join(f"{k} {v}" for k, v in sorted(report.controls.items())),
        f"- merges refused (would have joined two records of one source, or two structures): {report.refused_merges}",
        f"- RedMed drugs matched to a KB substance: {report.redmed_matched:,} (not matched, left out: {report.redmed_unmatched:,})",
        f"- RedMed edit-made misspellings refused (another first sound than the name they were made from: "
        f"'gidazepam', 'ethylamphetamine'): {report.misspellings_refused:,}",
        f"- RedMed phrases of alcohol, caffeine, cocoa and nicotine that hold a drug's name, refused ('shroom "
        f"chocolates', 'thc infused chocolate'): {report.redmed_drug_phrases_refused:,}",
        "",
        "Unmapped inputs (counted, not guessed):",
        "",
    ]
    lines += [f"- {k}: {v}" for k, v in report.unmapped.most_common()]
    lines += ["", "Sources: see sources.json. Every alias, control, structure and effect group names its source."]
    (out / "README.md").write_text("\n".join(lines) + "\n", "utf-8")
