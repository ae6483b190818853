"""The exports of the real seed articles: SHACL-valid, three formats isomorphic, every query answers."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from kg_paths import ROOT
from rdf_checks import conforms
from rdflib.compare import isomorphic

from kg.build import build
from kg.query import load_store, run

pytestmark = [
    pytest.mark.slow,
    pytest.mark.seeds,
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),
]


@pytest.fixture(scope="module")
def out(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds")
    build([str(shared / "seeds")], out, formats=["ttl", "jsonld", "nt"])
    return out


def test_seed_export_conforms(out: Path) -> None:
    data = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    ok, report = conforms(data)
    assert len(data) > 1000 and ok, report


@pytest.mark.parametrize(("name", "fmt"), [("graph.jsonld", "json-ld"), ("graph.nt", "nt")])
def test_seed_formats_isomorphic(out: Path, name: str, fmt: str) -> None:
    turtle = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    assert isomorphic(turtle, rdflib.Graph().parse(out / name, format=fmt))


@pytest.mark.parametrize(
    "query", sorted((ROOT / "ontologies" / "queries").glob("*.rq")), ids=lambda q: q.stem
)
def test_seed_queries_answer(out: Path, query: Path) -> None:
    assert run(load_store([out / "graph.ttl"]), query.read_text(encoding="utf-8")).rows
