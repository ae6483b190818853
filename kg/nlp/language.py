"""kg's pipeline as a spaCy ``Language("zh")``, for callers who want spaCy Docs.

``build_nlp()``: the tokenizer is LAC (``token.tag_`` is LAC's part-of-speech tag, LAC's
PER/ORG/LOC/TIME entities are ``doc.ents``, one token each) and the pipes ``kg_titles``, ``kg_orgs``
and ``kg_events`` run kg's rule components and write ``doc.spans``; other spaCy components can run
between them. The pipes are made from ``kg.nlp.pipeline.COMPONENTS``, the one list of components,
so it gives the same tokens and spans as kg's own path, ``kg.nlp.pipeline.parse_texts``
(tests/nlp/test_pipeline.py), which kg build uses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import islice
from typing import cast

import numpy as np
import numpy.typing as npt
import spacy
from spacy.attrs import ENT_IOB, ENT_TYPE, TAG  # type: ignore[import-not-found]
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab
from thinc.types import Ints2d

from kg.nlp.backbone import ENTITY_TAGS, get_model
from kg.nlp.pipeline import BATCH_SIZE, COMPONENTS, Component, tokens_to_parse
from kg.nlp.tokens import Parse, SpanRow, TokenTable

_TAG_IOB_TYPE = [TAG, ENT_IOB, ENT_TYPE]


class TagRows:
    """Rows of (TAG, ENT_IOB, ENT_TYPE) for each LAC tag, as ``Doc.from_array`` takes them.

    IOB 3 = B (every entity is one token), 2 = O. One per vocab: the tag strings are added to its
    string store the first time they are seen.
    """

    def __init__(self, vocab: Vocab) -> None:
        self._strings = vocab.strings
        self._index: dict[str, int] = {}
        self._rows: list[tuple[int, int, int]] = []
        self._table = np.zeros((0, 3), dtype=np.uint64)

    def of(self, tags: Sequence[str]) -> npt.NDArray[np.uint64]:
        index = self._index
        if not index.keys() >= set(tags):
            for tag in tags:
                if tag not in index:
                    key = self._strings.add(tag)
                    index[tag] = len(self._rows)
                    self._rows.append((key, 3, key) if tag in ENTITY_TAGS else (key, 2, 0))
            self._table = np.array(self._rows, dtype=np.uint64)
        return self._table[[index[tag] for tag in tags]]


def to_doc(vocab: Vocab, parse: Parse, rows: TagRows | None = None) -> Doc:
    """A spaCy Doc with the parse's tokens, tags, entities (one token each) and span groups.

    Tags and entities are written as one array, which is what ``Doc(tags=…, ents=…)`` does too,
    without its per-token string checks.
    """
    table = parse.table
    doc = Doc(vocab, words=table.texts, spaces=[False] * len(table))
    if len(table):
        array = (rows or TagRows(vocab)).of(table.tags)
        doc.from_array(_TAG_IOB_TYPE, cast(Ints2d, array))
    for key, group in parse.spans.items():
        doc.spans[key] = [Span(doc, r.start, r.end, label=r.label, kb_id=r.kb_id) for r in group]
    return doc


def of_doc(doc: Doc) -> Parse:
    """A spaCy Doc's tokens, entities and span groups as a Parse."""
    rows = [(t.text, t.tag_, t.ent_type_, t.idx) for t in doc]
    table = TokenTable([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], [r[3] for r in rows])
    spans = {
        key: tuple(
            SpanRow(s.start, s.end, s.start_char, s.end_char, s.label_, s.kb_id_, s.text) for s in group
        )
        for key, group in doc.spans.items()
    }
    return Parse(doc.text, table, spans)


class LacTokenizer:
    """spaCy tokenizer that segments with LAC: ``nlp("…")`` tags one text; ``pipe`` tags texts in
    batches, as kg's own path does (``nlp.pipe(nlp.tokenizer.pipe(texts))``)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.rows = TagRows(vocab)

    def __call__(self, text: str) -> Doc:
        if not text:
            return Doc(self.vocab, words=[])
        return to_doc(self.vocab, tokens_to_parse(get_model().tag([text])[0]), self.rows)

    def pipe(self, texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
        iterator = iter(texts)
        while batch := list(islice(iterator, batch_size)):
            for tokens in get_model().tag(batch):
                yield to_doc(self.vocab, tokens_to_parse(tokens), self.rows)


class RuleStage:
    """A rule component (``tag_titles`` …) as a spaCy pipe: Doc → Parse → component → new Doc.

    A pipe may return a new Doc; the titles pipe has to, since it may split tokens.
    """

    def __init__(self, vocab: Vocab, stage: Callable[[Parse], Parse]) -> None:
        self.rows = TagRows(vocab)
        self.stage = stage

    def __call__(self, doc: Doc) -> Doc:
        return to_doc(doc.vocab, self.stage(of_doc(doc)), self.rows)


def _register(component: Component) -> None:
    """The component as a spaCy factory of its name (``nlp.add_pipe(component.name)``)."""

    def make(nlp: Language, name: str) -> RuleStage:
        return RuleStage(nlp.vocab, component.run)

    Language.factory(
        component.name,
        assigns=["doc.spans"],
        retokenizes=component.splits_tokens,
        default_config={},
        func=make,
    )


for _component in COMPONENTS:
    _register(_component)


def build_nlp() -> Language:
    """The kg pipeline; the model itself loads lazily on the first text."""
    nlp = spacy.blank("zh")
    nlp.tokenizer = LacTokenizer(nlp.vocab)
    for component in COMPONENTS:
        nlp.add_pipe(component.name)
    return nlp


@cache
def get_nlp() -> Language:
    """One pipeline per process."""
    return build_nlp()
