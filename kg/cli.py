"""The ``kg`` command line: parses options, calls the library, prints. No extraction logic here."""

from __future__ import annotations

import os
import sys
import time
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated

# Before numpy is first imported: kg's numpy work is elementwise (the decoder), never BLAS, so each
# process would only carry an idle BLAS thread, and the main process of kg build --workers N must
# stay single-threaded to fork its exports (kg.export.write_exports).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import typer  # noqa: E402
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

import kg
from kg.ids import DEFAULT_BASE_IRI

app = typer.Typer(
    help="Build a knowledge graph of people, organisations, titles and events from Chinese news.",
    no_args_is_help=True,
    add_completion=False,
)
# Messages name files: never hard-wrapped at the terminal width, so that a path stays whole.
# Markup is off: paths and reasons come from the inputs, and a file named `[/].txt` must print verbatim.
err = Console(stderr=True, soft_wrap=True, markup=False, highlight=False)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {kg.__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """kg: offline, precise, dated and traceable knowledge graphs from Chinese news."""


Inputs = Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for standard input.")]
# kg.io.MAX_DOC_CHARS, written out: importing kg.io here would add 0.1 s to every command's start
# (tests/test_cli.py keeps the two equal).
MAX_DOC_CHARS = 2_000_000
MaxDocChars = Annotated[
    int,
    typer.Option(
        min=1, help="Skip a document longer than this many characters, before any NLP (report.json says so)."
    ),
]


@app.command()
def build(
    inputs: Inputs,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")],
    base_iri: Annotated[str, typer.Option(help="Base of every node IRI.")] = DEFAULT_BASE_IRI,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes for the per-document stages.")] = 1,
    engine: Annotated[
        str, typer.Option(help="Where the per-document stages run: local processes, or a Dask cluster.")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address (tcp://HOST:PORT); a local cluster when omitted."),
    ] = None,
    update: Annotated[
        bool,
        typer.Option(
            "--update",
            help="Add the inputs to the graph already in OUT (its mentions.jsonl) instead of starting anew.",
        ),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")] = False,
    max_doc_chars: MaxDocChars = MAX_DOC_CHARS,
) -> None:
    """Build the graph and write its exports and report.json into OUT."""
    from kg.build import DocumentReport, warmed_up
    from kg.build import build as run_build
    from kg.errors import KgError

    show = not quiet and err.is_terminal
    progress = Progress(
        TextColumn("[bold]kg build"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}", markup=False),  # a file name, printed verbatim
        TimeElapsedColumn(),
        console=err,
        disable=not show,
        transient=True,
        # Refreshed as documents come back rather than by a thread of its own: the exports are
        # forked (kg.export.write_exports), which is only safe in a single-threaded process.
        auto_refresh=False,
    )
    shown = 0.0

    def on_document(row: DocumentReport) -> None:
        nonlocal shown
        progress.update(task, advance=1, description=Path(row.source).name)
        if (now := time.monotonic()) - shown >= 0.1:
            progress.refresh()
            shown = now
        if row.status == "skipped":
            err.print(Text.assemble(("skipped", "yellow"), f" {row.source}: {row.reason}"))

    # One local process loads the pipeline itself; otherwise only the workers do.
    warm = warmed_up() if engine == "local" and workers == 1 else nullcontext()
    try:
        with warm, progress:
            task = progress.add_task("", total=None)
            report = run_build(
                inputs,
                out,
                base_iri=base_iri,
                workers=workers,
                engine=engine,
                scheduler=scheduler,
                on_document=on_document,
                update=update,
                max_doc_chars=max_doc_chars,
            )
    except KgError as e:  # OUT is a file or locked, or a damaged mentions.jsonl: OUT is unchanged
        err.print(f"kg build: {e}", style="red")
        raise typer.Exit(code=1) from None
    if not quiet:
        err.print(
            f"{report.read} document(s) read, {report.skipped} skipped; "
            f"{report.counts.get('nodes', 0)} nodes, {report.counts.get('edges', 0)} edges → {out}",
            highlight=False,
        )
    if report.read == 0:
        err.print(f"kg build: nothing could be read; {out} left unchanged", style="red")
        raise typer.Exit(code=1)


@app.command()
def extract(inputs: Inputs, max_doc_chars: MaxDocChars = MAX_DOC_CHARS) -> None:
    """Print one JSON object per sentence: its offsets, entities and relations."""
    from kg.build import extract_all, sentence_lines, warmed_up
    from kg.io import read_documents

    read = 0
    with warmed_up():
        for result, extraction in extract_all(read_documents(inputs, max_chars=max_doc_chars)):
            if extraction is None:
                err.print(f"skipped {result.source}: {result.reason}", highlight=False)
                continue
            read += 1
            for line in sentence_lines(extraction):
                sys.stdout.write(line + "\n")
    if read == 0:
        raise typer.Exit(code=1)


@app.command("eval")
def eval_command(
    gold: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="Gold JSONL (../shared/gold/SCHEMA.md).")
    ],
    inputs: Inputs,
    json_out: Annotated[
        Path | None, typer.Option("--json", dir_okay=False, help="Also write every figure as JSON here.")
    ] = None,
    show_misses: Annotated[
        bool, typer.Option("--show-misses/--no-show-misses", help="List misses and false positives.")
    ] = True,
    extractor: Annotated[str, typer.Option(help="Extractor to score: kg or baseline.")] = "kg",
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (kg extractor only).")] = 1,
    max_doc_chars: MaxDocChars = MAX_DOC_CHARS,
) -> None:
    """Score extraction on INPUT files against GOLD; the summary table comes last. Exits 0."""
    from kg.errors import GoldError
    from kg.eval import EXTRACTORS, evaluate, miss_lines, summary_lines

    if extractor not in EXTRACTORS:
        err.print(f"unknown extractor {extractor!r}; choose one of: {', '.join(EXTRACTORS)}", highlight=False)
        raise typer.Exit(code=2)
    try:
        result = evaluate(gold, inputs, extractor=extractor, workers=workers, max_doc_chars=max_doc_chars)
    except GoldError as e:
        err.print(f"bad gold file: {e}", style="red", highlight=False)
        raise typer.Exit(code=1) from e
    for source, reason in result.skipped:
        err.print(f"skipped {source}: {reason}", highlight=False)
    for source in result.unannotated:
        err.print(f"not scored (no gold line): {source}", highlight=False)
    for name in result.not_given:
        err.print(f"gold document not among the inputs: {name}", highlight=False)
    if json_out is not None:
        json_out.write_text(result.to_json(), encoding="utf-8")
    lines = (miss_lines(result) if show_misses else []) + summary_lines(result)
    sys.stdout.write("".join(line + "\n" for line in lines))


@app.command()
def viz(
    graph_ttl: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="A graph.ttl written by kg build.")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", dir_okay=False, help="The page to write.")] = Path(
        "graph.html"
    ),
    person: Annotated[
        list[str] | None, typer.Option(help="Keep only the neighbourhood of this person (repeatable).")
    ] = None,
    org: Annotated[
        list[str] | None, typer.Option(help="Keep only the neighbourhood of this organisation (repeatable).")
    ] = None,
    event: Annotated[
        list[str] | None, typer.Option(help="Keep only the neighbourhood of this event (repeatable).")
    ] = None,
    hops: Annotated[int, typer.Option(min=0, help="Relations away from the named nodes to keep.")] = 1,
) -> None:
    """Write the interactive page (one self-contained HTML file) from an existing graph.ttl."""
    from kg.errors import KgError
    from kg.export.html import write_html
    from kg.viz import load_turtle, neighbourhood

    try:
        graph = load_turtle(graph_ttl)
        if person or org or event:
            graph = neighbourhood(graph, persons=person or (), orgs=org or (), events=event or (), hops=hops)
        write_html(graph, out)
    except KgError as e:
        err.print(f"kg viz: {e}", style="red", markup=False, highlight=False)
        raise typer.Exit(code=1) from e
    shown = sum(1 for node in graph.nodes() if node.kind != "Document")
    err.print(f"{shown} nodes → {out}", highlight=False)


@app.command()
def query(
    graph_ttl: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="A graph.ttl (or .nt) written by kg build.")
    ],
    sparql: Annotated[str, typer.Argument(help="A .rq file (ontologies/queries/) or SPARQL text.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    bind: Annotated[
        list[str] | None,
        typer.Option(
            "--bind",
            "-b",
            help="NAME=VALUE: bind ?NAME to the literal VALUE@zh (repeatable): --bind title=董事长.",
        ),
    ] = None,
) -> None:
    """Run a SPARQL SELECT or ASK query over an exported graph (pyoxigraph's embedded store)."""
    from kg.errors import KgError
    from kg.query import FORMATS, format_result, parse_bindings, query_file

    if fmt not in FORMATS:
        err.print(f"kg query: unknown format {fmt!r}; known: {', '.join(FORMATS)}", highlight=False)
        raise typer.Exit(code=2)
    try:
        result = query_file(graph_ttl, sparql, parse_bindings(bind or []))
    except KgError as e:
        err.print(f"kg query: {e}", style="red", markup=False, highlight=False)
        raise typer.Exit(code=1) from None
    typer.echo(format_result(result, fmt))


@app.command()
def push(
    out: Annotated[Path, typer.Argument(help="A kg build output directory (or its neo4j/ directory).")],
    uri: Annotated[str, typer.Option(help="Bolt URI of the server, e.g. bolt://localhost:7687.")],
    user: Annotated[str | None, typer.Option(help="User name; no authentication when not given.")] = None,
    password: Annotated[
        str | None, typer.Option(envvar="NEO4J_PASSWORD", help="Password (or set NEO4J_PASSWORD).")
    ] = None,
    database: Annotated[
        str | None, typer.Option(help="Database name; the server's default when not given.")
    ] = None,
    schema: Annotated[
        bool, typer.Option(help="Create the constraints and indexes of schema.cypher first (Neo4j 5).")
    ] = True,
    batch_size: Annotated[int, typer.Option(min=1, help="Rows per UNWIND … MERGE transaction.")] = 1000,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds allowed for each client call.")] = 30.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")] = False,
) -> None:
    """Push a build's graph into a running Neo4j over Bolt: idempotent MERGE on node and relationship ids."""
    import logging

    from kg.errors import PushError
    from kg.push import push as run_push

    # The driver logs each retry; the one-line error below says what finally went wrong.
    logging.getLogger("neo4j").addHandler(logging.NullHandler())
    logging.getLogger("neo4j").propagate = False
    progress = Progress(
        TextColumn("[bold]kg push"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=quiet or not err.is_terminal,
        transient=True,
    )
    with progress:
        task = progress.add_task("", total=None)

        def on_progress(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        try:
            report = run_push(
                out,
                uri=uri,
                user=user,
                password=password,
                database=database,
                batch_size=batch_size,
                schema=schema,
                timeout=timeout,
                on_progress=on_progress,
            )
        except PushError as e:
            progress.stop()
            err.print(f"kg push: {e}", style="red", markup=False, highlight=False)
            raise typer.Exit(code=1) from None
    if not quiet:
        err.print(
            f"{report.nodes} nodes, {report.relationships} relationships → {report.uri} "
            f"({report.nodes_created} nodes and {report.relationships_created} relationships created)",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
