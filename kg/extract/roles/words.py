"""The words and patterns the role constructions read, loaded once from kg/resources.

Words the constructions test for by name are rows of role_words.tsv (by kind), regular expressions
rows of role_patterns.tsv; no construction writes a Chinese word of its own.
"""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.components import title_lexicon
from kg.resources import load_groups, load_lexicon, load_mapping, load_rows
from kg.text import HAN, alternation, squeeze_spaces


@cache
def _word_rows() -> tuple[tuple[str, ...], ...]:
    return load_rows("role_words.tsv")


@cache
def kind_words(kind: str) -> tuple[str, ...]:
    """The words of one kind of role_words.tsv, in file order (a KeyError names an unknown kind)."""
    found = tuple(row[0] for row in _word_rows() if row[1] == kind)
    if not found:
        raise KeyError(f"role_words.tsv has no kind {kind!r}")
    return found


@cache
def kind_word(kind: str) -> str:
    """The one word of a kind of role_words.tsv."""
    (only,) = kind_words(kind)
    return only


# A Han character (kg.text.HAN): what Chinese names are written in.
CJK_CLASS = f"[{HAN}]"


def pattern(name: str, **fills: str) -> re.Pattern[str]:
    """A regex of role_patterns.tsv, its %name% holes filled (%cjk% is a Han character, kg.text.HAN)."""
    text = load_mapping("role_patterns.tsv")[name].replace("%cjk%", CJK_CLASS)
    for hole, value in fills.items():
        text = text.replace(f"%{hole}%", value)
    return re.compile(text)


# John Smith, John F. Smith (a middle initial with its full stop), Mary-Anne O'Neil.
LATIN_NAME = re.compile(
    r"[A-Z][a-zA-Z'\-]+(?:[ \u00a0]+[A-Z]\.)?(?:[ \u00a0]+[A-Z][a-zA-Z'\-]+){1,3}(?![A-Za-z])"
)
CJK_NAME = re.compile(rf"^{CJK_CLASS}{{2,4}}$")
# One to three CJK characters: what may run on after a transliterated name's middle dot.
NAME_PART = re.compile(rf"^{CJK_CLASS}{{1,3}}$")
WITHHELD = pattern("withheld")
YEAR_PREFIX = pattern("year_prefix")
PLACE_LEVELS = frozenset(kind_words("place_level"))
# What joins two segments of a chain, and the link it reads as (兼任 is a 兼).
LINKS = {row[0]: (row[2] if len(row) > 2 else row[0]) for row in _word_rows() if row[1] == "link"}
JOINT = kind_word("joint_link")
TITLE_JOINS = frozenset(kind_words("title_join"))
EDITION = pattern("edition")
ORDINAL = pattern("ordinal")
# Words before an organisation that date the title after it, and what the title keeps of them.
LEADS = {**{w: w for w in kind_words("lead_kept")}, **dict.fromkeys(kind_words("lead_dropped"), "")}
DATED = frozenset(kind_words("dated"))
FORMER = kind_words("former")
OF, BY, ETC = kind_word("of"), kind_word("by"), kind_word("etc")
# Tags after which a title may open a phrase with no organisation (由副市长某某主持, 2007年图灵奖得主).
OPENERS = frozenset({"p", "v", "vd", "c", "d", "u", "TIME", "m", "w"})
# Tags of words that never stand for a name in the person slot (高度/d, 共同/ad, 分别/d …).
NOT_NAME_TAGS = frozenset(
    {"d", "ad", "v", "vd", "p", "c", "u", "r", "f", "q", "w", "xc", "TIME", "LOC", "ORG"}
)
# Tags that may follow a name: punctuation, verbs, prepositions, adverbs, particles (等).
AFTER_NAME = frozenset({"w", "v", "vd", "vn", "p", "d", "c", "u", "f", "ad", "TIME"})
# What may follow a chain that a person takes with no name after it (某集团董事长、党委书记，).
CLAUSE_END = frozenset("，。；;,、！？!?）)")
# The marks after which a clause starts that may carry on the subject of the one before.
CLAUSE_OPENERS = frozenset("，,；;")
RESUME = pattern("resume")
RESUME_BORN = pattern("resume_born")
RESUME_MARK = pattern("resume_mark")
# The marks a clause starts after: where a verb's clause, and so its window of time words, begins.
CLAUSE_START = frozenset("，,；;：:。")
# The marks that open a clause of a résumé, after which a career verb takes the résumé's name.
RESUME_CLAUSE = frozenset("，,；;：:")
LISTED_COUNT = pattern("listed_count")
COUNT_BEFORE, COUNT_AFTER = pattern("count_before"), pattern("count_after")
# What a person leaving a post does right after the name, up to the successor clause (将退休，).
LEAVE = pattern("leave")
# What ends a clause in a headline too, where a space separates clauses.
SPACED_CLAUSE_END = "，,。；;！？!? \u3000"
RANK_NOTE = pattern("rank_note")
# Why and to whom a person leaves a post, between the name and the verb (因个人原因, 向董事会).
REASON = pattern("reason")
# Title kinds followed by a list of names (记者 甲 乙); a credit states no membership (titles.tsv).
CREDIT_KINDS = frozenset({"byline", "credit"})


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    names = load_lexicon("surnames.tsv")
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


@cache
def list_tail() -> re.Pattern[str]:
    """等多位国内外院士: 等, an optional count, qualifiers (list_qualifiers.tsv), then the title."""
    return pattern("list_tail", qualifiers=alternation(load_lexicon("list_qualifiers.tsv")))


@cache
def references() -> frozenset[str]:
    return load_lexicon("org_references.tsv")


@cache
def media_endings() -> tuple[str, ...]:
    return tuple(load_lexicon("dateline_media.tsv"))


@cache
def dateline() -> re.Pattern[str]:
    """新华社北京6月27日电（ / 南方日报讯（ / 湖南日报7月30日讯（ / 人民网消息（: an outlet's dateline.

    The outlet ends like a news outlet (dateline_media.tsv); a place and a date may stand between it
    and 电, 专电, 讯 or 消息 (中广网北京6月24日消息（), or the bracket may follow the outlet's name
    directly (投资者报（记者 某某）). The bracket's 记者 works for that outlet.
    """
    return pattern("dateline", endings=alternation(load_lexicon("dateline_media.tsv")))


@cache
def book_outlet() -> re.Pattern[str]:
    """《红周刊》记者, 《百姓地产》杂志的主编: a periodical in book-title marks right before a byline.

    The name must end like an outlet (dateline_media.tsv) or a word naming a periodical must follow
    it, so that 《唐山大地震》 before a title is never taken for an organisation.
    """
    return pattern("book_outlet", endings=alternation(load_lexicon("dateline_media.tsv")))


@cache
def outlet_short_forms() -> tuple[str, ...]:
    """Short forms of abbreviations.tsv whose full form ends like a news outlet (每经 → 每日经济新闻)."""
    endings = (*load_lexicon("dateline_media.tsv"), *kind_words("outlet_ending"))
    table = load_mapping("abbreviations.tsv")
    return tuple(sorted((s for s, full in table.items() if full.endswith(endings)), key=len, reverse=True))


@cache
def appointment() -> dict[str, tuple[str, ...]]:
    """appointment_verbs.tsv by kind, longest word first."""
    groups = load_groups("appointment_verbs.tsv")
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in groups.items()}


@cache
def region_unit_re() -> re.Pattern[str]:
    """中国区, 亚太区, 中国及东亚区: one or two regions of region_units.tsv, then 区."""
    return pattern("region_unit", region=alternation(load_lexicon("region_units.tsv")))


@cache
def place_starts() -> tuple[str, ...]:
    return tuple(load_lexicon("place_names.tsv"))


@cache
def body_units() -> tuple[tuple[str, str, str], ...]:
    return tuple((row[0], row[1], row[2]) for row in load_rows("body_units.tsv"))


@cache
def topic_titles() -> tuple[tuple[str, str], ...]:
    """(title ending, organisation ending) pairs of topic_titles.tsv: a head and what it heads."""
    return tuple((row[0], row[1]) for row in load_rows("topic_titles.tsv"))


@cache
def reference_kinds() -> dict[str, tuple[str, ...]]:
    """A word pointing back → the organisation endings it may name (reference_kinds.tsv)."""
    kinds: dict[str, tuple[str, ...]] = {}
    for word, ending in load_rows("reference_kinds.tsv"):
        kinds[word] = (*kinds.get(word, ()), ending)
    return kinds


@cache
def blocks() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in load_rows("title_org_blocks.tsv"))


@cache
def honorific_prefixes() -> tuple[str, ...]:
    return tuple(sorted(load_lexicon("honorific_prefixes.tsv"), key=len, reverse=True))


@cache
def national_bodies() -> frozenset[str]:
    return load_lexicon("national_bodies.tsv")


@cache
def editor_titles() -> tuple[str, ...]:
    """Byline titles of a page's staff (责任编辑, 审核): their credits name no reporter."""
    return tuple(load_lexicon("editor_titles.tsv"))


def is_title(text: str) -> bool:
    """A title head from titles.tsv, with any modifiers before it (主任, 副主任, 常务副主任)."""
    lexicon = title_lexicon()
    heads = lexicon.heads
    while text not in heads:
        modifier = next((m for m in lexicon.modifiers if text.startswith(m) and len(text) > len(m)), None)
        if modifier is None:
            return False
        text = text[len(modifier) :]
    return heads[text] in {"office", "honour"}


def post_head(text: str) -> bool:
    """A title of titles.tsv of any kind, with any modifiers before its head (社长, 副主席, 首席科学家)."""
    lexicon = title_lexicon()
    while text and text not in lexicon.heads:
        modifier = next((m for m in lexicon.modifiers if text.startswith(m) and len(text) > len(m)), None)
        if modifier is None:
            return False
        text = text[len(modifier) :]
    return bool(text)


def title_head(title: str) -> str:
    """A title without the modifiers before its head (常务副主席 → 主席); the title itself if none."""
    lexicon = title_lexicon()
    text = title
    while text not in lexicon.heads:
        modifier = next((m for m in lexicon.modifiers if text.startswith(m) and len(text) > len(m)), None)
        if modifier is None:
            return title
        text = text[len(modifier) :]
    return text


def clean(text: str) -> str:
    return squeeze_spaces(text).strip()
