"""The ``rows`` constructions (chains, ORG NAME lists, name lists): good and bad sentences, LAC-free."""

from __future__ import annotations

import pytest
from tagged import run


def _memberships(*tagged: str) -> list[str]:
    return sorted("|".join((m.person, m.title, m.org or "")) for m in run(*tagged).memberships)


@pytest.mark.parametrize(
    ("tagged", "gives"),
    [
        ("张伟/PER 、/w 李强/PER 等/u 院士/n 出席/v 。/w", ["张伟|院士|", "李强|院士|"]),
        ("海川研究院/ORG 张三/PER 、/w 李四/PER 参加/v 。/w", ["张三||海川研究院"]),
    ],
)
def test_row_source_good(tagged: str, gives: list[str]) -> None:
    assert _memberships(tagged) == gives


@pytest.mark.parametrize(
    "tagged",
    [
        "张伟/PER 等/u 院士/n 出席/v 。/w",  # one name is no list
        "海川研究院/ORG 张三/PER 参加/v 。/w",  # an ORG NAME outside a 、 list
    ],
)
def test_row_source_bad(tagged: str) -> None:
    assert _memberships(tagged) == []
