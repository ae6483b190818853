"""The spaCy pipeline: LAC tokens and entities, then kg's rule components.

``build_nlp()`` returns a ``Language("zh")`` whose tokenizer is LAC: each token carries LAC's
part-of-speech tag in ``token.tag_`` and LAC's PER/ORG/LOC/TIME entities are ``doc.ents``. Rule
components (``kg_…``) run after it and write ``doc.spans``. ``parse(nlp, texts)`` tags the texts
in batches before the components run, which is much faster than one model call per sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from itertools import accumulate, islice
from typing import Any, cast

import numpy as np
import numpy.typing as npt
import spacy
from spacy.attrs import ENT_IOB, ENT_TYPE, IS_PUNCT, IS_SPACE, TAG  # type: ignore[import-not-found]
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.types import Ints2d

from kg.nlp.backbone import ENTITY_TAGS, Token, get_model
from kg.nlp.tokens import TABLE_KEY, TEXT_KEY, TokenTable

BATCH_SIZE = 256
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


def tokens_to_doc(vocab: Vocab, tokens: Sequence[Token], rows: TagRows | None = None) -> Doc:
    """A Doc from LAC tokens: words, tags, and one entity per entity-tagged token.

    Tags and entities are written as one array, which is what ``Doc(tags=…, ents=…)`` does too,
    without its per-token string checks. The text and the token table (kg/nlp/tokens.py) come from
    the LAC tokens for free.
    """
    words = [t.text for t in tokens]
    tags = [t.tag for t in tokens]
    ents = [tag if tag in ENTITY_TAGS else "" for tag in tags]
    starts = [0, *accumulate(len(w) for w in words)][: len(words)]
    user_data = {TEXT_KEY: "".join(words), TABLE_KEY: TokenTable(words, tags, ents, starts)}
    doc = Doc(vocab, words=words, spaces=[False] * len(words), user_data=user_data)
    if words:
        array = (rows or TagRows(vocab)).of(tags)
        doc.from_array(_TAG_IOB_TYPE, cast(Ints2d, array))
    return doc


class LacTokenizer:
    """spaCy tokenizer that segments with LAC; used for single texts (``nlp("…")``)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.rows = TagRows(vocab)

    def __call__(self, text: str) -> Doc:
        if not text:
            return Doc(self.vocab, words=[])
        return tokens_to_doc(self.vocab, get_model().tag([text])[0], self.rows)

    def pipe(self, texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
        iterator = iter(texts)
        while batch := list(islice(iterator, batch_size)):
            for tokens in get_model().tag(batch):
                yield tokens_to_doc(self.vocab, tokens, self.rows)


def build_nlp() -> Language:
    """The kg pipeline; the model itself loads lazily on the first text."""
    nlp = spacy.blank("zh")
    nlp.tokenizer = LacTokenizer(nlp.vocab)
    # kg reads words, tags, entities, is_punct and is_space, nothing else of a word's lexical
    # attributes; spaCy computes all twenty of them for every word the vocab has not seen yet.
    vocab = cast(Any, nlp.vocab)  # lex_attr_getters is not in spaCy's type stubs
    vocab.lex_attr_getters = {k: f for k, f in vocab.lex_attr_getters.items() if k in (IS_PUNCT, IS_SPACE)}
    # Rule components are added here, in order, by the modules that define them.
    import kg.nlp.components  # noqa: F401  (registers kg_titles and kg_orgs)

    nlp.add_pipe("kg_titles")
    nlp.add_pipe("kg_orgs")
    import kg.nlp.event_spans  # noqa: F401  (registers kg_events)

    nlp.add_pipe("kg_events")
    return nlp


@cache
def get_nlp() -> Language:
    """One pipeline per process."""
    return build_nlp()


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Run the whole pipeline over texts, tagging them with LAC in batches first."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, LacTokenizer):
        yield from nlp.pipe(tokenizer.pipe(texts, batch_size=batch_size), batch_size=batch_size)
    else:
        yield from nlp.pipe(texts, batch_size=batch_size)
