"""Rule components on top of the LAC tokens: titles (:func:`tag_titles`) and organisations (:func:`tag_orgs`).

Both read their words from ``kg/resources`` (titles.tsv, title_modifiers.tsv, title_patterns.tsv,
org_suffixes.tsv, org_prefixes.tsv, org_joiners.tsv, abbreviations.tsv). ``tag_titles`` may split a
LAC token where a title starts inside it (苏州/市委书记 → 市委 + 书记), so that every title and
organisation span is made of whole tokens. Extraction (``kg/extract/roles/``) reads the spans and
never runs a matcher again. In spaCy they are the ``kg_titles`` and ``kg_orgs`` pipes
(kg/nlp/language.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from kg.nlp.event_spans import glued_holds
from kg.nlp.tokens import Parse, TokenTable
from kg.resources import load_groups, load_lexicon, load_mapping, load_rows
from kg.text import HAN, HAN_CHAR, alternation, bracketed, is_han_word

TITLES_KEY = "titles"
ORGS_KEY = "orgs"
# Span labels in the "orgs" group: a named organisation, or a bare unit (智能制造部, 研究院) that
# names no organisation of its own and is completed from a 、 chain.
ORG = "ORG"
UNIT = "UNIT"

_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9&.\-]*$")
_SHORT_CAPS = re.compile(r"^[A-Z]{1,3}$")
# Tags of LAC that never stand inside an organisation name (adverbs, pronouns, particles, numbers,
# measure words, times, directions) unless the word is an explicit joiner.
_NEVER_INSIDE = frozenset({"u", "d", "r", "p", "q", "m", "TIME", "PER", "f", "xc", "w", "c", "ad", "t"})
_VERBS = frozenset({"v", "vd"})
# Place levels below the county (姜寨镇, 城关乡): a place, never the start of an organisation after 和.
_TOWNSHIP_LEVELS = frozenset({"镇", "乡", "村"})
_PLACE_IN_BRACKETS = re.compile(bracketed(f"[{HAN}]{{2,4}}"))
_MAX_RUN = 10
# Words that join two titles of one person (副代表兼副部长); never inside an organisation name.
_TITLE_LINKS = frozenset({"兼", "兼任"})


@dataclass(frozen=True)
class TitleLexicon:
    """Title heads with their kind, stackable modifiers, and whole-title patterns."""

    heads: dict[str, str]
    modifiers: tuple[str, ...]
    patterns: tuple[tuple[re.Pattern[str], str], ...]
    longest_head: int
    # Indexes by first character, so that title_at only tries the words that can start at a
    # position: head lengths (ascending) and modifiers (in ``modifiers`` order).
    head_sizes: dict[str, tuple[int, ...]]
    modifiers_at: dict[str, tuple[str, ...]]
    starters: frozenset[str]  # the characters a head or a modifier starts with
    # Any head anywhere: a sentence without one (most sentences) has no lexicon title.
    any_head: re.Pattern[str]
    # Per pattern, a character every match contains ("" when none is known): most sentences lack
    # it, and a search that cannot match costs as much as one that does.
    pattern_needs: tuple[str, ...]


@cache
def title_lexicon() -> TitleLexicon:
    heads = {row[0]: (row[1] if len(row) > 1 else "office") for row in load_rows("titles.tsv")}
    modifiers = tuple(sorted(load_lexicon("title_modifiers.tsv"), key=len, reverse=True))
    rows = load_rows("title_patterns.tsv")
    patterns = tuple((re.compile(row[0]), row[1]) for row in rows)
    sizes: dict[str, set[int]] = {}
    for head in heads:
        sizes.setdefault(head[0], set()).add(len(head))
    modifiers_at: dict[str, list[str]] = {}
    for modifier in modifiers:
        modifiers_at.setdefault(modifier[0], []).append(modifier)
    return TitleLexicon(
        heads,
        modifiers,
        patterns,
        max(map(len, heads)),
        {char: tuple(sorted(lengths)) for char, lengths in sizes.items()},
        {char: tuple(words) for char, words in modifiers_at.items()},
        frozenset(sizes) | frozenset(modifiers_at),
        re.compile(alternation(heads)),
        tuple(row[2] if len(row) > 2 else "" for row in rows),
    )


@cache
def org_suffixes() -> dict[str, str]:
    return load_mapping("org_suffixes.tsv")


@cache
def _suffix_last_chars() -> frozenset[str]:
    return frozenset(suffix[-1] for suffix in org_suffixes())


def suffix_kind(word: str) -> str | None:
    """Kind of the longest organisation suffix ``word`` ends with ("org", "unit"), or None."""
    # Most words end in a character no suffix ends in; they need no lookups.
    if not word or word[-1] not in _suffix_last_chars():
        return None
    table = org_suffixes()
    for size in range(min(len(word), 8), 0, -1):
        kind = table.get(word[-size:])
        if kind is not None:
            return None if kind == "none" else kind
    return None


@cache
def _longest_suffix_by_last_char() -> dict[str, int]:
    longest: dict[str, int] = {}
    for suffix in org_suffixes():
        longest[suffix[-1]] = max(longest.get(suffix[-1], 0), len(suffix))
    return longest


def _none_across(texts: Sequence[str], j: int) -> bool:
    """Whether the words ending at token ``j`` end in a longer ``none`` suffix than the token itself
    (大会/n 主席/n 团/n: 主席团, the presidium of one session, is no organisation)."""
    # Most tokens end in a character that ends no suffix longer than the token.
    word = texts[j]
    if word and _longest_suffix_by_last_char().get(word[-1], 0) <= len(word):
        return False
    tail = "".join(texts[max(0, j - 3) : j + 1])
    table = org_suffixes()
    for size in range(min(len(tail), 8), len(texts[j]), -1):
        kind = table.get(tail[-size:])
        if kind is not None:
            return kind == "none"
    return False


def title_at(
    text: str,
    start: int,
    ends: frozenset[int],
    patterns: Sequence[tuple[re.Pattern[str], str]] | None = None,
) -> tuple[int, str] | None:
    """The longest title starting at ``start`` and ending at a token end: (end, kind).

    A title is modifiers followed by a head (常务 + 副 + 总经理), or a pattern match (首席数智官,
    图灵奖得主). A ``generic`` head (专家, 科学家) is a title only with a modifier (首席科学家).
    ``patterns`` narrows the lexicon's patterns to those known to match somewhere in ``text``.
    """
    lexicon = title_lexicon()
    heads = lexicon.heads
    best: tuple[int, str] | None = None
    frontier = [(start, 0)]
    seen: set[int] = set()
    while frontier:
        pos, depth = frontier.pop()
        if pos in seen or depth > 4:
            continue
        seen.add(pos)
        first = text[pos : pos + 1]
        for size in lexicon.head_sizes.get(first, ()):
            end = pos + size
            if end not in ends:
                continue
            kind = heads.get(text[pos:end])
            if kind is None or (kind == "generic" and depth == 0):
                continue
            if best is None or end > best[0]:
                best = (end, "office" if kind == "generic" else kind)
        for modifier in lexicon.modifiers_at.get(first, ()):
            if text.startswith(modifier, pos):
                frontier.append((pos + len(modifier), depth + 1))
    for pattern, kind in lexicon.patterns if patterns is None else patterns:
        match = pattern.match(text, start)
        if match and match.end() in ends and (best is None or match.end() > best[0]):
            best = (match.end(), kind)
    return best


def find_titles(parse: Parse) -> list[tuple[int, int, str]]:
    """Non-overlapping title character ranges (leftmost, then longest) with their kind."""
    text = parse.text
    lexicon = title_lexicon()
    # A pattern that matches nowhere in the sentence matches at no start; without patterns, a title
    # starts with a head or a modifier, so a start on any other character needs no search.
    candidates = zip(lexicon.patterns, lexicon.pattern_needs, strict=True)
    patterns = tuple(p for p, need in candidates if need in text and p[0].search(text))
    if not patterns and lexicon.any_head.search(text) is None:
        return []
    table = parse.table
    starts = list(table.starts)
    suffix_ends = _suffix_last_chars()
    for word, idx in zip(table.texts, table.starts, strict=True):
        # 市委书记: a title may start inside a word right after an organisation suffix.
        for cut in range(1, len(word) - 1):
            if word[cut - 1] in suffix_ends and suffix_kind(word[:cut]) is not None:
                starts.append(idx + cut)
    ends = frozenset(table.ends)
    found: list[tuple[int, int, str]] = []
    taken = 0
    for start in sorted(set(starts)):
        if start < taken or (not patterns and text[start : start + 1] not in lexicon.starters):
            continue
        match = title_at(text, start, ends, patterns)
        if match is not None and not _verb_use(table, start, match[0]):
            found.append((start, match[0], match[1]))
            taken = match[0]
    return found


# What may follow a one-word title that LAC tagged as a verb (摄影：某某, 指挥 某某).
_CREDIT_MARKS = frozenset({"：", ":", "/", "／", " ", "\u3000"})


def _verb_use(table: TokenTable, start: int, end: int) -> bool:
    """A title head used as a verb: 指挥/v 的, 摄影/vn 比赛, 主管/vn 部门.

    When the title is one token that LAC tagged v or vn, it is a title only when a name or a
    credit mark (colon, slash, space) follows it, or it closes a phrase right after a name
    (张三摄影）).
    """
    i = table.index_at_start.get(start)
    if i is None or table.ends[i] != end or table.tags[i] not in {"v", "vn"}:
        return False
    last = i + 1 == len(table.texts)
    if not last and (table.ents[i + 1] == "PER" or table.texts[i + 1] in _CREDIT_MARKS):
        return False
    return not (i > 0 and table.ents[i - 1] == "PER" and (last or table.tags[i + 1] == "w"))


@cache
def _name_finals() -> dict[str, str]:
    return load_mapping("name_final_chars.tsv")


@cache
def _single_surnames() -> frozenset[str]:
    return frozenset(n for n in load_lexicon("surnames.tsv") if len(n) == 1)


# Words after which a name has certainly ended (李国和一行, 王春临等, 免去单德才的…职务).
_NAME_CLOSERS = frozenset({"一行", "等", "等人", "的"})
# Middle dots inside a foreign name written in Chinese (阿里别克·卡里莫夫).
_NAME_DOTS = ("·", "•", "・", "‧")


@cache
def _closing_verbs() -> frozenset[str]:
    """Verbs that never start what a conjunction joins, so a name before 和 + one of them ends there."""
    return load_lexicon("name_closing_verbs.tsv")


def cut_name_ends(table: TokenTable) -> list[int]:
    """Indices of PER tokens that LAC cut one character short (李国/PER 和/c 一行 → 李国和).

    Only a two-character PER made of a single surname and one character is extended, only by a
    character of name_final_chars.tsv, and only when the next word closes the name (punctuation,
    一行/等, a verb unless the character is a conjunction, or a reporting verb of
    name_closing_verbs.tsv such as 出席/表示, which cannot start what 和 joins): precision over
    recall. A foreign name LAC cut at its middle dot (阿里别克·/PER 卡里莫夫/PER) is joined too.
    In a 、 list of names (某某、曹和/PER 家/n 、某某) any one content character is joined:
    the item between two enumeration commas next to a name is a name too. Right after an office
    title, any character that is no word of its own before a reporting verb or 在 is joined
    (副部长郭允/PER 冲/v 在); 和 before 受邀/应邀 + an attendance verb is too (周振/PER 和 受邀出席).
    """
    finals = _name_finals()
    texts, tags, ents = table.texts, table.tags, table.ents
    found = []
    for i in range(len(texts) - 1):
        if ents[i] != "PER":
            continue  # every case below extends a PER token
        text = texts[i]
        if len(text) == 1 and _before_address(table, i):
            found.append(i)  # 何/PER 书金/n 研究员: a surname alone, its given name a word of its own
            continue
        dotted = text.endswith(_NAME_DOTS) or texts[i + 1].startswith(_NAME_DOTS)
        if dotted and ents[i + 1] == "PER":
            found.append(i)  # 阿里别克·/PER 卡里莫夫/PER: the two halves of one foreign name
            continue
        if texts[i + 1] in _NAME_DOTS and i + 2 < len(texts) and _initialled(texts[i + 2], ents[i + 2]):
            found += [i, i + 1]  # 约翰/PER ·/w F·史密斯/PER: a middle initial after a lone dot
            continue
        if _paired_after_office(table, i):
            found.append(i)  # 前首相 福田/PER 康夫/PER: a Japanese family and given name
            continue
        if len(text) != 2 or text[0] not in _single_surnames():
            continue
        if not HAN_CHAR.match(text[1]):
            continue
        if _listed(table, i) or _before_address(table, i) or _cut_after_office(table, i):
            found.append(i)
            continue
        kind = finals.get(texts[i + 1])
        if kind is None or ents[i + 1]:
            continue
        closes = (
            i + 2 == len(texts)
            or tags[i + 2] == "w"
            or texts[i + 2] in _NAME_CLOSERS
            or (kind != "conj" and tags[i + 2] in _VERBS)
            # 总裁赵国/PER 中/f 在: a word final before 在, right after an office title
            or (kind != "conj" and texts[i + 2] == "在" and _after_office(table, i))
            or texts[i + 2] in _closing_verbs()
            or _invited(table, i + 2)
        )
        if closes:
            found.append(i)
    return found


# A middle initial of a foreign name written in Chinese: F·史密斯, J.桑德斯.
_INITIALLED = re.compile(rf"^[A-Z][.·•・‧][{HAN}]{{2,}}$")


def _initialled(word: str, ent: str) -> bool:
    return ent == "PER" and _INITIALLED.match(word) is not None


def _paired_after_office(table: TokenTable, i: int) -> bool:
    """首相 福田/PER 康夫/PER 出席: two PER words of two characters each, side by side right after an
    office title and closed by a verb or punctuation, are one name (a Japanese family and given name),
    unless both open with a Chinese surname (two names whose 、 was left out: no name is invented)."""
    texts, tags, ents = table.texts, table.tags, table.ents
    if i + 1 >= len(texts) or ents[i + 1] != "PER" or not _after_office(table, i):
        return False
    if not all(len(texts[k]) == 2 and is_han_word(texts[k]) for k in (i, i + 1)):
        return False
    if all(texts[k][0] in _single_surnames() for k in (i, i + 1)):
        return False  # 市长王刚/PER 李强/PER: two Chinese names with the list mark left out
    return i + 2 == len(texts) or tags[i + 2] in {"w", *_VERBS}


@cache
def _cut_words() -> dict[str, tuple[str, ...]]:
    return load_groups("name_cut_words.tsv")


def _after_office(table: TokenTable, i: int) -> bool:
    """The word before token ``i`` ends with an office title head (副部长, 经理, 书记)."""
    if i == 0:
        return False
    word, heads = table.texts[i - 1], title_lexicon().heads
    return any(heads.get(word[-n:]) == "office" for n in range(2, min(len(word), 6) + 1))


def _cut_after_office(table: TokenTable, i: int) -> bool:
    """副部长 郭允/PER 冲/v 在 / 出席: after an office title, the PER and one more character are the
    name when a reporting verb (name_closing_verbs.tsv) or 在 follows that character, unless it is a
    word of its own (name_cut_words.tsv ``stop``: 也, 要, 坐 …, and not_name_finals.tsv)."""
    texts, tags, ents = table.texts, table.tags, table.ents
    if i + 2 >= len(texts) or texts[i + 2] not in _closing_verbs() | {"在"}:
        return False
    char = texts[i + 1]
    if len(char) != 1 or not HAN_CHAR.match(char) or ents[i + 1] or tags[i + 1] in _NEVER_INSIDE:
        return False
    if char in _cut_words().get("stop", ()) or char in load_lexicon("not_name_finals.tsv"):
        return False
    return _after_office(table, i)


def _invited(table: TokenTable, j: int) -> bool:
    """受邀出席 / 应邀参加 from token ``j`` to the end of the clause, with no 的 in it: the name's own
    predicate (周振/PER 和 受邀出席 → 周振和), not "A and the invited guests"."""
    words = _cut_words()
    k = j
    while k < len(table.texts) and table.tags[k] != "w":
        k += 1
    clause = "".join(table.texts[j:k])
    invited = next((w for w in words.get("invited", ()) if clause.startswith(w)), None)
    if invited is None or "的" in clause:
        return False
    return clause[len(invited) :].startswith(words.get("attend", ()))


@cache
def address_words() -> frozenset[str]:
    """Words written right after a full name (侯自新教授, 何书金研究员, 袁强先生): honour title heads
    of titles.tsv and the forms of address of honorifics.tsv, less 总/夫人 (王总 is no name; X夫人 is
    somebody else)."""
    honours = {head for head, kind in load_mapping("titles.tsv").items() if kind == "honour"}
    return frozenset(honours | load_lexicon("honorifics.tsv")) - {"总", "夫人"}


def _before_address(table: TokenTable, i: int) -> bool:
    """PER ``i`` (a single surname, or a surname and one character) and the next word make a name of
    two or three characters that a title or form of address written after names follows
    (侯自/PER 新/a 教授, 钱颖/PER 一/m 教授, 何/PER 书金/n 研究员): the model ended the name early
    because the next characters also make a word. Words that follow names (等, 的, 在, 向 …:
    not_name_finals.tsv) and conjunctions are never taken in."""
    texts, tags, ents = table.texts, table.tags, table.ents
    if i + 2 >= len(texts) or ents[i] != "PER" or texts[i][0] not in _single_surnames():
        return False
    rest = texts[i + 1]
    if ents[i + 1] or tags[i + 1] in {"w", "c", "u"} or not is_han_word(rest):
        return False
    if len(texts[i]) + len(rest) not in {2, 3} or set(rest) & load_lexicon("not_name_finals.tsv"):
        return False
    return texts[i + 2] in address_words()


def _listed(table: TokenTable, i: int) -> bool:
    """PER ``i`` and one more character form an item of a 、 list whose neighbour is a bare name."""
    texts, tags, ents = table.texts, table.tags, table.ents
    if i + 2 >= len(texts) or texts[i + 2] != "、":
        return False
    char = texts[i + 1]
    if len(char) != 1 or not HAN_CHAR.match(char) or ents[i + 1] or tags[i + 1] in _NEVER_INSIDE:
        return False
    before = i >= 2 and texts[i - 1] == "、" and ents[i - 2] == "PER"
    after = (
        i + 3 < len(texts)
        and ents[i + 3] == "PER"
        and (i + 4 == len(texts) or tags[i + 4] in {"w", *_VERBS} or texts[i + 4] in _NAME_CLOSERS)
    )
    return before or after


def tag_titles(parse: Parse) -> Parse:
    """Names cut short joined (:func:`cut_name_ends`), tokens split where a title starts inside
    one or an event head ends inside one (马拉松鸣枪: ``glued_holds``), and the "titles" group: label
    TITLE, kb id = the kind from titles.tsv."""
    table = parse.table
    for i in reversed(cut_name_ends(table)):
        table = table.merged(i, "PER")
    if table is not parse.table:
        parse = parse.retokenized(table)
    matches = find_titles(parse)
    cuts = {start for start, _, _ in matches}.difference(table.starts) | glued_holds(table)
    if cuts:
        table = table.split(sorted(cuts))
        parse = parse.retokenized(table)
    rows = []
    for start, end, kind in matches:
        tokens = table.token_range(start, end)
        if tokens is not None:
            rows.append(parse.row(*tokens, "TITLE", kind))
    parse.spans[TITLES_KEY] = tuple(rows)
    return parse


# --- organisations -------------------------------------------------------------------------


def place_levels() -> tuple[str, ...]:
    """The endings of place names (自治区, 省, 市 …) in party_committees.tsv."""
    return load_groups("party_committees.tsv").get("place", ())


@cache
def _place_levels() -> frozenset[str]:
    """The one-character place levels."""
    return frozenset(level for level in place_levels() if len(level) == 1)


@cache
def _coordinators() -> frozenset[str]:
    return frozenset(row[0] for row in load_rows("org_joiners.tsv") if len(row) > 1 and row[1] == "and")


@cache
def _joined_names() -> tuple[str, ...]:
    """Bodies whose own name holds a coordinating word (工业和信息化部, 创新科技及工业局)."""
    coordinators = _coordinators()
    return tuple(n for n in load_lexicon("national_bodies.tsv") if any(c in n for c in coordinators))


@cache
def _any_joined_name() -> re.Pattern[str]:
    """Any of :func:`_joined_names`: a sentence without one (most sentences) needs no search per name."""
    return re.compile(alternation(_joined_names()) or "(?!)")


def inside_joined_name(text: str, at: int) -> bool:
    """Whether the coordinating word at ``text[at]`` stands inside a name of :func:`_joined_names`."""
    return any(
        (found := text.find(name, max(0, at - len(name) + 1))) != -1 and found < at < found + len(name) - 1
        for name in _joined_names()
    )


@cache
def org_prefixes() -> tuple[str, ...]:
    return tuple(sorted(load_lexicon("org_prefixes.tsv"), key=len, reverse=True))


def is_latin(word: str) -> bool:
    return bool(_LATIN.match(word))


def _title_tokens(parse: Parse) -> frozenset[int]:
    """Tokens of titles that end a phrase (not 顾问 inside 赛迪顾问…中心)."""
    table = parse.table
    barriers: set[int] = set()
    starts = {span.start for span in parse.group(TITLES_KEY)}
    for span in parse.group(TITLES_KEY):
        after = span.end if span.end < len(table.texts) else None
        # 董事/n 总经理/n, 党委书记/n 校长/n: a title right before another is a post of its own.
        inside_name = (
            after is not None
            and after not in starts
            and table.tags[after] in {"n", "nz", "vn", "ORG", "LOC", "nw"}
            and HAN_CHAR.match(table.texts[after]) is not None
        )
        if not inside_name:
            barriers.update(range(span.start, span.end))
    return frozenset(barriers)


def tag_orgs(parse: Parse) -> Parse:
    """Writes the "orgs" group: LAC organisations repaired with organisation suffixes.

    LAC splits or misses many names (格鲁吉亚/LOC 经济/n 和/c 可持续/a 发展/vn 部/n). A span ends at a
    word with an organisation suffix (org_suffixes.tsv), or right before a title, and starts at the
    leftmost anchor of the run of name-like words before it: a LAC ORG/LOC entity, an ``nz`` word,
    a Latin word, a word opening with org_prefixes.tsv (国家, 中国 …), a known short form, or the
    start of a word that begins an organisation named earlier in the sentence (启迪 ← 启迪控股…).
    A run with no anchor that begins a clause and ends in a suffix is a bare unit (label UNIT).
    """
    parse.spans[ORGS_KEY] = tuple(parse.row(start, end, label) for start, end, label in find_orgs(parse))
    return parse


def find_orgs(parse: Parse) -> list[tuple[int, int, str]]:
    """Token ranges and labels of the organisations and bare units (see :func:`tag_orgs`)."""
    table = parse.table
    texts, ents = table.texts, table.ents
    # A span ends in a word with a suffix, a LAC ORG or a word right before a title: most sentences
    # have none of them, and need nothing else computed.
    title_starts = {span.start for span in parse.group(TITLES_KEY)}
    last_chars = _suffix_last_chars()
    candidates = [
        j
        for j, word in enumerate(texts)
        if word[-1] in last_chars or ents[j] == "ORG" or j + 1 in title_starts
    ]
    if not candidates:
        return []
    words = _NameWords(
        table,
        parse.text,
        _title_tokens(parse),
        _separators(texts, ents),
        load_lexicon("org_joiners.tsv"),
        load_mapping("abbreviations.tsv"),
        [word for word, ent in zip(texts, ents, strict=True) if ent == "ORG" and len(word) >= 4],
    )
    found: list[tuple[int, int, str]] = []
    for j in candidates:
        word = texts[j]
        if j in words.barriers or _none_across(texts, j):
            continue
        kind = suffix_kind(word)
        if kind is None and j > 0 and texts[j - 1] == "之":
            kind = suffix_kind("之" + word)
        if kind is not None and not HAN_CHAR.search(word):
            kind = None
        adjacent = j + 1 in title_starts and word.strip() != "" and not table.punct(j)
        if kind is None and ents[j] != "ORG" and not adjacent:
            continue
        span = _span_ending_at(table, j, kind, words.inner, words.anchor, adjacent, title_starts)
        if span is not None:
            found.append(span)
    return _longest(found + _joined_spans(table, parse.text) + _brand_spans(table, parse.text, title_starts))


def _separators(texts: Sequence[str], ents: Sequence[str]) -> set[int]:
    """Coordinating words between two organisations of a sentence.

    北京大学和清华大学: a coordinating word after a complete organisation (one that ends in an org
    suffix, or a LAC ORG with another right after the word) separates two names; LAC's
    江苏省工业/ORG 和 信息化厅 is one name cut in two.
    """
    coordinators = _coordinators()
    return {
        i
        for i in range(1, len(texts) - 1)
        if texts[i] in coordinators
        and (suffix_kind(texts[i - 1]) == "org" or ents[i - 1] == ents[i + 1] == "ORG")
        and not inside_joined_name("".join(texts[i - 1 : i + 2]), len(texts[i - 1]))
    }


@dataclass(frozen=True)
class _NameWords:
    """What the words of one sentence are to an organisation name: inside one, or opening one."""

    table: TokenTable
    text: str
    barriers: frozenset[int]  # title tokens that end a phrase
    separators: set[int]  # coordinating words between two names
    joiners: frozenset[str]
    short_forms: dict[str, str]
    named: list[str]  # LAC ORG words of four characters or more

    def inner(self, i: int) -> bool:
        """Token ``i`` may stand inside an organisation name."""
        table, text = self.table, self.text
        word = table.texts[i]
        if i in self.barriers or i in self.separators or word in _TITLE_LINKS:
            return False
        if word.strip() == "" and not _latin_gap(table, i):
            return False
        if word in self.joiners or (HAN_CHAR.match(word) and suffix_kind(word) is not None):
            return True
        # 市民之家: 之 stands inside a name when the next word completes a suffix that has it.
        if word == "之" and i + 1 < len(table.texts) and suffix_kind(word + table.texts[i + 1]) is not None:
            return True
        # 某某（北京）科技有限公司: a place in brackets inside a company name.
        starts = table.starts
        closing = word in "）)"
        window = text[max(0, starts[i] - 6) : starts[i] + 1] if closing else ""
        if _PLACE_IN_BRACKETS.match(text, starts[i]) or _PLACE_IN_BRACKETS.search(window):
            return True
        return table.tags[i] not in _NEVER_INSIDE or is_latin(word) or word.strip() == ""

    def anchor(self, i: int) -> str | None:
        """What token ``i`` opens: an organisation (``org``), a ``place``, or nothing."""
        word, tag, ent = self.table.texts[i], self.table.tags[i], self.table.ents[i]
        # A Latin word tagged as a verb (vs, PK) sits between two names, it opens none.
        if ent == "ORG" or tag in {"nz", "nt"} or (is_latin(word) and tag not in _VERBS):
            return "org"
        if word in self.short_forms or any(n.startswith(word) and n != word for n in self.named):
            return "org" if len(word) >= 2 else None
        if ent == "LOC" or word.startswith(org_prefixes()):
            return "place"
        return None


def _joined_spans(table: TokenTable, text: str) -> list[tuple[int, int, str]]:
    """Bodies whose name holds 和/及 (创新科技及工业局), written whole on token bounds: one organisation
    however LAC cut or tagged the words (创新/vn 科技/n 及/c 工业/n 局/n after a 、)."""
    spans: list[tuple[int, int, str]] = []
    if _any_joined_name().search(text) is None:
        return spans
    for name in _joined_names():
        at = text.find(name)
        while at != -1:
            tokens = table.token_range(at, at + len(name))
            if tokens is not None:
                spans.append((tokens[0], tokens[1], ORG))
            at = text.find(name, at + len(name))
    return spans


@cache
def brands() -> frozenset[str]:
    """brands.tsv: names of organisations the model misses, read only right before a title."""
    return load_lexicon("brands.tsv")


@cache
def _any_brand() -> re.Pattern[str]:
    return re.compile(alternation(brands()))


def _brand_spans(table: TokenTable, text: str, title_starts: set[int]) -> list[tuple[int, int, str]]:
    """A brand of brands.tsv written on token bounds right before a title (字节/n 跳动/v 副总裁,
    高瓴/PER 资本/n 创始人): the organisation of that title, however the model cut or tagged it."""
    spans: list[tuple[int, int, str]] = []
    if not title_starts:
        return spans
    for match in _any_brand().finditer(text):
        tokens = table.token_range(match.start(), match.end())
        if tokens is not None and tokens[1] in title_starts:
            spans.append((tokens[0], tokens[1], ORG))
    return spans


def _span_ending_at(
    table: TokenTable,
    j: int,
    kind: str | None,
    inner: Callable[[int], bool],
    anchor: Callable[[int], str | None],
    adjacent: bool,
    title_starts: set[int],
) -> tuple[int, int, str] | None:
    """The organisation or bare unit that ends at token ``j``, if any: the run of name words
    before it, from its first anchor, or (with no anchor) a bare unit that opens a clause."""
    if kind is None and not inner(j):
        return None
    run = j
    while run - 1 >= 0 and j - run < _MAX_RUN and inner(run - 1):
        run -= 1
    anchors = [(i, a) for i in range(run, j + 1) if (a := anchor(i)) is not None]
    if anchors:
        if kind == "unit" and not any(a == "org" for _, a in anchors):
            return None
        start = _name_start(table, j, run, anchors, anchor)
        return _anchored_span(table, start, j, kind, adjacent, j + 1 in title_starts)
    if kind is None:
        return None
    # No anchor: a bare unit (智能制造部, 研究院, 经济日报) opening a clause, verb-free.
    tags = table.tags
    start = j
    while start - 1 >= run and tags[start - 1] not in _VERBS:
        start -= 1
    # 市政务服务和大数据管理局: a body named by its place level alone may be a longer run.
    longest = _MAX_RUN if table.texts[start][:1] in _place_levels() else 5
    if start != run or j - start > longest:
        return None
    # 某某与/c 某办公室/n 主任: a coordinating word opening the run joins two parties, it opens no unit.
    joiners = load_lexicon("org_joiners.tsv")
    while start < j and table.tags[start] in {"c", "p"} and table.texts[start] in joiners:
        start += 1
    return (start, j + 1, UNIT)


def _name_start(
    table: TokenTable,
    j: int,
    run: int,
    anchors: list[tuple[int, str]],
    anchor: Callable[[int], str | None],
) -> int:
    """Where the name ending at ``j`` starts, in the run of name words from ``run``: its first
    anchor, moved past a clause's verb or a whole place before 和, or back over plain words."""
    tags, ents = table.tags, table.ents
    start = anchors[0][0]
    joiners = load_lexicon("org_joiners.tsv")  # 中国/驻/圣保罗总领馆: 驻 is no verb inside a name
    # …打工皇帝/是/巴克莱资本: a verb with an anchor after it ends a clause before the name.
    verbs = [
        i
        for i in range(start + 1, j + 1)
        if tags[i] in _VERBS and anchor(i) is None and table.texts[i] not in joiners
    ]
    if verbs and any(i > verbs[-1] for i, _ in anchors):
        start = next(i for i, _ in anchors if i > verbs[-1])
    # 、新一代/人工智能…联盟: plain words before the anchor belong to the name when the run
    # opens a clause.
    # LAC's own ORG entities already start where the name starts.
    opens = run == 0 or table.punct(run - 1)
    if run < start and opens and ents[start] != "ORG" and start - run <= 2:
        if all(tags[i] not in _VERBS for i in range(run, start)):
            start = run
    # 姜寨镇/LOC 和/c 安徽临泉…有限公司: a whole place before 和 is a second party, not the name's start.
    for c in range(j - 1, start, -1):
        if table.texts[c] in _coordinators() and ents[c - 1] == "LOC" and anchor(c + 1) is not None:
            if table.texts[c - 1][-1:] in _place_levels() | _TOWNSHIP_LEVELS:
                return c + 1
    return start


def _anchored_span(
    table: TokenTable,
    start: int,
    j: int,
    kind: str | None,
    adjacent: bool,
    followed_by_title: bool,
) -> tuple[int, int, str] | None:
    """The organisation from ``start`` to ``j``, unless a verb inside makes it a clause; a name
    that ends only because a title follows gives its field words to the title."""
    tags, ents = table.tags, table.ents
    joiners = load_lexicon("org_joiners.tsv")
    clause_verbs = [
        i
        for i in range(start + 1, j + 1)
        if tags[i] in _VERBS and ents[i] != "ORG" and table.texts[i] not in joiners
    ]
    if clause_verbs:
        if not followed_by_title:
            return None
        # 上海/成立/…: a verb right after a place or a person opens a clause, not a name.
        for i in clause_verbs:
            if ents[i - 1] in {"LOC", "PER"}:
                return None
    end = j + 1
    if kind is None and ents[j] != "ORG":
        if not adjacent:
            return None
        if ents[j] == "LOC" and j > 0 and table.texts[j - 1] == "驻":
            return None  # 美国驻意大利大使: the place a diplomat is posted to is no organisation
        # Yandex AI研发|总负责人: field words before the title belong to the title.
        while end - 1 > start and is_scope(table, end - 1):
            end -= 1
        while end - 1 > start and table.texts[end - 1].strip() == "":
            end -= 1
    return (start, end, ORG)


@cache
def title_scopes() -> frozenset[str]:
    return load_lexicon("title_scopes.tsv")


def is_scope(table: TokenTable, i: int) -> bool:
    """A field word between an organisation and a title head (数字化转型, AI研发, 营销).

    Verbs and verbal nouns, short Latin acronyms after the first word, and the words of
    title_scopes.tsv; never a word that ends like an organisation (计算业务, 计算机系).
    """
    word = table.texts[i]
    if table.ents[i] in {"ORG", "LOC"} or suffix_kind(word) is not None:
        return False
    if word.strip() == "":
        return True
    if _SHORT_CAPS.match(word):
        return True
    if len(word) >= 3 and is_han_word(word) and word.endswith(scope_endings()):
        return True  # 银行业总监, 金融学教授: a sector or a discipline
    # 学生/会/v 主席: a one-character "verb" there is the 会 of 学生会, not a field of work.
    return (table.tags[i] in {"v", "vn"} and len(word) >= 2) or word in title_scopes()


@cache
def scope_endings() -> tuple[str, ...]:
    return tuple(load_lexicon("scope_endings.tsv"))


def _latin_gap(table: TokenTable, i: int) -> bool:
    """A space between two Latin words (Yandex AI) is part of a name."""
    texts = table.texts
    return 0 < i < len(texts) - 1 and is_latin(texts[i - 1]) and is_latin(texts[i + 1])


def _longest(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    chosen: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if all(span[1] <= c[0] or span[0] >= c[1] for c in chosen):
            chosen.append(span)
    return sorted(chosen)
