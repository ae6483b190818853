"""The organisation forest: one parent per unit, no cycles, canonical names."""

from __future__ import annotations

import pytest

from kg.link.hierarchy import ancestors, root, unit_links

# fmt: off
CASES = [
    ([("小米集团手机部", "小米集团")], {"小米集团手机部": "小米集团"}),
    ([("甲部乙司", "甲部"), ("甲部乙司丙处", "甲部乙司")], {"甲部乙司": "甲部", "甲部乙司丙处": "甲部乙司"}),
    ([("单位", "单位")], {}),  # a unit of itself is no link
    ([("甲", "乙"), ("乙", "甲")], {"乙": "甲"}),  # in name order; the other would close a cycle
    ([("单位", "甲"), ("单位", "乙"), ("单位", "乙")], {"单位": "乙"}),  # stated most often
    ([("单位", "甲"), ("单位", "甲集团")], {"单位": "甲集团"}),  # a tie: the longer name
    ([], {}),
]
# fmt: on


@pytest.mark.parametrize(("stated", "expected"), CASES)
def test_unit_links(stated: list[tuple[str, str]], expected: dict[str, str]) -> None:
    assert unit_links(stated) == expected


def test_unit_links_use_canonical_names() -> None:
    canonical = {"工信部": "工业和信息化部"}.get
    links = unit_links([("工信部运行监测协调局", "工信部")], canonical=lambda n: canonical(n) or n)
    assert links == {"工信部运行监测协调局": "工业和信息化部"}


def test_ancestors_and_root() -> None:
    links = {"丙处": "乙司", "乙司": "甲部"}
    assert ancestors(links, "丙处") == ["丙处", "乙司", "甲部"]
    assert root(links, "丙处") == "甲部"
    assert root(links, "丁") == "丁"
