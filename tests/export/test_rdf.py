"""The RDF exports: golden Turtle, SHACL, round trips between the three formats, determinism."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from hypothesis import given
from hypothesis import strategies as st
from kg_paths import FIXTURES, GOLDEN, SAMPLES
from rdf_checks import conforms, golden_text
from rdflib.compare import isomorphic

from kg.export.rdf import (
    _indented,
    jsonld,
    ntriples,
    to_rdflib,
    turtle,
    write_jsonld,
    write_ntriples,
    write_turtle,
)
from kg.graph import Edge, Evidence, KnowledgeGraph, Node
from kg.ids import IriMinter
from kg.link import resolve

sys.path.insert(0, str(FIXTURES / "graph"))
from records import extractions  # noqa: E402

# rdflib's JSON-LD parser builds a ConjunctiveGraph internally, deprecated since rdflib 7.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

M = IriMinter()


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    return resolve(extractions())


def _parse(text: str, fmt: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=text, format=fmt)


def test_turtle_matches_golden(graph: KnowledgeGraph, update_golden: bool) -> None:
    text = turtle(graph)
    expected, diff = golden_text(GOLDEN / "graph.ttl", text, update_golden)
    same_meaning = isomorphic(_parse(text, "turtle"), _parse(expected, "turtle"))
    assert text == expected, f"{'layout only' if same_meaning else 'MEANING'} changed:\n{diff}"


# A graph whose names and sentences hold everything a writer must escape.
HOSTILE = [
    '引号"名',
    "反斜杠\\名",
    "换行\n名",
    "制表\t名",
    "<script>alert(1)</script>",
    "空 格",
    "表情😀",
    "“引号”活动",
]


def _hostile() -> KnowledgeGraph:
    graph = KnowledgeGraph(M.base)
    doc = graph.add_node(
        Node(
            M.document("d 1"),
            "Document",
            '标题"一"',
            date=dt.date(2024, 1, 2),
            url="https://x.test/a?b=1&c=2",
        )
    )
    for i, name in enumerate(HOSTILE):
        person = graph.add_node(Node(M.person(name), "Person", name))
        org = graph.add_node(Node(M.org(name), "Organization", name, aliases=(name + "简称",)))
        event = graph.add_node(Node(M.event(name), "Event", name, start_date=dt.date(2024, 1, 1)))
        evidence = (Evidence(M.mention("d 1", i), doc.id, f"句子{i}：{name}\r\n", i * 10, i * 10 + 9),)
        graph.add_edge(
            Edge(
                M.membership(person.id, name, org.id, None),
                "HOLDS",
                person.id,
                org.id,
                title="",
                evidence=evidence,
            )
        )
        graph.add_edge(
            Edge(
                M.participation(person.id, event.id, "致辞"),
                "PARTICIPATED_IN",
                person.id,
                event.id,
                role="致辞",
                evidence=evidence,
            )
        )
    return graph


@pytest.mark.parametrize("which", ["fixture", "hostile"])
def test_three_formats_hold_the_same_triples(graph: KnowledgeGraph, which: str) -> None:
    source = graph if which == "fixture" else _hostile()
    ttl = _parse(turtle(source), "turtle")
    assert len(ttl) > 50
    assert isomorphic(ttl, _parse(ntriples(source), "nt"))
    assert isomorphic(ttl, _parse(jsonld(source), "json-ld"))
    assert isomorphic(ttl, to_rdflib(source))


def test_hostile_names_survive_the_round_trip() -> None:
    names = {
        str(o)
        for o in _parse(turtle(_hostile()), "turtle").objects(None, rdflib.URIRef("https://schema.org/name"))
    }
    assert set(HOSTILE) <= names


def test_turtle_uses_prefixed_names_where_the_grammar_allows() -> None:
    text = turtle(_hostile())
    assert "person:表情😀" not in text  # outside PN_LOCAL: written as a full IRI
    assert f"<{M.person('表情😀')}>" in text
    graph = KnowledgeGraph(M.base)
    graph.add_node(Node(M.person("徐晓兰"), "Person", "徐晓兰"))
    graph.add_node(Node(M.person("伊拉克利·纳德热什维利"), "Person", "伊拉克利·纳德热什维利"))
    text = turtle(graph)
    assert "person:徐晓兰 a schema:Person ;" in text
    assert "person:伊拉克利·纳德热什维利 a schema:Person ;" in text


def test_shacl_fixture_export_conforms(graph: KnowledgeGraph) -> None:
    ok, report = conforms(_parse(turtle(graph), "turtle"))
    assert ok, report


PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
SDO = rdflib.Namespace("https://schema.org/")
XSD = rdflib.Namespace("http://www.w3.org/2001/XMLSchema#")
KGNS = rdflib.Namespace("http://kg.example.org/ontology#")
ORGNS = rdflib.Namespace("http://www.w3.org/ns/org#")


def _drop_provenance(g: rdflib.Graph) -> None:
    membership = next(g.subjects(rdflib.RDF.type, ORGNS.Membership))
    g.remove((membership, PROV.wasDerivedFrom, None))


def _date_as_string(g: rdflib.Graph) -> None:
    fact, date = next(iter(g.subject_objects(KGNS.observedOn)))
    g.remove((fact, KGNS.observedOn, date))
    g.add((fact, KGNS.observedOn, rdflib.Literal(str(date))))


def _nameless_person(g: rdflib.Graph) -> None:
    person = next(g.subjects(rdflib.RDF.type, SDO.Person))
    g.remove((person, SDO.name, None))


def _two_event_names(g: rdflib.Graph) -> None:
    event = next(g.subjects(rdflib.RDF.type, SDO.Event))
    g.add((event, SDO.name, rdflib.Literal("另一个名字", lang="zh")))


def _mention_without_document(g: rdflib.Graph) -> None:
    mention = next(g.subjects(rdflib.RDF.type, KGNS.Mention))
    g.remove((mention, PROV.wasDerivedFrom, None))


@pytest.mark.parametrize(
    "break_it",
    [_drop_provenance, _date_as_string, _nameless_person, _two_event_names, _mention_without_document],
)
def test_shacl_rejects_a_broken_export(graph: KnowledgeGraph, break_it: object) -> None:
    data = _parse(turtle(graph), "turtle")
    break_it(data)  # type: ignore[operator]
    ok, _ = conforms(data)
    assert not ok


TRACE = """
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX kg: <http://kg.example.org/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT ?fact ?sentence ?doc WHERE {
  { ?fact a org:Membership } UNION { ?fact a kg:Participation }
  OPTIONAL { ?fact prov:wasDerivedFrom ?m . ?m a kg:Mention ; nif:anchorOf ?sentence ;
             prov:wasDerivedFrom ?doc . ?doc a schema:NewsArticle ; schema:datePublished ?date }
}"""


def test_every_fact_traces_to_its_sentence_and_article(graph: KnowledgeGraph) -> None:
    rows = list(_parse(turtle(graph), "turtle").query(TRACE))
    assert len(rows) == len([e for e in graph.edges() if e.type in ("HOLDS", "PARTICIPATED_IN", "ORGANIZED")])
    assert all(row.sentence is not None and row.doc is not None for row in rows)  # type: ignore[union-attr]


def test_literals_from_text_are_chinese_and_dates_typed(graph: KnowledgeGraph) -> None:
    data = _parse(turtle(graph), "turtle")
    for prop in (
        SDO.name,
        SDO.alternateName,
        SDO.headline,
        KGNS.roleName,
        rdflib.URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"),
    ):
        values = list(data.objects(None, prop))
        assert values and all(isinstance(v, rdflib.Literal) and v.language == "zh" for v in values), prop
    for prop in (SDO.startDate, SDO.endDate, SDO.datePublished, KGNS.observedOn):
        values = list(data.objects(None, prop))
        assert values and all(v.datatype == XSD.date for v in values), prop  # type: ignore[union-attr]


def test_base_iri_changes_every_resource_and_prefix() -> None:
    text = turtle(resolve(extractions(), minter=IriMinter("https://example.com/kg/")))
    assert "@prefix person: <https://example.com/kg/person/> ." in text
    assert "kg.example.org/resource" not in text


SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from records import extractions
from kg.export.rdf import write_jsonld, write_ntriples, write_turtle
from kg.link import resolve
graph = resolve(extractions())
out = Path(sys.argv[2])
write_turtle(graph, out / "graph.ttl"); write_ntriples(graph, out / "graph.nt"); write_jsonld(graph, out / "graph.jsonld")
"""


def test_exports_are_identical_across_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("0", "1", "12345"):
        out = tmp_path / seed
        out.mkdir()
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-c", SCRIPT, str(FIXTURES / "graph"), str(out)], check=True, env=env)
        outputs.append(
            {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.nt", "graph.jsonld")}
        )
    assert outputs[0] == outputs[1] == outputs[2]


def test_writers_write_what_the_functions_return(graph: KnowledgeGraph, tmp_path: Path) -> None:
    for write, text in ((write_turtle, turtle), (write_ntriples, ntriples), (write_jsonld, jsonld)):
        path = tmp_path / "sub" / write.__name__
        write(graph, path)
        assert path.read_bytes() == text(graph).encode("utf-8")


# --- end to end on data/samples (loads the model) -----------------------------------------------


@pytest.fixture(scope="module")
def sample_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    from kg.build import build

    root = tmp_path_factory.mktemp("samples")
    one, two, halves = root / "one", root / "two", root / "halves"
    build([str(SAMPLES)], one, formats=["ttl", "nt", "jsonld"])
    build([str(SAMPLES)], two, formats=["ttl", "nt", "jsonld"])
    files = sorted(str(p) for p in SAMPLES.iterdir())
    build(files[:2], halves, formats=["ttl", "nt", "jsonld"])
    build(files[2:], halves, formats=["ttl", "nt", "jsonld"], update=True)
    return one, two, halves


@pytest.mark.slow
def test_sample_build_is_byte_identical_twice_and_after_update(
    sample_builds: tuple[Path, Path, Path],
) -> None:
    one, two, halves = sample_builds
    for name in ("graph.ttl", "graph.nt", "graph.jsonld"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
        assert (one / name).read_bytes() == (halves / name).read_bytes(), (
            name
        )  # --update adds, never duplicates


@pytest.mark.slow
def test_sample_build_conforms_and_formats_agree(sample_builds: tuple[Path, Path, Path]) -> None:
    one = sample_builds[0]
    ttl = rdflib.Graph().parse(one / "graph.ttl", format="turtle")
    assert isomorphic(ttl, rdflib.Graph().parse(one / "graph.nt", format="nt"))
    assert isomorphic(ttl, rdflib.Graph().parse(one / "graph.jsonld", format="json-ld"))
    ok, report = conforms(ttl)
    assert ok, report


_JSON_TREES = st.recursive(
    st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(), children, max_size=3),
    max_leaves=12,
)


@given(_JSON_TREES, st.integers(0, 3))
def test_indented_json_is_what_json_dumps_writes(item: object, level: int) -> None:
    expected = json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level)
    assert _indented(item, level) == expected
