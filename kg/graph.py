"""KnowledgeGraph: the one in-memory model every exporter reads.

Nodes are the resolved things (Person, Organization, Role, Event, Place, Document), keyed by their IRI
(kg/ids.py). Relations are edges with their own id and a type from the Neo4j model of DESIGN.md. An
n-ary fact such as a membership is one edge with its own IRI (the RDF exporter turns it into an
``org:Membership`` node) and the evidence it rests on. The graph knows nothing about formats;
exporters in kg/export read it through ``nodes()``/``edges()``, which always iterate in a sorted
order so that every export is deterministic, and ``incident()`` for a node's edges.

The store is two plain dicts of frozen records, and an edge's ends and evidence share the string
objects of the nodes they name: a million triples' graph takes about a third of the memory it took in
a networkx ``MultiDiGraph`` (adjacency dicts of dicts per node and per edge). ``nx`` still gives one,
for analysis.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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


def _edge_order(edge: Edge) -> tuple[str, str, str, str]:
    return (edge.type, edge.source, edge.target, edge.id)


class KnowledgeGraph:
    """Nodes by IRI and edges by (source, target, id), as a multigraph keys them.

    The sorted views (``nodes()``, ``edges()``) and the incidence lists are computed when first
    asked for and kept until the graph changes: every exporter walks them, some several times.
    """

    def __init__(self, base_iri: str) -> None:
        self.base_iri = base_iri  # the base every node IRI starts with (exporters declare it as a prefix)
        self._nodes: dict[str, Node] = {}
        # Keyed by the edge id alone; an edge whose id is already taken between two other nodes (a
        # multigraph keeps both) goes under its (id, source, target) instead.
        self._edges: dict[str | tuple[str, str, str], Edge] = {}
        self._sorted_nodes: list[Node] | None = None
        self._sorted_edges: list[Edge] | None = None
        self._incidence: dict[str, list[Edge]] | None = None

    def __len__(self) -> int:
        return len(self._nodes)

    def __contains__(self, node_id: object) -> bool:
        return node_id in self._nodes

    def number_of_nodes(self) -> int:
        return len(self._nodes)

    def number_of_edges(self) -> int:
        return len(self._edges)

    def add_node(self, node: Node) -> Node:
        """Add a node, merging aliases with an existing node of the same id."""
        if node.kind not in NODE_KINDS:
            raise ValueError(f"unknown node kind {node.kind!r}")
        old = self._nodes.get(node.id)
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
        else:
            self._sorted_nodes = None
        self._nodes[node.id] = node
        return node

    def add_edge(self, edge: Edge) -> Edge:
        """Add an edge; an edge with the same id (and ends) gains the new evidence instead of repeating."""
        if edge.type not in EDGE_TYPES:
            raise ValueError(f"unknown edge type {edge.type!r}")
        ends = []
        for end in (edge.source, edge.target):
            node = self._nodes.get(end)
            if node is None:
                raise KeyError(f"edge {edge.id} refers to unknown node {end}")
            ends.append(node.id)
        edge = self._shared(edge, ends[0], ends[1])
        key: str | tuple[str, str, str] = edge.id
        old = self._edges.get(key)
        if old is not None and (old.source != edge.source or old.target != edge.target):
            key = (edge.id, edge.source, edge.target)
            old = self._edges.get(key)
        if old is not None:
            merged = tuple(sorted(set(old.evidence) | set(edge.evidence), key=lambda e: e.id))
            edge = replace(old, evidence=merged)
        self._edges[key] = edge
        self._sorted_edges = None
        self._incidence = None
        return edge

    def _shared(self, edge: Edge, source: str, target: str) -> Edge:
        """``edge`` holding the graph's own strings for its ends and its evidence's documents, so that
        a million edges do not keep a million copies of the node IRIs they were built with."""
        evidence = edge.evidence
        documents = [self._own(e.document) for e in evidence]
        if any(d is not e.document for d, e in zip(documents, evidence, strict=True)):
            evidence = tuple(replace(e, document=d) for d, e in zip(documents, evidence, strict=True))
        if source is edge.source and target is edge.target and evidence is edge.evidence:
            return edge
        return replace(edge, source=source, target=target, evidence=evidence)

    def _own(self, node_id: str) -> str:
        """The graph's own string for this node IRI (``node_id`` itself when no such node exists)."""
        node = self._nodes.get(node_id)
        return node_id if node is None else node.id

    def node(self, node_id: str) -> Node | None:
        return self._nodes.get(node_id)

    def nodes(self, kind: str | None = None) -> Iterator[Node]:
        if self._sorted_nodes is None:
            self._sorted_nodes = [self._nodes[node_id] for node_id in sorted(self._nodes)]
        for node in self._sorted_nodes:
            if kind is None or node.kind == kind:
                yield node

    def edges(self, type: str | None = None) -> Iterator[Edge]:  # noqa: A002 - mirrors Edge.type
        """Every edge (or every edge of one type), by type, source, target and id."""
        if self._sorted_edges is None:
            self._sorted_edges = sorted(self._edges.values(), key=_edge_order)
        for edge in self._sorted_edges:
            if type is None or edge.type == type:
                yield edge

    def incident(self, node_id: str) -> list[Edge]:
        """The edges that start or end at ``node_id``, in ``edges()`` order (a loop appears twice)."""
        if self._incidence is None:
            incidence: dict[str, list[Edge]] = {}
            for edge in self.edges():
                incidence.setdefault(edge.source, []).append(edge)
                incidence.setdefault(edge.target, []).append(edge)
            self._incidence = incidence
        return self._incidence.get(node_id, [])

    def degree(self, node_id: str) -> int:
        """Edges in and out (a loop counts twice), as networkx counts a node's degree."""
        return len(self.incident(node_id))

    @property
    def nx(self) -> nx.MultiDiGraph:
        """The graph as a networkx ``MultiDiGraph`` (each node's and edge's record under ``data``), for
        analysis; built on each call, nothing in kg reads it."""
        import networkx as nx

        out = nx.MultiDiGraph()
        for node in self.nodes():
            out.add_node(node.id, data=node)
        for edge in self.edges():
            out.add_edge(edge.source, edge.target, key=edge.id, data=edge)
        return out
