"""The Neo4j export without a server: CSV header grammar, RFC 4180 round trips, determinism, scripts."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from graphs import graph_of
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import ExportError
from kg.export import EXPORTERS, write_exports
from kg.export.neo4j import (
    LABELS,
    TYPES,
    csv_text,
    graph_cypher,
    graph_tables,
    node_csv,
    node_file,
    parse_csv,
    read_tables,
    rel_csv,
    rel_file,
    schema_statements,
    write_neo4j,
)
from kg.graph import Edge, Evidence, KnowledgeGraph, Node
from kg.ids import IriMinter, digest

M = IriMinter()

# Hostile values: quotes, commas, CR/LF, backslashes, apostrophes, tabs, emoji, Chinese, a ';' (the
# default array delimiter of neo4j-admin, which we do not use) and a leading/trailing space.
NAME = 'O\'Brien "老王", 逗号\\反斜杠\n😀 '
TITLE = '首席"数智"官,\r\n兼\\CTO 🤖'
ORG = '某某"引号"公司, 北京\\分部;'
SENTENCE = '他说："第一行,\n第二行\\n 不是换行"\t😀；中文。\\'
ALIASES = ("别名;分号", "第二\r\n行", '"', "")


def hostile_graph(*, reverse: bool = False) -> KnowledgeGraph:
    """Every node kind and edge type, hostile strings in every text field.

    ``reverse`` adds everything in the opposite order: the export must not depend on it.
    """
    day = dt.date(2025, 3, 1)
    doc = M.document("doc,1")
    person, org, unit, role = M.person(NAME), M.org(ORG), M.org(ORG + "分部"), M.role(TITLE)
    event, sub, place = M.event("第七届“数字”论坛"), M.event("第七届“数字”论坛分论坛"), M.place("上海")
    lonely_role = M.role("图灵奖得主")
    ev = Evidence(M.mention("doc,1", 3), doc, SENTENCE, 10, 40)
    ev2 = Evidence(M.mention("doc,1", 1), doc, "第二句。", 0, 5)
    nodes = [
        Node(
            doc, "Document", '标题"一"', date=day, url="https://x.example/a?b=1,2&c='3'", source="dir/a b.txt"
        ),
        Node(person, "Person", NAME, aliases=ALIASES),
        Node(org, "Organization", ORG, aliases=("简称",)),
        Node(unit, "Organization", ORG + "分部"),
        Node(role, "Role", TITLE),
        Node(lonely_role, "Role", "图灵奖得主"),
        Node(event, "Event", "第七届“数字”论坛", aliases=("DEF, 2025",), start_date=day, end_date=day),
        Node(sub, "Event", "第七届“数字”论坛分论坛"),
        Node(place, "Place", "上海"),
    ]
    edges = [
        Edge(M.membership(person, TITLE, org, day), "HOLDS", person, org, TITLE, role, day, (ev, ev2)),
        Edge(M.membership(person, "", None, None), "HOLDS", person, lonely_role, title="", role=lonely_role),
        Edge(M.iri("mention", digest("u")), "UNIT_OF", unit, org, evidence=(ev,)),
        Edge(
            M.participation(person, event, "致辞"),
            "PARTICIPATED_IN",
            person,
            event,
            role="致辞",
            evidence=(ev,),
        ),
        Edge(M.participation(org, event, "主办"), "ORGANIZED", org, event, role="主办", evidence=(ev,)),
        Edge(M.iri("mention", digest("p")), "PART_OF", sub, event),
        Edge(M.iri("mention", digest("h")), "HELD_IN", event, place, evidence=(ev2,)),
        Edge(M.iri("mention", digest("m")), "MENTIONED_IN", person, doc, evidence=(ev,)),
    ]
    return graph_of(M.base, nodes, edges, reverse=reverse)


# --- A checker for neo4j-admin's CSV header grammar (Neo4j 5 operations manual, "CSV header format"). ---

PROPERTY_TYPES = {
    "int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
    "localtime", "time", "localdatetime", "datetime", "duration",
}  # fmt: skip
FIELD = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)?:(?P<kind>[A-Za-z_]+)(?P<array>\[\])?(?:\((?P<group>\w+)\))?$"
)
PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def check_header(header: list[str], *, relationships: bool) -> list[str]:
    """The problems of a node or relationship file header; empty when it is valid."""
    problems, keywords, names = [], [], []
    for field in header:
        if PLAIN.match(field):  # a property with the default type, string
            names.append(field)
            continue
        match = FIELD.match(field)
        if match is None:
            problems.append(f"malformed field {field!r}")
            continue
        kind, name = match["kind"], match["name"]
        if kind in ("ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE"):
            if match["array"]:
                problems.append(f"{field!r}: {kind} cannot be an array")
            if kind in ("LABEL", "TYPE", "START_ID", "END_ID") and name:
                problems.append(f"{field!r}: {kind} takes no name")
            keywords.append(kind)
            if name:
                names.append(name)
        elif kind.lower() in PROPERTY_TYPES:
            if not name:
                problems.append(f"{field!r}: a property needs a name")
            names.append(name or "")
        else:
            problems.append(f"{field!r}: unknown type {kind}")
    required = ("START_ID", "END_ID", "TYPE") if relationships else ("ID",)
    forbidden = ("ID", "LABEL") if relationships else ("START_ID", "END_ID", "TYPE")
    for kind in required:
        if keywords.count(kind) != 1:
            problems.append(f"needs exactly one :{kind}")
    problems.extend(
        f"a {'relationship' if relationships else 'node'} file has no :{k}"
        for k in forbidden
        if k in keywords
    )
    problems.extend(f"property {n!r} twice" for n in sorted({n for n in names if names.count(n) > 1}))
    return problems


# fmt: off
GOOD_HEADERS = [
    (["id:ID", ":LABEL", "name:string", "aliases:string[]"], False),
    (["movieId:ID", "title", "year:int", ":LABEL"], False),
    ([":ID(Person)", "joined:date"], False),
    ([":START_ID", ":END_ID", ":TYPE", "id:string", "observed_on:date", "source:string[]"], True),
    ([":START_ID", "role", ":END_ID", ":TYPE"], True),
]
BAD_HEADERS = [
    (["name:string"], False, "needs exactly one :ID"),
    (["id:ID", "uid:ID"], False, "needs exactly one :ID"),
    (["id:ID", "name:text"], False, "unknown type text"),
    (["id:ID", ":string"], False, "a property needs a name"),
    (["id:ID", "name", "name:string"], False, "property 'name' twice"),
    (["id:ID", "label:LABEL"], False, "LABEL takes no name"),
    (["id:ID", "first name"], False, "malformed field"),
    (["id:ID", ":LABEL[]"], False, "cannot be an array"),
    ([":START_ID", ":END_ID"], True, "needs exactly one :TYPE"),
    ([":START_ID", ":END_ID", ":TYPE", "id:ID"], True, "a relationship file has no :ID"),
]
# fmt: on


@pytest.mark.parametrize(("header", "relationships"), GOOD_HEADERS)
def test_header_checker_accepts(header: list[str], relationships: bool) -> None:
    assert check_header(header, relationships=relationships) == []


@pytest.mark.parametrize(("header", "relationships", "problem"), BAD_HEADERS)
def test_header_checker_rejects(header: list[str], relationships: bool, problem: str) -> None:
    assert any(problem in p for p in check_header(header, relationships=relationships))


@pytest.fixture
def export(tmp_path: Path) -> Path:
    write_neo4j(hostile_graph(), tmp_path / "neo4j")
    return tmp_path / "neo4j"


def records(path: Path) -> list[list[str]]:
    """The file through the standard library's RFC 4180 reader (strict: a stray quote is an error)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, strict=True))


def test_neo4j_csv_headers_follow_the_import_grammar(export: Path) -> None:
    for label in LABELS:
        header, *rows = records(export / node_file(label))
        assert check_header(header, relationships=False) == [], label
        assert rows and all(len(r) == len(header) for r in rows)
        assert {r[header.index(":LABEL")] for r in rows} == {label}
    for rel_type in TYPES:
        header, *rows = records(export / rel_file(rel_type))
        assert check_header(header, relationships=True) == [], rel_type
        assert rows and all(len(r) == len(header) for r in rows)
        assert {r[header.index(":TYPE")] for r in rows} == {rel_type}


def test_neo4j_csv_ids_are_unique_and_every_relationship_end_exists(export: Path) -> None:
    ids = [row[0] for label in LABELS for row in records(export / node_file(label))[1:]]
    assert len(ids) == len(set(ids)) == len(hostile_graph())
    assert set(ids) == {node.id for node in hostile_graph().nodes()}
    for rel_type in TYPES:
        for row in records(export / rel_file(rel_type))[1:]:
            assert row[0] in ids and row[1] in ids


def test_neo4j_csv_typed_values_parse(export: Path) -> None:
    for path in sorted(export.glob("*.csv")):
        header, *rows = records(path)
        for i, field in enumerate(header):
            for row in rows:
                if field.endswith(":date") and row[i]:
                    dt.date.fromisoformat(row[i])


def test_neo4j_csv_is_rfc4180(export: Path) -> None:
    for path in sorted(export.glob("*.csv")):
        data = path.read_bytes()
        data.decode("utf-8")  # UTF-8, no BOM
        assert not data.startswith(b"\xef\xbb\xbf")
        assert data.endswith(b"\r\n")
        # Every record ends in CRLF; a bare LF or CR only occurs inside a quoted value.
        text = data.decode("utf-8")
        assert sum(len(r) for r in parse_csv(text)) == sum(len(r) for r in records(path))


def test_neo4j_hostile_values_round_trip(export: Path) -> None:
    """Written, then read back by kg push's reader: exactly the rows the graph gave."""
    assert read_tables(export) == graph_tables(hostile_graph())
    holds = {r.props["title"]: r for r in read_tables(export).rels["HOLDS"]}
    assert holds[TITLE].props["source"] == ["第二句。", SENTENCE]  # in document order
    assert holds[""].props["observed_on"] is None  # quoted "" is the empty title, unquoted is null
    (person,) = read_tables(export).nodes["Person"]
    assert person.props == {"name": NAME, "aliases": sorted(ALIASES)}


def test_neo4j_hostile_values_through_the_standard_csv_reader(export: Path) -> None:
    header, row = records(export / node_file("Person"))
    assert row[header.index("name:string")] == NAME
    assert row[header.index("aliases:string[]")].split("\x1f") == sorted(ALIASES)
    header, *rows = records(export / rel_file("HOLDS"))
    assert TITLE in [r[header.index("title:string")] for r in rows]


def test_neo4j_export_is_byte_identical_across_builds(tmp_path: Path) -> None:
    write_neo4j(hostile_graph(), tmp_path / "a")
    write_neo4j(hostile_graph(reverse=True), tmp_path / "b")
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "b").iterdir())
    assert len(names) == len(LABELS) + len(TYPES) + 3
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_neo4j_export_of_an_empty_graph_has_headers_only(tmp_path: Path) -> None:
    write_neo4j(KnowledgeGraph(M.base), tmp_path)
    assert records(tmp_path / node_file("Person")) == [["id:ID", ":LABEL", "name:string", "aliases:string[]"]]
    assert "UNWIND" not in (tmp_path / "graph.cypher").read_text(encoding="utf-8")


def test_neo4j_export_is_registered(tmp_path: Path) -> None:
    assert EXPORTERS["neo4j"] == ("kg.export.neo4j:write_neo4j", "neo4j")
    write_exports(hostile_graph(), tmp_path, ["neo4j"])
    assert (tmp_path / "neo4j" / "graph.cypher").is_file()


def test_neo4j_rejects_the_array_delimiter_in_a_value(tmp_path: Path) -> None:
    graph = KnowledgeGraph(M.base)
    graph.add_node(Node(M.person("甲"), "Person", "甲", aliases=("a\x1fb",)))
    with pytest.raises(ExportError, match="U\\+001F"):
        write_neo4j(graph, tmp_path)


# fmt: off
PARSE_CASES = [
    ('a,"b"\r\n', [["a", "b"]]),
    (',""\r\n', [[None, ""]]),                                  # unquoted empty is null, quoted is ""
    ('"x\r\ny","q""q"\r\n"3"\n', [["x\r\ny", 'q"q'], ["3"]]),   # CRLF inside quotes is data; LF ends too
    ('"a,b",c', [["a,b", "c"]]),                                # no line end after the last record
]
BAD_PARSE_CASES = ['"unterminated\r\n', 'a"b"\r\n', '"a"b\r\n']
# fmt: on


@pytest.mark.parametrize(("text", "expected"), PARSE_CASES)
def test_parse_csv(text: str, expected: list[list[str | None]]) -> None:
    assert list(parse_csv(text)) == expected


@pytest.mark.parametrize("text", BAD_PARSE_CASES)
def test_parse_csv_rejects(text: str) -> None:
    with pytest.raises(ExportError, match="malformed CSV"):
        list(parse_csv(text))


values = st.one_of(
    st.none(), st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x1f"))
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(values, min_size=3, max_size=3), max_size=5))
def test_csv_round_trips_any_text(rows: list[list[str | None]]) -> None:
    text = csv_text(["a", "b", "c"], rows)
    assert list(parse_csv(text))[1:] == rows
    assert [[v or "" for v in r] for r in rows] == list(csv.reader(io.StringIO(text, newline="")))[1:]


# --- import.sh, schema.cypher, graph.cypher ------------------------------------------------------------


def test_import_sh_runs_the_exact_neo4j_admin_command(export: Path, tmp_path: Path) -> None:
    script = export / "import.sh"
    assert os.access(script, os.X_OK)
    subprocess.run(["sh", "-n", str(script)], check=True, timeout=30)
    # A stand-in neo4j-admin that records the arguments the shell hands it.
    fake = tmp_path / "neo4j-admin"
    log = tmp_path / "args.txt"
    fake.write_text(f'#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done > {log}\n', encoding="utf-8")
    fake.chmod(0o755)
    env = {**os.environ, "NEO4J_ADMIN": str(fake)}
    subprocess.run(["sh", str(script)], check=True, timeout=30, env=env, cwd=tmp_path)
    assert log.read_text(encoding="utf-8").splitlines()[:5] == [
        "database",
        "import",
        "full",
        "neo4j",
        "--id-type=string",
    ]
    command = ["sh", str(script), "kgdb", "--overwrite-destination=true"]
    subprocess.run(command, check=True, timeout=30, env=env, cwd=tmp_path)
    args = log.read_text(encoding="utf-8").splitlines()
    assert args[:5] == ["database", "import", "full", "kgdb", "--overwrite-destination=true"]
    assert "--array-delimiter=U+001F" in args and '--quote="' in args and "--multiline-fields=true" in args
    assert [a for a in args if a.startswith("--nodes=")] == [
        f"--nodes={node_file(label)}" for label in LABELS
    ]
    expected = [f"--relationships={rel_file(t)}" for t in TYPES]
    assert [a for a in args if a.startswith("--relationships=")] == expected


SCHEMA = re.compile(
    r"^CREATE CONSTRAINT (?P<name>\w+) IF NOT EXISTS FOR \(n:(?P<label>\w+)\) REQUIRE n\.id IS UNIQUE$"
    r"|^CREATE INDEX (?P<iname>\w+) IF NOT EXISTS FOR (?:\(n:(?P<ilabel>\w+)\)|\(\)-\[r:(?P<type>\w+)\]-\(\)) "
    r"ON \((?:n|r)\.\w+\)$"
)


def test_schema_cypher_is_neo4j5_syntax(export: Path) -> None:
    text = (export / "schema.cypher").read_text(encoding="utf-8")
    statements = [s.strip() for s in re.sub(r"^//.*$", "", text, flags=re.M).split(";") if s.strip()]
    assert statements == schema_statements()
    matches = [SCHEMA.match(s) for s in statements]
    assert all(matches), [s for s, m in zip(statements, matches, strict=True) if not m]
    constrained = [m["label"] for m in matches if m and m["label"]]
    assert constrained == list(LABELS)  # every label's id is unique (and indexed for MERGE)
    assert {m["type"] for m in matches if m and m["type"]} == set(TYPES)
    names = [m["name"] or m["iname"] for m in matches if m]
    assert len(names) == len(set(names))


def test_graph_cypher_is_only_merges_with_one_statement_per_batch(export: Path) -> None:
    text = (export / "graph.cypher").read_text(encoding="utf-8")
    body = [line for line in text.split("\n") if line and not line.startswith("//")]
    statements = ("\n".join(body) + "\n").split(";\n")
    assert all(s.startswith("UNWIND [") for s in statements[:-1]) and statements[-1] == ""
    assert "CREATE" not in text and "DELETE" not in text and "$rows" not in text
    assert text.count("MERGE (n:") == len(LABELS)  # the hostile graph has one batch per label
    assert "\r" not in text and '\\"' in text and "\\\\" in text and "\\n" in text


def crowded_graph() -> KnowledgeGraph:
    """More rows than one Cypher batch for a node kind and for a relationship type whose rows have
    several label pairs (MENTIONED_IN from people, organisations and events), in no sorted order."""
    doc = M.document("crowded")
    ev = Evidence(M.mention("crowded", 0), doc, "一句。", 0, 3)
    nodes = [Node(doc, "Document", "拥挤")]
    edges = []
    for i in reversed(range(1_600)):
        kind, mint = [("Person", M.person), ("Organization", M.org), ("Event", M.event)][i % 3]
        node = Node(mint(f"名{i}"), kind, f"名{i}")
        nodes.append(node)
        edges.append(Edge(M.iri("mention", digest(f"m{i}")), "MENTIONED_IN", node.id, doc, evidence=(ev,)))
    return graph_of(M.base, nodes, edges)


@pytest.mark.parametrize("make", [hostile_graph, crowded_graph], ids=["hostile", "crowded"])
def test_write_neo4j_gives_the_bytes_of_the_table_functions(
    make: Callable[[], KnowledgeGraph], tmp_path: Path
) -> None:
    # write_neo4j makes each row once for both files; the per-table functions are the reference.
    graph = make()
    write_neo4j(graph, tmp_path)
    tables = graph_tables(graph)
    assert (tmp_path / "graph.cypher").read_text(encoding="utf-8") == graph_cypher(tables)
    for label, rows in tables.nodes.items():
        assert (tmp_path / node_file(label)).read_bytes().decode("utf-8") == node_csv(label, rows), label
    for rel_type, rels in tables.rels.items():
        assert (tmp_path / rel_file(rel_type)).read_bytes().decode("utf-8") == rel_csv(rel_type, rels), (
            rel_type
        )
