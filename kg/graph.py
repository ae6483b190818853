"""KnowledgeGraph: the one in-memory model every exporter reads.

A networkx ``MultiDiGraph`` underneath. Nodes are the resolved things (Person, Organization, Role,
Event, Place, Document), keyed by their IRI (kg/ids.py). Relations are edges keyed by their own id,
with a type from the Neo4j model of DESIGN.md. An n-ary fact such as a membership is one edge with
its own IRI (the RDF exporter turns it into an ``org:Membership`` node) and the evidence it rests on.
The graph knows nothing about formats; exporters in kg/export read it through ``nodes()``/``edges()``,
which always iterate in a sorted order so that every export is deterministic.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace

import networkx as nx

from kg.model import Status

NODE_KINDS = ("Person", "Organization", "Role", "Event", "Place", "Document")
# HOLDS: person → organisation (or → Role when the text names no organisation);
# UNIT_OF: unit → parent organisation; PARTICIPATED_IN: person → event; ORGANIZED: org → event;
# PART_OF: sub-event → event; HELD_IN: event → place; MENTIONED_IN: node → document.
EDGE_TYPES = ("HOLDS", "UNIT_OF", "PARTICIPATED_IN", "ORGANIZED", "PART_OF", "HELD_IN", "MENTIONED_IN")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence a fact rests on (a ``prov:wasDerivedFrom`` target)."""

    id: str  # mention IRI
    document: str  # document node IRI
    sentence: str
    start: int  # the sentence's offsets in the document text
    end: int


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    start_date: dt.date | None = None  # Event
    end_date: dt.date | None = None  # Event
    date: dt.date | None = None  # Document
    url: str | None = None  # Document
    source: str | None = None  # Document: the file it was read from


@dataclass(frozen=True, slots=True)
class Edge:
    id: str
    type: str
    source: str
    target: str
    # HOLDS: the post without the time word it was written with (副部长; 原社长 → 社长); "" when the
    # text gives none
    title: str | None = None
    role: str | None = None  # HOLDS: Role node IRI; PARTICIPATED_IN / ORGANIZED: role name (致辞, 主办)
    observed_on: dt.date | None = None  # HOLDS: date of the article that states it
    evidence: tuple[Evidence, ...] = ()
    status: Status | None = None  # HOLDS: when it holds as its article states it (None: current)
    start: dt.date | None = None  # HOLDS: the article's date, where it states an appointment (聘任)
    end: dt.date | None = None  # HOLDS: the article's date, where it states a leaving (辞去)


class KnowledgeGraph:
    def __init__(self, base_iri: str) -> None:
        self.base_iri = base_iri  # the base every node IRI starts with (exporters declare it as a prefix)
        self.nx = nx.MultiDiGraph()

    def __len__(self) -> int:
        return int(self.nx.number_of_nodes())

    def add_node(self, node: Node) -> Node:
        """Add a node, merging aliases with an existing node of the same id."""
        if node.kind not in NODE_KINDS:
            raise ValueError(f"unknown node kind {node.kind!r}")
        old = self.node(node.id)
        if old is not None:
            aliases = tuple(sorted(set(old.aliases) | set(node.aliases)))
            node = replace(
                old,
                aliases=aliases,
                start_date=old.start_date or node.start_date,
                end_date=old.end_date or node.end_date,
                date=old.date or node.date,
                url=old.url or node.url,
                source=old.source or node.source,
            )
        self.nx.add_node(node.id, data=node)
        return node

    def add_edge(self, edge: Edge) -> Edge:
        """Add an edge; an edge with the same id gains the new evidence instead of repeating."""
        if edge.type not in EDGE_TYPES:
            raise ValueError(f"unknown edge type {edge.type!r}")
        for end in (edge.source, edge.target):
            if end not in self.nx:
                raise KeyError(f"edge {edge.id} refers to unknown node {end}")
        if self.nx.has_edge(edge.source, edge.target, key=edge.id):
            old: Edge = self.nx.edges[edge.source, edge.target, edge.id]["data"]
            merged = tuple(sorted(set(old.evidence) | set(edge.evidence), key=lambda e: e.id))
            edge = replace(old, evidence=merged)
        self.nx.add_edge(edge.source, edge.target, key=edge.id, data=edge)
        return edge

    def node(self, node_id: str) -> Node | None:
        if node_id not in self.nx:
            return None
        data: Node = self.nx.nodes[node_id]["data"]
        return data

    def nodes(self, kind: str | None = None) -> Iterator[Node]:
        for node_id in sorted(self.nx.nodes):
            data: Node = self.nx.nodes[node_id]["data"]
            if kind is None or data.kind == kind:
                yield data

    def edges(self, type: str | None = None) -> Iterator[Edge]:  # noqa: A002 - mirrors Edge.type
        found = [data for _, _, data in self.nx.edges(data="data") if type is None or data.type == type]
        yield from sorted(found, key=lambda e: (e.type, e.source, e.target, e.id))

    def degree(self, node_id: str) -> int:
        return int(self.nx.degree(node_id))
