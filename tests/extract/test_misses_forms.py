"""Forms Chinese news uses that earlier audits found missed (the known-misses list), on sentences written
for these tests.

Each table runs whole short documents through the model; good rows give what must be found, bad rows
what must not (an empty set, or the plain reading kept). Precision first: the bad rows are the
neighbouring forms where each rule must stay silent.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import event_dates, event_names, memberships, roles

# fmt: off
MEMBERSHIPS = [
    # 1. an organisation linked to its title by 的, and a chain joined to the name by 的 after 作为/担任
    ("org 的 title: a farm", "青山农场的创始人周立平在会上发言。", {("周立平", "创始人", "青山农场")}),
    ("org 的 title: a university", "海川大学的校长王立新致辞。", {("王立新", "校长", "海川大学")}),
    ("作为 chain 的 name", "作为海川集团董事长的王立新表示，公司将扩大投资。", {("王立新", "董事长", "海川集团")}),
    ("身为 chain 的 name", "身为海川大学校长的王立新对此表示欢迎。", {("王立新", "校长", "海川大学")}),
    ("担任 chain 的 name", "担任海川集团总经理的王立新介绍了情况。", {("王立新", "总经理", "海川集团")}),
    # 2. 原 heading a 兼 chain dates the post after 兼 too
    ("原 org title 兼 title", "原海川市委常委兼秘书长王立新出席会议。", {("王立新", "原常委", "海川市委"), ("王立新", "原秘书长", "海川市委")}),
    ("org 原title 兼 title", "海川集团原董事长兼总经理王立新出席。", {("王立新", "原董事长", "海川集团"), ("王立新", "原总经理", "海川集团")}),
    ("原 place title: 原 is no part of the place", "原海川市副市长王立新出席。", {("王立新", "原副市长", "海川市")}),
    # 3. a union or league post binds only the title right after it
    ("工会 title、title", "海川集团工会主席、副总经理王立新出席。", {("王立新", "主席", "海川集团工会"), ("王立新", "副总经理", "海川集团")}),
    ("工会 title 兼 title", "海川集团工会主席兼副总经理王立新出席。", {("王立新", "主席", "海川集团工会"), ("王立新", "副总经理", "海川集团")}),
    ("团委 title、title", "海川大学团委书记、副教授王立新出席。", {("王立新", "书记", "海川大学团委"), ("王立新", "副教授", "海川大学")}),
    # 10. a programme's chief designer or commander
    ("body + programme 系统 + 总设计师", "海川研究院载人飞船系统副总设计师王立新说。", {("王立新", "载人飞船系统副总设计师", "海川研究院")}),
    ("a programme 工程 without body", "探月工程总设计师吴伟仁表示。", {("吴伟仁", "探月工程总设计师", None)}),
    ("programme 系统 + 总指挥 after an ORG word", "中国航天科技集团五院载人飞船系统总指挥张柏楠说。", {("张柏楠", "载人飞船系统总指挥", "中国航天科技集团五院")}),
    # 4. a name the model ended early after a title
    ("title + cut name + 在", "住房和城乡建设部副部长郭允冲在会上讲话。", {("郭允冲", "副部长", "住房和城乡建设部")}),
    ("title + cut name + 出席", "海川市副市长陈允冲出席。", {("陈允冲", "副市长", "海川市")}),
    ("title + name read as a verb, sentence end", "出席会议的有国家统计局副局长关立新。", {("关立新", "副局长", "国家统计局")}),
    ("title + name read as a verb + 和", "国家统计局副局长关立新和海川市副市长王伟出席。", {("关立新", "副局长", "国家统计局"), ("王伟", "副市长", "海川市")}),
    # 5. 他/她 opening a career sentence after a sentence naming one person
    ("obituary: 他历任 chain", "海川集团原董事长王立新同志因病逝世，享年80岁。他历任海川集团副总经理、总经理。", {("王立新", "原董事长", "海川集团"), ("王立新", "副总经理", "海川集团"), ("王立新", "总经理", "海川集团")}),
    ("résumé: 她曾任", "王丽，女，1965年出生。她曾任海川大学副校长。", {("王丽", "副校长", "海川大学")}),
    ("他先后任 … 等职", "海川集团原董事长王立新同志因病逝世。他先后任海川集团副总经理、总经理等职。", {("王立新", "原董事长", "海川集团"), ("王立新", "副总经理", "海川集团"), ("王立新", "总经理", "海川集团")}),
    # a university career chain: a unit's suffix glued to 主任, sibling units, the head of the body
    ("系 + 主任 after a unit name", "海川大学桥梁工程系主任周德才出席。", {("周德才", "主任", "海川大学桥梁工程系")}),
    ("a college after a department of the same university", "海川大学物理系主任、理学院院长王立新出席。", {("王立新", "主任", "海川大学物理系"), ("王立新", "院长", "海川大学理学院")}),
    ("副校长 after a unit heads the university", "海川大学物理系主任、副校长王立新出席。", {("王立新", "主任", "海川大学物理系"), ("王立新", "副校长", "海川大学")}),
    # 6. 和 ending a name before 应邀/受邀 + an attendance verb
    ("title + name cut before 和 + 应邀出席", "海川集团董事长李国和应邀出席论坛。", {("李国和", "董事长", "海川集团")}),
]
NOT_MEMBERSHIPS = [
    ("作为 … 的 + a kin word is no holder", "作为海川集团董事长的妻子，王丽出席了仪式。", set()),
    ("原 across 、 is not carried", "原海川市委常委、秘书长王立新出席。", {("王立新", "原常委", "海川市委"), ("王立新", "秘书长", "海川市委")}),
    ("no 原: a chain keeps its titles", "海川集团董事长兼总经理王立新出席。", {("王立新", "董事长", "海川集团"), ("王立新", "总经理", "海川集团")}),
    ("原平市 is a city", "原平市副市长王立新出席。", {("王立新", "副市长", "原平市")}),
    ("the same head stays with the union", "海川集团工会主席、常务副主席王立新出席。", {("王立新", "主席", "海川集团工会"), ("王立新", "常务副主席", "海川集团工会")}),
    ("a city's commission keeps its titles", "海川市纪委常委、秘书长王立新出席。", {("王立新", "常委", "海川市纪委"), ("王立新", "秘书长", "海川市纪委")}),
    ("a federation of unions is no sub-unit", "海川市总工会党组书记、副主席王立新出席。", {("王立新", "党组书记", "海川市总工会"), ("王立新", "副主席", "海川市总工会")}),
    ("总设计师 of a company is no programme", "海川集团总设计师王立新说。", {("王立新", "总设计师", "海川集团")}),
    ("他 after a sentence naming two people", "王立新和李明出席了会议。他曾任海川大学副校长。", set()),
    ("他 opening a later clause, not the sentence", "海川集团原董事长王立新同志因病逝世。会议指出，他历任海川集团副总经理。", {("王立新", "原董事长", "海川集团")}),
    ("他 after a sentence naming nobody", "会议在海川举行。他曾任海川大学副校长。", set()),
    ("a college after the university itself may be another institution", "海川大学教授、土木工程学院院长王立新出席。", {("王立新", "教授", "海川大学"), ("王立新", "院长", "土木工程学院")}),
    ("a college named like the university is its own", "海川大学物理系主任、海川职业技术学院院长王立新出席。", {("王立新", "主任", "海川大学物理系"), ("王立新", "院长", "海川职业技术学院")}),
    ("a college's own deputy stays at the college", "海川大学土木工程学院院长、副院长王立新出席。", {("王立新", "院长", "海川大学土木工程学院"), ("王立新", "副院长", "海川大学土木工程学院")}),
    ("a posture verb before 在 is no name", "海川市副市长王伟坐在主席台上。", {("王伟", "副市长", "海川市")}),
    ("an auxiliary before a reporting verb is no name", "海川市副市长王伟要讲话。", {("王伟", "副市长", "海川市")}),
    ("an adverb before 出席 is no name", "海川市委书记王伟也出席了会议。", {("王伟", "书记", "海川市委")}),
    ("和 + 受邀 + a noun is a list", "海川集团董事长王伟和受邀嘉宾一同参观。", {("王伟", "董事长", "海川集团")}),
    ("a verb after a title is no name", "海川集团董事长向前看。", set()),
]
FORUM = "5月20日，第三届海川数字经济论坛在海川开幕。"
ROLES = [
    ("a name cut before 和 + 受邀出席", FORUM + "周振和受邀出席本次论坛。", {("周振和", "出席")}),
    ("a name cut before 和 + 应邀参加", FORUM + "李国和应邀参加本次论坛。", {("李国和", "参加")}),
]
OPENED = "3月5日，第十届海川国际论坛在海川开幕。"
DATES = [
    # 7. a closing date written later, by a reference to the same event
    ("本次论坛于 DATE 闭幕", OPENED + "本次论坛于3月7日闭幕。", {("第十届海川国际论坛", dt.date(2024, 3, 5), dt.date(2024, 3, 7))}),
    ("大会于 DATE 在 place 胜利闭幕", OPENED + "大会于3月7日在海川国际会议中心胜利闭幕。", {("第十届海川国际论坛", dt.date(2024, 3, 5), dt.date(2024, 3, 7))}),
    # 9. a city race with its year, glued by the model to 鸣枪
    ("year + city + 马拉松鸣枪开跑", "11月3日，2024杭州马拉松鸣枪开跑。", {("2024杭州马拉松", dt.date(2024, 11, 3), dt.date(2024, 11, 3))}),
]
NOT_DATES = [
    ("a sub-forum's closing is not the forum's", OPENED + "本次论坛的分论坛于3月7日闭幕。", {("第十届海川国际论坛", dt.date(2024, 3, 5), dt.date(2024, 3, 5))}),
    ("last year's forum is another edition", OPENED + "去年的论坛于3月7日闭幕。", {("第十届海川国际论坛", dt.date(2024, 3, 5), dt.date(2024, 3, 5))}),
    ("another event's closing", OPENED + "海川车展于3月7日闭幕。", {("第十届海川国际论坛", dt.date(2024, 3, 5), dt.date(2024, 3, 5)), ("海川车展", dt.date(2024, 3, 7), dt.date(2024, 3, 7))}),
]
EVENTS = [
    # 8. a quoted theme belongs to the event's name
    ("a quoted campaign before 推进会", "3月5日，海川市召开“套路贷”犯罪专项工作推进会。", {"“套路贷”犯罪专项工作推进会"}),
    ("a quoted initiative with an edition", "5月14日，第二届“一带一路”国际合作高峰论坛在北京举行。", {"第二届“一带一路”国际合作高峰论坛"}),
    ("a quoted theme before 大会", "3月5日，“数字海川”建设大会在海川召开。", {"“数字海川”建设大会"}),
    ("a city race with its year and 开跑", "11月3日，2024海川马拉松开跑。", {"2024海川马拉松"}),
]
NOT_EVENTS = [
    ("a race's start ceremony without a name", "他参加过全程马拉松开跑仪式。", set()),
]
NOT_ROLES = [
    ("和 + 应邀出席的 + guests is a list", FORUM + "海川科技董事长王伟和应邀出席的嘉宾共同启动仪式。", {("王伟", "出席")}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"),
    MEMBERSHIPS + NOT_MEMBERSHIPS,
    ids=[c[0] for c in MEMBERSHIPS + NOT_MEMBERSHIPS],
)
def test_memberships(case: str, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), ROLES + NOT_ROLES, ids=[c[0] for c in ROLES + NOT_ROLES]
)
def test_roles(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), DATES + NOT_DATES, ids=[c[0] for c in DATES + NOT_DATES]
)
def test_event_dates(case: str, text: str, expected: set[tuple[str, dt.date | None, dt.date | None]]) -> None:
    assert event_dates(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), EVENTS + NOT_EVENTS, ids=[c[0] for c in EVENTS + NOT_EVENTS]
)
def test_event_names(case: str, text: str, expected: set[str]) -> None:
    assert event_names(text) == expected
