"""Short documents run through the whole pipeline, for the form tables of tests/extract."""

from __future__ import annotations

import datetime as dt

from kg.build import process_document
from kg.model import Document, DocumentExtraction

PUBLISHED = dt.date(2024, 5, 21)  # the date every test document carries


def run(text: str, date: dt.date = PUBLISHED) -> DocumentExtraction:
    return process_document(Document(id="t", source="t.txt", text=text, date=date))


def event_names(text: str) -> set[str]:
    return {e.name for e in run(text).events}


def memberships(text: str) -> set[tuple[str, str, str | None]]:
    return {(m.person, m.title, m.org) for m in run(text).memberships}


def roles(text: str) -> set[tuple[str, str]]:
    return {(p.person, p.role) for p in run(text).participations}


def organisers(text: str) -> set[tuple[str, str]]:
    return {(o.org, o.role) for o in run(text).organizers}


def event_dates(text: str) -> set[tuple[str, dt.date | None, dt.date | None]]:
    return {(e.name, e.start_date, e.end_date) for e in run(text).events}
