"""Forms of the ninth held-out round (tests/fixtures/heldout9/NOTES.md), on sentences written for these tests.

Each table runs whole short documents through the model; good rows give what must be found, bad rows what
must not (an empty set, or the plain reading kept).
"""

from __future__ import annotations

import pytest
from extracted import memberships, organisers, roles

# fmt: off
MEMBERSHIPS = [
    ("a byline with a colon after 讯", "本报讯（记者：王晓 刘敏）3月5日，海川大学召开干部大会。", {("王晓", "记者", None), ("刘敏", "记者", None)}),
    ("a byline line without a colon", "　　本报记者 陈思远\n　　3月5日，海川大学召开干部大会。", {("陈思远", "记者", None)}),
]
NOT_MEMBERSHIPS = [
    ("an interviewer's question label", "记者：高校在其中能做些什么？", set()),
    ("an interviewer's label before a name-like word", "　　记者：王老师，您怎么看？", set()),
    ("an editor footer in brackets", "（责任编辑：周敏）", set()),
    ("an editor footer line", "编辑：杨柳　审核：孙建平　终审：陈刚", set()),
    ("a footer with a code", "责任编辑：吴立 SF031", set()),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"),
    MEMBERSHIPS + NOT_MEMBERSHIPS,
    ids=[c[0] for c in MEMBERSHIPS + NOT_MEMBERSHIPS],
)
def test_memberships(case: str, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected
