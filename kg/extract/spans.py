"""Offsets and provenance shared by the extractors."""

from __future__ import annotations

from kg.model import Offsets, Provenance, Sentence


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
