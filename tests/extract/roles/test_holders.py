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
        ("免去/v 张伟/PER 同志/n 海川大学/ORG 校长/n 职务/n 。/w", ["张伟|校长|海川大学"]),  # no 的
        ("作为/p 海川集团/ORG 董事长/n ，/w 张伟/PER 表示/v 。/w", ["张伟|董事长|海川集团"]),
        (
            "张伟/PER 今年/TIME 六十岁/m ，/w 从/p 2000年/TIME 开始/v 担任/v 海川银行/ORG 行长/n 。/w",
            ["张伟|行长|海川银行"],
        ),
        ("时任/v 海川市/LOC 市长/n 的/u 刘建国/PER 出席/v 。/w", ["刘建国|市长|海川市"]),
        ("海川大学/ORG 校长/n 张伟/PER 、/w 李强/PER 教授/n 出席/v 。/w", ["张伟|校长|海川大学"]),
        # a name addressed by its post right before the verb takes the chain after it
        ("王立忠/PER 副校长/n 任/v 海川大学/ORG 校长/n 。/w", ["王立忠|副校长|", "王立忠|校长|海川大学"]),
        ("市长/n 王立忠/PER 任/v 海川大学/ORG 校长/n 。/w", ["王立忠|市长|", "王立忠|校长|海川大学"]),
        ("海川集团/ORG 副校长/n 任/v 海川大学/ORG 校长/n 。/w", []),
        # a name between two titles: held by the first only when the second opens a clause (对/p)
        (
            "会见/v 海川网/ORG 董事长/n 张立/PER 大使/n 对/p 工作/n 给予/v 肯定/vn 。/w",
            ["张立|董事长|海川网"],
        ),
        ("海川集团/ORG 董事长/n 张立/PER 大使/n 出席/v 。/w", []),
        ("海川集团/ORG 董事长/n 张立/PER 大使/n 李强/PER 对/p 工作/n 给予/v 肯定/vn 。/w", []),
        ("责任编辑/n ：/w 刘一/PER", ["刘一|责任编辑|"]),
        # résumé: the opening name, with a form of address, a birth bracket, a colon, takes each clause
        ("孙一鸣/PER 先生/n ，/w 现任/v 海川集团/ORG 副总裁/n 。/w", ["孙一鸣|副总裁|海川集团"]),
        (
            "周立和/PER （/w 1963年/TIME —/w ）/w ，/w 历任/v 海川大学/ORG 副校长/n 、/w 校长/n 。/w",
            ["周立和|副校长|海川大学", "周立和|校长|海川大学"],
        ),
        ("郑红/PER ：/w 女/a ，/w 汉族/nz ，/w 现任/v 海川银行/ORG 董事/n 。/w", ["郑红|董事|海川银行"]),
        (
            "刘洋/PER ，/w 高级经济师/nz ，/w 曾/d 任/v 海川集团/ORG 总经理/n ；/w 现任/v 海川银行/ORG 董事长/n 。/w",
            ["刘洋|总经理|海川集团", "刘洋|董事长|海川银行"],
        ),
        (
            "王平/PER 先生/n 自/p 2006年/TIME 至今/d 担任/v 海川集团/ORG 副总经理/n 。/w",
            ["王平|副总经理|海川集团"],
        ),
        (
            "张伟/PER ，/w 男/a ，/w 现任/v 海川集团/ORG 董事/n ，/w 海川银行/ORG 独立董事/n 。/w",
            ["张伟|独立董事|海川银行", "张伟|董事|海川集团"],
        ),
        ("李强/PER ，/w 中国/LOC 国籍/n ，/w 现任/v 海川集团/ORG 监事/n 。/w", ["李强|监事|海川集团"]),
        ("张伟/PER 先生/n ，/w 现任/v 海川银行/ORG 独立/a 监事/n 。/w", ["张伟|独立监事|海川银行"]),
        # a grade after the posts has no organisation and is no post
        (
            "张伟/PER ，/w 男/a ，/w 现任/v 海川集团/ORG 董事长/n ，/w 高级/a 工程师/n 。/w",
            ["张伟|董事长|海川集团"],
        ),
        # the name that opens the clause, not the résumé's
        ("张伟/PER ，/w 男/a ，/w 李强/PER 现任/v 海川集团/ORG 董事长/n 。/w", ["李强|董事长|海川集团"]),
        (
            "张伟/PER ，/w 男/a ，/w 其/r 妻子/n 李红/PER ，/w 现任/v 海川集团/ORG 董事长/n 。/w",
            ["李红|董事长|海川集团"],
        ),
        # title-is: the post, a copula or a colon, then the name closing the clause
        (
            "海川集团/ORG 的/u 董事长/n 是/v 王立新/PER ，/w 总裁/n 是/v 李明/PER 。/w",
            ["李明|总裁|", "王立新|董事长|海川集团"],
        ),
        ("首任/m 会长/n 为/p 刘洋/PER ，/w", ["刘洋|会长|"]),
        (
            "海川中学/ORG 副校长/n ：/w 张伟/PER 、/w 李强/PER",
            ["张伟|副校长|海川中学", "李强|副校长|海川中学"],
        ),
        # name-first after a colon: the chain must name its organisation
        ("吕立/PER 职务/n ：/w 海川餐饮管理有限公司/ORG 董事长/n", ["吕立|董事长|海川餐饮管理有限公司"]),
        # name-is: the name, a copula, then the chain closing the clause
        ("张伟/PER 同时/d 也是/v 海川集团/ORG 的/u 董事长/n 。/w", ["张伟|董事长|海川集团"]),
        ("张伟/PER 是/v 海川协会/ORG 副会长/n ，/w 喜欢/v 读书/v 。/w", ["张伟|副会长|海川协会"]),
        # apposed: the opening name, résumé clauses, then posts at organisations as clauses of their own
        (
            "张伟/PER ，/w 1962年/TIME 生/v ，/w 海川集团/ORG 董事长/n ，/w 高级/a 农艺师/n 。/w",
            ["张伟|董事长|海川集团"],
        ),
        (
            "张伟/PER （/w 1972年2月/TIME ）/w ，/w 男/a ，/w 汉族/nz ，/w 山东/LOC 人/n ，/w 中共党员/nz ，/w"
            " 海川集团有限公司/ORG 、/w 海川股份有限公司/ORG 董事长/n",
            ["张伟|董事长|海川股份有限公司"],
        ),
    ],
)
def test_holder_good(tagged: str, gives: list[str]) -> None:
    assert _memberships(tagged) == gives


@pytest.mark.parametrize(
    "tagged",
    [
        "陈立/PER 认为/v 海川大学/ORG 教授/n 很/d 多/a 。/w",  # no name before or after the chain
        "张伟/PER 的/u 海川集团/ORG 董事长/n 职务/n 。/w",  # 的…职务 without a removal verb
        "作为/p 海川集团/ORG 董事长/n 的/u 责任/n 。/w",  # 作为… with no one named
        "作为/p 海川集团/ORG 董事长/n ，/w 他/r 表示/v 。/w",  # a pronoun after the comma
        "他/r 历任/v 海川集团/ORG 副总经理/n 。/w",  # a pronoun with no one named before
        "记者/n ：/w 您/r 好/a 。/w",  # an interview's question label
        "张伟/PER 表示/v ，/w 现任/v 海川集团/ORG 董事长/n 。/w",  # a name that does not open a résumé
        "会上/n ，/w 现任/v 海川集团/ORG 董事长/n 。/w",  # no name opens the sentence
        "张伟/PER 先生/n 表示/v ，/w 现任/v 海川集团/ORG 董事长/n 很/d 忙/a 。/w",  # 先生 and no résumé
        "王立/PER ，/w 1968年/TIME 出生/v ，/w 曾任/v 海川大学/ORG 院长/n 。/w",  # a birth year alone opens no résumé
        "张伟/PER ，/w 男/a ，/w 毕业/v 于/p 海川大学/ORG ，/w 海川集团/ORG 董事长/n 。/w",  # no career verb before
        "张伟/PER ，/w 男/a ，/w 与/p 李强/PER 共同/d 创业/v ，/w 曾任/v 海川集团/ORG 董事长/n 。/w",  # another name
        "张伟/PER ：/w 董事长/n 。/w",  # a colon before a bare title: a speaker's label, no post
        "海川集团/ORG 董事长/n 为/p 张伟/PER 颁发/v 证书/n 。/w",  # 为 as "for": the name does not close the clause
        "海川集团/ORG 董事长/n 是/v 张伟/PER 的/u 父亲/n 。/w",  # the name is no holder
        "张伟/PER 是/v 海川集团/ORG 董事长/n 的/u 儿子/n 。/w",  # the chain does not close the clause
        "张伟/PER 表示/v ，/w 海川集团/ORG 董事长/n ，/w 很/d 忙/a 。/w",  # a verb clause between
        "张伟/PER ，/w 1962年/TIME 生/v ，/w 高级/a 工程师/n 。/w",  # a grade with no organisation
        "张伟/PER ，/w 李强/PER 的/u 朋友/n ，/w 海川集团/ORG 董事长/n 。/w",  # another name between
    ],
)
def test_holder_bad(tagged: str) -> None:
    assert _memberships(tagged) == []


def test_pronoun_subject_needs_one_person_before() -> None:
    before = "海川集团/ORG 董事长/n 赵明/PER 、/w 总裁/n 钱亮/PER 出席/v 。/w"
    assert [
        m for m in _memberships(before, "他/r 历任/v 海川集团/ORG 副总经理/n 。/w") if "副总经理" in m
    ] == []
