"""The naive baseline the README compares against: LAC entities only, "ORG, then nouns, then PER".

Within a sentence, an ORG entity immediately followed by one or more common-noun tokens (LAC tag
``n``) and then a PER entity gives (PER, the nouns joined, ORG): 工业和信息化部 副部长 熊继军. No
lexicon, no rule components; it shows what the statistical model alone gets, so the role rules'
gain can be measured with the same scorer.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence

from kg.extract.spans import provenance
from kg.model import Document, DocumentExtraction, EntityMention, Membership, Sentence
from kg.nlp.backbone import ENTITY_TAGS, Token, get_model
from kg.nlp.sentences import split_sentences


def _offsets(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Sentence offsets of each token; LAC's tokens concatenate back to the sentence text."""
    spans: list[tuple[int, int]] = []
    position = 0
    for token in tokens:
        spans.append((position, position + len(token.text)))
        position += len(token.text)
    return spans


def baseline_memberships(sentence: Sentence, tokens: Sequence[Token]) -> Iterator[Membership]:
    """Every ORG n+ PER run of one tagged sentence, as a membership."""
    offsets = _offsets(tokens)
    base = sentence.start
    for i, token in enumerate(tokens):
        if token.tag != "ORG":
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].tag == "n":
            j += 1
        if j == i + 1 or j >= len(tokens) or tokens[j].tag != "PER":
            continue
        title_start, title_end = offsets[i + 1][0], offsets[j - 1][1]
        yield Membership(
            person=tokens[j].text,
            title="".join(t.text for t in tokens[i + 1 : j]),
            org=token.text,
            provenance=provenance(sentence),
            person_span=(base + offsets[j][0], base + offsets[j][1]),
            title_span=(base + title_start, base + title_end),
            org_span=(base + offsets[i][0], base + offsets[i][1]),
        )


def extract_document(document: Document) -> DocumentExtraction:
    """Split, tag with LAC and apply the ORG-nouns-PER pattern; the same record type as kg's."""
    started = time.perf_counter()
    sentences = list(split_sentences(document.text, doc_id=document.id))
    tagged = get_model().tag([s.text for s in sentences])
    memberships: list[Membership] = []
    entities: list[EntityMention] = []
    for sentence, tokens in zip(sentences, tagged, strict=True):
        memberships.extend(baseline_memberships(sentence, tokens))
        for token, (start, end) in zip(tokens, _offsets(tokens), strict=True):
            if token.tag in ENTITY_TAGS:
                entities.append(
                    EntityMention(token.tag, token.text, sentence.start + start, sentence.start + end)
                )
    return DocumentExtraction(
        document=document,
        sentences=len(sentences),
        entities=tuple(entities),
        persons=tuple(dict.fromkeys(m.person for m in memberships)),
        memberships=tuple(memberships),
        seconds=time.perf_counter() - started,
    )
