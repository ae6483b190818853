"""Pass 1: the named event spans of each sentence and the events they name."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

from kg.extract.events.constructions import (
    ACTIVITY,
    ALIAS_DEF,
    ANNUAL_MEETING,
    BRAND_YEAR,
    CREDIT,
    EDITION_NUMBER,
    FORUM,
    HEADLINE_LABEL,
    INSIDE_DEFINITION,
    JOIN,
    ORGANISER_SLOT,
    PARTY_CONGRESS,
    PARTY_CONGRESS_FULL,
    PARTY_SESSION,
    QUOTED_HELD,
)
from kg.extract.events.edit import Edit
from kg.extract.events.lexicon import (
    CJK_ONLY,
    CLAUSE_BREAK,
    context_words,
    event_words,
    verb_alternation,
)
from kg.extract.events.records import EventTable, SentenceView, has_edition
from kg.extract.spans import provenance
from kg.model import AliasMention, Offsets, Sentence
from kg.nlp.components import ORGS_KEY
from kg.nlp.event_spans import EVENTS_KEY, event_lexicon, head_at
from kg.nlp.tokens import Parse
from kg.text import alternation


def _split_join(name: str) -> str | None:
    """The part before 暨 when it names an event itself (2021…高峰论坛暨启智开发者大会)."""
    if JOIN not in name:
        return None
    left = name.split(JOIN, 1)[0]
    head = head_at(left, len(left))
    if head is None or event_lexicon().heads.get(head) == "part" or _body_like(left, head):
        return None
    return left if len(left) > len(head) + 1 else None


def _split_parent(name: str) -> tuple[str, str] | None:
    """(parent, rest) for "X“主题”分论坛" / "X分论坛" / "第N届X节Y奖颁奖典礼": X is an event of its own."""
    heads = event_lexicon().heads
    last = head_at(name, len(name))
    if last is None:
        return None
    quoted = "“" in name and not name.startswith("“")
    ceremony = name.endswith(context_words("ceremony"))
    if heads.get(last) != "sub" and not quoted and not ceremony:
        return None
    for cut in range(len(name) - len(last), 1, -1):
        head = head_at(name, cut)
        if (
            head is None
            or heads.get(head) in {"part", "sub"}
            or name[cut - 1 - len(head) : cut - len(head)] == JOIN
            or _body_like(name[:cut], head)
        ):
            continue
        parent, rest = name[:cut], name[cut:]
        if JOIN in rest or not _specific_text(parent, head):
            continue
        if rest.startswith("“") or heads.get(last) == "sub":
            return parent, rest
        if ceremony and heads.get(head) == "event" and has_edition(parent) and len(rest) > len(last):
            return parent, rest  # 第六届X电影节 + 金椰奖颁奖典礼: the festival's award ceremony
    return None


def _body_like(name: str, head: str) -> bool:
    """A name ending in a head of kind ``edition`` (会) without its edition: 海川学会 is a body."""
    return event_lexicon().heads.get(head) == "edition" and not has_edition(name)


def _specific_text(name: str, head: str) -> bool:
    """Whether a name (without tokens) says which event it is: edition, year, scope word, Latin."""
    prefix = name[: len(name) - len(head)]
    if has_edition(name) or re.search(r"[A-Za-z“]", prefix):
        return True
    if any(word in prefix for word in context_words("scope")):
        return True
    return len(prefix) >= 4


# A quoted title whose last words are an event span: “江南春色——明清江南园林文物特展”. No clause
# punctuation inside, so a quoted slogan or a sentence is never taken for the name.
_QUOTED_NAME = re.compile(r"“(?P<name>[^“”，,。；;、：:！？!?（）()《》]{2,40})$")


def quoted_start(text: str, start: int, end: int) -> int:
    """Where the whole quoted name starts when the span ``start:end`` closes a quotation, else ``start``.

    The span walks left only over name words, so a quoted exhibition title with a dash or a
    dynasty (明清) in it is cut to its tail; the quotation marks show where the name really starts.
    """
    if not text.startswith("”", end):
        return start
    found = _QUOTED_NAME.search(text, 0, end)
    if found is None or found.start("name") >= start:
        return start
    # “某办公室召开…新闻发布会”: a quoted report that an event was held is no name.
    if any(verb in text[found.start("name") : start] for verb in context_words("hold")):
        return start
    return found.start("name")


def _organiser_slot(text: str, start: int, end: int) -> bool:
    """Whether a span stands in the organiser list of "由A、B共同主办": it names an organisation."""
    if not ORGANISER_SLOT.pattern.search(text[:start]):
        return False
    return re.match(rf"[^，。；]*?(?:{verb_alternation()})", text[end:]) is not None


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause a span stands in: from the punctuation before it to the punctuation after it."""
    before = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    after = CLAUSE_BREAK.search(text, end)
    return text[before : after.start() if after else len(text)]


def _not_an_event(view: SentenceView, start: int, end: int) -> bool:
    """A span that names no event: a team's record (切尔西联赛三轮全胜), a web board (育碧官方论坛) or a
    wrongdoing (犯罪活动).

    Words by kind ``team``, ``online`` and ``misdeed`` of event_context.tsv. A team head counts only
    after a single word: a club (ORG/PER, Chinese script) anywhere, or a place that opens its clause
    and has more words right after it (里昂联赛客场输球); "在乌克兰联赛中" stays a league.
    """
    text, table = view.text, view.parse.table
    name = text[start:end]
    head = head_at(name, len(name))
    if head is None:
        return False
    if head in context_words("team"):
        tokens = table.token_range(start, end - len(head))
        if tokens is not None and tokens[1] - tokens[0] == 1:
            entity = table.ents[tokens[0]]
            first = tokens[0]
            opens = first == 0 or table.punct(first - 1) or table.tags[first - 1] == "c"
            followed = end < len(text) and not CLAUSE_BREAK.match(text, end) and text[end] not in "、）)”"
            if entity in {"ORG", "PER"} and CJK_ONLY.match(table.texts[first]):
                return True
            if entity == "LOC" and opens and followed:
                return True
    if name.startswith(context_words("platform")):
        return True  # 云上某某茶博会: an online platform, not an event
    if head == ACTIVITY and name[: -len(head)].endswith(context_words("misdeed")):
        return True  # “套路贷”犯罪活动: a wrongdoing, not an event
    if head.endswith(FORUM):
        online = context_words("online")
        if name[: -len(head)].endswith(online):
            return True
        if any(word in _clause_around(text, start, end) for word in online):
            return True
    return False


def _sub_head(name: str) -> bool:
    head = head_at(name, len(name))
    return head is not None and event_lexicon().heads.get(head) == "sub"


@dataclass(frozen=True)
class Found:
    """An event span kept as a name: its sentence, where the name stands in it, and its text."""

    view: SentenceView
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Spans:
    """The names of a document's event spans, and the quoted names whose tail a span was
    (``text`` of a tail is the span: “江南春色——明清江南园林文物特展” and 明清江南园林文物特展)."""

    names: tuple[Found, ...] = ()
    tails: tuple[Found, ...] = ()


@dataclass(frozen=True)
class Placed:
    """A named event span of sentence ``sentence`` (sentence-relative offsets) and its event's key."""

    sentence: int
    start: int
    end: int
    key: int


def find_spans(parsed: Sequence[tuple[Sentence, Parse]]) -> tuple[tuple[SentenceView, ...], Spans]:
    """The sentence views and the event spans that name events (the "events" span group without
    organisations, organiser slots and non-events; credits cut off, quoted names whole)."""
    views: list[SentenceView] = []
    names: list[Found] = []
    tails: list[Found] = []
    for sentence, parse in parsed:
        view = SentenceView(sentence, parse)
        views.append(view)
        org_spans = {(o.start_char, o.end_char) for o in parse.group(ORGS_KEY)}
        for span in parse.group(EVENTS_KEY):
            if (span.start_char, span.end_char) in org_spans and _sub_head(span.text):
                continue  # 中华医学会心血管病学分会: a society's branch (an organisation), not a session
            if _organiser_slot(view.text, span.start_char, span.end_char):
                continue  # 由世界互联网大会（以下简称“WIC”）和…共同主办: the body that organises
            if _not_an_event(view, span.start_char, span.end_char):
                continue
            start = span.start_char
            credit = CREDIT.pattern.match(span.text)
            if credit is not None and credit.end() < len(span.text):
                start += credit.end()  # 电（记者 某某）第五届…论坛: the credit is no part of the name
            label = HEADLINE_LABEL.pattern.match(view.text, start, span.end_char)
            if label is not None and label.end() < span.end_char:
                start = label.end()  # 预告丨第七届…节: the headline's label is no part of the name
            prefix = PARTY_SESSION.pattern.search(view.text, max(0, start - 2), start)
            if prefix is not None and EDITION_NUMBER.pattern.match(view.text[start:]):
                start = prefix.start()  # 党的十九届四中全会: 党的 opens the session's name
            whole = quoted_start(view.text, start, span.end_char)
            if whole != start:
                tails.append(Found(view, whole, span.end_char, view.text[start : span.end_char]))
                start = whole
            names.append(Found(view, start, span.end_char, view.text[start : span.end_char]))
        names.extend(_brand_years(view, parse))
        names.extend(_party_congresses(view, parse))
    return tuple(views), Spans(tuple(_events_not_bodies(names)), tuple(tails))


def _events_not_bodies(names: Sequence[Found]) -> list[Found]:
    """The names but those of an organisation whose annual meeting the text names too
    (中国发展高层论坛 beside 中国发展高层论坛2024年年会: construction ``annual_meeting``)."""
    texts = {found.text for found in names}
    return [
        found
        for found in names
        if not any(
            other.startswith(found.text) and ANNUAL_MEETING.pattern.fullmatch(other, len(found.text))
            for other in texts
        )
    ]


def _party_congresses(view: SentenceView, parse: Parse) -> Iterator[Found]:
    """党的二十大, 中共十九大: the construction ``party_congress``, outside the event spans."""
    taken = [(s.start_char, s.end_char) for s in parse.group(EVENTS_KEY)]
    for match in PARTY_CONGRESS.pattern.finditer(view.text):
        start, end = match.span()
        if all(end <= s or start >= e for s, e in taken):
            yield Found(view, start, end, match.group())


@cache
def _brand_year() -> re.Pattern[str]:
    return BRAND_YEAR.compile(
        adverbs=alternation(context_words("place_adv")),
        verbs=alternation([*context_words("hold"), *context_words("close")]),
    )


@cache
def _quoted_held() -> re.Pattern[str]:
    return QUOTED_HELD.compile(
        adverbs=alternation(context_words("place_adv")), verbs=alternation(event_words("quoted_held"))
    )


def _brand_years(view: SentenceView, parse: Parse) -> Iterator[Found]:
    """Names without a head word outside the event spans of the sentence: a Latin brand with its
    year (2024SkyJoy正式开幕: ``brand_year``) and a quoted title that is held (“海川之城·对话未来”在
    海川大剧院举行: ``quoted_held``)."""
    taken = [(s.start_char, s.end_char) for s in parse.group(EVENTS_KEY)]
    for pattern in (_brand_year(), _quoted_held()):
        for match in pattern.finditer(view.text):
            start, end = match.span("name")
            if all(end <= s or start >= e for s, e in taken):
                yield Found(view, start, end, match["name"])


def name_events(spans: Spans) -> tuple[EventTable, tuple[Placed, ...], tuple[AliasMention, ...]]:
    """The events the spans name, where each span stands, and the short forms the text defines.

    Short forms defined in the text come first, so that "2023全球智博会" later finds its event; then
    quoted names with their tails; then every name in text order, with the part before 暨 and the
    parent of a sub-event ("X“主题”分论坛" is part of X).
    """
    edit = Edit(EventTable())
    aliases = _defined(edit, spans.names)
    for found in spans.tails:
        # The tail written alone elsewhere (a headline) is the same event.
        name = found.view.text[found.start : found.end]
        edit.alias(edit.add(name, found.view.sentence, _doc_span(found)), found.text)
    placed = tuple(
        _place(edit, found) for found in spans.names if not _inside_definition(found.view.text, found.start)
    )
    _congress_full_names(edit)
    return edit.freeze(), placed, aliases


def _congress_full_names(edit: Edit) -> None:
    """党的二十大 and 中国共产党第二十次全国代表大会 in one text: one event, the full name first."""
    for key in list(edit.order):
        short = PARTY_CONGRESS.pattern.fullmatch(edit.records[key].name)
        if short is None:
            continue
        full = edit.find(PARTY_CONGRESS_FULL.format(n=short["n"]))
        if full is not None and full != key:
            edit.alias(full, edit.records[key].name)


def _defined(edit: Edit, names: Sequence[Found]) -> tuple[AliasMention, ...]:
    """Names followed by （简称“…”）: their events, with the short form as an alias."""
    aliases: list[AliasMention] = []
    for found in names:
        definition = ALIAS_DEF.pattern.match(found.view.text[found.end :])
        if definition and edit.find(found.text) is None:
            key = edit.add(found.text, found.view.sentence, _doc_span(found))
            short = definition["short"]
            edit.define_short(key, short)
            edit.alias(key, short)
            aliases.append(AliasMention(short, found.text, "event", provenance(found.view.sentence)))
    return tuple(aliases)


def _place(edit: Edit, found: Found) -> Placed:
    """The event one name stands for, its 暨 part and its parent event entered in ``edit``."""
    sentence = found.view.sentence
    key = edit.add(found.text, sentence, _doc_span(found))
    joined = _split_join(found.text)
    if joined:
        other = edit.find(joined)
        if other is not None and other != key:
            edit.merge(key, other)
        edit.alias(key, joined)
    split = _split_parent(edit.records[key].name)
    if split:
        parent_name, rest = split
        parent = edit.add(
            parent_name, sentence, _doc_span(replace(found, end=found.start + len(parent_name)))
        )
        if parent != key:
            edit.set_parent(key, parent)
            if rest.startswith("“"):
                edit.alias(key, rest)
    return Placed(sentence.index, found.start, found.end, key)


def _inside_definition(text: str, start: int) -> bool:
    return bool(INSIDE_DEFINITION.pattern.search(text[max(0, start - 8) : start]))


def _doc_span(found: Found) -> Offsets:
    return found.view.sentence.start + found.start, found.view.sentence.start + found.end
