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
    ("organised_object: A、B共同主办X", [f"海川市人民政府/ORG 、/w 海川省商务厅/ORG 共同/ad 主办/v {EXPO}"], {("海川市人民政府", "主办"), ("海川省商务厅", "主办")}),
    ("organised_object: A承办了本届博览会", [EXPO, "海川大学/ORG 承办/v 了/u 本届/r 博览会/n 。/w"], {("海川大学", "承办")}),
    ("organised_object: 举办 alone names no organiser", [f"海川市人民政府/ORG 举办/v {EXPO}"], set()),
    ("organised_object: a person is no organiser", [EXPO, "王立/PER 主办/v 了/u 本届/r 博览会/n 。/w"], set()),
    ("organised_object: a word between the names and the verb", [EXPO, "海川大学/ORG 将/d 承办/v 本届/r 博览会/n 。/w"], set()),
    ("apposed_organiser: 据主办方A介绍", [EXPO, "据/p 主办方/n 海川茶叶协会/ORG 介绍/v ，/w 展商/n 达/v 500家/m 。/w"], {("海川茶叶协会", "主办")}),
    ("apposed_organiser: 作为本届博览会的主办方，A", [EXPO, "作为/p 本届/r 博览会/n 的/u 主办方/n ，/w 海川市人民政府/ORG 邀请/v 了/u 企业/n 。/w"], {("海川市人民政府", "主办")}),
    ("apposed_organiser: 主办方为A is a list, once", [EXPO, "主办方/n 为/v 海川市人民政府/ORG 。/w"], {("海川市人民政府", "主办")}),
    ("apposed_organiser: 主办方 before a person", [EXPO, "主办方/n 代表/n 王立/PER 致辞/v 。/w"], set()),
    ("under_guidance: 在A的指导下", [EXPO, "在/p 海川省农业农村厅/ORG 的/u 指导/vn 下/f ，/w 本届/r 博览会/n 首设/v 茶馆/n 。/w"], {("海川省农业农村厅", "支持")}),
    ("under_guidance: a sentence with no event backs none", [EXPO, "在/p 海川市委/ORG 的/u 大力/d 支持/v 下/f ，/w 海川茶叶协会/ORG 成立/v 。/w"], set()),
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
