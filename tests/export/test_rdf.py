"""The RDF exports of the fixture graph: golden Turtle, SHACL, round trips, determinism, vocabulary."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from conftest import FIXTURES, GOLDEN, ROOT
from pyshacl import validate
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF

from kg.export.rdf import load_graph, write_jsonld, write_ntriples, write_turtle
from kg.graph import KnowledgeGraph
from kg.link import resolve
from kg.vocab import KG, KG_NAMESPACE

sys.path.insert(0, str(FIXTURES / "graph"))
from records import extractions  # noqa: E402

SHAPES = ROOT / "ontologies" / "kg-shapes.ttl"
ONTOLOGY = ROOT / "ontologies" / "kg.ttl"
WRITERS = {
    "graph.ttl": (write_turtle, "turtle"),
    "graph.jsonld": (write_jsonld, "json-ld"),
    "graph.nt": (write_ntriples, "nt"),
}


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    return resolve(extractions())


@pytest.fixture(scope="module")
def exported(graph: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("rdf")
    for name, (write, _) in WRITERS.items():
        write(graph, out / name)
    return {name: out / name for name in WRITERS}


def _parse(path: Path, fmt: str) -> rdflib.Graph:
    return rdflib.Graph().parse(path, format=fmt)


def test_turtle_matches_golden(exported: dict[str, Path], update_golden: bool) -> None:
    golden = GOLDEN / "graph.ttl"
    if update_golden:
        golden.write_bytes(exported["graph.ttl"].read_bytes())
    assert exported["graph.ttl"].read_bytes() == golden.read_bytes()
    assert isomorphic(_parse(exported["graph.ttl"], "turtle"), _parse(golden, "turtle"))


@pytest.mark.filterwarnings(
    "ignore:ConjunctiveGraph is deprecated:DeprecationWarning"
)  # rdflib's JSON-LD parser
@pytest.mark.parametrize("name", ["graph.jsonld", "graph.nt"])
def test_formats_are_isomorphic(exported: dict[str, Path], name: str) -> None:
    turtle = _parse(exported["graph.ttl"], "turtle")
    other = _parse(exported[name], WRITERS[name][1])
    assert len(turtle) > 100 and isomorphic(turtle, other)


def test_export_conforms_to_shapes(exported: dict[str, Path]) -> None:
    conforms, _, text = validate(
        _parse(exported["graph.ttl"], "turtle"), shacl_graph=_parse(SHAPES, "turtle")
    )
    assert conforms, text


MEMBERSHIP = "http://www.w3.org/ns/org#Membership"
PARTICIPATION = KG_NAMESPACE + "Participation"
PERSON = "https://schema.org/Person"


@pytest.mark.parametrize(
    ("cls", "predicate"),
    [
        (MEMBERSHIP, "http://www.w3.org/ns/org#member"),  # a membership with nobody
        (MEMBERSHIP, "http://www.w3.org/ns/prov#wasDerivedFrom"),  # a fact with no sentence
        (PARTICIPATION, KG_NAMESPACE + "event"),  # a participation at no event
        (PERSON, "https://schema.org/name"),  # a nameless person
    ],
)
def test_shapes_catch_a_broken_export(exported: dict[str, Path], cls: str, predicate: str) -> None:
    data = _parse(exported["graph.ttl"], "turtle")
    subject = sorted(data.subjects(RDF.type, rdflib.URIRef(cls)))[0]
    data.remove((subject, rdflib.URIRef(predicate), None))
    conforms, _, _ = validate(data, shacl_graph=_parse(SHAPES, "turtle"))
    assert not conforms


def test_every_fact_traces_to_sentence_and_document(exported: dict[str, Path]) -> None:
    data = _parse(exported["graph.ttl"], "turtle")
    rows = list(
        data.query(
            """SELECT ?fact ?doc WHERE {
                 VALUES ?cls { org:Membership kg:Participation }
                 ?fact a ?cls .
                 OPTIONAL { ?fact prov:wasDerivedFrom ?m . ?m nif:anchorOf ?s ; prov:wasDerivedFrom ?doc .
                            ?doc a schema:NewsArticle }
               }""",
            initNs={
                "org": "http://www.w3.org/ns/org#",
                "kg": KG_NAMESPACE,
                "prov": "http://www.w3.org/ns/prov#",
                "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
                "schema": "https://schema.org/",
            },
        )
    )
    assert len(rows) > 10 and all(row[1] is not None for row in rows)  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ('schema:name "徐晓兰"@zh', False),  # literals from the text are tagged @zh
        ('kg:observedOn "2024-06-12"^^xsd:date', False),  # typed dates
        ('schema:alternateName "工信部"@zh', False),
        ("@prefix person: <http://kg.example.org/resource/person/> .", False),  # readable prefixes
        ("_:", True),  # no blank nodes
    ],
)
def test_turtle_is_readable(exported: dict[str, Path], text: str, absent: bool) -> None:
    assert (text in exported["graph.ttl"].read_text(encoding="utf-8")) is not absent


_SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, {fixtures!r})
from records import extractions
from kg.export import write_exports
from kg.link import resolve
write_exports(resolve(extractions()), Path(sys.argv[1]), ["ttl", "jsonld", "nt", "graphml"])
"""


def test_byte_identical_across_hash_seeds(tmp_path: Path) -> None:
    script = _SCRIPT.format(fixtures=str(FIXTURES / "graph"))
    outputs = []
    for seed in ("0", "12345"):
        out = tmp_path / seed
        out.mkdir()
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-c", script, str(out)], check=True, env=env, cwd=ROOT)
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert sorted(outputs[0]) == ["graph.graphml", "graph.jsonld", "graph.nt", "graph.ttl"]
    assert outputs[0] == outputs[1]


def test_turtle_reads_back_into_the_same_graph(graph: KnowledgeGraph, exported: dict[str, Path]) -> None:
    back = load_graph(exported["graph.ttl"])
    assert [n.id for n in back.nodes()] == [n.id for n in graph.nodes()]
    for type_ in ("HOLDS", "PARTICIPATED_IN", "ORGANIZED", "UNIT_OF", "PART_OF", "HELD_IN"):
        assert sorted((e.source, e.target) for e in back.edges(type_)) == sorted(
            (e.source, e.target) for e in graph.edges(type_)
        ), type_


def test_vocab_lists_the_terms_of_the_ontology() -> None:
    ontology = _parse(ONTOLOGY, "turtle")
    declared = {
        str(s)
        for cls in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for s in ontology.subjects(RDF.type, cls)
        if str(s).startswith(KG_NAMESPACE)
    }
    in_code = {KG_NAMESPACE + name for name in KG.__annotations__}
    assert declared == in_code


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_ontology_terms_have_labels_and_comments(lang: str) -> None:
    ontology = _parse(ONTOLOGY, "turtle")
    for name in KG.__annotations__:
        term = rdflib.URIRef(KG_NAMESPACE + name)
        for prop in (rdflib.RDFS.label, rdflib.RDFS.comment):
            assert any(getattr(o, "language", None) == lang for o in ontology.objects(term, prop)), (
                name,
                prop,
            )
