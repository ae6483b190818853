"""``build``: every stage composed, from input paths to exports and a report.

Documents stream through the per-document stages (read → sentences → NLP → extraction), one worker
process each when ``workers > 1``; results come back in input order, so the output does not depend
on the number of workers. Resolution and export then run once over all the extractions.
"""

from __future__ import annotations

import gc
import json
import os
import time
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from kg.engine import ENGINES, Process, run_dask, run_pool, run_serial
from kg.export import EXPORTERS, write_exports
from kg.graph import KnowledgeGraph
from kg.ids import DEFAULT_BASE_IRI, IriMinter
from kg.io import read_documents
from kg.link import resolve, with_definitions
from kg.link.store import MENTIONS_FILE, MentionsWriter, merge_extractions, read_mentions
from kg.model import Document, DocumentExtraction, ReadResult
from kg.nlp.sentences import split_sentences
from kg.outdir import checkpoint, transaction

REPORT_FILE = "report.json"


@dataclass(frozen=True)
class DocumentReport:
    """One row of report.json: every input appears, read or skipped."""

    source: str
    status: str  # "read" | "skipped"
    reason: str | None = None
    id: str | None = None
    title: str | None = None
    date: str | None = None
    format: str | None = None
    characters: int = 0
    # Code points XML 1.0 cannot hold, dropped by the reader (kg.io.clean), and characters the
    # bytes did not encode (a cut or damaged multi-byte sequence), read as U+FFFD.
    dropped_chars: int = 0
    replaced_chars: int = 0
    sentences: int = 0
    entities: int = 0
    memberships: int = 0
    events: int = 0
    participations: int = 0
    organizers: int = 0
    seconds: float = 0.0


@dataclass
class Report:
    documents: list[DocumentReport] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def read(self) -> int:
        return sum(1 for d in self.documents if d.status == "read")

    @property
    def skipped(self) -> int:
        return sum(1 for d in self.documents if d.status == "skipped")

    def to_json(self) -> str:
        payload = {
            "documents_read": self.read,
            "documents_skipped": self.skipped,
            "counts": dict(sorted(self.counts.items())),
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
            "documents": [asdict(d) for d in self.documents],
        }
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def process_documents(documents: Sequence[Document]) -> list[DocumentExtraction]:
    """The per-document stages over a batch; runs in worker processes, so it only takes and
    returns plain data.

    The backbone tags the sentences of the whole batch together (outputs do not depend on the
    batch); each document's ``seconds`` is its share of the batch's time, by characters.
    """
    # Imported here, where the work is done: the main process of kg build --workers N never runs
    # the pipeline, and starts its workers a third of a second sooner without numpy, the rules
    # and the extractors.
    from kg.extract import extract_document
    from kg.nlp.pipeline import parse_texts
    from kg.nlp.script import analysed

    started = time.perf_counter()
    analyses = [analysed(d) for d in documents]
    texts = [s.text for _, sentences in analyses for s in sentences]
    parses = parse_texts(texts, batch_size=max(1, len(texts)))
    extractions = [
        extract_document(view, [(s, next(parses)) for s in sentences], written=document)
        for document, (view, sentences) in zip(documents, analyses, strict=True)
    ]
    elapsed = time.perf_counter() - started
    chars = max(1, sum(len(d.text) for d in documents))
    return [replace(x, seconds=elapsed * len(x.document.text) / chars) for x in extractions]


def graph_extractions(documents: Sequence[Document]) -> list[DocumentExtraction]:
    """:func:`process_documents` for ``kg build``: the text's definitions read and the text dropped
    where the work is done (:func:`kg.link.with_definitions`), so that it does not travel back."""
    return [with_definitions(x) for x in process_documents(documents)]


def process_document(document: Document) -> DocumentExtraction:
    """One document on its own (``kg eval``, tests)."""
    return process_documents([document])[0]


def sentence_lines(extraction: DocumentExtraction) -> Iterator[str]:
    """``kg extract`` output: one JSON line per sentence with what was found in it.

    Mentions are grouped by sentence in one pass, so a document of many sentences stays linear.
    """
    document = extraction.document
    sentences = list(split_sentences(document.text, doc_id=document.id))
    starts = [s.start for s in sentences]
    entities: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for entity in extraction.entities:
        entities[bisect_right(starts, entity.start) - 1].append(asdict(entity))
    found: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    kinds: dict[str, Iterable[Any]] = {
        "memberships": extraction.memberships,
        "events": extraction.events,
        "participations": extraction.participations,
        "organizers": extraction.organizers,
    }
    for kind, items in kinds.items():
        for item in items:
            found[kind, item.provenance.sentence_index].append(asdict(item) | {"provenance": None})
    for sentence in sentences:
        record = {
            "doc": document.id,
            "source": document.source,
            "sentence": sentence.index,
            "start": sentence.start,
            "end": sentence.end,
            "text": sentence.text,
            "entities": entities.get(sentence.index, []),
            **{kind: found.get((kind, sentence.index), []) for kind in kinds},
        }
        yield json.dumps(record, ensure_ascii=False, default=str)


# Collector thresholds for processes that run the pipeline: a batch makes hundreds of thousands
# of short-lived, acyclic objects (LAC tokens, spans, mentions) that reference counting frees. At
# the default (700, 10, 10) the collector ran over 5,000 times per 2M characters and promoted each
# batch's tokens to the oldest generation, whose collections then walked every mention kept for
# resolution: 6% of kg build's time. Cyclic garbage now waits at most 100,000 allocations.
PIPELINE_GC_THRESHOLDS = (100_000, 20, 100)


_WARM_UP = "2024年9月10日，第三届全球数字经济论坛在杭州举行，市委书记张伟、某某公司总经理李明出席并致辞。"


def warm_up() -> None:
    """Load the pipeline and the model, leave everything loaded so far out of garbage collection,
    and collect less often (see ``PIPELINE_GC_THRESHOLDS``).

    The model, the vocab and the lexicons live as long as the process, and every full collection
    would walk them again. Only for processes that exist to run the pipeline: worker processes, and
    the ``kg`` command itself (see :func:`warmed_up`).
    """
    from kg.nlp.pipeline import parse_text

    parse_text(_WARM_UP)  # the model and every lexicon the rule components read
    gc.freeze()
    gc.set_threshold(*PIPELINE_GC_THRESHOLDS)


@contextmanager
def warmed_up() -> Iterator[None]:
    """:func:`warm_up` for the length of a command; the process is left as it was afterwards
    (commands also run in-process, in tests, where frozen objects hide from gc.get_referrers)."""
    thresholds = gc.get_threshold()
    warm_up()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def extract_all(
    results: Iterable[ReadResult],
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    stage: Process = process_documents,
) -> Iterator[tuple[ReadResult, DocumentExtraction | None]]:
    """Process every readable document with ``stage``, in input order, on the chosen engine."""
    if engine == "dask":
        return run_dask(results, stage, scheduler=scheduler, workers=workers)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}; known: {', '.join(ENGINES)}")
    if workers <= 1:
        return run_serial(results, stage)
    return run_pool(results, stage, workers=workers, initializer=warm_up)


def document_report(result: ReadResult, extraction: DocumentExtraction | None) -> DocumentReport:
    document = result.document
    if document is None or extraction is None:
        return DocumentReport(source=result.source, status="skipped", reason=result.reason)
    return DocumentReport(
        source=result.source,
        status="read",
        id=document.id,
        title=document.title,
        date=document.date.isoformat() if document.date else None,
        format=document.format,
        characters=len(document.text),
        dropped_chars=result.dropped_chars,
        replaced_chars=result.replaced_chars,
        sentences=extraction.sentences,
        entities=len(extraction.entities),
        memberships=len(extraction.memberships),
        events=len(extraction.events),
        participations=len(extraction.participations),
        organizers=len(extraction.organizers),
        seconds=round(extraction.seconds, 3),
    )


def _outside(results: Iterable[ReadResult], exclude: Sequence[Path]) -> Iterator[ReadResult]:
    """``results`` with those at or under an ``exclude`` path turned into skipped rows, so that an OUT
    inside the inputs never has its exports read back as articles (the user's own files in OUT are
    still read)."""
    roots = [os.path.realpath(p) for p in exclude]
    for result in results:
        # A JSONL line's source is PATH:LINE; realpath leaves that suffix as it is.
        where = os.path.realpath(result.source) if roots else ""
        inside = next((r for r in roots if where == r or where.startswith((r + os.sep, r + ":"))), None)
        if inside is not None:
            folder = os.path.dirname(inside)
            yield ReadResult(source=result.source, reason=f"written by kg build into {folder}")
            continue
        yield result


def build_graph(
    inputs: Iterable[str],
    *,
    base_iri: str = DEFAULT_BASE_IRI,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    on_document: Callable[[DocumentReport], None] | None = None,
    previous: Iterable[DocumentExtraction] = (),
    on_extraction: Callable[[DocumentExtraction], None] | None = None,
    exclude: Sequence[Path] = (),
    max_doc_chars: int | None = None,
) -> tuple[KnowledgeGraph, Report]:
    """Read, extract and resolve; no files are written.

    ``previous`` are the extractions of an earlier build (``kg build --update``): they are resolved
    together with the new ones, a document read again replacing its earlier record.
    ``on_extraction`` receives each new extraction as it arrives, as resolution keeps it (without
    text or NER entities): ``kg build`` streams them to mentions.jsonl.
    Inputs at or under a path of ``exclude`` (what kg wrote into OUT) are skipped, never read back.
    """
    report = Report()
    extractions: list[DocumentExtraction] = []
    started = time.perf_counter()
    for result, extraction in extract_all(
        _outside(read_documents(inputs, max_chars=max_doc_chars), exclude),
        workers=workers,
        engine=engine,
        scheduler=scheduler,
        stage=graph_extractions,
    ):
        row = document_report(result, extraction)
        report.documents.append(row)
        if extraction is not None:
            # Resolution needs neither the text (gone with its definitions read) nor the NER
            # entities (they are for kg extract); the time taken is the report's, and kept in
            # mentions.jsonl it would make that file differ from run to run.
            kept = replace(extraction, entities=(), seconds=0.0)
            extractions.append(kept)
            if on_extraction is not None:
                on_extraction(kept)
        if on_document is not None:
            on_document(row)
    report.timings["extract_s"] = time.perf_counter() - started
    started = time.perf_counter()
    extractions = merge_extractions(previous, extractions)
    graph = resolve(extractions, minter=IriMinter(base_iri))
    report.timings["resolve_s"] = time.perf_counter() - started
    report.counts = {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "memberships": sum(len(e.memberships) for e in extractions),
        "events": sum(len(e.events) for e in extractions),
        "participations": sum(len(e.participations) for e in extractions),
        "organizers": sum(len(e.organizers) for e in extractions),
    }
    return graph, report


# The names kg writes at the top of OUT; anything else there is the user's and is carried over.
OWNED_NAMES = frozenset({name for _, name in EXPORTERS.values()} | {MENTIONS_FILE, REPORT_FILE})


def build(
    inputs: Iterable[str],
    out_dir: Path,
    *,
    base_iri: str = DEFAULT_BASE_IRI,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    formats: Iterable[str] | None = None,
    on_document: Callable[[DocumentReport], None] | None = None,
    update: bool = False,
    max_doc_chars: int | None = None,
) -> Report:
    """``kg build``: the graph, its exports, report.json and mentions.jsonl under ``out_dir``.

    With ``update``, the documents of earlier builds into ``out_dir`` (kept in mentions.jsonl)
    stay in the graph and the new inputs are added to them. The whole build is one transaction
    (:mod:`kg.outdir`): written beside ``out_dir`` and swapped in at once, or, when nothing could be
    read, not at all. Raises :class:`kg.errors.OutputError` when another build holds ``out_dir``.
    """
    with transaction(out_dir, OWNED_NAMES) as txn:
        mentions = txn.out / MENTIONS_FILE
        previous = read_mentions(mentions) if update and mentions.is_file() else []
        stage = txn.staging
        # Each document's line is written as its extraction arrives (see MentionsWriter).
        with MentionsWriter(stage / MENTIONS_FILE, previous) as written:
            graph, report = build_graph(
                inputs,
                base_iri=base_iri,
                workers=workers,
                engine=engine,
                scheduler=scheduler,
                on_document=on_document,
                previous=previous,
                on_extraction=written.write,
                exclude=[txn.out / name for name in sorted(OWNED_NAMES)],
                max_doc_chars=max_doc_chars,
            )
        if report.read == 0:
            return report  # nothing read: OUT stays as it was
        checkpoint("mentions")
        started = time.perf_counter()
        # The extraction's worker processes have ended; as many processes share the exports.
        write_exports(graph, stage, formats, processes=workers if engine == "local" else 1)
        report.timings["export_s"] = time.perf_counter() - started
        checkpoint("exports")
        (stage / REPORT_FILE).write_text(report.to_json(), encoding="utf-8")
        checkpoint("report")
        txn.commit()
    return report
