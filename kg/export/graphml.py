"""The GraphML export, for Gephi and other graph tools that know nothing of RDF.

Every node and edge of the KnowledgeGraph becomes one GraphML node or edge whose id is its IRI, so a
Gephi layout can be joined back to the Turtle. Attributes are flat strings (Gephi reads no lists):
aliases joined by " | ", dates in ISO form, the evidence as its count and first sentence. Nodes and
edges are added in the graph's sorted order, so the file is byte-identical across runs.

``write_graphml`` streams the file one element at a time, in the bytes networkx's ``write_graphml``
(lxml, pretty-printed) writes for ``to_networkx(graph)``: the same key ids and their order, the same
element order (edges by source node, then by target in first-seen order) and the same escapes.
networkx built the whole attribute graph and an lxml element per value first: at a million triples
that took twice the time and a graph's worth of memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kg.graph import Edge, KnowledgeGraph, Node
from kg.model import Status

if TYPE_CHECKING:
    import networkx as nx

Attributes = dict[str, str | int]

_HEADER = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
)
# What libxml2 escapes in text and in attribute values; what it refuses (as lxml does, with its words).
_TEXT = re.compile("[&<>\r]")
_ATTRIBUTE = re.compile('[&<>"\n\r\t]')
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
NOT_XML_MESSAGE = "All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control characters"
_NODE_FIRST = ("label", "kind", "degree")
_EDGE_FIRST = ("type", "label", "evidence")


def _node_optional(node: Node) -> list[tuple[str, str]]:
    return [
        ("aliases", " | ".join(node.aliases)),
        ("start_date", node.start_date.isoformat() if node.start_date else ""),
        ("end_date", node.end_date.isoformat() if node.end_date else ""),
        ("date", node.date.isoformat() if node.date else ""),
        ("url", node.url or ""),
    ]


def node_attributes(graph: KnowledgeGraph, node: Node) -> Attributes:
    attrs: Attributes = {"label": node.name, "kind": node.kind, "degree": graph.degree(node.id)}
    attrs.update({key: value for key, value in _node_optional(node) if value})
    return attrs


def edge_attributes(edge: Edge) -> Attributes:
    label = edge.title if edge.type == "HOLDS" else edge.role
    attrs: Attributes = {"type": edge.type, "label": label or edge.type, "evidence": len(edge.evidence)}
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
    return attrs


def to_networkx(graph: KnowledgeGraph) -> nx.MultiDiGraph:
    """A plain MultiDiGraph with string and integer attributes only (what ``nx.write_graphml`` takes)."""
    import networkx as nx

    out = nx.MultiDiGraph()
    for node in graph.nodes():
        out.add_node(node.id, **node_attributes(graph, node))
    for edge in graph.edges():
        out.add_edge(edge.source, edge.target, key=edge.id, **edge_attributes(edge))
    return out


def _checked(value: str) -> str:
    if _NOT_XML.search(value):
        raise ValueError(NOT_XML_MESSAGE)
    return value


def _text(value: str) -> str:
    value = _checked(value)
    return _TEXT.sub(lambda m: _ESCAPES[m.group()], value) if _TEXT.search(value) else value


def _attribute(value: str) -> str:
    value = _checked(value)
    return _ATTRIBUTE.sub(lambda m: _ESCAPES[m.group()], value) if _ATTRIBUTE.search(value) else value


def _out_edges(graph: KnowledgeGraph, node_id: str) -> Iterator[Edge]:
    """The edges from ``node_id`` in networkx's order: by target in the order the targets first
    appear in ``edges()``, each target's edges in that order."""
    by_target: dict[str, list[Edge]] = {}
    last = None
    for edge in graph.incident(node_id):
        if edge.source == node_id and edge is not last:  # a loop is incident twice
            by_target.setdefault(edge.target, []).append(edge)
        last = edge
    for edges in by_target.values():
        yield from edges


class _Keys:
    """The ``<key>`` ids, numbered as networkx numbers them: in the order the attributes first
    appear, nodes before edges (found from which values are set, without computing them)."""

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.ids: dict[tuple[str, str], str] = {}
        self.declared: list[str] = []
        for node in graph.nodes():
            self._see("node", _NODE_FIRST)
            self._see("node", [name for name, value in _node_optional(node) if value])
            if len(self.ids) == len(_NODE_FIRST) + 5:
                break
        for node in graph.nodes():
            for edge in _out_edges(graph, node.id):
                self._see("edge", _EDGE_FIRST)
                optional = (("title", edge.title), ("role", edge.role), ("observed_on", edge.observed_on))
                self._see("edge", [name for name, value in optional if value])
                if edge.type == "HOLDS":
                    dated = (("start_date", edge.start), ("end_date", edge.end))
                    self._see("edge", ["status", *(name for name, day in dated if day is not None)])
                if edge.evidence:
                    self._see("edge", ["sentence"])

    def _see(self, scope: str, names: Iterable[str]) -> None:
        for name in names:
            if (scope, name) not in self.ids:
                kind = "long" if name in ("degree", "evidence") else "string"
                key = self.ids[(scope, name)] = f"d{len(self.ids)}"
                self.declared.append(
                    f'<key id="{key}" for="{scope}" attr.name="{name}" attr.type="{kind}"/>\n'
                )

    def data(self, scope: str, attrs: Attributes) -> str:
        return "".join(
            f'  <data key="{self.ids[(scope, name)]}">{_text(str(value))}</data>\n'
            for name, value in attrs.items()
        )


def _graphml_chunks(graph: KnowledgeGraph) -> Iterator[str]:
    keys = _Keys(graph)
    yield _HEADER + "".join(reversed(keys.declared)) + '<graph edgedefault="directed">'
    for node in graph.nodes():
        yield (
            f'<node id="{_attribute(node.id)}">\n'
            + keys.data("node", node_attributes(graph, node))
            + "</node>\n"
        )
    for node in graph.nodes():
        for edge in _out_edges(graph, node.id):
            ends = f'<edge source="{_attribute(edge.source)}" target="{_attribute(edge.target)}"'
            yield (
                f'{ends} id="{_attribute(edge.id)}">\n'
                + keys.data("edge", edge_attributes(edge))
                + "</edge>\n"
            )
    yield "</graph></graphml>"


def write_graphml(graph: KnowledgeGraph, path: Path) -> None:
    """``graph.graphml``: open in Gephi (File → Open); node colour by ``kind``, edge label by ``label``."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.writelines(_graphml_chunks(graph))
