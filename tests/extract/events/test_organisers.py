"""Pass 6 (kg/extract/events/organisers.py): who organised, hosted, released at or exhibited at an event."""

from __future__ import annotations

import pytest
from event_stages import EXPO, EXPO_NAME, extraction, stages

from kg.extract.events.organisers import organizers

# fmt: off
ORGANISERS = [
    ("由A、B共同主办", [f"{EXPO_NAME} 由/p 海川市人民政府/ORG 、/w 海川市商务局/ORG 共同/ad 主办/v 。/w"], {("海川市人民政府", "主办"), ("海川市商务局", "主办")}),
    ("主办单位：A、B", [EXPO, "主办/v 单位/n ：/w 海川市人民政府/ORG 、/w 海川茶叶协会/ORG 。/w"], {("海川市人民政府", "主办"), ("海川茶叶协会", "主办")}),
    ("exhibitors listed before 等…参展", [EXPO, "海川茶业公司/ORG 、/w 山川茶叶公司/ORG 等/u 30余家/m 企业/n 携/v 新品/n 参展/v 。/w"], {("海川茶业公司", "参展"), ("山川茶叶公司", "参展")}),
    ("由于 is no 由", [EXPO, "由于/c 天气/n 原因/n ，/w 海川市人民政府/ORG 主办/v 的/u 活动/n 推迟/v 。/w"], set()),
    ("organizer_label: 主办：A；承办：B、C", [EXPO, "主办/v ：/w 海川市人民政府/ORG ；/w 承办/v ：/w 海川茶叶协会/ORG 、/w 海川日报社/ORG"], {("海川市人民政府", "主办"), ("海川茶叶协会", "承办"), ("海川日报社", "承办")}),
    ("organizer_label: a date after the colon is none", [EXPO, "发布/v ：/w 5月20日/TIME"], set()),
    ("organizer_label: one name that is no organisation spoils the line", [EXPO, "主办/v ：/w 海川市人民政府/ORG ；/w 承办/v ：/w 王立/PER"], set()),
    ("organizer_label: a line that names an event is none", ["主办/v ：/w 海川市人民政府/ORG 、/w 第三届/m 海川/LOC 茶叶/n 博览会/n"], set()),
    ("organised_of: A、B主办的X", [f"海川市人民政府/ORG 、/w 海川市商务局/ORG 主办/v 的/u {EXPO}"], {("海川市人民政府", "主办"), ("海川市商务局", "主办")}),
    ("organised_of: A主办、B承办的X", [f"5月20日/TIME ，/w 海川市人民政府/ORG 主办/v 、/w 海川茶叶协会/ORG 承办/v 的/u {EXPO}"], {("海川市人民政府", "主办"), ("海川茶叶协会", "承办")}),
    ("organised_of: a place before 主办的 is no organiser", [f"青山/LOC 主办/v 的/u {EXPO}"], set()),
    ("organised_of: an event not right after 的", [f"海川市人民政府/ORG 主办/v 的/u 活动/n 和/c {EXPO}"], set()),
    ("clause_segment: 丙为支持单位 after a 由 list, the copula no part of the name", [f"{EXPO_NAME} 由/p 海川市人民政府/ORG 主办/v ，/w 中国茶叶学会/ORG 为/p 支持/v 单位/n 。/w"], {("海川市人民政府", "主办"), ("中国茶叶学会", "支持")}),
    ("clause_segment: 作为协办单位", [f"{EXPO_NAME} 由/p 海川市人民政府/ORG 主办/v ，/w 海川茶叶协会/ORG 作为/p 协办/v 单位/n 。/w"], {("海川市人民政府", "主办"), ("海川茶叶协会", "协办")}),
    ("clause_segment: a name ending in 为 keeps it", [f"{EXPO_NAME} 由/p 华为/ORG 主办/v 。/w"], {("华为", "主办")}),
    ("a count of bodies is no name", [f"{EXPO_NAME} 由/p 300多家/m 企业/n 共同/ad 主办/v 。/w"], set()),
]
# fmt: on


@pytest.mark.parametrize(("case", "sentences", "organisers"), ORGANISERS, ids=[c[0] for c in ORGANISERS])
def test_organisers(case: str, sentences: list[str], organisers: set[tuple[str, str]]) -> None:
    found = extraction(*sentences).organizers
    assert {(o.org, o.role) for o in found} == organisers


def test_pass_is_pure() -> None:
    s = stages(f"{EXPO_NAME} 由/p 海川市人民政府/ORG 主办/v 。/w")
    first = organizers(s.parented, s.resolved, s.leads)
    assert organizers(s.parented, s.resolved, s.leads) == first
    assert [(o.org, o.event, o.role) for o in first] == [("海川市人民政府", "第三届海川茶叶博览会", "主办")]
