"""Document-level repair of person names the model cut short (施志 + 光线上 → 施志光).

LAC sometimes ends a name one or two characters early when the next characters also make a word
(施志光线上发表致辞 → 施志/PER 光线/n; 王国才为 → 王国/n 才/d). Where the same article writes the full
name elsewhere, as a person entity or as the person of a title chain, that full name is used for the
short mention, but only when

- the longer name does not end in a word that follows names (刘建平等: not_name_finals.tsv) or in a
  form of address (周建林先生: honorifics.tsv),
- exactly one written name of the document extends the short one by one or two characters (王国 with
  both 王国才 and 王国强 in the article stays as it is), and
- the characters right after the short mention in the text really are the rest of that name.

A name written only once and cut there has nothing to repair from; that is the tokenizer's job.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TypeVar

from kg.model import EntityMention, Membership, Offsets, Participation
from kg.resources import load_lexicon
from kg.text import is_han_word

# How much longer the full name may be than the cut one.
_MAX_EXTRA = 2

_P = TypeVar("_P", Membership, Participation)


def full_name_index(names: Iterable[str]) -> dict[str, str]:
    """Short name → the one written name that extends it by one or two characters.

    A short form two longer names extend (王国 → 王国才, 王国强) is left out: the article does not
    say which one is meant.
    """
    written = {name for name in names if is_han_word(name) and 2 <= len(name) <= 5}
    glued = load_lexicon("not_name_finals.tsv")
    address = load_lexicon("honorifics.tsv")  # 周建林先生/PER is 周建林 addressed, not a longer name
    found: dict[str, set[str]] = {}
    for name in written:
        for extra in range(1, _MAX_EXTRA + 1):
            short = name[:-extra]
            if len(short) >= 2 and not glued.intersection(name[-extra:]) and name[-extra:] not in address:
                found.setdefault(short, set()).add(name)
    return {short: next(iter(longer)) for short, longer in found.items() if len(longer) == 1}


def _repaired_span(text: str, short: str, full: str, span: Offsets | None) -> Offsets | None:
    """The full name's span when the text after the short mention continues with the rest of it."""
    if span is None:
        return None
    start, end = span
    if text[start:end] != short or not text.startswith(full[len(short) :], end):
        return None
    return start, start + len(full)


def repair(text: str, rows: Sequence[_P], index: dict[str, str]) -> list[_P]:
    """Rows whose person is a cut name of a full one written elsewhere get that full name.

    A repaired row that repeats one already found (the full name's own mention in the same
    sentence, or the same participation) is dropped.
    """
    repaired: list[tuple[_P, bool]] = []
    for row in rows:
        full = index.get(row.person)
        span = _repaired_span(text, row.person, full, row.person_span) if full else None
        repaired.append(
            (replace(row, person=full, person_span=span), True) if full and span else (row, False)
        )
    keys = {_key(row) for row, changed in repaired if not changed}
    out: list[_P] = []
    for row, changed in repaired:
        if changed:
            if _key(row) in keys:
                continue
            keys.add(_key(row))
        out.append(row)
    return out


def _key(row: Membership | Participation) -> tuple[object, ...]:
    """What makes a row a repeat of another: the same statement, wherever the name was written."""
    if isinstance(row, Membership):
        return (row.person, row.title, row.org, row.provenance.sentence_index)
    return (row.person, row.event, row.role)


def repair_entities(
    text: str, entities: Sequence[EntityMention], index: dict[str, str]
) -> list[EntityMention]:
    """PER entities cut short get the full name too, so that the reported entities agree."""
    out: list[EntityMention] = []
    for entity in entities:
        full = index.get(entity.text) if entity.label == "PER" else None
        span = _repaired_span(text, entity.text, full, (entity.start, entity.end)) if full else None
        out.append(replace(entity, text=full, end=span[1]) if full and span else entity)
    return out
