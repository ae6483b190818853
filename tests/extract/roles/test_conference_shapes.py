"""Shapes of unseen conference and government news that LAC cuts or mislabels (issue 18), LAC-free:
each row is a sentence tagged as LAC tags it, the memberships kg must read, and what kg read before
the fix. Bad cases (an empty set, or the plain reading kept) guard precision."""

from __future__ import annotations

import pytest
from tagged import run

# fmt: off
CASES = [
    # names LAC cuts
    pytest.param("日本/LOC 前/f 首相/n 福田/PER 康夫/PER 出席/v 。/w", {"福田康夫|前首相|日本"}, id="two PERs after a title (before: none)"),
    pytest.param("海川市/LOC 市长/n 王刚/PER 李强/PER 出席/v 。/w", set(), id="two Chinese names side by side: no name invented"),
    pytest.param("会上/n 福田/PER 康夫/PER 出席/v 。/w", set(), id="two PERs with no title before: nothing"),
    pytest.param("美国/LOC 驻华/v 大使/n 约翰/PER ·/w F·史密斯/PER 出席/v 。/w", {"约翰·F·史密斯|驻华大使|美国"}, id="a middle initial after a lone dot (before: 约翰)"),
    pytest.param("海川集团/ORG 总裁/n 赵国/PER 中/f 在/p 会/n 上/f 致辞/v 。/w", {"赵国中|总裁|海川集团"}, id="中 before 在 after an office (before: 赵国)"),
    pytest.param("会上/n 赵国/PER 中/f 在/p 发言/v 。/w", set(), id="中 before 在 with no title: nothing joined"),
    pytest.param("海川集团/ORG 董事长/n 王立新/PER 视频/n 致辞/v 。/w", {"王立新|董事长|海川集团"}, id="a name + 视频 + verb (before: none)"),
    pytest.param("海川大学/ORG 校长/n 李明/PER 现场/s 致辞/v 。/w", {"李明|校长|海川大学"}, id="a name + 现场 + verb (before: none)"),
    pytest.param("海川大学/ORG 校长/n 李明/PER 视频/n 。/w", set(), id="视频 with no verb after: no name"),
    pytest.param("傅强/PER 总裁/n 应邀/v 出席/v 。/w", {"傅强|总裁|"}, id="傅 is a surname (before: none)"),
    # titles
    pytest.param("湖南省/LOC 代/v 省长/n 毛立/PER 出席/v 。/w", {"毛立|代省长|湖南省"}, id="代省长 (before: 省长, no org)"),
    pytest.param("外交部/ORG 第一/m 副部长/n 刘强/PER 出席/v 。/w", {"刘强|第一副部长|外交部"}, id="第一副部长 (before: 副部长, no org)"),
    pytest.param("海川集团/ORG 董事长/n 特别/a 助理/n 刘强/PER 出席/v 。/w", {"刘强|董事长特别助理|海川集团"}, id="董事长特别助理 is one title (before: none)"),
    pytest.param("海川大学化学学院/ORG 党总支/n 书记/n 张华/PER 主持/v 。/w", {"张华|党总支书记|海川大学化学学院"}, id="党总支书记 (before: 书记 @ …党总支)"),
    pytest.param("本报/n 融/v 媒体/n 记者/n 李想/PER 报道/v 。/w", {"李想|融媒体记者|"}, id="融媒体记者 (before: none)"),
    pytest.param("海川论坛/nz 发起人/n 陈立东/PER 致辞/v 。/w", {"陈立东|发起人|海川论坛"}, id="发起人 (before: none)"),
    pytest.param("海川队/ORG 领队/n 王刚/PER 表示/v 。/w", {"王刚|领队|海川队"}, id="领队 (before: none)"),
    # organisations
    pytest.param("字节/n 跳动/v 副总裁/n 王立新/PER 出席/v 。/w", {"王立新|副总裁|字节跳动"}, id="a brand cut into a noun and a verb (before: no org)"),
    pytest.param("高瓴/PER 资本/n 创始人/n 王立新/PER 出席/v 。/w", {"王立新|创始人|高瓴资本"}, id="a brand read as a person (before: none)"),
    pytest.param("字节/n 跳动/v 的/u 节奏/n 很/d 快/a 。/w", set(), id="a brand's words with no title after: nothing"),
    # structure
    pytest.param(
        "海川集团/ORG 董事局/n 主席/n 兼/v CEO/n （/w 首席执行官/n ）/w 王立新/PER 出席/v 。/w",
        {"王立新|董事局主席|海川集团", "王立新|CEO|海川集团"}, id="a bracketed gloss inside a chain (before: none)",
    ),
    pytest.param("海川集团/ORG 董事长/n （/w 法定/a 代表人/n ）/w 王立新/PER 出席/v 。/w", set(), id="a bracket that is no title: nothing"),
    pytest.param(
        "协会/n 其他/r 3位/m 理事/n 分别/d 是/v ：/w 张伟/PER 、/w 李强/PER 、/w 王芳/PER 。/w",
        {"张伟|理事|", "李强|理事|", "王芳|理事|"}, id="a list header carrying the title (before: none)",
    ),
    pytest.param("海川集团/ORG 的/u 董事长/n 和/c 总裁/n 分别/d 是/v 张伟/PER 、/w 李强/PER 。/w", set(), id="分别 after two titles pairs them: nothing"),
    pytest.param("（/w 记者/n \\//w 张伟/PER ）/w", {"张伟|记者|"}, id="a slash byline (before: none)"),
]
# fmt: on


@pytest.mark.parametrize(("tagged", "expected"), CASES)
def test_conference_shapes(tagged: str, expected: set[str]) -> None:
    found = {"|".join((m.person, m.title, m.org or "")) for m in run(tagged).memberships}
    assert found == expected
