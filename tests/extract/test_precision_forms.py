"""Forms behind the false findings of the precision audit on real news kg was never tuned on.

The audit read kg's output on crawled news pages and news sentences (no sentence of them is here).
Each row is a sentence written for these tests in the same form: good rows give what must be found,
bad rows what must not (an empty set, or the plain reading kept).
"""

from __future__ import annotations

import pytest
from extracted import memberships, organisers, roles, run

# fmt: off
MEMBERSHIPS = [
    # a name the model ends early before a title written after it (侯自/PER 新/a 教授)
    ("name + 教授 after a spaced title", "海川大学校长 侯自新教授 致辞", {("侯自新", "校长", "海川大学")}),
    ("name + 研究员 in a list", "海川地理学会副秘书长何书金研究员等出席开幕式。", {("何书金", "副秘书长", "海川地理学会")}),
    ("name + 先生 after a title", "海川市科学技术协会副巡视员袁强先生出席。", {("袁强", "副巡视员", "海川市科学技术协会")}),
    ("two titled names, each with 教授", "海川大学党委书记李旭锋教授、海川学院院长张国友教授出席。", {("李旭锋", "党委书记", "海川大学"), ("张国友", "院长", "海川学院")}),
    # sector and discipline words stay in the title
    ("a sector before 总监", "海川咨询公司银行业总监刘海波认为，风险可控。", {("刘海波", "银行业总监", "海川咨询公司")}),
    ("a discipline before 教授", "海川大学金融学教授黄明告诉记者，利率会降。", {("黄明", "金融学教授", "海川大学")}),
    # 驻: a diplomatic body is one name
    ("中国驻X总领馆", "中国驻圣保罗总领馆副总领事孙立安在致辞中说，合作很好。", {("孙立安", "副总领事", "中国驻圣保罗总领馆")}),
    ("X驻Y大使馆 stays whole", "马来西亚驻中国大使馆公使施志光出席。", {("施志光", "公使", "马来西亚驻中国大使馆")}),
    # 学生会: the 会 is the organisation's
    ("学生会主席", "海川大学学生会主席王明出席。", {("王明", "主席", "海川大学学生会")}),
    ("研究生会主席 after a space", "主持人：海川大学经济学院研究生会主席 马龙", {("马龙", "主席", "海川大学经济学院研究生会")}),
    # reporters' outlets
    ("专电 dateline", "新华网海川9月27日专电（记者王涛）据报道，票房很好。", {("王涛", "记者", "新华网")}),
    ("place and date before 消息", "海川网北京6月24日消息（记者张晶）据报道，票房很好。", {("张晶", "记者", "海川网")}),
    ("a paper's bracket without 讯", "投资者报（记者肖秀）日前，票房很好。", {("肖秀", "记者", "投资者报")}),
    ("在线 outlet", "国际在线消息（记者李敏、王乐）：近年来，票房很好。", {("李敏", "记者", "国际在线"), ("王乐", "记者", "国际在线")}),
    ("a periodical in 《》", "《海川东方周刊》记者周范|海川报道", {("周范", "记者", "海川东方周刊")}),
    ("an outlet's short form", "每经记者黄敏发自深圳", {("黄敏", "记者", "每日经济新闻")}),
    # a hyphenated transliterated name is one name
    ("hyphenated foreign name", "球队的训练暂时由助理教练卡洛斯-佩雷斯负责。", {("卡洛斯-佩雷斯", "助理教练", None)}),
]
NOT_MEMBERSHIPS = [
    ("a preposition is never joined to a name", "王刚向教授请教。", set()),
    ("a name before its title is no organisation", "王海林总经理、海川研究院院长李刚先生致辞。", {("李刚", "院长", "海川研究院")}),
    ("a company the model took for a name still is one", "商汤联合创始人、大装置事业群总裁杨帆出席。", {("杨帆", "联合创始人", "商汤"), ("杨帆", "总裁", "商汤大装置事业群")}),
    ("a sector word inside an org name stays", "海川市银行业协会会长王强表示同意。", {("王强", "会长", "海川市银行业协会")}),
    ("经济学院 is an organisation", "海川大学经济学院院长刘伟表示同意。", {("刘伟", "院长", "海川大学经济学院")}),
    ("listed scope words stay in the title", "海川科技营销总监王刚出席。", {("王刚", "营销总监", "海川科技")}),
    ("本报 has no outlet", "本报（记者熊焱）挂出、撤稿。", {("熊焱", "记者", None)}),
    ("本报讯 has no outlet", "本报讯（记者熊焱）挂出、撤稿。", {("熊焱", "记者", None)}),
    ("a book in 《》 is no outlet", "《海川往事》编辑王刚说，很好。", {("王刚", "编辑", None)}),
]
EVENTS = [
    ("a league after 在", "两队在西甲联赛历史上交战28场。", {"西甲联赛"}),
    ("a country's league after 在", "他们在乌克兰联赛中保持不败。", {"乌克兰联赛"}),
    ("a forum held", "第二届全国人居环境高峰论坛在北京召开。", {"第二届全国人居环境高峰论坛"}),
    ("a quoted activity with a year", "2024年“海川龙舟节”民俗活动在海川举办。", {"2024年“海川龙舟节”民俗活动"}),
]
NOT_EVENTS = [
    ("a club's league record", "阿森纳联赛三轮全胜。", set()),
    ("a club after 而", "而切尔西联赛、欧冠连平两场。", set()),
    ("a city's club opening the clause", "里昂联赛客场输给马赛。", set()),
    ("an official web board", "暴雪官方论坛透露了新补丁的消息。", set()),
    ("a board where 网友 post", "开发者在NGA论坛回答网友提问。", set()),
    ("a board's staff", "我是海川乐居论坛主管王凯。", set()),
    ("a wrongdoing", "警方查处了一批“校园贷”犯罪活动。", set()),
    ("world-class contests", "这是少数世界级大赛之一。", set()),
]
ROLES = [
    ("titled name + 教授 speaks", "2024海川地理学年会在海川举行。海川大学党委书记李旭东教授参加开幕式并致辞。", {("李旭东", "致辞")}),
    ("发布 as a verb", "第五届海川经济学年会在天津举行。王明在年会上发布了新书。", {("王明", "发布")}),
]
NOT_ROLES = [
    ("a relative after a name", "88岁高龄的张大千夫人李秋君先生来宁，参加海川市张大千研究会第三次会员代表大会。", {("李秋君", "参加")}),
    ("a cue in a listed paper title", "第五届海川经济学年会议程。王明（海川大学）价格信息发布、消费者偏好与价格现象", set()),
]
ORGANISERS = [
    ("a pronoun before the organiser", "本次活动由我们海川住宅研究会和海川市政府主办的“第五届海川人居论坛”承接。", {("海川住宅研究会", "主办"), ("海川市政府", "主办")}),
]
# fmt: on


def _ids(rows: list[tuple[str, str, object]]) -> list[str]:
    return [row[0] for row in rows]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), MEMBERSHIPS + NOT_MEMBERSHIPS, ids=_ids(MEMBERSHIPS + NOT_MEMBERSHIPS)
)
def test_memberships(case: str, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "expected"), EVENTS + NOT_EVENTS, ids=_ids(EVENTS + NOT_EVENTS))
def test_events(case: str, text: str, expected: set[str]) -> None:
    assert {e.name for e in run(text).events} == expected


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "expected"), ROLES + NOT_ROLES, ids=_ids(ROLES + NOT_ROLES))
def test_roles(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "expected"), ORGANISERS, ids=_ids(ORGANISERS))
def test_organisers(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert organisers(text) == expected


def test_posted_to_place_is_no_org() -> None:
    """美国驻意大利大使: Italy is where the ambassador serves, not the body he belongs to."""
    assert all(m.org != "意大利" for m in run("前任美国驻意大利大使约翰表示，合作很好。").memberships)
