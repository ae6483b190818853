"""Adding, aliasing and merging events: the one place an EventTable is built from another.

Naming events is order-dependent (a form found later may rename an event, an alias may show two
events are one), so the passes that name events (kg/extract/events/named.py, merge.py, refs.py)
copy the table into an :class:`Edit`, apply their steps in the text's order and freeze the result.
An Edit never outlives the pass that made it; the passes hand on only frozen EventTables.
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from kg.extract.events.records import Event, EventTable, core, has_edition, other_edition
from kg.model import Offsets, Sentence


class Edit:
    """A working copy of an EventTable; mentions and aliases are merged by their core name."""

    def __init__(self, table: EventTable) -> None:
        self.order = list(table.order)
        self.records = dict(table.records)
        self.pointer = dict(table.pointer)
        self.by_core = {name: list(keys) for name, keys in table.by_core.items()}

    def freeze(self) -> EventTable:
        return EventTable(
            tuple(self.order),
            MappingProxyType(dict(self.records)),
            MappingProxyType(dict(self.pointer)),
            MappingProxyType({name: tuple(keys) for name, keys in self.by_core.items()}),
        )

    def find(self, name: str) -> int | None:
        """The key of the event of this core name whose forms name no other year or edition."""
        for key in self.by_core.get(core(name), ()):
            event = self.records[self.pointer[key]]
            if not any(other_edition(name, form) for form in event.names()):
                return event.key
        return None

    def _index(self, name: str, key: int) -> None:
        keys = self.by_core.setdefault(core(name), [])
        if key not in keys:
            keys.append(key)

    def add(self, name: str, sentence: Sentence, span: Offsets) -> int:
        """The key of the event ``name`` names, a new one if no event has its core name yet."""
        key = self.find(name)
        if key is None:
            key = len(self.records)
            self.records[key] = Event(key, name, sentence, span)
            self.pointer[key] = key
            self.order.append(key)
            self._index(name, key)
            return key
        event = self.records[key]
        if name != event.name and name not in event.forms:
            # The fullest written form names the event: prefer one with a year or an edition.
            if has_edition(name) and not has_edition(event.name) and event.name not in event.alias_of_short:
                forms = (*event.forms, event.name)
                self.records[key] = replace(
                    self.records[key], forms=forms, name=name, sentence=sentence, span=span
                )
            else:
                self.records[key] = replace(self.records[key], forms=(*event.forms, name))
        return key

    def define_short(self, key: int, short: str) -> None:
        """A short form the text defines for the event's name (（简称“…”）)."""
        self.records[key] = replace(
            self.records[key], alias_of_short=(*self.records[key].alias_of_short, short)
        )

    def set_parent(self, key: int, parent: int) -> None:
        self.records[key] = replace(self.records[key], parent=parent)

    def alias(self, key: int, short: str) -> None:
        other = self.find(short)
        event = self.records[key]
        if other is not None and other != key and other != event.parent and key != self.records[other].parent:
            # Named on its own earlier ("“主题”分论坛" in a headline): the same event.
            self.merge(key, other)
        event = self.records[key]
        if short != event.name and short not in event.forms:
            self.records[key] = replace(self.records[key], forms=(*event.forms, short))
        self._index(short, key)

    def merge(self, keep: int, other: int) -> None:
        """Fold ``other`` into ``keep`` (a later alias showed they are the same event)."""
        if keep == other:
            return
        self.order = [k for k in self.order if k != other]
        self.pointer[other] = keep
        for name, keys in self.by_core.items():
            if other in keys:
                self.by_core[name] = list(dict.fromkeys(keep if k == other else k for k in keys))
        gone = self.records[other]
        forms = list(self.records[keep].forms)
        for form in gone.names():
            if form != self.records[keep].name and form not in forms:
                forms.append(form)
        self.records[keep] = replace(self.records[keep], forms=tuple(forms))
        for key in self.order:
            if self.records[key].parent == other:
                self.records[key] = replace(self.records[key], parent=keep)
        kept = self.records[keep]
        self.records[keep] = replace(
            kept,
            start=kept.start or gone.start,
            end=kept.end or gone.end,
            location=kept.location or gone.location,
            parent=kept.parent if kept.parent is not None else gone.parent,
        )
