"""Which event a place or a date of a sentence belongs to: the one named before it in its clause, the
nearest after it, and the events joined to it by 暨."""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.events.constructions import JOINED_SUBJECT, PLACE_SUBJECT
from kg.extract.events.records import Mention


def nearest(mentions: Sequence[Mention], position: int) -> Mention:
    after = [m for m in mentions if m.start >= position]
    return after[0] if after else mentions[-1]


def place_owner(text: str, mentions: Sequence[Mention], position: int) -> Mention:
    """The event a place at ``position`` (在/于) is given to: the one named before it in the same
    clause (X在Y开幕，同期举办Z: construction ``place_subject``), else the nearest one after it
    (在Y举办X), else the last one before it."""
    before = [m for m in mentions if m.end <= position]
    if before and PLACE_SUBJECT.pattern.match(text[before[-1].end : position]):
        return before[-1]
    return nearest(mentions, position)


def joined(text: str, mentions: Sequence[Mention], last: Mention) -> list[Mention]:
    """``last`` and the named events joined to it by 暨 before it (某某大展开幕暨某某授牌仪式在某地举办):
    one subject, so one place (the construction ``joined_subject``)."""
    joined = [last]
    for mention in sorted(mentions, key=lambda m: -m.start):
        first = joined[-1]
        if mention.end <= first.start and JOINED_SUBJECT.pattern.fullmatch(text[mention.end : first.start]):
            joined.append(mention)
    return joined
