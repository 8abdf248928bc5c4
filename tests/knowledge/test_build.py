"""Pieces of the KB build that decide what a name means: which RedMed rows join a
KB substance, and which aliases are ordinary words needing context."""

import pytest

from patrol.knowledge.build import (
    BuildReport,
    _add_alias,
    _attach_ingredients,
    _attach_redmed,
    _code_name,
    _flag_aliases,
    _flag_false_friends,
    _Index,
    _is_common,
    _typed_like,
    _ordinary_in,
    Record,
    effect_group,
)
from patrol.knowledge.normalize import compact_key
from patrol.model import Alias, Control, Substance

HEADER = "dbid\tdrug\tknown\tmisspellingPhon\tedOne\tedTwo\tpillMark\tgoogle_ms\tgoogle_title\tgoogle_snippet\tud_slang\tmissed"


def _kb():
    subs = {
        "mdma": Substance("mdma", "MDMA", "entactogen", aliases=[Alias("MDMA", "name", "t"), Alias("molly", "slang", "t")]),
        "thiofentanyl": Substance("thiofentanyl", "thiofentanyl", "opioid", aliases=[Alias("thiofentanyl", "name", "t")]),
        "al": Substance("al", "AL", "other", aliases=[Alias("AL", "name", "t")]),
        "cannabis": Substance("cannabis", "cannabis", "cannabis",
                              aliases=[Alias("cannabis", "name", "t"), Alias("broccoli", "slang", "dea-street")]),
    }
    index = _Index()
    for s in subs.values():
        for a in s.aliases:
            index.add(compact_key(a.name), s.id, canonical=a.kind == "name", slang=a.kind == "slang")
    return subs, index


# (drug, known names, substance the row's lexicon should join, or None)
REDMED_ROWS = [
    ("mdma", "ecstasy,adam", "mdma"),                      # the drug name itself
    ("thienylfentanyl", "thiofentanyl", "thiofentanyl"),   # a known name that is a KB substance's own name
    ("montelukast", "singulair,molly", None),              # slang of another drug: near miss
    ("albendazole", "albenza,al", None),                   # a two-letter code: near miss
    ("broccoli", "kale,salad", None),                      # drug name that is only street slang: near miss
]


@pytest.mark.parametrize("drug, known, target", REDMED_ROWS)
def test_redmed_rows_join_only_by_a_name(tmp_path, drug, known, target):
    subs, index = _kb()
    tsv = tmp_path / "redmed.tsv"
    tsv.write_text(f"{HEADER}\nDB1\t{drug}\t{known}\t-\t{drug}x\t-\t-\t-\t-\t-\t-\t-\n", encoding="utf-8")
    report = BuildReport()
    _attach_redmed(subs, index, tsv, report)
    joined = [sid for sid, s in subs.items() if any(a.name == f"{drug}x" for a in s.aliases)]
    assert joined == ([target] if target else [])
    assert (report.redmed_matched, report.redmed_unmatched) == ((1, 0) if target else (0, 1))


# an edit-made misspelling is kept where it starts as the name it was made from does (by sound)
@pytest.mark.parametrize("misspelling, names, kept", [
    ("diazepan", ["diazepam", "valium"], True),
    ("zanax", ["alprazolam", "xanax"], True),                    # x and z sound alike
    ("roxycodone", ["oxycodone", "roxicodone"], True),           # as near a brand that starts with its r
    ("clonopin", ["clonazepam", "klonopin"], True),
    ("gidazepam", ["diazepam", "valium"], False),                # another benzodiazepine (an NPS)
    ("ethylamphetamine", ["methamphetamine", "desoxyn"], False),  # another amphetamine
    ("metizolam", ["etizolam", "etilaam"], False),
])
def test_an_edit_at_a_names_start_makes_another_name(misspelling, names, kept):
    assert _typed_like(misspelling, names) is kept


def test_redmed_misspellings_that_change_the_first_sound_are_refused(tmp_path):
    subs, index = _kb()
    tsv = tmp_path / "redmed.tsv"
    tsv.write_text(f"{HEADER}\nDB1\tmdma\tecstasy\t-\tmdmma,xdma\t-\t-\t-\t-\t-\t-\t-\n", encoding="utf-8")
    report = BuildReport()
    _attach_redmed(subs, index, tsv, report)
    names = {a.name for a in subs["mdma"].aliases}
    assert "mdmma" in names and "xdma" not in names and report.misspellings_refused == 1


def test_an_everyday_substances_phrases_that_hold_a_drugs_name_are_refused(tmp_path):
    subs, index = _kb()
    subs["cocoa"] = Substance("cocoa", "cocoa", "other", category="everyday", aliases=[Alias("cocoa", "name", "t")])
    index.add("cocoa", "cocoa", canonical=True)
    tsv = tmp_path / "redmed.tsv"
    tsv.write_text(f"{HEADER}\nDB1\tcocoa\tmolly_chocolates,hot_chocolate,molly\t-\t-\t-\t-\t-\t-\t-\t-\t-\n",
                   encoding="utf-8")
    report = BuildReport()
    _attach_redmed(subs, index, tsv, report)
    names = {a.name for a in subs["cocoa"].aliases}
    # the phrase with MDMA's slang is MDMA's product; a phrase without, and a single word, are kept
    assert "molly chocolates" not in names and {"hot chocolate", "molly"} <= names
    assert report.redmed_drug_phrases_refused == 1


@pytest.mark.parametrize("alias, kind, common", [
    ("ice", "synonym", True),
    ("café", "slang", True),        # heroin slang, and an everyday French/Spanish word
    ("polvo", "slang", True),
    ("molly", "slang", True),       # listed as ordinary in the curation
    ("cocaine", "synonym", False),
    ("crystal meth", "synonym", False),
    ("мефедрон", "translation", False),
    ("hielo", "translation", True),  # a translation is common only when the curation says so
])
def test_is_common(alias, kind, common):
    assert _is_common(alias, kind, {"molly", "hielo"}) is common


@pytest.mark.parametrize("alias, source, common, stopword", [
    ("onion", "noslang,dope", True, False),        # Zipf 3-4, only the street lists: needs context
    ("Hydro", "dea-street", True, False),
    ("demo", "noslang", True, True),               # Zipf >= 4, only the street lists: not scanned
    ("ice", "patrol,dea-street", True, False),     # a curated source keeps it scannable
    ("onion", "patrol", False, False),             # Zipf 3-4 from a curated source: no context needed
    ("ketamine", "noslang", False, False),
])
def test_street_list_words_need_context(alias, source, common, stopword):
    a = Alias(alias, "slang", source)
    _flag_aliases({"x": Substance("x", "x", "other", aliases=[a])}, set())
    assert (a.common_word, a.stopword) == (common, stopword)


@pytest.mark.parametrize("name, aliases, group", [
    ("cannabis resin", [], "cannabis"),                      # a 1961 listing, but not an opioid
    ("extracts and tinctures of cannabis", [], "cannabis"),
    ("marinol", ["dronabinol"], "cannabis"),
    ("tenocyclidine", [], "dissociative"),
    ("butalbital", ["fiorinal with codeine"], "sedative_hypnotic"),  # a codeine combination among its names
    ("codeine", [], "opioid"),
    ("AB-CHMINACA", [], "synthetic_cannabinoid"),
    ("synthetic cannabinoids", [], "other"),   # "cannabinoid" is not "cannabis" (the KB curates this entry)
])
def test_effect_group_from_names(name, aliases, group):
    assert effect_group([], name, aliases)[0] == group


@pytest.mark.parametrize("tags, smiles, group", [
    (["psychedelic", "empathogen"], "CN(C)CCc1c[nH]c2cccc(O)c12", "classic_hallucinogen"),  # psilocin
    (["stimulant", "empathogen"], "CCCC(NCC)C(=O)c1ccccc1", "stimulant"),                   # NEP
    (["stimulant", "empathogen"], "CNC(C)Cc1ccc2c(c1)OCO2", "entactogen"),      # MDMA: the tags decide
    (["psychedelic", "empathogen"], None, "entactogen"),                        # no structure: the tags
    (["empathogen"], "CN(C)CCc1c[nH]c2cccc(O)c12", "entactogen"),               # one class: the tags
])
def test_loose_tags_give_way_to_the_scaffold(tags, smiles, group):
    assert effect_group([Record("tripsit", "x", hints=tags)], "x", [], smiles)[0] == group


@pytest.mark.parametrize("alias, zipf, languages", [
    ("dalam", 4.0, {"id", "ms"}),     # Indonesian and Malay for "in"
    ("tik", 4.0, {"lt", "lv"}),       # Lithuanian "only", Latvian "so much"
    ("mephedrone", 3.0, set()),
    ("crystal meth", 4.0, set()),     # a phrase: every word must be frequent
    ("black tar", 3.0, set()),        # "black" is an English loan in Swedish: no Swedish phrase
    ("lason sa daga", 3.0, {"tl"}),   # Filipino "rat poison": every word is Filipino
])
def test_ordinary_in_other_languages(alias, zipf, languages):
    assert languages <= set(_ordinary_in(alias, zipf))
    if not languages:
        assert _ordinary_in(alias, zipf) == ()


@pytest.mark.parametrize("name, lang, common", [
    ("Marijuana", "it,en", False),   # frequent only in English, where it is the drug's own name
    ("Marijuana", "it", True),       # frequent in English, which does not name it so: context there
    ("Crack", "es,de", True),        # frequent in English ("a crack in the wall"), named elsewhere
    ("Special K", "es", True),
])
def test_a_name_frequent_only_where_it_names_the_drug_is_no_ordinary_word(name, lang, common):
    a = Alias(name, "synonym", "tripsit", lang=lang)
    _flag_aliases({"x": Substance("x", "x", "other", aliases=[a])}, set())
    assert a.common_word is common


@pytest.mark.parametrize("name, code", [("DET", True), ("DOET", True), ("MAL", True), ("DMT", True),
                                        ("2C-B", False), ("Doet", False), ("DOETX", False), ("D", False)])
def test_a_code_name_is_two_to_four_capitals(name, code):
    assert _code_name(name) == code


def test_a_code_name_is_ordinary_where_it_is_a_frequent_word():
    subs = {"det": Substance("det", "DET", "classic_hallucinogen", aliases=[Alias("DET", "name", "tripsit")]),
            "dmt": Substance("dmt", "DMT", "classic_hallucinogen", aliases=[Alias("DMT", "name", "tripsit")])}
    _flag_aliases(subs, set())
    assert {"sv", "da"} <= set(subs["det"].aliases[0].ordinary_in) and "en" not in subs["det"].aliases[0].ordinary_in
    assert subs["dmt"].aliases[0].ordinary_in == ()


def _substance(sid, *aliases):
    return Substance(sid, sid, "other", aliases=[Alias(name, kind, "tripsit", lang=lang) for name, kind, lang in aliases])


def test_a_frequent_word_read_through_another_spelling_is_a_false_friend():
    subs = {"kanna": _substance("kanna", ("Kanna", "name", None)),                # Swedish "känna", to feel
            "pcp": _substance("pcp", ("o.p.p.", "slang", None)),                   # Norwegian "opp", up
            "cannabis": _substance("cannabis", ("κάνναβη", "translation", "el")),  # its Greek case form is the drug
            "cocaine": _substance("cocaine", ("Koks", "translation", "de"), ("koka", "translation", "pl"))}
    _flag_aliases(subs, set())
    _flag_false_friends(subs, {"lt": ["Koks"], "_about": ["koka"]}, langs=("sv", "nb", "el"))
    assert "sv" in subs["kanna"].aliases[0].ordinary_in
    assert "nb" in subs["pcp"].aliases[0].ordinary_in and "no" in subs["pcp"].aliases[0].ordinary_in
    assert "el" not in subs["cannabis"].aliases[0].ordinary_in
    assert "lt" in subs["cocaine"].aliases[0].ordinary_in                     # curated: Lithuanian "what kind"
    assert subs["cocaine"].aliases[1].ordinary_in == ()                          # Swedish "koka" only curated


def test_a_translation_merged_into_a_synonym_keeps_its_languages():
    sub = Substance("mdma", "MDMA", "entactogen", aliases=[Alias("MD", "synonym", "psychonautwiki")])
    _add_alias(sub, "MD", "translation", "patrol", "pt")
    _add_alias(sub, "md", "translation", "patrol", "fr")
    _add_alias(sub, "MD", "translation", "patrol", "pt")
    (a,) = sub.aliases
    assert (a.kind, a.source, a.lang) == ("synonym", "psychonautwiki,patrol", "pt,fr")


def _ingredients_kb():
    subs = {sid: Substance(sid, sid, "stimulant") for sid in ("amphetamine", "dexamphetamine", "adderall", "ritalin")}
    subs["amphetamine"].controls = [Control("UN-1971", "II", "un", listed_as="amfetamine"), Control("US-CSA", "II", "dea")]
    subs["dexamphetamine"].controls = [Control("UN-1971", "II", "un", listed_as="dexamfetamine")]
    subs["ritalin"].controls = [Control("US-CSA", "II", "dea")]
    index = _Index()
    for sid in subs:
        index.add(compact_key(sid), sid, canonical=True)
    return subs, index


def test_a_product_is_controlled_as_its_ingredients_are():
    subs, index = _ingredients_kb()
    data = {"products": {"adderall": {"ingredients": ["amphetamine", "dexamphetamine"], "source": "label"},
                         "ritalin": {"ingredients": ["amphetamine"], "source": "label"}}}
    report = BuildReport()
    _attach_ingredients(subs, index, data, report)
    # one control per regime and schedule, saying which ingredient it comes from and where that is written
    assert [(c.regime, c.schedule, c.listed_as) for c in subs["adderall"].controls] == [
        ("UN-1971", "II", "amfetamine (ingredient)"), ("US-CSA", "II", "amphetamine (ingredient)")]
    assert subs["adderall"].controls[0].source == "label; un"
    # a product a list names itself keeps that list's entry alone
    assert [(c.regime, c.source) for c in subs["ritalin"].controls] == [("US-CSA", "dea")]
    assert not report.unmapped


def test_an_unknown_ingredient_is_reported_not_guessed():
    subs, index = _ingredients_kb()
    report = BuildReport()
    _attach_ingredients(subs, index, {"products": {"adderall": {"ingredients": ["levamfetamine"], "source": "x"}}}, report)
    assert subs["adderall"].controls == [] and report.unmapped == {"ingredient of adderall: levamfetamine": 1}
