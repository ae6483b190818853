"""The ``rows`` constructions (chains, ORG NAME lists, name lists, founders): good and bad sentences, LAC-free."""

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
        # founders: the ORG span right after 创办|创立|创建 (了|的), fillers and time words between
        ("张伟/PER 创立/v 了/u 海川集团/ORG 。/w", ["张伟|创始人|海川集团"]),
        ("张伟/PER 先生/n 于/p 1998年/TIME 创办/v 的/u 海川学校/ORG 开学/v 。/w", ["张伟|创始人|海川学校"]),
        ("李红/PER 与/p 张伟/PER 共同/d 创建/v 海川科技有限公司/ORG 。/w", ["张伟|创始人|海川科技有限公司"]),
        (
            "海川集团/ORG 董事长/n 张伟/PER 创办/v 了/u 海川大学/ORG 。/w",
            ["张伟|创始人|海川大学", "张伟|董事长|海川集团"],
        ),
    ],
)
def test_row_source_good(tagged: str, gives: list[str]) -> None:
    assert _memberships(tagged) == gives


@pytest.mark.parametrize(
    "tagged",
    [
        "张伟/PER 等/u 院士/n 出席/v 。/w",  # one name is no list
        "海川研究院/ORG 张三/PER 参加/v 。/w",  # an ORG NAME outside a 、 list
        "张伟/PER 创办/v 了/u 一/m 家/q 公司/n 。/w",  # no organisation span after the verb
        "张伟/PER 在/p 海川集团/ORG 创建/v 了/u 实验室/n 。/w",  # the ORG stands before the verb
        "张伟/PER 打算/v 创办/v 海川学校/ORG 。/w",  # a plan, not a founding
        "海川集团/ORG 创建/v 海川研究院/ORG 。/w",  # an organisation founds it, no person
    ],
)
def test_row_source_bad(tagged: str) -> None:
    assert _memberships(tagged) == []
