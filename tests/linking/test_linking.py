"""Accounts, hard and soft links, vendors, overrides and the graph, on small hand-made cases."""

import json

import networkx as nx
import pytest

from patrol.linking import graph
from patrol.linking.accounts import build_accounts, handle_key
from patrol.linking.resolve import MAX_IDENTIFIER_ACCOUNTS, link, vendor_id
from patrol.linking.store import VendorStore
from patrol.signals.observations import Observation
from tests.conftest import DB_ERRORS

WALLET = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"  # BIP-173 example, checksum valid


def o(i, source, author, text, label="drug_sale", **entities):
    res = {"label": label, "substances": [], "quantities": [], "prices": [], "locations": [],
           "crypto_addresses": [], "contacts": [], "pgp": []}
    for kind, items in entities.items():
        for value, start in items:
            if kind == "contacts":
                res["contacts"].append({"kind": value[0], "value": value[1], "start": start, "end": start + 5})
            elif kind == "pgp":
                res["pgp"].append({"kind": "fingerprint", "fingerprint": value, "start": start, "end": start + 5})
            elif kind == "crypto_addresses":
                res["crypto_addresses"].append({"address": value, "currency": "BTC", "valid": True,
                                                "start": start, "end": start + 5})
    return Observation(str(i), source, author, None, text, res)


@pytest.mark.parametrize("a,b,same", [
    ("X_Plug", "xplug", True), ("XPLUG99", "x-plug", True), ("c0caking", "cocaking", True),
    ("xplug", "yplug", False), ("NordicLabz", "NordicLabs", False),
])
def test_handle_key(a, b, same):
    assert (handle_key(a) == handle_key(b)) is same


def test_hard_link_from_a_shared_contact_with_its_evidence():
    obs = [o(1, "market", "XPlug", "Coke 5g. Telegram @x_plug_eu", contacts=[(("telegram", "@x_plug_eu"), 10)]),
           o(2, "channel", "x_plug", "restock, DM @X_Plug_EU", contacts=[(("telegram", "@X_Plug_EU"), 12)]),
           o(3, "market", "other", "MDMA 10g")]
    accounts, _ = build_accounts(obs)
    r = link(accounts)
    assert r.vendor_of[("market", "XPlug")] == r.vendor_of[("channel", "x_plug")] != r.vendor_of[("market", "other")]
    (hard,) = [x for x in r.links if x.kind == "hard"]
    assert hard.evidence == ["telegram:x_plug_eu"] and hard.score == 1.0


@pytest.mark.parametrize("a, b, same", [
    (("whatsapp", "+84912345678"), ("zalo", "+84912345678"), True),    # one phone on two apps
    (("signal", "+31612345678"), ("phone", "+31612345678"), True),
    (("zalo", "+84912345678"), ("zalo", "+84912345679"), False),
    (("wechat", "ice_sz88"), ("line", "ice_sz88"), False),             # a handle belongs to its app
])
def test_a_phone_number_is_one_identifier_whatever_the_app(a, b, same):
    obs = [o(1, "market", "A", f"MDMA 5g, {a[0]} {a[1]}", contacts=[(a, 9)]),
           o(2, "channel", "B", f"restock, {b[0]} {b[1]}", contacts=[(b, 9)])]
    r = link(build_accounts(obs)[0])
    assert (r.vendor_of[("market", "A")] == r.vendor_of[("channel", "B")]) is same


def test_boilerplate_gives_no_hard_link():
    """The market's escrow notice, with the market's wallet, in every vendor's advert."""
    notice = f"Escrow: pay the market, BTC {WALLET}"
    obs = [o(i, "market", f"vendor{i}", f"Product {i} {i * 7}g\n{notice}",
             crypto_addresses=[(WALLET, len(f"Product {i} {i * 7}g\n") + 27)]) for i in range(4)]
    accounts, report = build_accounts(obs)
    assert report["boilerplate_lines"] >= 1
    assert all(not a.identifiers for a in accounts.values())
    assert len(set(link(accounts).vendor_of.values())) == 4


def test_identifier_on_too_many_accounts_is_ignored_and_reported():
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]
    obs = [o(i, "m", f"v{i}", f"{words[i]} sells here", contacts=[(("email", "support@market.example"), 0)])
           for i in range(MAX_IDENTIFIER_ACCOUNTS + 1)]
    accounts, _ = build_accounts(obs)
    r = link(accounts)
    assert not [x for x in r.links if x.kind == "hard"]
    assert r.notes["shared_identifiers_ignored"] == [f"email:support@market.example ({MAX_IDENTIFIER_ACCOUNTS + 1} accounts)"]


def test_impersonator_is_flagged_not_merged():
    obs = [o(1, "m", "XPlug", "Cocaine 5g 400 EUR", pgp=[("A" * 40, 0)]),
           o(2, "m", "X_Plug", "Cocaine 5g only 200 EUR!!!", pgp=[("B" * 40, 0)])]
    accounts, _ = build_accounts(obs)
    r = link(accounts)
    assert r.vendor_of[("m", "XPlug")] != r.vendor_of[("m", "X_Plug")]
    (flag,) = r.flags
    assert flag["kind"] == "possible_impersonation" and "different PGP" in flag["reason"]


STYLE_A = ["~*~ PREMIUM {} ~*~ stealth shipping | tracked | 100% reship", "~*~ TOP {} ~*~ stealth | tracked | reship"]
STYLE_B = ["{} for sale, good quality, fast delivery.", "Selling {}. Quality is good and delivery is fast."]


def styled(prefix, author, style, n, start=0):
    goods = ["cocaine", "mdma", "ketamine", "lsd", "speed", "hash", "xanax", "oxy"]
    return [o(f"{prefix}{k}", "m", author, style[k % 2].format(goods[(k + start) % len(goods)])) for k in range(n)]


def test_soft_link_by_writing_style_with_contributions_and_stable_ids():
    obs = (styled("a", "aurora", STYLE_A, 6) + styled("b", "zenith", STYLE_A, 6, 3)
           + styled("c", "plainjane", STYLE_B, 6) + styled("d", "quietdan", STYLE_B[::-1], 6, 5)[:1])
    accounts, _ = build_accounts(obs)
    r = link(accounts, threshold=0.5)
    assert r.vendor_of[("m", "aurora")] == r.vendor_of[("m", "zenith")] != r.vendor_of[("m", "plainjane")]
    soft = next(x for x in r.links if {x.a[1], x.b[1]} == {"aurora", "zenith"})
    assert soft.kind == "soft" and soft.evidence[0]["feature"].startswith("style")
    again = link(build_accounts(list(reversed(obs)))[0], threshold=0.5)
    assert again.vendor_of == r.vendor_of
    assert r.vendor_of[("m", "aurora")] == vendor_id(("m", "aurora"))  # named after its first account
    # the analyst can still raise the bar
    strict = link(accounts, threshold=0.999)
    assert strict.vendor_of[("m", "aurora")] != strict.vendor_of[("m", "zenith")]


def test_overrides_merge_and_split():
    obs = [o(1, "m", "a", "Cocaine 5g", contacts=[(("wickr", "shared1"), 0)]),
           o(2, "t", "b", "Cocaine 10g", contacts=[(("wickr", "shared1"), 0)]),
           o(3, "m", "c", "Ketamine 1g")]
    accounts, _ = build_accounts(obs)
    merged = link(accounts, overrides=[{"action": "merge", "a": ["m", "a"], "b": ["m", "c"]}])
    assert len(set(merged.vendor_of.values())) == 1
    split = link(accounts, overrides=[{"action": "split", "account": ["t", "b"]}])
    assert split.vendor_of[("t", "b")] != split.vendor_of[("m", "a")]


def test_sellers_only_leaves_out_harm_reduction_and_news_authors():
    obs = [o(1, "forum", "peer_worker", "Test your pills; start low", label="harm_reduction"),
           o(2, "news", "reporter", "Police seized cocaine", label="drug_discussion"),
           o(3, "m", "seller", "Cocaine 5g")]
    accounts, _ = build_accounts(obs, sellers_only=True)
    assert list(accounts) == [("m", "seller")]


def test_account_rows_contract():
    obs = [o(1, "market", "XPlug", "Coke 5g", contacts=[(("telegram", "x_plug_eu"), 0)]),
           o(2, "channel", "x_plug", "restock", contacts=[(("telegram", "x_plug_eu"), 0)])]
    rows = link(build_accounts(obs)[0]).account_rows()
    assert [set(r) >= {"source", "author", "vendor_id", "links"} for r in rows] == [True, True]
    assert rows[0]["links"][0] == {"source": "market", "author": "XPlug", "score": 1.0, "kind": "hard",
                                   "evidence": ["telegram:x_plug_eu"]}


def test_graph_export_round_trips(tmp_path):
    obs = [o(1, "market", "XPlug", "Coke 5g", contacts=[(("telegram", "x_plug_eu"), 0)]),
           o(2, "channel", "x_plug", "restock", contacts=[(("telegram", "x_plug_eu"), 0)])]
    accounts, _ = build_accounts(obs)
    r = link(accounts)
    g = graph.build(accounts, r.vendor_of, r.links)
    for fmt in graph.FORMATS:
        graph.export(g, tmp_path / f"g.{fmt}", fmt)
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.nodes["id:telegram:x_plug_eu"]["kind"] == "telegram"
    assert all("community" in d and "pagerank" in d for n, d in back.nodes(data=True)
               if d["kind"] not in ("substance", "platform"))
    (vendor,) = [n for n, d in back.nodes(data=True) if d["kind"] == "vendor"]
    assert back.degree(vendor) == 2  # one vendor operating both accounts
    assert (tmp_path / "g.csv").read_text().splitlines()[0] == "source,target,kind,weight,source_kind,target_kind"
    nx.read_gexf(tmp_path / "g.gexf")


def test_vendor_store_overrides_are_append_only(store):
    vs = VendorStore(store)
    vs.override("split", {"account": ["m", "a"]}, "ana", "impersonator")
    assert vs.overrides()[0]["by"] == "ana"
    with pytest.raises(DB_ERRORS, match="append-only"):
        store.db.execute("DELETE FROM vendor_overrides")
    accounts, _ = build_accounts([o(1, "m", "a", "Coke 5g")])
    vs.save(link(accounts))
    shown = vs.show(vendor_id(("m", "a")))
    assert shown["accounts"][0]["author"] == "a" and shown["overrides"][0]["reason"] == "impersonator"
    assert json.dumps(vs.list())
