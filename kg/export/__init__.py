"""Exporters, by format name. Each is ``write(graph, path, *, base_iri)``, imported only when used,
so that ``import kg`` never imports pyvis or the Neo4j driver."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import import_module
from pathlib import Path

from kg.graph import KnowledgeGraph

Exporter = Callable[[KnowledgeGraph, Path], None]

# format name → ("module:function", file or directory name under the output directory)
EXPORTERS: dict[str, tuple[str, str]] = {
    "ttl": ("kg.export.rdf:write_turtle", "graph.ttl"),
    "jsonld": ("kg.export.rdf:write_jsonld", "graph.jsonld"),
    "nt": ("kg.export.rdf:write_ntriples", "graph.nt"),
    "graphml": ("kg.export.graphml:write_graphml", "graph.graphml"),
    "html": ("kg.export.html:write_html", "graph.html"),
    "neo4j": ("kg.export.neo4j:write_neo4j", "neo4j"),
}


def get_exporter(name: str) -> Exporter:
    if name not in EXPORTERS:
        raise KeyError(f"unknown export format {name!r}; known: {', '.join(sorted(EXPORTERS))}")
    module, _, function = EXPORTERS[name][0].partition(":")
    exporter: Exporter = getattr(import_module(module), function)
    return exporter


def write_exports(graph: KnowledgeGraph, out_dir: Path, formats: Iterable[str] | None = None) -> list[Path]:
    """Write each format into ``out_dir``; returns the paths written."""
    written = []
    for name in formats if formats is not None else EXPORTERS:
        path = out_dir / EXPORTERS[name][1]
        get_exporter(name)(graph, path)
        written.append(path)
    return written
