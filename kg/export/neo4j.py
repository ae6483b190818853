"""``OUT/neo4j/``: the graph for Neo4j, three ways in that all give the same graph.

- ``nodes_<Label>.csv`` / ``rels_<TYPE>.csv`` and ``import.sh``: bulk load with ``neo4j-admin database
  import full`` into a new database;
- ``schema.cypher`` (uniqueness constraints and indexes) and ``graph.cypher`` (idempotent ``UNWIND …
  MERGE`` batches with the rows inlined): cypher-shell or the Browser;
- ``kg push`` (kg/push.py) reads the CSVs back and sends the very statements of ``graph.cypher`` with
  the rows as parameters.

The model is DESIGN.md's "Neo4j model": labels are the node kinds, relationship types the edge types,
and every node's ``id`` is its RDF IRI, so this export and the Turtle describe the same graph. Every
relationship carries the id of its edge (a membership's IRI for ``HOLDS``), which is what ``MERGE``
matches on, plus ``source`` (the sentences it rests on) and ``documents`` (their document IRIs).

The CSVs are RFC 4180: UTF-8, comma-separated, CRLF line ends, every string quoted with inner quotes
doubled. A quoted empty field is the empty string, an unquoted empty field is null (neo4j-admin's
rule). Arrays are joined with U+001F (unit separator), a control character no name or sentence holds,
so a ``;`` in an alias survives. Everything is sorted: two builds of the same input give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO, TypeVar

from kg.errors import ExportError
from kg.graph import EDGE_TYPES, NODE_KINDS, Edge, Evidence, KnowledgeGraph, Node
from kg.model import Status

LABELS = NODE_KINDS
TYPES = EDGE_TYPES
ARRAY_DELIMITER = "\x1f"
ARRAY_DELIMITER_OPTION = "U+001F"  # how neo4j-admin's --array-delimiter spells it
CYPHER_BATCH = 500  # rows per UNWIND statement in graph.cypher

Value = str | list[str] | None
Row = dict[str, Value]
_Rel = TypeVar("_Rel")  # a RelRow, or an edge that becomes one


@dataclass(frozen=True)
class Column:
    """A property column; ``type`` is a neo4j-admin field type (``string``, ``string[]``, ``date``)."""

    name: str
    type: str = "string"

    @property
    def header(self) -> str:
        return f"{self.name}:{self.type}"


_NAMED = (Column("name"), Column("aliases", "string[]"))
NODE_COLUMNS: dict[str, tuple[Column, ...]] = {
    "Person": _NAMED,
    "Organization": _NAMED,
    "Role": (Column("name"),),
    "Event": (*_NAMED, Column("start_date", "date"), Column("end_date", "date")),
    "Place": (Column("name"),),
    "Document": (Column("name"), Column("date", "date"), Column("url"), Column("path")),
}
_EVIDENCE = (Column("source", "string[]"), Column("documents", "string[]"))
REL_COLUMNS: dict[str, tuple[Column, ...]] = {
    # title: the post without its time word (原社长 → 社长); role_id: its Role node, also when the
    # relationship ends at an Organization; status: current | former | designated | ended, as the
    # article states it; start_date / end_date: the article's date where it starts or ends the post.
    "HOLDS": (
        Column("id"),
        Column("title"),
        Column("role_id"),
        Column("observed_on", "date"),
        Column("status"),
        Column("start_date", "date"),
        Column("end_date", "date"),
        *_EVIDENCE,
    ),
    "UNIT_OF": (Column("id"), *_EVIDENCE),
    "PARTICIPATED_IN": (Column("id"), Column("role"), *_EVIDENCE),
    "ORGANIZED": (Column("id"), Column("role"), *_EVIDENCE),
    "PART_OF": (Column("id"), *_EVIDENCE),
    "HELD_IN": (Column("id"), *_EVIDENCE),
    "MENTIONED_IN": (Column("id"), *_EVIDENCE),
}


def node_file(label: str) -> str:
    return f"nodes_{label}.csv"


def rel_file(rel_type: str) -> str:
    return f"rels_{rel_type}.csv"


def node_header(label: str) -> list[str]:
    return ["id:ID", ":LABEL", *(c.header for c in NODE_COLUMNS[label])]


def rel_header(rel_type: str) -> list[str]:
    return [":START_ID", ":END_ID", ":TYPE", *(c.header for c in REL_COLUMNS[rel_type])]


# ---------------------------------------------------------------------------------------------------
# Rows: the one tabular form of the graph that the CSVs, graph.cypher and kg push all share.


@dataclass(frozen=True)
class NodeRow:
    label: str
    id: str
    props: Row  # the columns of NODE_COLUMNS[label]


@dataclass(frozen=True)
class RelRow:
    type: str
    start: str
    end: str
    props: Row  # the columns of REL_COLUMNS[type]


@dataclass(frozen=True)
class Tables:
    """Every node and relationship as rows, in file order (sorted by id / by start, end, id)."""

    nodes: dict[str, list[NodeRow]]
    rels: dict[str, list[RelRow]]

    def labels_by_id(self) -> dict[str, str]:
        return {row.id: label for label, rows in self.nodes.items() for row in rows}


def _list(values: Iterable[str]) -> list[str] | None:
    """Distinct values in first-seen order; an empty list is null (CSV cannot tell them apart)."""
    out = list(dict.fromkeys(values))
    return out or None


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def node_row(node: Node) -> NodeRow:
    props: Row = {"name": node.name}
    if node.kind in ("Person", "Organization", "Event"):
        props["aliases"] = _list(sorted(node.aliases))
    if node.kind == "Event":
        props["start_date"] = _date(node.start_date)
        props["end_date"] = _date(node.end_date)
    if node.kind == "Document":
        props.update(date=_date(node.date), url=node.url, path=node.source)
    return NodeRow(node.kind, node.id, props)


def _evidence_order(evidence: Evidence) -> tuple[str, int, int, str]:
    return (evidence.document, evidence.start, evidence.end, evidence.id)


def rel_row(edge: Edge) -> RelRow:
    evidence = edge.evidence
    if len(evidence) > 1:
        evidence = tuple(sorted(evidence, key=_evidence_order))
    props: Row = {"id": edge.id}
    if edge.type == "HOLDS":
        props.update(
            title=edge.title,
            role_id=edge.role,
            observed_on=_date(edge.observed_on),
            status=(edge.status or Status.CURRENT).value,
            start_date=_date(edge.start),
            end_date=_date(edge.end),
        )
    elif edge.type in ("PARTICIPATED_IN", "ORGANIZED"):
        props["role"] = edge.role
    if len(evidence) == 1:  # most edges: no sorting, no de-duplication to do
        props["source"] = [evidence[0].sentence]
        props["documents"] = [evidence[0].document]
    else:
        props["source"] = _list(e.sentence for e in evidence)
        props["documents"] = _list(sorted({e.document for e in evidence}))
    return RelRow(edge.type, edge.source, edge.target, props)


def graph_tables(graph: KnowledgeGraph) -> Tables:
    nodes: dict[str, list[NodeRow]] = {label: [] for label in LABELS}
    for node in graph.nodes():
        nodes[node.kind].append(node_row(node))
    rels: dict[str, list[RelRow]] = {rel_type: [] for rel_type in TYPES}
    for edge in graph.edges():
        rels[edge.type].append(rel_row(edge))
    for rows in rels.values():
        rows.sort(key=lambda r: (r.start, r.end, str(r.props["id"])))
    return Tables(nodes, rels)


# ---------------------------------------------------------------------------------------------------
# CSV (RFC 4180) writing and reading.


def _csv_field(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        for item in value:
            if ARRAY_DELIMITER in item:
                raise ExportError(f"array element holds the array delimiter U+001F: {item!r}")
        value = ARRAY_DELIMITER.join(value)
    return '"' + value.replace('"', '""') + '"'


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Value]]) -> str:
    return "".join(csv_lines(header, rows))


def csv_lines(header: Sequence[str], rows: Iterable[Sequence[Value]]) -> Iterator[str]:
    """The records of ``csv_text`` one at a time, each with its CRLF."""
    yield ",".join(header) + "\r\n"
    for row in rows:
        yield _csv_record(row)


def _csv_record(row: Sequence[Value]) -> str:
    """One record with its CRLF; a string is quoted here, the other values by ``_csv_field``."""
    fields = ['"' + v.replace('"', '""') + '"' if type(v) is str else _csv_field(v) for v in row]
    return ",".join(fields) + "\r\n"


def node_csv(label: str, rows: Iterable[NodeRow]) -> str:
    return "".join(node_csv_lines(label, rows))


def node_csv_lines(label: str, rows: Iterable[NodeRow]) -> Iterator[str]:
    names = [c.name for c in NODE_COLUMNS[label]]
    return csv_lines(node_header(label), ([r.id, label, *(r.props.get(n) for n in names)] for r in rows))


def rel_csv(rel_type: str, rows: Iterable[RelRow]) -> str:
    return "".join(rel_csv_lines(rel_type, rows))


def rel_csv_lines(rel_type: str, rows: Iterable[RelRow]) -> Iterator[str]:
    names = [c.name for c in REL_COLUMNS[rel_type]]
    return csv_lines(
        rel_header(rel_type), ([r.start, r.end, rel_type, *(r.props.get(n) for n in names)] for r in rows)
    )


# A quoted field (inner quotes doubled) or an unquoted one; the unrolled loop avoids backtracking.
_FIELD = re.compile(r'"([^"]*(?:""[^"]*)*)"|([^,"\r\n]*)')


def parse_csv(text: str) -> Iterator[list[str | None]]:
    """RFC 4180 records; an unquoted empty field is ``None``, a quoted one ``""`` (as neo4j-admin reads them).

    The standard library's reader cannot tell those two apart before Python 3.12.
    """
    pos, size = 0, len(text)
    while pos < size:
        record: list[str | None] = []
        while True:
            match = _FIELD.match(text, pos)
            if match is None:  # unreachable: the unquoted branch matches the empty string
                raise ExportError(f"malformed CSV at offset {pos}")
            quoted, bare = match.groups()
            record.append(quoted.replace('""', '"') if quoted is not None else (bare or None))
            pos = match.end()
            if pos >= size:
                break
            if text[pos] == ",":
                pos += 1
                continue
            if text.startswith("\r\n", pos) or text[pos] == "\n":
                pos += 2 if text[pos] == "\r" else 1
                break
            line = text.count("\n", 0, pos) + 1
            raise ExportError(f"malformed CSV at line {line}: unexpected {text[pos]!r}")
        yield record


def _typed(value: str | None, column_type: str) -> Value:
    if value is None:
        return None
    if column_type.endswith("[]"):
        return value.split(ARRAY_DELIMITER)
    return value


def _props(columns: Sequence[Column], values: Sequence[str | None]) -> Row:
    return {c.name: _typed(v, c.type) for c, v in zip(columns, values, strict=True)}


def read_tables(directory: Path) -> Tables:
    """The rows of an ``OUT/neo4j`` directory, as ``graph_tables`` made them."""
    nodes: dict[str, list[NodeRow]] = {}
    rels: dict[str, list[RelRow]] = {}
    for label in LABELS:
        records = _read(directory / node_file(label), node_header(label))
        columns = NODE_COLUMNS[label]
        nodes[label] = [NodeRow(label, str(r[0]), _props(columns, r[2:])) for r in records]
    for rel_type in TYPES:
        records = _read(directory / rel_file(rel_type), rel_header(rel_type))
        columns = REL_COLUMNS[rel_type]
        rels[rel_type] = [RelRow(rel_type, str(r[0]), str(r[1]), _props(columns, r[3:])) for r in records]
    return Tables(nodes, rels)


def _read(path: Path, header: list[str]) -> list[list[str | None]]:
    try:
        # newline="": a CR or CRLF inside a quoted value is data, not a line end to translate.
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
    except OSError as e:
        raise ExportError(f"{path}: cannot read ({e.strerror or e})") from e
    records = list(parse_csv(text))
    if not records or records[0] != header:
        raise ExportError(f"{path}: header is not {','.join(header)}")
    body = records[1:]
    for number, record in enumerate(body, start=2):
        if len(record) != len(header) or record[0] is None:
            raise ExportError(f"{path}: record {number} has {len(record)} fields, expected {len(header)}")
    return body


# ---------------------------------------------------------------------------------------------------
# Cypher: the statements kg push sends, and graph.cypher / schema.cypher.


def merge_nodes_cypher(label: str) -> str:
    """``UNWIND $rows … MERGE`` on ``id``; SET writes every column, so a null removes a stale value."""
    sets = ", ".join(_set("n", c) for c in NODE_COLUMNS[label])
    return f"UNWIND $rows AS row\nMERGE (n:{label} {{id: row.id}})\nSET {sets}"


def merge_rels_cypher(rel_type: str, start_label: str, end_label: str) -> str:
    """Both ends matched by label and id (the constraint's index on Neo4j), the relationship merged on id."""
    sets = ", ".join(_set("r", c) for c in REL_COLUMNS[rel_type] if c.name != "id")
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (a:{start_label} {{id: row.start}})\n"
        f"MATCH (b:{end_label} {{id: row.end}})\n"
        f"MERGE (a)-[r:{rel_type} {{id: row.id}}]->(b)" + (f"\nSET {sets}" if sets else "")
    )


def _set(var: str, column: Column) -> str:
    # Dates travel as ISO strings and become Cypher dates on the server (the same on every Bolt server).
    value = f"date(row.{column.name})" if column.type == "date" else f"row.{column.name}"
    return f"{var}.{column.name} = {value}"


@dataclass(frozen=True)
class Batch:
    """One statement with its parameter rows; ``kind`` is "nodes", "relationships" or "schema"."""

    cypher: str
    rows: list[Row]
    kind: str = "nodes"


def batches(tables: Tables, size: int) -> Iterator[Batch]:
    """All nodes, label by label, then the relationships by type and end labels; ``size`` rows each."""
    labels = tables.labels_by_id()
    return _batches(
        lambda label: tables.nodes.get(label, []),
        lambda rel_type: tables.rels.get(rel_type, []),
        lambda rel: rel,
        lambda rel: (rel.start, rel.end),
        labels.__getitem__,
        size,
    )


def _batches(
    nodes: Callable[[str], Iterable[NodeRow]],
    rels: Callable[[str], Iterable[_Rel]],
    row: Callable[[_Rel], RelRow],
    ends: Callable[[_Rel], tuple[str, str]],
    label: Callable[[str], str],
    size: int,
) -> Iterator[Batch]:
    """``batches`` over rows made on demand: ``nodes(label)`` gives node rows in file order,
    ``rels(type)`` the relationships (rows, or edges that ``row`` makes rows of; ``ends`` gives their
    start and end) in file order, and
    ``label`` the label of a node id (KeyError when none). A relationship becomes a row when its
    batch is written, so the rows of a type never wait all at once for their end labels' turn."""
    for kind in LABELS:
        statement = merge_nodes_cypher(kind)
        chunk: list[Row] = []
        for r in nodes(kind):
            chunk.append({"id": r.id, **r.props})
            if len(chunk) == size:
                yield Batch(statement, chunk, "nodes")
                chunk = []
        if chunk:
            yield Batch(statement, chunk, "nodes")
    for rel_type in TYPES:
        groups: dict[tuple[str, str], list[_Rel]] = defaultdict(list)
        for rel in rels(rel_type):
            try:
                start, end = ends(rel)
                key = (label(start), label(end))
            except KeyError as e:
                raise ExportError(
                    f"{rel_type} {row(rel).props['id']} refers to unknown node {e.args[0]}"
                ) from e
            groups[key].append(rel)
        for (start_label, end_label), group in sorted(groups.items()):
            statement = merge_rels_cypher(rel_type, start_label, end_label)
            for i in range(0, len(group), size):
                made = [row(rel) for rel in group[i : i + size]]
                rows: list[Row] = [{"start": r.start, "end": r.end, **r.props} for r in made]
                yield Batch(statement, rows, "relationships")


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_ESCAPE_RE = re.compile(r'[\\"\n\r\t]')


def cypher_string(value: str) -> str:
    """A double-quoted Cypher literal. Only the escapes every Bolt server reads (no ``\\uXXXX``:
    FalkorDB keeps those as written); no raw line break, so a statement's lines are its own."""
    if _ESCAPE_RE.search(value) is None:
        return '"' + value + '"'
    return '"' + _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group()], value) + '"'


def cypher_value(value: Value) -> str:
    if value is None:
        return "null"
    if isinstance(value, list):
        return "[" + ", ".join(cypher_string(v) for v in value) + "]"
    return cypher_string(value)


def cypher_map(row: Row) -> str:
    # Null keys are left out: row.missing is null, the same as the parameter's null.
    return "{" + ", ".join([f"{k}: {cypher_value(v)}" for k, v in row.items() if v is not None]) + "}"


def inline_cypher(batch: Batch) -> str:
    """The batch's statement with ``$rows`` replaced by a list literal, one row per line: values become
    kg's own literals (``cypher_string``), never text the server could read as Cypher."""
    literal = "[\n" + ",\n".join(cypher_map(row) for row in batch.rows) + "\n]"
    return batch.cypher.replace("$rows", literal, 1)


def inline_statement(batch: Batch) -> str:
    """``inline_cypher`` ended with ``;`` and a line break, as graph.cypher holds it."""
    return inline_cypher(batch) + ";\n"


GRAPH_CYPHER_HEADER = """\
// kg graph for Neo4j 5: idempotent MERGE statements, safe to run again (nothing changes).
// Run schema.cypher first, then: cypher-shell -a neo4j://localhost:7687 -u neo4j -f graph.cypher
// Each statement ends with ';' at the end of a line; no string literal spans a line.
"""


def graph_cypher(tables: Tables) -> str:
    return GRAPH_CYPHER_HEADER + "".join(inline_statement(b) for b in batches(tables, CYPHER_BATCH))


def schema_statements() -> list[str]:
    """Neo4j 5 schema: a uniqueness constraint on ``id`` per label (it is also MERGE's index), name
    indexes for look-ups, and relationship ``id`` indexes for the relationship MERGEs."""
    out = []
    for label in LABELS:
        name = f"{label.lower()}_id"
        out.append(f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE")
    for label in LABELS:
        out.append(f"CREATE INDEX {label.lower()}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)")
    for rel_type in TYPES:
        out.append(f"CREATE INDEX {rel_type.lower()}_id IF NOT EXISTS FOR ()-[r:{rel_type}]-() ON (r.id)")
    return out


def schema_cypher() -> str:
    head = "// kg schema for Neo4j 5: run before graph.cypher or kg push (cypher-shell -f schema.cypher).\n"
    return head + "".join(s + ";\n" for s in schema_statements())


def import_sh(counts: dict[str, int]) -> str:
    """The neo4j-admin command line for these files (the database must not exist yet); ``counts``
    holds the number of nodes of each label, for the comment."""
    files = [f"--nodes={node_file(label)}" for label in LABELS]
    files += [f"--relationships={rel_file(rel_type)}" for rel_type in TYPES]
    options = [
        "--id-type=string",
        "--delimiter=,",
        f"--array-delimiter={ARRAY_DELIMITER_OPTION}",
        "--quote='\"'",
        "--multiline-fields=true",
        "--legacy-style-quoting=false",
        "--trim-strings=false",
        "--ignore-empty-strings=false",
    ]
    counted = ", ".join(f"{count} {label}" for label, count in counts.items())
    lines = [
        "#!/bin/sh",
        "# Bulk-load this directory into a Neo4j 5 database with neo4j-admin, server stopped. The database",
        "# must not exist yet, or pass --overwrite-destination=true to replace it. Then start the server",
        "# (CREATE DATABASE <name> for a new name, Enterprise) and run schema.cypher.",
        "#   sh import.sh [DATABASE [NEO4J-ADMIN OPTIONS...]]     default database: neo4j",
        "#   NEO4J_ADMIN=/path/to/neo4j/bin/neo4j-admin sh import.sh neo4j --overwrite-destination=true",
        f"# Nodes: {counted}.",
        "set -eu",
        'cd "$(dirname "$0")"',
        'DATABASE="${1:-neo4j}"',
        "[ $# -gt 0 ] && shift",
        '"${NEO4J_ADMIN:-neo4j-admin}" database import full "$DATABASE" "$@" \\',
        *(f"    {arg} \\" for arg in options + files[:-1]),
        f"    {files[-1]}",
    ]
    return "\n".join(lines) + "\n"


def write_neo4j(graph: KnowledgeGraph, path: Path) -> None:
    """Write ``path/`` (``OUT/neo4j``): the CSVs, import.sh, schema.cypher and graph.cypher.

    One pass makes each row once and writes it to its CSV and to graph.cypher: the bytes
    ``graph_tables`` and the text functions above give. Node batches go out as they fill; a
    relationship type's batches come in order of end labels, so its rows wait as their Cypher map
    text (a type at a time, never a row's dict) until the type's CSV is written.
    """
    path.mkdir(parents=True, exist_ok=True)
    counts = dict.fromkeys(LABELS, 0)
    by_kind: dict[str, list[Node]] = {label: [] for label in LABELS}
    for node in graph.nodes():
        by_kind[node.kind].append(node)
    by_type: dict[str, list[Edge]] = {rel_type: [] for rel_type in TYPES}
    for edge in graph.edges():
        by_type[edge.type].append(edge)
    with _open(path / "graph.cypher") as cypher:
        cypher.write(GRAPH_CYPHER_HEADER)
        for kind in LABELS:
            counts[kind] = len(by_kind[kind])
            _write_nodes(path, kind, by_kind.pop(kind), cypher)
        for rel_type in TYPES:
            _write_rels(graph, path, rel_type, by_type.pop(rel_type), cypher)
    for name, text in (("import.sh", import_sh(counts)), ("schema.cypher", schema_cypher())):
        with _open(path / name) as handle:
            handle.write(text)
    (path / "import.sh").chmod(0o755)


def _write_nodes(path: Path, kind: str, nodes: list[Node], cypher: TextIO) -> None:
    """``nodes_<kind>.csv``, and the kind's batches of graph.cypher."""
    names = [c.name for c in NODE_COLUMNS[kind]]
    statement = merge_nodes_cypher(kind)
    with _open(path / node_file(kind)) as handle:
        handle.write(",".join(node_header(kind)) + "\r\n")
        maps: list[str] = []
        for node in nodes:
            row = node_row(node)
            props = row.props
            handle.write(_csv_record([row.id, kind, *(props.get(n) for n in names)]))
            maps.append(cypher_map({"id": row.id, **props}))
            if len(maps) == CYPHER_BATCH:
                cypher.write(_inline(statement, maps))
                maps = []
        if maps:
            cypher.write(_inline(statement, maps))


def _write_rels(graph: KnowledgeGraph, path: Path, rel_type: str, edges: list[Edge], cypher: TextIO) -> None:
    """``rels_<rel_type>.csv``, and the type's batches of graph.cypher, by end labels: until the CSV
    is written, each group's rows wait as their Cypher map text, one line each (``cypher_string``
    leaves no raw line break), in a temporary file (held in memory, MENTIONED_IN's text alone took
    a fifth of the graph's size)."""
    names = [c.name for c in REL_COLUMNS[rel_type]]
    with ExitStack() as files:
        groups: dict[tuple[str, str], TextIO] = {}
        with _open(path / rel_file(rel_type)) as handle:
            handle.write(",".join(rel_header(rel_type)) + "\r\n")
            for edge in edges:
                start, end = graph.node(edge.source), graph.node(edge.target)
                if start is None or end is None:
                    missing = edge.source if start is None else edge.target
                    raise ExportError(f"{rel_type} {edge.id} refers to unknown node {missing}")
                row = rel_row(edge)
                props = row.props
                handle.write(_csv_record([row.start, row.end, rel_type, *(props.get(n) for n in names)]))
                key = (start.kind, end.kind)
                group = groups.get(key)
                if group is None:
                    group = groups[key] = files.enter_context(_spill())
                group.write(cypher_map({"start": row.start, "end": row.end, **props}) + "\n")
        for (start_label, end_label), group in sorted(groups.items()):
            statement = merge_rels_cypher(rel_type, start_label, end_label)
            group.seek(0)
            maps: list[str] = []
            for line in group:
                maps.append(line[:-1])
                if len(maps) == CYPHER_BATCH:
                    cypher.write(_inline(statement, maps))
                    maps = []
            if maps:
                cypher.write(_inline(statement, maps))


def _spill() -> TextIO:
    # newline="\n": read back, a line ends at the \n written after each map and nowhere else.
    return tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n")  # noqa: SIM115 - closed by the stack


def _inline(statement: str, maps: list[str]) -> str:
    """``inline_statement`` of a batch whose rows are already Cypher map literals."""
    return statement.replace("$rows", "[\n" + ",\n".join(maps) + "\n]", 1) + ";\n"


def _open(path: Path) -> TextIO:
    # newline="" keeps the CSVs' CRLF and writes LF elsewhere, on every platform.
    return open(path, "w", encoding="utf-8", newline="")
