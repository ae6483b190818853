"""Offsets, provenance and span reading shared by the extractors."""

from __future__ import annotations

from kg.model import Offsets, Provenance, Sentence
from kg.nlp.tokens import Parse, SpanRow


def span_rows(parse: Parse, key: str) -> tuple[SpanRow, ...]:
    """A span group (empty when the group is absent)."""
    return parse.group(key)


def ent_rows(parse: Parse) -> tuple[SpanRow, ...]:
    """The LAC entities, one token each."""
    return parse.ents()


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
