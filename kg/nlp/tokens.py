"""Cheap access to a Doc's text and tokens for the rule components and extraction.

spaCy rebuilds ``Doc.text`` from the tokens on every access, and every ``doc[i]`` or iteration makes
a new Token object whose ``.tag_``/``.ent_type_`` each cost a string-store lookup: the rule
components, which read every token several times, spent more time there than in their rules.
``tokens_to_doc`` (kg/nlp/pipeline.py) already holds the text and the words, so it keeps them in
``doc.user_data``. Retokenizing never changes the text; it changes the tokens, so whoever
retokenizes calls :func:`forget_tokens` and the table is rebuilt once, on the next read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc

TEXT_KEY = "kg.text"
TABLE_KEY = "kg.tokens"


@dataclass(frozen=True)
class TokenTable:
    """A Doc's tokens as parallel lists: words, LAC tags, entity labels ("" outside) and starts."""

    texts: list[str]
    tags: list[str]
    ents: list[str]
    starts: list[int]

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


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed at most once per Doc."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text


def token_table(doc: Doc) -> TokenTable:
    """The Doc's current tokens, read from spaCy at most once per tokenization."""
    table = doc.user_data.get(TABLE_KEY)
    if isinstance(table, TokenTable) and len(table.texts) == len(doc):
        return table
    rows = [(t.text, t.tag_, t.ent_type_, t.idx) for t in doc]
    table = TokenTable([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], [r[3] for r in rows])
    doc.user_data[TABLE_KEY] = table
    return table


def forget_tokens(doc: Doc) -> None:
    """Drop the token table after the Doc was retokenized."""
    doc.user_data.pop(TABLE_KEY, None)
