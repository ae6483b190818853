"""Alias index (short forms → full names) and definitions found in the text."""

from __future__ import annotations

import pytest

from kg.link.aliases import abbreviations, alias_index, defined_aliases
from kg.model import Document

# fmt: off
# (names mentioned, (short, full) pairs, table, name asked, canonical expected)
INDEX_CASES = [
    (["工业和信息化部", "工信部"], [("工信部", "工业和信息化部")], {}, "工信部", "工业和信息化部"),
    (["工信部"], [], {"工信部": "工业和信息化部"}, "工信部", "工业和信息化部"),  # the table alone expands
    (["工业和信息化部"], [], {"工信部": "工业和信息化部"}, "工业和信息化部", "工业和信息化部"),
    (["全球智能博览会", "全球智博会"], [("全球智博会", "全球智能博览会")], {}, "全球智博会", "全球智能博览会"),
    (["ＷＡＩＣ"], [("WAIC", "世界人工智能大会")], {}, "ＷＡＩＣ", "世界人工智能大会"),  # NFKC first
    # a short form of two different events merges neither
    (["2023世界人工智能大会", "2024世界人工智能大会", "世界人工智能大会"],
     [("世界人工智能大会", "2023世界人工智能大会"), ("世界人工智能大会", "2024世界人工智能大会")], {},
     "世界人工智能大会", "世界人工智能大会"),
    (["2023世界人工智能大会", "2024世界人工智能大会"],
     [("世界人工智能大会", "2023世界人工智能大会"), ("世界人工智能大会", "2024世界人工智能大会")], {},
     "2024世界人工智能大会", "2024世界人工智能大会"),
    # two full forms that are themselves one thing keep their short form unambiguous
    (["国家发展和改革委员会", "国家发改委", "发改委"],
     [("国家发改委", "国家发展和改革委员会"), ("发改委", "国家发展和改革委员会"), ("发改委", "国家发改委")], {},
     "发改委", "国家发展和改革委员会"),
    (["某某公司"], [], {}, "某某公司", "某某公司"),  # nothing to do
    (["甲"], [("甲", "甲")], {}, "甲", "甲"),  # a self-pair is ignored
]
# fmt: on


@pytest.mark.parametrize(("names", "pairs", "table", "asked", "expected"), INDEX_CASES)
def test_alias_index_canonical(
    names: list[str], pairs: list[tuple[str, str]], table: dict[str, str], asked: str, expected: str
) -> None:
    assert alias_index(names, pairs, table=table).canonical(asked) == expected


def test_alias_index_ambiguous_short_is_an_alternate_name_of_each() -> None:
    index = alias_index(
        ["2023世界人工智能大会", "2024世界人工智能大会"],
        [("世界人工智能大会", "2023世界人工智能大会"), ("世界人工智能大会", "2024世界人工智能大会")],
    )
    assert index.aliases("2023世界人工智能大会") == ("世界人工智能大会",)
    assert index.aliases("2024世界人工智能大会") == ("世界人工智能大会",)


def test_alias_index_prefers_the_most_mentioned_full_name() -> None:
    index = alias_index(["甲集团", "甲集团", "甲集团有限公司"], [("甲", "甲集团"), ("甲", "甲集团有限公司")])
    assert index.canonical("甲集团有限公司") == "甲集团有限公司"  # two fulls of one short: ambiguous
    index = alias_index(["乙大学", "乙大"], [("乙大", "乙大学")])
    assert index.canonical("乙大") == "乙大学" and index.aliases("乙大学") == ("乙大",)


def test_abbreviation_table_is_loaded() -> None:
    assert abbreviations()["工信部"] == "工业和信息化部"


def _doc(text: str) -> Document:
    return Document("d", "d.txt", text)


# fmt: off
DEFINITION_CASES = [
    ("第五届全球智能博览会（简称“全球智博会”）在苏州开幕。", ["第五届全球智能博览会"], [("全球智博会", "第五届全球智能博览会")]),
    ("甲乙丙科技发展有限公司（以下简称“甲乙丙”）今天发布新品。", ["甲乙丙科技发展有限公司"], [("甲乙丙", "甲乙丙科技发展有限公司")]),
    ("世界智能大会(简称:WIC)在天津举行。", ["世界智能大会"], [("WIC", "世界智能大会")]),
    ("会议（简称“年会”）在北京举行。", ["世界智能大会"], []),  # follows no known name: ignored
    ("第五届全球智能博览会（下同）在苏州开幕。", ["第五届全球智能博览会"], []),  # no definition
]
# fmt: on


@pytest.mark.parametrize(("text", "names", "expected"), DEFINITION_CASES)
def test_defined_aliases(text: str, names: list[str], expected: list[tuple[str, str]]) -> None:
    found = defined_aliases(_doc(text), names, "event")
    assert [(a.short, a.full) for a in found] == expected
