"""A parsed sentence as plain Python values: what the rule components and extraction read.

The rule components (kg/nlp/components.py, kg/nlp/event_spans.py) and extraction read every token
several times per sentence. A spaCy ``Doc`` makes a new Token or Span object on each access, whose
string attributes each cost a lookup, and building the Doc, its span groups and their Spans costs
more per sentence than the rules themselves. So kg's own stages work on a :class:`Parse`: the
sentence, its tokens as parallel lists (:class:`TokenTable`) and the span groups as rows
(:class:`SpanRow`). ``to_doc`` and ``of_doc`` (kg/nlp/language.py) convert for callers
who want spaCy.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from kg.nlp.backbone import ENTITY_TAGS


class SpanRow(NamedTuple):
    """A span: token range, sentence character range, label, kb id (a title's kind) and text."""

    start: int
    end: int
    start_char: int
    end_char: int
    label: str
    kb_id: str
    text: str


_PUNCT: dict[str, bool] = {}


def is_punct(word: str) -> bool:
    """spaCy's ``is_punct``: every character is Unicode punctuation (P*)."""
    known = _PUNCT.get(word)
    if known is None:
        known = _PUNCT[word] = all(unicodedata.category(char).startswith("P") for char in word)
    return known


@dataclass(frozen=True)
class TokenTable:
    """Tokens as parallel lists: words, LAC tags, entity labels ("" outside) and start offsets.

    A token is an entity exactly when its tag is one of LAC's entity tags, and then it is the
    whole entity (LAC marks no multi-token entities; the components keep it that way).
    """

    texts: list[str]
    tags: list[str]
    ents: list[str]
    starts: list[int]

    @classmethod
    def of(cls, words: list[str], tags: list[str], starts: list[int] | None = None) -> TokenTable:
        """The table of consecutive words; ``starts``, when the caller knows them, are their offsets."""
        if starts is None:
            starts = [0] * len(words)
            offset = 0
            for i, word in enumerate(words):
                starts[i] = offset
                offset += len(word)
        return cls(words, tags, [tag if tag in ENTITY_TAGS else "" for tag in tags], starts)

    def __len__(self) -> int:
        return len(self.texts)

    def end(self, i: int) -> int:
        return self.starts[i] + len(self.texts[i])

    @cached_property
    def ends(self) -> list[int]:
        return [start + len(word) for start, word in zip(self.starts, self.texts, strict=True)]

    @cached_property
    def index_at_start(self) -> dict[int, int]:
        """Character offset where a token starts → its index (read-only: shared by every reader)."""
        return dict(zip(self.starts, range(len(self.starts)), strict=True))

    @cached_property
    def index_at_end(self) -> dict[int, int]:
        """Character offset where a token ends → its index (read-only: shared by every reader)."""
        return dict(zip(self.ends, range(len(self.starts)), strict=True))

    def punct(self, i: int) -> bool:
        return is_punct(self.texts[i])

    def space(self, i: int) -> bool:
        return self.texts[i].isspace()

    def token_range(self, start_char: int, end_char: int) -> tuple[int, int] | None:
        """The tokens covering exactly these characters (``Doc.char_span``), or None."""
        first = self.index_at_start.get(start_char)
        last = self.index_at_end.get(end_char)
        if first is None or last is None or last < first:
            return None
        return first, last + 1

    def covering(self, start_char: int, end_char: int) -> tuple[int, int] | None:
        """The tokens that overlap these non-empty characters (``char_span(alignment_mode="expand")``)."""
        first = next((i for i, end in enumerate(self.ends) if end > start_char), None)
        if first is None or start_char >= end_char or end_char > self.ends[-1]:
            return None
        last = first
        while last + 1 < len(self.starts) and self.starts[last + 1] < end_char:
            last += 1
        return first, last + 1

    def merged(self, first: int, tag: str) -> TokenTable:
        """Tokens ``first`` and ``first + 1`` as one token with ``tag``."""
        texts, tags = list(self.texts), list(self.tags)
        texts[first : first + 2] = [texts[first] + texts[first + 1]]
        tags[first : first + 2] = [tag]
        return TokenTable.of(texts, tags)

    def split(self, cuts: list[int]) -> TokenTable:
        """Tokens cut at character offsets inside them: the first piece keeps the tag (and the
        entity), the others are tagged ``n``."""
        texts: list[str] = []
        tags: list[str] = []
        pending = sorted(set(cuts))
        k = 0
        for word, tag, start in zip(self.texts, self.tags, self.starts, strict=True):
            end = start + len(word)
            while k < len(pending) and pending[k] <= start:
                k += 1
            inner = []
            while k < len(pending) and pending[k] < end:
                inner.append(pending[k] - start)
                k += 1
            if not inner:
                texts.append(word)
                tags.append(tag)
                continue
            bounds = [0, *inner, len(word)]
            texts.extend(word[a:b] for a, b in zip(bounds, bounds[1:], strict=False))
            tags.extend([tag] + ["n"] * len(inner))
        return TokenTable.of(texts, tags)


@dataclass
class Parse:
    """A sentence after the backbone and the rule components: text, tokens and span groups.

    ``spans`` maps a group name (titles, orgs, events, event_refs) to its rows; an absent group
    is empty. The LAC entities are the entity-tagged tokens (:meth:`ents`).
    """

    text: str
    table: TokenTable
    spans: dict[str, tuple[SpanRow, ...]] = field(default_factory=dict)
    _ents: tuple[SpanRow, ...] | None = field(default=None, init=False, repr=False, compare=False)

    def group(self, key: str) -> tuple[SpanRow, ...]:
        return self.spans.get(key, ())

    def ents(self) -> tuple[SpanRow, ...]:
        """The LAC entities: one row per entity-tagged token."""
        if self._ents is None:
            table = self.table
            labels, words, starts = table.ents, table.texts, table.starts
            self._ents = tuple(
                SpanRow(i, i + 1, starts[i], starts[i] + len(words[i]), labels[i], "", words[i])
                for i in range(len(labels))
                if labels[i]
            )
        return self._ents

    def row(self, start: int, end: int, label: str, kb_id: str = "") -> SpanRow:
        """A row for tokens ``start:end``."""
        table = self.table
        start_char, end_char = table.starts[start], table.end(end - 1)
        return SpanRow(start, end, start_char, end_char, label, kb_id, self.text[start_char:end_char])

    def retokenized(self, table: TokenTable) -> Parse:
        """The same sentence with new tokens; span groups refer to tokens, so there must be none."""
        if self.spans:
            raise ValueError("a sentence is retokenized before any span group is written")
        return Parse(self.text, table)
