"""Offsets, provenance and span reading shared by the extractors."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span

from kg.model import Offsets, Provenance, Sentence
from kg.nlp.tokens import doc_text, token_table

_ROWS_KEY = "kg.extract.spans"
_ENTS = ""  # the key under which doc.ents are kept beside the span groups


class SpanRow(NamedTuple):
    """A spaCy span as plain values: token range, sentence character range, label, kb id, text."""

    start: int
    end: int
    start_char: int
    end_char: int
    label: str
    kb_id: str
    text: str


def span_rows(doc: Doc, key: str) -> tuple[SpanRow, ...]:
    """``doc.spans[key]`` as rows (empty when the group is absent), read from spaCy once per Doc.

    Roles and events read the same groups several times per sentence, and every pass over a span
    group or ``doc.ents`` builds new Span objects whose attributes each cost a string lookup.
    """
    return _rows(doc).get(key, ())


def ent_rows(doc: Doc) -> tuple[SpanRow, ...]:
    """``doc.ents`` (the LAC entities) as rows, read once per Doc."""
    return _rows(doc)[_ENTS]


def _rows(doc: Doc) -> dict[str, tuple[SpanRow, ...]]:
    rows: dict[str, tuple[SpanRow, ...]] | None = doc.user_data.get(_ROWS_KEY)
    if rows is None:
        text = doc_text(doc)
        # Most groups are empty; an absent key reads as an empty group.
        rows = {key: tuple(_row(text, span) for span in group) for key, group in doc.spans.items() if group}
        rows[_ENTS] = _entity_rows(doc, text)
        doc.user_data[_ROWS_KEY] = rows
    return rows


def _row(text: str, span: Span) -> SpanRow:
    """The span's text is a slice of the Doc's text: what ``Span.text`` rebuilds from its tokens."""
    start, end = span.start_char, span.end_char
    return SpanRow(span.start, span.end, start, end, span.label_, span.kb_id_, text[start:end])


def _entity_rows(doc: Doc, text: str) -> tuple[SpanRow, ...]:
    """``doc.ents`` from the token table: every entity is one token marked B (``tokens_to_doc`` and
    the retokenizing components write no I), so the entities are the tokens with an entity label;
    spaCy would make a Token object per token to find them (tests/extract/test_spans.py)."""
    table = token_table(doc)
    labels, words = table.ents, table.texts
    return tuple(
        SpanRow(i, i + 1, table.starts[i], table.end(i), labels[i], "", words[i])
        for i in range(len(labels))
        if labels[i]
    )


def provenance(sentence: Sentence) -> Provenance:
    return Provenance(
        doc_id=sentence.doc_id,
        sentence_index=sentence.index,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        sentence=sentence.text,
    )


def doc_offsets(sentence: Sentence, start: int, end: int) -> Offsets:
    """Sentence-relative character offsets (a spaCy span's) to document offsets."""
    return sentence.start + start, sentence.start + end
