"""Pass 5 (kg/extract/events/participations.py): who spoke at, chaired or attended which event."""

from __future__ import annotations

import pytest
from event_stages import EXPO, extraction, stages

from kg.extract.events.participations import participations

# fmt: off
ROLES = [
    ("list before 出席…并致辞", [EXPO, "张明/PER 、/w 李华/PER 出席/v 开幕式/n 并/c 致辞/v 。/w"], {("张明", "致辞"), ("李华", "致辞")}),
    ("presence alone", [EXPO, "李华/PER 出席/v 了/u 本届/r 博览会/n 。/w"], {("李华", "出席")}),
    ("主持", [EXPO, "赵磊/PER 主持/v 开幕式/n 。/w"], {("赵磊", "主持")}),
    ("a meeting verb before the cue", [EXPO, "张明/PER 会见/v 了/u 出席/v 博览会/n 的/u 嘉宾/n 。/w"], set()),
    ("going to another meeting", [EXPO, "张明/PER 将/d 赴/v 京/LOC 参加/v 会议/n 。/w"], set()),
    ("a kinship word", [EXPO, "张明/PER 夫人/n 出席/v 了/u 本届/r 博览会/n 。/w"], set()),
]
# fmt: on


@pytest.mark.parametrize(("case", "sentences", "roles"), ROLES, ids=[c[0] for c in ROLES])
def test_roles(case: str, sentences: list[str], roles: set[tuple[str, str]]) -> None:
    found = extraction(*sentences).participations
    assert {(p.person, p.role) for p in found} == roles
    assert all(p.event == "第三届海川茶叶博览会" for p in found)


def test_pass_is_pure() -> None:
    s = stages(EXPO, "张明/PER 、/w 李华/PER 出席/v 开幕式/n 并/c 致辞/v 。/w")
    first = participations(s.parented, s.resolved, (), s.leads)
    assert participations(s.parented, s.resolved, (), s.leads) == first
    assert [(p.person, p.role) for p in first] == [("张明", "致辞"), ("李华", "致辞")]
