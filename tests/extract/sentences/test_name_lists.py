"""Memberships: several names after one title, and lists where each name keeps its own title."""

from __future__ import annotations

import pytest
from extracted import memberships

# fmt: off
MEMBERSHIPS = [
    pytest.param("省人大常委会副主任周建和、王立成，秘书长谢国光出席。", {("周建和", "副主任", "省人大常委会"), ("王立成", "副主任", "省人大常委会"), ("谢国光", "秘书长", None)}, id="heldout4-two bare names share the title"),
    pytest.param("中国工程院院士王海、李明出席峰会。", {("王海", "院士", "中国工程院"), ("李明", "院士", "中国工程院")}, id="heldout4-honour shared"),
    pytest.param("海川集团董事长王海、海川银行行长李明出席。", {("王海", "董事长", "海川集团"), ("李明", "行长", "海川银行")}, id="heldout4-the second name has its own title"),
    pytest.param("市长王海、李明教授出席。", {("王海", "市长", None)}, id="heldout4-a title written after the second name"),
    pytest.param("海川大学教授李明，海川师范大学教授王刚等8人当选为副理事长。", {("李明", "教授", "海川大学"), ("王刚", "教授", "海川师范大学")}, id="heldout5-a titled name before a clause is not listed"),
    pytest.param("海川集团董事长王伟和受邀嘉宾一同参观。", {("王伟", "董事长", "海川集团")}, id="misses-和 + 受邀 + a noun is a list"),
    pytest.param("海川地理学会副秘书长何书金研究员等出席开幕式。", {("何书金", "副秘书长", "海川地理学会")}, id="precision-name + 研究员 in a list"),
    pytest.param("海川大学党委书记李旭锋教授、海川学院院长张国友教授出席。", {("李旭锋", "党委书记", "海川大学"), ("张国友", "院长", "海川学院")}, id="precision-two titled names, each with 教授"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), MEMBERSHIPS)
def test_memberships(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected
