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
        # 与 joins co-founders: both founded it
        (
            "李红/PER 与/p 张伟/PER 共同/d 创建/v 海川科技有限公司/ORG 。/w",
            ["张伟|创始人|海川科技有限公司", "李红|创始人|海川科技有限公司"],
        ),
        (
            "李红/PER 、/w 张伟/PER 和/c 王芳/PER 三人/n 创立/v 了/u 海川集团/ORG 。/w",
            ["张伟|创始人|海川集团", "李红|创始人|海川集团", "王芳|创始人|海川集团"],
        ),
        ("张伟/PER 等人/n 联合/vd 成立/v 了/u 海川集团/ORG 。/w", ["张伟|创始人|海川集团"]),
        ("张伟/PER 博士/n 集资/v 设立/v 的/u 海川学校/ORG 。/w", ["张伟|创始人|海川学校"]),
        ("张伟/PER 创立/v 了/u “/w 海川工作室/ORG ”/w 。/w", ["张伟|创始人|海川工作室"]),
        # founded by: the span opening the sentence, 由 and names, the verb closing the clause
        (
            "海川集团/ORG 是/v 由/p 著名/a 教育家/n 、/w 实业家/n 张伟/PER 博士/n 集资/v 创办/v",
            ["张伟|创始人|海川集团"],
        ),
        (
            "海川集团/ORG 由/p 张伟/PER 、/w 李红/PER 创办/v 。/w",
            ["张伟|创始人|海川集团", "李红|创始人|海川集团"],
        ),
        (
            "海川学校/ORG ，/w 是/v 由/p 教育家/n 张伟/PER 先生/n 创办/v 的/u ，/w 已有/v 百年/m 。/w",
            ["张伟|创始人|海川学校"],
        ),
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
        "张伟/PER 的/u 公司/n 成立/v 了/u 海川研究院/ORG 。/w",  # the company founds it
        "张伟/PER 宣布/v 成立/v 海川研究院/ORG 。/w",  # an announcement, not a founding
        "张伟/PER 与/p 全国/n 第一所/m 私立/a 学院/n 合作/v 。/w",  # no founding verb
        "张伟/PER 与/p 李红/PER 共同/d 创建/v 全国/n 第一所/m 私立学院/ORG 。/w",  # a description, no name
        "海川集团/ORG 由/p 张伟/PER 创办/v 的/u 公司/n 控股/v 。/w",  # 创办的 + noun: another company
        "海川集团/ORG 与/p 海川大学/ORG 由/p 张伟/PER 创办/v 。/w",  # two organisations before 由
        "会议/n 由/p 张伟/PER 创办/v 。/w",  # no organisation opens the sentence
    ],
)
def test_row_source_bad(tagged: str) -> None:
    assert _memberships(tagged) == []
