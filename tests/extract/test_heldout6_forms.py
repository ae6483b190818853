"""Forms of the sixth held-out round (tests/fixtures/heldout6/NOTES.md), on sentences written for these tests.

Each table runs whole short documents through the model; good rows give what must be found, bad rows what
must not (an empty set, or the plain reading kept).
"""

from __future__ import annotations

import pytest
from extracted import event_names, memberships, organisers, roles, run

# fmt: off
ORGANISERS = [
    ("a defined name before 和", "5月20日，2024年海川数字峰会在海川开幕。峰会由海川数字联合会（以下简称“HDF”）和海川市人民政府共同主办。", {("海川数字联合会", "主办"), ("海川市人民政府", "主办")}),
    ("总会 ends a body", "5月20日，2024海川慈善晚会在海川大剧院举行。晚会由海川市慈善总会和海川青年基金会联合主办。", {("海川市慈善总会", "主办"), ("海川青年基金会", "主办")}),
    ("a 大会 body named as organiser", "5月20日，2024年海川数字峰会在海川开幕。峰会由世界数字大会（以下简称“WDC”）主办。", {("世界数字大会", "主办")}),
]
NOT_ORGANISERS = [
    ("和 inside one name stays", "5月20日，2024海川产业论坛在海川举行。论坛由海川市经济和信息化局主办。", {("海川市经济和信息化局", "主办")}),
    ("a gloss that defines nothing keeps 和", "5月20日，2024海川产业论坛在海川举行。论坛由海川数字（HC）和产业创新联盟主办。", {("海川数字（HC）和产业创新联盟", "主办")}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), ORGANISERS + NOT_ORGANISERS, ids=[c[0] for c in ORGANISERS + NOT_ORGANISERS]
)
def test_organiser_lists(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert organisers(text) == expected


def exhibitors(text: str) -> set[tuple[str, str]]:
    return {(o.org, o.event) for o in run(text).organizers if o.role == "参展"}


SUMMIT = "5月20日，2024年海川数字峰会在海川开幕。"
# fmt: off
ORGANISER_NOT_EVENT = [
    ("a 大会 that organises is no event", SUMMIT + "峰会由世界数字大会（以下简称“WDC”）和海川市人民政府共同主办。", {"2024年海川数字峰会"}),
]
KEPT_EVENTS = [
    ("a 大会 that is held stays an event", "5月20日，2024世界数字大会在海川开幕。大会由海川市人民政府主办。", {"2024世界数字大会"}),
]
EXHIBITORS = [
    ("exhibitors of a sub-event named before them", SUMMIT + "峰会期间还将举办“数字之光”博览会，海川电子、海川软件等200余家企业参展。", {("海川电子", "“数字之光”博览会"), ("海川软件", "“数字之光”博览会")}),
    ("subject exhibitors of a sub-event", SUMMIT + "峰会期间还将举办“数字之光”博览会，海川电子公司、海川软件公司参展。", {("海川电子公司", "“数字之光”博览会"), ("海川软件公司", "“数字之光”博览会")}),
]
MAIN_EXHIBITORS = [
    ("with no event before them they exhibit at the main event", SUMMIT + "海川电子、海川软件等200余家企业参展。", {("海川电子", "2024年海川数字峰会"), ("海川软件", "2024年海川数字峰会")}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"),
    ORGANISER_NOT_EVENT + KEPT_EVENTS,
    ids=[c[0] for c in ORGANISER_NOT_EVENT + KEPT_EVENTS],
)
def test_organiser_is_no_event(case: str, text: str, expected: set[str]) -> None:
    assert event_names(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"),
    EXHIBITORS + MAIN_EXHIBITORS,
    ids=[c[0] for c in EXHIBITORS + MAIN_EXHIBITORS],
)
def test_exhibitors_event(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert exhibitors(text) == expected


# fmt: off
MEMBERS = [
    ("a name with 同志 after it", "海川大学教授、原副校长李国平同志，因病医治无效，于5月20日在海川逝世。", {("李国平", "教授", "海川大学"), ("李国平", "原副校长", "海川大学")}),
    ("主任助理 is one title", "发布会由海川市人民政府办公室新闻发言人、主任助理李文华主持。", {("李文华", "新闻发言人", "海川市人民政府办公室"), ("李文华", "主任助理", "海川市人民政府办公室")}),
    ("董事局主席 is one title", "海川集团董事局主席王刚出席活动。", {("王刚", "董事局主席", "海川集团")}),
    ("董事会主席 is one title", "海川科技董事会主席兼CEO王刚出席活动。", {("王刚", "董事会主席", "海川科技"), ("王刚", "CEO", "海川科技")}),
    ("形象大使 is one title", "海川青年基金会形象大使刘晓涛出席晚会。", {("刘晓涛", "形象大使", "海川青年基金会")}),
    ("代表 with an object after the name", "海川集团副总裁兼首席财务官钟立代表企业签约。", {("钟立", "副总裁", "海川集团"), ("钟立", "首席财务官", "海川集团")}),
    ("a given name ending in 远 before a verb", "发布会由海川市人民政府新闻发言人季明远主持。", {("季明远", "新闻发言人", "海川市人民政府")}),
    ("a field word unit of the chain's company", "海川集团副总裁、云计算业务总裁王刚出席活动。", {("王刚", "副总裁", "海川集团"), ("王刚", "总裁", "海川集团云计算业务")}),
    ("a name glued to 选举 in a list", "会议选举许安然、雷鸣宇为副主席。", {("许安然", "副主席", None), ("雷鸣宇", "副主席", None)}),
    ("被推举为 takes the name before it", "原主席李宏国被推举为名誉主席。", {("李宏国", "原主席", None), ("李宏国", "名誉主席", None)}),
    ("a given name ending in 和 before 通报", "海川市生态环境局局长王志和通报督察意见。", {("王志和", "局长", "海川市生态环境局")}),
]
NOT_MEMBERS = [
    ("同志们 addressed is no name", "海川大学校长王刚对同志们表示感谢。", {("王刚", "校长", "海川大学")}),
    ("代表 ending the clause is no verb", "海川集团副总裁钟立代表，发言。", set()),
    ("an ambassador keeps 驻华 in the title", "哈萨克斯坦驻华大使别克穆拉托夫出席论坛。", {("别克穆拉托夫", "驻华大使", "哈萨克斯坦")}),
    ("选举 glued to a word that is no name", "会议选举产生新一届理事会，王刚为理事长。", {("王刚", "理事长", None)}),
    ("推举 with no 为 names nothing", "代表们推举李宏国发言。", set()),
    ("a named company's unit stays whole", "华为常务董事、华为昇腾计算业务总裁张平安出席活动。", {("张平安", "常务董事", "华为"), ("张平安", "总裁", "华为昇腾计算业务")}),
    ("审判长 of one case is no post", "其中一起侵权案，由汤茂仁担任审判长。", set()),
    ("和 joining a person and a group", "海川市生态环境局局长李宏和督察组有关人员参加会议。", {("李宏", "局长", "海川市生态环境局")}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), MEMBERS + NOT_MEMBERS, ids=[c[0] for c in MEMBERS + NOT_MEMBERS]
)
def test_memberships(case: str, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected


PRESS = "5月20日，2024年海川卫星任务新闻发布会在海川举行。"
# fmt: off
ROLES = [
    ("出席…，介绍了… is a speech", PRESS + "海川空间中心主任张伟、首席科学家王赤出席发布会，介绍了本次任务的实验。", {("张伟", "致辞"), ("王赤", "致辞")}),
]
NOT_ROLES = [
    ("出席 alone stays presence", PRESS + "海川空间中心主任张伟出席发布会。", {("张伟", "出席")}),
    ("据介绍 after 出席 is hearsay", PRESS + "海川空间中心主任张伟出席发布会。据介绍，本次任务将开展实验。", {("张伟", "出席")}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), ROLES + NOT_ROLES, ids=[c[0] for c in ROLES + NOT_ROLES]
)
def test_participation_roles(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected
