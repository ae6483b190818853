"""Sentences written as LAC would tag them, for construction tests that need no model.

``parse("工业和信息化部/ORG 副部长/n 熊继军/PER 出席/v 论坛/n")`` is the :class:`~kg.nlp.tokens.Parse`
the rule components make of those tokens: the same object ``kg.nlp.pipeline`` builds from LAC's
output, in microseconds. A token without ``/TAG`` is tagged ``n``; ``/`` inside a word is written
``\\/``. Tests of a construction that does not depend on how LAC cuts a sentence use this; a smaller
set of end-to-end sentences keeps LAC in the loop (tests/extracted.py).
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract import extract_document
from kg.model import Document, DocumentExtraction, Sentence
from kg.nlp.backbone import Token
from kg.nlp.pipeline import annotate, tokens_to_parse
from kg.nlp.tokens import Parse

PUBLISHED = dt.date(2024, 5, 21)
_TOKEN = re.compile(r"(?P<word>(?:\\/|[^\s/])+)(?:/(?P<tag>[A-Za-z]+))?")


def tokens(tagged: str) -> list[Token]:
    """``word/TAG`` tokens separated by spaces; a word alone is a noun (``n``)."""
    found = [Token(m["word"].replace("\\/", "/"), m["tag"] or "n") for m in _TOKEN.finditer(tagged)]
    if not found:
        raise ValueError(f"no tokens in {tagged!r}")
    return found


def parse(tagged: str) -> Parse:
    """The parse kg's rule components make of a hand-tagged sentence."""
    return annotate(tokens_to_parse(tokens(tagged)))


def document(
    *sentences: str, title: str | None = None, date: dt.date = PUBLISHED
) -> tuple[Document, list[tuple[Sentence, Parse]]]:
    """A document of hand-tagged sentences (one per argument, one per line) and their parses."""
    parses = [parse(s) for s in sentences]
    doc = Document(id="t", source="t.txt", text="\n".join(p.text for p in parses), title=title, date=date)
    parsed: list[tuple[Sentence, Parse]] = []
    offset = 0
    for p in parses:
        parsed.append((Sentence(doc.id, len(parsed), offset, offset + len(p.text), p.text), p))
        offset += len(p.text) + 1
    return doc, parsed


def run(*sentences: str, date: dt.date = PUBLISHED) -> DocumentExtraction:
    """A document of hand-tagged sentences through extraction, without LAC."""
    return extract_document(*document(*sentences, date=date))
