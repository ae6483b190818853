"""Named events, their dates and places, who took part and who organised them.

Reads the "events" and "event_refs" span groups (kg/nlp/event_spans.py) over a whole document:

- One event per distinct event: mentions that differ only by a year or an edition in front
  (世界人工智能大会 / 2023世界人工智能大会), by a defined short form (（简称“全球智博会”）, with or
  without a year), by the part before 暨, or by an acronym of event_acronyms.tsv are merged; the
  fullest written form is the name, the others are aliases.
- The article's own event (the "main" event) is the one its title names, else the first named in
  its opening sentences. Generic references (大会, 本次论坛, 会上, 开幕式) point to it, or to the one
  named event whose head they repeat.
- Sub-events: "X“主题”分论坛" is part of X; an event held "在本次大会期间" / "在开幕式上" is part of
  the main event (and, held at its opening ceremony, takes its first day).
- Dates and places come from clauses that say the event takes place (举办, 举行, 开幕 …).
- Participations: a role cue of participation_roles.tsv applies to the people named before it
  (lists included) back to the previous cue; only the most specific role per (person, event) is kept.
- Organisers: "由A、B主办，C承办（的X）" clauses, "主办单位：A" lists, and organisations that, as the
  subject of a sentence about the event, released something there (发布) or exhibited (参展).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.events.dates import dates_and_places
from kg.extract.events.merge import add_acronyms, attach_named, merge_abbreviations
from kg.extract.events.named import find_spans, name_events
from kg.extract.events.organisers import organizers
from kg.extract.events.participations import participations
from kg.extract.events.records import EventMentions, EventTable, core
from kg.extract.events.refs import contextual_parents, main_event, paragraph_events, resolve_refs
from kg.extract.spans import provenance
from kg.model import Document, EventMention, Membership, Sentence
from kg.nlp.tokens import Parse

__all__ = ["EventMentions", "core", "extract_events"]


def extract_events(
    document: Document, parsed: Sequence[tuple[Sentence, Parse]], memberships: Sequence[Membership]
) -> EventMentions:
    """Events, participations and organisers of one document (see the module docstring).

    Each pass is a pure function of the sentence views and what the passes before it returned; the
    order matters: names before merges (a merge needs every name), merges before the main event
    (the title may name an abbreviation), the main event before references, references before
    dates (a date next to 大会 dates the event it points to), and dates before participations only
    by convention (they read no dates).
    """
    views, spans = find_spans(parsed)
    table, placed, defined = name_events(spans)
    table = merge_abbreviations(table)
    table, acronym_aliases = add_acronyms(document, table, views)
    views = attach_named(table, views, placed)
    table, main = main_event(document, table, views)
    leads = paragraph_events(document, table, views, main)
    views = resolve_refs(table, views, main, leads)
    table = contextual_parents(table, views, main)
    table = dates_and_places(document, table, views, main)
    return EventMentions(
        _event_mentions(table),
        tuple(participations(table, views, memberships, leads)),
        tuple(organizers(table, views, leads)),
        defined + acronym_aliases,
    )


def _event_mentions(table: EventTable) -> tuple[EventMention, ...]:
    return tuple(
        EventMention(
            name=event.name,
            provenance=provenance(event.sentence),
            span=event.span,
            aliases=tuple(dict.fromkeys(f for f in event.forms if f != event.name)),
            start_date=event.start,
            end_date=event.end,
            location=event.location,
            parent=parent.name if (parent := table.get(event.parent)) else None,
        )
        for event in sorted(table.events, key=lambda e: (e.sentence.index, e.span))
    )
