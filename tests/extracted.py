"""Short documents run through the whole pipeline (LAC included), for the sentence tables of
tests/extract/sentences: one helper per kind of finding, each the set a table row expects.

Each row there is one case, written for these tests: what must be found, or what must not (an empty
set, or the plain reading kept). A row's id names the round that found the form (heldoutN:
tests/fixtures/heldoutN/NOTES.md; heldout3: the third round; misses: the known-misses audit;
precision: the precision audit on real news; government: bodies of governments), then the form.
"""

from __future__ import annotations

import datetime as dt

from kg.build import process_document
from kg.model import Document, DocumentExtraction
from kg.nlp.pipeline import parse_text

PUBLISHED = dt.date(2024, 5, 21)  # the date every test document carries


def run(text: str, date: dt.date = PUBLISHED) -> DocumentExtraction:
    return process_document(Document(id="t", source="t.txt", text=text, date=date))


def memberships(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.person, m.title, m.org) for m in run(text).memberships}


def event_names(text: str) -> set[str]:
    return {e.name for e in run(text).events}


def event_parents(text: str) -> set[tuple[str, str | None]]:
    return {(e.name, e.parent) for e in run(text).events}


def event_dates(text: str) -> set[tuple[str, dt.date | None, dt.date | None]]:
    return {(e.name, e.start_date, e.end_date) for e in run(text).events}


def event_places(text: str) -> set[tuple[str, str | None]]:
    return {(e.name, e.location) for e in run(text).events}


def roles(text: str) -> set[tuple[str, str]]:
    return {(p.person, p.role) for p in run(text).participations}


def roles_at(text: str) -> set[tuple[str, str, str]]:
    return {(p.person, p.event, p.role) for p in run(text).participations}


def organisers(text: str) -> set[tuple[str, str]]:
    return {(o.org, o.role) for o in run(text).organizers}


def organised_events(text: str) -> set[tuple[str, str]]:
    return {(o.org, o.event) for o in run(text).organizers}


def exhibitors(text: str) -> set[tuple[str, str]]:
    return {(o.org, o.event) for o in run(text).organizers if o.role == "参展"}


def events_and_organisers(text: str) -> dict[str, set[object]]:
    extraction = run(text)
    return {
        "events": {e.name for e in extraction.events},
        "organisers": {(o.org, o.role) for o in extraction.organizers},
    }


def org_spans(text: str) -> set[str]:
    """The ORG spans the NLP stage finds (before extraction)."""
    return {span.text for span in parse_text(text).group("orgs") if span.label == "ORG"}
