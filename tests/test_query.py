"""``kg query``: every shipped SPARQL query answers on the fixture graph; output formats; errors."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
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


def test_six_queries_are_shipped() -> None:
    assert [q.stem for q in QUERIES] == [
        "current_holders",
        "event_organizers",
        "members_of_organization",
        "people_at_two_events",
        "speakers_at_event",
        "titles_of_person",
    ]


# One row each query must return on the fixture graph (tests/fixtures/graph/records.py).
EXPECTED = {
    "current_holders": ("小米集团手机部", "副总裁", "张强", None, "2024-06-20"),
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
        (["ontologies/queries/current_holders.rq", "--bind", "title=市长", "-f", "csv"], 0, "甲市,市长,王伟"),
        (["ontologies/queries/current_holders.rq", "--bind", "title=副总裁", "-f", "csv"], 0, "张强"),
        (["ontologies/queries/current_holders.rq", "--bind", "organization=甲市"], 0, "(1 rows)"),
        (["ontologies/queries/current_holders.rq", "--bind", "title"], 1, "expected NAME=VALUE"),
        (["ontologies/queries/current_holders.rq", "--bind", "ti tle=市长"], 1, "expected NAME=VALUE"),
    ],
)
def test_cli(ttl: Path, args: list[str], code: int, needle: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["query", str(ttl), *args])
    assert result.exit_code == code
    assert needle in result.output


class Listener:
    """A local HTTP port that counts the connections it accepts (a SERVICE endpoint must see none)."""

    def __init__(self) -> None:
        import socket
        import threading

        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.settimeout(0.1)
        self.accepted = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.accept, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.socket.getsockname()[1]}/sparql"

    def accept(self) -> None:
        while not self.stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except OSError:
                continue
            self.accepted += 1
            connection.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=5)
        self.socket.close()


@pytest.fixture
def endpoint() -> Iterator[Listener]:
    listener = Listener()
    yield listener
    listener.close()


# fmt: off
SERVICE_QUERIES = [
    "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { service silent <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { ?x a schema:Person . OPTIONAL { SERVICE <{url}> { ?x ?p ?o } } }",
    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <{url}> { ?s ?p ?o } } } UNION { ?s a schema:Person } }",
    "ASK { SERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(<{url}> AS ?u) SERVICE ?u { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o  # not valid SPARQL: checked for the word\n",
]
# SERVICE only in strings, comments, IRIs, variables and prefixed names: these run.
NOT_SERVICE_QUERIES = [
    ('SELECT ?n WHERE { ?p schema:name ?n FILTER(?n = "SERVICE <{url}> { ?s ?p ?o }") }', 0),
    ("SELECT ?n WHERE { ?p schema:name ?n FILTER(?n = '''SERVICE\n<{url}>''') }", 0),
    ("# SERVICE <{url}> { ?s ?p ?o }\nASK { ?s org:unitOf ?o }", 1),
    ("ASK { ?service org:unitOf ?o } # SERVICE", 1),
    ("SELECT ?s WHERE { ?s <{url}#SERVICE> ?o }", 0),
]
# fmt: on


@pytest.mark.parametrize("query", SERVICE_QUERIES)
def test_service_is_refused_before_any_request(ttl: Path, endpoint: Listener, query: str) -> None:
    with pytest.raises(ExportError, match="^SERVICE is not allowed"):
        query_file(ttl, query.replace("{url}", endpoint.url))
    assert endpoint.accepted == 0


@pytest.mark.parametrize(("query", "rows"), NOT_SERVICE_QUERIES)
def test_service_in_strings_and_comments_runs(ttl: Path, endpoint: Listener, query: str, rows: int) -> None:
    assert len(query_file(ttl, query.replace("{url}", endpoint.url)).rows) == rows
    assert endpoint.accepted == 0


def test_cli_refuses_service_in_one_line(ttl: Path, endpoint: Listener) -> None:
    query = f"SELECT * WHERE {{ SERVICE <{endpoint.url}> {{ ?s ?p ?o }} }}"
    result = CliRunner().invoke(app, ["query", str(ttl), query])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "kg query: SERVICE is not allowed: kg query answers from the graph file only, offline"
    ]
    assert endpoint.accepted == 0


@pytest.mark.parametrize(
    "update", ["INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DELETE WHERE { ?s ?p ?o }", "LOAD <urn:x>"]
)
def test_updates_are_refused(ttl: Path, update: str) -> None:
    with pytest.raises(ExportError, match="syntax"):
        query_file(ttl, update)
