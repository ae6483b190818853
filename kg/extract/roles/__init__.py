"""Person–title–organisation memberships stated by one sentence.

Reads the "titles" and "orgs" span groups of the rule components (kg/nlp/components.py)
and the LAC person entities, and recognises how Chinese news writes who holds which post:

- ORG TITLE NAME, with the title's modifiers and field words (SAP全球副总裁骆才,
  联通数字科技有限公司数字化转型首席专家杨海明);
- chains of ORG TITLE segments joined by 、 or 兼 before one name, where a shortened unit gets the
  organisation of the segment before it back (小米集团手机部副总裁、智能制造部总经理许多 →
  小米集团智能制造部), and a segment without organisation inherits it (创始人兼首席执行官);
- name-first forms (张三，某公司总经理。 / 张三（某大学教授）), ORG NAME lists without a title
  (某研究院张三、某大学李四), bare name lists with a shared title (甲、乙等多位院士), bylines
  (（某日报记者 甲 乙）, 责任编辑：甲).

Precision comes first: a title that no organisation, boundary or name frames yields nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from kg.extract.spans import doc_offsets, provenance
from kg.model import AliasMention, Document, Membership, OrgMention, Sentence
from kg.nlp.components import (
    ORG,
    ORGS_KEY,
    TITLES_KEY,
    UNIT,
    address_words,
    is_scope,
    org_prefixes,
    place_levels,
    suffix_kind,
    title_lexicon,
)
from kg.nlp.tokens import Parse, SpanRow
from kg.resources import load_groups, load_lexicon, load_mapping, load_rows
from kg.text import alternation, squeeze_spaces

_LATIN_NAME = re.compile(r"[A-Z][a-zA-Z'\-]+(?:[ \u00a0]+[A-Z][a-zA-Z'\-]+){1,3}(?![A-Za-z])")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# 林某, 张某某, 欧阳某: a name the text withholds (suspects, people in a verdict) names no one.
_WITHHELD = re.compile(r"^[\u4e00-\u9fff]{1,2}某某?$")
_YEAR_PREFIX = re.compile(r"^\d{4}年")
# Place levels that open a body of that place's government (省科技厅, 市数据资源管理局).
_PLACE_LEVELS = "省市县区"
_LINKS = {"、": "、", "兼": "兼", "兼任": "兼"}
# A term between a body and its title: 联盟首届理事长, 学会第八届理事长 (heldout2/NOTES.md: not in the title).
_EDITION = re.compile(r"首届|本届|第[0-9一二三四五六七八九十]+届")
_ORDINAL = re.compile(r"第[0-9一二三四五六七八九十]+")
# Words before an organisation that date the title after it: 原国家卫生计生委副主任 (a former post,
# kept in the title as 原副主任), 时任某厅厅长的某某 / 现任某学院院长 (dropped from the title).
_LEADS = {"原": "原", "前": "前", "时任": "", "现任": "", "首任": ""}
# Tags after which a title may open a phrase with no organisation (由副市长某某主持, 2007年图灵奖得主).
_OPENERS = frozenset({"p", "v", "vd", "c", "d", "u", "TIME", "m", "w"})
# Tags of words that never stand for a name in the person slot (高度/d, 共同/ad, 分别/d …).
_NOT_NAME_TAGS = frozenset(
    {"d", "ad", "v", "vd", "p", "c", "u", "r", "f", "q", "w", "xc", "TIME", "LOC", "ORG"}
)
# Tags that may follow a name: punctuation, verbs, prepositions, adverbs, particles (等).
_AFTER_NAME = frozenset({"w", "v", "vd", "vn", "p", "d", "c", "u", "f", "ad", "TIME"})


@dataclass(frozen=True)
class RoleMentions:
    memberships: tuple[Membership, ...] = ()
    orgs: tuple[OrgMention, ...] = ()
    aliases: tuple[AliasMention, ...] = ()


@dataclass(frozen=True)
class _Org:
    text: str
    start: int  # sentence offsets of the written organisation
    end: int
    label: str  # ORG, UNIT, or "TOKEN" (a single word before a title, 商汤联合创始人)


@dataclass(frozen=True)
class _Segment:
    """One ORG? TITLE piece of a chain; offsets are sentence offsets."""

    title: str
    kind: str
    title_start: int
    title_end: int
    org: _Org | None
    start: int
    lead: str = ""  # 原, 前, 时任 or 现任 written before the organisation


@dataclass(frozen=True)
class _Name:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _Row:
    person: _Name
    title: str
    title_span: tuple[int, int] | None
    org: str | None
    org_span: tuple[int, int] | None
    parent: str | None = None
    short: str | None = None  # the written short form when ``org`` was expanded


@cache
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    names = load_lexicon("surnames.tsv")
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


@cache
def _list_tail() -> re.Pattern[str]:
    """等多位国内外院士: 等, an optional count, qualifiers (list_qualifiers.tsv), then the title."""
    qualifiers = alternation(load_lexicon("list_qualifiers.tsv"))
    return re.compile(rf"等(?:[0-9一二两三四五六七八九十百多几数余]+位|多位|诸位)?(?:{qualifiers})*$")


@cache
def _references() -> frozenset[str]:
    return load_lexicon("org_references.tsv")


def _place_named(unit: str) -> bool:
    """A one-word body of a place written with its level only (省数据资源管理局, 市教育局, 省委)."""
    if not unit or unit[0] not in _PLACE_LEVELS:
        return False
    return (len(unit) >= 4 and suffix_kind(unit) == "org") or unit in load_lexicon("org_bodies.tsv")


@cache
def _media_endings() -> tuple[str, ...]:
    return tuple(load_lexicon("dateline_media.tsv"))


@cache
def _dateline() -> re.Pattern[str]:
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
def _book_outlet() -> re.Pattern[str]:
    """《红周刊》记者, 《百姓地产》杂志的主编: a periodical in book-title marks right before a byline.

    The name must end like an outlet (dateline_media.tsv) or a word naming a periodical must follow
    it, so that 《唐山大地震》 before a title is never taken for an organisation.
    """
    endings = alternation(load_lexicon("dateline_media.tsv"))
    return re.compile(
        rf"《(?:(?P<org>[^《》\s]{{1,14}}?(?:{endings}))》|(?P<named>[^《》\s]{{1,14}})》(?:杂志|期刊|周刊|月刊))的?$"
    )


@cache
def _outlet_short_forms() -> tuple[str, ...]:
    """Short forms of abbreviations.tsv whose full form ends like a news outlet (每经 → 每日经济新闻)."""
    endings = (*load_lexicon("dateline_media.tsv"), "新闻")
    table = load_mapping("abbreviations.tsv")
    return tuple(sorted((s for s, full in table.items() if full.endswith(endings)), key=len, reverse=True))


@cache
def _appointment() -> dict[str, tuple[str, ...]]:
    """appointment_verbs.tsv by kind, longest word first."""
    groups = load_groups("appointment_verbs.tsv")
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in groups.items()}


@cache
def _region_unit_re() -> re.Pattern[str]:
    """中国区, 亚太区, 中国及东亚区: one or two regions of region_units.tsv, then 区."""
    region = alternation(load_lexicon("region_units.tsv"))
    return re.compile(f"(?:{region})(?:[及和与、](?:{region}))?区")


# What may follow a chain that a person takes with no name after it (某集团董事长、党委书记，).
_CLAUSE_END = frozenset("，。；;,、！？!?）)")
# The sex right after a name opens a résumé (某某，男，1968年出生，…).
_RESUME = re.compile(r"[，,][男女][，,（(]")
_LISTED_COUNT = re.compile(r"等(?:[0-9一二两三四五六七八九十]+(?:人|位|名))?$")


def _is_title(text: str) -> bool:
    """A title head from titles.tsv, with any modifiers before it (主任, 副主任, 常务副主任)."""
    lexicon = title_lexicon()
    heads = lexicon.heads
    while text not in heads:
        modifier = next((m for m in lexicon.modifiers if text.startswith(m) and len(text) > len(m)), None)
        if modifier is None:
            return False
        text = text[len(modifier) :]
    return heads[text] in {"office", "honour"}


def withheld(name: str) -> bool:
    """Whether a name is an anonymised one (林某, 张某某): no named person."""
    return _WITHHELD.match(name) is not None


def addressed_by_title(name: str) -> bool:
    """许总裁, 刘书记, 欧阳院长: a surname with a title is how news refers back to someone, not a name."""
    single, double = _surnames()
    return any(name[:n] in names and _is_title(name[n:]) for n, names in ((1, single), (2, double)))


def _title_head(title: str) -> str:
    """A title without the modifiers before its head (常务副主席 → 主席); the title itself if none."""
    lexicon = title_lexicon()
    text = title
    while text not in lexicon.heads:
        modifier = next((m for m in lexicon.modifiers if text.startswith(m) and len(text) > len(m)), None)
        if modifier is None:
            return title
        text = text[len(modifier) :]
    return text


def _past_subunit(row: _Row, before: str) -> _Row:
    """A title inheriting, in a chain, a body that binds only the title before it (chain_subunits.tsv).

    某集团工会主席、副总经理: 副总经理 belongs to 某集团, the organisation the union sits in; a title
    with the same head as ``before`` (工会主席、常务副主席) and a place's own commission (某市纪委常委、
    秘书长) keep the body.
    """
    org = row.org
    if org is None or row.title.endswith(_title_head(before)):
        return row
    units = load_lexicon("chain_subunits.tsv")
    unit = next((u for u in units if org.endswith(u) and len(org) > len(u)), None)
    if unit is None:
        return row
    body = org[: -len(unit)]
    if suffix_kind(body) != "org" or _is_place(body):
        return row
    span = row.org_span
    if span is not None and row.short is None and span[1] - span[0] == len(org):
        span = (span[0], span[0] + len(body))
    return _Row(row.person, row.title, row.title_span, body, span, parent_of(body))


@cache
def _place_starts() -> tuple[str, ...]:
    return tuple(load_lexicon("place_names.tsv"))


@cache
def _body_units() -> tuple[tuple[str, str, str], ...]:
    return tuple((row[0], row[1], row[2]) for row in load_rows("body_units.tsv"))


def _to_body(row: _Row, previous: _Row) -> _Row:
    """某大学土木工程学院院长、副校长: a title heading the body (body_units.tsv ``head``) that would
    inherit one of its units belongs to the body itself."""
    parent = previous.parent
    if row.org is None or parent is None or row.org != previous.org:
        return row
    for body_end, word, kind in _body_units():
        if kind == "head" and row.title.endswith(word) and parent.endswith(body_end):
            return _Row(row.person, row.title, row.title_span, parent, None, parent_of(parent))
    return row


def _is_place(name: str) -> bool:
    """A place name (广西壮族自治区, 江西省, 南昌市): it ends with a place level and has more before it."""
    return any(name.endswith(level) and len(name) > len(level) for level in place_levels())


@cache
def _blocks() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in load_rows("title_org_blocks.tsv"))


@cache
def _honorific_prefixes() -> tuple[str, ...]:
    return tuple(sorted(load_lexicon("honorific_prefixes.tsv"), key=len, reverse=True))


def strip_honour(name: str) -> str:
    """A name without the honour the model kept before it (丹斯里林文兴: honorific_prefixes.tsv)."""
    for honour in _honorific_prefixes():
        if name.startswith(honour) and len(name) - len(honour) >= 2:
            return name[len(honour) :]
    return name


def strip_address(name: str) -> str:
    """A name without the form of address or rank the model kept on it (某某先生, 某某上校, 王某王总,
    丹斯里某某)."""
    name = strip_honour(name)
    for honorific in sorted(load_lexicon("honorifics.tsv"), key=len, reverse=True):
        if name.endswith(honorific) and len(name) > len(honorific):
            name = name[: -len(honorific)]
            # 王诚王总: the surname repeated before 总 belongs to the address.
            if honorific == "总" and len(name) >= 3 and name[-1] == name[0]:
                name = name[:-1]
            break
    return name


def _field_title(unit: str, title: str) -> bool:
    """数字能源业务 + 负责人: a business line before a head that takes it (field_titles.tsv)."""
    words = load_groups("field_titles.tsv")
    return title in words.get("head", ()) and unit.endswith(words.get("unit_end", ()))


@cache
def _national_bodies() -> frozenset[str]:
    return load_lexicon("national_bodies.tsv")


def clean(text: str) -> str:
    return squeeze_spaces(text).strip()


_SHORT_DEF = re.compile(
    r"[（(](?:以下)?[简下]称[:：]?\s*[“\"「『](?P<short>[^”\"」』）)，,]{2,12})[”\"」』][）)]"
)
# Where the full name before a definition cannot start: punctuation and the words that open a
# phrase (由江西省发展和改革委员会（以下简称“省发改委”）承办).
_PUNCT = re.compile(r"[，,、。；;：:“”\s（）()]")
_BEFORE_NAME = re.compile(r"[，,、。；;：:“”\s（）()]|由|在|与|同|向|对|从|将|把|被|经|据|是|为|的|了")


@cache
def _place_names() -> re.Pattern[str]:
    places = alternation(load_lexicon("place_names.tsv"))
    return re.compile(rf"(?:{places})[省市区]?$")


def _place_before(text: str, start: int) -> int:
    """How many characters of a place (北京, 深圳市) open the company name ending at ``start``.

    The place must itself start a phrase, so that the name does not swallow a word before it.
    """
    match = _place_names().search(text, max(0, start - 6), start)
    if match is None or match.end() != start:
        return 0
    before = match.start()
    # 某镇和安徽某公司: a conjunction before the place also opens the name (not in _BEFORE_NAME, which
    # walks inside names such as 发展和改革委员会).
    opens = before == 0 or _BEFORE_NAME.match(text, before - 1) is not None or text[before - 1] in "和及"
    return start - before if opens else 0


@lru_cache(maxsize=4)  # asked once per sentence of the document being read; keeps no old texts
def defined_short_forms(text: str) -> dict[str, str]:
    """Short forms an article defines: 海信集团控股股份有限公司（以下简称“海信集团”） → {海信集团: …}.

    The full name is the shortest text before the bracket that holds the short form's characters
    in order and ends like an organisation; a short form that opens with a place level
    (省发改委, 市教育局) also takes the place written before that level (江西省发展和改革委员会).
    """
    found: dict[str, str] = {}
    for match in _SHORT_DEF.finditer(text):
        short, end = match["short"], match.start()
        position = end
        for char in reversed(short):
            position = text.rfind(char, max(0, end - 40), position)
            if position < 0:
                break
        if position < 0:
            continue
        start = position
        if short[0] in _PLACE_LEVELS:
            while start > 0 and end - start < 30 and not _BEFORE_NAME.match(text, start - 1):
                start -= 1
        else:
            # 中国科学院自动化研究所（以下简称“自动化所”）: a parent organisation glued to the front.
            outer = start
            while outer > 0 and start - outer < 20 and not _BEFORE_NAME.match(text, outer - 1):
                outer -= 1
            if outer < start and suffix_kind(text[outer:start]) == "org":
                start = outer
            else:
                start -= _place_before(text, start)
        full = text[start:end]
        if full != short and not _PUNCT.search(full) and suffix_kind(full) == "org":
            found.setdefault(short, full)
    return found


def extract_roles(
    parse: Parse, sentence: Sentence, document: Document, antecedent: str | None = None
) -> RoleMentions:
    """Every membership the sentence states, with the organisations and short forms it used.

    ``antecedent`` is the one person the sentence before named, if it named exactly one: a 他/她
    opening this sentence with 历任/曾任 refers to that person (see :func:`antecedent_of`).
    """
    titles, org_spans = parse.group(TITLES_KEY), parse.group(ORGS_KEY)
    if not titles and not org_spans:
        return RoleMentions()  # every pattern starts from a title or an organisation
    labels = parse.table.ents
    # Without a title, only an organisation followed by a PER word states a membership.
    defined = defined_short_forms(document.text)
    reader = _Reader(parse, defined, antecedent)
    rows = list(dict.fromkeys(reader.rows())) if titles or "PER" in labels else []
    if defined:
        rows = [_defined(row, defined) for row in rows]
    rows = [_unit_in_title(row) for row in rows]
    where = provenance(sentence)
    seen: set[tuple[str, str, str | None]] = set()
    memberships: list[Membership] = []
    orgs: dict[str, OrgMention] = {}
    aliases: dict[tuple[str, str], AliasMention] = {}
    for row in rows:
        key = (row.person.text, row.title, row.org)
        if key in seen:
            continue
        seen.add(key)
        memberships.append(
            Membership(
                person=row.person.text,
                title=row.title,
                org=row.org,
                provenance=where,
                person_span=doc_offsets(sentence, row.person.start, row.person.end),
                title_span=doc_offsets(sentence, *row.title_span) if row.title_span else None,
                org_span=doc_offsets(sentence, *row.org_span) if row.org_span else None,
                org_parent=row.parent,
            )
        )
        if row.org is not None and row.org_span is not None and row.org not in orgs:
            orgs[row.org] = OrgMention(
                row.org, where, doc_offsets(sentence, *row.org_span), parent=row.parent
            )
        if row.short is not None and row.org is not None:
            aliases[(row.short, row.org)] = AliasMention(row.short, row.org, "org", where)
    for span in org_spans:
        name = clean(span.text)
        if span.label == ORG and name not in orgs and name not in _references() and _is_named(span, labels):
            full, short = expand(name)
            if full not in orgs:
                span_offsets = doc_offsets(sentence, span.start_char, span.end_char)
                orgs[full] = OrgMention(full, where, span_offsets, parent_of(full))
            if short is not None:
                aliases[(short, full)] = AliasMention(short, full, "org", where)
    return RoleMentions(tuple(memberships), tuple(orgs.values()), tuple(aliases.values()))


def _defined(row: _Row, defined: dict[str, str]) -> _Row:
    """A membership at a short form the article defined is one at the full name."""
    written = row.short or row.org
    if written is None or written not in defined:
        return row
    full = defined[written]
    return _Row(row.person, row.title, row.title_span, full, row.org_span, parent_of(full), written)


def _unit_in_title(row: _Row) -> _Row:
    """某学院钢琴系主任: the model's title 系主任 starts with the unit the organisation before it
    ends in (钢琴 + 系), so the unit goes to the organisation (某学院钢琴系) and the title is 主任."""
    if (
        row.org is None
        or row.org_span is None
        or row.title_span is None
        or row.org_span[1] != row.title_span[0]
    ):
        return row
    unit, rest = row.title[:1], row.title[1:]
    if suffix_kind(unit) != "unit" or row.org.endswith(unit) or rest not in title_lexicon().heads:
        return row
    org = row.org + unit
    title_span = (row.title_span[0] + 1, row.title_span[1])
    return _Row(
        row.person, rest, title_span, org, (row.org_span[0], row.org_span[1] + 1), parent_of(org), row.short
    )


def _is_named(span: SpanRow, labels: list[str]) -> bool:
    """An organisation worth reporting on its own: a LAC entity or a name ending in a suffix."""
    return suffix_kind(span.text) is not None or (span.end - span.start == 1 and labels[span.start] == ORG)


def opens_with_pronoun(parse: Parse) -> bool:
    """Whether the sentence opens with a pronoun that may stand for the one person named before."""
    texts = parse.table.texts
    return bool(texts) and texts[0] in _appointment().get("pronoun", ())


def antecedent_of(parse: Parse, memberships: Sequence[Membership]) -> str | None:
    """The one person a sentence names (its PER words and membership persons, forms of address
    stripped), or None when it names none or several: what 他/她 opening the next sentence refers to."""
    names = {strip_address(clean(row.text)) for row in parse.ents() if row.label == "PER"}
    names |= {m.person for m in memberships}
    names = {n for n in names if len(n) >= 2}
    return next(iter(names)) if len(names) == 1 else None


# --- organisation names ----------------------------------------------------------------------


@cache
def _longest_suffix() -> int:
    return max(map(len, load_mapping("org_suffixes.tsv")))


def parent_of(name: str) -> str | None:
    """The organisation a unit belongs to, when the name shows it (小米集团手机部 → 小米集团).

    The longest proper prefix that ends in an organisation suffix, is followed by a unit that ends
    in one too, and is not cut inside a suffix word (美中贸易全国委|员会 is no boundary).
    """
    suffixes = load_mapping("org_suffixes.tsv")
    longest = _longest_suffix()
    for cut in range(len(name) - 2, 1, -1):
        head, rest = name[:cut], name[cut:]
        if suffix_kind(head) != "org" or suffix_kind(rest) is None:
            continue
        spans_cut = any(
            name[a:b] in suffixes
            for a in range(max(0, cut - longest), cut)
            for b in range(cut + 1, min(len(name), a + longest) + 1)
        )
        if not spans_cut:
            return head
    return None


def rebuild(previous: str, unit: str) -> tuple[str, str | None]:
    """A shortened unit in a 、 chain gets the earlier organisation back: (full name, parent).

    Side-by-side bodies replace each other (某园区党工委 + 管委会 → 某园区管委会); any other unit
    replaces the earlier unit (小米集团手机部 + 智能制造部 → 小米集团智能制造部) or is appended to an
    organisation without one (科大讯飞 + 研究院 → 科大讯飞研究院; 某市委 + 政法委 → 某市委政法委).
    """
    bodies = load_lexicon("org_bodies.tsv")
    if unit in bodies:
        for size in range(min(len(previous) - 1, 6), 1, -1):
            if previous[-size:] in bodies:
                return previous[:-size] + unit, None
    root = parent_of(previous) or previous
    return root + unit, root


def expand(name: str) -> tuple[str, str | None]:
    """The full form of a short organisation name (工信部, 国家发改委, 江苏省科技厅): (full, short)."""
    table = load_mapping("abbreviations.tsv")
    if name in table:
        return table[name], name
    for size in range(min(len(name) - 1, 8), 1, -1):
        key = name[-size:]
        if key not in table:
            continue
        place = name[:-size]
        if key[0] in _PLACE_LEVELS or place.endswith(
            ("省", "市", "县", "区", "州", "国家", "中国", "国务院")
        ):
            return place + table[key], name
    return name, None


@cache
def _editor_titles() -> tuple[str, ...]:
    """Byline titles of a page's staff (责任编辑, 审核): their credits name no reporter."""
    return tuple(load_lexicon("editor_titles.tsv"))


# A rank noted in brackets after a post (（正部长级）, （副厅级）): no part of the title.
_RANK_NOTE = re.compile(r"^[（(][^（(）)，。]{0,6}级[）)]")


# Title kinds followed by a list of names (记者 甲 乙); a credit states no membership (titles.tsv).
_CREDIT_KINDS = frozenset({"byline", "credit"})


def _size(tokens: tuple[int, int] | None) -> int:
    """How many tokens a range has (0 when the characters are not whole tokens)."""
    return 0 if tokens is None else tokens[1] - tokens[0]


# --- reading one sentence --------------------------------------------------------------------


class _Reader:
    """The patterns over one parsed sentence; character offsets are sentence offsets."""

    def __init__(
        self, parse: Parse, defined: dict[str, str] | None = None, antecedent: str | None = None
    ) -> None:
        self.defined = defined or {}  # short forms the article defines (defined_short_forms)
        self.antecedent = antecedent  # the one person the sentence before named (extract_roles)
        self.text = parse.text
        self.table = table = parse.table
        self.words, self.tags, self.ents, self.starts = table.texts, table.tags, table.ents, table.starts
        self.ends = table.ends
        self.by_start, self.by_end = table.index_at_start, table.index_at_end
        self.orgs = parse.group(ORGS_KEY)
        self.titles = [
            s
            for s in parse.group(TITLES_KEY)
            if not any(o.start_char < s.end_char and s.start_char < o.end_char for o in self.orgs)
        ]
        self.title_starts = {s.start_char for s in self.titles}
        self.not_person = load_lexicon("not_person.tsv")

    def _punct(self, i: int) -> bool:
        return self.table.punct(i)

    def _space(self, i: int) -> bool:
        return self.table.space(i)

    # names

    def name_at(self, pos: int, *, strict: bool = True) -> _Name | None:
        """The person named at ``pos``: a PER word, a Latin name, or a surname-led word (许多)."""
        text = self.text
        latin = _LATIN_NAME.match(text, pos)
        if latin:
            return _Name(latin.group(), pos, latin.end())
        token = self.by_start.get(pos)
        if token is None:
            return None
        end = self.ends[token]
        word = self.words[token]
        if self.ents[token] == "PER" and not word.isascii():
            # 伊拉克利·纳德热/PER 什维利/r: a transliterated name runs on after its middle dot.
            i = token + 1
            while "·" in self.text[pos:end] and i < len(self.words) and i <= token + 2:
                if self._punct(i) or self.tags[i] in _AFTER_NAME or not _CJK_NAME.match(self.words[i] + "字"):
                    break
                end = self.ends[i]
                i += 1
            # 奥斯卡/PER -/w 佩拉尔瑙/PER: two halves of a transliterated name joined by a hyphen.
            nxt = self.by_start.get(end)
            if (
                nxt is not None
                and self.words[nxt] in {"-", "－"}
                and nxt + 1 < len(self.words)
                and self.ents[nxt + 1] == "PER"
                and not word.isascii()
                and not self.words[nxt + 1].isascii()
            ):
                end = self.ends[nxt + 1]
            name = clean(text[pos:end])
            name = strip_address(name)
            glued = len(name) >= 3 and name.endswith("等") and _CJK_NAME.match(name) is not None
            if glued and self._surname_led(name[:-1]):
                name, end = name[:-1], end - 1  # 刘建平等/PER: the list word 等 glued to the name
        elif self._looks_like_name(token):
            name = word
        else:
            return None
        after = self.by_start.get(end)
        addressed = self._addressed(end)
        if (
            name in self.not_person
            or len(name) < 2
            or withheld(name)
            or (self.title_at_pos(end) and not addressed)
        ):
            return None
        if (
            not addressed
            and strict  # the caller has not already read what follows the name
            and after is not None
            and self.tags[after] not in _AFTER_NAME
            and not self._space(after)
            and self.words[after] not in {"等", "等人", "一行"}  # 刘建平/PER 等人/n, 李国和/PER 一行/m
            and not self.words[after].endswith("案")  # 某某/PER 受贿案/n: the person's case
            and self.words[after] not in load_lexicon("honorifics.tsv")  # 周德才/PER 同志/n ，
            and not self._acts_for(after)
        ):
            return None
        return _Name(name, pos, end)

    def _acts_for(self, i: int) -> bool:
        """钟立/PER 代表/n 企业/n 签约: 代表 with an object after it is the verb "on behalf of"."""
        return self.words[i] == "代表" and i + 1 < len(self.words) and not self._punct(i + 1)

    def _addressed(self, end: int) -> bool:
        """A title or form of address written after a full name ends it there (李旭锋/PER 教授)."""
        after = self.by_start.get(end)
        return after is not None and self.words[after] in address_words()

    def _byline_name(self, name: _Name) -> bool:
        """A credited name is a person's only when it opens with a surname: 通讯员 粤工宣 is a pen name."""
        return bool(_LATIN_NAME.fullmatch(name.text)) or "·" in name.text or self._surname_led(name.text)

    @staticmethod
    def _surname_led(name: str) -> bool:
        single, double = _surnames()
        return len(name) >= 2 and (name[0] in single or name[:2] in double)

    def _looks_like_name(self, token: int) -> bool:
        """A word the model did not tag PER but that stands as a name (许多/m followed by ，)."""
        word = self.words[token]
        if not _CJK_NAME.match(word) or len(word) > 3 or word in self.not_person:
            return False
        single, double = _surnames()
        if word[0] not in single and word[:2] not in double:
            return False
        if suffix_kind(word) is not None:
            return False
        if self.tags[token] == "v" and self._verb_read_name(token):
            return True
        if self.tags[token] in _NOT_NAME_TAGS:
            return False
        after = token + 1
        if after >= len(self.words):
            return True
        return self._punct(after) or self.words[after] == "等" or self.tags[after] in {"v", "vd", "p"}

    def _verb_read_name(self, token: int) -> bool:
        """副局长 关立新/v 。: a three-character word led by a single surname that the model read as a
        verb is a name right after an office title when the phrase ends there (punctuation, 和/与/等
        or a reporting verb of name_closing_verbs.tsv follows)."""
        word = self.words[token]
        if len(word) != 3 or word[0] not in _surnames()[0]:
            return False
        start = self.starts[token]
        if not any(s.end_char == start and (s.kb_id or "office") == "office" for s in self.titles):
            return False
        after = token + 1
        if after >= len(self.words) or self._punct(after):
            return True
        closing = load_lexicon("name_closing_verbs.tsv")
        return self.words[after] in {"和", "与", "等"} or self.words[after] in closing

    def _label(self, first: _Segment, last: _Segment) -> bool:
        """A label before a colon opening its line (记者：… in an interview, 摄影：某某), which names no
        one's post. "（记者：某某）" after 讯/电 stays a byline, and an editor's credit (责任编辑：某某,
        编辑：某某 审核：某某) is a post at the page's outlet, as ../shared/gold/extra annotates it."""
        pos = self.skip_spaces(last.title_end)
        if pos >= len(self.text) or self.text[pos] not in "：:" or last.title.endswith(_editor_titles()):
            return False
        return not self.text[: first.start].strip(" \u3000\t")

    def title_at_pos(self, pos: int) -> bool:
        return pos in self.title_starts

    def skip_spaces(self, pos: int) -> int:
        while pos < len(self.text) and self.text[pos] in " \u3000\u00a0\t":
            pos += 1
        return pos

    def names_after(self, pos: int, kind: str) -> list[_Name]:
        """The name (or, after a byline or credit title, the names) that follow a title."""
        credit = kind in _CREDIT_KINDS
        pos = self.skip_spaces(pos)
        if credit and pos < len(self.text) and self.text[pos] in "：:":
            pos = self.skip_spaces(pos + 1)
        first = self.name_at(pos)
        if first is None or (credit and not self._byline_name(first)):
            return []
        names = [first]
        while kind in {"office", "honour"} and self.text.startswith("、", names[-1].end):
            # 副主任周建和、王立成，秘书长谢国光: bare names listed after a title share it; a name with a
            # title of its own after the 、 (董事长甲、总裁乙) starts the next chain instead.
            more = self.name_at(names[-1].end + 1)
            if more is None or not _CJK_NAME.match(more.text) or not self._surname_led(more.text):
                break
            if self._addressed(more.end):
                break  # 市长王海、李明教授: the second name has a title of its own
            names.append(more)
        while credit:
            nxt = self.skip_spaces(names[-1].end)
            if nxt < len(self.text) and self.text[nxt] == "、":
                nxt = self.skip_spaces(nxt + 1)
            if nxt == names[-1].end:
                break
            more = self.name_at(nxt)
            if more is None or not self._byline_name(more):
                break
            names.append(more)
        return names

    # segments and chains

    def segments(self) -> list[_Segment]:
        found = []
        for span in self.titles:
            segment = self.segment(span)
            if segment is not None:
                found.append(segment)
        return found

    def segment(self, span: SpanRow) -> _Segment | None:
        words, tags = self.words, self.tags
        kind = span.kb_id or "office"
        programme = self._programme(span, kind)
        if programme is not None:
            return programme
        i = span.start - 1
        scope_start = span.start
        # Field words and a bracketed short form between the organisation and the title.
        while (
            i >= 0
            and (is_scope(self.table, i) or self._space(i))
            and self.ents[i] != "PER"
            and words[i] not in _LINKS  # 副代表兼副部长: 兼 joins two titles
        ):
            if tags[i] in {"v", "vn"} or not self._space(i):
                scope_start = i
            i -= 1
        i = self._skip_bracket(i)
        if i > 0 and words[i] == "的" and scope_start == span.start:
            i -= 1  # 某公司的总经理某某
        if i > 0 and scope_start == span.start and _EDITION.fullmatch(words[i]):
            i -= 1  # 联盟首届理事长 / 某学会第八届理事长: the term is no part of the title
        org_span = next((o for o in self.orgs if o.end == i + 1), None)
        written: _Org | None = None
        defined = self._defined_before(self.starts[scope_start]) if org_span is None else None
        if defined is None and scope_start < span.start:
            # 临泉农/ORG 发/v 董事长: the model cut a defined short form (临泉农发) into a word and a
            # verb that read as a field word; the short form ends right at the title.
            defined = self._defined_before(span.start_char)
            if defined is not None and defined.start <= self.starts[scope_start]:
                scope_start, org_span = span.start, None
            else:
                defined = None
        if defined is not None:
            written = defined  # 周立和（星河智能创始人…）: a defined short form is an organisation
        elif org_span is not None:
            written = _Org(clean(org_span.text), org_span.start_char, org_span.end_char, org_span.label)
        elif (region := self._region_unit(span.start)) is not None:
            written = region  # 某公司全球副总裁、中国区/中国及东亚区总裁: a regional unit of the chain's body
        elif i == span.start - 1 and self.ents[i] == "LOC" and _is_place(words[i]):
            # 广西壮族自治区/LOC 副主席: a place right before a title is the organisation (as 某市副市长);
            # 深圳市/LOC 南山区/LOC 副区长: the place it lies in, written right before it, is part of it.
            first = i - 1 if i > 0 and self.ents[i - 1] == "LOC" and _is_place(words[i - 1]) else i
            if first < i and self.ends[first] != self.starts[i]:
                first = i
            written = _Org(
                self.text[self.starts[first] : self.ends[i]], self.starts[first], self.ends[i], ORG
            )
        elif (
            i >= 0
            and i + 1 == scope_start < span.start
            and self.ents[i] == "LOC"
            and words[i + 1][:1] == "驻"
        ):
            # 哈萨克斯坦/LOC 驻华/v 大使: an envoy's state is the organisation; 驻华 stays in the title.
            written = _Org(words[i], self.starts[i], self.ends[i], ORG)
        elif i == span.start - 1 and _place_named(words[i]) and self._opens(i - 1):
            # 时任市委/n 常委: a place's body written with its level only, which the model left untagged.
            written = _Org(words[i], self.starts[i], self.ends[i], UNIT)
        else:
            glued = self._glued_unit(span, span.start - 1)
            if glued is not None:
                written, span_start = glued
                title = clean(self.text[span_start : span.end_char])
                return self._segment_at(title, kind, span_start, span.end_char, written)
        if written is None and scope_start < span.start and 0 <= i and words[i] in _references():
            # 聘任某某为公司财务总监: field words after a word that points back stay in the title.
            org = _Org(words[i], self.starts[i], self.ends[i], "REF")
            title = clean(self.text[self.starts[scope_start] : span.end_char])
            return _Segment(title, kind, self.starts[scope_start], span.end_char, org, org.start)
        if written is None:
            # No organisation: field words stay outside, and the title must open a phrase.
            scope_start = span.start
            i = self._skip_bracket(span.start - 1)
            if i > 0 and _EDITION.fullmatch(words[i]):
                i -= 1
        title_start = self.starts[scope_start]
        title = clean(self.text[title_start : span.end_char])
        # 时任副市长 / 海川集团现任总裁: the time word dates the post and is dropped, as before an org.
        dropped = [w for w, kept in _LEADS.items() if not kept]
        dated = next((w for w in dropped if title.startswith(w) and len(title) > len(w)), "")
        title, title_start = title[len(dated) :], title_start + len(dated)
        if kind == "award":
            title = title.split("年", 1)[-1] if _YEAR_PREFIX.match(title) else title
            return _Segment(title, kind, title_start, span.end_char, None, title_start)
        if written is not None and written.label == UNIT:
            k = self.by_end.get(written.start)
            if k is not None and _ORDINAL.fullmatch(words[k]):
                # 第四/m 检察部/n: the ordinal names the unit (省检察院第四检察部).
                written = _Org(words[k] + written.text, self.starts[k], written.end, UNIT)
        if written is not None:
            org = written
            # 埃及文化部长: the head's first character also closes the organisation (文化部 + 部长).
            joined = org.text + title[0]
            heads_office = len(title) == 2 and title[1] == "长" and suffix_kind(title[0]) is not None
            if heads_office and suffix_kind(org.text) is None and suffix_kind(joined):
                org = _Org(joined, org.start, org.end + 1, org.label)
            elif suffix_kind(title[0]) == "unit" and _is_title(title[1:]) and suffix_kind(org.text) is None:
                # 同济大学桥梁工程 + 系主任: the unit's suffix closes the organisation (…工程系 + 主任).
                org = _Org(joined, org.start, org.end + 1, org.label)
                title, title_start = title[1:], title_start + 1
            org, title, title_start = self._party_committee(org, title, title_start)
            opening = self.by_start.get(org.start)
            lone = opening is not None and self.words[opening] == "原" and _is_place(org.text[1:])
            former = org.text.startswith("原") and not org.text.startswith("原子")
            if former and (suffix_kind(org.text[1:]) or lone):
                # 原/ORG 省检察院/ORG merged into one span: 原 dates the title (原副检察长 @ 省检察院);
                # 原/a 海川市/LOC too, where 原 is a word of its own (原平市/LOC is a city).
                org = _Org(org.text[1:], org.start + 1, org.end, org.label)
                return _Segment("原" + title, kind, title_start, span.end_char, org, org.start - 1, "原")
            lead = self._lead(org.start)
            if lead is not None:
                word, start = lead
                return _Segment(_LEADS[word] + title, kind, title_start, span.end_char, org, start, word)
            return _Segment(title, kind, title_start, span.end_char, org, org.start)
        if i >= 0 and words[i] in _references():
            # 该校副校长: a word that points back to a body; resolve() gives the title no organisation.
            org = _Org(words[i], self.starts[i], self.ends[i], "REF")
            return _Segment(title, kind, title_start, span.end_char, org, org.start)
        # 一职由副总经理某某担任: LAC glues 由 to the word before (职由/n); it still opens the phrase.
        glued_by = i >= 0 and len(words[i]) > 1 and words[i].endswith("由")
        if i < 0 or tags[i] in _OPENERS or self._punct(i) or words[i] in _LINKS or glued_by:
            return _Segment(title, kind, title_start, span.end_char, None, title_start - len(dated), dated)
        if self.ents[i] == "PER" or tags[i] == "nz":
            # 商汤/PER 联合创始人: a single word in the organisation slot, kept only in a chain. A
            # three-character name led by a single surname (王广善/PER 总经理) is the person addressed.
            person = len(words[i]) == 3 and _CJK_NAME.match(words[i]) and words[i][0] in _surnames()[0]
            if (i == 0 or self._punct(i - 1) or tags[i - 1] in {"v", "p"}) and not person:
                org = _Org(clean(words[i]), self.starts[i], self.ends[i], "TOKEN")
                return _Segment(title, kind, title_start, span.end_char, org, org.start)
        return None

    def _programme(self, span: SpanRow, kind: str) -> _Segment | None:
        """某研究院载人飞船系统总设计师 / 探月工程总设计师: a programme's name opens the title
        (programme_titles.tsv); the body written before it, if any, is the organisation."""
        groups = load_groups("programme_titles.tsv")
        end = span.start - 1
        if end < 1 or self.words[end] not in groups.get("end", ()):
            return None
        if _title_head(clean(span.text)) not in groups.get("head", ()):
            return None
        k = end
        # Inside the organisation span the model read (某研究院载人/v 飞船系统), a verb is a programme word.
        named = next((o.start for o in self.orgs if o.start <= end < o.end), end)
        while k - 1 >= 0 and end - k < 4:
            p = k - 1
            if self._punct(p) or self.ents[p] in {"ORG", "PER"} or suffix_kind(self.words[p]) == "org":
                break
            if self.tags[p] not in {"n", "vn", "nz", "m", "a", "LOC"} and p < named:
                break
            k -= 1
        if k == end:
            return None  # 某研究院系统总设计师: no programme is named
        p = k - 1
        title_start = self.starts[k]
        title = clean(self.text[title_start : span.end_char])
        if p >= 0 and (self.ents[p] == "ORG" or suffix_kind(self.words[p]) == "org"):
            around = next((o for o in self.orgs if o.start <= p < o.end), None)
            start = around.start_char if around is not None else self.starts[p]
            org = _Org(clean(self.text[start : self.ends[p]]), start, self.ends[p], ORG)
            return _Segment(title, kind, title_start, span.end_char, org, org.start)
        if not self._opens(p):
            return None
        return _Segment(title, kind, title_start, span.end_char, None, title_start)

    def _region_unit(self, title: int) -> _Org | None:
        """The regional unit written between a chain link and the title at token ``title``.

        中国/LOC 区/n 总经理 or 中国/LOC 及/c 东亚区/LOC 总裁 right after 、 or 兼: region_units.tsv.
        """
        end = self.starts[title]
        for k in range(title - 1, max(-1, title - 5), -1):
            if self.words[k] in _LINKS or self._punct(k):
                break
            unit = self.text[self.starts[k] : end]
            if k > 0 and self.words[k - 1] in _LINKS and _region_unit_re().fullmatch(unit):
                return _Org(unit, self.starts[k], end, UNIT)
        return None

    def _defined_before(self, end: int) -> _Org | None:
        """A short form the article defines, written right before ``end`` from a token start."""
        for short in sorted(self.defined, key=len, reverse=True):
            start = end - len(short)
            if start >= 0 and self.text.startswith(short, start) and start in self.by_start:
                return _Org(short, start, end, ORG)
        return None

    def _opens(self, i: int) -> bool:
        """Token ``i`` ends what comes before a phrase: nothing, punctuation, a link, an opener or a lead."""
        return (
            i < 0
            or self._punct(i)
            or self.words[i] in _LINKS
            or self.words[i] in _LEADS
            or (self.tags[i] in _OPENERS)
        )

    def _glued_unit(self, span: SpanRow, i: int) -> tuple[_Org, int] | None:
        """清华大学教授、自动化系主任: the lexicon head 系主任 swallowed the unit's suffix (自动化 + 系).

        Only right after 、 in a chain, where resolve() rebuilds the unit onto the organisation before.
        Returns the unit and where the title proper starts.
        """
        first = self.text[span.start_char : span.start_char + 1]
        rest = clean(self.text[span.start_char + 1 : span.end_char])
        if suffix_kind(first) != "unit" or not _is_title(rest):
            return None
        k = i
        while k >= 0 and i - k < 3 and not self._punct(k) and self.words[k] not in _LINKS:
            k -= 1
        if k == i or k < 0 or self.words[k] != "、":
            return None
        if any(self.ents[j] == "PER" for j in range(k + 1, i + 1)):
            return None
        start, end = self.starts[k + 1], span.start_char + 1
        return _Org(self.text[start:end], start, end, UNIT), end

    def _segment_at(self, title: str, kind: str, start: int, end: int, org: _Org) -> _Segment:
        return _Segment(title, kind, start, end, org, org.start)

    def _party_committee(self, org: _Org, title: str, title_start: int) -> tuple[_Org, str, int]:
        """Where 党委/党组 between an organisation and a title belongs (party_committees.tsv).

        某集团党委/ORG 副书记 → (党委副书记, 某集团); 广西壮族自治区/ORG 党委副书记 → (副书记, 某自治区党委).
        """
        kinds = load_groups("party_committees.tsv")
        for word in kinds.get("committee", ()):
            rest = org.text[: -len(word)]
            if org.text.endswith(word) and len(rest) >= 2 and not _is_place(rest) and title_start == org.end:
                cut = org.end - len(word)
                return _Org(rest, org.start, cut, org.label), word + title, cut
        for word in kinds.get("regional", ()):
            if title.startswith(word) and len(title) > len(word) and _is_place(org.text):
                if title_start == org.end and self.text.startswith(word, org.end):
                    joined = _Org(org.text + word, org.start, org.end + len(word), org.label)
                    return joined, title[len(word) :], title_start + len(word)
        return org, title, title_start

    def _lead(self, org_start: int) -> tuple[str, int] | None:
        """原/前/时任/现任 opening the phrase right before an organisation: (word, its start)."""
        k = self.by_end.get(org_start)
        if k is None or self.words[k] not in _LEADS:
            return None
        before = k - 1
        opens = before < 0 or self._punct(before) or self.words[before] in _LINKS
        opens = opens or self.tags[before] in {"p", "TIME", "m"}
        return (self.words[k], self.starts[k]) if opens else None

    def _skip_bracket(self, i: int) -> int:
        """Step over a bracketed short form before a title: 国际某某协会（IASP）主席."""
        words = self.words
        if i >= 2 and words[i] in "）)":
            # 河南省人民检察院（以下简称“省检察院”）党组书记: a short-form definition stands aside too.
            definition = _SHORT_DEF.search(self.text, max(0, self.starts[i] - 20), self.ends[i])
            if definition is not None and definition.end() == self.ends[i]:
                opening = self.by_start.get(definition.start())
                if opening is not None:
                    return opening - 1
            j = i - 1
            while j >= 0 and words[j] not in "（(" and i - j <= 3:
                j -= 1
            if j >= 0 and words[j] in "（(" and all(w.isascii() for w in words[j + 1 : i]):
                return j - 1
        return i

    def chains(self, segments: list[_Segment]) -> Iterator[list[tuple[str, _Segment]]]:
        """Segments joined by 、 or 兼, each with the link that precedes it ("" for the first)."""
        chain: list[tuple[str, _Segment]] = []
        for segment in segments:
            if chain:
                between = self.text[chain[-1][1].title_end : segment.start].strip()
                if between in _LINKS and segment.start >= chain[-1][1].title_end:
                    chain.append((_LINKS[between], segment))
                    continue
                yield chain
            chain = [("", segment)]
        if chain:
            yield chain

    def _listed_org(self, chain: list[tuple[str, _Segment]], listed: tuple[int, _Row] | None) -> _Row | None:
        """某集团董事长甲、总裁乙: a title without organisation right after "甲、" shares 甲's."""
        first = chain[0][1]
        if listed is None or first.org is not None or first.kind != "office":
            return None
        end, row = listed
        return row if self.text[end : first.start].strip() == "、" else None

    def resolve(
        self, chain: list[tuple[str, _Segment]], listed: _Row | None = None
    ) -> list[tuple[_Segment, _Row]]:
        """Each segment's organisation, rebuilt or inherited along the chain (person left blank).

        ``listed`` is the row of the person listed just before ("某集团董事长甲、总裁乙"): the first
        segment inherits from it as from a segment before it in the chain.
        """
        out: list[tuple[_Segment, _Row]] = []
        previous: _Row | None = listed
        if listed is not None:
            chain = [("、", chain[0][1]), *chain[1:]]
        lost = False  # an earlier segment's organisation was not understood
        blank = _Name("", 0, 0)
        # 原市委常委兼秘书长: a former post heading a 兼 chain dates the posts joined to it by 兼.
        head = chain[0][1]
        former = next((w for w in ("原", "前") if head.title.startswith(w) and head.kind == "office"), "")
        for link, segment in chain:
            title_span = (segment.title_start, segment.title_end)
            org = segment.org
            if link and link != "兼":
                former = ""
            if former and link == "兼" and not segment.lead and not segment.title.startswith(former):
                segment = replace(segment, title=former + segment.title)
            row: _Row | None
            if segment.kind == "award":
                row = _Row(blank, segment.title, title_span, None, None)
            elif org is not None and org.text in _references():
                # 学校原校长, 该局副局长: the body is only implied, never rebuilt from the chain.
                row = _Row(blank, segment.title, title_span, None, None)
            elif org is None and lost and link:
                row = None  # it would inherit an organisation that was not understood
            elif org is None:
                row = _Row(blank, segment.title, title_span, None, None)
                if previous is not None and previous.org is not None and link:
                    blocked = any(
                        segment.title.endswith(t) and previous.org.endswith(o) for t, o in _blocks()
                    )
                    if link == "兼" or not blocked:
                        row = _Row(
                            blank,
                            segment.title,
                            title_span,
                            previous.org,
                            previous.org_span,
                            previous.parent,
                            previous.short,
                        )
                        row = _past_subunit(row, previous.title)
                        row = _to_body(row, previous)
            elif org.label == UNIT and org.text in place_levels():
                # 某自治区党委副书记、自治区主席: the place's government, left without organisation as 省长.
                row = _Row(blank, segment.title, title_span, None, None)
            elif org.label == UNIT and segment.kind == "byline" and org.text.endswith(_media_endings()):
                row = self._named(segment, org)  # （证券时报/nw 记者 某某）: an outlet left untagged
            elif org.label == UNIT and org.text in self.defined:
                row = self._named(segment, org)  # 院士、自动化所所长: a defined short form is no unit
            elif org.label == UNIT and previous is None and org.text in _national_bodies():
                row = self._named(segment, org)  # 农业农村部总农艺师: a ministry is no unit of a chain
            elif (
                previous is not None
                and previous.org is not None
                and link
                and _field_title(org.text, segment.title)
            ):
                # 某公司副总裁、数字能源业务负责人: the business line belongs to the title.
                row = _Row(
                    blank,
                    org.text + segment.title,
                    (org.start, segment.title_end),
                    previous.org,
                    previous.org_span,
                    previous.parent,
                    previous.short,
                )
            elif org.label == UNIT or (previous is not None and link and self._field_unit(org)):
                if (
                    previous is not None
                    and previous.org is not None
                    and (suffix_kind(org.text) == "unit" or len(org.text) <= 5)
                ):
                    name, parent = rebuild(previous.org, org.text)
                    row = _Row(blank, segment.title, title_span, name, (org.start, org.end), parent)
                elif _size(self.table.token_range(org.start, org.end)) >= 2 or _place_named(org.text):
                    row = self._named(segment, org)
                else:
                    row = None
            elif (
                previous is not None
                and previous.org is not None
                and link == "、"
                and (body := self._body_of(previous, org)) is not None
            ):
                # 某大学桥梁工程系主任、土木工程学院院长: a unit of the body the chain is about.
                row = _Row(blank, segment.title, title_span, body + org.text, (org.start, org.end), body)
            else:
                row = self._named(segment, org)
            if row is None and org is not None:
                lost = True
            if row is not None:
                out.append((segment, row))
                if row.org is not None or segment.kind != "award":
                    previous = row
        return out

    def _body_of(self, previous: _Row, org: _Org) -> str | None:
        """The body (某大学) whose unit ``org`` is (土木工程学院), when the chain's previous title is at
        one of its units and ``org`` names no body or place of its own (body_units.tsv)."""
        if previous.org is None:
            return None
        tokens = self.table.token_range(org.start, org.end)
        if tokens is None or any(self.ents[k] == "LOC" for k in range(*tokens)):
            return None
        if org.text.startswith((*_place_starts(), *org_prefixes())):
            return None
        for body_end, word, kind in _body_units():
            if kind != "unit" or not org.text.endswith(word) or len(org.text) <= len(word):
                continue
            if body_end in org.text:
                continue
            # Only after a unit of the body (某大学某系主任、某学院院长): after the body itself
            # (某大学教授、某学院院长) the college may be another institution.
            parent = previous.parent
            # 海川大学…、海川职业技术学院: a name opening like the body's own names a place of its own.
            if parent is not None and parent.endswith(body_end) and not org.text.startswith(parent[:2]):
                return parent
        return None

    def _field_unit(self, org: _Org) -> bool:
        """云计算/nz 业务: a field word the model took for a name, before a unit suffix, is a unit of the
        chain's body (某集团副总裁、云计算业务总裁), not an organisation of its own."""
        tokens = self.table.token_range(org.start, org.end)
        if tokens is None or suffix_kind(org.text) != "unit":
            return False
        return all(self.ents[k] not in {"ORG", "LOC", "PER"} for k in range(*tokens))

    def _named(self, segment: _Segment, org: _Org) -> _Row:
        full, short = expand(org.text)
        parent = parent_of(full)
        return _Row(
            _Name("", 0, 0),
            segment.title,
            (segment.title_start, segment.title_end),
            full,
            (org.start, org.end),
            parent,
            short,
        )

    def rows(self) -> Iterator[_Row]:
        used: set[int] = set()
        listed: tuple[int, _Row] | None = None  # (end of the last name, its last office row)
        for chain in self.chains(self.segments()):
            last = chain[-1][1]
            names = self.names_after(last.title_end, last.kind)
            dated = chain[0][1].lead in {"时任", "现任"} or self._holding(chain[0][1].start)
            if not names and dated and self.text.startswith("的", last.title_end):
                names = self.names_after(last.title_end + 1, last.kind)  # 时任某厅厅长的王某
            if not names:
                names = self.name_first(chain)
            if not names and last.kind in {"office", "honour"}:
                names = self.appointed(chain)
            if not names:
                continue
            if last.kind == "credit" or (last.kind == "byline" and self._label(chain[0][1], last)):
                # named, but no post at the outlet; a "记者：" question label of an interview
                # names no one
                used.update(name.start for name in names)
                continue
            resolved = self.resolve(chain, self._listed_org(chain, listed))
            if last.kind == "byline" and len(chain) == 1 and chain[0][1].org is None:
                resolved = [(s, self._with_outlet(row)) for s, row in resolved]
            listed = None
            if resolved and resolved[-1][0].kind == "office" and resolved[-1][1].org is not None:
                listed = (names[-1].end, resolved[-1][1])
            for name in names:
                used.add(name.start)
                for _, row in resolved:
                    yield _Row(name, row.title, row.title_span, row.org, row.org_span, row.parent, row.short)
        yield from self.org_name_rows(used)
        yield from self.name_list_rows()

    def _holding(self, start: int) -> bool:
        """作为/身为/担任/曾任 right before a chain: "作为某集团董事长的王某" names the holder after 的
        (appointment_verbs.tsv: as, take)."""
        k = self.by_end.get(start)
        verbs = _appointment()
        return k is not None and self.words[k] in {*verbs.get("as", ()), *verbs.get("take", ())}

    def appointed(self, chain: list[tuple[str, _Segment]]) -> list[_Name]:
        """The people a sentence appoints to, elects to or removes from a chain with no name after it.

        周立民任某集团董事长、党委书记 / 陈某2018年起担任某公司董事长 / 选举甲、乙为某银行独立董事 /
        董事会秘书由副行长刘龙担任 / 免去某某的某部主任职务 (appointment_verbs.tsv). A removal states
        the post too, as 时任 does.
        """
        verbs = _appointment()
        first, last = chain[0][1], chain[-1][1]
        after = self.text[last.title_end :]
        post = next((w for w in verbs.get("post", ()) if after.startswith(w)), "")
        rest = _RANK_NOTE.sub("", after[len(post) :])  # 任命某某为某委员会副主任（正部长级）；
        if rest.startswith("由"):
            return self._taken_by(last.title_end + len(post) + 1)
        if rest and rest[0] not in _CLAUSE_END:
            return []
        head = self.text[: first.start]
        if first.lead in {"时任", "现任"}:
            return self._names_ending(self._skip_fillers(len(head)))  # 李强时任某集团总裁。
        if head.endswith("的"):
            names = self._names_ending(len(head) - 1) if post else []
            removed = names and self.text[: names[0].start].endswith(verbs.get("removed", ()))
            return names if removed else []
        if len(head) in {s.end_char for s in self.titles}:
            return []  # 主任 + 某公司…: the 任 closes a title, it is no verb
        verb = next((v for v in (*verbs.get("take", ()), *verbs.get("named", ())) if head.endswith(v)), None)
        if verb is None:
            return []
        names = self._names_ending(self._skip_fillers(len(head) - len(verb)))
        if not names and verb in verbs.get("take", ()):
            names = self._resume_subject(self._skip_fillers(len(head) - len(verb)))
        if not names and verb in verbs.get("career", ()):
            names = self._pronoun_subject(self._skip_fillers(len(head) - len(verb)))
        if names and verb in verbs.get("named", ()):
            clause = re.split(r"[。；;！？!?]", self.text[: names[0].start])[-1]
            if not any(word in clause for word in verbs.get("trigger", ())):
                return []
        return names

    def _resume_subject(self, pos: int) -> list[_Name]:
        """某某，男，1968年出生，…，曾任某大学院长: a résumé sentence opened by a name and a sex is about
        that person, so a verb after one of its commas takes the name (the same sentence only)."""
        token = self.by_end.get(self.text.find("，"))
        if token is None or self.ents[token] != "PER" or not _RESUME.match(self.text, self.ends[token]):
            return []
        name = self.name_at(self.starts[token], strict=False)
        if name is None or name.start != 0 or self.text[pos - 1 : pos] not in {"，", ","}:
            return []
        return [name]

    def _pronoun_subject(self, pos: int) -> list[_Name]:
        """…逝世。他历任某集团副总经理、总经理: 他/她 opening the sentence, right before a career verb
        (appointment_verbs.tsv ``career``), is the one person the sentence before named."""
        token = self.by_end.get(pos)
        if self.antecedent is None or token is None or token != 0:
            return []
        if self.words[token] not in _appointment().get("pronoun", ()):
            return []
        return [_Name(self.antecedent, self.starts[token], self.ends[token])]

    def _skip_fillers(self, pos: int) -> int:
        """Back over time words and adverbs between a name and its appointment verb (此前, 2018年起)."""
        fillers = _appointment().get("filler", ())
        while pos > 0:
            token = self.by_end.get(pos)
            if token is not None and self.tags[token] == "TIME":
                pos = self.starts[token]
                continue
            word = next((w for w in fillers if self.text.endswith(w, 0, pos)), None)
            if word is None:
                break
            pos -= len(word)
        return pos

    def _names_ending(self, pos: int) -> list[_Name]:
        """The name, or 、-list of names (甲、乙等7人), that ends at ``pos``."""
        count = _LISTED_COUNT.search(self.text, 0, pos)
        listed = count is not None and count.end() == pos
        if listed and count is not None:
            pos = count.start()
        names: list[_Name] = []
        while True:
            token = self.by_end.get(pos)
            if token is not None and (glued := self._after_trigger(token)) is not None:
                names.append(glued)  # 选举许安然/v 、雷鸣宇为副主席: the model glued the name to the verb
                break
            if token is None or self.ents[token] != "PER":
                break
            name = self.name_at(self.starts[token], strict=False)
            if name is None or name.end != pos:
                break
            names.append(name)
            if name.start > 0 and self.text[name.start - 1] == "、":
                pos = name.start - 1
                continue
            if listed and name.start in {s.end_char for s in self.titles}:
                # 甲大学教授某某、乙大学教授某某等8人当选为…: each listed name may carry its own title.
                comma = self.text.rfind("、", 0, name.start)
                if comma > max(self.text.rfind(c, 0, name.start) for c in "，。；：,;:（("):
                    pos = comma
                    continue
            break
        if listed and len(names) < 2 and count is not None and count.group() != "等":
            return []
        return names[::-1]

    def _after_trigger(self, token: int) -> _Name | None:
        """The name inside a verb word that starts with an election or appointment verb (选举许安然/v)."""
        word = self.words[token]
        if self.tags[token] != "v" or self.ents[token]:
            return None
        for verb in _appointment().get("trigger", ()):
            rest = word[len(verb) :]
            if (
                word.startswith(verb)
                and 2 <= len(rest) <= 3
                and _CJK_NAME.match(rest)
                and self._surname_led(rest)
            ):
                if rest in self.not_person or _is_title(rest):
                    return None
                return _Name(rest, self.starts[token] + len(verb), self.ends[token])
        return None

    def _taken_by(self, pos: int) -> list[_Name]:
        """某公司董事会秘书由[副行长]刘龙担任: the name right before 担任, within the clause."""
        for q in range(pos + 2, min(len(self.text), pos + 24)):
            if self.text[q] in _CLAUSE_END:
                return []
            if self.text.startswith(_appointment().get("by", ()), q):
                token = self.by_end.get(q)
                if token is None or self.ents[token] != "PER":
                    return []
                name = self.name_at(self.starts[token])
                return [name] if name is not None and name.end == q else []
        return []

    def _with_outlet(self, row: _Row) -> _Row:
        """（记者 某某） right after 新华社北京3月5日电 or 某某日报讯: the reporter works for that outlet."""
        if row.title_span is None or row.org is not None:
            return row
        match = _dateline().match(self.text, 0, row.title_span[0])
        if match is None:
            # 《瞭望东方周刊》记者 / 《百姓地产》杂志的主编 / 每经记者: an outlet written as a book title
            # (a periodical by its name or the word after it) or as a known short form.
            match = _book_outlet().search(self.text, 0, row.title_span[0])
        if match is None:
            before = self.text[: row.title_span[0]]
            short = next((s for s in _outlet_short_forms() if before.endswith(s)), None)
            if short is None:
                return row
            full, written = expand(short)
            start = row.title_span[0] - len(short)
            return _Row(
                row.person, row.title, row.title_span, full, (start, start + len(short)), short=written
            )
        group = "org" if match["org"] else "named"
        if match[group] in _references():
            return row
        return _Row(row.person, row.title, row.title_span, match[group], match.span(group))

    def name_first(self, chain: list[tuple[str, _Segment]]) -> list[_Name]:
        """张三，某公司总经理。 / 张三（某大学教授）: the name stands before the chain."""
        first, last = chain[0][1], chain[-1][1]
        before = first.start - 1
        while before >= 0 and self.text[before] in " \u3000":
            before -= 1
        if before < 1 or self.text[before] not in "，,（(":
            return []
        after = self.skip_spaces(last.title_end)
        closing = self.text[after] if after < len(self.text) else ""
        if self.text[before] in "（(" and closing not in "）)":
            return []
        if self.text[before] in "，," and closing not in {"，", "。", "；", ",", ";", ""}:
            return []
        token = self.by_end.get(before)
        if token is None or self.ents[token] != "PER":
            return []
        name = self.name_at(self.starts[token])
        return [name] if name is not None and name.end == before else []

    def org_name_rows(self, used: set[int]) -> Iterator[_Row]:
        """某研究院张三、某大学李四: an organisation directly before a name, in a 、 list."""
        for span in self.orgs:
            if span.label != ORG or span.end_char in self.title_starts:
                continue
            token = self.by_start.get(span.end_char)
            if token is None or self.ents[token] != "PER" or self.starts[token] in used:
                continue
            name = self.name_at(self.starts[token])
            if name is None:
                continue
            before = self.text[span.start_char - 1] if span.start_char > 0 else "，"
            after = self.text[name.end] if name.end < len(self.text) else ""
            if "、" not in (before, after):
                continue
            opener = self.by_end.get(span.start_char)
            if opener is not None and not (self._punct(opener) or self.tags[opener] in {"v", "p", "u", "c"}):
                continue
            full, short = expand(clean(span.text))
            yield _Row(name, "", None, full, (span.start_char, span.end_char), parent_of(full), short)

    def name_list_rows(self) -> Iterator[_Row]:
        """甲、乙及丙等多位院士: one shared title for a list of bare names, without organisation."""
        for span in self.titles:
            if (span.kb_id or "office") not in {"office", "honour"}:
                continue
            tail = _list_tail().search(self.text, 0, span.start_char)
            if tail is None:
                continue
            names: list[_Name] = []
            pos = tail.start()
            while True:
                token = self.by_end.get(pos)
                if token is None or self.ents[token] != "PER":
                    break
                name = self.name_at(self.starts[token])
                if name is None or name.end != pos:
                    break
                names.append(name)
                pos = self.starts[token]
                if pos > 0 and self.text[pos - 1] in "、和及与":
                    pos -= 1
                    continue
                break
            opener = self.by_end.get(pos)
            if len(names) < 2 or (
                opener is not None and self.ends[opener] in {s.end_char for s in self.titles}
            ):
                continue
            title = clean(span.text)
            for name in reversed(names):
                yield _Row(name, title, (span.start_char, span.end_char), None, None)
