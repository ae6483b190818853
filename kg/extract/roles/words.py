"""The words and patterns the role constructions read, loaded once from kg/resources."""

from __future__ import annotations

import re
from functools import cache

from kg.nlp.components import title_lexicon
from kg.resources import load_groups, load_lexicon, load_mapping, load_rows
from kg.text import alternation, squeeze_spaces

LATIN_NAME = re.compile(r"[A-Z][a-zA-Z'\-]+(?:[ \u00a0]+[A-Z][a-zA-Z'\-]+){1,3}(?![A-Za-z])")
CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# 林某, 张某某, 欧阳某: a name the text withholds (suspects, people in a verdict) names no one.
WITHHELD = re.compile(r"^[\u4e00-\u9fff]{1,2}某某?$")
YEAR_PREFIX = re.compile(r"^\d{4}年")
# Place levels that open a body of that place's government (省科技厅, 市数据资源管理局).
PLACE_LEVELS = "省市县区"
LINKS = {"、": "、", "兼": "兼", "兼任": "兼"}
# A term between a body and its title: 联盟首届理事长, 学会第八届理事长 (heldout2/NOTES.md: not in the title).
EDITION = re.compile(r"首届|本届|第[0-9一二三四五六七八九十]+届")
ORDINAL = re.compile(r"第[0-9一二三四五六七八九十]+")
# Words before an organisation that date the title after it: 原国家卫生计生委副主任 (a former post,
# kept in the title as 原副主任), 时任某厅厅长的某某 / 现任某学院院长 (dropped from the title).
LEADS = {"原": "原", "前": "前", "时任": "", "现任": "", "首任": ""}
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
# The sex right after a name opens a résumé (某某，男，1968年出生，…).
RESUME = re.compile(r"[，,][男女][，,（(]")
LISTED_COUNT = re.compile(r"等(?:[0-9一二两三四五六七八九十]+(?:人|位|名))?$")
# A rank noted in brackets after a post (（正部长级）, （副厅级）): no part of the title.
RANK_NOTE = re.compile(r"^[（(][^（(）)，。]{0,6}级[）)]")
# Title kinds followed by a list of names (记者 甲 乙); a credit states no membership (titles.tsv).
CREDIT_KINDS = frozenset({"byline", "credit"})


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    names = load_lexicon("surnames.tsv")
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


@cache
def list_tail() -> re.Pattern[str]:
    """等多位国内外院士: 等, an optional count, qualifiers (list_qualifiers.tsv), then the title."""
    qualifiers = alternation(load_lexicon("list_qualifiers.tsv"))
    return re.compile(rf"等(?:[0-9一二两三四五六七八九十百多几数余]+位|多位|诸位)?(?:{qualifiers})*$")


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
    endings = alternation(load_lexicon("dateline_media.tsv"))
    return re.compile(
        rf"^[\s\u3000]*(?P<org>[^\s\u3000，。、；：（）()]{{1,14}}?(?:{endings}))"
        r"(?:[^\s\u3000，。、；：（）()\d]{0,8}?(?:(?:\d{1,2}月)?\d{1,2}日)?(?:讯|消息)"
        r"|[^\s\u3000，。、；：（）()\d]{0,8}?(?:\d{1,2}月)?\d{1,2}日专?电|专?电|)[\s\u3000]*[（(][\s\u3000]*$"
    )


@cache
def book_outlet() -> re.Pattern[str]:
    """《红周刊》记者, 《百姓地产》杂志的主编: a periodical in book-title marks right before a byline.

    The name must end like an outlet (dateline_media.tsv) or a word naming a periodical must follow
    it, so that 《唐山大地震》 before a title is never taken for an organisation.
    """
    endings = alternation(load_lexicon("dateline_media.tsv"))
    return re.compile(
        rf"《(?:(?P<org>[^《》\s]{{1,14}}?(?:{endings}))》|(?P<named>[^《》\s]{{1,14}})》(?:杂志|期刊|周刊|月刊))的?$"
    )


@cache
def outlet_short_forms() -> tuple[str, ...]:
    """Short forms of abbreviations.tsv whose full form ends like a news outlet (每经 → 每日经济新闻)."""
    endings = (*load_lexicon("dateline_media.tsv"), "新闻")
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
    region = alternation(load_lexicon("region_units.tsv"))
    return re.compile(f"(?:{region})(?:[及和与、](?:{region}))?区")


@cache
def place_starts() -> tuple[str, ...]:
    return tuple(load_lexicon("place_names.tsv"))


@cache
def body_units() -> tuple[tuple[str, str, str], ...]:
    return tuple((row[0], row[1], row[2]) for row in load_rows("body_units.tsv"))


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
