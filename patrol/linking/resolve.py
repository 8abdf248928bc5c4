"""From accounts to vendors: hard links, scored soft links, clusters, overrides, stable ids.

A vendor is a connected group of accounts under hard links and soft links at or above
the threshold. Its id is a hash of its earliest-sorting account, so it stays the same
across re-runs while that account stays in it. Analyst overrides (merge two accounts,
split one off) are applied last and win over the evidence.

Impersonation: two accounts with near-identical handles that nothing else ties together,
or that carry *different* PGP keys, are flagged and never merged by their handles alone.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from patrol.linking.accounts import Account, handle_key
from patrol.linking.soft import FEATURES, SoftModel, candidates, feature_matrix, profiles

MAX_IDENTIFIER_ACCOUNTS = 5  # an identifier on more accounts than this is shared infrastructure
IMPERSONATION_HANDLE = 0.85


@dataclass
class Link:
    a: tuple[str, str]
    b: tuple[str, str]
    kind: str  # hard | soft
    score: float
    evidence: list


@dataclass
class Result:
    accounts: dict[tuple[str, str], Account]
    links: list[Link]
    vendor_of: dict[tuple[str, str], str]
    flags: list[dict] = field(default_factory=list)
    notes: dict = field(default_factory=dict)

    def account_rows(self) -> list[dict]:
        """One line per account, the ``patrol link --out`` contract."""
        by_account = defaultdict(list)
        for link in self.links:
            for me, other in ((link.a, link.b), (link.b, link.a)):
                by_account[me].append({"source": other[0], "author": other[1], "score": round(link.score, 4),
                                       "kind": link.kind, "evidence": link.evidence})
        flagged = defaultdict(list)
        for f in self.flags:
            for k in (tuple(f["a"]), tuple(f["b"])):
                flagged[k].append(f)
        rows = []
        for key in sorted(self.accounts):
            a = self.accounts[key]
            row = {"source": a.source, "author": a.author, "vendor_id": self.vendor_of[key],
                   "documents": len(a.docs), "links": sorted(by_account[key], key=lambda x: -x["score"])}
            if flagged[key]:
                row["flags"] = flagged[key]
            rows.append(row)
        return rows


class _UnionFind:
    def __init__(self, keys):
        self.parent = {k: k for k in keys}

    def find(self, k):
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def hard_links(accounts: dict) -> tuple[list[Link], list[str]]:
    owners: dict[str, list] = defaultdict(list)
    for key, a in accounts.items():
        for ident in a.identifiers:
            owners[ident].append(key)
    links: dict[tuple, Link] = {}
    shared_infra = []
    for ident, keys in sorted(owners.items()):
        if len(keys) < 2:
            continue
        if len(keys) > MAX_IDENTIFIER_ACCOUNTS:
            shared_infra.append(f"{ident} ({len(keys)} accounts)")
            continue
        keys = sorted(keys)
        for x, a in enumerate(keys):
            for b in keys[x + 1:]:
                link = links.setdefault((a, b), Link(a, b, "hard", 1.0, []))
                link.evidence.append(ident)
    return list(links.values()), shared_infra


def link(accounts: dict[tuple[str, str], Account], model: SoftModel | None = None, threshold: float | None = None,
         overrides: list[dict] | None = None) -> Result:
    model = model or SoftModel.load()
    threshold = model.threshold if threshold is None else threshold
    keys = sorted(accounts)
    hard, infra = hard_links(accounts)
    hard_pairs = {(link_.a, link_.b) for link_ in hard}
    ordered = [accounts[k] for k in keys]
    soft, flags, scored = [], [], 0
    if len(ordered) > 1:
        prof = profiles(ordered)
        pairs = sorted(candidates(prof, ordered))
        scored = len(pairs)
        if pairs:
            X = feature_matrix(prof, ordered, pairs)
            probs = model.score(X)
            for (i, j), x, p in zip(pairs, X, probs):
                a, b = keys[i], keys[j]
                handle = x[FEATURES.index("handle")]
                if (a, b) not in hard_pairs and handle >= IMPERSONATION_HANDLE:
                    flag = _impersonation(accounts[a], accounts[b], p, threshold)
                    if flag:
                        flags.append(flag)
                        continue
                if p >= min(threshold, 0.5):
                    soft.append(Link(a, b, "soft", float(p), [{"feature": f, "contribution": c}
                                                             for f, c in model.contributions(x).items()]))
    uf = _UnionFind(keys)
    for link_ in hard:
        uf.union(link_.a, link_.b)
    for link_ in soft:
        if link_.score >= threshold:
            uf.union(link_.a, link_.b)
    _apply_overrides(uf, overrides or [], keys, hard, soft, threshold)
    members = defaultdict(list)
    for k in keys:
        members[uf.find(k)].append(k)
    vendor_of = {}
    for group in members.values():
        vid = vendor_id(min(group))
        for k in group:
            vendor_of[k] = vid
    return Result(accounts, hard + soft, vendor_of, flags,
                  {"shared_identifiers_ignored": infra, "threshold": threshold, "accounts": len(keys),
                   "candidate_pairs_scored": scored})


def vendor_id(key: tuple[str, str]) -> str:
    return "V-" + hashlib.sha256(f"{key[0]}\x1f{key[1]}".encode()).hexdigest()[:10]


def _impersonation(a: Account, b: Account, p: float, threshold: float) -> dict | None:
    pgp_a = {i for i in a.identifiers if i.startswith("pgp:")}
    pgp_b = {i for i in b.identifiers if i.startswith("pgp:")}
    if pgp_a and pgp_b and not pgp_a & pgp_b:
        why = "same handle, different PGP keys"
    elif p < threshold:
        why = f"near-identical handles but nothing else ties them (score {p:.2f})"
    else:
        return None
    return {"kind": "possible_impersonation", "a": list(a.key), "b": list(b.key), "reason": why,
            "handle_similarity": round(fuzz.ratio(handle_key(a.author), handle_key(b.author)) / 100, 3)}


def _apply_overrides(uf: _UnionFind, overrides: list[dict], keys, hard, soft, threshold) -> None:
    """merge: join two accounts' vendors. split: take one account out of its vendor, then
    rebuild the rest of that vendor from the links that do not touch it."""
    known = set(keys)
    for o in overrides:
        if o.get("action") == "merge":
            a, b = tuple(o["a"]), tuple(o["b"])
            if a in known and b in known:
                uf.union(a, b)
    splits = {tuple(o["account"]) for o in overrides if o.get("action") == "split" and tuple(o["account"]) in known}
    if not splits:
        return
    for k in keys:
        uf.parent[k] = k
    merges = [(tuple(o["a"]), tuple(o["b"])) for o in overrides if o.get("action") == "merge"]
    for link_ in [*hard, *[s for s in soft if s.score >= threshold]]:
        if link_.a not in splits and link_.b not in splits:
            uf.union(link_.a, link_.b)
    for a, b in merges:
        if a in known and b in known:
            uf.union(a, b)


def load_overrides(path: Path | None) -> list[dict]:
    if not path or not Path(path).is_file():
        return []
    return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]
