"""Events, dates, places, participations and organisers of whole documents.

Sentences are written by us and tagged by hand ("word/TAG", LAC's tags), so these tests need no model;
``tagged`` runs the event component over them as the pipeline would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from kg.extract.events import EventMentions, core, extract_events
from kg.extract.spans import provenance
from kg.model import Document, Membership, Sentence
from kg.nlp.backbone import Token
from kg.nlp.event_spans import tag_events
from kg.nlp.pipeline import tokens_to_parse
from kg.nlp.tokens import Parse

D = dt.date


def tagged(text: str) -> Parse:
    tokens = [Token(*item.rsplit("/", 1)) for item in text.split(" ")]
    return tag_events(tokens_to_parse(tokens))


def run(
    sentences: Sequence[str],
    *,
    title: str | None = None,
    date: dt.date | None = None,
    memberships: Sequence[tuple[int, str]] = (),
) -> EventMentions:
    """Extract from a document made of tagged sentences; memberships are (sentence, person)."""
    docs = [tagged(s) for s in sentences]
    parsed: list[tuple[Sentence, Parse]] = []
    offset = 0
    for index, doc in enumerate(docs):
        parsed.append((Sentence("d", index, offset, offset + len(doc.text), doc.text), doc))
        offset += len(doc.text)
    document = Document("d", "test", "".join(d.text for d in docs), title=title, date=date)
    members = []
    for index, person in memberships:
        sentence = parsed[index][0]
        start = sentence.start + sentence.text.index(person)
        members.append(Membership(person, "局长", None, provenance(sentence), (start, start + len(person))))
    return extract_events(document, parsed, members)


EXPO = [
    "第三届/m 长三角/LOC 数字/n 经济/n 博览会/n （/w 简称/v “/w 长三角数博会/nz ”/w ）/w 于/p 2025年5月20日/TIME "
    "在/p 合肥/LOC 隆重/ad 开幕/v ，/w 为期/v 三天/TIME 。/w",
    "博览会/n 由/p 安徽省人民政府/ORG 、/w 商务部/ORG 共同/ad 主办/v ，/w 合肥市商务局/ORG 承办/v 。/w",
    "张明/PER ，/w 李华/PER ，/w 王强/PER 出席/v 开幕式/n 并/c 致辞/v 。/w",
    "赵磊/PER 主持/v 开幕式/n 。/w",
    "在/p 主旨/n 报告/n 环节/n ，/w 陈静/PER 、/w 刘洋/PER 分别/d 作/v 主旨/n 报告/n 。/w",
    "孙伟/PER 出席/v 了/u 本届/r 博览会/n 。/w",
    "孙伟/PER 随后/d 发表/v 演讲/vn 。/w",
    "在/p 本届/r 博览会/n 期间/f 举办/v 的/u 2025/m 长三角/LOC 机器人/n 大赛/n 吸引/v 了/u 百余/m 支/q 队伍/n 。/w",
    "2025/m 长三角数博会/nz 汇聚/v 了/u 300余家/m 企业/n 。/w",
    "周涛/PER 介绍/v 了/u 会议室/n 的/u 布置/vn 。/w",
]


@pytest.fixture(scope="module")
def expo() -> EventMentions:
    return run(EXPO, date=D(2025, 5, 21))


def test_events_one_event_per_name_with_aliases(expo: EventMentions) -> None:
    names = [e.name for e in expo.events]
    assert names == ["第三届长三角数字经济博览会", "2025长三角机器人大赛"]
    assert set(expo.events[0].aliases) == {"长三角数博会", "2025长三角数博会"}
    assert [(a.short, a.full, a.kind) for a in expo.aliases] == [
        ("长三角数博会", "第三届长三角数字经济博览会", "event")
    ]


def test_events_date_place_and_duration(expo: EventMentions) -> None:
    event = expo.events[0]
    assert (event.start_date, event.end_date, event.location) == (D(2025, 5, 20), D(2025, 5, 22), "合肥")


def test_events_sub_event_held_during_the_main_event(expo: EventMentions) -> None:
    assert expo.events[1].parent == "第三届长三角数字经济博览会"
    assert expo.events[1].start_date is None


def test_events_organisers_of_a_generic_subject(expo: EventMentions) -> None:
    assert sorted((o.org, o.role) for o in expo.organizers) == [
        ("合肥市商务局", "承办"),
        ("商务部", "主办"),
        ("安徽省人民政府", "主办"),
    ]
    assert all(o.event == "第三届长三角数字经济博览会" for o in expo.organizers)


# fmt: off
EXPO_ROLES = [
    ("张明", "致辞"), ("李华", "致辞"), ("王强", "致辞"),  # a list: 出席开幕式并致辞 → 致辞 for each
    ("赵磊", "主持"),
    ("陈静", "主旨报告"), ("刘洋", "主旨报告"),  # "主旨报告环节" before the list is no cue
    ("孙伟", "演讲"),  # 出席 dropped for the more specific role
]
# fmt: on


def test_events_participations(expo: EventMentions) -> None:
    found = sorted((p.person, p.role) for p in expo.participations)
    assert found == sorted(EXPO_ROLES)
    assert {p.event for p in expo.participations} == {"第三届长三角数字经济博览会"}


def test_events_participation_provenance(expo: EventMentions) -> None:
    for p in expo.participations:
        assert p.person_span is not None
        start = p.person_span[0] - p.provenance.sentence_start
        assert p.provenance.sentence[start : start + len(p.person)] == p.person


JOINED = [
    "由/p 江苏省科技厅/ORG 、/w 南京大学/ORG 主办/v ，/w 南京市科协/ORG 协办/v 的/u 2024/m 紫金山/LOC 论坛/n 暨/c 青年/n "
    "学者/n 大会/n 将/d 于/p 10月18日/TIME 在/p 南京/LOC 举行/v 。/w",
    "大会/n 邀请/v 李文/PER 、/w 吴迪/PER 等/u 著名/a 学者/n ，/w 与/p 来宾/n 分享/v 前沿/n 进展/vn 。/w",
    "在/p 2024/m 紫金山/LOC 论坛/n 上/f ，/w 南京市科协/ORG 副主席/n 黄岩/PER 表示/v ，/w 青年/n 是/v 未来/TIME 。/w",
]


def test_events_join_clause_organisers_and_year_from_name() -> None:
    result = run(JOINED, date=D(2030, 1, 1))
    (event,) = result.events
    assert event.name == "2024紫金山论坛暨青年学者大会"
    assert "2024紫金山论坛" in event.aliases
    assert (event.start_date, event.location) == (D(2024, 10, 18), "南京")
    assert sorted((o.org, o.role) for o in result.organizers) == [
        ("南京大学", "主办"),
        ("南京市科协", "协办"),
        ("江苏省科技厅", "主办"),
    ]


def test_events_invited_speakers_and_a_talk_at_a_named_event() -> None:
    result = run(JOINED, memberships=[(2, "黄岩")])
    assert sorted((p.person, p.role) for p in result.participations) == [
        ("吴迪", "演讲"),
        ("李文", "演讲"),
        ("黄岩", "演讲"),
    ]


def test_events_year_from_document_date_across_new_year() -> None:
    result = run(
        ["第二届/m 东海/LOC 航运/n 论坛/n 1月3日/TIME 在/p 宁波/LOC 开幕/v 。/w"], date=D(2023, 12, 28)
    )
    assert result.events[0].start_date == D(2024, 1, 3)


def test_events_year_from_edition_of_a_known_series() -> None:
    result = run(["第六届/m 世界/n 智能/n 大会/n 于/p 6月24日/TIME 在/p 天津/LOC 开幕/v 。/w"])
    assert result.events[0].start_date == D(2022, 6, 24)


def test_events_no_year_no_date() -> None:
    result = run(["第二届/m 东海/LOC 航运/n 论坛/n 1月3日/TIME 在/p 宁波/LOC 开幕/v 。/w"])
    assert result.events[0].start_date is None


def test_events_title_abbreviation_is_an_alias_and_the_main_event() -> None:
    result = run(
        [
            "记者/n 获悉/v ，/w 第五届/m 江淮/LOC 发展/vn 论坛/n 于/p 9月9日/TIME 举行/v 。/w",
            "论坛/n 由/p 安徽大学/ORG 承办/v 。/w",
        ],
        title="第五届江淮论坛举行",
        date=D(2025, 9, 10),
    )
    (event,) = result.events
    assert "第五届江淮论坛" in event.aliases
    assert [(o.org, o.event, o.role) for o in result.organizers] == [
        ("安徽大学", "第五届江淮发展论坛", "承办")
    ]


def test_events_titled_speaker_in_an_event_report_gave_remarks() -> None:
    result = run(
        [
            "2025/m 全球/n 智能/n 制造/vn 峰会/n 在/p 杭州/LOC 举办/v 。/w",
            "杭州市/LOC 副市长/n 钱勇/PER 介绍/v 了/u 产业/n 情况/n 。/w",
            "钱勇/PER 说/v ，/w 未来/TIME 可期/v 。/w",
        ],
        memberships=[(1, "钱勇")],
    )
    assert [(p.person, p.role) for p in result.participations] == [("钱勇", "致辞")]


# fmt: off
NOTHING = [
    ("a generic mention is no event", ["大会/n 于/p 今天/TIME 开幕/v 。/w", "张明/PER 出席/v 大会/n 并/c 致辞/v 。/w"]),
    ("a meeting room is no event", ["张明/PER 在/p 会议室/n 主持/v 讨论/vn 。/w"]),
    ("本次论坛 is no new event", ["本次/r 论坛/n 由/p 中国电子学会/ORG 主办/v 。/w"]),
    ("an article not about an event", ["专家/n 王芳/PER 表示/v ，/w 市场/n 回暖/v 。/w",
                                       "2024年/TIME 数据/n 安全/an 年会/n 的/u 报告/n 显示/v 增长/vn 。/w",
                                       "王芳/PER 指出/v ，/w 风险/n 仍/d 在/v 。/w"]),
]
# fmt: on


@pytest.mark.parametrize(("case", "sentences"), NOTHING, ids=[c[0] for c in NOTHING])
def test_events_negative_cases(case: str, sentences: list[str]) -> None:
    result = run(sentences, date=D(2024, 5, 1))
    assert [e.name for e in result.events if "年会" not in e.name] == []
    assert result.participations == ()
    assert result.organizers == ()


@pytest.mark.parametrize(
    ("name", "stripped"),
    [
        ("2023世界人工智能大会", "世界人工智能大会"),
        ("2024年第五届江淮论坛", "江淮论坛"),
        ("首届数字论坛", "数字论坛"),
        ("江淮论坛", "江淮论坛"),
    ],
)
def test_events_core_name(name: str, stripped: str) -> None:
    assert core(name) == stripped


MEETING = "2024年/TIME 海川/LOC 数字/n 经济/n 推进会/n 在/p 合肥/LOC 召开/v 。/w"
AWAY: list[tuple[str, list[str], set[tuple[str, str, str]]]] = [
    (
        "present at the article's event",
        [MEETING, "该局/r 局长/n 王强/PER 参加/v 会议/n 。/w"],
        {("王强", "2024年海川数字经济推进会", "参加")},
    ),
    (
        "赴京参会 is another meeting",
        [MEETING, "该局/r 局长/n 王强/PER 将于/p 下周/TIME 赴京/v 参会/v 。/w"],
        set(),
    ),
    ("前往 another place to attend", [MEETING, "王强/PER 随后/d 前往/v 北京/LOC 参加/v 会议/n 。/w"], set()),
    (
        "赴 a place to attend a named event",
        [
            MEETING,
            "王强/PER 将/d 赴/v 深圳/LOC 参加/v 2024/m 中国/LOC 国际/n 高新技术/n 成果/n 交易会/n 。/w",
        ],
        {("王强", "2024中国国际高新技术成果交易会", "参加")},
    ),
    (
        "出席签约仪式 is presence",
        [MEETING, "王强/PER 出席/v 签约仪式/n 。/w"],
        {("王强", "2024年海川数字经济推进会", "出席")},
    ),
    (
        "签约 is signing",
        [MEETING, "王强/PER 代表/v 双方/n 签约/v 。/w"],
        {("王强", "2024年海川数字经济推进会", "签约")},
    ),
]


@pytest.mark.parametrize(("case", "sentences", "expected"), AWAY, ids=[c[0] for c in AWAY])
def test_events_participation_elsewhere(
    case: str, sentences: list[str], expected: set[tuple[str, str, str]]
) -> None:
    found = run(sentences, memberships=[(1, "王强")])
    assert {(p.person, p.event, p.role) for p in found.participations} == expected


SEASONS: list[tuple[str, str, set[str]]] = [
    (
        "season inside a named launch",
        "2024/m 海川/ORG 春季/TIME 新品/n 发布会/n 。/w",
        {"2024海川春季新品发布会"},
    ),
    (
        "a year and a season name a launch (issue 19)",
        "2024/m 春季/TIME 新品/n 发布会/n 。/w",
        {"2024春季新品发布会"},
    ),
    ("generic words only, a year but no season", "2024/m 新品/n 发布会/n 。/w", set()),
    ("a season but no year", "春季/TIME 新品/n 发布会/n 。/w", set()),
    (
        "graduation with 暨 仪式",
        "海川大学/ORG 2024届/m 本科生/n 毕业/n 典礼/n 暨/c 学位/n 授予/vn 仪式/n 。/w",
        {"海川大学2024届本科生毕业典礼暨学位授予仪式"},
    ),
    ("a year and 毕业 only", "2024年/TIME 毕业/n 典礼/n 。/w", set()),
    ("推进会 with a place", "2024年/TIME 海川/LOC 数字/n 经济/n 推进会/n 。/w", {"2024年海川数字经济推进会"}),
]


@pytest.mark.parametrize(("case", "sentence", "expected"), SEASONS, ids=[c[0] for c in SEASONS])
def test_events_names_from_new_heads(case: str, sentence: str, expected: set[str]) -> None:
    assert {e.name for e in run([sentence]).events} == expected


# fmt: off
DEFINED_ORGS: list[tuple[str, str, set[tuple[str, str]]]] = [
    ("defined short form after the organiser",
     "2024年/TIME 海川/LOC 数字/n 经济/n 推进会/n 由/p 海川省/LOC 数据局/n （/w 以下/f 简称/v “/w 省数据局/n ”/w ）/w "
     "主办/v 。/w", {("海川省数据局", "主办")}),
    ("Latin acronym", "2024年/TIME 海川/LOC 数字/n 经济/n 推进会/n 由/p 海川/LOC 计算机/n 学会/n （/w HCF/nz ）/w 主办/v 。/w",
     {("海川计算机学会", "主办")}),
    ("other brackets stay", "2024年/TIME 海川/LOC 数字/n 经济/n 推进会/n 由/p 国家/n 会展/n 中心/n （/w 上海/LOC ）/w "
     "承办/v 。/w", {("国家会展中心（上海）", "承办")}),
]
# fmt: on


@pytest.mark.parametrize(("case", "sentence", "expected"), DEFINED_ORGS, ids=[c[0] for c in DEFINED_ORGS])
def test_events_organiser_names_without_their_short_form(
    case: str, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert {(o.org, o.role) for o in run([sentence]).organizers} == expected


# fmt: off
CUES: list[tuple[str, list[str], list[tuple[int, str]], set[tuple[str, str]]]] = [
    ("宣布开幕 is presence", [MEETING, "王强/PER 宣布/v 大会/n 开幕/v 。/w"], [(1, "王强")], {("王强", "出席")}),
    ("参赛 is taking part", [MEETING, "吴迪/PER 、/w 李文/PER 等/u 运动员/n 参赛/v 。/w"], [],
     {("吴迪", "参加"), ("李文", "参加")}),
    ("通报 by a titled speaker", [MEETING, "该局/r 局长/n 王强/PER 通报/v 了/u 进展/vn 。/w"], [(1, "王强")],
     {("王强", "致辞")}),
    ("宣布 something else", [MEETING, "王强/PER 宣布/v 了/u 一项/m 新/a 政策/n 。/w"], [(1, "王强")], set()),
    ("参赛 before the people", [MEETING, "参赛/v 作品/n 由/p 王强/PER 评审/v 。/w"], [(1, "王强")], set()),
    ("untitled speaker right after 会上", [MEETING, "会/n 上/f ，/w 王强/PER 介绍/v ，/w 销量/n 增长/v 。/w"], [],
     {("王强", "致辞")}),
    ("untitled speaker without a reference", [MEETING, "王强/PER 介绍/v ，/w 销量/n 增长/v 。/w"], [], set()),
    ("untitled speaker later in the clause", [MEETING, "会/n 上/f 发布/v 了/u 新品/n ，/w 王强/PER 表示/v 满意/a 。/w"],
     [], set()),
]
# fmt: on


@pytest.mark.parametrize(("case", "sentences", "members", "expected"), CUES, ids=[c[0] for c in CUES])
def test_events_participation_cues(
    case: str, sentences: list[str], members: list[tuple[int, str]], expected: set[tuple[str, str]]
) -> None:
    found = run(sentences, memberships=members)
    assert {(p.person, p.role) for p in found.participations} == expected
