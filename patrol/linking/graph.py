"""The network: vendors, their accounts, the platforms, identifiers (wallets, contacts,
PGP keys) and substances, with communities and centrality, exported for Gephi or Cytoscape."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

FORMATS = ("graphml", "gexf", "csv")


def build(accounts: dict, vendor_of: dict, links: list) -> nx.Graph:
    g = nx.Graph()
    for key, a in accounts.items():
        vid = vendor_of.get(key)
        acc = f"account:{a.source}/{a.author}"
        g.add_node(acc, kind="account", label=a.author, platform=a.source, documents=len(a.docs))
        g.add_node(f"platform:{a.source}", kind="platform", label=a.source)
        g.add_edge(acc, f"platform:{a.source}", kind="on")
        if vid:
            g.add_node(f"vendor:{vid}", kind="vendor", label=vid)
            g.add_edge(f"vendor:{vid}", acc, kind="operates")
        for ident in a.identifiers:
            g.add_node(f"id:{ident}", kind=ident.split(":", 1)[0], label=ident.split(":", 1)[1])
            g.add_edge(acc, f"id:{ident}", kind="uses")
        for sid, n in a.substances.items():
            g.add_node(f"substance:{sid}", kind="substance", label=sid)
            g.add_edge(acc, f"substance:{sid}", kind="offers", weight=n)
    for link in links:
        if link.kind == "soft":
            g.add_edge(f"account:{link.a[0]}/{link.a[1]}", f"account:{link.b[0]}/{link.b[1]}", kind="soft_link",
                       weight=round(link.score, 4))
    annotate(g)
    return g


def annotate(g: nx.Graph) -> None:
    """Communities (Louvain) over vendors, accounts and identifiers: substances and platforms
    are hubs that would join everyone, so they are left out of that computation. Degree
    centrality and PageRank on the whole graph."""
    core = g.subgraph(n for n, d in g.nodes(data=True) if d["kind"] not in ("substance", "platform"))
    for i, comm in enumerate(sorted(nx.community.louvain_communities(core, seed=0), key=lambda c: (-len(c), min(c)))):
        for n in comm:
            g.nodes[n]["community"] = i
    for n, c in nx.degree_centrality(g).items():
        g.nodes[n]["degree_centrality"] = round(c, 6)
    for n, c in (nx.pagerank(g) if g.number_of_edges() else {}).items():
        g.nodes[n]["pagerank"] = round(c, 6)


def export(g: nx.Graph, out: Path, fmt: str) -> None:
    if fmt == "graphml":
        nx.write_graphml(g, out)
    elif fmt == "gexf":
        nx.write_gexf(g, out)
    elif fmt == "csv":
        with open(out, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["source", "target", "kind", "weight", "source_kind", "target_kind"])
            for a, b, d in sorted(g.edges(data=True)):
                w.writerow([a, b, d.get("kind"), d.get("weight", 1), g.nodes[a]["kind"], g.nodes[b]["kind"]])
    else:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
