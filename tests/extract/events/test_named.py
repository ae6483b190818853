"""Pass 1 (kg/extract/events/named.py): the event spans that name events, and the events they name."""

from __future__ import annotations

import pytest
from event_stages import EXPO, EXPO_NAME, extraction, snapshot, stages

from kg.extract.events.named import find_spans, name_events

# fmt: off
NAMES = [
    ("plain name", [EXPO], {"第三届海川茶叶博览会"}),
    ("quoted title kept whole", ["“/w 江南/LOC 春色/n ——/w 明清/TIME 江南/LOC 园林/n 文物/n 特展/n ”/w 在/p 海川/LOC 博物馆/ORG 开幕/v 。/w"], {"江南春色——明清江南园林文物特展"}),
    ("暨 names one event", ["2024/m 海川/LOC 人工智能/n 高峰论坛/n 暨/c 启智/nz 开发者/n 大会/n 开幕/v 。/w"], {"2024海川人工智能高峰论坛暨启智开发者大会"}),
    ("sub-forum and its parent", [EXPO_NAME + " “/w 数字/n 茶业/n ”/w 分论坛/n 举行/v 。/w"], {"第三届海川茶叶博览会", "第三届海川茶叶博览会“数字茶业”分论坛"}),
    ("web board is no event", ["网友/n 在/p 育碧/ORG 官方/n 论坛/n 发帖/v 。/w"], set()),
    ("wrongdoing is no event", ["警方/n 打掉/v 一个/m “/w 套路贷/nz ”/w 犯罪/vn 活动/vn 团伙/n 。/w"], set()),
    ("brand and year without a head", ["2024/m SkyJoy/nz 正式/ad 开幕/v 。/w"], {"2024SkyJoy"}),
    ("brand without a year", ["SkyJoy/nz 正式/ad 开幕/v 。/w"], set()),
    ("brand and year that does not open", ["2024/m SkyJoy/nz 发布/v 新品/n 。/w"], set()),
    ("headline label cut", ["预告/vn 丨/v 海川/LOC 第七届/m 桃花节/n 开幕/v"], {"海川第七届桃花节"}),
    ("platform is no event", ["云上/n 海川/LOC 茶博会/nz 开幕/v 。/w"], set()),
    ("body beside its annual meeting", ["中国/LOC 海川/LOC 发展/vn 论坛/n 2024年/TIME 年会/n 开幕/v 。/w", "中国/LOC 海川/LOC 发展/vn 论坛/n 是/v 交流/vn 平台/n 。/w"], {"中国海川发展论坛2024年年会"}),
    ("organiser slot is no event", ["本次/r 论坛/n 由/p 第三届/m 海川/LOC 茶叶/n 博览会/n 组委会/n 主办/v 。/w"], set()),
]
ALIASES = [
    ("quoted tail", ["“/w 江南/LOC 春色/n ——/w 明清/TIME 江南/LOC 园林/n 文物/n 特展/n ”/w 在/p 海川/LOC 博物馆/ORG 开幕/v 。/w"], "江南春色——明清江南园林文物特展", ("江南园林文物特展",)),
    ("part before 暨", ["2024/m 海川/LOC 人工智能/n 高峰论坛/n 暨/c 启智/nz 开发者/n 大会/n 开幕/v 。/w"], "2024海川人工智能高峰论坛暨启智开发者大会", ("2024海川人工智能高峰论坛",)),
    ("defined short form, with a year later", ["第三届/m 海川/LOC 国际/n 茶叶/n 博览会/n （/w 简称/v “/w 海川茶博会/nz ”/w ）/w 于/p 5月20日/TIME 开幕/v 。/w", "2024/m 海川茶博会/nz 吸引/v 众多/a 客商/n 。/w"], "第三届海川国际茶叶博览会", ("海川茶博会", "2024海川茶博会")),
    ("no alias of a plain name", [EXPO], "第三届海川茶叶博览会", ()),
    ("a body before 暨 is no alias", ["海川/LOC 学会/n 暨/c 青山/LOC 论坛/n 开幕/v 。/w"], "海川学会暨青山论坛", ()),
    ("an edition of 会 before 暨 is", ["第9届/m 青山/n 会/n 暨/c 2024/m 海川/LOC 论坛/n 开幕/v 。/w"], "第9届青山会暨2024海川论坛", ("第9届青山会",)),
    ("a congress by its short name", ["中国共产党/ORG 第二十次/m 全国/n 代表大会/n 开幕/v 。/w", "党/n 的/u 二十大/n 选举/v 中央/n 委员会/n 。/w"], "中国共产党第二十次全国代表大会", ("党的二十大",)),
    ("a short name of another congress stays apart", ["中国共产党/ORG 第二十次/m 全国/n 代表大会/n 开幕/v 。/w", "党/n 的/u 十九大/n 以来/f 。/w"], "中国共产党第二十次全国代表大会", ()),
]
# fmt: on


@pytest.mark.parametrize(("case", "sentences", "names"), NAMES, ids=[c[0] for c in NAMES])
def test_named_events(case: str, sentences: list[str], names: set[str]) -> None:
    assert {e.name for e in extraction(*sentences).events} == names


@pytest.mark.parametrize(("case", "sentences", "name", "aliases"), ALIASES, ids=[c[0] for c in ALIASES])
def test_aliases(case: str, sentences: list[str], name: str, aliases: tuple[str, ...]) -> None:
    events = {e.name: e for e in extraction(*sentences).events}
    assert events[name].aliases == aliases


def test_sub_event_parent() -> None:
    events = {
        e.name: e.parent for e in extraction(EXPO_NAME + " “/w 数字/n 茶业/n ”/w 分论坛/n 举行/v 。/w").events
    }
    assert events == {
        "第三届海川茶叶博览会": None,
        "第三届海川茶叶博览会“数字茶业”分论坛": "第三届海川茶叶博览会",
    }


def test_passes_are_pure() -> None:
    s = stages("2024/m 海川/LOC 人工智能/n 高峰论坛/n 暨/c 启智/nz 开发者/n 大会/n 开幕/v 。/w", EXPO)
    views, spans = find_spans(s.parsed)
    assert spans == s.spans and [v.sentence for v in views] == [v.sentence for v in s.found_views]
    table, placed, defined = name_events(s.spans)
    assert (snapshot(table), placed, defined) == (snapshot(s.named), s.placed, s.defined)
    assert spans == s.spans  # the input is frozen and unchanged
