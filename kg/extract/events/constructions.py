"""The table of event constructions: every Chinese pattern and word the event passes match on.

One row per construction: an id, its shape (a regular expression, or a template whose ``{verbs}``
and the like are filled from a lexicon of kg/resources), and example texts written for kg that it
finds (tests/extract/events/test_event_constructions.py checks every example, and every counter-example
it must not find). Word lists that grow with the data live in kg/resources (event_words.tsv,
event_context.tsv …); what is here is the grammar around them. This is the only module of
kg/extract/events that may spell Chinese (tests/extract/events/test_events_layout.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.text import HAN, NUMERAL, SHORT_FORM_DEFINITION


@dataclass(frozen=True)
class Construction:
    id: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    counter: tuple[str, ...] = ()


@dataclass(frozen=True)
class Template:
    """A shape with lexicon slots (``{verbs}``): compiled by the pass that fills them."""

    id: str
    shape: str
    examples: tuple[str, ...]

    def compile(self, **slots: str) -> re.Pattern[str]:
        return re.compile(self.shape.format(**slots))


def _row(id: str, shape: str, examples: tuple[str, ...], counter: tuple[str, ...] = ()) -> Construction:
    construction = Construction(id, re.compile(shape), examples, counter)
    CONSTRUCTIONS.append(construction)
    return construction


CONSTRUCTIONS: list[Construction] = []
TEMPLATES: list[Template] = []


def _template(id: str, shape: str, examples: tuple[str, ...]) -> Template:
    template = Template(id, shape, examples)
    TEMPLATES.append(template)
    return template


# --- names (records.py, named.py, merge.py, refs.py) ---------------------------------------------
# The one short-form definition of kg.text (read with .match right after an event name).
ALIAS_DEF = _row(
    "alias_def",
    SHORT_FORM_DEFINITION.pattern,
    ("（简称“海川数博会”）", "（以下简称：春茶节）"),
    ("（记者 王某）",),
)
INSIDE_DEFINITION = _row("inside_definition", r"[简下]称[:：]?\s*[“\"「『]?$", ("（以下简称“",), ("简称是",))
EDITION_NUMBER = _row("edition_number", rf"^第?(?P<n>[{NUMERAL}]+)届", ("第十二届海川茶博会", "3届"))
EDITION_BEFORE = _row(
    "edition_before", r"第([0-9一二三四五六七八九十百零〇]+)届$", ("在第七届",), ("第七届会",)
)
NUMBER = _row("number", f"[{NUMERAL}]+", ("第二十届",), ("首届",))
FIRST_EDITION = "首届"
JOIN = "暨"  # 高峰论坛暨开发者大会: two names of one event
QUOTE_OPEN = "“"
QUOTE_CLOSE = "”"
FORUM = "论坛"  # 育碧官方论坛: a web board when online words stand by it
ACTIVITY = "活动"  # “套路贷”犯罪活动: a wrongdoing after a misdeed word
ORGANISER_SLOT = _row(
    "organiser_slot", r"由(?:[^，。；由]*[、和与及])?$", ("本次活动由", "由海川市政府和"), ("由此，",)
)
CREDIT = _row(
    "credit",
    r"^[^（(）)]{0,3}[（(](?:[^（(）)]*?)(?:记者|通讯员|编辑)[^（(）)]*[）)]\s*",
    ("电（记者 王某）第五届海川论坛",),
    ("第五届海川论坛",),
)
BYLINE = _row(
    "byline",
    r"^[^（(）)，,。]{0,16}?[（(][^（(）)]*?(?:记者|通讯员|编辑)[^（(）)]*[）)]",
    ("海川日报讯（记者 王某 通讯员 李某）",),
    ("王某（左）出席",),
)
WHOLE_PLACE = _row("whole_place", r"全(?P<level>省|市|区|县|州)", ("2024年全省茶业工作会议",), ("全国",))
PLACE_BRACKET = _row(
    "place_bracket",
    rf"(?P<before>[{HAN}]{{2}})[（(](?P<place>[{HAN}]{{2,6}})[）)]",
    ("中国（海川）国际茶博会",),
    ("（海川）茶博会",),
)
# A headline label before the name, glued by a bar (预告丨第七届某某节来了): no part of the name.
HEADLINE_LABEL = _row(
    "headline_label",
    rf"^[{HAN}]{{2,6}}[丨|｜]",
    ("预告丨第七届海川桃花节", "现场｜2024海川茶博会"),
    ("第七届海川桃花节", "第七届海川桃花节丨现场"),
)
# A name without a head word: a Latin brand with its year glued on either side, as the subject of a
# verb saying it opens or closes (2024SkyJoy正式开幕, Tea Fair Asia 2024在海川开幕). The year and
# the verb together say it is an event; a Latin word alone never is (Apple在海川开店).
BRAND_YEAR = _template(
    "brand_year",
    r"(?<![A-Za-z0-9])(?P<name>(?:19|20)[0-9]{{2}}\s?[A-Z][A-Za-z]+(?:\s?[A-Z][A-Za-z]+){{0,3}}"
    r"|[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){{0,3}}\s(?:19|20)[0-9]{{2}})(?![A-Za-z0-9])"
    r"(?=(?:在[^，。；,;]{{1,12}}?)?(?:{adverbs})?(?:{verbs})(?:[，。；！,;!\s]|$))",
    ("2024SkyJoy正式开幕", "Tea Fair Asia 2024在海川开幕", "2023TEAX Expo隆重开幕。"),
)
# A congress of the Party by its customary short name (党的二十大, 中共十九大): an event without a
# head word; the same event as its full name when the text writes that too. Not a delegate (十九大代表).
PARTY_CONGRESS = _row(
    "party_congress",
    r"(?:党的|中共)(?P<n>[一二三四五六七八九十]{1,3})大(?!代表|会|学|楼|厦|街|道|桥)",
    ("党的二十大在北京召开", "学习中共十九大精神"),
    ("党的十九大代表王某", "党的十九届三中全会", "中共海川市委"),
)
# 党的 before a numbered session of the Party (党的十九届四中全会) is part of its name.
PARTY_SESSION = _row(
    "party_session",
    r"党的$",
    ("学习党的",),
    ("党的十九届",),
)
PARTY_CONGRESS_FULL = "中国共产党第{n}次全国代表大会"
# An organisation named like an event (中国发展高层论坛), when the text also names its annual
# meeting (中国发展高层论坛2024年年会): the name is the body's, the annual meeting is the event.
ANNUAL_MEETING = _row(
    "annual_meeting", r"(?:(?:19|20)[0-9]{2}年?)?年会", ("2024年年会", "年会"), ("年度大会", "会员大会")
)
# A quoted title without a head word as the subject of a verb saying it is held (“海川之城·对话未来”在
# 海川大剧院举行): the title names the event. No clause punctuation inside (a slogan is never one).
QUOTED_HELD = _template(
    "quoted_held",
    r"“(?P<name>[^“”，,。；;、：:！？!?（）()《》]{{2,30}})”"
    r"(?=(?:在[^，。；,;“”]{{1,12}}?)?(?:{adverbs})?(?:{verbs})(?:[，。；！,;!\s]|$))",
    ("“海川之城·对话未来”在海川大剧院举行", "“青山夜话”圆满落幕。"),
)
ITEM_MARK = _row(
    "item_mark",
    r"^[ \t\u3000]*(?:[■□●◆◇▲△★☆▶►]|【[^】\n]{1,30}】)",
    ("■茶博会闭幕", "【校企签约】"),
    ("茶博会闭幕",),
)

# A headline of another story on a multi-story page (refs.py): a line of 8 to 40 characters with no
# clause punctuation and no numbering (一、, （二）, 3.: a section of the same article).
STORY_HEADLINE = _row(
    "story_headline",
    r"^(?![一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．])"
    r"[^，。；！？,;!?\n]{8,40}$",
    ("青山区召开安全生产工作会议", "海川大学举行2024届毕业典礼"),
    ("一、会议的主要内容和精神", "（二）下一步工作安排部署", "5月20日，青山区召开会议。", "嘉宾观点"),
)

# The first sentence of a story: a date, after a dateline if any
# (5月20日，…; 海川日报讯（记者 王某）5月20日…).
STORY_OPENING = _row(
    "story_opening",
    r"^(?:[^，。；]{0,24}?[讯电]\s*(?:[（(][^）)]*[）)])?\s*)?(?:(?:19|20)[0-9]{2}年)?"
    r"[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日",
    ("5月20日，青山区召开会议。", "海川日报讯（记者 王某）5月20日上午", "2024年5月20日"),
    ("会议指出，5月20日起", "本次大会上，"),
)

# --- dates and places (dates.py) ---------------------------------------------------------------
RUNS_TO = _row(
    "runs_to", r"(?:持续|延续|开放|展出|展期)(?:到|至)$", ("展览将持续至", "网上交流延续到"), ("持续",)
)
RUN_SPAN = _row("run_span", r"展期(?:为|是)?$", ("展期为", "展期"), ("展期为期",))
HELD_ON = _row(
    "held_on", r"(?<![截止始终位关由对属等至])于$", ("茶博会将于",), ("报名截止于", "位于", "由于")
)
BORROWED_VENUE = _row(
    "borrowed_venue",
    r"^(?:[今昨明][日天晚早]|当[日天晚]|同日|翌日|[0-9一二三四五六七八九十]+日)?假$",
    ("假", "今日假", "12日假"),
    ("假期",),
)
# Two named events joined by 暨 as one subject (某某大展开幕暨某某授牌仪式在某地举办): the place is both's.
JOINED_SUBJECT = _row(
    "joined_subject", r"(?:开幕式?|闭幕式?)?暨", ("开幕暨", "暨", "开幕式暨"), ("开幕", "开幕后，")
)
# The eve of an event (某某博览会开幕前夕, 开幕前一晚): a date or place then is not the event's.
EVE = _row(
    "eve",
    r"(?:开幕|闭幕|开展|召开|开赛)?(?:前夕|前一[天日晚]|前夜)",
    ("开幕前夕", "开幕前一晚", "前夕"),
    ("开幕", "开幕以来"),
)
# A place stated with a label (时间：5月20日，地点：某某会展中心; 地点为某某): the event's place.
STATED_PLACE = _row(
    "stated_place",
    r"地点(?:[：:]|为|是)\s*(?P<place>[^，,。；;：:\s]{2,30})",
    ("地点：海川国际会展中心", "地点为海川大剧院"),
    ("地点", "举办地点待定"),
)
# The event named before 在 in the same clause is the one held there (X在Y开幕，同期举办Z: Y is X's);
# what stands between them is a time or an adverb, never clause punctuation.
PLACE_SUBJECT = _row(
    "place_subject",
    r"^[^，。；,;：:！？!?]{0,16}$",
    ("", "将于5月20日", "今天上午隆重"),
    ("开幕，同期", "在海川开幕。次日"),
)
BORROW = "假"
PLACE_PREPOSITIONS = frozenset({"在", "于"})
CLOSING = _template(
    "closing", r"(?:在[^，。；,;]{{1,12}}?)?(?:{adverbs})?(?:{verbs})", ("在海川隆重闭幕", "闭幕")
)
REF_DETS = ("本届", "本次")  # stripped, in this order, before the sub-event marks below
SUB_MARKS = frozenset({"分", "子", "主"})  # 本次分论坛, 子论坛, 主论坛: a part, not the event itself
OPENING_CEREMONY = "开幕式"

# --- participations (participations.py) ---------------------------------------------------------
SAME_SUBJECT = _row(
    "same_subject",
    r"[^，,；;。：:]{0,12}[，,]\s*(?:并|还|同时|随后|并且|也)?$",
    ("茶博会，并", "开幕式，"),
    ("开幕式",),
)
ADDRESSEE = _row("addressee", r"[向给][^，,。；;、：:向给]{0,12}$", ("向毕业生代表",), ("向，",))
SOURCE = "据"  # 据赛事总监某某介绍: the source of a fact
AT_REFERENCE = "在{ref}上?"  # 某某在开幕式上表示
AT = "上"
CEREMONIES = ("开幕式", "闭幕式")
REMARKS = "致辞"
TALK = "演讲"

# --- organisers (organisers.py) -----------------------------------------------------------------
ORG_LIST_SPLIT = _row("org_list_split", r"[、，,]|以及", ("甲公司、乙公司以及丙协会",), ("甲公司和乙公司",))
# 和/与/及 and the verbs of joining (甲协会联合乙报社举办, 甲携手乙主办) split a list only after a full
# organisation name (org_list_split's 、 always does).
ORG_JOINERS = ("和", "与", "及", "联合", "携手", "会同")
DEFINED_END = _row(
    "defined_end",
    r"[（(](?:以下)?[简下]称[^）)]*[）)]$",
    ("海川茶叶协会（以下简称“海茶协”）",),
    ("（海川）",),
)
LATIN_BRACKET_END = _row(
    "latin_bracket_end", r"[（(][A-Za-z][A-Za-z0-9&\- ]*[）)]$", ("国际茶业协会（ITA）",), ("国际茶业协会",)
)
PARTY = "中共"  # 中共海川市委 → 海川市委
COMMITTEE = "委"
NOT_IN_ORG = _row("not_in_org", r"[的是在将了。]", ("将在海川",), ("海川茶叶协会",))
COUNTED = _row(
    "counted",
    r"[0-9一二两三四五六七八九十百千万]+[余多]?(?:家|个|所)",
    ("300多家企业", "五所高校"),
    ("三方",),
)
# One clause of a 由 list (由甲主办，乙承办，丙为支持单位): the names, the verb, what follows. A copula
# before 某单位 (丙学会为支持单位, 作为协办单位) is no part of the last name.
CLAUSE_SEGMENT = _template(
    "clause_segment",
    r"^(?P<orgs>[^，；。]+?)(?:(?:作为|为|是)(?=(?:{verbs})单位)|共同|联合|等)?(?P<verb>{verbs})(?:单位)?"
    r"(?P<tail>.*)$",
    ("甲、乙共同主办", "丙学会为支持单位"),
)
ORGANIZER_LIST = _template(
    "organizer_list",
    r"(?P<verb>{verbs})(?:单位|方|机构)(?:为|是|：|:|包括)(?P<orgs>[^，。；]+)",
    ("主办单位：甲、乙",),
)
ORGANIZER_LIST_AFTER = _template(
    "organizer_list_after",
    r"(?:^|(?<=[，。；：:]))(?P<orgs>[^，。；：:]+?)(?:作为|为|是)(?P<verb>{verbs})单位",
    ("甲、乙为承办单位",),
)
# A credit line: a sentence made only of organiser lists, each before its verb (甲、乙支持。丙承办，
# 丁、戊协办): the article's event; every listed name must be an organisation's.
CREDIT_LINE = _template(
    "credit_line",
    r"^(?P<orgs>[^，；。：:,;]+?)(?:共同|联合)?(?P<verb>{verbs})$",
    ("甲协会、乙公司支持", "丙研究院承办"),
)
# A credit as a label line, the verb before a colon (主办：甲、乙；承办：丙): the article's event;
# every name must end like an organisation's (发布：5月20日 is no credit).
ORGANIZER_LABEL = _template(
    "organizer_label",
    r"(?:^|(?<=[；;。\s]))(?:{verbs})[：:](?P<orgs>[^，。；;：:\s][^，。；;：:]*)",
    ("主办：甲协会、乙公司", "主办：甲协会；承办：乙公司"),
)
# Organisers before their verb and 的, right before the event they organise, without 由
# (甲、乙主办的X; 甲主办、乙承办的X): the clause from its first word to the 的.
ORGANISED_OF = _template(
    "organised_of",
    r"(?:^|(?<=[，。；：:,;]))(?P<clause>[^，。；：:,;由]+?(?:{verbs}))的$",
    ("甲、乙主办的", "5月20日，甲主办、乙承办的"),
)
# Organisers as the subject, the event right after their verb (甲、乙共同主办第三届X, 甲承办了本届博览会):
# the clause from its first word to the verb. Only verbs that say so (主办, 承办, 协办): who holds
# (举办) an event names no organiser by that alone (organizer_roles.tsv).
ORGANISED_OBJECT = _template(
    "organised_object",
    r"(?:^|(?<=[，。；：:,;]))(?P<clause>[^，。；：:,;由的]+?(?:{verbs}))了?$",
    ("甲、乙共同主办", "5月20日，甲承办了"),
)
OBJECT_VERB = _row(
    "object_verb", r"^(?:联合|共同|执行)?(?:主|承|协|合)办$", ("主办", "共同承办", "合办"), ("举办", "支持")
)
# An organisation in apposition to its role (据主办方某某协会介绍, 主办单位某某市政府负责人): the
# organisation spans right after; 作为本届博览会的主办方，某某: the organisation opening the next clause.
APPOSED_ORGANISER = _row(
    "apposed_organiser",
    r"(?P<verb>主办|承办|协办)(?:方|单位)$|作为(?:[^，。；]{0,24}?的)?(?P<as>主办|承办|协办)(?:方|单位)(?:之一)?[，,]\s*$",
    ("据主办方", "主办单位", "作为本届博览会的主办方，", "作为承办单位之一，"),
    ("主办方为", "主办", "主办方，", "本届博览会的主办方，"),
)
# 在甲的指导下 / 在甲、乙的大力支持下: the bodies that guide or support the event (支持).
UNDER_GUIDANCE = _row(
    "under_guidance",
    r"在(?P<orgs>[^，。；：:在]{2,60}?)的(?:大力|精心|悉心|全力)?(?:指导|支持)下",
    ("在海川省农业农村厅的指导下", "在甲、乙的大力支持下"),
    ("在大家的努力下", "在海川省农业农村厅指导下"),
)
SUPPORTED = "支持"  # the role of a body 在…的指导下 names (organizer_roles.tsv: 指导 → 支持)
CREDIT_BREAK = _row("credit_break", r"[，；,;]", ("甲承办，乙协办",), ("甲、乙协办",))
AFTER_VERB_COMMA = _template("after_verb_comma", r"(?:{verbs})(?:单位)?、", ("主办、",))
EXHIBITOR_LIST = _template(
    "exhibitor_list",
    r"(?P<orgs>(?:[^，。；、：:（）()]{{2,24}}、)+[^，。；、：:（）()]{{2,24}})等"
    r"(?:[0-9一二两三四五六七八九十百千]+[余多]?(?:家|个))?(?:{kinds})[^，。；]{{0,12}}?(?:参展|展出)",
    ("甲公司、乙公司等30余家企业携新品参展",),
)
OF = "的"  # 由甲主办的X: the event named after the verb
ETC = "等"
BY = _row("by", "由(?!于)", ("由甲主办",), ("由于天气",))
BY_ORGANISER = _row("by_organiser", "由.*(?:主办|承办|协办)", ("本届展会由甲、乙主办",), ("由此可见",))
SUBJECT_JOIN = _row("subject_join", r"、|联合|携手|会同|以及|和|与|及", ("甲携手乙",), ("甲乙",))
EXHIBIT = _row("exhibit", r"参展|展品|展台|展位|亮相|展出", ("携新品亮相",), ("发布新品",))
RELEASE = _row("release", r"发布(?!会)", ("发布了白皮书",), ("新闻发布会",))
EXHIBITED = "参展"
RELEASED = "发布"
