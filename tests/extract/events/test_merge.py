"""Pass 2 (kg/extract/events/merge.py): one event per distinct event."""

from __future__ import annotations

import pytest
from event_stages import EXPO, extraction, snapshot, stages, view_state

from kg.extract.events.merge import add_acronyms, attach_named, merge_abbreviations

# fmt: off
MERGED = [
    ("abbreviation, same edition", ["第七届/m 海川/LOC 国际/n 经济/n 论坛/n 开幕/v 。/w", "第七届/m 海川/LOC 论坛/n 吸引/v 众多/a 嘉宾/n 。/w"], {"第七届海川国际经济论坛": ("第七届海川论坛",)}),
    ("bracketed place variant", ["第十二届/m 中国/LOC （/w 海川/LOC ）/w 国际/n 龙舟节/n 开幕/v 。/w", "第十二届/m 海川/LOC 国际/n 龙舟节/n 吸引/v 游客/n 。/w"], {"第十二届中国（海川）国际龙舟节": ("第十二届海川国际龙舟节",)}),
    ("acronym of event_acronyms.tsv", ["第七届/m 中国国际进口博览会/nz 开幕/v 。/w", "进博会/nz 吸引/v 众多/a 客商/n 。/w"], {"第七届中国国际进口博览会": ("进博会",)}),
    ("two years are two events", ["2023/m 海川/LOC 茶叶/n 博览会/n 闭幕/v 。/w", "2024/m 海川/LOC 茶叶/n 博览会/n 开幕/v 。/w"], {"2023海川茶叶博览会": (), "2024海川茶叶博览会": ()}),
    ("another edition is not abbreviated", ["第七届/m 海川/LOC 国际/n 经济/n 论坛/n 开幕/v 。/w", "第六届/m 海川/LOC 论坛/n 曾/d 吸引/v 众多/a 嘉宾/n 。/w"], {"第七届海川国际经济论坛": (), "第六届海川论坛": ()}),
]
# fmt: on


@pytest.mark.parametrize(("case", "sentences", "events"), MERGED, ids=[c[0] for c in MERGED])
def test_merged(case: str, sentences: list[str], events: dict[str, tuple[str, ...]]) -> None:
    assert {e.name: e.aliases for e in extraction(*sentences).events} == events


def test_acronym_alias_mention() -> None:
    aliases = extraction("第七届/m 中国国际进口博览会/nz 开幕/v 。/w", "进博会/nz 吸引/v 客商/n 。/w").aliases
    assert [(a.short, a.full) for a in aliases if a.kind == "event"] == [("进博会", "中国国际进口博览会")]


def test_passes_are_pure() -> None:
    s = stages(
        "第七届/m 海川/LOC 国际/n 经济/n 论坛/n 开幕/v 。/w",
        "第七届/m 海川/LOC 论坛/n 吸引/v 嘉宾/n 。/w",
        EXPO,
    )
    before = snapshot(s.named)
    assert snapshot(merge_abbreviations(s.named)) == snapshot(s.merged)
    assert snapshot(s.named) == before and len(s.named.order) == 3 and len(s.merged.order) == 2
    table, aliases = add_acronyms(s.document, s.merged, s.found_views)
    assert (snapshot(table), aliases) == (snapshot(s.acronyms), ())
    views = view_state(s.found_views)
    assert view_state(attach_named(s.acronyms, s.found_views, s.placed)) == view_state(s.attached)
    assert view_state(s.found_views) == views and all(not v.named for v in s.found_views)
