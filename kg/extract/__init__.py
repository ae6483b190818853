"""Extraction: parsed sentences of one document → the mentions it states.

``extract_document`` is the stage's entry point. Roles are found sentence by sentence
(``roles.extract_roles``); events need the whole document (the article's own event is what
"大会" or "本次论坛" refers to, and its date supplies missing years), so ``events.extract_events``
sees every sentence at once, together with the memberships already found.

A Traditional article is read in its Simplified copy (kg/nlp/script.py): ``document`` is that
copy, ``written`` the article as the reader produced it. The records then quote it as written
(each sentence carries its written form) and the extraction adds the names' written forms as
aliases, so what this stage emits is final.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.events import extract_events
from kg.extract.names import full_name_index, repair, repair_entities
from kg.extract.roles import RoleMentions, antecedent_of, extract_roles, opens_with_pronoun
from kg.extract.spans import doc_offsets
from kg.model import Document, DocumentExtraction, EntityMention, Membership, Sentence
from kg.nlp.script import written_forms
from kg.nlp.tokens import Parse

# Rule span groups written by the components (kg/nlp), reported beside the LAC entities.
SPAN_KEYS = ("titles", "orgs", "events")


def extract_document(
    document: Document, parsed: Sequence[tuple[Sentence, Parse]], *, written: Document | None = None
) -> DocumentExtraction:
    entities: list[EntityMention] = []
    roles: list[RoleMentions] = []
    for k, (sentence, parse) in enumerate(parsed):
        # the one person the sentence before named, for a 他/她 opening this one (他历任…)
        antecedent = (
            antecedent_of(parsed[k - 1][1], roles[-1].memberships)
            if k and opens_with_pronoun(parse)
            else None
        )
        roles.append(extract_roles(parse, sentence, document, antecedent))
    for sentence, parse in parsed:
        spans = [*parse.ents(), *(span for key in SPAN_KEYS for span in parse.group(key))]
        for span in spans:
            start, end = doc_offsets(sentence, span.start_char, span.end_char)
            entities.append(EntityMention(span.label, span.text, start, end))
    # Names the model cut short where the article writes them in full elsewhere (kg/extract/names.py).
    names = full_name_index(
        [*(e.text for e in entities if e.label == "PER"), *(m.person for r in roles for m in r.memberships)]
    )
    memberships = _with_orgs(repair(document.text, [m for r in roles for m in r.memberships], names))
    events = extract_events(document, parsed, memberships)
    participations = tuple(repair(document.text, events.participations, names))
    persons = tuple(dict.fromkeys(m.person for m in memberships))
    aliases = tuple(a for r in roles for a in r.aliases) + events.aliases
    if written is not None and written is not document:
        forms = written_forms(written.text, memberships, participations, events.organizers, events.events)
        aliases = tuple(dict.fromkeys([*aliases, *forms]))
    return DocumentExtraction(
        document=document if written is None else written,
        sentences=len(parsed),
        entities=tuple(repair_entities(document.text, entities, names)),
        persons=tuple(dict.fromkeys(persons + tuple(p.person for p in participations))),
        orgs=tuple(o for r in roles for o in r.orgs),
        memberships=memberships,
        events=events.events,
        participations=participations,
        organizers=events.organizers,
        aliases=aliases,
    )


def _with_orgs(memberships: Sequence[Membership]) -> tuple[Membership, ...]:
    """The memberships, less those without organisation whose person and title the document also
    states with one (某某不再担任校长职务 after 免去某某的某大学校长职务): the same post, less said."""
    placed = {(m.person, m.title) for m in memberships if m.org is not None}
    return tuple(m for m in memberships if m.org is not None or (m.person, m.title) not in placed)
