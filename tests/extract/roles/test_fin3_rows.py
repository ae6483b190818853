"""The third announcement round's rows (issue 18): a company that appoints names the bare title's
organisation (appointer-org), and what it must leave alone (a governing body, an appointer inside
a clause, an organisation written before the title); 新任 dates a post and is no part of a name; an
appointment verb the model tagged as a name word opens no organisation; an appointee the model
glued to 为 and 公司 (聘任庄华为公司/ORG 总经理) is read with the issuer's title."""

from __future__ import annotations

import pytest
from tagged import run

# fmt: off
APPOINTER = [
    pytest.param("华信科技/ORG 任命/v 王立新/PER 为/v 总裁/n 。/w", {"王立新|总裁|华信科技"}, id="company appoints to a bare title"),
    pytest.param("明川/ORG 任命/v 李平/PER 为/p 中国/LOC 总裁/n 。/w", {"李平|中国总裁|明川"}, id="a country is the post's scope"),
    pytest.param("明川/ORG 委任/v 李平/PER 为/v 亚太区/LOC 总裁/n 。/w", {"李平|总裁|明川亚太区"}, id="a region unit is the company's"),
    pytest.param("Brightway/ORG 聘任/v 李平/PER 为/v 首席/n 财务官/n 。/w", {"李平|首席财务官|Brightway"}, id="Latin company name"),
    pytest.param("国务院/ORG 任命/v 王立新/PER 为/v 香港特别行政区/LOC 行政长官/n 。/w", {"王立新|行政长官|香港特别行政区"}, id="governing body: the place's post"),
    pytest.param("市政府/ORG 任命/v 王立新/PER 为/v 秘书长/n 。/w", {"王立新|秘书长|"}, id="governing body gives no organisation"),
    pytest.param("据/p 明川/ORG 任命/v 李平/PER 为/v 总裁/n 。/w", {"李平|总裁|"}, id="appointer inside a clause"),
    pytest.param("明川/ORG 任命/v 李平/PER 为/v 海川银行/ORG 行长/n 。/w", {"李平|行长|海川银行"}, id="an organisation before the title wins"),
]

NEW_POST = [
    pytest.param("华信信托/ORG 新任/a 总经理/n 王立新/PER 表示/v 。/w", {"王立新|总经理|华信信托"}, id="ORG 新任 TITLE PER"),
    pytest.param("华信公司/ORG 任命/v 王立新/PER 为/v 新任/a 华信/ORG COO/n 。/w", {"王立新|COO|华信"}, id="为新任 ORG TITLE"),
    pytest.param("王立新/PER 新任/a 华信/ORG 基金/n 督察长/n 。/w", {"王立新|督察长|华信基金"}, id="新任 as the verb"),
    pytest.param("李明/PER 认为/v 新任/a 华信/ORG 总裁/n 王立新/PER 表示/v 。/w", {"王立新|总裁|华信"}, id="认为 is no 为 of an appointment"),
    pytest.param("王立新/PER 为/v 新任/a 华信/ORG 总裁/n 送行/v 。/w", set(), id="为 without an appointment verb"),
]

TRIGGER_IN_ORG = [
    pytest.param("任命/nz 星辰网/nz 创始人/n 王立新/PER 为/v 总裁/n 。/w", {"王立新|创始人|星辰网", "王立新|总裁|"}, id="任命/nz opens no organisation"),
    pytest.param("聘任/nz 星辰网/nz 创始人/n 王立新/PER 为/v 总裁/n 。/w", {"王立新|创始人|星辰网", "王立新|总裁|"}, id="聘任/nz likewise"),
    pytest.param("选举/vn 委员会/n 主任/n 王立新/PER 表示/v 。/w", {"王立新|主任|选举委员会"}, id="选举委员会 keeps its 选举"),
]

ISSUER = "海川股份/ORG （/w 600123/m ）/w 公告/n 。/w || "
GLUED = [
    pytest.param(ISSUER + "董事会/n 聘任/v 黄平为公司/ORG 总经理/n 。/w", {"黄平|总经理|海川股份"}, id="the issuer's title"),
    pytest.param("董事会/n 任命/v 黄平为公司/ORG 总经理/n 。/w", {"黄平|总经理|"}, id="no issuer: no organisation"),
    pytest.param(ISSUER + "记者/n 采访/v 黄平为公司/ORG 总经理/n 。/w", set(), id="no appointment verb"),
    pytest.param(ISSUER + "董事会/n 聘任/v 大力为公司/ORG 总经理/n 。/w", set(), id="no surname"),
    pytest.param(ISSUER + "董事会/n 聘任/v 黄平为集团公司/ORG 总经理/n 。/w", set(), id="only the issuer's words"),
]

# reference_kinds.tsv: 公司 stands for the one firm named by its trade before it (证券, 基金, 控股 …)
REFERENCE = [
    pytest.param("华信证券/ORG 总裁/n 人选/n 落定/v ，/w 公司/n 副总裁/n 王立新/PER 接任/v 。/w", {"王立新|副总裁|华信证券"}, id="公司 for a securities firm"),
    pytest.param("华信证券/ORG 与/c 海川基金/ORG 签约/v ，/w 公司/n 副总裁/n 王立新/PER 出席/v 。/w", {"王立新|副总裁|"}, id="two firms: none"),
    pytest.param("华信证券/ORG 收购/v 海川集团/ORG ，/w 公司/n 副总裁/n 王立新/PER 出席/v 。/w", {"王立新|副总裁|华信证券"}, id="a group is no antecedent of 公司"),
]

JOINED = [
    pytest.param("周立/PER 离职/v ，/w 王芳/PER 已经/d 加盟/v 明川/ORG 中国/LOC ，/w 出任/v 总经理/n 一职/n 。/w", {"王芳|总经理|明川中国"}, id="the joiner of the clause before"),
    pytest.param("王芳/PER 加盟/v 明川/ORG 上海/LOC ，/w 出任/v 总经理/n 。/w", {"王芳|总经理|"}, id="a city is no regional business"),
    pytest.param("周立/PER 离职/v ，/w 王芳/PER 和/c 李明/PER 加盟/v 明川/ORG ，/w 出任/v 总经理/n 。/w", set(), id="two joiners: no holder"),
    pytest.param("周立/PER 离职/v ，/w 王芳/PER 表示/v 将/d 加盟/v 明川/ORG ，/w 出任/v 总经理/n 。/w", set(), id="a reporting verb before the join"),
]

REGION = [
    pytest.param("并/c 向/p 公司/n 亚洲区/LOC 总裁/n 康思德/PER 汇报/v 。/w", set(), id="a company's region is no district"),
    pytest.param("华信集团/ORG 亚洲区/LOC 总裁/n 王芳/PER 表示/v 。/w", {"王芳|总裁|华信集团亚洲区"}, id="the region of a named company"),
    pytest.param("浦东新区/LOC 副区长/n 王芳/PER 表示/v 。/w", {"王芳|副区长|浦东新区"}, id="a district keeps its post"),
]

ADVERB = [
    pytest.param("海川教育/ORG 董事长/n 王立/PER 连续/a 3次/m 进行/v 了/u 减持/vn 。/w", {"王立|董事长|海川教育"}, id="adjective, count, verb"),
    pytest.param("海川教育/ORG 董事长/n 王立/PER 迅速/a 减持/v 。/w", {"王立|董事长|海川教育"}, id="adjective, verb"),
    pytest.param("海川教育/ORG 董事长/n 王立/PER 优秀/a 。/w", set(), id="adjective, no verb"),
    pytest.param("海川教育/ORG 董事长/n 王立/PER 新/a 减持/v 。/w", {"王立新|董事长|海川教育"}, id="one character is the name's last"),
]

ANNOUNCER = [
    pytest.param("华信科技/ORG 宣布/v 高级/a 副总裁/n 王立新/PER 离职/v 。/w", {"王立新|高级副总裁|华信科技"}, id="the verb is no field word"),
    pytest.param("5月29日/TIME ，/w 字节/n 跳动/v 宣布/v 副总裁/n 王立新/PER 离职/v 。/w", {"王立新|副总裁|字节跳动"}, id="a brand the model cut"),
    pytest.param("记者/n 从/p 字节/n 跳动/v 宣布/v 副总裁/n 王立新/PER 离职/v 。/w", {"王立新|副总裁|"}, id="a brand inside a clause"),
    pytest.param("华信科技/ORG 宣布/v 海川银行/ORG 行长/n 王立新/PER 加盟/v 。/w", {"王立新|行长|海川银行"}, id="another company's officer"),
]
# fmt: on


def _found(tagged: str) -> set[str]:
    return {"|".join((m.person, m.title, m.org or "")) for m in run(tagged).memberships}


@pytest.mark.parametrize(("tagged", "expected"), APPOINTER)
def test_appointer_org(tagged: str, expected: set[str]) -> None:
    assert _found(tagged) == expected


@pytest.mark.parametrize(("tagged", "expected"), NEW_POST)
def test_new_post(tagged: str, expected: set[str]) -> None:
    assert _found(tagged) == expected


@pytest.mark.parametrize(("tagged", "expected"), TRIGGER_IN_ORG)
def test_trigger_opens_no_org(tagged: str, expected: set[str]) -> None:
    assert _found(tagged) == expected


@pytest.mark.parametrize(("tagged", "expected"), GLUED)
def test_glued_issuer(tagged: str, expected: set[str]) -> None:
    assert _found(tagged) == expected


@pytest.mark.parametrize(("tagged", "expected"), REFERENCE)
def test_company_reference(tagged: str, expected: set[str]) -> None:
    assert _found(tagged) == expected


@pytest.mark.parametrize(("tagged", "expected"), JOINED)
def test_joined(tagged: str, expected: set[str]) -> None:
    assert _found(tagged) == expected


@pytest.mark.parametrize(("tagged", "expected"), REGION)
def test_region_is_no_place(tagged: str, expected: set[str]) -> None:
    assert _found(tagged) == expected


@pytest.mark.parametrize(("tagged", "expected"), ADVERB)
def test_adverbial_after_name(tagged: str, expected: set[str]) -> None:
    assert _found(tagged) == expected


@pytest.mark.parametrize(("tagged", "expected"), ANNOUNCER)
def test_announcer_org(tagged: str, expected: set[str]) -> None:
    assert _found(tagged) == expected
