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


def _holds(edge_id: str, source: str, target: str, *evidence: Evidence) -> Edge:
    return Edge(edge_id, "HOLDS", source, target, title="局长", evidence=evidence)


@pytest.mark.parametrize(
    ("ends", "edges"),
    [
        ([("张三", "某局"), ("张三", "某局")], 1),  # the same fact again: merged
        ([("张三", "某局"), ("李四", "某局")], 2),  # the same id between other nodes: a multigraph keeps both
        ([("张三", "某局"), ("李四", "某局"), ("李四", "某局")], 2),
        ([("张三", "某局"), ("李四", "某局"), ("张三", "某局")], 2),
    ],
)
def test_graph_keys_edges_by_id_and_ends(ends: list[tuple[str, str]], edges: int) -> None:
    graph = _graph()
    graph.add_node(Node(M.person("李四"), "Person", "李四"))
    for k, (person, org) in enumerate(ends):
        graph.add_edge(_holds("e", M.person(person), M.org(org), Evidence(f"m{k}", "d", "句", 0, 1)))
    assert graph.number_of_edges() == edges == len(list(graph.edges()))
    assert sum(len(e.evidence) for e in graph.edges()) == len(ends)
    assert graph.nx.number_of_edges() == edges


def test_graph_views_follow_every_change() -> None:
    """The sorted views and the incidence lists are kept between calls: a change must renew them."""
    graph = _graph()
    lisi, zhang, org = M.person("李四"), M.person("张三"), M.org("某局")
    assert [n.id for n in graph.nodes("Person")] == [zhang]
    assert graph.degree(org) == 0
    graph.add_node(Node(lisi, "Person", "李四"))
    graph.add_edge(_holds("e1", lisi, org))
    assert [n.id for n in graph.nodes("Person")] == sorted([zhang, lisi])
    assert [e.id for e in graph.incident(org)] == ["e1"]
    graph.add_edge(_holds("e0", zhang, org))
    by_source = {lisi: "e1", zhang: "e0"}
    assert [e.id for e in graph.edges()] == [by_source[s] for s in sorted(by_source)]
    assert graph.degree(org) == 2


def test_graph_degree_is_networkx_degree_and_a_loop_counts_twice() -> None:
    graph = _graph()
    for edge in (
        Edge("u", "UNIT_OF", M.org("某局"), M.org("某局")),
        _holds("h", M.person("张三"), M.org("某局")),
        Edge("m", "MENTIONED_IN", M.person("张三"), M.org("某局")),
    ):
        graph.add_edge(edge)
    view = graph.nx
    assert {n.id: graph.degree(n.id) for n in graph.nodes()} == dict(view.degree())
    assert graph.degree(M.org("某局")) == 4
    assert view.nodes[M.person("张三")]["data"] == graph.node(M.person("张三"))


def _copy(text: str) -> str:
    copied = "".join(list(text))
    assert copied == text and copied is not text
    return copied


def test_graph_edges_share_the_node_strings() -> None:
    """An edge built with copies of the IRIs holds the graph's own strings (memory at a million edges)."""
    graph = _graph()
    doc = M.document("d1")
    graph.add_node(Node(doc, "Document", "d1"))
    evidence = (Evidence("m", _copy(doc), "句", 0, 1), Evidence("n", "elsewhere", "句", 0, 1))
    edge = graph.add_edge(_holds("e", _copy(M.person("张三")), _copy(M.org("某局")), *evidence))
    own = {n.id: n.id for n in graph.nodes()}
    assert edge.source is own[M.person("张三")]
    assert edge.target is own[M.org("某局")]
    assert edge.evidence[0].document is own[doc]
    assert edge.evidence == evidence  # equal values, the documents' strings shared
