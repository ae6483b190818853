"""Exporters, by format name. Each is ``write(graph, path, *, base_iri)``, imported only when used,
so that ``import kg`` never imports pyvis or the Neo4j driver."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from importlib import import_module
from pathlib import Path

from kg.graph import KnowledgeGraph
from kg.outdir import checkpoint

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


def _known(name: str) -> None:
    if name not in EXPORTERS:
        raise KeyError(f"unknown export format {name!r}; known: {', '.join(sorted(EXPORTERS))}")


def get_exporter(name: str) -> Exporter:
    _known(name)
    module, _, function = EXPORTERS[name][0].partition(":")
    exporter: Exporter = getattr(import_module(module), function)
    return exporter


def write_exports(
    graph: KnowledgeGraph, out_dir: Path, formats: Iterable[str] | None = None, *, processes: int = 1
) -> list[Path]:
    """Write each format into ``out_dir``; returns the paths written.

    With ``processes > 1`` the formats are shared out among this process and forked children, which
    read the graph from their copy of this process's memory (nothing is pickled but the names); each
    file is still written by one process, so the bytes do not depend on ``processes``. ``kg build
    --workers N`` asks for this: its exports are a serial tail after the parallel extraction.
    """
    names = list(formats if formats is not None else EXPORTERS)
    for name in names:
        _known(name)  # before anything is written
    processes = min(processes, len(names))
    if processes > 1 and _can_fork():
        _write_forked(graph, out_dir, names, processes)
    else:
        _write_formats(graph, out_dir, names)
    return [out_dir / EXPORTERS[name][1] for name in names]


def _write_formats(graph: KnowledgeGraph, out_dir: Path, names: Iterable[str]) -> None:
    with collector_paused():
        for name in names:
            get_exporter(name)(graph, out_dir / EXPORTERS[name][1])
            checkpoint(f"export-{name}")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the exporters run. They allocate millions of small
    containers (a subject's triples, a row, a record) that reference counting frees, and each
    collection that the allocations set off walks every object of the graph again: about a seventh
    of the CPU time of all exports at a million triples. What they leave in cycles is collected after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# The graph the forked children write from: a child inherits this process's memory at fork time.
_FORKED_GRAPH: KnowledgeGraph | None = None


def _write_inherited(out_dir: Path, names: list[str]) -> None:
    assert _FORKED_GRAPH is not None, "only called in a child forked by _write_forked"
    _write_formats(_FORKED_GRAPH, out_dir, names)


def _can_fork() -> bool:
    """Fork only where it is safe: on Linux (macOS forbids forking once some system libraries
    have started), and with no other thread, Python's or a native library's (ONNX Runtime may start
    one when the backbone loads here), whose held locks a child would inherit."""
    import os
    import sys

    return sys.platform.startswith("linux") and len(os.listdir("/proc/self/task")) == 1


def _write_forked(graph: KnowledgeGraph, out_dir: Path, names: list[str], processes: int) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _FORKED_GRAPH
    shares = [names[k::processes] for k in range(processes)]
    _FORKED_GRAPH = graph
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=multiprocessing.get_context("fork")) as pool:
            pending = [pool.submit(_write_inherited, out_dir, share) for share in shares[1:]]
            _write_formats(graph, out_dir, shares[0])
            for future in pending:
                future.result()  # a child's exception is raised here
    finally:
        _FORKED_GRAPH = None
