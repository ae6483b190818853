"""Named event spans (the "events" group) and generic references ("event_refs"): :func:`tag_events`.

A named event is found from its head word (论坛, 博览会, 大赛 … in event_heads.tsv) ending on a token
boundary, then grown leftwards over the words a name is made of: years and editions (2023, 第七届),
places and organisations, nouns, quoted themes (“人工智能赋能新型工业化”), bracketed places (（光谷）)
and 暨 joins. The left edge stops at particles, prepositions, verbs and punctuation, so that "在日前
举行的2024年IT市场年会上" yields "2024年IT市场年会". A name must say which event it is: a year, an
edition, a place, an organisation, a Latin name, a quoted theme or a scope word (全球, 世界 …) in
front of the head; "大会", "主题论坛" or "开幕式" alone are references, not events (event_refs).
In spaCy this is the ``kg_events`` pipe (kg/nlp/language.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from kg.nlp.tokens import Parse, TokenTable
from kg.resources import load_groups, load_mapping, load_rows
from kg.text import HAN, NUMERAL, alternation

EVENTS_KEY = "events"
REFS_KEY = "event_refs"
EVENT = "EVENT"
EVENT_REF = "EVENT_REF"

# LAC tags of words that can stand inside an event name.
_NAME_TAGS = frozenset({"n", "nz", "nw", "ORG", "LOC", "PER", "vn", "an", "a", "j", "s", "x"})
_ENTITY_TAGS = frozenset({"ORG", "LOC", "nz", "nw", "PER", "j"})
# 第三场 numbers one of a series (…工作第三场新闻发布会); a bare 三场 is a count. 十九届四中 (LAC's one
# token for the 19th committee's 4th plenary) is an edition too.
_EDITION = re.compile(f"^(?:第?[{NUMERAL}]+[届次期]|第[{NUMERAL}]+场|首届|[{NUMERAL}]+届[{NUMERAL}]+中)$")
# 一届/一次 without 第 mean "one", not the first edition (在一次投资者会议上).
_A_SINGLE = re.compile(r"^一[届次期]$")
_YEAR = re.compile(r"^(?:19|20)[0-9]{2}(?:年度|年|赛季)?$")
# 100周年 (LAC: TIME) in 王大川诞辰100周年座谈会: the anniversary a meeting is named after; 纪念 before
# such a name opens it (纪念王大川诞辰100周年座谈会).
_ANNIVERSARY = re.compile(f"^[{NUMERAL}]+周年$")
_COMMEMORATE = "纪念"
_LATIN = re.compile(r"[A-Za-z]")
_LATIN_OR_DIGIT_END = re.compile(r"[A-Za-z0-9]$")
_JOINERS = frozenset({"·", "+", "-", "—", "&", "－", "•", "・"})
_OPEN = {"”": "“", "」": "「", '"': '"', "’": "‘", "）": "（", ")": "(", "』": "『", "》": "《"}
_MAX_CHARS = 48
_MAX_BRACKET = 8
# A book title opens an event name (《中国城市竞争力报告No.22》发布会) only when it says which book.
_MIN_BOOK_TITLE = 4
# Single-character verbs LAC finds inside names (启/智 in 启智开发者大会) are kept only between name
# words; these never are.
_NEVER_INSIDE = frozenset("是有到来去赴办开在为让使给被把将会要能可说做作看听谈以和与及或并")


@dataclass(frozen=True)
class EventLexicon:
    heads: dict[str, str]
    longest_head: int
    scope: tuple[str, ...]
    generic: frozenset[str]
    seasons: frozenset[str]
    bodies: tuple[str, ...]
    personal: frozenset[str]
    stop: frozenset[str]
    after: tuple[str, ...]
    ref_heads: dict[str, str]
    dets: tuple[str, ...]
    ref_words: tuple[str, ...]
    # Indexes so that a sentence is only searched for the words it can contain: heads by their
    # last character (longest first), generic references by their first (in find_refs order).
    heads_ending: dict[str, tuple[str, ...]]
    refs_starting: dict[str, tuple[str, ...]]
    # Any head, any reference word anywhere: most sentences have neither.
    any_head: re.Pattern[str]
    any_ref: re.Pattern[str]


@cache
def event_lexicon() -> EventLexicon:
    heads = {row[0]: row[1] for row in load_rows("event_heads.tsv")}
    context = load_groups("event_context.tsv")
    refs = load_groups("generic_event_mentions.tsv")

    def longest_first(words: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted(words, key=len, reverse=True))

    ref_words = longest_first(refs.get("word", ()))
    ref_heads = dict.fromkeys(refs.get("head", ()), "head")
    ref_heads |= dict.fromkeys(refs.get("needs_det", ()), "needs_det")
    heads_ending: dict[str, list[str]] = {}
    for head in longest_first(list(heads)):
        heads_ending.setdefault(head[-1], []).append(head)
    refs_starting: dict[str, list[str]] = {}
    for word in longest_first([*ref_words, *ref_heads]):
        refs_starting.setdefault(word[0], []).append(word)
    return EventLexicon(
        heads=heads,
        longest_head=max(map(len, heads)),
        scope=longest_first(context.get("scope", ())),
        generic=frozenset(context.get("generic", ())),
        seasons=frozenset(context.get("season", ())),
        bodies=tuple(context.get("body", ())),
        personal=frozenset(context.get("personal", ())),
        stop=frozenset(context.get("stop", ())),
        after=longest_first(context.get("after", ())),
        ref_heads=ref_heads,
        dets=longest_first(refs.get("det", ())),
        ref_words=ref_words,
        heads_ending={char: tuple(words) for char, words in heads_ending.items()},
        refs_starting={char: tuple(words) for char, words in refs_starting.items()},
        any_head=re.compile(alternation(heads)),
        any_ref=re.compile(alternation([*ref_words, *ref_heads])),
    )


@cache
def known_short_names() -> frozenset[str]:
    return frozenset(load_mapping("event_acronyms.tsv"))


def head_at(text: str, end: int) -> str | None:
    """The longest event head ending at character ``end`` of ``text``."""
    lexicon = event_lexicon()
    if 0 < end <= len(text):
        for word in lexicon.heads_ending.get(text[end - 1], ()):
            if len(word) <= end and text.startswith(word, end - len(word)):
                return word
        return None
    for size in range(min(lexicon.longest_head, end), 0, -1):
        word = text[end - size : end]
        if word in lexicon.heads:
            return word
    return None


def _is_name_token(table: TokenTable, i: int) -> bool:
    text, tag = table.texts[i], table.tags[i]
    if text in event_lexicon().stop or not text.strip() or _A_SINGLE.match(text):
        return False
    if tag == "m":
        return bool(_EDITION.match(text) or _YEAR.match(text))
    if tag == "TIME":
        return bool(_YEAR.match(text) or _ANNIVERSARY.match(text)) or text in event_lexicon().seasons
    if _LATIN.search(text) and re.fullmatch(r"[A-Za-z0-9.+&\-]+", text):
        return True
    return tag in _NAME_TAGS


def _bracket_start(texts: list[str], close: int) -> int | None:
    """Index of the token opening the bracket or quote that token ``close`` closes."""
    opener = _OPEN[texts[close]]
    chars = 0
    for i in range(close - 1, max(close - 24, -1), -1):
        if texts[i] == opener:
            return i
        if texts[i] in "。；，：:" and opener in "（(":
            return None
        chars += len(texts[i])
        if chars > 30:
            return None
    return None


def _opens_with_edition(table: TokenTable, i: int) -> bool:
    text = table.texts[i]
    return bool(_EDITION.match(text) or (_YEAR.match(text) and table.tags[i] in {"m", "TIME"}))


def _inner_verb(table: TokenTable, i: int) -> bool:
    """A two-character verb between name words (优化 in 2024年江西省优化营商环境大会)."""
    text = table.texts[i]
    lexicon = event_lexicon()
    if table.tags[i] != "v" or len(text) != 2 or text in lexicon.stop or text in _hold_verbs():
        return False
    if not _is_name_token(table, i + 1) or i == 0 or table.tags[i - 1] == "PER":
        return False
    # 第三十届/颁授/学位/典礼: right after a numbered edition (届, not 次: 第三次获得…), the verb opens
    # the name's own words.
    if _EDITION.match(table.texts[i - 1]) and "届" in table.texts[i - 1]:
        return True
    return _is_name_token(table, i - 1) and not _opens_with_edition(table, i - 1)


@cache
def _hold_verbs() -> frozenset[str]:
    return frozenset(load_groups("event_context.tsv").get("hold", ()))


@cache
def _head_before_hold() -> re.Pattern[str]:
    """An event head followed at once by a verb saying the event takes place."""
    return re.compile(f"(?:{event_lexicon().any_head.pattern})(?:{alternation(_hold_verbs())})")


def left_edge(parse: Parse, head_token: int) -> int:
    """The first token of the event name whose head ends in token ``head_token``.

    A two-character verb inside the name (优化营商环境, 图计算) is crossed only when the name then
    opens with a year or an edition; otherwise the name starts after it.
    """
    table = parse.table
    texts, tags, starts = table.texts, table.tags, table.starts
    head_end = table.end(head_token)
    start = head_token
    verbs: list[int] = []
    i = head_token - 1
    while i >= 0:
        text = texts[i]
        if text in _OPEN:
            opened = _bracket_in_name(parse, i)
            if opened is None:
                break
            start = opened
            i = opened - 1
            continue
        if not text.strip():
            if not _space_in_name(texts, i):
                break
        elif text == "暨" or text in _JOINERS:
            if not (i > 0 and (_is_name_token(table, i - 1) or texts[i - 1] in _OPEN)):
                break
        elif tags[i] in {"v", "vd"} and len(text) == 1 and text not in _NEVER_INSIDE:
            if not _one_character_verb_in_name(table, i):
                break
            start = i
        elif _inner_verb(table, i):
            verbs.append(i)
            start = i
        elif (
            not _is_name_token(table, i)
            or head_end - starts[i] > _MAX_CHARS
            or _describes_person(table, i, head_token)
        ):
            break
        else:
            start = i
        i -= 1
    if verbs and not _opens_with_edition(table, start):
        start = verbs[0] + 1  # verbs[0] is the rightmost verb crossed
    if (
        start > 0
        and texts[start - 1] == _COMMEMORATE
        and any(_ANNIVERSARY.match(texts[k]) for k in range(start, head_token))
    ):
        start -= 1
    quoted = _quoted_whole(table, head_token)
    if quoted is not None and quoted < start:
        start = quoted
    # The edge never starts on a joiner, a space or an unbalanced piece.
    while start < head_token and (
        texts[start] in _JOINERS or texts[start] == "暨" or not texts[start].strip()
    ):
        start += 1
    return start


_DESCRIPTION_TAGS = frozenset({"n", "a", "an"})


def _describes_person(table: TokenTable, i: int, head_token: int) -> bool:
    """著名/a 画家/n 唐建/PER 画展: a common word right before the person a show is named after (the
    name right before its head, or before a word of event_context.tsv ``personal``: 个人, 作品)
    describes the person (a title, an epithet), so the show's name starts at the person."""
    after = i + 2
    if after < head_token and table.texts[after] in event_lexicon().personal:
        after += 1
    word = table.texts[after] if after <= head_token else ""
    return (
        (after == head_token or head_at(word, len(word)) is not None)
        and table.tags[i + 1] == "PER"
        and table.tags[i] in _DESCRIPTION_TAGS
        and table.texts[i] not in _JOINERS
    )


def _bracket_in_name(parse: Parse, i: int) -> int | None:
    """The token opening the bracket or quote that token ``i`` closes, when the bracketed words
    belong to the name; None when the name stops at it."""
    table = parse.table
    texts, starts = table.texts, table.starts
    text = texts[i]
    opened = _bracket_start(texts, i)
    if opened is None:
        return None
    inner = parse.text[starts[opened + 1] : starts[i]]
    if text in "）)" and (len(inner) > _MAX_BRACKET or "简称" in inner or opened == 0):
        return None
    if text in "）)" and not _is_name_token(table, opened - 1):
        return None
    if text == "》" and len(inner) < _MIN_BOOK_TITLE:
        return None  # 学习《条例》座谈会: a short title refers back to a document, it names nothing
    return opened


def _space_in_name(texts: Sequence[str], i: int) -> bool:
    """2022 RCEP国际产业合作峰会: a space stands inside a name only between Latin letters or digits."""
    return (
        0 < i
        and len(texts[i]) <= 1
        and _LATIN_OR_DIGIT_END.search(texts[i - 1]) is not None
        and re.match(r"[A-Za-z0-9]", texts[i + 1]) is not None
    )


def _one_character_verb_in_name(table: TokenTable, i: int) -> bool:
    """启/v 智/n: a one-character verb between name words, as LAC splits some names.

    Not after an event word: 赛事/设/v 全程马拉松, 大会/设/v 分论坛 (the event's predicate).
    """
    texts = table.texts
    return (
        i > 0
        and (_is_name_token(table, i - 1) or texts[i - 1] == "暨")
        and _is_name_token(table, i + 1)
        and texts[i - 1] not in event_lexicon().heads
        and texts[i - 1] not in event_lexicon().ref_heads
    )


_CLOSE_QUOTES = {"”": "“", "」": "「", "』": "『"}


def _quoted_whole(table: TokenTable, head_token: int) -> int | None:
    """The first token inside the quote that the head closes (“2024年周年晚宴暨就职典礼”, 「…赛事」):
    a quoted name ending in an event head is one name, whatever its words, or None."""
    texts = table.texts
    after = head_token + 1
    if after >= len(texts) or texts[after] not in _CLOSE_QUOTES:
        return None
    opener = _CLOSE_QUOTES[texts[after]]
    chars = 0
    for i in range(head_token - 1, -1, -1):
        if texts[i] == opener:
            return i + 1 if i + 1 <= head_token else None
        if table.punct(i) or not texts[i].strip():
            return None
        chars += len(texts[i])
        if chars > _MAX_CHARS:
            return None
    return None


_EDITION_ANYWHERE = re.compile(
    f"(?:19|20)[0-9]{{2}}\\s*(?:年度|年|赛季)?|第?[{NUMERAL}]+\\s*[届次期]|第[{NUMERAL}]+场|首届"
)


def _strip_edition(text: str) -> str:
    return _EDITION_ANYWHERE.sub("", text)


def is_specific(parse: Parse, start: int, end: int, head: str) -> bool:
    """Whether the words before the head of tokens ``start:end`` say which event this is (see the
    module docstring)."""
    lexicon = event_lexicon()
    kind = lexicon.heads[head]
    table = parse.table
    text = parse.text[table.starts[start] : table.end(end - 1)]
    prefix = text[: len(text) - len(head)]
    tokens = range(start, end)
    has_edition = any(_opens_with_edition(table, i) for i in tokens)
    quoted = any(table.texts[i] in '“「『"' for i in tokens) or (
        start > 0
        and end < len(table.texts)
        and table.texts[end] in _CLOSE_QUOTES
        and _quoted_whole(table, end - 1) == start
    )
    if kind == "weak":
        return (has_edition or quoted) and len(_strip_edition(prefix).strip()) >= 2
    if kind == "edition":
        return _edition_named(table, start, end, prefix)
    rest = _strip_edition(prefix).strip(" ·")
    if _strip_edition(text).strip() in known_short_names():
        return True  # 2025进博会: a customary short name (event_acronyms.tsv)
    if len(rest) < 1 or (len(rest) < 2 and not _LATIN.search(rest)):
        return False
    # Generic modifiers alone (主题论坛, 新闻发布会, 战略合作签署仪式) leave the head generic.
    generic = lexicon.generic | lexicon.seasons
    if has_edition and _only(rest, generic) and any(season in rest for season in lexicon.seasons):
        return True  # 2025春季新品发布会, 2025年新春招待会: the year and the season say which one
    if rest in generic or _only(rest, generic | frozenset(lexicon.scope)):
        return False
    if has_edition or quoted or _LATIN.search(prefix):
        return True
    if any(table.tags[i] in _ENTITY_TAGS for i in tokens):
        return True
    return any(word in prefix for word in lexicon.scope)


_EDITION_THEN_NAME = re.compile(f"第[{NUMERAL}]+届(?P<name>[{HAN}]{{2,4}})$")


def _edition_named(table: TokenTable, start: int, end: int, prefix: str) -> bool:
    """第8届云台会: a head of kind ``edition`` (会) names an event only right after 第N届 and a short
    name of two to four characters that is neither a body (董事会, 海川商会: event_context.tsv ``body``)
    nor an event word (第十届比赛会在…: the modal 会 after a contest)."""
    found = _EDITION_THEN_NAME.search(prefix)
    if found is None or table.tags[end - 2] == "v":
        return False
    name = found["name"]
    lexicon = event_lexicon()
    if name.endswith(lexicon.bodies) or head_at(name, len(name)) is not None:
        return False
    return not any(name.endswith(word) for word in lexicon.generic | lexicon.seasons)


def _only(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` is a concatenation of ``words`` (greedy, longest first)."""
    ordered = sorted(words, key=len, reverse=True)
    i = 0
    while i < len(text):
        for word in ordered:
            if text.startswith(word, i):
                i += len(word)
                break
        else:
            return False
    return True


def find_events(parse: Parse) -> list[tuple[int, int]]:
    """Token ranges of named events, longest first where they overlap."""
    lexicon = event_lexicon()
    text = parse.text
    if lexicon.any_head.search(text) is None:
        return []
    table = parse.table
    found: list[tuple[int, int]] = []
    for end_char, i in table.index_at_end.items():
        head = head_at(text, end_char)
        if head is None:
            continue
        if any(text.startswith(word, end_char) for word in lexicon.after):
            continue
        first = table.covering(end_char - len(head), end_char)
        if first is None:
            continue
        start = left_edge(parse, first[0])
        if lexicon.heads[head] in {"part", "stage"}:
            # X开幕式 names X's ceremony: the event is X, when X is one. X总决赛 (a stage) is an
            # event of its own, but only after a named contest X (中国区总决赛 is none).
            inner = _inner_event(parse, start, first[0])
            if inner is not None:
                found.append(inner if lexicon.heads[head] == "part" else (start, i + 1))
            continue
        end = _trailing_year(table, i + 1)
        if is_specific(parse, start, i + 1, head) or _weak_with_year_after(parse, start, i + 1, end, head):
            found.append((start, end))
    return _longest(found)


def _weak_with_year_after(parse: Parse, start: int, head_end: int, end: int, head: str) -> bool:
    """G联赛2011: a weak head whose year is written right after it (``_trailing_year``) has its
    year as one written before it would."""
    if end == head_end or event_lexicon().heads[head] != "weak":
        return False
    table = parse.table
    prefix = parse.text[table.starts[start] : table.end(head_end - 1) - len(head)]
    rest = _strip_edition(prefix).strip()
    return len(rest) >= 2 or _LATIN.search(rest) is not None


_BARE_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _trailing_year(table: TokenTable, end: int) -> int:
    """香港创科周2024, 亚洲艺术节 2025: a year written right after the head closes the name (not a date
    that goes on, 2024年, and not a number that goes on, 20246)."""
    i = end + 1 if end < len(table.texts) and table.texts[end] == " " else end
    if i >= len(table.texts) or not _BARE_YEAR.fullmatch(table.texts[i]):
        return end
    after = table.texts[i + 1] if i + 1 < len(table.texts) else ""
    return end if after[:1] in {"年", "月", "-", "/", "."} or after[:1].isdigit() else i + 1


def _inner_event(parse: Parse, start: int, head_start: int) -> tuple[int, int] | None:
    if head_start <= start:
        return None
    head = head_at(parse.text, parse.table.end(head_start - 1))
    if head is None or event_lexicon().heads[head] in {"part", "stage"}:
        return None
    return (start, head_start) if is_specific(parse, start, head_start, head) else None


def _longest(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (-(s[1] - s[0]), s[0])):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return sorted(chosen)


def find_refs(parse: Parse, events: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges of generic references (大会, 本次论坛, 会上, 开幕式) outside named events.

    Words are matched on the characters, from a token start to a token end, since LAC may split
    them (会/上) or not.
    """
    lexicon = event_lexicon()
    text = parse.text
    refs: list[tuple[int, int]] = []
    if lexicon.any_ref.search(text) is None:
        return refs
    taken = {i for s, e in events for i in range(s, e)}
    table = parse.table
    words_of, idxs = table.texts, table.starts
    ends = table.index_at_end
    starting = lexicon.refs_starting
    i = 0
    while i < len(words_of):
        if i in taken:
            i += 1
            continue
        idx = idxs[i]
        for word in starting.get(text[idx : idx + 1], ()):
            last = ends.get(idx + len(word))
            if last is None or not text.startswith(word, idx) or any(j in taken for j in range(i, last + 1)):
                continue
            if any(text.startswith(after, idx + len(word)) for after in lexicon.after):
                continue
            kind = lexicon.ref_heads.get(word, "word")
            with_det = i > 0 and words_of[i - 1] in lexicon.dets and i - 1 not in taken
            if kind == "needs_det" and not with_det:
                continue
            refs.append((i - 1 if with_det and kind != "word" else i, last + 1))
            i = last
            break
        i += 1
    return refs


def glued_holds(table: TokenTable) -> set[int]:
    """Where a token glues an event head to the verb saying it takes place (2024杭州 马拉松鸣枪/nz 开跑):
    the offsets to cut it at, so that the head ends a token (event_context.tsv ``hold``). The cut is
    made with the title cuts (kg/nlp/components.py ``tag_titles``), before any span group exists."""
    lexicon = event_lexicon()
    holds = _hold_verbs()
    text = "".join(table.texts)
    cuts: set[int] = set()
    if _head_before_hold().search(text) is None:  # most sentences: one search, no loop
        return cuts
    for word, start in zip(table.texts, table.starts, strict=True):
        if len(word) < 3 or lexicon.any_head.search(word) is None:
            continue
        for k in range(2, len(word)):
            if head_at(text, start + k) and any(text.startswith(h, start + k) for h in holds):
                cuts.add(start + k)
                break
    return cuts


def tag_events(parse: Parse) -> Parse:
    """Writes the "events" (label EVENT) and "event_refs" (EVENT_REF) groups."""
    events = find_events(parse)
    parse.spans[EVENTS_KEY] = tuple(parse.row(s, e, EVENT) for s, e in events)
    parse.spans[REFS_KEY] = tuple(parse.row(s, e, EVENT_REF) for s, e in find_refs(parse, events))
    return parse
