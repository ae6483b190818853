"""Membership statuses and intervals in RDF: the golden export of tests/statuses.py, its SHACL
validation (each status, and what breaks it), and current_holders.rq case by case."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from kg_paths import GOLDEN, ROOT
from rdf_checks import conforms, golden_text
from rdflib.namespace import RDF, SKOS
from statuses import CASES, DAYS, HELD_NOW, ORG, TITLE, Case, status_graph

from kg.export.rdf import turtle
from kg.graph import KnowledgeGraph
from kg.query import Result, run
from kg.vocab import KG

CURRENT_HOLDERS = (ROOT / "ontologies" / "queries" / "current_holders.rq").read_text(encoding="utf-8")
ORGNS = rdflib.Namespace("http://www.w3.org/ns/org#")
TIME = rdflib.Namespace("http://www.w3.org/2006/time#")
SDO = rdflib.Namespace("https://schema.org/")


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    return status_graph()


@pytest.fixture(scope="module")
def store(graph: KnowledgeGraph) -> ox.Store:
    store = ox.Store()
    store.load(turtle(graph).encode("utf-8"), format=ox.RdfFormat.TURTLE)
    return store


def _data(graph: KnowledgeGraph) -> rdflib.Graph:
    return rdflib.Graph().parse(data=turtle(graph), format="turtle")


def test_status_export_matches_golden(graph: KnowledgeGraph, update_golden: bool) -> None:
    text = turtle(graph)
    expected, diff = golden_text(GOLDEN / "status.ttl", text, update_golden)
    assert text == expected, diff


def _membership(data: rdflib.Graph, person: str, day: int) -> rdflib.term.Node:
    (found,) = [
        m
        for m in data.subjects(RDF.type, ORGNS.Membership)
        if (data.value(data.value(m, ORGNS.member), SDO.name) == rdflib.Literal(person, lang="zh"))
        and data.value(m, KG.observedOn) == rdflib.Literal(DAYS[day])
    ]
    return found


@pytest.mark.parametrize(
    ("person", "day", "status", "begins", "ends"),
    [
        ("周立和", 0, KG.Current, None, None),
        ("郑红", 0, KG.Current, DAYS[0], None),
        ("赵明", 1, KG.Former, None, None),
        ("钱进", 1, KG.Designated, None, None),
        ("孙一鸣", 1, KG.Ended, None, DAYS[1]),
        ("王立", 0, KG.Current, None, None),
        ("王立", 1, KG.Former, None, None),
        ("陈立", 1, KG.Ended, None, DAYS[1]),
    ],
)
def test_each_statement_keeps_its_status_and_interval(
    graph: KnowledgeGraph, person: str, day: int, status: rdflib.URIRef, begins: object, ends: object
) -> None:
    data = _data(graph)
    m = _membership(data, person, day)
    assert data.value(m, KG.status) == status
    assert data.value(data.value(m, ORGNS.role), SKOS.prefLabel) == rdflib.Literal(TITLE, lang="zh")
    interval = data.value(m, ORGNS.memberDuring)
    if begins is None and ends is None:
        assert interval is None
        return
    assert (interval, RDF.type, TIME.Interval) in data
    for predicate, day_ in ((TIME.hasBeginning, begins), (TIME.hasEnd, ends)):
        instant = data.value(interval, predicate)
        found = None if instant is None else data.value(instant, TIME.inXSDDate).toPython()  # type: ignore[union-attr]
        assert found == day_


def test_role_is_the_title_without_its_time_word(graph: KnowledgeGraph) -> None:
    roles = {node.name for node in graph.nodes("Role")}
    assert roles == {TITLE}  # 原董事长, 前任董事长: role 董事长


def test_status_concepts_are_a_skos_scheme_in_the_ontology() -> None:
    ontology = rdflib.Graph().parse(ROOT / "ontologies" / "kg.ttl", format="turtle")
    concepts = set(ontology.subjects(SKOS.inScheme, KG.MembershipStatus))
    assert concepts == {KG.Current, KG.Former, KG.Designated, KG.Ended}
    assert set(ontology.objects(KG.MembershipStatus, SKOS.hasTopConcept)) == concepts
    assert all((c, RDF.type, SKOS.Concept) in ontology for c in concepts)


def test_shacl_export_with_every_status_conforms(graph: KnowledgeGraph) -> None:
    data = _data(graph)
    assert {data.value(m, KG.status) for m in data.subjects(RDF.type, ORGNS.Membership)} == {
        KG.Current,
        KG.Former,
        KG.Designated,
        KG.Ended,
    }
    ok, report = conforms(data)
    assert ok, report


def _first(data: rdflib.Graph, status: rdflib.URIRef) -> rdflib.term.Node:
    return next(iter(data.subjects(KG.status, status)))


def _no_status(data: rdflib.Graph) -> None:
    data.remove((_first(data, KG.Current), KG.status, None))


def _two_statuses(data: rdflib.Graph) -> None:
    data.add((_first(data, KG.Current), KG.status, KG.Former))


def _status_outside_the_scheme(data: rdflib.Graph) -> None:
    m = _first(data, KG.Current)
    data.remove((m, KG.status, None))
    data.add((m, KG.status, rdflib.Literal("current")))


def _designated_with_an_interval(data: rdflib.Graph) -> None:
    interval = next(iter(data.subjects(RDF.type, TIME.Interval)))
    data.add((_first(data, KG.Designated), ORGNS.memberDuring, interval))


def _interval_without_ends(data: rdflib.Graph) -> None:
    interval = next(iter(data.subjects(RDF.type, TIME.Interval)))
    data.remove((interval, TIME.hasBeginning, None))
    data.remove((interval, TIME.hasEnd, None))


def _instant_date_as_string(data: rdflib.Graph) -> None:
    instant = next(iter(data.subjects(RDF.type, TIME.Instant)))
    day = data.value(instant, TIME.inXSDDate)
    data.remove((instant, TIME.inXSDDate, None))
    data.add((instant, TIME.inXSDDate, rdflib.Literal(str(day))))


def _interval_not_typed(data: rdflib.Graph) -> None:
    interval = next(iter(data.subjects(RDF.type, TIME.Interval)))
    data.remove((interval, RDF.type, None))


@pytest.mark.parametrize(
    "break_it",
    [
        _no_status,
        _two_statuses,
        _status_outside_the_scheme,
        _designated_with_an_interval,
        _interval_without_ends,
        _instant_date_as_string,
        _interval_not_typed,
    ],
)
def test_shacl_rejects_a_broken_status(graph: KnowledgeGraph, break_it: object) -> None:
    data = _data(graph)
    assert conforms(data)[0]
    break_it(data)  # type: ignore[operator]
    assert not conforms(data)[0]


def _holders(result: Result) -> list[str]:
    return sorted(str(row[2]) for row in result.rows)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_current_holders_case_by_case(store: ox.Store, case: Case) -> None:
    result = run(store, CURRENT_HOLDERS, bindings={"title": TITLE, "organization": ORG})
    assert (case.person in _holders(result)) is case.held_now
    if case.held_now:
        (row,) = [r for r in result.rows if r[2] == case.person]
        assert row[:2] == (ORG, TITLE)
        assert row[3] == (case.since.isoformat() if case.since else None)


def test_current_holders_are_exactly_those_held_now(store: ox.Store) -> None:
    assert _holders(run(store, CURRENT_HOLDERS)) == HELD_NOW


@pytest.mark.parametrize(
    "bindings",
    [
        {"title": "总经理"},
        {"organization": "海川银行"},
        {"title": TITLE + '"@zh } ?s ?p ?o . FILTER(true) #'},  # a value is a literal, never query text
        {"title": TITLE, "organization": ORG + "'"},
    ],
)
def test_bound_values_that_match_nothing_give_no_rows(store: ox.Store, bindings: dict[str, str]) -> None:
    assert run(store, CURRENT_HOLDERS, bindings=bindings).rows == ()


def test_graphml_holds_carry_status_and_dates(graph: KnowledgeGraph, tmp_path: Path) -> None:
    import networkx as nx

    from kg.export.graphml import write_graphml

    write_graphml(graph, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    holds = [d for _, _, d in back.edges(data=True) if d["type"] == "HOLDS"]
    assert {d["status"] for d in holds} == {"current", "former", "designated", "ended"}
    assert {d.get("start_date") for d in holds} == {None, DAYS[0].isoformat(), DAYS[1].isoformat()}
    assert {d.get("end_date") for d in holds} == {None, DAYS[1].isoformat()}
