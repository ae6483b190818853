"""The GraphML export: what Gephi reads back, with the same nodes and edges as the graph."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kg_paths import FIXTURES

from kg.export.graphml import write_graphml
from kg.graph import Edge, Evidence, KnowledgeGraph, Node
from kg.ids import IriMinter
from kg.link import resolve
from kg.model import Status

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


def _networkx_bytes(graph: KnowledgeGraph, path: Path) -> bytes:
    from kg.export.graphml import to_networkx

    nx.write_graphml(to_networkx(graph), path, encoding="utf-8", prettyprint=True)
    return path.read_bytes()


# Characters lxml escapes, keeps or refuses (\x01), and CJK; a few per string, so both outcomes occur.
_XML_TEXT = st.text(st.sampled_from("&<>\"'\n\r\t a中\x7f\x85\u2028") | st.just("\x01"), max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    names=st.lists(_XML_TEXT, min_size=1, max_size=4),
    title=_XML_TEXT,
    sentence=_XML_TEXT,
    loop=st.booleans(),
    status=st.sampled_from([None, *Status]),
    days=st.lists(st.tuples(*[st.sampled_from([None, dt.date(2024, 3, 1)])] * 2), min_size=4, max_size=4),
)
def test_streamed_bytes_are_networkx_bytes(
    tmp_path: Path,
    names: list[str],
    title: str,
    sentence: str,
    loop: bool,
    status: Status | None,
    days: list[tuple[dt.date | None, dt.date | None]],
) -> None:
    """write_graphml streams what networkx's lxml writer writes, escapes and refusals included."""
    graph = KnowledgeGraph(M.base)
    doc = M.document("d")
    graph.add_node(Node(doc, "Document", "d", date=dt.date(2024, 1, 2), url=f"http://x/{sentence}"))
    people = [M.iri("person", f"p{k}") + name for k, name in enumerate(names)]
    for person, name in zip(people, names, strict=True):
        graph.add_node(Node(person, "Person", name, aliases=(title, name) if name else ()))
        graph.add_edge(Edge(f"{person} MENTIONED_IN {doc}", "MENTIONED_IN", person, doc))
    evidence = (Evidence(M.mention("d", 1), doc, sentence, 0, len(sentence)),)
    for k, person in enumerate(people):
        target = person if loop else people[0]
        start, end = days[k]
        dated = {"status": status, "start": start, "end": end}
        graph.add_edge(
            Edge(f"e{k % 2}{title}", "HOLDS", person, target, title=title, evidence=evidence, **dated)
        )
    try:
        expected = _networkx_bytes(graph, tmp_path / "nx.graphml")
    except ValueError as e:
        with pytest.raises(ValueError, match="XML compatible"):
            write_graphml(graph, tmp_path / "kg.graphml")
        assert "XML compatible" in str(e)
        return
    write_graphml(graph, tmp_path / "kg.graphml")
    assert (tmp_path / "kg.graphml").read_bytes() == expected


def test_streamed_bytes_are_networkx_bytes_on_the_fixture_graph(
    graph: KnowledgeGraph, tmp_path: Path
) -> None:
    write_graphml(graph, tmp_path / "kg.graphml")
    assert (tmp_path / "kg.graphml").read_bytes() == _networkx_bytes(graph, tmp_path / "nx.graphml")
