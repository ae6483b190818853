"""graph.html without a browser: one self-contained file, deterministic, escaped, and carrying the
styles, labels and provenance the page shows (tests/browser drives it in Chromium)."""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from graphs import graph_of
from hypothesis import given
from hypothesis import strategies as st

from kg.export import EXPORTERS, get_exporter
from kg.export.html import (
    KIND_STYLES,
    edge_label,
    node_size,
    page_data,
    page_json,
    page_json_pieces,
    render_html,
    search_key,
    stabilization_iterations,
    write_html,
)
from kg.graph import Edge, Evidence, KnowledgeGraph, Node
from kg.ids import IriMinter
from kg.model import Status

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
    return graph_of(M.base, nodes, edges, reverse=reverse)


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


def test_written_page_is_the_rendered_page(tmp_path: Path) -> None:
    write_html(small_graph(), tmp_path / "graph.html")
    assert (tmp_path / "graph.html").read_bytes() == render_html(small_graph()).encode("utf-8")


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


@given(JSON, st.integers(min_value=0, max_value=3))
def test_page_json_pieces_join_to_page_json(value: object, depth: int) -> None:
    pieces = list(page_json_pieces(value, depth))
    assert "".join(pieces) == page_json(value)
    assert all("<" not in piece and "&" not in piece for piece in pieces)


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
    (Edge("e", "HOLDS", "a", "b", title="社长", status=Status.CURRENT), "社长"),
    (Edge("e", "HOLDS", "a", "b", title="社长", status=Status.FORMER), "社长（曾任）"),                  # 原社长
    (Edge("e", "HOLDS", "a", "b", title="行长", status=Status.DESIGNATED), "行长（拟任）"),
    (Edge("e", "HOLDS", "a", "b", title="董事长", status=Status.ENDED), "董事长（已卸任）"),
    (Edge("e", "HOLDS", "a", "b", title="", status=Status.FORMER), ""),
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


# --- kg viz: a page from an existing graph.ttl, optionally a neighbourhood -------------------------

R = "http://kg.example.org/resource/"
TURTLE = f"""
@prefix org: <http://www.w3.org/ns/org#> . @prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix kg: <http://kg.example.org/ontology#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix kgr: <{R}> .
<{R}person/熊继军> a schema:Person ; schema:name "熊继军"@zh .
<{R}person/李明> a schema:Person ; schema:name "李明"@zh .
<{R}org/工业和信息化部> a org:Organization, schema:Organization ;
    schema:name "工业和信息化部"@zh ; schema:alternateName "工信部"@zh .
<{R}org/运行监测协调局> a org:Organization ; schema:name "运行监测协调局"@zh ;
    org:unitOf <{R}org/工业和信息化部> .
<{R}role/副部长> a org:Role ; skos:prefLabel "副部长"@zh .
<{R}role/图灵奖得主> a org:Role ; skos:prefLabel "图灵奖得主"@zh .
<{R}membership/m1> a org:Membership ; org:member <{R}person/熊继军> ;
    org:organization <{R}org/工业和信息化部> ; org:role <{R}role/副部长> ;
    kg:observedOn "2024-11-05"^^xsd:date ; prov:wasDerivedFrom <{R}mention/d1-0> .
<{R}membership/m2> a org:Membership ; org:member <{R}person/李明> ; org:role <{R}role/图灵奖得主> .
<{R}event/大会> a schema:Event ; schema:name "2024世界智能大会"@zh ;
    schema:startDate "2024-11-05"^^xsd:date ; schema:endDate "2024-11-07"^^xsd:date ;
    schema:location [ a schema:Place ; schema:name "天津"@zh ] ;
    schema:attendee <{R}person/熊继军> ; schema:organizer <{R}org/工业和信息化部> .
<{R}event/开幕式> a schema:Event ; schema:name "2024世界智能大会开幕式"@zh ; schema:superEvent <{R}event/大会> .
<{R}participation/p1> a kg:Participation ; kg:agent <{R}person/熊继军> ; kg:event <{R}event/大会> ;
    kg:roleName "致辞"@zh ; prov:wasDerivedFrom <{R}mention/d1-0> .
<{R}participation/p2> a kg:Participation ; kg:agent <{R}org/工业和信息化部> ; kg:event <{R}event/大会> ;
    kg:roleName "主办"@zh .
<{R}mention/d1-0> nif:isString "{SENTENCE}"@zh ; nif:beginIndex 0 ; nif:endIndex 20 ;
    nif:referenceContext <{R}doc/d1> .
<{R}doc/d1> a schema:NewsArticle ; schema:headline "示例新闻"@zh ; schema:datePublished "2024-11-05"^^xsd:date .
"""


@pytest.fixture
def graph_ttl(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(TURTLE, encoding="utf-8")
    return path


def test_viz_load_turtle_reads_the_design_model(graph_ttl: Path) -> None:
    from kg.viz import load_turtle

    graph = load_turtle(graph_ttl)
    kinds = {n.name: n.kind for n in graph.nodes()}
    assert kinds == {
        "熊继军": "Person",
        "李明": "Person",
        "工业和信息化部": "Organization",
        "运行监测协调局": "Organization",
        "副部长": "Role",
        "图灵奖得主": "Role",
        "2024世界智能大会": "Event",
        "2024世界智能大会开幕式": "Event",
        "天津": "Place",
        "示例新闻": "Document",
    }
    edges = {
        (e.type, graph.node(e.source).name, graph.node(e.target).name, edge_label(e)) for e in graph.edges()
    }  # type: ignore[union-attr]
    assert edges == {
        ("HOLDS", "熊继军", "工业和信息化部", "副部长"),
        ("HOLDS", "李明", "图灵奖得主", "图灵奖得主"),  # no organisation: the edge ends on the role
        ("PARTICIPATED_IN", "熊继军", "2024世界智能大会", "致辞"),  # the Participation, not the bare attendee
        ("ORGANIZED", "工业和信息化部", "2024世界智能大会", "主办"),
        ("UNIT_OF", "运行监测协调局", "工业和信息化部", ""),
        ("PART_OF", "2024世界智能大会开幕式", "2024世界智能大会", ""),
        ("HELD_IN", "2024世界智能大会", "天津", ""),
    }
    (holds,) = [e for e in graph.edges("HOLDS") if e.title == "副部长"]
    assert holds.observed_on == dt.date(2024, 11, 5)
    assert [(ev.sentence, ev.document) for ev in holds.evidence] == [(SENTENCE, f"{R}doc/d1")]
    doc = graph.node(f"{R}doc/d1")
    assert doc is not None and doc.date == dt.date(2024, 11, 5)
    event = graph.node(f"{R}event/大会")
    assert event is not None and (event.start_date, event.end_date) == (
        dt.date(2024, 11, 5),
        dt.date(2024, 11, 7),
    )
    ministry = graph.node(f"{R}org/工业和信息化部")
    assert ministry is not None and ministry.aliases == ("工信部",)
    assert graph.node(IriMinter(R).place("天津")) is not None  # the blank-node place gets a stable IRI


# fmt: off
NEIGHBOURHOODS = [
    ({"persons": ["熊继军"], "hops": 0}, {"熊继军"}),
    ({"persons": ["熊继军"], "hops": 1}, {"熊继军", "工业和信息化部", "2024世界智能大会"}),
    ({"orgs": ["工信部"], "hops": 1}, {"工业和信息化部", "熊继军", "运行监测协调局", "2024世界智能大会"}),  # by alias
    ({"events": ["2024世界智能大会开幕式"], "hops": 2},
     {"2024世界智能大会开幕式", "2024世界智能大会", "熊继军", "工业和信息化部", "天津"}),
    ({"persons": ["李明", "熊继军"], "hops": 0}, {"李明", "熊继军"}),
]
# fmt: on


@pytest.mark.parametrize(("names", "expected"), NEIGHBOURHOODS)
def test_viz_neighbourhood(graph_ttl: Path, names: dict[str, object], expected: set[str]) -> None:
    from kg.viz import load_turtle, neighbourhood

    sub = neighbourhood(load_turtle(graph_ttl), **names)  # type: ignore[arg-type]
    assert {n.name for n in sub.nodes() if n.kind != "Document"} == expected
    for edge in sub.edges():  # every fact kept keeps the document it cites
        assert all(sub.node(ev.document) is not None for ev in edge.evidence)


@pytest.mark.parametrize("names", [{"persons": ["王五"]}, {"orgs": ["熊继军"]}, {"events": ["博览会"]}])
def test_viz_neighbourhood_unknown_name(graph_ttl: Path, names: dict[str, list[str]]) -> None:
    from kg.errors import ExportError
    from kg.viz import load_turtle, neighbourhood

    with pytest.raises(ExportError, match="no "):
        neighbourhood(load_turtle(graph_ttl), **names)  # type: ignore[arg-type]


def test_viz_cli_writes_a_filtered_page(graph_ttl: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    out = tmp_path / "page.html"
    result = CliRunner().invoke(
        app, ["viz", str(graph_ttl), "-o", str(out), "--person", "熊继军", "--hops", "1"]
    )
    assert result.exit_code == 0, result.output
    block = re.search(r'id="kg-data">(.*?)</script>', out.read_text(encoding="utf-8"), re.S)
    assert block is not None
    names = sorted(n["name"] for n in json.loads(block.group(1))["nodes"])
    assert names == sorted(["熊继军", "工业和信息化部", "2024世界智能大会"])


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (TURTLE, ["--person", "王五"], "no person named"),
        ("this is not turtle <", [], "not readable as Turtle"),
    ],
)
def test_viz_cli_errors(tmp_path: Path, content: str, args: list[str], message: str) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    path = tmp_path / "graph.ttl"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(app, ["viz", str(path), "-o", str(tmp_path / "x.html"), *args])
    assert result.exit_code == 1
    assert message in result.output
    assert not (tmp_path / "x.html").exists()
