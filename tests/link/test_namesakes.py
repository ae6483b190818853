"""The namesake rule (kg/link/namesakes.py): merge by name unless something contradicts it."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.link.namesakes import Profile, cluster, contradiction, disambiguators, sector

# fmt: off
SECTOR_CASES = [
    ("工业和信息化部", "government"),
    ("浙江省人民政府", "government"),
    ("苏州市", "government"),
    ("工业和信息化部运行监测协调局", "government"),
    ("小米集团手机部", "enterprise"),  # the unit of a company is in the company's sector
    ("商汤科技", "enterprise"),
    ("华为技术有限公司", "enterprise"),
    ("阿里巴巴集团董事会", "enterprise"),
    ("中国科技大学", "academia"),  # 科技 only counts at the end of a name
    ("之江实验室", "academia"),
    ("中国工程院", "academia"),
    ("中国电子学会", "society"),
    ("全国政协", "assembly"),
    ("致公党中央", "assembly"),
    ("某某", None),
]
# fmt: on


@pytest.mark.parametrize(("name", "expected"), SECTOR_CASES)
def test_sector(name: str, expected: str | None) -> None:
    assert sector(name) == expected


D1, D2, FAR = dt.date(2024, 5, 1), dt.date(2024, 9, 1), dt.date(2026, 1, 1)


def P(  # noqa: N802 - one letter keeps the case table on one line per case
    doc: str,
    *roots: str,
    date: dt.date | None = D1,
    posts: tuple[tuple[str, str], ...] = (),
    events: tuple[str, ...] = (),
) -> Profile:  # noqa: N802
    return Profile("王伟", doc, date, frozenset(roots), frozenset(posts), frozenset(events))


# fmt: off
CONTRADICTION_CASES = [
    (P("a", "工业和信息化部"), P("b", "甲科技有限公司", date=D2), "sectors"),  # civil servant vs company
    (P("a", "工业和信息化部"), P("b", "甲科技有限公司", date=None), "sectors"),  # no date: cannot rule it out
    (P("a", "工业和信息化部"), P("b", "甲科技有限公司", date=FAR), None),  # years apart: a career move
    (P("a", "中国电子学会"), P("b", "工业和信息化部", date=D2), None),  # society and ministry: 徐晓兰
    (P("a", "清华大学"), P("b", "甲科技有限公司", date=D2), None),  # professor and founder
    (P("a", "工业和信息化部", "甲集团"), P("b", "乙有限公司", date=D2), None),  # a profile on both sides
    (P("a", "甲市", posts=(("市长", "甲市"),)), P("b", "乙市", posts=(("市长", "乙市"),)), "sole post"),
    (P("a", "甲市", posts=(("副市长", "甲市"),)), P("b", "乙市", posts=(("副市长", "乙市"),)), None),  # deputies
    (P("a", "甲大学", posts=(("校长", "甲大学"),)), P("b", "乙大学", posts=(("校长", "乙大学"),)), "sole post"),
    (P("a", "甲市", posts=(("市长", "甲市"),)), P("b", "甲市", posts=(("市长", "甲市"),)), None),  # same city
    (P("a", "工业和信息化部", events=("论坛",)), P("b", "甲有限公司", events=("论坛",)), None),  # shared event
    (P("a"), P("b", "甲有限公司"), None),  # nothing known about a
]
# fmt: on


@pytest.mark.parametrize(("a", "b", "expected"), CONTRADICTION_CASES)
def test_contradiction(a: Profile, b: Profile, expected: str | None) -> None:
    assert contradiction(a, b) == expected
    assert contradiction(b, a) == expected  # symmetric


def _people(profiles: list[Profile]) -> list[list[str]]:
    return [sorted(p.doc_id for p in person) for person in cluster(profiles)]


def test_cluster_merges_when_nothing_contradicts() -> None:
    assert _people([P("a", "中国电子学会"), P("b", "工业和信息化部", date=D2), P("c")]) == [["a", "b", "c"]]


def test_cluster_keeps_namesakes_apart() -> None:
    people = _people([P("a", "工业和信息化部"), P("b", "甲科技有限公司", date=D2)])
    assert people == [["a"], ["b"]]


def test_cluster_shared_context_wins_over_a_contradiction() -> None:
    # b and c share 甲市; a contradicts c (sole post) but b joins a, so the three would be one person
    # only through b: shared context groups b with c first, and that group contradicts a.
    a = P("a", "乙市", posts=(("市长", "乙市"),))
    b = P("b", "甲市", date=D2)
    c = P("c", "甲市", date=D2, posts=(("市长", "甲市"),))
    assert _people([a, b, c]) == [["a"], ["b", "c"]]


def test_cluster_does_not_guess_between_two_namesakes() -> None:
    profiles = [P("a", "工业和信息化部"), P("b", "甲科技有限公司", date=D2), P("c", "清华大学", date=D2)]
    assert _people(profiles) == [["a"], ["b"], ["c"]]  # c fits both: a person of its own


def test_cluster_is_order_independent() -> None:
    profiles = [
        P("a", "工业和信息化部"),
        P("b", "甲科技有限公司", date=D2),
        P("c", date=D2),
        P("d", "工业和信息化部"),
    ]
    assert _people(profiles) == _people(list(reversed(profiles)))


def test_disambiguators() -> None:
    persons = cluster([P("a", "工业和信息化部"), P("b", "甲科技有限公司", date=D2), P("c", "工业和信息化部")])
    assert len(persons) == 2
    assert disambiguators(persons) == [None, "甲科技有限公司"]
    assert disambiguators([[P("a")], [P("b")], [P("c")]]) == [None, "b", "c"]
    assert disambiguators([[P("a")], [P("b", "乙")], [P("c", "乙")]]) == [None, "乙", "乙_2"]
