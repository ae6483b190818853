"""The changed (某某由甲职改任为乙职) and approved (核准某某某公司总经理任职资格) holder constructions,
and the sentences they must leave alone."""

from __future__ import annotations

import pytest
from tagged import run

# fmt: off
CASES = [
    pytest.param("郑立/PER 由/p 海川集团/ORG 总经理/n 调任/v 为/v 海川银行/ORG 行长/n 。/w", {"郑立|总经理|海川集团", "郑立|行长|海川银行"}, id="调任为 between two organisations"),
    pytest.param("会议/n 由/p 海川集团/ORG 总经理/n 主持/v 。/w", set(), id="由 without a change verb or a name"),
    pytest.param("郑立/PER 由/p 海川集团/ORG 总经理/n 王芳/PER 改任/v 为/v 行长/n 。/w", {"王芳|总经理|海川集团", "王芳|行长|"}, id="a name inside the clause: 郑立 is not the mover"),
    pytest.param("海川银保监局/ORG 核准/v 胡立/PER 海川信托/ORG 总经理/n 任职/vn 资格/n 。/w", {"胡立|总经理|海川信托"}, id="approved"),
    pytest.param("海川银保监局/ORG 核准/v 海川信托/ORG 总经理/n 任职/vn 资格/n 。/w", set(), id="approved, no name"),
    pytest.param("胡立/PER 海川信托/ORG 总经理/n 任职/vn 资格/n 获/v 核准/v 。/w", {"胡立|总经理|海川信托"}, id="no approving verb before the name: not the approved row, but the name-before-title rows read the stated post"),
]
# fmt: on


@pytest.mark.parametrize(("tagged", "expected"), CASES)
def test_changed_and_approved(tagged: str, expected: set[str]) -> None:
    found = {"|".join((m.person, m.title, m.org or "")) for m in run(tagged).memberships}
    assert found == expected
