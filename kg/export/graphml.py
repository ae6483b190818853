"""The GraphML export, for Gephi and other graph tools that know nothing of RDF.

Every node and edge of the KnowledgeGraph becomes one GraphML node or edge whose id is its IRI, so a
Gephi layout can be joined back to the Turtle. Attributes are flat strings (Gephi reads no lists):
aliases joined by " | ", dates in ISO form, the evidence as its count and first sentence. Nodes and
edges are added in the graph's sorted order, so the file is byte-identical across runs.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.graph import KnowledgeGraph
from kg.model import Status


def to_networkx(graph: KnowledgeGraph) -> nx.MultiDiGraph:
    """A plain MultiDiGraph with string attributes only (what ``nx.write_graphml`` accepts)."""
    out = nx.MultiDiGraph()
    for node in graph.nodes():
        attrs = {"label": node.name, "kind": node.kind, "degree": graph.degree(node.id)}
        optional = {
            "aliases": " | ".join(node.aliases),
            "start_date": node.start_date.isoformat() if node.start_date else "",
            "end_date": node.end_date.isoformat() if node.end_date else "",
            "date": node.date.isoformat() if node.date else "",
            "url": node.url or "",
        }
        attrs.update({key: value for key, value in optional.items() if value})
        out.add_node(node.id, **attrs)
    for edge in graph.edges():
        label = edge.title if edge.type == "HOLDS" else edge.role
        attrs = {"type": edge.type, "label": label or edge.type, "evidence": len(edge.evidence)}
        if edge.title:
            attrs["title"] = edge.title
        if edge.role:
            attrs["role"] = edge.role
        if edge.observed_on:
            attrs["observed_on"] = edge.observed_on.isoformat()
        if edge.type == "HOLDS":
            attrs["status"] = (edge.status or Status.CURRENT).value
            for key, day in (("start_date", edge.start), ("end_date", edge.end)):
                if day is not None:
                    attrs[key] = day.isoformat()
        if edge.evidence:
            attrs["sentence"] = sorted(edge.evidence, key=lambda e: (e.document, e.start, e.id))[0].sentence
        out.add_edge(edge.source, edge.target, key=edge.id, **attrs)
    return out


def write_graphml(graph: KnowledgeGraph, path: Path) -> None:
    """``graph.graphml``: open in Gephi (File → Open); node colour by ``kind``, edge label by ``label``."""
    nx.write_graphml(to_networkx(graph), path, encoding="utf-8", prettyprint=True)
