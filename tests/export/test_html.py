"""graph.html without a browser: one self-contained file, deterministic, escaped, and carrying the
styles, labels and provenance the page shows (tests/browser drives it in Chromium)."""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg.export import EXPORTERS, get_exporter
from kg.export.html import (
    KIND_STYLES,
    edge_label,
    node_size,
    page_data,
    page_json,
    render_html,
    search_key,
    stabilization_iterations,
    write_html,
)
from kg.graph import Edge, Evidence, KnowledgeGraph, Node
from kg.ids import IriMinter

M = IriMinter()
XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1"></script><!--'
SENTENCE = "工业和信息化部副部长熊继军在大会上致辞。"


def small_graph(*, reverse: bool = False) -> KnowledgeGraph:
    """熊继军 holds 副部长 at 工业和信息化部 and speaks at an event the ministry organises; a hostile
    person with a hostile title at the same ministry; one document and an unused role."""
    doc = M.document("d1")
    ev = Evidence(M.mention("d1", 0), doc, SENTENCE, 0, len(SENTENCE))
    bad = Evidence(M.mention("d1", 1), doc, f"据报道{XSS}。", 20, 40)
    nodes = [
        Node(doc, "Document", f"示例新闻{XSS}", date=dt.date(2024, 11, 5)),
        Node(M.person("熊继军"), "Person", "熊继军"),
        Node(M.person(XSS), "Person", XSS),
        Node(M.org("工业和信息化部"), "Organization", "工业和信息化部", aliases=("工信部",)),
        Node(M.event("2024世界智能大会"), "Event", "2024世界智能大会", start_date=dt.date(2024, 11, 5)),
        Node(M.role("副部长"), "Role", "副部长"),
    ]
    edges = [
        Edge(
            "h1",
            "HOLDS",
            M.person("熊继军"),
            M.org("工业和信息化部"),
            title="副部长",
            role=M.role("副部长"),
            observed_on=dt.date(2024, 11, 5),
            evidence=(ev,),
        ),
        Edge("h2", "HOLDS", M.person(XSS), M.org("工业和信息化部"), title=XSS, evidence=(bad,)),
        Edge(
            "p1",
            "PARTICIPATED_IN",
            M.person("熊继军"),
            M.event("2024世界智能大会"),
            role="致辞",
            evidence=(ev,),
        ),
        Edge(
            "o1",
            "ORGANIZED",
            M.org("工业和信息化部"),
            M.event("2024世界智能大会"),
            role="主办",
            evidence=(ev,),
        ),
        Edge("m1", "MENTIONED_IN", M.person("熊继军"), doc, evidence=(ev,)),
    ]
    graph = KnowledgeGraph(M.base)
    for node in reversed(nodes) if reverse else nodes:
        graph.add_node(node)
    for edge in reversed(edges) if reverse else edges:
        graph.add_edge(edge)
    return graph


class Tags(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def test_html_exporter_is_registered(tmp_path: Path) -> None:
    assert EXPORTERS["html"] == ("kg.export.html:write_html", "graph.html")
    get_exporter("html")(small_graph(), tmp_path / "graph.html")
    assert (tmp_path / "graph.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_html_is_deterministic(tmp_path: Path) -> None:
    write_html(small_graph(), tmp_path / "a.html")
    write_html(small_graph(reverse=True), tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_html_is_self_contained() -> None:
    html = render_html(small_graph())
    found = tags(html)
    # nothing is fetched: no element names a source, stylesheet or link target
    assert [(t, a) for t, a in found if {"src", "href", "srcset", "action"} & set(a)] == []
    assert [t for t, _ in found if t in ("link", "iframe", "object", "embed", "img", "base")] == []
    for remote in ("cdnjs.", "jsdelivr.", "unpkg.", "bootstrap", "node_modules", "@import", "url(http"):
        assert remote not in html
    scripts = [a for t, a in found if t == "script"]
    assert scripts == [{"type": "application/json", "id": "kg-data"}, {}, {}]
    assert "vis.Network" in html and "window.kg" in html  # vis-network and our script are inline


def test_html_document_text_cannot_escape_the_data_block() -> None:
    html = render_html(small_graph())
    assert "<script>window" not in html and "<img" not in html and "<!--" not in html
    assert html.count("</script>") == 3  # the page's own three script elements, nothing more
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert block is not None
    data = json.loads(block.group(1))
    names = {n["name"] for n in data["nodes"]}
    assert XSS in names  # the hostile name survives as data, unchanged


# fmt: off
JSON_CASES = [
    ("</script>", '"\\u003c/script\\u003e"'),
    ("<!--", '"\\u003c!--"'),
    ("a&b", '"a\\u0026b"'),
    ("\u2028", '"\\u2028"'),
    ("熊继军", '"熊继军"'),
    ({"b": 1, "a": 2}, '{"a":2,"b":1}'),
]
# fmt: on


@pytest.mark.parametrize(("value", "expected"), JSON_CASES)
def test_html_page_json_escapes(value: object, expected: str) -> None:
    assert page_json(value) == expected
    assert json.loads(page_json(value)) == value


def test_html_draws_entities_not_documents() -> None:
    data = page_data(small_graph())
    ids = [n["id"] for n in data["nodes"]]
    assert ids == sorted(
        [M.person("熊继军"), M.person(XSS), M.org("工业和信息化部"), M.event("2024世界智能大会")]
    )  # no Document, and no Role that no edge ends on
    assert {e["type"] for e in data["edges"]} == {"HOLDS", "PARTICIPATED_IN", "ORGANIZED"}


def test_html_styles_by_kind_and_sizes_by_degree() -> None:
    data = page_data(small_graph())
    by_id = {n["id"]: n for n in data["nodes"]}
    ministry, person = by_id[M.org("工业和信息化部")], by_id[M.person("熊继军")]
    assert (ministry["shape"], ministry["color"]) == (
        KIND_STYLES["Organization"].shape,
        KIND_STYLES["Organization"].color,
    )
    assert (person["shape"], person["color"]) == (KIND_STYLES["Person"].shape, KIND_STYLES["Person"].color)
    assert (ministry["degree"], person["degree"]) == (3, 2)
    assert ministry["size"] > person["size"]
    assert len({(s.shape, s.color) for s in KIND_STYLES.values()}) == len(KIND_STYLES)


def test_html_edges_carry_labels_and_provenance() -> None:
    data = page_data(small_graph())
    labels = {e["id"]: e["label"] for e in data["edges"]}
    assert labels == {"h1": "副部长", "h2": XSS, "p1": "致辞", "o1": "主办"}
    h1 = next(e for e in data["edges"] if e["id"] == "h1")
    assert h1["observed"] == "2024-11-05"
    (mention,) = h1["evidence"]
    assert data["evidence"][mention]["sentence"] == SENTENCE
    assert data["documents"][data["evidence"][mention]["doc"]] == {
        "title": f"示例新闻{XSS}",
        "date": "2024-11-05",
        "url": None,
        "source": None,
    }


def test_html_node_provenance_and_search_keys() -> None:
    data = page_data(small_graph())
    ministry = next(n for n in data["nodes"] if n["id"] == M.org("工业和信息化部"))
    assert ministry["aliases"] == ["工信部"]
    assert ministry["keys"] == ["工业和信息化部", "工信部"]
    assert [data["evidence"][e]["sentence"] for e in ministry["evidence"]] == [SENTENCE, f"据报道{XSS}。"]
    assert ministry["docs"] == [M.document("d1")]


def test_html_parallel_edges_are_bent_apart() -> None:
    graph = small_graph()
    graph.add_edge(Edge("h3", "HOLDS", M.person("熊继军"), M.org("工业和信息化部"), title="司长"))
    edges = {e["id"]: e for e in page_data(graph)["edges"]}
    assert "smooth" not in edges["h1"]
    assert edges["h3"]["smooth"]["type"] == "curvedCW"


def test_html_layout_is_seeded_and_physics_bounded() -> None:
    options = page_data(small_graph())["options"]
    assert isinstance(options["layout"]["randomSeed"], int)
    assert options["physics"]["stabilization"]["enabled"] is True
    assert options["physics"]["stabilization"]["iterations"] == stabilization_iterations(4)


def test_html_empty_graph_renders() -> None:
    html = render_html(KnowledgeGraph(M.base))
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', html, re.S).group(1))  # type: ignore[union-attr]
    assert data["nodes"] == [] and data["edges"] == []


# fmt: off
EDGE_LABELS = [
    (Edge("e", "HOLDS", "a", "b", title="副部长"), "副部长"),
    (Edge("e", "HOLDS", "a", "b", title="", role="http://x/role/_"), ""),     # a title the text did not give
    (Edge("e", "PARTICIPATED_IN", "a", "b", role="致辞"), "致辞"),
    (Edge("e", "ORGANIZED", "a", "b", role="主办"), "主办"),
    (Edge("e", "UNIT_OF", "a", "b", title="x", role="y"), ""),                 # structural edges carry none
    (Edge("e", "PART_OF", "a", "b"), ""),
    (Edge("e", "HELD_IN", "a", "b"), ""),
]
# fmt: on


@pytest.mark.parametrize(("edge", "expected"), EDGE_LABELS)
def test_html_edge_label(edge: Edge, expected: str) -> None:
    assert edge_label(edge) == expected


@pytest.mark.parametrize(("smaller", "larger"), [(0, 1), (1, 4), (4, 30), (30, 400)])
def test_html_node_size_grows_with_degree(smaller: int, larger: int) -> None:
    assert node_size(smaller) < node_size(larger) <= 60


# fmt: off
ITERATIONS = [
    (0, 0),          # nothing to lay out
    (13, 1000),      # small graphs get every iteration they can use
    (2000, 80),      # the 2,000-node budget measured by bench/page_settle.py
    (100_000, 60),   # a floor, so that huge graphs still untangle a little
]
# fmt: on


@pytest.mark.parametrize(("nodes", "expected"), ITERATIONS)
def test_html_stabilization_iterations(nodes: int, expected: int) -> None:
    assert stabilization_iterations(nodes) == expected


# fmt: off
SEARCH_KEYS = [
    ("熊继军", "熊继军"),
    (" 伊拉克利•纳德热什维利 ", "伊拉克利·纳德热什维利"),   # middle-dot variants unified, spaces trimmed
    ("Alexander Krainov", "alexander krainov"),
    ("ＷＡＩＣ", "waic"),                                  # full-width folded by NFKC
]
# fmt: on


@pytest.mark.parametrize(("name", "expected"), SEARCH_KEYS)
def test_html_search_key(name: str, expected: str) -> None:
    assert search_key(name) == expected
