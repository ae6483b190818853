"""The benchmark's 1M-triple graph: copies of a real graph must stay a well-formed kg graph."""

from __future__ import annotations

import sys

import pytest
from kg_paths import FIXTURES, bench_script

from kg.export.rdf import ntriples
from kg.graph import KnowledgeGraph
from kg.ids import IriMinter
from kg.link import resolve

sys.path.insert(0, str(FIXTURES / "graph"))
from records import extractions  # noqa: E402


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    return resolve(extractions(), minter=IriMinter())


@pytest.mark.parametrize("copies", [1, 2, 5])
def test_bench_replicated_graph_is_disjoint_copies_sharing_titles(graph: KnowledgeGraph, copies: int) -> None:
    copied = bench_script("run").replicated_graph(graph, copies)
    roles = sum(1 for _ in graph.nodes("Role"))
    others = graph.nx.number_of_nodes() - roles
    assert copied.nx.number_of_nodes() == roles + copies * others
    assert copied.nx.number_of_edges() == copies * graph.nx.number_of_edges()
    # Every edge joins nodes of the graph, and every copy has its own names.
    assert all(copied.node(e.source) and copied.node(e.target) for e in copied.edges())
    people = [n.name for n in graph.nodes("Person")]
    copied_people = [n.name for n in copied.nodes("Person")]
    assert len(copied_people) == copies * len(people)
    assert len(set(copied_people)) == copies * len(set(people))  # namesakes stay namesakes within a copy
    role_triples = {line for line in ntriples(graph).splitlines() if "/role/" in line.split(" ")[0]}
    assert len(ntriples(copied).splitlines()) == copies * (
        len(ntriples(graph).splitlines()) - len(role_triples)
    ) + len(role_triples)
