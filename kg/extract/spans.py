"""Offsets and provenance shared by the extractors."""

from __future__ import annotations

from kg.model import Offsets, Provenance, Sentence


def provenance(sentence: Sentence) -> Provenance:
    """Where a fact was stated, quoting the sentence as the document writes it."""
    return Provenance(
        doc_id=sentence.doc_id,
        sentence_index=sentence.index,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        sentence=sentence.text if sentence.written is None else sentence.written,
    )


def doc_offsets(sentence: Sentence, start: int, end: int) -> Offsets:
    """Sentence-relative character offsets (a spaCy span's) to document offsets."""
    return sentence.start + start, sentence.start + end
