"""The ``segment`` constructions (what organisation a title has): good and bad sentences, LAC-free."""

from __future__ import annotations

import pytest
from tagged import run


def _memberships(*tagged: str) -> list[str]:
    return sorted("|".join((m.person, m.title, m.org or "")) for m in run(*tagged).memberships)


@pytest.mark.parametrize(
    ("tagged", "gives"),
    [
        ("载人/v 飞船/n 系统/n 总设计师/n 王立新/PER 介绍/v 。/w", ["王立新|飞船系统总设计师|"]),
        ("哈萨克斯坦/LOC 大使/n 努尔兰/PER 致辞/v 。/w", ["努尔兰|大使|哈萨克斯坦"]),
        ("时任/v 市委/n 常委/n 刘建国/PER 主持/v 。/w", ["刘建国|常委|市委"]),
        ("出席/v 的/u 副总裁/n 张明远/PER 讲话/v 。/w", ["张明远|副总裁|"]),
        ("副总裁/n 张明远/PER 出席/v 。/w", ["张明远|副总裁|"]),
        ("（/w 记者/n 刘一/PER ）/w", ["刘一|记者|"]),
        # named-title: the person addressed by the title after the name, not an organisation
        ("王广善/PER 总经理/n 致辞/v 。/w", ["王广善|总经理|"]),
        ("海川集团/ORG 王广善/PER 总经理/n 致辞/v 。/w", ["王广善|总经理|海川集团"]),
        ("商汤/PER 联合创始人/n 徐冰/PER 发言/v 。/w", ["徐冰|联合创始人|商汤"]),  # a name after: token-title
        ("李红/PER 教授/n 发言/v 。/w", []),  # an academic title addresses, it is no office here
        ("陈副/PER 处长/n 证实/v 。/w", []),  # a surname and a rank, no name
        ("别克/ORG 穆拉托夫/PER 大使/n 致辞/v 。/w", []),  # a short word before the name may be part of it
        # the model's glue undone: 系系 (the unit's 系 and 系主任's), 时任 inside an ORG word
        ("海川学院/ORG 经济/n 系系/n 主任/n 李立/PER 出席/v 。/w", ["李立|主任|海川学院经济系"]),
        ("对/p 海川银行时/ORG 任/v 董事长/n 董立/PER 警告/v 。/w", ["董立|董事长|海川银行"]),
        # field-title: field words after a 、 in a chain stay in the title, the chain gives the organisation
        (
            "海川集团/ORG 董事长/n 兼/c 财务/n 总监/n 高立/PER 出席/v 。/w",
            ["高立|董事长|海川集团", "高立|财务总监|海川集团"],
        ),
        ("财务/n 总监/n 高立/PER 出席/v 。/w", []),  # no link before the field words: no title opens
        # topic-title: the organisation opening the sentence, for the title of its head only
        (
            "2019年/TIME ，/w 海川中学/ORG 举行/v 典礼/n ，/w 副校长/n 王平/PER 致辞/v 。/w",
            ["王平|副校长|海川中学"],
        ),
        (
            "海川集团/ORG 召开/v 大会/n ，/w 秘书长/n 王平/PER 主持/v 。/w",
            ["王平|秘书长|"],
        ),  # no head's title
        (
            "海川市/LOC 召开/v 大会/n ，/w 校长/n 王平/PER 发言/v 。/w",
            ["王平|校长|"],
        ),  # a place, no organisation
        (
            "海川集团/ORG 与/p 海川大学/ORG 签约/v ，/w 校长/n 王平/PER 致辞/v 。/w",
            ["王平|校长|"],
        ),  # two before
        (
            "会上/n ，/w 海川大学/ORG 发布/v 报告/n ，/w 校长/n 王平/PER 致辞/v 。/w",
            ["王平|校长|"],
        ),  # not opening
        ("海川集团/ORG 召开/v 大会/n ，/w 校长/n 王平/PER 致辞/v 。/w", ["王平|校长|"]),  # a school's head
        # topic-title: a unit word heading no title (地处/UNIT) names no other organisation
        (
            "海川中学/ORG 创办/v 于/p 1966年/TIME ，/w 地处/UNIT 城东/s ，/w 现任/v 校长/n 王平/PER 。/w",
            ["王平|校长|海川中学"],
        ),
        # ref-antecedent: a word pointing back names the one organisation of its kind before it
        ("海川银行/ORG 成立/v 多年/m ，/w 本行/r 行长/n 王平/PER 说/v 。/w", ["王平|行长|海川银行"]),
        (
            "海川银行/ORG 与/p 江城银行/ORG 签约/v ，/w 该行/r 董事长/n 王平/PER 说/v 。/w",
            ["王平|董事长|"],
        ),  # two banks before: none
        (
            "王平/PER 离开/v 海川科技有限公司/ORG 后/f 加入/v 一家/m 新/a 公司/n ，/w 公司/n 总裁/n 李明/PER 说/v 。/w",
            ["李明|总裁|"],
        ),  # another 公司 between: the new one, unnamed
        (
            "海川集团/ORG 成立/v 多年/m ，/w 公司/n 总裁/n 李明/PER 说/v 。/w",
            ["李明|总裁|"],
        ),  # 公司 names a 公司
        (
            "中国科学院/ORG 院士/n 、/w 该校/r 副校长/n 王明/PER 出席/v 。/w",
            ["王明|副校长|", "王明|院士|中国科学院"],
        ),  # an academy is no school
        ("该行/r 董事长/n 王平/PER 说/v 。/w", ["王平|董事长|"]),  # nothing named before
        # the organisation of a title is no topic
        (
            "海川大学/ORG 校长/n 张伟/PER ，/w 副校长/n 王平/PER 出席/v 。/w",
            ["张伟|校长|海川大学", "王平|副校长|"],
        ),
    ],
)
def test_segment_good(tagged: str, gives: list[str]) -> None:
    assert _memberships(tagged) == gives


@pytest.mark.parametrize(
    "tagged",
    [
        "研究院/n 系统/n 总设计师/n 王立新/PER 介绍/v 。/w",  # no programme named, no opening
        "美丽/a 副总裁/n 张明远/PER 讲话/v 。/w",  # the title opens no phrase and has no organisation
        "图灵奖/nz 得主/n 。/w",  # an award with no one named
        "主任/n 海川集团/ORG 董事长/n 。/w",  # titles without a holder
        "海川大学/ORG 校长/n 林某/PER 出席/v 。/w",  # a withheld name
        "海川大学/ORG 校长/n 许多/m 学生/n 出席/v 。/w",  # 许多 is no name before 学生
    ],
)
def test_segment_bad(tagged: str) -> None:
    assert _memberships(tagged) == []
