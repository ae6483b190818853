"""Forms of the fourth held-out round (tests/fixtures/heldout4/NOTES.md), on sentences written for these tests.

Each table runs whole short documents through the model; good rows give what must be found, bad rows what
must not (an empty set, or the plain reading kept).
"""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import event_dates, memberships, roles, run

D = dt.date


# fmt: off
EVENT_NAMES = [
    ("quoted exhibition title with a dash", "5月18日，“山海清音——宋元山水画特展”在杭州博物馆开幕。", {"山海清音——宋元山水画特展"}),
    ("headline tail is the same exhibition", "宋元山水画特展在杭州开幕\n5月18日，“山海清音——宋元山水画特展”在杭州博物馆开幕。", {"山海清音——宋元山水画特展"}),
    ("quoted theme before a head stays a theme", "5月18日，“千年运河”大运河文物精品展在扬州中国大运河博物馆开幕。", {"“千年运河”大运河文物精品展"}),
    ("a quoted slogan with a comma is no name", "5月18日，大会以“开放合作，共赢未来——2024海川投资论坛”为主题。", {"2024海川投资论坛"}),
    ("a quoted report of a meeting is no name", "在昨天的“市政府新闻办公室召开2024年城市更新情况新闻发布会”上，他作了介绍。", {"2024年城市更新情况新闻发布会"}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "expected"), EVENT_NAMES, ids=[c[0] for c in EVENT_NAMES])
def test_event_names(case: str, text: str, expected: set[str]) -> None:
    assert {e.name for e in run(text).events} == expected


# fmt: off
ORGANISERS = [
    ("学术支持 after 提供", "5月18日，“山海清音——宋元山水画特展”在杭州博物馆开幕。展览由杭州博物馆主办，浙江省博物馆提供学术支持。", {("杭州博物馆", "主办"), ("浙江省博物馆", "支持")}),
    ("赛事支持 after 提供", "3月16日，2024海川城市足球联赛在杭州开幕。联赛由海川省体育局主办，海川银行股份有限公司提供赛事支持。", {("海川省体育局", "主办"), ("海川银行股份有限公司", "支持")}),
]
NOT_ORGANISERS = [
    ("support for people is no organiser", "3月16日，2024海川城市足球联赛在杭州开幕。海川省体育局为参赛球员提供技术支持。", set()),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), ORGANISERS + NOT_ORGANISERS, ids=[c[0] for c in ORGANISERS + NOT_ORGANISERS]
)
def test_organisers(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert {(o.org, o.role) for o in run(text).organizers} == expected


# fmt: off
REGIONS = [
    ("region unit after 、 split by the model", "星河科技全球副总裁、中国区总经理王海出席。", {("王海", "全球副总裁", "星河科技"), ("王海", "总经理", "星河科技中国区")}),
    ("two regions joined by 及", "星河电气全球执行副总裁、中国及东亚区总裁许建明出席。", {("许建明", "全球执行副总裁", "星河电气"), ("许建明", "总裁", "星河电气中国及东亚区")}),
    ("a foreign name with a Latin gloss", "星河科技全球副总裁、亚太区总经理彼得·李（Peter Lee）出席。", {("彼得·李", "全球副总裁", "星河科技"), ("彼得·李", "总经理", "星河科技亚太区")}),
]
NOT_REGIONS = [
    ("a city district is its own body", "深圳市委常委、南山区委书记王海出席。", {("王海", "常委", "深圳市委"), ("王海", "书记", "南山区委")}),
    ("a region without a chain has no body", "中国区总经理王海出席。", set()),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), REGIONS + NOT_REGIONS, ids=[c[0] for c in REGIONS + NOT_REGIONS]
)
def test_regional_units(case: str, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected


def roles_of(text: str) -> set[tuple[str, str]]:
    return roles("5月18日，2024海川合作峰会在青岛举行。" + text)


# fmt: off
ROLES = [
    ("列席 is presence", "副省长王海、省高级人民法院院长李明列席会议。", {("王海", "出席"), ("李明", "出席")}),
    ("作具体部署 at the meeting is remarks", "市农业农村局局长王海就春耕生产作具体部署。", {("王海", "致辞")}),
    ("titled keynote 作题为《…》的主旨报告", "北京大学教授王海作题为《心血管病防治回顾》的主旨报告。", {("王海", "主旨报告")}),
    ("the gloss is no second person", "星河电气首席执行官马克·杜邦（Marc Dupont）通过视频致辞。", {("马克·杜邦", "致辞")}),
]
NOT_ROLES = [
    ("surname and title is no name", "许总裁在峰会上发布了新品。", set()),
    ("a side of the talks is no person", "哈方代表与西安港务区签约。", set()),
    ("a bracket that is not a gloss", "王海（右）在峰会上致辞。", {("王海", "致辞")}),
    ("部署 by a body is no remark", "海川集团董事长王海出席峰会，省委对此作出部署。", {("王海", "出席")}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), ROLES + NOT_ROLES, ids=[c[0] for c in ROLES + NOT_ROLES]
)
def test_participation_roles(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert roles_of(text) == expected


# fmt: off
SHARED = [
    ("two bare names share the title", "省人大常委会副主任周建和、王立成，秘书长谢国光出席。", {("周建和", "副主任", "省人大常委会"), ("王立成", "副主任", "省人大常委会"), ("谢国光", "秘书长", None)}),
    ("honour shared", "中国工程院院士王海、李明出席峰会。", {("王海", "院士", "中国工程院"), ("李明", "院士", "中国工程院")}),
    ("dated dateline: the paper's reporter", "湖南日报7月30日讯（记者 曹娴）会议在长沙举行。", {("曹娴", "记者", "湖南日报")}),
]
NOT_SHARED = [
    ("the second name has its own title", "海川集团董事长王海、海川银行行长李明出席。", {("王海", "董事长", "海川集团"), ("李明", "行长", "海川银行")}),
    ("a title written after the second name", "市长王海、李明教授出席。", {("王海", "市长", None)}),
    ("本报 with a date stays without outlet", "本报7月30日讯（记者 曹娴）会议在长沙举行。", {("曹娴", "记者", None)}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), SHARED + NOT_SHARED, ids=[c[0] for c in SHARED + NOT_SHARED]
)
def test_shared_titles_and_bylines(case: str, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected


# fmt: off
DATES = [
    ("讯 dateline date is not the start", "湖南日报7月30日讯（记者 曹娴）7月28日至30日，海川省十四届人大常委会第十次会议在长沙举行。", {("海川省十四届人大常委会第十次会议", D(2024, 7, 28), D(2024, 7, 30))}),
]
NOT_DATES = [
    ("讯 inside a name after a date is no dateline", "7月30日讯飞公司召开2024海川大会。", {("2024海川大会", D(2024, 7, 30), D(2024, 7, 30))}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), DATES + NOT_DATES, ids=[c[0] for c in DATES + NOT_DATES]
)
def test_dateline_dates(
    case: str, text: str, expected: set[tuple[str, dt.date | None, dt.date | None]]
) -> None:
    assert event_dates(text) == expected


# fmt: off
DEFINED = [
    ("short form cut by the model before a title", "海川镇和安徽星河现代农业发展有限公司（以下简称“星河农发”）作交流发言，星河农发董事长王海在发言中介绍。", {("王海", "董事长", "安徽星河现代农业发展有限公司")}),
    ("place after 和 opens the full name", "海川集团和北京字节跳动科技有限公司（以下简称“字节跳动”）签约，字节跳动副总裁王海出席。", {("王海", "副总裁", "北京字节跳动科技有限公司")}),
]
NOT_DEFINED = [
    ("a field word before the title stays", "安徽星河现代农业发展有限公司（以下简称“星河农发”）作交流发言，海川集团研发总监王海出席。", {("王海", "研发总监", "海川集团")}),
    ("和 inside a full name is no boundary", "本次大会由江西省发展和改革委员会（以下简称“省发改委”）承办，省发改委主任陈文华出席。", {("陈文华", "主任", "江西省发展和改革委员会")}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), DEFINED + NOT_DEFINED, ids=[c[0] for c in DEFINED + NOT_DEFINED]
)
def test_defined_short_forms(case: str, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected


# fmt: off
BRANCHES = [
    ("a society's branch hosts, it is no session", "9月20日，海川医学会心血管病学分会2024年学术年会在厦门举行。年会由海川医学会、海川医学会心血管病学分会主办。", {"events": {"海川医学会心血管病学分会2024年学术年会"}, "organisers": {("海川医学会", "主办"), ("海川医学会心血管病学分会", "主办")}}),
    ("an organisation alone before 发布", "9月20日，2024海川心血管论坛在厦门举行。论坛期间，海川医学会心血管病学分会发布了《心血管健康报告2024》。", {"events": {"2024海川心血管论坛"}, "organisers": {("海川医学会心血管病学分会", "发布")}}),
]
NOT_BRANCHES = [
    ("a named sub-session stays an event", "9月20日，2024海川医学大会在厦门举行。大会设“心血管”分会，王海主持。", {"events": {"2024海川医学大会", "“心血管”分会"}, "organisers": set()}),
    ("a person releasing gives no organiser", "9月20日，2024海川心血管论坛在厦门举行。论坛期间，海川医院院长王海发布了《心血管健康报告2024》。", {"events": {"2024海川心血管论坛"}, "organisers": set()}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), BRANCHES + NOT_BRANCHES, ids=[c[0] for c in BRANCHES + NOT_BRANCHES]
)
def test_society_branches(case: str, text: str, expected: dict[str, set[object]]) -> None:
    extraction = run(text)
    found = {
        "events": {e.name for e in extraction.events},
        "organisers": {(o.org, o.role) for o in extraction.organizers},
    }
    assert found == expected


def test_branch_reference_has_no_organisation() -> None:
    found = memberships("开幕式由分会候任主任委员、海川医院副院长杨晓光主持。")
    assert found == {("杨晓光", "候任主任委员", None), ("杨晓光", "副院长", "海川医院")}
