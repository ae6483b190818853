"""The successor construction (某公司发言人甲将退休，乙接任): the successor takes the leaver's posts,
only when the successor's clause is the name (after a title of its own) and 接任."""

from __future__ import annotations

import pytest
from tagged import run

# fmt: off
CASES = [
    pytest.param("海川电子/ORG 发言人/n 孙立/PER 将/d 退休/v ，/w 高华/PER 接任/v 。/w", {"孙立|发言人|海川电子", "高华|发言人|海川电子"}, id="将退休，NAME 接任"),
    pytest.param("海川电子/ORG 发言人/n 孙立/PER 出席/v ，/w 高华/PER 接任/v 。/w", {"孙立|发言人|海川电子"}, id="no leave verb"),
    pytest.param("海川电子/ORG 发言人/n 孙立/PER 退休/v ，/w 高华/PER 接任/v 总经理/n 。/w", {"孙立|发言人|海川电子", "高华|总经理|"}, id="接任 a post of its own"),
    pytest.param("海川电子/ORG 发言人/n 孙立/PER 退休/v ，/w 王芳/PER 与/c 高华/PER 接任/v 。/w", {"孙立|发言人|海川电子"}, id="two names in the successor's clause"),
]
# fmt: on


@pytest.mark.parametrize(("tagged", "expected"), CASES)
def test_successor(tagged: str, expected: set[str]) -> None:
    found = {"|".join((m.person, m.title, m.org or "")) for m in run(tagged).memberships}
    assert found == expected
