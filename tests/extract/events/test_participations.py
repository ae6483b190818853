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
    ("a list line of award givers (颁奖嘉宾：)", [EXPO, "颁奖/v 嘉宾/n ：/w 副市长/n 李明/PER 、/w 校长/n 张伟/PER 。/w"], {("李明", "授牌"), ("张伟", "授牌")}),
    ("award givers listed after 颁奖的嘉宾有：", [EXPO, "为/p 获奖/v 企业/n 颁奖/v 的/u 嘉宾/n 有/v ：/w 张伟/PER 、/w 赵刚/PER 。/w"], {("张伟", "授牌"), ("赵刚", "授牌")}),
    ("a header of guests, then of award givers, after ；", [EXPO, "出席/v 开幕式/n 的/u 领导/n 有/v ：/w 王立平/PER 、/w 李明/PER ；/w 颁奖/v 嘉宾/n ：/w 张伟/PER 。/w"], {("王立平", "出席"), ("李明", "出席"), ("张伟", "授牌")}),
    ("a list line of guests (出席嘉宾：)", [EXPO, "出席/v 嘉宾/n ：/w 李明/PER 、/w 张伟/PER 。/w"], {("李明", "出席"), ("张伟", "出席")}),
    ("应邀出席的嘉宾有 without a colon", [EXPO, "应邀/v 出席/v 的/u 嘉宾/n 有/v 张伟/PER 、/w 赵刚/PER 等/u 。/w"], {("张伟", "出席"), ("赵刚", "出席")}),
    ("a list line of the host (主持人：)", [EXPO, "主持人/n ：/w 王芳/PER 。/w"], {("王芳", "主持")}),
    ("a list line of the speakers (主讲嘉宾：)", [EXPO, "主讲/v 嘉宾/n ：/w 教授/n 张伟/PER 。/w"], {("张伟", "演讲")}),
    ("嘉宾： alone opens no list", [EXPO, "嘉宾/n ：/w 王芳/PER 老师/n 认为/v 茶叶/n 很/d 好/a 。/w"], set()),
    ("颁奖嘉宾 without a colon lists no one", [EXPO, "颁奖/v 嘉宾/n 阵容/n 强大/a ，/w 张伟/PER 说/v 。/w"], set()),
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
