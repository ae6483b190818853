"""When a membership holds, end to end with LAC: the status and the role each form states
(kg/extract/roles/time.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from extracted import PUBLISHED, run

D = PUBLISHED

# fmt: off
TIMES = [
    pytest.param("会议由原副市长王立主持。", {("王立", "原副市长", "副市长", "former", None, None)}, id="原 before a bare title"),
    pytest.param("海川集团前任董事长刘洋出席。", {("刘洋", "前任董事长", "董事长", "former", None, None)}, id="前任 after the org"),
    pytest.param("原平市市长王平出席会议。", {("王平", "市长", "市长", "current", None, None)}, id="原 of 原平市 is no time word"),
    pytest.param("董事会同意聘任王立新为公司财务总监。", {("王立新", "财务总监", "财务总监", "current", D, None)}, id="聘任…为: from the article date"),
    pytest.param("大会上，周敏当选为中国作家协会副主席。", {("周敏", "副主席", "副主席", "current", D, None)}, id="当选为: from the article date"),
    pytest.param("李文博2019年起担任海川集团总经理。", {("李文博", "总经理", "总经理", "current", None, None)}, id="a year before the verb: no date"),
    pytest.param("王芳辞去海川集团董事长职务。", {("王芳", "董事长", "董事长", "ended", None, D)}, id="辞去: ended on the article date"),
    pytest.param("会议决定免去钱峰的海川集团总裁职务。", {("钱峰", "总裁", "总裁", "ended", None, D)}, id="免去…的…职务: ended"),
    pytest.param("董事会宣布李立群将卸任海川银行董事长。", {("李立群", "董事长", "董事长", "current", None, None)}, id="duie3-将卸任: a post to be left is still held"),
    pytest.param("李立群拟辞去海川银行董事长职务。", {("李立群", "董事长", "董事长", "current", None, None)}, id="duie3-拟辞去: still held"),
    pytest.param("李立群卸任海川银行董事长。", {("李立群", "董事长", "董事长", "ended", None, D)}, id="duie3-卸任 before a chain: ended on the article date"),
    pytest.param("李立群拟任海川银行董事长。", {("李立群", "董事长", "董事长", "designated", None, None)}, id="duie3-拟任 stays designated"),
    pytest.param("郑红，女，1968年出生，曾任海川大学副校长，现任海川学院院长。", {("郑红", "副校长", "副校长", "former", None, None), ("郑红", "院长", "院长", "current", None, None)}, id="résumé: 曾任 former, 现任 current"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), TIMES)
def test_membership_time_end_to_end(text: str, expected: set[tuple[object, ...]]) -> None:
    found = {(m.person, m.title, m.role, m.status.value, m.start, m.end) for m in run(text).memberships}
    assert found == expected
