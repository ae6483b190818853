"""Pass 6: who organised, hosted, released at or exhibited at which event."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from kg.extract.events.constructions import (
    AFTER_VERB_COMMA,
    APPOSED_ORGANISER,
    BY,
    BY_ORGANISER,
    CLAUSE_SEGMENT,
    CREDIT_BREAK,
    CREDIT_LINE,
    ETC,
    EXHIBIT,
    EXHIBITED,
    EXHIBITOR_LIST,
    OBJECT_VERB,
    OF,
    ORGANISED_OBJECT,
    ORGANISED_OF,
    ORGANIZER_LABEL,
    ORGANIZER_LIST,
    ORGANIZER_LIST_AFTER,
    RELEASE,
    RELEASED,
    SUBJECT_JOIN,
    SUPPORTED,
    UNDER_GUIDANCE,
    Template,
)
from kg.extract.events.lexicon import (
    CLAUSE_BREAK,
    context_words,
    organizer_verbs,
    verb_alternation,
)
from kg.extract.events.org_names import org_items, org_spans, strip_bracket
from kg.extract.events.records import EventTable, SentenceView
from kg.extract.spans import provenance
from kg.model import (
    EventOrganizer,
)
from kg.nlp.components import suffix_kind
from kg.text import alternation

# ---------------------------------------------------------------------------------------------
# Organisers


@cache
def _with_verbs(template: Template) -> re.Pattern[str]:
    """A template whose ``{verbs}`` slot takes the organiser verbs: CLAUSE_SEGMENT (one segment of
    "由A、B共同主办，C承办"), ORGANIZER_LIST (主办单位：A、B / 主办方为A), ORGANIZER_LIST_AFTER
    (A、B为指导单位, the list before the role), AFTER_VERB_COMMA and CREDIT_LINE."""
    return template.compile(verbs=verb_alternation())


def organizers(
    table: EventTable,
    views: Sequence[SentenceView],
    leads: Mapping[int, int | None],
) -> list[EventOrganizer]:
    found: dict[tuple[str, int, str], EventOrganizer] = {}
    role_of = dict(organizer_verbs())
    for view in views:
        main = leads[view.sentence.index]
        text = view.text
        for org, role, event_key in [
            *_by_clauses(view, role_of, main),
            *_by_lists(view, role_of, main),
            *_by_subject(view, main),
            *_by_exhibitor_list(view, main),
            *_by_credit_line(view, role_of, main),
            *_by_label(view, role_of, main),
            *_by_organised_of(view, role_of),
            *_by_organised_object(view, role_of),
            *_by_apposition(view, role_of, main),
            *_by_guidance(view, main),
        ]:
            event = table.get(event_key)
            if event is None:
                continue
            key = (org, event.key, role)
            if key not in found:
                position = text.find(org)
                span = (
                    (view.sentence.start + position, view.sentence.start + position + len(org))
                    if position >= 0
                    else None
                )
                found[key] = EventOrganizer(org, event.name, role, provenance(view.sentence), span)
    return list(found.values())


def _clause_event(view: SentenceView, position: int, main: int | None) -> int | None:
    before = [m for m in view.mentions() if m.end <= position]
    if before and before[-1].event is None and before[-1] in view.refs:
        return None  # 下届大会将由某大学承办: another edition of the event
    before = [m for m in before if m.event is not None]
    if before:
        return before[-1].event
    named = [m for m in view.named if m.event is not None]
    if named:
        return named[0].event
    return main


def _event_before(view: SentenceView, position: int, main: int) -> int:
    """Exhibitors exhibit at the event the sentence names before them (峰会期间还将举办“某某”博览会，
    甲、乙等企业参展), else at the article's event."""
    before = [m.event for m in view.mentions() if m.end <= position and m.event is not None]
    return before[-1] if before else main


def _by_clauses(
    view: SentenceView, role_of: dict[str, str], main: int | None
) -> Iterable[tuple[str, str, int | None]]:
    """由A、B共同主办，C承办（的X）; 由A主办、B承办的X (a 、 after a verb ends a clause as ， does)."""
    text = view.text
    segment_re = _with_verbs(CLAUSE_SEGMENT)
    for match in BY.pattern.finditer(text):
        rest = _with_verbs(AFTER_VERB_COMMA).sub(lambda verb: verb.group()[:-1] + "，", text[match.end() :])
        found: list[tuple[str, str]] = []
        event_key: int | None = None
        position = match.end()
        for segment in CLAUSE_BREAK.split(rest):
            parsed = segment_re.match(segment)
            if not parsed or not parsed["orgs"].strip():
                break
            role = role_of[parsed["verb"]]
            found.extend((org, role) for org in org_items(parsed["orgs"]))
            tail = parsed["tail"]
            if tail.startswith(OF):
                offset = position + segment.index(parsed["verb"]) + len(parsed["verb"])
                after = [m for m in view.named if m.start >= offset and m.event is not None]
                event_key = after[0].event if after else None
                break
            if tail.strip():
                break
            position += len(segment) + 1
        if not found:
            continue
        if event_key is None:
            event_key = _clause_event(view, match.start(), main)
        for org, role in found:
            yield org, role, event_key


def _by_lists(
    view: SentenceView, role_of: dict[str, str], main: int | None
) -> Iterable[tuple[str, str, int | None]]:
    """主办单位：A、B / 主办方为A / A、B为指导单位."""
    for pattern in (_with_verbs(ORGANIZER_LIST), _with_verbs(ORGANIZER_LIST_AFTER)):
        for match in pattern.finditer(view.text):
            event_key = _clause_event(view, match.start(), main)
            for org in org_items(match["orgs"]):
                yield org, role_of[match["verb"]], event_key


def _by_credit_line(
    view: SentenceView, role_of: dict[str, str], main: int | None
) -> Iterable[tuple[str, str, int | None]]:
    """甲、乙支持。丙承办，丁、戊协办: a sentence of organiser lists only, each list before its verb,
    credits the article's event (the paragraph's lead); nothing is taken unless every clause is such
    a list and every listed name ends like an organisation's."""
    if main is None or view.named or view.refs:
        return
    pattern = _with_verbs(CREDIT_LINE)
    found: list[tuple[str, str]] = []
    for clause in CREDIT_BREAK.pattern.split(view.text.strip().rstrip("。！!")):
        parsed = pattern.match(clause.strip())
        if parsed is None or BY.pattern.search(parsed["orgs"]):
            return  # 晚会由甲主办: a 由 clause (_by_clauses), whose subject is the event
        items = org_items(parsed["orgs"])
        if not items or any(suffix_kind(strip_bracket(item)) != "org" for item in items):
            return
        found.extend((item, role_of[parsed["verb"]]) for item in items)
    yield from ((org, role, main) for org, role in found)


def _by_label(
    view: SentenceView, role_of: dict[str, str], main: int | None
) -> Iterable[tuple[str, str, int | None]]:
    """主办：甲、乙；承办：丙 (construction ``organizer_label``): a line of labelled credits for the
    article's event; nothing unless every name ends like an organisation's."""
    if main is None or view.named or view.refs:
        return
    found: list[tuple[str, str]] = []
    for match in _with_verbs(ORGANIZER_LABEL).finditer(view.text):
        items = org_items(match["orgs"])
        if not items or any(suffix_kind(strip_bracket(item)) != "org" for item in items):
            return
        verb = view.text[match.start() : match.start("orgs")].rstrip("：:")
        found.extend((item, role_of[verb]) for item in items)
    yield from ((org, role, main) for org, role in found)


def _by_organised_of(view: SentenceView, role_of: dict[str, str]) -> Iterable[tuple[str, str, int | None]]:
    """甲、乙主办的X / 甲主办、乙承办的X without 由 (construction ``organised_of``): the clause
    before 的 and a named event right after it; every name must be an organisation the model or
    the org rules found, so that "记者参加甲主办的X" gives nothing."""
    text = view.text
    orgs = org_spans(view)
    segment_re = _with_verbs(CLAUSE_SEGMENT)
    for mention in view.named:
        if mention.event is None or not text.startswith(OF, mention.start - len(OF)):
            continue
        match = _with_verbs(ORGANISED_OF).search(text, 0, mention.start)
        if match is None:
            continue
        clause = _with_verbs(AFTER_VERB_COMMA).sub(lambda verb: verb.group()[:-1] + "，", match["clause"])
        found: list[tuple[str, str]] = []
        for segment in CLAUSE_BREAK.split(clause):
            parsed = segment_re.match(segment)
            items = org_items(parsed["orgs"]) if parsed and not parsed["tail"] else []
            if parsed is None or not items or any(item not in orgs for item in items):
                found = []
                break
            found.extend((item, role_of[parsed["verb"]]) for item in items)
        yield from ((org, role, mention.event) for org, role in found)


@cache
def _object_verbs() -> re.Pattern[str]:
    """ORGANISED_OBJECT with the organiser verbs that say so by themselves (construction
    ``object_verb``: 主办, 共同承办, 协办; never 举办 or 支持)."""
    verbs = [verb for verb, _ in organizer_verbs() if OBJECT_VERB.pattern.match(verb)]
    return ORGANISED_OBJECT.compile(verbs=alternation(verbs))


def _by_organised_object(
    view: SentenceView, role_of: dict[str, str]
) -> Iterable[tuple[str, str, int | None]]:
    """甲、乙共同主办第三届X / 甲承办了本届博览会 (construction ``organised_object``): the clause
    before the verb and an event named or referred to right after it; every name must be an
    organisation the model or the org rules found."""
    text = view.text
    orgs = org_spans(view)
    segment_re = _with_verbs(CLAUSE_SEGMENT)
    for mention in view.mentions():
        if mention.event is None:
            continue
        match = _object_verbs().search(text, 0, mention.start)
        if match is None:
            continue
        clause = _with_verbs(AFTER_VERB_COMMA).sub(lambda verb: verb.group()[:-1] + "，", match["clause"])
        found: list[tuple[str, str]] = []
        for segment in CLAUSE_BREAK.split(clause):
            parsed = segment_re.match(segment)
            items = org_items(parsed["orgs"]) if parsed and not parsed["tail"] else []
            if parsed is None or not items or any(item not in orgs for item in items):
                found = []
                break
            found.extend((item, role_of[parsed["verb"]]) for item in items)
        yield from ((org, role, mention.event) for org, role in found)


def _by_apposition(
    view: SentenceView, role_of: dict[str, str], main: int | None
) -> Iterable[tuple[str, str, int | None]]:
    """据主办方某某协会介绍 / 作为本届博览会的主办方，某某… (construction ``apposed_organiser``): an
    organisation span right after its role; of the event the 作为 phrase names, else the clause's."""
    text = view.text
    for org in sorted(org_spans(view)):
        start = text.find(org)
        while start >= 0:
            match = APPOSED_ORGANISER.pattern.search(text, 0, start)
            if match is not None and suffix_kind(org) == "org":
                inside = [m.event for m in view.mentions() if match.start() <= m.start < match.end()]
                event_key = next((key for key in inside if key is not None), None)
                if event_key is None:
                    event_key = _clause_event(view, start, main)
                yield org, role_of[match["verb"] or match["as"]], event_key
            start = text.find(org, start + len(org))


def _by_guidance(view: SentenceView, main: int | None) -> Iterable[tuple[str, str, int | None]]:
    """在甲的指导下 / 在甲、乙的大力支持下 (construction ``under_guidance``): bodies that back the
    event the sentence names or refers to (支持), every name an organisation the model or the org
    rules found."""
    if not any(m.event is not None for m in view.mentions()):
        return  # 在市委的支持下，某协会成立: no event in the sentence, none backed
    orgs = org_spans(view)
    for match in UNDER_GUIDANCE.pattern.finditer(view.text):
        items = org_items(match["orgs"])
        if not items or any(item not in orgs for item in items):
            continue
        event_key = _clause_event(view, len(view.text), main)
        yield from ((item, SUPPORTED, event_key) for item in items)


_SUBJECT_SEGMENT = re.compile(r"[^，：:]+(?P<sep>[，：:]|$)")


@cache
def _exhibitor_list() -> re.Pattern[str]:
    """甲、乙、丙等30余家企业携新品参展: names the text itself types as organisations, then 参展."""
    kinds = alternation(context_words("exhibitors"))
    return EXHIBITOR_LIST.compile(kinds=kinds)


def _by_exhibitor_list(view: SentenceView, main: int | None) -> Iterable[tuple[str, str, int | None]]:
    if main is None:
        return
    for match in _exhibitor_list().finditer(view.text):
        # 峰会期间还将举办“某某”博览会，甲、乙等企业参展: they exhibit at the event named before them.
        event_key = _event_before(view, match.start(), main)
        for org in org_items(match["orgs"]):
            yield org, EXHIBITED, event_key


def _by_subject(view: SentenceView, main: int | None) -> Iterable[tuple[str, str, int | None]]:
    """Organisations that open a sentence and released (发布) or exhibited (参展) at the event."""
    text = view.text
    orgs = [(e.start_char, e.end_char) for e in view.parse.ents() if e.label == "ORG"]
    orgs += [(s.start_char, s.end_char) for s in view.parse.group("orgs") if s.label == "ORG"]
    if not orgs:
        return  # the subject must hold an organisation
    subject: list[str] = []
    for match in _SUBJECT_SEGMENT.finditer(text):
        segment, position = match.group().rstrip("，：:"), match.start()
        if any(position <= s < match.end() for s, _ in orgs):
            in_org = {i for s, e in orgs for i in range(s, e)}  # character positions inside one
            head = segment.split(ETC, 1)[0]
            if BY_ORGANISER.pattern.search(segment):
                return  # 本届展会由甲、乙主办: organisers (_by_clauses), no subject
            verb = RELEASE.pattern.search(head) or EXHIBIT.pattern.search(head)
            head = head[: verb.start()] if verb else head  # 某学会发布了《…》: the subject ends at the verb
            for item in SUBJECT_JOIN.pattern.split(head):
                item = item.strip()
                start = text.find(item, position)
                covered = sum(1 for i in range(start, start + len(item)) if i in in_org)
                if item and (covered >= 0.8 * len(item) or suffix_kind(item) == "org"):
                    subject.append(item)
                else:
                    break
            break
        # A heading before a colon, or an adverbial such as "本次大会上，", may come first.
        if match["sep"] in "：:" or any(m.start < match.end() for m in view.mentions()):
            continue
        break
    if not subject:
        return
    rest = text[text.find(subject[-1]) + len(subject[-1]) :]
    if RELEASE.pattern.search(rest) and (view.named or view.refs):
        event_key = _clause_event(view, len(text), main)
        yield from ((org, RELEASED, event_key) for org in subject)
    elif EXHIBIT.pattern.search(rest) and main is not None:
        event_key = _event_before(view, text.find(subject[0]), main)
        yield from ((org, EXHIBITED, event_key) for org in subject)
