"""Named events, their dates and places, who took part and who organised them.

Reads the "events" and "event_refs" span groups (kg/nlp/event_spans.py) over a whole document:

- One event per distinct event: mentions that differ only by a year or an edition in front
  (世界人工智能大会 / 2023世界人工智能大会), by a defined short form (（简称“全球智博会”）, with or
  without a year), by the part before 暨, or by an acronym of event_acronyms.tsv are merged; the
  fullest written form is the name, the others are aliases.
- The article's own event (the "main" event) is the one its title names, else the first named in
  its opening sentences. Generic references (大会, 本次论坛, 会上, 开幕式) point to it, or to the one
  named event whose head they repeat.
- Sub-events: "X“主题”分论坛" is part of X; an event held "在本次大会期间" / "在开幕式上" is part of
  the main event (and, held at its opening ceremony, takes its first day).
- Dates and places come from clauses that say the event takes place (举办, 举行, 开幕 …).
- Participations: a role cue of participation_roles.tsv applies to the people named before it
  (lists included) back to the previous cue; only the most specific role per (person, event) is kept.
- Organisers: "由A、B主办，C承办（的X）" clauses, "主办单位：A" lists, and organisations that, as the
  subject of a sentence about the event, released something there (发布) or exhibited (参展).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

from kg.extract.dates import (
    NAME_PREFIX,
    chinese_number,
    days_under_dateline,
    duration_days,
    find_dates,
    infer_year,
    is_dateline,
    with_year,
    year_from_name,
)
from kg.extract.roles import addressed_by_title, strip_honour, withheld
from kg.extract.spans import provenance
from kg.model import (
    AliasMention,
    Document,
    EventMention,
    EventOrganizer,
    Membership,
    Offsets,
    Participation,
    Sentence,
)
from kg.nlp.components import ORGS_KEY, inside_joined_name, suffix_kind
from kg.nlp.event_spans import EVENTS_KEY, REFS_KEY, event_lexicon, head_at
from kg.nlp.tokens import Parse, SpanRow
from kg.resources import load_groups, load_lexicon, load_mapping, load_rows
from kg.text import alternation, normalize_name


@dataclass(frozen=True)
class EventMentions:
    events: tuple[EventMention, ...] = ()
    participations: tuple[Participation, ...] = ()
    organizers: tuple[EventOrganizer, ...] = ()
    aliases: tuple[AliasMention, ...] = ()


# ---------------------------------------------------------------------------------------------
# Lexicons


@dataclass(frozen=True)
class RoleCue:
    pattern: re.Pattern[str]
    role: str
    tier: str
    side: str


@cache
def role_cues() -> tuple[RoleCue, ...]:
    return tuple(
        RoleCue(
            re.compile(row[0]),
            row[1],
            row[2] if len(row) > 2 else "specific",
            row[3] if len(row) > 3 else "before",
        )
        for row in load_rows("participation_roles.tsv")
    )


@cache
def organizer_verbs() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(load_mapping("organizer_roles.tsv").items(), key=lambda kv: -len(kv[0])))


@cache
def context_words(kind: str) -> tuple[str, ...]:
    return tuple(sorted(load_groups("event_context.tsv").get(kind, ()), key=len, reverse=True))


@cache
def acronyms() -> dict[str, str]:
    return load_mapping("event_acronyms.tsv")


@cache
def series() -> dict[str, tuple[int, int]]:
    return {
        row[0]: (int(row[1]), int(row[2]) if len(row) > 2 else 1) for row in load_rows("event_series.tsv")
    }


SPEAKING = frozenset({"致辞", "主旨报告", "演讲", "主持"})
PRESENCE_ORDER = ("出席", "参加")
_ALIAS_DEF = re.compile(
    r"^[（(](?:以下)?[简下]称[:：]?\s*[“\"「『]?(?P<short>[^”\"」』）)，,]{2,20})[”\"」』]?[）)]"
)
_EDITION_NUMBER = re.compile(r"^第?(?P<n>[0-9一二三四五六七八九十百零〇两]+)届")
_CJK_OR_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·+“”\"（）()—\-]")
_DURING_GAP = 3
_CJK = re.compile(r"[\u4e00-\u9fff]")
_OPENING_CJK = 8
_OPENING_SENTENCES = 3


# ---------------------------------------------------------------------------------------------
# Events of the document


@dataclass
class _Event:
    key: int
    name: str
    sentence: Sentence
    span: Offsets
    forms: list[str] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    location: str | None = None
    parent: int | None = None
    alias_of_short: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        return [self.name, *self.forms]


def core(name: str) -> str:
    """The name without a leading year or edition (2023世界人工智能大会 → 世界人工智能大会)."""
    text = normalize_name(name)
    while True:
        stripped = NAME_PREFIX.sub("", text, count=1).strip()
        if stripped == text or not stripped:
            return text
        text = stripped


def has_edition(name: str) -> bool:
    return core(name) != normalize_name(name)


_YEAR_PREFIX = re.compile(r"(?:19|20)[0-9]{2}")
_NUMBER = re.compile(r"[0-9一二三四五六七八九十百零〇两]+")


def editions(name: str) -> tuple[int | None, int | None]:
    """The year and the edition number written before the core name: 2019年第十届X → (2019, 10)."""
    text = normalize_name(name)
    year = number = None
    while (found := NAME_PREFIX.match(text)) is not None and text[found.end() :].strip():
        part = found.group()
        if (digits := _YEAR_PREFIX.match(part)) is not None:
            year = int(digits.group())
        elif part.startswith("首届"):
            number = 1
        elif (numeral := _NUMBER.search(part)) is not None:
            number = chinese_number(numeral.group())
        text = text[found.end() :].strip()
    return year, number


def other_edition(a: str, b: str) -> bool:
    """2019年X and 2020年X, 第六届X and 第七届X: one series, two events (X and 2019年X are one)."""
    (year_a, number_a), (year_b, number_b) = editions(a), editions(b)
    return (None not in (year_a, year_b) and year_a != year_b) or (
        None not in (number_a, number_b) and number_a != number_b
    )


class _Registry:
    """The document's events; mentions and aliases are merged by their core name."""

    def __init__(self) -> None:
        self.events: list[_Event] = []
        self.by_core: dict[str, list[int]] = {}
        self.by_key: dict[int, _Event] = {}

    def find(self, name: str) -> _Event | None:
        """The event of this core name whose forms name no other year or edition."""
        for key in self.by_core.get(core(name), ()):
            event = self.by_key[key]
            if not any(other_edition(name, form) for form in event.names()):
                return event
        return None

    def _index(self, name: str, key: int) -> None:
        keys = self.by_core.setdefault(core(name), [])
        if key not in keys:
            keys.append(key)

    def get(self, key: int | None) -> _Event | None:
        return self.by_key.get(key) if key is not None else None

    def add(self, name: str, sentence: Sentence, span: Offsets) -> _Event:
        event = self.find(name)
        if event is None:
            event = _Event(len(self.by_key), name, sentence, span)
            self.by_key[event.key] = event
            self.events.append(event)
            self._index(name, event.key)
        elif name != event.name and name not in event.forms:
            # The fullest written form names the event: prefer one with a year or an edition.
            if has_edition(name) and not has_edition(event.name) and event.name not in event.alias_of_short:
                event.forms.append(event.name)
                event.name, event.sentence, event.span = name, sentence, span
            else:
                event.forms.append(name)
        return event

    def alias(self, event: _Event, short: str) -> None:
        other = self.find(short)
        if (
            other is not None
            and other is not event
            and other.key != event.parent
            and event.key != other.parent
        ):
            # Named on its own earlier ("“主题”分论坛" in a headline): the same event.
            self.merge(event, other)
        if short != event.name and short not in event.forms:
            event.forms.append(short)
        self._index(short, event.key)

    def merge(self, keep: _Event, other: _Event) -> None:
        """Fold ``other`` into ``keep`` (a later alias showed they are the same event)."""
        if keep is other:
            return
        self.events = [e for e in self.events if e is not other]
        self.by_key[other.key] = keep
        for name, keys in self.by_core.items():
            if other.key in keys:
                self.by_core[name] = list(dict.fromkeys(keep.key if k == other.key else k for k in keys))
        for form in other.names():
            if form != keep.name and form not in keep.forms:
                keep.forms.append(form)
        for event in self.events:
            if event.parent == other.key:
                event.parent = keep.key
        keep.start = keep.start or other.start
        keep.end = keep.end or other.end
        keep.location = keep.location or other.location
        keep.parent = keep.parent if keep.parent is not None else other.parent


@dataclass(frozen=True)
class _Mention:
    """A named event span or a generic reference in one sentence (sentence-relative offsets)."""

    start: int
    end: int
    text: str
    event: int | None  # registry key; None for a reference that points nowhere


@dataclass
class _SentenceView:
    sentence: Sentence
    parse: Parse
    named: list[_Mention] = field(default_factory=list)
    refs: list[_Mention] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.sentence.text

    def mentions(self) -> list[_Mention]:
        return sorted([*self.named, *self.refs], key=lambda m: m.start)


def _split_join(name: str) -> str | None:
    """The part before 暨 when it names an event itself (2021…高峰论坛暨启智开发者大会)."""
    if "暨" not in name:
        return None
    left = name.split("暨", 1)[0]
    head = head_at(left, len(left))
    if head is None or event_lexicon().heads.get(head) == "part":
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
            or name[cut - 1 - len(head) : cut - len(head)] == "暨"
        ):
            continue
        parent, rest = name[:cut], name[cut:]
        if "暨" in rest or not _specific_text(parent, head):
            continue
        if rest.startswith("“") or heads.get(last) == "sub":
            return parent, rest
        if ceremony and heads.get(head) == "event" and has_edition(parent) and len(rest) > len(last):
            return parent, rest  # 第六届X电影节 + 金椰奖颁奖典礼: the festival's award ceremony
    return None


def _specific_text(name: str, head: str) -> bool:
    """Whether a name (without tokens) says which event it is: edition, year, scope word, Latin."""
    prefix = name[: len(name) - len(head)]
    if has_edition(name) or re.search(r"[A-Za-z“]", prefix):
        return True
    if any(word in prefix for word in context_words("scope")):
        return True
    return len(prefix) >= 4


# A dateline's tail and credit bracket at the front of an event span: 电（记者 某某）, （记者 某某）.
_CREDIT = re.compile(r"^[^（(）)]{0,3}[（(](?:[^（(）)]*?)(?:记者|通讯员|编辑)[^（(）)]*[）)]\s*")
# A byline at the front of a sentence: 新华日报讯（记者 某某 通讯员 某某）, 新华社北京6月1日电（记者 某某）.
_BYLINE = re.compile(r"^[^（(）)，,。]{0,16}?[（(][^（(）)]*?(?:记者|通讯员|编辑)[^（(）)]*[）)]")
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
    if not re.search(r"由(?:[^，。；由]*[、和与及])?$", text[:start]):
        return False
    return re.match(rf"[^，。；]*?(?:{_verb_re()})", text[end:]) is not None


_CJK_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")
# The clause bounds of every rule below. A wider set ([，,。；;！？!?：:]) was once written here for
# _clause_around, but a second assignment further down replaced it before any rule ran; the rules
# and their figures have always used this one.
_CLAUSE_BREAK = re.compile(r"[，；]")


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause a span stands in: from the punctuation before it to the punctuation after it."""
    before = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    after = _CLAUSE_BREAK.search(text, end)
    return text[before : after.start() if after else len(text)]


def _not_an_event(view: _SentenceView, start: int, end: int) -> bool:
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
            followed = end < len(text) and not _CLAUSE_BREAK.match(text, end) and text[end] not in "、）)”"
            if entity in {"ORG", "PER"} and _CJK_ONLY.match(table.texts[first]):
                return True
            if entity == "LOC" and opens and followed:
                return True
    if head == "活动" and name[: -len(head)].endswith(context_words("misdeed")):
        return True  # “套路贷”犯罪活动: a wrongdoing, not an event
    if head.endswith("论坛"):
        online = context_words("online")
        if name[: -len(head)].endswith(online):
            return True
        if any(word in _clause_around(text, start, end) for word in online):
            return True
    return False


def _sub_head(name: str) -> bool:
    head = head_at(name, len(name))
    return head is not None and event_lexicon().heads.get(head) == "sub"


def _collect(
    document: Document, parsed: Sequence[tuple[Sentence, Parse]]
) -> tuple[_Registry, list[_SentenceView], list[AliasMention]]:
    registry = _Registry()
    views: list[_SentenceView] = []
    aliases: list[AliasMention] = []
    pending: list[tuple[_SentenceView, int, int, str]] = []
    tails: list[tuple[_SentenceView, int, int, str]] = []  # a quoted name and the span that ended it
    for sentence, parse in parsed:
        view = _SentenceView(sentence, parse)
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
            credit = _CREDIT.match(span.text)
            if credit is not None and credit.end() < len(span.text):
                start += credit.end()  # 电（记者 某某）第五届…论坛: the credit is no part of the name
            whole = quoted_start(view.text, start, span.end_char)
            if whole != start:
                tails.append((view, whole, span.end_char, view.text[start : span.end_char]))
                start = whole
            pending.append((view, start, span.end_char, view.text[start : span.end_char]))
    # Short forms defined in the text come first, so that "2023全球智博会" later finds its event.
    spans_by_view: dict[int, list[tuple[int, int, _Event]]] = {}
    for view, start, end, text in pending:
        definition = _ALIAS_DEF.match(view.text[end:])
        if definition and registry.find(text) is None:
            event = registry.add(text, view.sentence, _doc_span(view.sentence, start, end))
            short = definition["short"]
            event.alias_of_short.append(short)
            registry.alias(event, short)
            aliases.append(AliasMention(short, text, "event", provenance(view.sentence)))
    for view, start, end, tail in tails:
        # The tail written alone elsewhere (a headline) is the same event.
        name = view.text[start:end]
        registry.alias(registry.add(name, view.sentence, _doc_span(view.sentence, start, end)), tail)
    for view, start, end, text in pending:
        if _inside_definition(view.text, start):
            continue
        event = registry.add(text, view.sentence, _doc_span(view.sentence, start, end))
        spans_by_view.setdefault(view.sentence.index, []).append((start, end, event))
        joined = _split_join(text)
        if joined:
            other = registry.find(joined)
            if other is not None and other is not event:
                registry.merge(event, other)
            registry.alias(event, joined)
        split = _split_parent(event.name)
        if split:
            parent_name, rest = split
            parent = registry.add(
                parent_name, view.sentence, _doc_span(view.sentence, start, start + len(parent_name))
            )
            if parent is not event:
                event.parent = parent.key
                if rest.startswith("“"):
                    registry.alias(event, rest)
    _merge_abbreviations(registry)
    _add_acronyms(document, registry, views, aliases)
    for view in views:
        for start, end, event in spans_by_view.get(view.sentence.index, []):
            found = registry.find(event.name) or event
            view.named.append(_Mention(start, end, view.text[start:end], found.key))
    return registry, views, aliases


def _merge_abbreviations(registry: _Registry) -> None:
    """第七届虹桥论坛 and 第七届虹桥国际经济论坛 in one article are one event (see _abbreviates)."""
    for short in list(registry.events):
        for full in list(registry.events):
            if short is full or short not in registry.events or full not in registry.events:
                continue
            variants = [variant for form in full.names() for variant in _bracket_variants(form)]
            same = any(_same_edition(short.name, variant) for variant in variants)
            forms = [*full.names(), *variants]
            if same or any(
                _abbreviates(short.name, f) or _owner_dropped(short.name, f) or _whole_place(short.name, f)
                for f in forms
            ):
                registry.merge(full, short)
                break


_WHOLE_PLACE = re.compile(r"全(?P<level>省|市|区|县|州)")


def _whole_place(short: str, full: str) -> bool:
    """2024年全省基础教育工作会议 (a headline) is 2024年河南省基础教育工作会议: 全省 stands for the
    province the body names, the rest of the name is the same."""
    for match in _WHOLE_PLACE.finditer(short):
        before, after = short[: match.start()], short[match.end() :]
        if not (full.startswith(before) and full.endswith(after) and after):
            continue
        place = full[len(before) : len(full) - len(after)]
        if 2 <= len(place) <= 8 and place.endswith(match["level"]) and _CJK.match(place[0]):
            return True
    return False


_PLACE_BRACKET = re.compile(r"(?P<before>[\u4e00-\u9fff]{2})[（(](?P<place>[\u4e00-\u9fff]{2,6})[）)]")


def _same_edition(short: str, full: str) -> bool:
    """One event named twice: the same core, and the same edition unless the short form has none."""
    if core(short) != core(full):
        return False
    edition = normalize_name(short)[: len(normalize_name(short)) - len(core(short))]
    return not edition or edition == normalize_name(full)[: len(normalize_name(full)) - len(core(full))]


def _bracket_variants(name: str) -> list[str]:
    """第十二届中国（南宁）国际龙舟节 → 第十二届南宁国际龙舟节, 第十二届中国国际龙舟节 (headline forms)."""
    match = _PLACE_BRACKET.search(name)
    if match is None:
        return []
    head, tail = name[: match.start()], name[match.end() :]
    return [head + match["place"] + tail, head + match["before"] + tail]


def _owner_dropped(short: str, full: str) -> bool:
    """浙商银行召开2023年度股东大会 (headline) and 浙商银行2023年度股东大会: the name without its owner.

    The short form opens with a year or an edition, so it is specific on its own and the longer name
    only adds who holds it in front.
    """
    short, full = normalize_name(short), normalize_name(full)
    return has_edition(short) and len(full) - len(short) >= 2 and full.endswith(short)


def _inside_definition(text: str, start: int) -> bool:
    return bool(re.search(r"[简下]称[:：]?\s*[“\"「『]?$", text[max(0, start - 8) : start]))


def _doc_span(sentence: Sentence, start: int, end: int) -> Offsets:
    return sentence.start + start, sentence.start + end


def _add_acronyms(
    document: Document, registry: _Registry, views: Sequence[_SentenceView], aliases: list[AliasMention]
) -> None:
    """Acronyms of event_acronyms.tsv: aliases of the events they expand to, when written."""
    for short, full in acronyms().items():
        if short not in document.text:
            continue
        event = registry.find(full)
        if event is None:
            continue
        for view in views:
            for match in re.finditer(
                rf"(?<![A-Za-z]){re.escape(short)}(?:\s*(?:19|20)[0-9]{{2}})?(?![A-Za-z])", view.text
            ):
                registry.alias(event, match.group())
        aliases.append(AliasMention(short, full, "event", None))


# ---------------------------------------------------------------------------------------------
# The main event and what references point to


def _title_candidates(title: str) -> list[tuple[str, bool]]:
    """Strings of the title that end with an event head: each left extension of the head, and
    whether it is the longest one (only that may abbreviate an event named in the text)."""
    found: list[tuple[str, bool]] = []
    heads = event_lexicon().heads
    for end in range(len(title), 0, -1):
        head = head_at(title, end)
        if head is None or heads[head] == "part":
            continue
        start = end - len(head)
        while start > 0 and _CJK_OR_NAME.match(title[start - 1]):
            start -= 1
        for cut in range(start, end - len(head) + 1):
            found.append((title[cut:end], cut == start))
    return found


def _abbreviates(short: str, full: str) -> bool:
    """第七届虹桥论坛 abbreviates 第七届虹桥国际经济论坛: same edition and head, characters in order."""
    short_core, full_core = core(short), core(full)
    if short_core == full_core or len(short_core) < 3 or short_core[0] != full_core[0]:
        return False
    if (
        normalize_name(short)[: len(short) - len(short_core)]
        != normalize_name(full)[: len(full) - len(full_core)]
    ):
        return False
    head = head_at(short_core, len(short_core))
    if head is None or head != head_at(full_core, len(full_core)):
        return False
    chars = iter(full_core[: len(full_core) - len(head)])
    return all(c in chars for c in short_core[: len(short_core) - len(head)])


def _main_event(document: Document, registry: _Registry, views: Sequence[_SentenceView]) -> _Event | None:
    title = normalize_name(document.title or "")
    matched: list[_Event] = []
    if title:
        for candidate, whole in _title_candidates(title):
            for event in registry.events:
                forms = [normalize_name(n) for n in event.names()]
                if candidate in forms or core(candidate) in {core(f) for f in forms}:
                    matched.append(event)
                elif whole and any(_abbreviates(candidate, f) for f in forms):
                    registry.alias(event, candidate)
                    matched.append(event)
    if matched:
        # A sub-event the title names is more specific than its parent.
        children = [e for e in matched if any(registry.get(e.parent) is p for p in matched)]
        chosen = children or matched
        return min(chosen, key=lambda e: (e.sentence.index, e.span[0]))
    # The opening sentences: the first three with text in them (not front matter or a link line).
    with_text = (v for v in views if len(_CJK.findall(v.text)) >= _OPENING_CJK)
    opening = list(islice(with_text, _OPENING_SENTENCES))
    for view in opening:
        here = [e for m in view.named if (e := registry.get(m.event)) is not None]
        if here:
            children = [e for e in here if any(registry.get(e.parent) is p for p in here)]
            return (children or here)[0]
    return None


def _resolve_refs(
    registry: _Registry, views: Sequence[_SentenceView], main: _Event | None, leads: dict[int, _Event | None]
) -> None:
    """Point each generic reference at the main event, or at the one event whose head it repeats;
    one that repeats no head (颁奖典礼上) at the event its paragraph reports (_paragraph_events)."""
    dets = load_groups("generic_event_mentions.tsv").get("det", ())
    for view in views:
        lead = leads[view.sentence.index]
        for span in view.parse.group(REFS_KEY):
            word = span.text
            for det in dets:
                if word.startswith(det) and len(word) > len(det):
                    word = word[len(det) :]
                    break
            target = (
                None if _another_edition(view.text, span, main) else _ref_target(registry, word, main, lead)
            )
            view.refs.append(
                _Mention(span.start_char, span.end_char, span.text, target.key if target else None)
            )


_EDITION_BEFORE = re.compile(r"第([0-9一二三四五六七八九十百零〇]+)届$")


def _another_edition(text: str, span: SpanRow, main: _Event | None) -> bool:
    """下届研讨会, 第七届研讨会 in an article on the sixth, 大会明年将在杭州举行: a reference to another
    edition of the event, which must not lend it a date or a place."""
    before = text[: span.start_char]
    if before.endswith(context_words("another")):
        return True
    edition = _EDITION_BEFORE.search(before)
    if edition is not None and main is not None and not any(edition.group() in n for n in main.names()):
        return True
    after = _CLAUSE_BREAK.search(text, span.end_char)
    clause = text[span.end_char : after.start() if after else len(text)]
    return any(word in clause for word in context_words("later"))


def _ref_target(registry: _Registry, word: str, main: _Event | None, lead: _Event | None) -> _Event | None:
    if main is not None and any(normalize_name(n).endswith(word) for n in main.names()):
        return main
    others = [e for e in registry.events if e is not main and e.name.endswith(word)]
    if main is None or len(others) != 1:
        return lead if lead is not main else main
    return others[0]


# ---------------------------------------------------------------------------------------------
# Parents, dates, places


def _event_by_key(registry: _Registry, key: int | None) -> _Event | None:
    return registry.get(key)


@cache
def _hold_words() -> re.Pattern[str]:
    """Any word that says an event takes place (event_context.tsv ``hold``, and 揭晓), as one pattern."""
    return re.compile("|".join(map(re.escape, [*context_words("hold"), "揭晓"])))


def _holds(text: str) -> bool:
    return _hold_words().search(text) is not None


def _contextual_parents(registry: _Registry, views: Sequence[_SentenceView], main: _Event | None) -> None:
    """An event held during the main event (在本次大会期间举办的X, 在开幕式上…举行了X) is part of it."""
    if main is None:
        return
    during = context_words("during")
    for view in views:
        main_here = [m for m in view.mentions() if registry.get(m.event) is main]
        if not main_here or not _holds(view.text):
            continue
        if not any(
            view.text[m.end : m.end + _DURING_GAP + 2].startswith(w) for m in main_here for w in during
        ) and not any(
            any(view.text[m.end : m.end + _DURING_GAP].startswith(w) for w in during) for m in main_here
        ):
            continue
        for mention in view.named:
            event = _event_by_key(registry, mention.event)
            if (
                event is None
                or event is main
                or event.parent is not None
                or registry.get(main.parent) is event
            ):
                continue
            if any(m.start < mention.start for m in main_here):
                event.parent = main.key


# A line that opens an item of a news roundup (■高交会落幕, 【校企签约】).
_ITEM_MARK = re.compile(r"^[ \t\u3000]*(?:[■□●◆◇▲△★☆▶►]|【[^】\n]{1,30}】)")


def _paragraph_events(
    document: Document, registry: _Registry, views: Sequence[_SentenceView], main: _Event | None
) -> dict[int, _Event | None]:
    """The event each sentence falls back on when it names none: the event a paragraph opens by
    reporting (held, opened …), else the article's. In a roundup (several ■/【】 items) an item that
    opens with no event has none: its sentences are no part of another item's event."""
    text = document.text
    roundup = sum(1 for line in text.splitlines() if _ITEM_MARK.match(line)) >= 2
    local: dict[int, _Event | None] = {}
    paragraph, lead = -1, main
    here, counted_to = 0, 0  # line breaks before counted_to: counted once, not again per sentence
    for view in views:
        start = view.sentence.start
        if start < counted_to:
            here, counted_to = 0, 0
        here, counted_to = here + text.count("\n", counted_to, start), start
        if here != paragraph:
            paragraph = here
            named = [e for m in view.named if (e := registry.get(m.event)) is not None]
            if named and _holds(view.text):
                lead = named[0]
            elif roundup and not _ITEM_MARK.match(view.text):
                lead = None
            elif not roundup:
                lead = main
        local[view.sentence.index] = lead
    return local


def _year_hint(event: _Event, registry: _Registry, document: Document) -> tuple[int | None, dt.date | None]:
    """(year written in the name or known from the series, reference date to infer one)."""
    chain = [event]
    parent = _event_by_key(registry, event.parent)
    if parent is not None:
        chain.append(parent)
    for item in chain:
        for name in item.names():
            year = year_from_name(name)
            if year:
                return year, None
    for item in chain:
        for name in item.names():
            edition = _EDITION_NUMBER.match(normalize_name(name))
            known = series().get(core(name))
            if edition and known:
                number = chinese_number(edition["n"])
                if number:
                    return known[0] + (number - 1) * known[1], None
    return None, document.date


def _dates_and_places(
    document: Document, registry: _Registry, views: Sequence[_SentenceView], main: _Event | None
) -> None:
    # A headline (no clause punctuation) only fills what the article body leaves open: its place is
    # often a short form (在京召开) or the city of a venue the body names.
    ordered = sorted(views, key=_is_headline)
    for named_first in (True, False):
        for view in ordered:
            if not _holds(view.text):
                continue
            # Then references, among every mention: a date or place nearest to a named event (or to
            # a reference to no event, 下届大会) is not the reference's.
            candidates = view.named if named_first else view.mentions()
            if not any(m.event is not None for m in candidates):
                continue
            _date_from(document, registry, view, candidates)
            _place_from(registry, view, candidates)
    if main is not None:
        _later_end(registry, views, main, document.date.year if document.date else None)
    if main is None or main.start is None:
        return
    for view in views:
        if not any(m.text.endswith("开幕式") and registry.get(m.event) is main for m in view.refs):
            continue
        for mention in view.named:
            event = _event_by_key(registry, mention.event)
            if event is not None and registry.get(event.parent) is main and event.start is None:
                event.start = event.end = main.start


# "展览将持续至8月31日", "网上交流延续到9月13日", "展期为5月18日至8月31日": how long the event runs.
_RUNS_TO = re.compile(r"(?:持续|延续|开放|展出|展期)(?:到|至)$")
_RUN_SPAN = re.compile(r"展期(?:为|是)?$")
_MAX_RUN_DAYS = 366


def _later_end(registry: _Registry, views: Sequence[_SentenceView], main: _Event, year: int | None) -> None:
    """An end date written after the opening (…开幕。…展览将持续至8月31日) for an event known to
    start on one day: a later sentence that names no other event says how long it runs, either with
    持续至/展期 or with a day range that starts on the event's own start day (于3月16日至7月20日).
    "展期为5月18日至8月31日" gives both dates when the opening gave none (当天上午…开幕)."""
    start = main.start
    if start is None:
        _run_span(registry, views, main, year)
        return
    if main.end is not None and main.end != start:
        return
    for view in views:
        if view.sentence.index <= main.sentence.index or _is_headline(view):
            continue
        if any(registry.get(m.event) not in (None, main) for m in view.mentions()):
            continue
        for found in find_dates(view.text):
            if found.precision != "day":
                continue
            if not found.year_given:
                found = with_year(found, start.year)
            before = view.text[: found.offset]
            ranged = found.end != found.start
            if ranged and (found.start == start or _RUN_SPAN.search(before)):
                end = found.end
            elif not ranged and _RUNS_TO.search(before.rstrip()):
                end = found.start
            elif not ranged and _closes_main(registry, view, main, found.offset, found.end_offset):
                end = found.start  # 本次论坛于3月7日闭幕
            else:
                continue
            if found.start >= start and 0 < (end - start).days <= _MAX_RUN_DAYS:
                main.end = end
                return


@cache
def _closing() -> re.Pattern[str]:
    """What follows the date of a closing: an optional place (在海川), an adverb, then a close verb."""
    verbs = alternation(context_words("close"))
    adverbs = alternation(context_words("place_adv"))
    return re.compile(rf"(?:在[^，。；,;]{{1,12}}?)?(?:{adverbs})?(?:{verbs})")


def _closes_main(registry: _Registry, view: _SentenceView, main: _Event, offset: int, end: int) -> bool:
    """本次论坛/大会于3月7日闭幕: a reference to the main event written right before 于 and the date,
    a close verb after it (event_context.tsv ``close``). Only a reference that clearly points back."""
    text = view.text
    if not _HELD_ON.search(text[:offset]):
        return False
    refers = any(
        registry.get(m.event) is main
        and m.end + 1 == offset
        and (m.start == 0 or text[m.start - 1] in "，。；：,;")  # not 去年的论坛, 本次论坛的分论坛
        and text[m.start : m.end].removeprefix("本届").removeprefix("本次")[:1] not in {"分", "子", "主"}
        for m in view.refs
    )
    return refers and _closing().match(text, end) is not None


def _run_span(registry: _Registry, views: Sequence[_SentenceView], main: _Event, year: int | None) -> None:
    """展期为5月18日至8月31日 in a sentence about the main event: its start and end."""
    for view in views:
        if view.sentence.index < main.sentence.index or _is_headline(view):
            continue
        if any(registry.get(m.event) not in (None, main) for m in view.mentions()):
            continue
        for found in find_dates(view.text):
            if found.precision != "day" or found.end == found.start:
                continue
            if not _RUN_SPAN.search(view.text[: found.offset]):
                continue
            if not found.year_given:
                if year is None:
                    return
                found = with_year(found, year)
            if 0 < (found.end - found.start).days <= _MAX_RUN_DAYS:
                main.start, main.end = found.start, found.end
            return


def _is_headline(view: _SentenceView) -> bool:
    """A line without clause punctuation: a title or caption, not a sentence of the article."""
    return not any(mark in view.text for mark in "，。；！？,;")


def _nearest(mentions: Sequence[_Mention], position: int) -> _Mention:
    after = [m for m in mentions if m.start >= position]
    return after[0] if after else mentions[-1]


# "X于5月10日至12日在长沙举行", "X将于…": the date an event is held on, written after its name.
# Not 截止于/位于/由于…: a deadline, a place or a cause.
_HELD_ON = re.compile(r"(?<![截止始终位关由对属等至])于$")


def _date_from(
    document: Document, registry: _Registry, view: _SentenceView, mentions: Sequence[_Mention]
) -> None:
    found_dates = [found for found in find_dates(view.text) if found.precision == "day"]
    datelines = [found for found in found_dates if is_dateline(view.text, found)]
    candidates = [found for found in found_dates if found not in datelines]
    if datelines and not any(found.offset > datelines[0].offset for found in candidates):
        candidates += list(days_under_dateline(view.text, datelines[0]))
    # A date after 于 belongs to the event named right before it, and beats any other date of the
    # sentence for that event: "5月8日，X于5月10日至12日举行" is reported on the 8th, held from the 10th.
    # Those come first and each dates its own event; of the other dates, the first that fits does.
    held_on = {}
    for found in candidates:
        before = [m for m in mentions if m.end <= found.offset]
        if before and _HELD_ON.search(view.text[: found.offset]):
            held_on[id(found)] = max(before, key=lambda m: m.end)
    owners = {mention.event for mention in held_on.values()}
    candidates.sort(key=lambda found: id(found) not in held_on)
    for found in candidates:
        rest = view.text[found.end_offset :]
        if not _holds(rest) and not _holds(view.text[: found.offset]):
            continue
        own = held_on.get(id(found))
        mention = own or _nearest(mentions, found.offset)
        if own is None and mention.event in owners:
            continue
        event = _event_by_key(registry, mention.event)
        if event is None or event.start is not None:
            continue
        if not found.year_given:
            year, reference = _year_hint(event, registry, document)
            if year is None and reference is not None:
                year = infer_year(found.start.month, found.start.day, reference=reference)
            if year is None:
                continue
            found = with_year(found, year)
        start, end = found.start, found.end
        # 6月12日，X开幕，展期为6月12日至15日: a range of the sentence that opens on that day is its length.
        lasting = [
            d.end - d.start
            for d in found_dates
            if d.end > d.start and d.start.timetuple()[1:3] == start.timetuple()[1:3]
        ]
        days = duration_days(view.text)
        if lasting and end == start:
            end = start + lasting[0]
        elif days and end == start:
            end = start + dt.timedelta(days=days - 1)
        event.start, event.end = start, end
        if own is None:
            return


_MIDDLE_DOTS = frozenset("·•・")


# Hong Kong and Macao write the venue with 假 ("borrowing" it): 今日假香港会议展览中心举行. LAC tags
# 假 as an adjective or glues it to the time word before it (今日假/TIME).
_BORROWED_VENUE = re.compile(r"^(?:[今昨明][日天晚早]|当[日天晚]|同日|翌日|[0-9一二三四五六七八九十]+日)?假$")


def _borrowed_venue(word: str, tag: str) -> bool:
    """假 opening a venue, alone (假/a) or after a time word that LAC joined to it (今日假/TIME)."""
    return (tag == "TIME" or word == "假") and _BORROWED_VENUE.match(word) is not None


def _place_from(registry: _Registry, view: _SentenceView, mentions: Sequence[_Mention]) -> None:
    """在上海举办 / 于深圳隆重开幕 / 在苏州国际博览中心盛大启幕: the words between 在/于 and the verb."""
    table = view.parse.table
    words, word_tags = table.texts, table.tags
    text = view.parse.text
    holds = context_words("hold")
    adverbs = context_words("place_adv")
    venues = context_words("venue")
    for i, word in enumerate(words):
        if not (word in {"在", "于"} and word_tags[i] == "p") and not _borrowed_venue(word, word_tags[i]):
            continue
        j = i + 1
        tags: list[str] = []
        place_tags = {"LOC", "ORG", "nz", "n", "ns", "s"}
        while j < len(words) and len(tags) < 4:
            if word_tags[j] in place_tags:
                tags.append(word_tags[j])
            elif not (
                # 在重庆·西南大学举行: a middle dot joins a city and its venue
                words[j] in _MIDDLE_DOTS and tags and j + 1 < len(words) and word_tags[j + 1] in place_tags
            ):
                break
            j += 1
        if not tags:
            continue
        place = "".join(words[i + 1 : j])
        rest = text[table.starts[j] : table.end(len(words) - 1)] if j < len(words) else ""
        while any(rest.startswith(a) for a in adverbs):
            rest = rest[next(len(a) for a in adverbs if rest.startswith(a)) :]
        if not any(rest.startswith(h) for h in holds):
            continue
        # 在武汉大学召开 / 在中国科学院自动化研究所举行: a named organisation hosts the event.
        hosted = "ORG" in tags and suffix_kind(place) == "org"
        if "LOC" not in tags and not any(place.endswith(v) for v in venues) and not hosted:
            continue
        mention = _nearest(mentions, table.starts[i])
        event = _event_by_key(registry, mention.event)
        if event is not None and (event.location is None or event.location in place):
            event.location = place  # a venue that names the city already found is more specific
        return


# ---------------------------------------------------------------------------------------------
# Participations


@dataclass(frozen=True)
class _Person:
    name: str
    start: int  # sentence-relative
    end: int
    titled: bool


_Adder = Callable[[_Person, int, str, str, "_SentenceView"], None]


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


def _persons(view: _SentenceView, memberships: Sequence[Membership]) -> list[_Person]:
    """People named in the sentence: the role extractor's (``memberships``: the sentence's own),
    then LAC's PER entities."""
    sentence = view.sentence
    people: dict[tuple[int, int], _Person] = {}
    # The names of a byline credit (本报讯（记者 某某 通讯员 某某）) report the event; they never act in it.
    credit = _BYLINE.match(view.text)
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


def _listed_noun(view: _SentenceView, start: int, end: int) -> bool:
    """A cue used as a noun in a list (价格信息/n 发布/vn 、消费者偏好…: a paper's title), no act.

    The cue is one verbal-noun token right after a noun, and a 、 follows it.
    """
    table = view.parse.table
    i = table.index_at_start.get(start)
    if i is None or i == 0 or table.ends[i] != end or table.tags[i] != "vn":
        return False
    return table.tags[i - 1] in {"n", "nz"} and view.text.startswith("、", end)


def _cues(view: _SentenceView, persons: Sequence[_Person]) -> list[_Cue]:
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
_SAME_SUBJECT = re.compile(r"[^，,；;。：:]{0,12}[，,]\s*(?:并|还|同时|随后|并且|也)?$")


_ADDRESSEE_PHRASE = re.compile(r"[向给][^，,。；;、：:向给]{0,12}$")


def _addressee(text: str, person: _Person, persons: Sequence[_Person]) -> bool:
    """施某向毕业生代表何某颁发证书: a person in the 向/给 phrase after someone else receives the act."""
    match = _ADDRESSEE_PHRASE.search(text, max(0, person.start - 13), person.start)
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
            if _SAME_SUBJECT.match(text, groups[-1][1][-1].end, cue.start):
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


def _named_after(view: _SentenceView, cues: Sequence[_Cue]) -> int | None:
    """The event named after the cue in its clause ("赴深圳参加2024高交会"), if any."""
    clause_end = view.text.find("，", cues[-1].end)
    clause_end = len(view.text) if clause_end < 0 else clause_end
    after = [m for m in view.named if cues[0].start <= m.start < clause_end]
    return after[0].event if after else None


def _group_event(
    view: _SentenceView, cues: Sequence[_Cue], persons: Sequence[_Person], main: _Event | None
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
    return main.key if main is not None else None


def _participations(
    registry: _Registry,
    views: Sequence[_SentenceView],
    memberships: Sequence[Membership],
    leads: dict[int, _Event | None],
) -> list[Participation]:
    """Who spoke at, chaired or attended which event; a sentence naming no event speaks of its lead
    (:func:`_paragraph_events`)."""
    roles: dict[tuple[str, int], dict[str, tuple[str, Participation]]] = {}

    def add(person: _Person, event_key: int, role: str, tier: str, view: _SentenceView) -> None:
        event = registry.get(event_key)
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
    result: list[Participation] = []
    for slot in roles.values():
        specific_roles = {r for r, (t, _) in slot.items() if t == "specific"}
        for role, (tier, participation) in slot.items():
            if tier == "presence" and (specific_roles or slot.keys() - {role} - set(PRESENCE_ORDER)):
                continue
            if tier == "presence" and role != next(r for r in PRESENCE_ORDER if r in slot):
                continue
            if tier == "speech" and specific_roles & SPEAKING:
                continue
            result.append(participation)
    return sorted(result, key=lambda p: (p.provenance.sentence_index, p.person_span or (0, 0), p.role))


def _speech(
    view: _SentenceView, group: Sequence[_Person], cue: _Cue, main: _Event | None, add: _Adder
) -> None:
    """张三表示: at a named event in the sentence ("在X上，张三表示") a talk (演讲); in an article
    about an event, a titled speaker's reported remarks (致辞)."""
    speaker = group[-1]
    text = view.text
    if text.lstrip(" \u3000").startswith(context_words("hearsay")):
        return  # 据悉，某局局长某某表示…: passed on, not said at the event
    if any(word in text[speaker.end : cue.start] for word in context_words("earlier")):
        return  # 某某此前表示: said before the event
    clause = max(text.rfind(mark, 0, speaker.start) for mark in "，,。；;：:") + 1
    if text[clause : speaker.start].lstrip(" \u3000").startswith("据"):
        return  # 据赛事总监某某介绍: the source of a fact, not a remark made at the event
    if cue.start - speaker.end > 2:
        # 某某在开幕式上表示: remarks at a reference to the event between speaker and verb.
        gap = text[speaker.end : cue.start]
        at = [m for m in view.refs if m.event is not None and speaker.end < m.start and m.end < cue.start]
        event_key = at[0].event if at else None
        if event_key is not None and speaker.titled and re.fullmatch(rf"在{re.escape(at[0].text)}上?", gap):
            ceremony = at[0].text.endswith(("开幕式", "闭幕式"))
            add(speaker, event_key, "致辞" if ceremony else "演讲", "specific", view)
        return
    during = context_words("during")
    at_event = [
        m for m in view.named if m.end <= speaker.start and any(text.startswith(w, m.end) for w in during)
    ]
    if at_event and at_event[-1].event is not None:
        add(speaker, at_event[-1].event, "演讲", "specific", view)
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
            and (m.text.endswith("上") or any(text.startswith(w, m.end) for w in during))
            and not text[m.end : speaker.start].lstrip("上").strip("，, ")
        ]
        event = at_ref[-1].event if at_ref else None
        if event is not None:
            add(speaker, event, cue.role, "speech", view)
        return
    add(speaker, main.key, cue.role, "speech", view)


# ---------------------------------------------------------------------------------------------
# Organisers


def _org_items(text: str) -> list[str]:
    """ "A、B和C" → [A, B, C]: 和/与/及 split only after a full organisation name."""
    items: list[str] = []
    for part in re.split(r"[、，,]|以及", text):
        pieces = [part]
        for joiner in ("和", "与", "及"):
            split: list[str] = []
            for piece in pieces:
                while joiner in piece:
                    left, _, right = piece.partition(joiner)
                    # 世界互联网大会（以下简称“WIC”）和某省人民政府: a name the text defines is whole.
                    whole = suffix_kind(_strip_bracket(left)) is not None or _DEFINED_END.search(left)
                    if whole and len(right) >= 2 and not inside_joined_name(piece, len(left)):
                        split.append(left)
                        piece = right
                    else:
                        break
                split.append(piece)
            pieces = split
        items.extend(pieces)
    return [cleaned for item in items if (cleaned := _clean_org(item))]


_DEFINED_END = re.compile(r"[（(](?:以下)?[简下]称[^）)]*[）)]$")


def _strip_bracket(name: str) -> str:
    return re.sub(r"[（(][^）)]*[）)]$", "", name)


def _clean_org(item: str) -> str | None:
    item = item.strip().strip('“”"「」')
    item = re.sub(r"^(?:由|和|与|及|以及|并)", "", item)
    item = re.sub(r"(?:等单位|等机构|等)$", "", item)
    # 由我们某研究会主办: a pronoun before the name speaks of the body, it is no part of it.
    item = re.sub(r"^(?:我们|我们的|咱们|我|他们|他们的)", "", item)
    # A Latin acronym in brackets is an alias, not part of the name: 国际科技园及创新区域协会（IASP）;
    # so is a defined short form: 中国田径协会（以下简称“中国田协”）.
    item = re.sub(r"[（(][A-Za-z][A-Za-z0-9&\- ]*[）)]$", "", item)
    item = re.sub(r"[（(](?:以下)?[简下]称[^）)]*[）)]$", "", item)
    # 中共黄石市委 → 黄石市委: the party committee is named without the party's name.
    if item.startswith("中共") and item.endswith("委") and len(item) > 4:
        item = item[2:]
    if not 2 <= len(item) <= 40 or re.search(r"[的是在将了。]", item) or _COUNTED.search(item):
        return None
    return item


# 4000余家企业, 全国300多家出版单位: a count of bodies, not a name.
_COUNTED = re.compile(r"[0-9一二两三四五六七八九十百千万]+[余多]?(?:家|个|所)")


@cache
def _clause_segment() -> re.Pattern[str]:
    """One segment of "由A、B共同主办，C承办": organisations, then an organiser verb."""
    return re.compile(rf"^(?P<orgs>[^，；。]+?)(?:共同|联合|等)?(?P<verb>{_verb_re()})(?:单位)?(?P<tail>.*)$")


@cache
def _organizer_list() -> re.Pattern[str]:
    """主办单位：A、B / 主办方为A."""
    return re.compile(rf"(?P<verb>{_verb_re()})(?:单位|方|机构)(?:为|是|：|:|包括)(?P<orgs>[^，。；]+)")


@cache
def _organizer_list_after() -> re.Pattern[str]:
    """A、B为指导单位 / A作为支持单位: the list before the role, from the clause start."""
    return re.compile(
        rf"(?:^|(?<=[，。；：:]))(?P<orgs>[^，。；：:]+?)(?:作为|为|是)(?P<verb>{_verb_re()})单位"
    )


@cache
def _after_verb_comma() -> re.Pattern[str]:
    return re.compile(rf"(?:{_verb_re()})(?:单位)?、")


def _verb_re() -> str:
    return "|".join(re.escape(v) for v, _ in organizer_verbs())


def _organizers(
    registry: _Registry,
    views: Sequence[_SentenceView],
    leads: dict[int, _Event | None],
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
        ]:
            event = _event_by_key(registry, event_key)
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


def _clause_event(view: _SentenceView, position: int, main: _Event | None) -> int | None:
    before = [m for m in view.mentions() if m.end <= position]
    if before and before[-1].event is None and before[-1] in view.refs:
        return None  # 下届大会将由某大学承办: another edition of the event
    before = [m for m in before if m.event is not None]
    if before:
        return before[-1].event
    named = [m for m in view.named if m.event is not None]
    if named:
        return named[0].event
    return main.key if main is not None else None


def _event_before(view: _SentenceView, position: int, main: _Event) -> int:
    """Exhibitors exhibit at the event the sentence names before them (峰会期间还将举办“某某”博览会，
    甲、乙等企业参展), else at the article's event."""
    before = [m.event for m in view.mentions() if m.end <= position and m.event is not None]
    return before[-1] if before else main.key


def _by_clauses(
    view: _SentenceView, role_of: dict[str, str], main: _Event | None
) -> Iterable[tuple[str, str, int | None]]:
    """由A、B共同主办，C承办（的X）; 由A主办、B承办的X (a 、 after a verb ends a clause as ， does)."""
    text = view.text
    segment_re = _clause_segment()
    for match in _BY.finditer(text):
        rest = _after_verb_comma().sub(lambda verb: verb.group()[:-1] + "，", text[match.end() :])
        found: list[tuple[str, str]] = []
        event_key: int | None = None
        position = match.end()
        for segment in _CLAUSE_BREAK.split(rest):
            parsed = segment_re.match(segment)
            if not parsed or not parsed["orgs"].strip():
                break
            role = role_of[parsed["verb"]]
            found.extend((org, role) for org in _org_items(parsed["orgs"]))
            tail = parsed["tail"]
            if tail.startswith("的"):
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
    view: _SentenceView, role_of: dict[str, str], main: _Event | None
) -> Iterable[tuple[str, str, int | None]]:
    """主办单位：A、B / 主办方为A / A、B为指导单位."""
    for pattern in (_organizer_list(), _organizer_list_after()):
        for match in pattern.finditer(view.text):
            event_key = _clause_event(view, match.start(), main)
            for org in _org_items(match["orgs"]):
                yield org, role_of[match["verb"]], event_key


_BY = re.compile("由(?!于)")  # 由于 is "because"
_BY_ORGANISER = re.compile("由.*(?:主办|承办|协办)")
_SUBJECT_JOIN = re.compile(r"、|联合|携手|会同|以及|和|与|及")
_SUBJECT_SEGMENT = re.compile(r"[^，：:]+(?P<sep>[，：:]|$)")
_EXHIBIT = re.compile(r"参展|展品|展台|展位|亮相|展出")
_RELEASE = re.compile(r"发布(?!会)")


@cache
def _exhibitor_list() -> re.Pattern[str]:
    """甲、乙、丙等30余家企业携新品参展: names the text itself types as organisations, then 参展."""
    kinds = alternation(context_words("exhibitors"))
    return re.compile(
        r"(?P<orgs>(?:[^，。；、：:（）()]{2,24}、)+[^，。；、：:（）()]{2,24})等"
        rf"(?:[0-9一二两三四五六七八九十百千]+[余多]?(?:家|个))?(?:{kinds})[^，。；]{{0,12}}?(?:参展|展出)"
    )


def _by_exhibitor_list(view: _SentenceView, main: _Event | None) -> Iterable[tuple[str, str, int | None]]:
    if main is None:
        return
    for match in _exhibitor_list().finditer(view.text):
        # 峰会期间还将举办“某某”博览会，甲、乙等企业参展: they exhibit at the event named before them.
        event_key = _event_before(view, match.start(), main)
        for org in _org_items(match["orgs"]):
            yield org, "参展", event_key


def _by_subject(view: _SentenceView, main: _Event | None) -> Iterable[tuple[str, str, int | None]]:
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
            head = segment.split("等", 1)[0]
            if _BY_ORGANISER.search(segment):
                return  # 本届展会由甲、乙主办: organisers (_by_clauses), no subject
            verb = _RELEASE.search(head) or _EXHIBIT.search(head)
            head = head[: verb.start()] if verb else head  # 某学会发布了《…》: the subject ends at the verb
            for item in _SUBJECT_JOIN.split(head):
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
    if _RELEASE.search(rest) and (view.named or view.refs):
        event_key = _clause_event(view, len(text), main)
        yield from ((org, "发布", event_key) for org in subject)
    elif _EXHIBIT.search(rest) and main is not None:
        event_key = _event_before(view, text.find(subject[0]), main)
        yield from ((org, "参展", event_key) for org in subject)


# ---------------------------------------------------------------------------------------------


def extract_events(
    document: Document, parsed: Sequence[tuple[Sentence, Parse]], memberships: Sequence[Membership]
) -> EventMentions:
    """Events, participations and organisers of one document (see the module docstring)."""
    registry, views, aliases = _collect(document, parsed)
    main = _main_event(document, registry, views)
    leads = _paragraph_events(document, registry, views, main)
    _resolve_refs(registry, views, main, leads)
    _contextual_parents(registry, views, main)
    _dates_and_places(document, registry, views, main)
    participations = _participations(registry, views, memberships, leads)
    organizers = _organizers(registry, views, leads)
    events = tuple(
        EventMention(
            name=event.name,
            provenance=provenance(event.sentence),
            span=event.span,
            aliases=tuple(dict.fromkeys(f for f in event.forms if f != event.name)),
            start_date=event.start,
            end_date=event.end,
            location=event.location,
            parent=parent.name if (parent := _event_by_key(registry, event.parent)) else None,
        )
        for event in sorted(registry.events, key=lambda e: (e.sentence.index, e.span))
    )
    return EventMentions(events, tuple(participations), tuple(organizers), tuple(aliases))
