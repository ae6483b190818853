"""``kg query``: every shipped SPARQL query answers on the fixture graph; output formats; errors."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from kg_paths import FIXTURES, ROOT
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import ExportError
from kg.export.rdf import write_turtle
from kg.link import resolve
from kg.query import format_result, load_store, query_file, run

sys.path.insert(0, str(FIXTURES / "graph"))
from records import extractions  # noqa: E402

QUERIES = sorted((ROOT / "ontologies" / "queries").glob("*.rq"))


@pytest.fixture(scope="module")
def ttl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("query") / "graph.ttl"
    write_turtle(resolve(extractions()), path)
    return path


def test_five_queries_are_shipped() -> None:
    assert [q.stem for q in QUERIES] == [
        "event_organizers",
        "members_of_organization",
        "people_at_two_events",
        "speakers_at_event",
        "titles_of_person",
    ]


# One row each query must return on the fixture graph (tests/fixtures/graph/records.py).
EXPECTED = {
    "event_organizers": ("工业和信息化部", "第三届数字经济合作大会", "主办"),
    "members_of_organization": ("小米集团", "小米集团手机部", "张强", "副总裁"),
    "people_at_two_events": ("徐晓兰", "第三届数字经济合作大会", "第三届数字经济合作大会数据要素分论坛"),
    "speakers_at_event": ("第三届数字经济合作大会", "2024-05-20", "李明", "主旨报告"),
    "titles_of_person": ("徐晓兰", "副部长", "工业和信息化部", "2024-06-12"),
}


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.stem)
def test_shipped_query_returns_rows(ttl: Path, query: Path) -> None:
    result = query_file(ttl, str(query))
    assert EXPECTED[query.stem] in result.rows


def test_titles_of_person_in_date_order(ttl: Path) -> None:
    rows = query_file(ttl, str(ROOT / "ontologies/queries/titles_of_person.rq")).rows
    assert [r[1] for r in rows if r[0] == "徐晓兰"] == ["理事长", "副部长"]


@pytest.mark.parametrize(
    ("query", "rows"),
    [
        (
            "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n",
            5,
        ),  # export prefixes predeclared
        ('SELECT ?p WHERE { ?p schema:name "王伟"@zh ; a schema:Person }', 2),  # namesakes apart
        ('SELECT ?o WHERE { ?o schema:alternateName "工信部"@zh }', 1),
        ("ASK { ?s org:unitOf ?o }", 1),
    ],
)
def test_inline_queries(ttl: Path, query: str, rows: int) -> None:
    assert len(run(load_store([ttl]), query).rows) == rows


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("SELEC ?x", "syntax"),
        ("missing.rq", "no such query file"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "SELECT"),
    ],
)
def test_bad_queries(ttl: Path, query: str, message: str) -> None:
    with pytest.raises(ExportError, match=message):
        query_file(ttl, query)


def test_formats(ttl: Path) -> None:
    result = query_file(ttl, str(ROOT / "ontologies/queries/event_organizers.rq"))
    table = format_result(result, "table").splitlines()
    assert table[0].split(" | ")[0].strip() == "organization" and table[-1] == f"({len(result.rows)} rows)"
    assert list(csv.reader(io.StringIO(format_result(result, "csv"))))[1:] == [list(r) for r in result.rows]
    assert json.loads(format_result(result, "json"))[0] == dict(
        zip(result.columns, result.rows[0], strict=True)
    )
    with pytest.raises(ValueError, match="unknown format"):
        format_result(result, "xml")


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["ontologies/queries/event_organizers.rq"], 0, "浙江省人民政府"),
        (["ontologies/queries/event_organizers.rq", "--format", "csv"], 0, "organization,event,role"),
        (["SELEC"], 1, "syntax"),
        (["ontologies/queries/event_organizers.rq", "--format", "xml"], 2, "unknown format"),
    ],
)
def test_cli(ttl: Path, args: list[str], code: int, needle: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["query", str(ttl), *args])
    assert result.exit_code == code
    assert needle in result.output
