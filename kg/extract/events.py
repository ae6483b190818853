"""Named events, dates, places, participations and organiser roles (placeholder)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.model import AliasMention, Document, EventMention, EventOrganizer, Membership, Participation, Sentence


@dataclass(frozen=True)
class EventMentions:
    events: tuple[EventMention, ...] = ()
    participations: tuple[Participation, ...] = ()
    organizers: tuple[EventOrganizer, ...] = ()
    aliases: tuple[AliasMention, ...] = ()


def extract_events(
    document: Document, parsed: Sequence[tuple[Sentence, Doc]], memberships: Sequence[Membership]
) -> EventMentions:
    return EventMentions()
