"""The records the event passes hand on, and the name rules (core, editions) they compare on.

Every record is frozen: a pass returns new records (``dataclasses.replace``), it never changes the
ones it was given.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from kg.extract.dates import NAME_PREFIX, chinese_number
from kg.extract.events.constructions import FIRST_EDITION, NUMBER
from kg.model import AliasMention, EventMention, EventOrganizer, Offsets, Participation, Sentence
from kg.nlp.tokens import Parse
from kg.text import normalize_name


@dataclass(frozen=True)
class EventMentions:
    events: tuple[EventMention, ...] = ()
    participations: tuple[Participation, ...] = ()
    organizers: tuple[EventOrganizer, ...] = ()
    aliases: tuple[AliasMention, ...] = ()


@dataclass(frozen=True)
class Event:
    """One event of the document as the passes so far know it; ``key`` never changes."""

    key: int
    name: str
    sentence: Sentence
    span: Offsets
    forms: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    location: str | None = None
    parent: int | None = None  # a key, looked up with EventTable.get
    alias_of_short: tuple[str, ...] = ()  # short forms the text defines for this name (（简称“…”）)

    def names(self) -> list[str]:
        return [self.name, *self.forms]


@dataclass(frozen=True)
class EventTable:
    """The document's events after a pass.

    ``order``: the keys of the live events, in the order they were first named. ``records``: the
    latest record of every key ever given, merged ones included. ``pointer``: the key whose record
    a key stands for (a merged event's key points to the event it was folded into, one step, as
    when it was merged). ``by_core``: core name → the keys an event of that name may be.
    """

    order: tuple[int, ...] = ()
    records: Mapping[int, Event] = field(default_factory=lambda: MappingProxyType({}))
    pointer: Mapping[int, int] = field(default_factory=lambda: MappingProxyType({}))
    by_core: Mapping[str, tuple[int, ...]] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def events(self) -> tuple[Event, ...]:
        return tuple(self.records[key] for key in self.order)

    def get(self, key: int | None) -> Event | None:
        return self.records[self.pointer[key]] if key is not None and key in self.pointer else None

    def is_event(self, key: int | None, event: Event | None) -> bool:
        """Whether ``key`` stands for ``event`` (both may be None: a reference to no event)."""
        found = self.get(key)
        return found is not None and event is not None and found.key == event.key

    def find(self, name: str) -> Event | None:
        """The event of this core name whose forms name no other year or edition."""
        for key in self.by_core.get(core(name), ()):
            event = self.records[self.pointer[key]]
            if not any(other_edition(name, form) for form in event.names()):
                return event
        return None

    def replace(self, changed: Mapping[int, Event]) -> EventTable:
        """The same table with new records for some keys."""
        if not changed:
            return self
        return EventTable(
            self.order, MappingProxyType({**self.records, **changed}), self.pointer, self.by_core
        )


def core(name: str) -> str:
    """The name without a leading year or edition (2023世界人工智能大会 → 世界人工智能大会)."""
    text = normalize_name(name)
    while True:
        stripped = NAME_PREFIX.sub("", text, count=1).strip()
        if stripped == text or not stripped:
            return text
        text = stripped


def has_edition(name: str) -> bool:
    return core(name) != normalize_name(name)


_YEAR_PREFIX = re.compile(r"(?:19|20)[0-9]{2}")


def editions(name: str) -> tuple[int | None, int | None]:
    """The year and the edition number written before the core name: 2019年第十届X → (2019, 10)."""
    text = normalize_name(name)
    year = number = None
    while (found := NAME_PREFIX.match(text)) is not None and text[found.end() :].strip():
        part = found.group()
        if (digits := _YEAR_PREFIX.match(part)) is not None:
            year = int(digits.group())
        elif part.startswith(FIRST_EDITION):
            number = 1
        elif (numeral := NUMBER.pattern.search(part)) is not None:
            number = chinese_number(numeral.group())
        text = text[found.end() :].strip()
    return year, number


def other_edition(a: str, b: str) -> bool:
    """2019年X and 2020年X, 第六届X and 第七届X: one series, two events (X and 2019年X are one)."""
    (year_a, number_a), (year_b, number_b) = editions(a), editions(b)
    return (None not in (year_a, year_b) and year_a != year_b) or (
        None not in (number_a, number_b) and number_a != number_b
    )


@dataclass(frozen=True)
class Mention:
    """A named event span or a generic reference in one sentence (sentence-relative offsets)."""

    start: int
    end: int
    text: str
    event: int | None  # EventTable key; None for a reference that points nowhere


@dataclass(frozen=True)
class SentenceView:
    """A sentence with the named events and the references found in it so far."""

    sentence: Sentence
    parse: Parse
    named: tuple[Mention, ...] = ()
    refs: tuple[Mention, ...] = ()

    @property
    def text(self) -> str:
        return self.sentence.text

    def mentions(self) -> list[Mention]:
        return sorted([*self.named, *self.refs], key=lambda m: m.start)
