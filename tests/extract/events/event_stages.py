"""Hand-tagged documents (tests/tagged.py) through the event passes one by one, for pass tests.

``stages(...)`` runs the passes in extract_events' order and keeps every intermediate result, so
that a test can call one pass again on exactly the input it had and check that it is pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tagged import PUBLISHED, document, run

from kg.extract.events.merge import add_acronyms, attach_named, merge_abbreviations
from kg.extract.events.named import Placed, Spans, find_spans, name_events
from kg.extract.events.records import EventTable, SentenceView
from kg.extract.events.refs import contextual_parents, main_event, paragraph_events, resolve_refs
from kg.model import AliasMention, Document, DocumentExtraction, Sentence
from kg.nlp.tokens import Parse


@dataclass(frozen=True)
class Stages:
    document: Document
    parsed: list[tuple[Sentence, Parse]]
    found_views: tuple[SentenceView, ...]
    spans: Spans
    named: EventTable
    placed: tuple[Placed, ...]
    defined: tuple[AliasMention, ...]
    merged: EventTable
    acronyms: EventTable
    attached: tuple[SentenceView, ...]
    titled: EventTable
    main: int | None
    leads: Mapping[int, int | None]
    resolved: tuple[SentenceView, ...]
    parented: EventTable


def stages(*sentences: str, title: str | None = None) -> Stages:
    doc, parsed = document(*sentences, title=title)
    views, spans = find_spans(parsed)
    named, placed, defined = name_events(spans)
    merged = merge_abbreviations(named)
    acronyms, _ = add_acronyms(doc, merged, views)
    attached = attach_named(acronyms, views, placed)
    titled, main = main_event(doc, acronyms, attached)
    leads = paragraph_events(doc, titled, attached, main)
    resolved = resolve_refs(titled, attached, main, leads)
    parented = contextual_parents(titled, resolved, main)
    return Stages(
        doc,
        parsed,
        views,
        spans,
        named,
        placed,
        defined,
        merged,
        acronyms,
        attached,
        titled,
        main,
        leads,
        resolved,
        parented,
    )


def snapshot(table: EventTable) -> tuple[object, ...]:
    """Everything a table holds, as plain values: equal before and after a pass that is pure."""
    return table.order, dict(table.records), dict(table.pointer), dict(table.by_core)


def view_state(views: Sequence[SentenceView]) -> list[tuple[object, ...]]:
    return [(v.sentence, v.named, v.refs) for v in views]


def extraction(*sentences: str, date: dt.date = PUBLISHED) -> DocumentExtraction:
    return run(*sentences, date=date)


# Sentences the pass tests share (hand-tagged, LAC's tags).
EXPO_NAME = "第三届/m 海川/LOC 茶叶/n 博览会/n"
EXPO = f"{EXPO_NAME} 开幕/v 。/w"
