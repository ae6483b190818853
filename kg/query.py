"""``kg query``: SPARQL over an exported graph, with pyoxigraph's embedded store.

rdflib's in-memory SPARQL engine is pure Python and takes seconds on a graph of a million triples;
pyoxigraph (Oxigraph, in Rust) loads the Turtle into an in-memory store and answers the shipped queries
in milliseconds to a fraction of a second at that size. Queries written inline may use the export's
prefixes (kg:, org:, schema:, skos:, prov:, nif:, xsd:, kgr:) without declaring them.

kg query stays offline: Oxigraph would send a ``SERVICE`` clause to its URL over HTTP, so a query
holding one is refused before evaluation (``refuse_service``, on rdflib's parse tree, so the word in a
string or a comment is no clause). Updates are refused by ``Store.query`` itself.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import ExportError
from kg.export.rdf import LANG, VOCABULARIES

FORMATS = ("table", "csv", "json")


@dataclass(frozen=True)
class Result:
    """A SELECT result as plain strings (None for an unbound variable), in the query's order."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]


def load_store(paths: Sequence[Path]) -> ox.Store:
    """An in-memory store holding the triples of each Turtle (or N-Triples, JSON-LD) file."""
    store = ox.Store()
    for path in paths:
        fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".") or "ttl") or ox.RdfFormat.TURTLE
        try:
            store.bulk_load(path=str(path), format=fmt)
        except (OSError, SyntaxError, ValueError) as e:
            raise ExportError(f"{path}: cannot load: {e}") from e
    return store


def query_text(query: str) -> str:
    """``query`` is a path to a ``.rq`` file or the SPARQL text itself."""
    candidate = Path(query)
    if "\n" in query or candidate.suffix not in (".rq", ".sparql"):
        return query
    if not candidate.exists():
        raise ExportError(f"{query}: no such query file")
    return candidate.read_text(encoding="utf-8")


def _services(tree: object) -> Iterator[object]:
    """The ``SERVICE`` clauses anywhere in an rdflib parse tree (nested groups, subqueries, unions)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(tree, CompValue):
        if tree.name == "ServiceGraphPattern":
            yield tree
        for value in tree.values():
            yield from _services(value)
    elif isinstance(tree, ParseResults | list | tuple):
        for value in tree:
            yield from _services(value)


def refuse_service(query: str) -> None:
    """Raise when ``query`` holds a SERVICE clause. A query rdflib cannot parse is checked for the
    bare word instead (a false refusal is possible there, a request never)."""
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        found = any(True for _ in _services(parseQuery(query)))
    except Exception:  # noqa: BLE001  # pyparsing's and rdflib's many errors; Oxigraph reports the syntax
        found = re.search(r"\bSERVICE\b", query, re.IGNORECASE) is not None
    if found:
        raise ExportError("SERVICE is not allowed: kg query answers from the graph file only, offline")


def _value(term: object) -> str | None:
    if term is None:
        return None
    return str(getattr(term, "value", term))


def parse_bindings(pairs: Sequence[str]) -> dict[str, str]:
    """``NAME=VALUE`` pairs (``kg query --bind title=董事长``) as a mapping; a clear error otherwise."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ExportError(f"--bind {pair!r}: expected NAME=VALUE with a SPARQL variable name")
        out[name] = value
    return out


def _substitutions(
    bindings: Mapping[str, str],
) -> dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]:
    """Each value as a Chinese literal (every name and title of the export is one) bound to its
    variable by Oxigraph itself (SEP-0007 substitution): a value never becomes query text."""
    return {ox.Variable(name): ox.Literal(value, language=LANG) for name, value in bindings.items()}


def run(
    store: ox.Store, query: str, *, base_iri: str | None = None, bindings: Mapping[str, str] | None = None
) -> Result:
    """Run a SELECT (or ASK) query; prefixes of the export are predeclared, and ``bindings`` give
    variables values (``{"title": "董事长"}`` binds ?title to "董事长"@zh) without touching the text."""
    prefixes = dict(VOCABULARIES)
    if base_iri:
        prefixes["kgr"] = base_iri
    refuse_service(query)
    try:
        answer = store.query(
            query, prefixes=prefixes, base_iri=base_iri, substitutions=_substitutions(bindings or {})
        )
    except SyntaxError as e:
        raise ExportError(f"SPARQL syntax error: {e}") from e
    if isinstance(answer, ox.QueryBoolean):
        return Result(("ask",), ((str(bool(answer)).lower(),),))
    if not isinstance(answer, ox.QuerySolutions):
        raise ExportError("kg query prints SELECT and ASK results; CONSTRUCT/DESCRIBE are not supported")
    columns = tuple(v.value for v in answer.variables)
    rows = tuple(tuple(_value(solution[c]) for c in columns) for solution in answer)
    return Result(columns, rows)


def query_file(graph: Path, query: str, bindings: Mapping[str, str] | None = None) -> Result:
    """``kg query GRAPH QUERY [--bind NAME=VALUE]``: load the graph, run the query (a file or the text)."""
    return run(load_store([graph]), query_text(query), bindings=bindings)


def _width(text: str) -> int:
    from rich.cells import cell_len

    return int(cell_len(text))


def format_result(result: Result, fmt: str = "table") -> str:
    """The result as an aligned text table (CJK counted as two columns), CSV or JSON."""
    if fmt == "json":
        rows = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
        return json.dumps(rows, ensure_ascii=False, indent=1)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(["" if v is None else v for v in row] for row in result.rows)
        return out.getvalue().rstrip("\n")
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    cells = [list(result.columns)] + [["" if v is None else v for v in row] for row in result.rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(result.columns))]

    def line(row: list[str]) -> str:
        padded = (cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True))
        return " | ".join(padded).rstrip()

    rule = "-+-".join("-" * w for w in widths)
    body = [line(row) for row in cells[1:]]
    return "\n".join([line(cells[0]), rule, *body, f"({len(result.rows)} rows)"])
