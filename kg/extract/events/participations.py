"""Pass 5: who spoke at, chaired or attended which event."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from kg.extract.events.constructions import (
    ADDRESSEE,
    AT,
    AT_REFERENCE,
    BYLINE,
    CEREMONIES,
    REMARKS,
    SAME_SUBJECT,
    SOURCE,
    TALK,
)
from kg.extract.events.lexicon import (
    RoleCue,
    context_words,
    event_words,
    role_cues,
)
from kg.extract.events.records import EventTable, SentenceView
from kg.extract.roles import addressed_by_title, strip_honour, withheld
from kg.extract.spans import provenance
from kg.model import (
    Membership,
    Participation,
)
from kg.resources import load_lexicon

# ---------------------------------------------------------------------------------------------
# Participations


@dataclass(frozen=True)
class _Person:
    name: str
    start: int  # sentence-relative
    end: int
    titled: bool


_Adder = Callable[[_Person, int, str, str, "SentenceView"], None]


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    role: str
    tier: str
    side: str


def _by_sentence(memberships: Sequence[Membership]) -> dict[tuple[str, int], list[Membership]]:
    """Memberships grouped by the sentence that states them (doc id, sentence index), in order."""
    grouped: dict[tuple[str, int], list[Membership]] = {}
    for m in memberships:
        grouped.setdefault((m.provenance.doc_id, m.provenance.sentence_index), []).append(m)
    return grouped


def _persons(view: SentenceView, memberships: Sequence[Membership]) -> list[_Person]:
    """People named in the sentence: the role extractor's (``memberships``: the sentence's own),
    then LAC's PER entities."""
    sentence = view.sentence
    people: dict[tuple[int, int], _Person] = {}
    # The names of a byline credit (本报讯（记者 某某 通讯员 某某）) report the event; they never act in it.
    credit = BYLINE.pattern.match(view.text)
    blocked: list[tuple[int, int]] = [(0, credit.end())] if credit else []
    for m in memberships:
        start, end = m.person_span[0] - sentence.start, m.person_span[1] - sentence.start
        if credit and start < credit.end():
            continue
        if 0 <= start < end <= len(sentence.text):
            people[(start, end)] = _Person(m.person, start, end, True)
        if m.org_span:
            blocked.append((m.org_span[0] - sentence.start, m.org_span[1] - sentence.start))
    named = [ent for ent in view.parse.ents() if ent.label == "PER"]
    if not people and not named:
        return []
    titles = [(s.start_char, s.end_char) for s in view.parse.group("titles")]
    ends = {e for _, e in people} | {ent.end_char for ent in named}
    for ent in named:
        span = (ent.start_char, ent.end_char)
        if any(s < span[1] and span[0] < e for s, e in [*people, *blocked]):
            continue
        # 马克·杜邦（Marc Dupont）: the bracket glosses the name before it; 许总裁, 哈方: no names.
        glossed = view.text[span[0] - 1 : span[0]] in {"（", "("} and span[0] - 1 in ends
        if glossed or ent.text in _not_person() or addressed_by_title(ent.text) or withheld(ent.text):
            continue
        if len(ent.text) < 2:
            continue  # 理/PER 大校/n: one character is no name
        # 徐悲鸿夫人/PER 廖静文, 张大千/PER 夫人/n 李秋君: a relative of the named person is meant, named
        # (if at all) by the next name.
        if (ent.text.endswith(_kin_words()) and len(ent.text) > 2) or view.text.startswith(
            _kin_words(), span[1]
        ):
            continue
        # An organisation LAC took for a person (商汤 联合创始人): a title follows it directly.
        if any(s == span[1] for s, _ in titles) or _in_book_title(view.text, span[0]):
            continue
        titled = any(e == span[0] for _, e in titles)
        people[span] = _Person(strip_honour(ent.text), span[0], span[1], titled)
    return sorted(people.values(), key=lambda p: p.start)


@cache
def _kin_words() -> tuple[str, ...]:
    return tuple(load_lexicon("kin_words.tsv"))


@cache
def _not_person() -> frozenset[str]:
    return load_lexicon("not_person.tsv")


def _in_book_title(text: str, position: int) -> bool:
    return text.rfind("《", 0, position) > text.rfind("》", 0, position)


def _listed_noun(view: SentenceView, start: int, end: int) -> bool:
    """A cue used as a noun in a list (价格信息/n 发布/vn 、消费者偏好…: a paper's title), no act.

    The cue is one verbal-noun token right after a noun, and a 、 follows it.
    """
    table = view.parse.table
    i = table.index_at_start.get(start)
    if i is None or i == 0 or table.ends[i] != end or table.tags[i] != "vn":
        return False
    return table.tags[i - 1] in {"n", "nz"} and view.text.startswith("、", end)


def _cues(view: SentenceView, persons: Sequence[_Person]) -> list[_Cue]:
    text = view.text
    blocked = [(p.start, p.end) for p in persons] + [(m.start, m.end) for m in view.named]
    found: list[tuple[int, int, int, RoleCue]] = []
    for order, cue in enumerate(role_cues()):
        for match in cue.pattern.finditer(text):
            if match.end() == match.start():
                continue
            if any(s < match.end() and match.start() < e for s, e in blocked) or _in_book_title(
                text, match.start()
            ):
                continue
            if _listed_noun(view, match.start(), match.end()):
                continue
            found.append((match.start(), order, match.end(), cue))
    chosen: list[_Cue] = []
    last_end = -1
    for start, _, end, cue in sorted(found, key=lambda f: (f[0], f[1])):
        if start < last_end:
            continue
        chosen.append(_Cue(start, end, cue.role, cue.tier, cue.side))
        last_end = end
    return chosen


# What may stand between one cue and the next clause's cue that shares its subject: the rest of the
# first clause, one comma, and a linking adverb.


def _addressee(text: str, person: _Person, persons: Sequence[_Person]) -> bool:
    """施某向毕业生代表何某颁发证书: a person in the 向/给 phrase after someone else receives the act."""
    match = ADDRESSEE.pattern.search(text, max(0, person.start - 13), person.start)
    if match is None:
        return False
    at = match.start()
    if any(q.start <= at < q.end for q in persons):
        return False  # 向 inside a name (向华强)
    return any(q.end <= at for q in persons)


def _boundaries(text: str) -> list[int]:
    """Positions a list of people never runs across: ；, book titles, a colon."""
    return [i + 1 for i, c in enumerate(text) if c in "；;》"]


def _groups(
    text: str, persons: Sequence[_Person], cues: Sequence[_Cue]
) -> list[tuple[list[_Person], list[_Cue]]]:
    """People with the cues that govern them: the people before a cue (back to the previous cue
    or a boundary) and every cue that follows with no new person in between ("出席论坛并致辞")."""
    groups: list[tuple[list[_Person], list[_Cue]]] = []
    stops = _boundaries(text)
    i = 0
    previous_end = 0
    while i < len(cues):
        cue = cues[i]
        if cue.side == "after":
            nxt = cues[i + 1].start if i + 1 < len(cues) else len(text)
            group = [p for p in persons if cue.end <= p.start and p.end <= nxt]
            groups.append((group, [cue]))
            previous_end = cue.end
            i += 1
            continue
        left = max([previous_end, *[s for s in stops if s <= cue.start]])
        group = [
            p for p in persons if left <= p.start and p.end <= cue.start and not _addressee(text, p, persons)
        ]
        if not group and groups and groups[-1][0] and cue.tier == "specific":
            # 某某出席发布会，发布了… / 作主旨演讲，并发布了…: the next clause keeps the subject.
            if SAME_SUBJECT.pattern.match(text, groups[-1][1][-1].end, cue.start):
                group = list(groups[-1][0])
        members = [cue]
        j = i + 1
        while (
            j < len(cues)
            and cues[j].side == "before"
            and not re.search(r"[，,；：:]", text[members[-1].end : cues[j].start])
            and not any(members[-1].end <= p.start and p.end <= cues[j].start for p in persons)
        ):
            members.append(cues[j])
            j += 1
        groups.append((group, members))
        previous_end = members[-1].end
        i = j
    return groups


def _goes_elsewhere(text: str, person_end: int, cue_start: int) -> bool:
    """Whether a travel word (赴, 前往: event_context.tsv ``away``) stands between a person and the
    cue, so that "该局副局长将于下周赴京参会" is about another meeting, not the article's event."""
    between = text[person_end:cue_start]
    return any(word in between for word in context_words("away"))


def _meets(text: str, person_end: int, cue_start: int) -> bool:
    """Whether a meeting verb (会见, 看望: event_context.tsv ``meet``) stands between a person and the
    cue: in "某某会见了出席论坛的嘉宾" the cue describes the guests, not the host."""
    between = text[person_end:cue_start]
    return any(word in between for word in context_words("meet"))


def _named_after(view: SentenceView, cues: Sequence[_Cue]) -> int | None:
    """The event named after the cue in its clause ("赴深圳参加2024高交会"), if any."""
    clause_end = view.text.find("，", cues[-1].end)
    clause_end = len(view.text) if clause_end < 0 else clause_end
    after = [m for m in view.named if cues[0].start <= m.start < clause_end]
    return after[0].event if after else None


def _group_event(
    view: SentenceView, cues: Sequence[_Cue], persons: Sequence[_Person], main: int | None
) -> int | None:
    """The event a cue group is about: named after the cue in its clause, else before, else a
    reference in the sentence, else the main event."""
    text = view.text
    clause_end = text.find("，", cues[-1].end)
    clause_end = len(text) if clause_end < 0 else clause_end
    after = [m for m in view.named if cues[0].start <= m.start < clause_end]
    elsewhere = [m for m in view.refs if m.event is None and cues[0].start <= m.start < clause_end]
    if elsewhere and (not after or elsewhere[0].start < after[0].start):
        return None  # 将出席下届大会: another edition of the event
    if after:
        return after[0].event
    first = persons[0].start if persons else cues[0].start
    before = [m for m in view.named if m.end <= first]
    if before:
        return before[-1].event
    refs = [m for m in view.refs if m.event is not None]
    if refs:
        return refs[0].event
    return main


def participations(
    table: EventTable,
    views: Sequence[SentenceView],
    memberships: Sequence[Membership],
    leads: Mapping[int, int | None],
) -> list[Participation]:
    """Who spoke at, chaired or attended which event; a sentence naming no event speaks of its lead
    (refs.paragraph_events)."""
    roles: _Slots = {}

    def add(person: _Person, event_key: int, role: str, tier: str, view: SentenceView) -> None:
        event = table.get(event_key)
        if event is None:
            return
        slot = roles.setdefault((person.name, event.key), {})
        if role not in slot:
            span = (view.sentence.start + person.start, view.sentence.start + person.end)
            slot[role] = (tier, Participation(person.name, event.name, role, provenance(view.sentence), span))

    stated = _by_sentence(memberships)
    for view in views:
        main = leads[view.sentence.index]
        persons = _persons(view, stated.get((view.sentence.doc_id, view.sentence.index), []))
        if not persons:
            continue
        cues = _cues(view, persons)
        for group, members in _groups(view.text, persons, cues):
            if not group:
                continue
            tiers = {c.tier for c in members}
            if "speech" in tiers and tiers == {"speech"}:
                _speech(view, group, members[0], main, add)
                continue
            if _meets(view.text, group[-1].end, members[0].start):
                continue
            if _goes_elsewhere(view.text, group[-1].end, members[0].start):
                event_key = _named_after(view, members)
            else:
                event_key = _group_event(view, members, group, main)
            if event_key is None:
                continue
            specific = [c for c in members if c.tier == "specific"]
            presence = [c for c in members if c.tier == "presence"]
            weak = [c for c in members if c.tier == "weak"]
            if specific:
                for person in group:
                    for c in specific:
                        add(person, event_key, c.role, "specific", view)
            elif presence:
                for person in group:
                    add(person, event_key, presence[0].role, "presence", view)
            elif weak and len({c.tier for c in members}) == 1:
                for person in group:
                    add(person, event_key, weak[0].role, "specific", view)
    return _most_specific(roles)


_Slots = dict[tuple[str, int], dict[str, tuple[str, Participation]]]


def _most_specific(roles: _Slots) -> list[Participation]:
    """Per (person, event): the specific roles, else the first presence role; a remark (speech)
    only when the person gave no talk there."""
    result: list[Participation] = []
    for slot in roles.values():
        specific_roles = {r for r, (t, _) in slot.items() if t == "specific"}
        for role, (tier, participation) in slot.items():
            if tier == "presence" and (specific_roles or slot.keys() - {role} - set(event_words("presence"))):
                continue
            if tier == "presence" and role != next(r for r in event_words("presence") if r in slot):
                continue
            if tier == "speech" and specific_roles & set(event_words("speaking")):
                continue
            result.append(participation)
    return sorted(result, key=lambda p: (p.provenance.sentence_index, p.person_span or (0, 0), p.role))


def _speech(view: SentenceView, group: Sequence[_Person], cue: _Cue, main: int | None, add: _Adder) -> None:
    """张三表示: at a named event in the sentence ("在X上，张三表示") a talk (演讲); in an article
    about an event, a titled speaker's reported remarks (致辞)."""
    speaker = group[-1]
    text = view.text
    if text.lstrip(" \u3000").startswith(context_words("hearsay")):
        return  # 据悉，某局局长某某表示…: passed on, not said at the event
    if any(word in text[speaker.end : cue.start] for word in context_words("earlier")):
        return  # 某某此前表示: said before the event
    clause = max(text.rfind(mark, 0, speaker.start) for mark in "，,。；;：:") + 1
    if text[clause : speaker.start].lstrip(" \u3000").startswith(SOURCE):
        return  # 据赛事总监某某介绍: the source of a fact, not a remark made at the event
    if cue.start - speaker.end > 2:
        # 某某在开幕式上表示: remarks at a reference to the event between speaker and verb.
        gap = text[speaker.end : cue.start]
        at = [m for m in view.refs if m.event is not None and speaker.end < m.start and m.end < cue.start]
        event_key = at[0].event if at else None
        if (
            event_key is not None
            and speaker.titled
            and re.fullmatch(AT_REFERENCE.format(ref=re.escape(at[0].text)), gap)
        ):
            ceremony = at[0].text.endswith(CEREMONIES)
            add(speaker, event_key, REMARKS if ceremony else TALK, "specific", view)
        return
    during = context_words("during")
    at_event = [
        m for m in view.named if m.end <= speaker.start and any(text.startswith(w, m.end) for w in during)
    ]
    if at_event and at_event[-1].event is not None:
        add(speaker, at_event[-1].event, TALK, "specific", view)
        return
    if main is None or view.named:
        return
    if not speaker.titled:
        # "发布会上，张三介绍": an untitled speaker right after a reference to the event.
        at_ref = [
            m
            for m in view.refs
            if m.event is not None
            and m.end <= speaker.start
            and (m.text.endswith(AT) or any(text.startswith(w, m.end) for w in during))
            and not text[m.end : speaker.start].lstrip(AT).strip("，, ")
        ]
        event = at_ref[-1].event if at_ref else None
        if event is not None:
            add(speaker, event, cue.role, "speech", view)
        return
    add(speaker, main, cue.role, "speech", view)
