"""Traditional Chinese read as Simplified.

The backbone, the lexicons and the patterns all know Simplified Chinese; on Traditional text (Hong
Kong, Macao, Taiwan and overseas news) they find next to nothing. A document written in Traditional
characters is therefore analysed in a Simplified copy of the same length (OpenCC's ``hk2s``, which
also folds Hong Kong variants such as 衞 and 綫), so every offset still points into the original.
Names in the graph come out Simplified, which merges them with the same people and bodies in
mainland news; the quotes of the provenance stay verbatim (:func:`verbatim`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, is_dataclass, replace
from functools import cache
from typing import Any, Protocol

from kg.model import AliasMention, Document, DocumentExtraction

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


def _han(text: str) -> int:
    return sum(1 for c in text if "\u3400" <= c <= "\u9fff" or "\U00020000" <= c <= "\U0003134f")


def simplified(document: Document) -> Document:
    """The document to analyse: ``document`` itself unless it is written in Traditional characters."""
    converted = to_simplified(document.text)
    if converted == document.text:
        return document
    changed = sum(1 for a, b in zip(document.text, converted, strict=True) if a != b)
    if changed < _MIN_CHANGED or changed < TRADITIONAL_SHARE * _han(document.text):
        return document
    return replace(document, text=converted)


def verbatim(extraction: DocumentExtraction, document: Document) -> DocumentExtraction:
    """An extraction made on :func:`simplified`'s copy, given back its original document and quotes,
    with each name's Traditional form as an alias (a reader searches 陳茂波 as the article wrote it)."""
    if extraction.document is document:
        return extraction
    text = document.text

    def quoted(record: Any) -> Any:
        found = getattr(record, "provenance", None)
        if found is None:
            return record
        quote = text[found.sentence_start : found.sentence_end]
        return replace(record, provenance=replace(found, sentence=quote))

    changes: dict[str, Any] = {"document": document}
    for field in fields(extraction):
        value = getattr(extraction, field.name)
        if isinstance(value, tuple) and value and is_dataclass(value[0]):
            changes[field.name] = tuple(quoted(record) for record in value)
    written = [*changes.get("aliases", ()), *_written_forms(changes, text)]
    changes["aliases"] = tuple(dict.fromkeys(written))
    return replace(extraction, **changes)


def _written_forms(records: dict[str, Any], text: str) -> Iterator[AliasMention]:
    """Traditional forms of the names, where the text writes them at the record's offsets."""
    spans = (
        ("memberships", "person", "person_span", "person"),
        ("memberships", "org", "org_span", "org"),
        ("participations", "person", "person_span", "person"),
        ("organizers", "org", "org_span", "org"),
        ("events", "name", "span", "event"),
    )
    for kind, name_field, span_field, alias_kind in spans:
        for record in records.get(kind, ()):
            name, span = getattr(record, name_field), getattr(record, span_field)
            if name and span:
                form = text[span[0] : span[1]]
                if form != name and to_simplified(form) == name:
                    yield AliasMention(form, name, alias_kind, record.provenance)
