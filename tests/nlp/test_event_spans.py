"""tag_events: named event spans and generic references, on tokens tagged by hand (no model)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp.backbone import Token
from kg.nlp.event_spans import EVENTS_KEY, REFS_KEY, tag_events
from kg.nlp.pipeline import tokens_to_parse
from kg.nlp.tokens import Parse


def tagged(text: str) -> Parse:
    """A sentence from "word/TAG word/TAG …" (LAC's tags; PER/ORG/LOC/TIME become entities)."""
    tokens = [Token(*item.rsplit("/", 1)) for item in text.split(" ")]
    return tag_events(tokens_to_parse([Token(t.text.replace("␣", " "), t.tag) for t in tokens]))


def events(text: str) -> list[str]:
    return [span.text for span in tagged(text).group(EVENTS_KEY)]


def refs(text: str) -> list[str]:
    return [span.text for span in tagged(text).group(REFS_KEY)]


# fmt: off
GOOD = [
    ("year + scope", "2025/m 全球/n 智能/n 制造/vn 峰会/n 于/p 杭州/LOC 举行/v", ["2025全球智能制造峰会"]),
    ("edition", "第三届/m 长三角/LOC 数字/n 经济/n 博览会/n 开幕/v", ["第三届长三角数字经济博览会"]),
    ("after 的", "在/p 日前/TIME 召开/v 的/u 2024年/TIME 数据/n 安全/an 年会/n 上/f", ["2024年数据安全年会"]),
    ("quoted theme sub-forum", "第九届/m 世界/n 互联网/n 大会/n “/w 数字/n 文明/n ”/w 分/v 论坛/n 举办/v",
     ["第九届世界互联网大会“数字文明”分论坛"]),
    ("暨 with a split verb", "2024/m 长江/LOC 论坛/n 暨/c 启/v 航/n 开发者/n 大会/n 开幕/v",
     ["2024长江论坛暨启航开发者大会"]),
    ("Latin after a year", "2024/m ␣/w ICT/nz 产业/n 峰会/n 召开/v", ["2024 ICT产业峰会"]),
    ("Latin and plus", "举办/v 了/u 中国/LOC SaaS/nz +/w AI/nz 创新/vn 大赛/n", ["中国SaaS+AI创新大赛"]),
    ("weak head with a year", "揭晓/v 2025年/TIME 优秀/a 工程师/n 评选/vn 结果/n", ["2025年优秀工程师评选"]),
    ("weak head with editions", "审议/v 了/u 十三届/m 浙江省委/ORG 五次/m 全会/n 精神/n", ["十三届浙江省委五次全会"]),
    ("bracketed place", "2022/m 江城/LOC 暨/c 襄阳/LOC （/w 汉江/LOC ）/w 招商/vn 推介会/n 举行/v",
     ["2022江城暨襄阳（汉江）招商推介会"]),
    ("games with a city", "杭州/LOC 亚运会/nz 开幕/v", ["杭州亚运会"]),
    ("named ceremony in quotes", "举行/v 了/u “/w 星河/nz ”/w 算力/n 合作/vn 签约/vn 仪式/n", ["“星河”算力合作签约仪式"]),
    ("short name with a year before 开幕式", "在/p 2025/m 进博会/nz 开幕式/n 上/f", ["2025进博会"]),
    ("festival", "在/p 第十五届/m 上海/LOC 国际/n 电影节/n 上/f", ["第十五届上海国际电影节"]),
    ("verb inside, year first", "2025年/TIME 湖南省/LOC 优化/v 营商/n 环境/n 大会/n 召开/v",
     ["2025年湖南省优化营商环境大会"]),
    ("verb inside, edition first", "第三届/m 全国/n 图/n 计算/v 学术/n 研讨会/n 举行/v", ["第三届全国图计算学术研讨会"]),
    ("verb inside after an org", "第二届/m 浙江大学/ORG 推动/v 科技/n 成果/n 转化/vn 论坛/n", ["第二届浙江大学推动科技成果转化论坛"]),
    ("a year after the head", "第十五届/m 上海/LOC 国际/n 电影节/n 2025/m 开幕/v", ["第十五届上海国际电影节2025"]),
    ("a date after the head is no part of it", "第十五届/m 上海/LOC 国际/n 电影节/n 2025年/TIME 6月/TIME 开幕/v", ["第十五届上海国际电影节"]),
    ("festival of a school's field", "海川职业技术学院/ORG 技能/n 节/n 开幕/v", ["海川职业技术学院技能节"]),
    ("a second name glued to 暨", "2024/m 海川/LOC 茶博会/nz 暨青山服饰节/c 开幕/v", ["2024海川茶博会暨青山服饰节"]),
    ("quoted sculpture show", "“/w 山海/n 回声/n —/w —/w 李青/PER 雕塑展/v ”/w 开幕/v", ["李青雕塑展"]),
    ("contest with editions, qualifier", "2024/m 海川市/LOC 第五届/m 足球/n 比赛/vn 预选赛/n 开幕式/n 举行/v",
     ["2024海川市第五届足球比赛预选赛"]),
    ("short name of games", "军运会/n 开幕式/n 彩排/v", ["军运会"]),
    ("school performance", "海川中学/ORG 期末/TIME 汇演/vn 落幕/v", ["海川中学期末汇演"]),
    ("the name stops at an opening before 暨", "2024/m 海川/LOC 国际/n 茶博会/nz 开幕/vn 暨/c “/w 青山/LOC ”/w 授牌/vn 仪式/n 举行/v",
     ["2024海川国际茶博会", "“青山”授牌仪式"]),
    ("edition and a short name before 会", "第9届/m 青山/n 会/v 开幕/v", ["第9届青山会"]),
    ("a show named after a person starts at the name", "著名/a 画家/n 李青/PER 画展/n 开幕/v", ["李青画展"]),
    ("a title before the person is no part of the show", "海川大学/ORG 教授/n 王立/PER 书画展/n 开幕/v", ["王立书画展"]),
    ("a person's show before 开幕式", "著名/a 画家/n 李青/PER 画展/n 开幕式/n 举行/v", ["李青画展"]),
    ("a place tagged as a person inside a league's name", "2024/m 赛季/n 海川/PER 足球/n 超级/a 联赛/n 开幕/v",
     ["2024赛季海川足球超级联赛"]),
    ("a league with its year after", "Q/xc 联赛/n 2011/TIME 开幕/v", ["Q联赛2011"]),
    ("a league with its season before", "2024赛季/TIME 海川/LOC 足球/n 联赛/n 开幕/v", ["2024赛季海川足球联赛"]),
    ("a plenary session in one token", "党/n 的/u 十九届四中/m 全会/n 精神/n", ["十九届四中全会"]),
    ("a year before the person stays", "2024年/TIME 王立/PER 个人/n 画展/n 开幕/v", ["2024年王立个人画展"]),
    ("an anniversary (100周年/TIME) inside the name", "王大川/PER 诞辰/n 100周年/TIME 座谈会/n 在/p 海川/LOC 举行/v", ["王大川诞辰100周年座谈会"]),
    ("纪念 opens an anniversary's meeting", "，/w 纪念/v 王大川/PER 诞辰/n 100周年/TIME 座谈会/n 举行/v", ["纪念王大川诞辰100周年座谈会"]),
    ("纪念 without an anniversary is no part of the name", "，/w 纪念/v 海川/LOC 茶叶/n 座谈会/n 举行/v", ["海川茶叶座谈会"]),
    ("a road race", "第五届/m 环海川自行车赛/nz 在/p 海川/LOC 鸣枪/v", ["第五届环海川自行车赛"]),
    ("a longer number after the head", "第十五届/m 上海/LOC 国际/n 电影节/n 20250/m 人次/q", ["第十五届上海国际电影节"]),
]
BAD = [
    ("a date (5月/TIME) is no anniversary", "5月/TIME 座谈会/n 举行/v"),
    ("bare head", "大会/n 开幕/v"),
    ("determiner", "本次/r 论坛/n 由/p 中国电子学会/ORG 主办/v"),
    ("meeting room", "在/p 会议室/n 开会/v"),
    ("great hall", "在/p 人民大会堂/LOC 举行/v"),
    ("generic modifier", "举办/v 了/u 主题/n 论坛/n"),
    ("common words only", "重大/a 项目/n 集中/v 签约/vn 仪式/n"),
    ("ceremony and main forum", "开幕式/n 暨/c 主/a 论坛/n"),
    ("'one' is no edition", "在/p 一次/m 行业/n 会议/n 上/f"),
    ("a count of forums", "共计/v 举办/v 133场/m 主题/n 论坛/n"),
    ("weak head without a year", "开展/v 优秀/a 工程师/n 评选/vn"),
    ("organising committee", "大会/n 组委会/n 宣布/v"),
    ("verb inside, no year or edition", "湖南省/LOC 优化/v 营商/n 环境/n 大会/n 召开/v"),
    ("verb after a person", "2025年/TIME 王明/PER 考察/v 数字/n 经济/n 大会/n"),
    ("verb right after the year", "2025年/TIME 推动/v 数字/n 经济/n 大会/n"),
    ("a school term alone is generic", "期末/TIME 汇演/vn 落幕/v"),
    ("a board is no event", "第三届/m 董事/n 会/n 成员/n 名单/n"),
    ("a chamber is no event", "第二届/m 海川商/nz 会/n 成立/v"),
    ("the modal 会 after a contest", "第十届/m 比赛/vn 会/v 在/p 海川/LOC 举行/v"),
    ("会 without an edition", "青山/n 会/v 开幕/v"),
    ("a league alone is the competition", "海川/LOC 足球/n 超级/a 联赛/n 第五轮/m 比赛/vn 结束/v"),
    ("a league with a date after", "海川/LOC 足球/n 联赛/n 2024年5月/TIME 开幕/v"),
    ("a holiday is no festival", "2024年/TIME 春节/t 期间/f"),
    ("发展 is no show", "2024年/TIME 经济/n 发展/vn 报告/n"),
    ("a game is no named contest", "双方/n 比赛/vn 结束/v"),
    ("a short name of games needs the customary form", "运会/n 开幕/v"),
    ("ceremony before 暨 and a generic award", "艺术展/n 开幕式/n 暨/c 颁奖/vn 典礼/n"),
    ("hold verb is never inside", "2025年/TIME 长沙/LOC 召开/v 数字/n 经济/n 大会/n"),
]
REFS = [
    ("bare head", "大会/n 开幕/v", ["大会"]),
    ("determiner", "本次/r 论坛/n 由/p 中国电子学会/ORG 主办/v", ["本次论坛"]),
    ("split 会/上", "会/n 上/f 发布/v 的/u 数据/n", ["会上"]),
    ("活动 needs a determiner", "参加/v 本次/r 活动/n", ["本次活动"]),
    ("活动 alone", "开展/v 活动/n", []),
    ("not inside a named event", "2025/m 全球/n 智能/n 制造/vn 峰会/n 开幕/v", []),
    ("meeting room", "会议室/n", []),
    ("organising committee", "大会/n 组委会/n", []),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "expected"), GOOD, ids=[c[0] for c in GOOD])
def test_event_spans_find_named_events(case: str, text: str, expected: list[str]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(("case", "text"), BAD, ids=[c[0] for c in BAD])
def test_event_spans_reject_generic_mentions(case: str, text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(("case", "text", "expected"), REFS, ids=[c[0] for c in REFS])
def test_event_spans_mark_references(case: str, text: str, expected: list[str]) -> None:
    assert refs(text) == expected


def test_event_spans_labels() -> None:
    parse = tagged("本届/r 大会/n 与/p 2025/m 全球/n 智能/n 制造/vn 峰会/n")
    assert [s.label for s in parse.group(EVENTS_KEY)] == ["EVENT"]
    assert [s.label for s in parse.group(REFS_KEY)] == ["EVENT_REF"]


@pytest.mark.slow
def test_event_spans_in_the_pipeline(nlp: Language) -> None:
    doc = nlp("2024年9月10日至12日，第二届全球数字贸易博览会在杭州国际博览中心举办，本届博览会由商务部主办。")
    assert [s.text for s in doc.spans[EVENTS_KEY]] == ["第二届全球数字贸易博览会"]
    assert "本届博览会" in [s.text for s in doc.spans[REFS_KEY]]
