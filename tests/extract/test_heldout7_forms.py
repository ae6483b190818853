"""Forms of the seventh held-out round (tests/fixtures/heldout7/NOTES.md), on sentences written for these tests.

Each table runs whole short documents through the model; good rows give what must be found, bad rows what
must not (an empty set, or the plain reading kept).
"""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import event_dates, event_names, memberships, roles

# fmt: off
EVENTS = [
    ("a race named …马拉松赛", "1月7日，2024海川马拉松赛在海川体育中心鸣枪起跑。", {"2024海川马拉松赛"}),
    ("a concert tour (巡演)", "5月11日，海川交响乐团2024全国巡演在海川启幕。", {"海川交响乐团2024全国巡演"}),
    ("the tour's first concert refers to the tour", "5月11日晚，海川交响乐团2024全国巡演首场音乐会在海川音乐厅上演。", {"海川交响乐团2024全国巡演"}),
]
NOT_EVENTS = [
    ("race categories are no events", "本届赛事由海川市体育局主办，设全程马拉松和半程马拉松两个项目。", set()),
    ("a men's category is no event", "海川选手王立获得男子全程马拉松冠军。", set()),
]
DATES = [
    ("鸣枪起跑 holds the race", "1月7日，2024海川马拉松赛在海川体育中心鸣枪起跑。", {("2024海川马拉松赛", dt.date(2024, 1, 7), dt.date(2024, 1, 7))}),
    ("上演 holds the first concert", "5月11日晚，海川交响乐团2024全国巡演首场音乐会在海川音乐厅上演。", {("海川交响乐团2024全国巡演", dt.date(2024, 5, 11), dt.date(2024, 5, 11))}),
]
CONGRESS = "1月16日，海川市政协十届三次会议在海川会堂闭幕。"
RACE = "1月7日，2024海川马拉松赛在海川体育中心鸣枪起跑。"
ROLES = [
    ("the starter's gun is presence", RACE + "海川市副市长陈和平为比赛鸣枪。", {("陈和平", "出席")}),
    ("a winner takes part", RACE + "中国选手杨绍才夺得男子全程马拉松冠军。", {("杨绍才", "参加")}),
    ("a placed runner takes part", RACE + "中国选手杨绍才获得男子第四名。", {("杨绍才", "参加")}),
    ("a conductor takes part", "5月11日，海川交响乐团2024全国巡演在海川启幕。海川交响乐团首席指挥王立新执棒演出。", {("王立新", "参加")}),
    ("seated on the rostrum is presence", CONGRESS + "市政协副主席王立新、陈晓平在主席台前排就座。", {("王立新", "出席"), ("陈晓平", "出席")}),
    ("came to the launch is presence", "10月24日，海川科技在海川举行2024海川科技新品发布会。海川大学教授刘建国也来到发布会现场。", {("刘建国", "出席")}),
]
NOT_ROLES = [
    ("who hands the winner a prize does not take part", RACE + "海川市副市长陈和平为冠军颁奖。", {("陈和平", "授牌")}),
    ("a title won is no 第N名 cue", RACE + "中国选手杨绍才在赛后接受采访。", set()),
    ("a host who meets attending guests", "8月26日，第三届海川合作论坛在海川开幕。论坛开幕前，海川市委书记张宏文会见了出席论坛的外国嘉宾。", set()),
    ("据…介绍 is a source, not a remark", "1月7日，2024海川马拉松赛在海川体育中心鸣枪起跑。据赛事总监、海川市体育局副局长黄志刚介绍，赛道沿江布设。", set()),
]
MEMBERSHIPS = [
    ("a résumé: 曾任 after name and sex", "王立新，男，1968年出生，曾任海川大学航空学院院长。", {("王立新", "院长", "海川大学航空学院")}),
    ("a résumé: 起任 after a time word", "王立新，女，1970年出生，2019年起任海川大学副校长。", {("王立新", "副校长", "海川大学")}),
    ("a name cut before 才 + 的", "会议决定，免去单德才的南京航空航天大学校长职务。", {("单德才", "校长", "南京航空航天大学")}),
    ("a foreign name cut at its dot", "哈萨克斯坦外交部副部长阿里别克·卡里莫夫致辞。", {("阿里别克·卡里莫夫", "副部长", "哈萨克斯坦外交部")}),
    ("a name cut before 和 + 执棒", "海川交响乐团首席指挥陈晓和执棒首场演出。", {("陈晓和", "首席指挥", "海川交响乐团")}),
]
NOT_MEMBERSHIPS = [
    ("no résumé without the sex", "王立新，1968年出生，曾任海川大学航空学院院长。", set()),
    ("a résumé covers its own sentence only", "王立新，男，1968年出生。曾任海川大学航空学院院长。", set()),
    ("the presidium of one session is no organisation", "大会主席团常务主席林建和、周立新在主席台前排就座。", set()),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), EVENTS + NOT_EVENTS, ids=[c[0] for c in EVENTS + NOT_EVENTS]
)
def test_event_names(case: str, text: str, expected: set[str]) -> None:
    assert event_names(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "expected"), DATES, ids=[c[0] for c in DATES])
def test_event_dates(case: str, text: str, expected: set[tuple[str, dt.date | None, dt.date | None]]) -> None:
    assert event_dates(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), ROLES + NOT_ROLES, ids=[c[0] for c in ROLES + NOT_ROLES]
)
def test_roles(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"),
    MEMBERSHIPS + NOT_MEMBERSHIPS,
    ids=[c[0] for c in MEMBERSHIPS + NOT_MEMBERSHIPS],
)
def test_memberships(case: str, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected
