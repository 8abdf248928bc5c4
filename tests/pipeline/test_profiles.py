"""Source profiles settle sales that name no drug, or name one with no way to buy it: kept on a known
drug market, not sales elsewhere."""

import json

import pytest

from patrol.pipeline.profiles import MIN_DOCUMENTS, NO_TERMS, UNNAMED, WEAK_NAME, SourceProfiles

NAMED = {"label": "drug_sale", "effect_group": "stimulant"}
UNNAMED_SALE = {"label": "drug_sale", "effect_group": "cannabis", "reasons": [UNNAMED]}
WEAK_SALE = {"label": "drug_sale", "effect_group": "stimulant", "reasons": [WEAK_NAME]}  # "Charlie, £14.99"
BARE_SALE = {"label": "drug_sale", "effect_group": "entactogen", "reasons": [NO_TERMS]}  # "MDMA 84% crystal"
NEWS = {"label": "drug_discussion", "effect_group": "stimulant"}
SHOP = {"label": "other", "effect_group": None}


def settle(history: list[dict], doc: dict, source: str | None = "s") -> dict:
    profiles = SourceProfiles()
    for h in history:
        profiles.count(dict(h), "s")
    return profiles.settle(dict(doc), source)


@pytest.mark.parametrize(
    "history, doc, source, label",
    [
        ([NAMED] * MIN_DOCUMENTS, UNNAMED_SALE, "s", "drug_sale"),  # a market: its unnamed strains are sales
        ([NAMED] * 5 + [SHOP] * 15, UNNAMED_SALE, "s", "drug_sale"),  # a quarter sell named drugs
        ([SHOP] * 40, UNNAMED_SALE, "s", "other"),  # a shop selling by weight
        ([NEWS] * 40, UNNAMED_SALE, "s", "other"),  # a news site or forum
        ([NAMED] * (MIN_DOCUMENTS - 1), UNNAMED_SALE, "s", "other"),  # too few documents yet
        ([UNNAMED_SALE] * 40, UNNAMED_SALE, "s", "other"),  # unnamed sales never make a market
        ([NAMED] * 40, UNNAMED_SALE, None, "other"),  # no source, no profile
        ([NAMED] * 40, UNNAMED_SALE, "other-site", "other"),  # one source's profile is not another's
        ([], NAMED, None, "drug_sale"),  # a named drug needs no profile
        ([SHOP] * 40, NAMED, "s", "drug_sale"),
        ([NAMED] * MIN_DOCUMENTS, WEAK_SALE, "s", "drug_sale"),  # a market's title in its slang
        ([SHOP] * 40, WEAK_SALE, "s", "other"),  # a shop's teddy bear named Charlie
        ([WEAK_SALE] * 40, WEAK_SALE, "s", "other"),  # everyday words never make a market
        ([NAMED] * 40, WEAK_SALE, None, "other"),
        ([NAMED] * MIN_DOCUMENTS, BARE_SALE, "s", "drug_sale"),  # a market's title leaves price to its page
        ([NAMED] * 40, BARE_SALE, None, "drug_discussion"),  # a lone text with no way to buy offers nothing
        ([SHOP] * 40, BARE_SALE, "s", "drug_discussion"),
        ([BARE_SALE] * 40, BARE_SALE, "s", "drug_discussion"),  # posts with no way to buy never make a market
    ],
)
def test_unnamed_sale_needs_a_known_market(history, doc, source, label):
    res = settle(history, doc, source)
    assert res["label"] == label
    if doc is not NAMED and label != "drug_sale":
        assert not {UNNAMED, WEAK_NAME, NO_TERMS} & set(res["reasons"])
        assert "not known as a drug market" in res["reasons"][-1]
        assert (res["effect_group"] is None) is (label == "other")  # discussion keeps the drug's group


def test_errors_are_not_counted():
    profiles = SourceProfiles()
    profiles.count({"label": None, "error": "x"}, "s")
    assert profiles.seen == {}


def test_a_stream_is_settled_through_a_window_in_input_order():
    stream = [UNNAMED_SALE] + [NAMED] * MIN_DOCUMENTS + [UNNAMED_SALE]
    pairs = [("s", {**r, "n": i}) for i, r in enumerate(stream)]
    wide = list(SourceProfiles().settled([(s, dict(r)) for s, r in pairs], window=len(pairs)))
    narrow = list(SourceProfiles().settled([(s, dict(r)) for s, r in pairs], window=5))
    assert [r["n"] for r in wide] == [r["n"] for r in narrow] == list(range(len(stream)))
    assert wide[0]["label"] == wide[-1]["label"] == "drug_sale"  # the market as a whole judges its first listing
    assert narrow[0]["label"] == "other" and narrow[-1]["label"] == "drug_sale"  # 5 documents on: not known yet


def test_analyzer_settles_by_the_source_as_a_whole():
    from patrol.pipeline.analyzer import Analyzer

    named = ["Cocaine 1g 90% pure", "MDMA crystal 5g", "Ketamine 10g needles", "Xanax 2mg bars x 50"]
    market = [(f"m{i}", named[i % 4], "market") for i in range(MIN_DOCUMENTS)]
    unnamed = "1/4 ounce of Frostbite - Ship to USA"
    bare = "MDMA 84% crystal, Dutch quality"  # a drug named, no price, amount, contact or sales word
    res = Analyzer().analyze([("first", unnamed, "market"), *market, ("later", unnamed, "market"),
                              ("bare", bare, "market"), ("lone", unnamed), ("bare-lone", bare),
                              ("scales", "Heavy duty scales, 30kg x 1g, £34.99", "shop")])
    labels = {r["id"]: r["label"] for r in res}
    assert labels["first"] == labels["later"] == labels["bare"] == "drug_sale"
    assert UNNAMED in res[MIN_DOCUMENTS + 1]["reasons"] and NO_TERMS in res[MIN_DOCUMENTS + 2]["reasons"]
    assert labels["lone"] == labels["scales"] == "other" and labels["bare-lone"] == "drug_discussion"


def test_new_documents_are_judged_against_the_stored_history(backend, tmp_path):
    from patrol.ingest import ingest
    from patrol.pipeline.runner import analyze_store
    from patrol.sources.base import ReadOptions
    from patrol.store import open_store

    def jsonl(path, rows):
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
        return path

    named = ["Cocaine 1g 90% pure", "MDMA crystal 5g", "Ketamine 10g needles", "Xanax 2mg bars x 50"]
    history = jsonl(tmp_path / "a.jsonl", [{"id": f"m{i}", "text": named[i % 4] + f" #{i}", "source": "market"}
                                           for i in range(MIN_DOCUMENTS)]
                    + [{"id": "m-unnamed", "text": "1/2 ounce of Frostbite - Ship to USA", "source": "market"}])
    new = jsonl(tmp_path / "b.jsonl", [{"id": "u", "text": "1/4 ounce of Frostbite - Ship to USA", "source": "market"},
                                       {"id": "v", "text": "1/4 ounce of Frostbite - Ship to USA", "source": "shop"}])
    with open_store(*backend) as store:
        ingest(store, [history], ReadOptions())
        analyze_store(store, workers=1)
        stored = [json.loads(r) for (r,) in store.db.execute("SELECT result FROM findings")]
        assert any(UNNAMED in (r.get("reasons") or ()) for r in stored)
        counted = SourceProfiles()
        for r in stored:
            counted.count(r, "market")
        assert SourceProfiles.from_store(store).seen == counted.seen  # the seed counts as the stream does
        assert SourceProfiles.from_store(store).is_market("market")
        ingest(store, [new], ReadOptions())
        analyze_store(store, workers=1, only_new=True)
        rows = dict(store.db.execute("SELECT d.id, f.label FROM findings f JOIN documents d ON d.rid = f.rid"))
        assert rows["u"] == "drug_sale" and rows["v"] == "other"


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_file_records_carry_their_source(tmp_path, fmt):
    import csv

    from patrol.pipeline.runner import analyze_file

    named = ["Cocaine 1g 90% pure", "MDMA crystal 5g", "Ketamine 10g needles", "Xanax 2mg bars x 50"]
    rows = [{"id": f"m{i}", "text": named[i % 4], "source": "market"} for i in range(MIN_DOCUMENTS)]
    rows += [{"id": "u", "text": "1/4 ounce of Frostbite - Ship to USA", "source": "market"},
             {"id": "v", "text": "1/4 ounce of Frostbite - Ship to USA", "source": ""}]
    src = tmp_path / f"in.{fmt}"
    with open(src, "w", newline="") as f:
        if fmt == "csv":
            w = csv.DictWriter(f, ["id", "text", "source"])
            w.writeheader()
            w.writerows(rows)
        else:
            f.writelines(json.dumps(r) + "\n" for r in rows)
    analyze_file(src, tmp_path / "out.jsonl", workers=1)
    labels = {r["id"]: r["label"] for r in map(json.loads, (tmp_path / "out.jsonl").read_text().splitlines())}
    assert labels["u"] == "drug_sale" and labels["v"] == "other"
