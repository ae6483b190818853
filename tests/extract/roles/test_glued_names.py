"""A three-character name whose last character LAC glued to the preposition after it (陈燕/PER 飞于/v,
夏志/PER 成为/v): joined back right after an office title or an appointment trigger, and only there."""

from __future__ import annotations

import pytest
from tagged import run

# fmt: off
CASES = [
    pytest.param("海川集团/ORG 主席/n 陈燕/PER 飞于/v 6月18日/TIME 离任/v 。/w", {"陈燕飞|主席|海川集团"}, id="after an office title, 于"),
    pytest.param("董事会/n 任命/v 夏志/PER 成为/v 副总经理/n 。/w", {"夏志成|副总经理|"}, id="after an appointment trigger, 为"),
    pytest.param("董事会/n 聘任/v 罗登/PER 攀为/v 海川基金/ORG 总经理/n 。/w", {"罗登攀|总经理|海川基金"}, id="after 聘任, before an organisation"),
    pytest.param("王芳/PER 成为/v 海川集团/ORG 副总经理/n 。/w", set(), id="成为 with nothing before: become, no name"),
    pytest.param("海川集团/ORG 主席/n 王晓明/PER 飞于/v 北京/LOC 。/w", {"王晓明|主席|海川集团"}, id="a three-character PER takes nothing"),
    pytest.param("海川集团/ORG 主席/n 王伟/PER 等于/v 。/w", {"王伟|主席|海川集团"}, id="等 is no name's final"),
    pytest.param("会上/n 李强/PER 飞于/v 北京/LOC 。/w", set(), id="no title or trigger before the name"),
    pytest.param("海川集团/ORG 总裁/n 杨帆/PER 作为/p 嘉宾/n 发言/v 。/w", {"杨帆|总裁|海川集团"}, id="作为 after a title is a word of its own"),
]
# fmt: on


@pytest.mark.parametrize(("tagged", "expected"), CASES)
def test_glued_final(tagged: str, expected: set[str]) -> None:
    found = {"|".join((m.person, m.title, m.org or "")) for m in run(tagged).memberships}
    assert found == expected
