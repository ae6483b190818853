"""Forms of the fifth held-out round (tests/fixtures/heldout5/NOTES.md), on sentences written for these tests.

Each table runs whole short documents through the model; good rows give what must be found, bad rows what
must not (an empty set, or the plain reading kept).
"""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import event_dates, memberships, roles, run

from kg.nlp.pipeline import parse_text

D = dt.date


# fmt: off
ROLES = [
    ("出席并通报…情况 is a speech", "5月20日，2024年海川省环境保护工作会议在海川召开。省生态环境厅厅长李建国出席会议并通报全省环境质量情况。", {("李建国", "致辞")}),
    ("并介绍了…做法 is a speech", "5月20日，2024年海川省环境保护工作会议在海川召开。市生态环境局局长赵明出席会议并介绍了治理做法。", {("赵明", "致辞")}),
]
NOT_ROLES = [
    ("a byline reporter never acts", "海川日报讯（记者 王刚 通讯员 海宣）5月20日，海川市人民政府召开2024年海川投资环境新闻发布会，发布十条措施。", set()),
    ("参与 a project is no participation", "5月20日，2024海川创新峰会在海川举行。海川银行行长李强参与了项目建设。", set()),
    ("参加诉讼 is no participation", "5月20日，2024年海川法院知识产权新闻发布会在海川召开。律师王彬出庭参加诉讼。", set()),
    ("panel guests 参与对话 are present", "5月20日，2024海川创新峰会在海川举行。在圆桌对话环节，海川银行行长李强和海川大学校长王刚参与对话。", {("李强", "出席"), ("王刚", "出席")}),
    ("panel guests 参加圆桌对话 take part", "5月20日，2024海川创新峰会在海川举行。海川银行行长李强参加圆桌对话。", {("李强", "参加")}),
    ("代表…发言 is a speech", "5月20日，2024海川侨商大会在海川举行。会长林源才代表海外侨胞发言。", {("林源才", "致辞")}),
    ("出席 alone stays presence", "5月20日，2024年海川省环境保护工作会议在海川召开。省生态环境厅厅长李建国出席会议。", {("李建国", "出席")}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), ROLES + NOT_ROLES, ids=[c[0] for c in ROLES + NOT_ROLES]
)
def test_participation_roles(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected


def events(text: str) -> set[tuple[str, str | None]]:
    return {(e.name, e.parent) for e in run(text).events}


# fmt: off
CEREMONIES = [
    ("award night of an edition festival", "12月16日晚，第三届海川国际电影节白鹭奖颁奖典礼在海川大剧院举行。", {("第三届海川国际电影节", None), ("第三届海川国际电影节白鹭奖颁奖典礼", "第三届海川国际电影节")}),
    ("本届电影节 takes the organisers", "12月16日晚，第三届海川国际电影节白鹭奖颁奖典礼在海川大剧院举行。本届电影节由海川市人民政府主办。", {("第三届海川国际电影节", None), ("第三届海川国际电影节白鹭奖颁奖典礼", "第三届海川国际电影节")}),
]
NOT_CEREMONIES = [
    ("an award's own ceremony has no parent", "5月20日，第二届海川青年科学家奖颁奖典礼在海川举行。", {("第二届海川青年科学家奖颁奖典礼", None)}),
    ("a forum is no ceremony", "5月20日，第三届海川国际电影节产业论坛在海川举行。", {("第三届海川国际电影节产业论坛", None)}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), CEREMONIES + NOT_CEREMONIES, ids=[c[0] for c in CEREMONIES + NOT_CEREMONIES]
)
def test_ceremony_parents(case: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    assert events(text) == expected


def test_festival_reference_takes_organisers() -> None:
    text = "12月16日晚，第三届海川国际电影节白鹭奖颁奖典礼在海川大剧院举行。本届电影节由海川市人民政府主办。"
    assert {(o.org, o.event) for o in run(text).organizers} == {("海川市人民政府", "第三届海川国际电影节")}


# fmt: off
LATER_END = [
    ("持续至 in a later sentence", "4月20日，第五届海川国际茶叶博览会在海川会展中心开幕。展会将持续至5月3日。", {("第五届海川国际茶叶博览会", D(2024, 4, 20), D(2024, 5, 3))}),
    ("a range from the start day", "3月16日，2024海川城市足球联赛在海川开幕。比赛于3月16日至7月20日在全市进行。", {("2024海川城市足球联赛", D(2024, 3, 16), D(2024, 7, 20))}),
    ("展期 gives both dates", "当天上午，“山海清音——宋元山水画特展”在海川博物馆开幕。展期为5月18日至8月31日。", {("山海清音——宋元山水画特展", D(2024, 5, 18), D(2024, 8, 31))}),
]
NOT_LATER_END = [
    ("a range that starts on another day", "4月20日，第五届海川国际茶叶博览会在海川会展中心开幕。6月1日至6月3日还将举办茶艺培训。", {("第五届海川国际茶叶博览会", D(2024, 4, 20), D(2024, 4, 20))}),
    ("持续至 about another named event", "4月20日，第五届海川国际茶叶博览会在海川会展中心开幕。2024海川茶文化节将持续至5月3日。", {("第五届海川国际茶叶博览会", D(2024, 4, 20), D(2024, 4, 20)), ("2024海川茶文化节", None, None)}),
    ("an end before the start", "4月20日，第五届海川国际茶叶博览会在海川会展中心开幕。报名持续至3月31日。", {("第五届海川国际茶叶博览会", D(2024, 4, 20), D(2024, 4, 20))}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), LATER_END + NOT_LATER_END, ids=[c[0] for c in LATER_END + NOT_LATER_END]
)
def test_later_end_dates(
    case: str, text: str, expected: set[tuple[str, dt.date | None, dt.date | None]]
) -> None:
    assert event_dates(text) == expected


# fmt: off
TITLES = [
    ("a ministry alone before a title", "农业农村部总农艺师马国和出席开幕式。", {("马国和", "总农艺师", "农业农村部")}),
    ("永远名誉 before a title", "泰国泉州会馆永远名誉主席陈振和出席活动。", {("陈振和", "永远名誉主席", "泰国泉州会馆")}),
    ("总经济师 of a company", "海川集团总经济师王强出席。", {("王强", "总经济师", "海川集团")}),
    ("titled names 等N人当选为", "海川大学教授李明、海川师范大学教授王刚等8人当选为副理事长。", {("李明", "教授", "海川大学"), ("王刚", "教授", "海川师范大学"), ("李明", "副理事长", None), ("王刚", "副理事长", None)}),
    ("a court division head and a judge rank", "省法院民事审判庭庭长、二级高级法官李明出席。", {("李明", "庭长", "省法院民事审判庭"), ("李明", "二级高级法官", "省法院民事审判庭")}),
    ("a lawyer of a law firm", "海川律师事务所律师王彬出庭。", {("王彬", "律师", "海川律师事务所")}),
    ("a business line belongs to 负责人", "海川集团副总裁、智能电网业务负责人王强出席。", {("王强", "副总裁", "海川集团"), ("王强", "智能电网业务负责人", "海川集团")}),
    ("an ambassador keeps his state", "法国驻华大使白玉堂出席。", {("白玉堂", "驻华大使", "法国")}),
    ("a district with its city", "深圳市南山区副区长陈晓临出席活动。", {("陈晓临", "副区长", "深圳市南山区")}),
]
NOT_TITLES = [
    ("a titled name before a clause is not listed", "海川大学教授李明，海川师范大学教授王刚等8人当选为副理事长。", {("李明", "教授", "海川大学"), ("王刚", "教授", "海川师范大学")}),
    ("a business named after its company keeps its reading", "华为昇腾计算业务CTO周斌出席。", {("周斌", "CTO", "华为昇腾计算业务")}),
    ("a lawyer as a predicate is no title", "他是一名律师。", set()),
    ("a province alone stays alone", "江西省副省长王强出席。", {("王强", "副省长", "江西省")}),
    ("a place before a verb is no envoy's state", "王强在法国访问期间会见了大使李明。", {("李明", "大使", None)}),
    ("a bare unit alone is no ministry", "办公厅主任王强出席。", set()),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), TITLES + NOT_TITLES, ids=[c[0] for c in TITLES + NOT_TITLES]
)
def test_titles(case: str, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected


# fmt: off
ORG_SPANS = [
    ("a township before 和 is a second party", "会上，姜寨镇和安徽临泉农业发展有限公司签署协议。", {"安徽临泉农业发展有限公司"}),
    ("a county before 和 is a second party", "会上，临泉县和安徽省农业农村厅签署协议。", {"安徽省农业农村厅"}),
]
NOT_ORG_SPANS = [
    ("和 inside a department name stays", "江苏省工业和信息化厅副厅长王强出席。", {"江苏省工业和信息化厅"}),
    ("和 inside a company name stays", "海川科技和信息服务有限公司成立。", {"海川科技和信息服务有限公司"}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), ORG_SPANS + NOT_ORG_SPANS, ids=[c[0] for c in ORG_SPANS + NOT_ORG_SPANS]
)
def test_org_spans_and_coordinators(case: str, text: str, expected: set[str]) -> None:
    assert {span.text for span in parse_text(text).group("orgs") if span.label == "ORG"} == expected


# fmt: off
WHOLE_PLACE = [
    ("全省 in the headline is the province", "2024年全省水利工作会议在海川召开\n2月27日，2024年海川省水利工作会议在海川召开。", {"2024年海川省水利工作会议"}),
    ("全市 in the headline is the city", "2024年全市招商工作大会召开\n3月1日，2024年海川市招商工作大会在海川召开。", {"2024年海川市招商工作大会"}),
]
NOT_WHOLE_PLACE = [
    ("another meeting of the province stays apart", "2024年全省水利工作会议在海川召开\n2月27日，2024年海川省教育工作会议在海川召开。", {"2024年全省水利工作会议", "2024年海川省教育工作会议"}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"),
    WHOLE_PLACE + NOT_WHOLE_PLACE,
    ids=[c[0] for c in WHOLE_PLACE + NOT_WHOLE_PLACE],
)
def test_whole_place_headline(case: str, text: str, expected: set[str]) -> None:
    assert {e.name for e in run(text).events} == expected
