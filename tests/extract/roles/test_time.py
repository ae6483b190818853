"""When a membership holds: the title's time word and the verb its construction read
(kg/extract/roles/time.py, kg/resources/membership_time.tsv), LAC-free (tests/tagged.py)."""

from __future__ import annotations

import pytest
from tagged import PUBLISHED, run

from kg.extract.roles.constructions import CONSTRUCTIONS
from kg.extract.roles.time import AFTER, VERB, title_time
from kg.model import Status
from kg.resources import load_rows

CURRENT, FORMER, DESIGNATED, ENDED = Status.CURRENT, Status.FORMER, Status.DESIGNATED, Status.ENDED


@pytest.mark.parametrize(
    ("title", "word", "status"),
    [
        ("原社长", "原", FORMER),
        ("原副检察长", "原", FORMER),
        ("前任主席", "前任", FORMER),
        ("前首相", "前", FORMER),
        ("原任总经理", "原任", FORMER),
        ("候任主席", "候任", DESIGNATED),
        ("社长", "", CURRENT),
        ("副总经理", "", CURRENT),
        # a time character opening a word that is no post: no time word
        ("前台经理", "", CURRENT),
        ("原子能专家", "", CURRENT),
        ("前海董事长", "", CURRENT),
        ("原平市长", "", CURRENT),
        ("原", "", CURRENT),
        ("", "", CURRENT),
    ],
)
def test_title_time(title: str, word: str, status: Status) -> None:
    assert title_time(title) == (word, status)


D = PUBLISHED


@pytest.mark.parametrize(
    ("tagged", "expected"),
    [
        # the title's own time word: the role is the title without it
        ("海川集团/ORG 原/b 董事长/n 赵明/PER 逝世/v 。/w", [("赵明", "原董事长", "董事长", FORMER, None, None)]),
        ("海川学会/ORG 前任/b 主席/n 张三/PER 出席/v 。/w", [("张三", "前任主席", "主席", FORMER, None, None)]),
        ("海川集团/ORG 董事长/n 张伟/PER 出席/v 。/w", [("张伟", "董事长", "董事长", CURRENT, None, None)]),
        # 原 and 前 inside a name are no time words
        ("原平市/LOC 市长/n 王平/PER 出席/v 。/w", [("王平", "市长", "市长", CURRENT, None, None)]),
        ("深圳前海管理局/ORG 局长/n 李强/PER 出席/v 。/w", [("李强", "局长", "局长", CURRENT, None, None)]),
        # appointment and election verbs: current from the article's date
        ("董事会/n 聘任/v 李明/PER 为/p 公司/n 副总经理/n 。/w", [("李明", "副总经理", "副总经理", CURRENT, D, None)]),
        ("张伟/PER 当选/v 海川学会/ORG 理事长/n 。/w", [("张伟", "理事长", "理事长", CURRENT, D, None)]),
        ("选举/v 张伟/PER 为/p 海川银行/ORG 独立董事/n 。/w", [("张伟", "独立董事", "独立董事", CURRENT, D, None)]),
        # a time word between the holder and the verb: the appointment is not of the article's date
        ("张伟/PER 2018年/TIME 当选/v 海川学会/ORG 理事长/n 。/w", [("张伟", "理事长", "理事长", CURRENT, None, None)]),
        # leaving a post: ended on the article's date
        ("王芳/PER 辞去/v 海川集团/ORG 董事长/n 职务/n 。/w", [("王芳", "董事长", "董事长", ENDED, None, D)]),
        ("赵红/PER 不再/d 担任/v 海川银行/ORG 行长/n 。/w", [("赵红", "行长", "行长", ENDED, None, D)]),
        # a post to be taken up: a mark before the verb
        ("董事会/n 拟/v 聘任/v 李明/PER 为/p 海川集团/ORG 副总经理/n 。/w", [("李明", "副总经理", "副总经理", DESIGNATED, None, None)]),
        # résumé clauses: 曾任 former, 现任 current, each clause its own verb
        (
            "郑红/PER ，/w 女/n ，/w 曾任/v 海川大学/ORG 副校长/n ，/w 现任/v 海川学院/ORG 院长/n 。/w",
            [("郑红", "副校长", "副校长", FORMER, None, None), ("郑红", "院长", "院长", CURRENT, None, None)],
        ),
        (
            "周立和/PER ，/w 男/a ，/w 曾/d 任/v 海川集团/ORG 副总经理/n ，/w 海川银行/ORG 董事/n 。/w",
            [("周立和", "副总经理", "副总经理", FORMER, None, None), ("周立和", "董事", "董事", FORMER, None, None)],
        ),
        # a post to be taken up, with no other verb (拟任, 拟出任, 拟 + 任)
        ("张伟/PER 拟任/v 海川银行/ORG 行长/n 。/w", [("张伟", "行长", "行长", DESIGNATED, None, None)]),
        ("张伟/PER 拟出任/v 海川银行/ORG 行长/n 。/w", [("张伟", "行长", "行长", DESIGNATED, None, None)]),
        ("张伟/PER 拟/v 出任/v 海川银行/ORG 行长/n 。/w", [("张伟", "行长", "行长", DESIGNATED, None, None)]),
        ("张伟/PER 将/d 出任/v 海川银行/ORG 行长/n 一职/n 。/w", [("张伟", "行长", "行长", DESIGNATED, None, None)]),
        # counter-example: 拟 is no time word of a post already taken (出任 from the article's date)
        ("张伟/PER 已/d 出任/v 海川银行/ORG 行长/n 。/w", [("张伟", "行长", "行长", CURRENT, D, None)]),
        # rows that state the time themselves: an approval is designated, a count list its trigger's
        ("海川银保监局/ORG 核准/v 胡立/PER 海川信托/ORG 总经理/n 任职/vn 资格/n 。/w", [("胡立", "总经理", "总经理", DESIGNATED, None, None)]),
        (
            "海川银行/ORG 拟/v 聘任/v 2名/m 副行长/n ，/w 分别/d 是/v 张伟/PER 、/w 李强/PER 。/w",
            [("张伟", "副行长", "副行长", DESIGNATED, None, None), ("李强", "副行长", "副行长", DESIGNATED, None, None)],
        ),
        (
            "海川银行/ORG 聘任/v 2名/m 副行长/n ，/w 分别/d 是/v 张伟/PER 、/w 李强/PER 。/w",
            [("张伟", "副行长", "副行长", CURRENT, D, None), ("李强", "副行长", "副行长", CURRENT, D, None)],
        ),
        # the successor takes the post from the article's date; the one who will retire still holds it
        (
            "海川电子/ORG 发言人/n 孙立/PER 将/d 退休/v ，/w 高华/PER 接任/v 。/w",
            [("孙立", "发言人", "发言人", CURRENT, None, None), ("高华", "发言人", "发言人", CURRENT, D, None)],
        ),
        # the issuer's officer resigns to it: ended on the article's date, undated when the text dates it
        (
            "海川股份/ORG （/w 600123/m ）/w 公告/n 。/w || 公司/n 董事会/n 收到/v 副总裁/n 李明/PER 的/u 辞呈/n 。/w",
            [("李明", "副总裁", "副总裁", ENDED, None, D)],
        ),
        (
            "海川股份/ORG （/w 600123/m ）/w 公告/n 。/w || 董事会/n 于/p 4月2日/TIME 收到/v 财务/n 负责人/n 王芳/PER 递交/v 的/u 辞职报告/n 。/w",
            [("王芳", "财务负责人", "财务负责人", ENDED, None, None)],
        ),
        # the holder named after the chain leaves it: ended (undated when the sentence dates it); 将 is no leaving yet
        ("海川集团/ORG 董事会/n 秘书/n 周建林/PER 辞职/v 。/w", [("周建林", "董事会秘书", "董事会秘书", ENDED, None, D)]),
        ("海川集团/ORG 董事会/n 秘书/n 周建林/PER 先生/n 因/p 个人/n 原因/n 辞职/v 。/w", [("周建林", "董事会秘书", "董事会秘书", ENDED, None, D)]),
        ("海川国际/ORG 主席/n 陈立/PER 于/p 6月18日/TIME 离任/v 。/w", [("陈立", "主席", "主席", ENDED, None, None)]),
        ("海川集团/ORG 董事长/n 王立/PER 将/d 于/p 年底/TIME 退休/v 。/w", [("王立", "董事长", "董事长", CURRENT, None, None)]),
        ("海川集团/ORG 董事长/n 王立/PER 出席/v 退休/vn 仪式/n 。/w", [("王立", "董事长", "董事长", CURRENT, None, None)]),
        # the verb governs only the posts after it: 张三's own post is no appointment
        (
            "会议/n 选举/v 海川集团/ORG 董事长/n 张三/PER 为/p 主席/n 。/w",
            [("张三", "主席", "主席", CURRENT, D, None), ("张三", "董事长", "董事长", CURRENT, None, None)],
        ),
    ],
)  # fmt: skip
def test_membership_time(tagged: str, expected: list[tuple[object, ...]]) -> None:
    found = run(*tagged.split(" || "))
    got = sorted((m.person, m.title, m.role, m.status, m.start, m.end) for m in found.memberships)
    assert got == sorted(expected)  # type: ignore[type-var]


def test_no_date_without_an_article_date() -> None:
    found = run("王芳/PER 辞去/v 海川集团/ORG 董事长/n 职务/n 。/w", date=None)  # type: ignore[arg-type]
    (m,) = found.memberships
    assert (m.status, m.start, m.end) == (ENDED, None, None)


def test_the_verb_rows_of_the_table_are_those_that_read_a_verb() -> None:
    assert {c.id for c in CONSTRUCTIONS if c.time == VERB} == {"appointed", "resume-list"}
    assert {c.id for c in CONSTRUCTIONS if c.time == AFTER} == {"after-title"}
    stated = {row[0] for row in load_rows("membership_time.tsv") if row[1] == "row"}
    assert {c.time for c in CONSTRUCTIONS} <= {"", VERB, AFTER, *stated}
    assert {c.id: c.time for c in CONSTRUCTIONS if c.time in stated} == {
        "resignation": "resigned",
        "approved": "approved",
        "successor": "succeeded",
    }


def test_membership_time_rows_are_well_formed() -> None:
    rows = load_rows("membership_time.tsv")
    assert {row[1] for row in rows} == {"prefix", "verb", "mark", "row", "after"}
    assert {Status(row[2]) for row in rows} == set(Status)
    assert {row[3] for row in rows if len(row) > 3} <= {"start", "end"}
    # a date only where it is the article's: appointments start, leavings end
    assert all(Status(row[2]) is (CURRENT if row[3] == "start" else ENDED) for row in rows if len(row) > 3)
