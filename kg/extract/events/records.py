"""The event records the passes share, and the name rules (core, editions) they compare on."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kg.extract.dates import (
    NAME_PREFIX,
    chinese_number,
)
from kg.model import (
    AliasMention,
    EventMention,
    EventOrganizer,
    Offsets,
    Participation,
    Sentence,
)
from kg.nlp.tokens import Parse
from kg.text import normalize_name


@dataclass(frozen=True)
class EventMentions:
    events: tuple[EventMention, ...] = ()
    participations: tuple[Participation, ...] = ()
    organizers: tuple[EventOrganizer, ...] = ()
    aliases: tuple[AliasMention, ...] = ()


# ---------------------------------------------------------------------------------------------
# Events of the document


@dataclass
class _Event:
    key: int
    name: str
    sentence: Sentence
    span: Offsets
    forms: list[str] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    location: str | None = None
    parent: int | None = None
    alias_of_short: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        return [self.name, *self.forms]


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
_NUMBER = re.compile(r"[0-9一二三四五六七八九十百零〇两]+")


def editions(name: str) -> tuple[int | None, int | None]:
    """The year and the edition number written before the core name: 2019年第十届X → (2019, 10)."""
    text = normalize_name(name)
    year = number = None
    while (found := NAME_PREFIX.match(text)) is not None and text[found.end() :].strip():
        part = found.group()
        if (digits := _YEAR_PREFIX.match(part)) is not None:
            year = int(digits.group())
        elif part.startswith("首届"):
            number = 1
        elif (numeral := _NUMBER.search(part)) is not None:
            number = chinese_number(numeral.group())
        text = text[found.end() :].strip()
    return year, number


def other_edition(a: str, b: str) -> bool:
    """2019年X and 2020年X, 第六届X and 第七届X: one series, two events (X and 2019年X are one)."""
    (year_a, number_a), (year_b, number_b) = editions(a), editions(b)
    return (None not in (year_a, year_b) and year_a != year_b) or (
        None not in (number_a, number_b) and number_a != number_b
    )


class _Registry:
    """The document's events; mentions and aliases are merged by their core name."""

    def __init__(self) -> None:
        self.events: list[_Event] = []
        self.by_core: dict[str, list[int]] = {}
        self.by_key: dict[int, _Event] = {}

    def find(self, name: str) -> _Event | None:
        """The event of this core name whose forms name no other year or edition."""
        for key in self.by_core.get(core(name), ()):
            event = self.by_key[key]
            if not any(other_edition(name, form) for form in event.names()):
                return event
        return None

    def _index(self, name: str, key: int) -> None:
        keys = self.by_core.setdefault(core(name), [])
        if key not in keys:
            keys.append(key)

    def get(self, key: int | None) -> _Event | None:
        return self.by_key.get(key) if key is not None else None

    def add(self, name: str, sentence: Sentence, span: Offsets) -> _Event:
        event = self.find(name)
        if event is None:
            event = _Event(len(self.by_key), name, sentence, span)
            self.by_key[event.key] = event
            self.events.append(event)
            self._index(name, event.key)
        elif name != event.name and name not in event.forms:
            # The fullest written form names the event: prefer one with a year or an edition.
            if has_edition(name) and not has_edition(event.name) and event.name not in event.alias_of_short:
                event.forms.append(event.name)
                event.name, event.sentence, event.span = name, sentence, span
            else:
                event.forms.append(name)
        return event

    def alias(self, event: _Event, short: str) -> None:
        other = self.find(short)
        if (
            other is not None
            and other is not event
            and other.key != event.parent
            and event.key != other.parent
        ):
            # Named on its own earlier ("“主题”分论坛" in a headline): the same event.
            self.merge(event, other)
        if short != event.name and short not in event.forms:
            event.forms.append(short)
        self._index(short, event.key)

    def merge(self, keep: _Event, other: _Event) -> None:
        """Fold ``other`` into ``keep`` (a later alias showed they are the same event)."""
        if keep is other:
            return
        self.events = [e for e in self.events if e is not other]
        self.by_key[other.key] = keep
        for name, keys in self.by_core.items():
            if other.key in keys:
                self.by_core[name] = list(dict.fromkeys(keep.key if k == other.key else k for k in keys))
        for form in other.names():
            if form != keep.name and form not in keep.forms:
                keep.forms.append(form)
        for event in self.events:
            if event.parent == other.key:
                event.parent = keep.key
        keep.start = keep.start or other.start
        keep.end = keep.end or other.end
        keep.location = keep.location or other.location
        keep.parent = keep.parent if keep.parent is not None else other.parent


@dataclass(frozen=True)
class _Mention:
    """A named event span or a generic reference in one sentence (sentence-relative offsets)."""

    start: int
    end: int
    text: str
    event: int | None  # registry key; None for a reference that points nowhere


@dataclass
class _SentenceView:
    sentence: Sentence
    parse: Parse
    named: list[_Mention] = field(default_factory=list)
    refs: list[_Mention] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.sentence.text

    def mentions(self) -> list[_Mention]:
        return sorted([*self.named, *self.refs], key=lambda m: m.start)
