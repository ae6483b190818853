"""From sentences to parses: LAC tokens and entities, then kg's rule components.

``parse_texts(texts)`` tags the texts with LAC in batches (much faster than one model call per
sentence) and runs the rule components (``tag_titles``, ``tag_orgs``, ``tag_events``) on each
sentence's :class:`~kg.nlp.tokens.Parse`, without building spaCy objects: spaCy's per-sentence
objects cost more than the rules themselves, and importing spaCy costs most of a second per process.
kg/nlp/language.py is the same pipeline as a spaCy ``Language`` for callers who want Docs; both
run :data:`COMPONENTS`, the one list of the rule components and their order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from kg.nlp.backbone import Segments, Token, get_model
from kg.nlp.components import tag_orgs, tag_titles
from kg.nlp.event_spans import tag_events
from kg.nlp.tokens import Parse, TokenTable

BATCH_SIZE = 256


@dataclass(frozen=True)
class Component:
    """A rule component: its spaCy pipe name, the function, and whether it may split tokens."""

    name: str
    run: Callable[[Parse], Parse]
    splits_tokens: bool = False


# In order: titles first (they may split a token, 市委书记 → 市委 + 书记, before any span is written),
# organisations next (they read the title spans), events last (they read both).
COMPONENTS = (
    Component("kg_titles", tag_titles, splits_tokens=True),
    Component("kg_orgs", tag_orgs),
    Component("kg_events", tag_events),
)


def tokens_to_parse(tokens: Sequence[Token]) -> Parse:
    """A sentence as LAC tagged it, before the rule components."""
    words = [t.text for t in tokens]
    return Parse("".join(words), TokenTable.of(words, [t.tag for t in tokens]))


def segments_to_parse(text: str, segments: Segments) -> Parse:
    """:func:`tokens_to_parse` from the backbone's own output: the words cover ``text``, and their
    offsets are known."""
    return Parse(text, TokenTable.of(segments.words, segments.tags, segments.starts))


def annotate(parse: Parse) -> Parse:
    """The rule components, in order."""
    for component in COMPONENTS:
        parse = component.run(parse)
    return parse


def parse_texts(texts: Iterable[str], *, batch_size: int = BATCH_SIZE) -> Iterator[Parse]:
    """Tag the texts with LAC in batches, then run the rule components on each."""
    model = get_model()
    iterator = iter(texts)
    while batch := list(islice(iterator, batch_size)):
        for text, segments in zip(batch, model.segment(batch), strict=True):
            yield annotate(segments_to_parse(text, segments))


def parse_text(text: str) -> Parse:
    """One text on its own."""
    return next(parse_texts([text]))
