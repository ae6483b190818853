"""Every construction of kg/extract/events/constructions.py finds its examples and none of its counters."""

from __future__ import annotations

import pytest

from kg.extract.events.constructions import CONSTRUCTIONS, TEMPLATES, Construction, Template
from kg.extract.events.lexicon import context_words, event_words, verb_alternation
from kg.text import alternation

SLOTS = {
    "closing": {
        "adverbs": alternation(context_words("place_adv")),
        "verbs": alternation(context_words("close")),
    },
    "exhibitor_list": {"kinds": alternation(context_words("exhibitors"))},
    "quoted_held": {
        "adverbs": alternation(context_words("place_adv")),
        "verbs": alternation(event_words("quoted_held")),
    },
    "brand_year": {
        "adverbs": alternation(context_words("place_adv")),
        "verbs": alternation([*context_words("hold"), *context_words("close")]),
    },
}


def test_ids_are_unique() -> None:
    ids = [c.id for c in CONSTRUCTIONS] + [t.id for t in TEMPLATES]
    assert len(ids) == len(set(ids))
    assert all(c.examples for c in CONSTRUCTIONS) and all(t.examples for t in TEMPLATES)


@pytest.mark.parametrize("construction", CONSTRUCTIONS, ids=[c.id for c in CONSTRUCTIONS])
def test_examples(construction: Construction) -> None:
    for example in construction.examples:
        assert construction.pattern.search(example), example


@pytest.mark.parametrize(
    "construction", [c for c in CONSTRUCTIONS if c.counter], ids=[c.id for c in CONSTRUCTIONS if c.counter]
)
def test_counter_examples(construction: Construction) -> None:
    for counter in construction.counter:
        assert not construction.pattern.search(counter), counter


@pytest.mark.parametrize("template", TEMPLATES, ids=[t.id for t in TEMPLATES])
def test_templates_with_their_lexicons(template: Template) -> None:
    pattern = template.compile(**SLOTS.get(template.id, {"verbs": verb_alternation()}))
    for example in template.examples:
        assert pattern.search(example), example
