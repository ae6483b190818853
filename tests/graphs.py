"""Hand-built graphs for the exporter tests."""

from __future__ import annotations

from collections.abc import Sequence

from kg.graph import Edge, KnowledgeGraph, Node


def graph_of(
    base: str, nodes: Sequence[Node], edges: Sequence[Edge], *, reverse: bool = False
) -> KnowledgeGraph:
    """The graph of these nodes and edges; ``reverse`` adds them in the opposite order (an export must
    not depend on the order a graph was built in)."""
    graph = KnowledgeGraph(base)
    for node in reversed(nodes) if reverse else nodes:
        graph.add_node(node)
    for edge in reversed(edges) if reverse else edges:
        graph.add_edge(edge)
    return graph
