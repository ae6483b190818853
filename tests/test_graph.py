from __future__ import annotations

import datetime as dt

import pytest

from kg.graph import Edge, Evidence, KnowledgeGraph, Node
from kg.ids import IriMinter

M = IriMinter()


def _graph() -> KnowledgeGraph:
    graph = KnowledgeGraph(M.base)
    graph.add_node(Node(M.person("张三"), "Person", "张三"))
    graph.add_node(Node(M.org("某局"), "Organization", "某局"))
    return graph


def test_graph_merges_aliases_and_keeps_first_values() -> None:
    graph = _graph()
    graph.add_node(Node(M.org("某局"), "Organization", "某局", aliases=("B",)))
    graph.add_node(Node(M.org("某局"), "Organization", "某局", aliases=("A",)))
    node = graph.node(M.org("某局"))
    assert node is not None and node.aliases == ("A", "B")
    assert len(graph) == 2


def test_graph_edge_with_same_id_merges_evidence() -> None:
    graph = _graph()
    ev1 = Evidence("m1", "d1", "句一", 0, 3)
    ev2 = Evidence("m2", "d2", "句二", 0, 3)
    for ev in (ev2, ev1, ev2):
        graph.add_edge(
            Edge(
                "e",
                "HOLDS",
                M.person("张三"),
                M.org("某局"),
                title="局长",
                observed_on=dt.date(2024, 1, 1),
                evidence=(ev,),
            )
        )
    (edge,) = graph.edges("HOLDS")
    assert edge.evidence == (ev1, ev2)


def test_graph_rejects_dangling_and_unknown() -> None:
    graph = _graph()
    with pytest.raises(KeyError):
        graph.add_edge(Edge("e", "HOLDS", M.person("张三"), M.org("别处")))
    with pytest.raises(ValueError, match="edge type"):
        graph.add_edge(Edge("e", "KNOWS", M.person("张三"), M.org("某局")))
    with pytest.raises(ValueError, match="node kind"):
        graph.add_node(Node("x", "Thing", "x"))


def test_graph_iterates_sorted() -> None:
    graph = _graph()
    assert [n.name for n in graph.nodes()] == sorted(
        ["张三", "某局"], key=lambda name: M.person(name) if name == "张三" else M.org(name)
    )
    assert [n.name for n in graph.nodes("Person")] == ["张三"]
