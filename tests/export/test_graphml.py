"""The GraphML export: what Gephi reads back, with the same nodes and edges as the graph."""

from __future__ import annotations

import sys
from pathlib import Path

import networkx as nx
import pytest
from kg_paths import FIXTURES

from kg.export.graphml import write_graphml
from kg.graph import KnowledgeGraph
from kg.ids import IriMinter
from kg.link import resolve

sys.path.insert(0, str(FIXTURES / "graph"))
from records import extractions  # noqa: E402

M = IriMinter()


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    return resolve(extractions())


@pytest.fixture(scope="module")
def read_back(graph: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    path = tmp_path_factory.mktemp("graphml") / "graph.graphml"
    write_graphml(graph, path)
    return nx.read_graphml(path, force_multigraph=True)


def test_same_nodes_and_edges(graph: KnowledgeGraph, read_back: nx.MultiDiGraph) -> None:
    assert sorted(read_back.nodes) == [n.id for n in graph.nodes()]
    assert read_back.number_of_edges() == graph.nx.number_of_edges()


@pytest.mark.parametrize(
    ("node", "attribute", "value"),
    [
        (M.person("徐晓兰"), "kind", "Person"),
        (M.person("徐晓兰"), "label", "徐晓兰"),
        (M.org("工业和信息化部"), "aliases", "工信部"),
        (M.event("第三届数字经济合作大会"), "start_date", "2024-05-20"),
        (M.document("b"), "date", "2024-06-12"),
    ],
)
def test_node_attributes(read_back: nx.MultiDiGraph, node: str, attribute: str, value: str) -> None:
    assert read_back.nodes[node][attribute] == value


@pytest.mark.parametrize(
    ("source", "target", "attribute", "value"),
    [
        (M.person("徐晓兰"), M.org("工业和信息化部"), "label", "副部长"),
        (M.person("徐晓兰"), M.org("工业和信息化部"), "observed_on", "2024-06-12"),
        (M.person("徐晓兰"), M.org("工业和信息化部"), "status", "current"),
        (M.person("徐晓兰"), M.event("第三届数字经济合作大会"), "label", "致辞"),
        (M.org("小米集团手机部"), M.org("小米集团"), "type", "UNIT_OF"),
    ],
)
def test_edge_attributes(
    read_back: nx.MultiDiGraph, source: str, target: str, attribute: str, value: str
) -> None:
    values = [data.get(attribute) for data in read_back.get_edge_data(source, target).values()]
    assert value in values


def test_bytes_do_not_depend_on_input_order(tmp_path: Path) -> None:
    records = extractions()
    write_graphml(resolve(records), tmp_path / "a.graphml")
    write_graphml(resolve(list(reversed(records))), tmp_path / "b.graphml")
    assert (tmp_path / "a.graphml").read_bytes() == (tmp_path / "b.graphml").read_bytes()
