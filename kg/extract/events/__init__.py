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

from kg.extract.events.dates import _dates_and_places
from kg.extract.events.named import _collect
from kg.extract.events.organisers import _organizers
from kg.extract.events.participations import _participations
from kg.extract.events.records import EventMentions, core
from kg.extract.events.refs import (
    _contextual_parents,
    _event_by_key,
    _main_event,
    _paragraph_events,
    _resolve_refs,
)
from kg.extract.spans import provenance
from kg.model import Document, EventMention, Membership, Sentence
from kg.nlp.tokens import Parse

__all__ = ["EventMentions", "core", "extract_events"]

# ---------------------------------------------------------------------------------------------


def extract_events(
    document: Document, parsed: Sequence[tuple[Sentence, Parse]], memberships: Sequence[Membership]
) -> EventMentions:
    """Events, participations and organisers of one document (see the module docstring)."""
    registry, views, aliases = _collect(document, parsed)
    main = _main_event(document, registry, views)
    leads = _paragraph_events(document, registry, views, main)
    _resolve_refs(registry, views, main, leads)
    _contextual_parents(registry, views, main)
    _dates_and_places(document, registry, views, main)
    participations = _participations(registry, views, memberships, leads)
    organizers = _organizers(registry, views, leads)
    events = tuple(
        EventMention(
            name=event.name,
            provenance=provenance(event.sentence),
            span=event.span,
            aliases=tuple(dict.fromkeys(f for f in event.forms if f != event.name)),
            start_date=event.start,
            end_date=event.end,
            location=event.location,
            parent=parent.name if (parent := _event_by_key(registry, event.parent)) else None,
        )
        for event in sorted(registry.events, key=lambda e: (e.sentence.index, e.span))
    )
    return EventMentions(events, tuple(participations), tuple(organizers), tuple(aliases))
