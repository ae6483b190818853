"""The ``holder`` and ``subject`` constructions (who holds a chain): good and bad sentences, LAC-free."""

from __future__ import annotations

import pytest
from tagged import run


def _memberships(*tagged: str) -> list[str]:
    return sorted("|".join((m.person, m.title, m.org or "")) for m in run(*tagged).memberships)


@pytest.mark.parametrize(
    ("tagged", "gives"),
    [
        ("陈立/PER ，/w 海川大学/ORG 教授/n 张明/PER 。/w", ["张明|教授|海川大学"]),  # after-title wins
        ("免去/v 张伟/PER 的/u 海川集团/ORG 董事长/n 职务/n 。/w", ["张伟|董事长|海川集团"]),
        ("时任/v 海川市/LOC 市长/n 的/u 刘建国/PER 出席/v 。/w", ["刘建国|市长|海川市"]),
        ("海川大学/ORG 校长/n 张伟/PER 、/w 李强/PER 教授/n 出席/v 。/w", ["张伟|校长|海川大学"]),
        ("责任编辑/n ：/w 刘一/PER", ["刘一|责任编辑|"]),
    ],
)
def test_holder_good(tagged: str, gives: list[str]) -> None:
    assert _memberships(tagged) == gives


@pytest.mark.parametrize(
    "tagged",
    [
        "陈立/PER 认为/v 海川大学/ORG 教授/n 很/d 多/a 。/w",  # no name before or after the chain
        "张伟/PER 的/u 海川集团/ORG 董事长/n 职务/n 。/w",  # 的…职务 without a removal verb
        "他/r 历任/v 海川集团/ORG 副总经理/n 。/w",  # a pronoun with no one named before
        "记者/n ：/w 您/r 好/a 。/w",  # an interview's question label
    ],
)
def test_holder_bad(tagged: str) -> None:
    assert _memberships(tagged) == []


def test_pronoun_subject_needs_one_person_before() -> None:
    before = "海川集团/ORG 董事长/n 赵明/PER 、/w 总裁/n 钱亮/PER 出席/v 。/w"
    assert [
        m for m in _memberships(before, "他/r 历任/v 海川集团/ORG 副总经理/n 。/w") if "副总经理" in m
    ] == []
