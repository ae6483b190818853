"""Traditional Chinese read as Simplified.

The backbone, the lexicons and the patterns all know Simplified Chinese; on Traditional text (Hong
Kong, Macao, Taiwan and overseas news) they find next to nothing. A document written in Traditional
characters is therefore analysed in a Simplified copy of the same length (OpenCC's ``hk2s``, which
also folds Hong Kong variants such as 衞 and 綫), so every offset still points into the original.
Names in the graph come out Simplified, which merges them with the same people and bodies in
mainland news. The conversion is part of the NLP stage: :func:`analysed` gives the copy and its
sentences, each carrying the sentence as written, so extraction quotes the original and adds the
Traditional forms of names as aliases (:func:`written_forms`) when it emits its records; nothing
rewrites the extraction afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache
from typing import Protocol

from kg.model import (
    AliasMention,
    Document,
    EventMention,
    EventOrganizer,
    Membership,
    Offsets,
    Participation,
    Provenance,
    Sentence,
)
from kg.nlp.sentences import split_sentences
from kg.text import count_han

# A document is Traditional when at least this share of its Han characters change in conversion:
# Traditional news changes a fifth or more, Simplified news a few per hundred thousand (藉, 於 as a
# surname), which stay as written.
TRADITIONAL_SHARE = 0.02
_MIN_CHANGED = 2


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


@cache
def _converter() -> _Converter:
    import opencc

    converter: _Converter = opencc.OpenCC("hk2s.json")
    return converter


def to_simplified(text: str) -> str:
    """``text`` in Simplified characters, character for character (same length, same offsets).

    Phrase conversion keeps lengths in OpenCC's Traditional-to-Simplified tables; should a phrase ever
    change length, each character is converted on its own instead.
    """
    converted = _converter().convert(text)
    if len(converted) == len(text):
        return converted
    convert = _converter().convert
    return "".join(c if len(s := convert(c)) != 1 else s for c in text)


def simplified(document: Document) -> Document:
    """The document to analyse: ``document`` itself unless it is written in Traditional characters."""
    converted = to_simplified(document.text)
    if converted == document.text:
        return document
    changed = sum(1 for a, b in zip(document.text, converted, strict=True) if a != b)
    if changed < _MIN_CHANGED or changed < TRADITIONAL_SHARE * count_han(document.text):
        return document
    return replace(document, text=converted)


def analysed(document: Document) -> tuple[Document, list[Sentence]]:
    """The document the rules read (:func:`simplified`) and its sentences; where the copy differs
    from the original, each sentence carries its ``written`` form for the provenance to quote."""
    view = simplified(document)
    sentences = list(split_sentences(view.text, doc_id=view.id))
    if view is document:
        return view, sentences
    return view, [replace(s, written=document.text[s.start : s.end]) for s in sentences]


def written_forms(
    text: str,
    memberships: Sequence[Membership],
    participations: Sequence[Participation],
    organizers: Sequence[EventOrganizer],
    events: Sequence[EventMention],
) -> Iterator[AliasMention]:
    """The Traditional forms of the names, where ``text`` (the document as written) writes them at
    the records' offsets: a reader searches 陳茂波 as the article wrote it."""
    found: list[tuple[str | None, Offsets | None, str, Provenance]] = [
        *((m.person, m.person_span, "person", m.provenance) for m in memberships),
        *((m.org, m.org_span, "org", m.provenance) for m in memberships),
        *((p.person, p.person_span, "person", p.provenance) for p in participations),
        *((o.org, o.org_span, "org", o.provenance) for o in organizers),
        *((e.name, e.span, "event", e.provenance) for e in events),
    ]
    for name, span, kind, where in found:
        if name and span:
            form = text[span[0] : span[1]]
            if form != name and to_simplified(form) == name:
                yield AliasMention(form, name, kind, where)
