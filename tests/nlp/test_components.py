"""tag_titles and tag_orgs: the rule spans extraction reads."""

from __future__ import annotations

import pytest

from kg.nlp.backbone import Token
from kg.nlp.components import ORG, ORGS_KEY, TITLES_KEY, UNIT, suffix_kind, tag_orgs, tag_titles, title_at
from kg.nlp.pipeline import parse_text, tokens_to_parse
from kg.nlp.tokens import Parse


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        ("副部长", "副部长", "office"),
        ("常务副总经理", "常务副总经理", "office"),
        ("高级常务副总裁", "高级常务副总裁", "office"),
        ("首席执行官", "首席执行官", "office"),
        ("外籍院士", "外籍院士", "honour"),
        ("首席科学家", "首席科学家", "office"),
        ("首席数智官", "首席数智官", "office"),
        ("图灵奖得主", "图灵奖得主", "award"),
        ("图灵奖的获得者", "图灵奖的获得者", "award"),
        ("责任编辑", "责任编辑", "byline"),
        ("CTO", "CTO", "office"),
        ("常务副总", "常务副总", "office"),
        ("非执行董事", "非执行董事", "office"),
        ("独立非执行董事", "独立非执行董事", "office"),
        ("独立监事", "独立监事", "office"),
        ("行政长官", "行政长官", "office"),
        ("副庭长", "副庭长", "office"),
    ],
)
def test_title_at(text: str, title: str, kind: str) -> None:
    assert title_at(text, 0, frozenset({len(text)})) == (len(title), kind)


@pytest.mark.parametrize("text", ["科学家", "专家", "同志", "院士专家", "副", "独立"])
def test_not_a_title(text: str) -> None:
    assert title_at(text, 0, frozenset({len(text)})) is None


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("委员会", "org"),
        ("制造部", "org"),
        ("事业群", "unit"),
        ("中国区", "unit"),
        ("大会", None),
        ("社会", None),
        ("年会", None),
    ],
)
def test_suffix_kind(word: str, kind: str | None) -> None:
    assert suffix_kind(word) == kind


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("华润集团常务副总经理李强表示", ["常务副总经理"]),
        ("中国科学院外籍院士约翰·史密斯", ["外籍院士"]),
        ("蔚来汽车联合创始人、总裁秦力洪", ["联合创始人", "总裁"]),
        ("2018年图灵奖得主杨立昆", ["图灵奖得主"]),
        ("苏州市委书记张伟出席", ["书记"]),
        ("他们作为讨论嘉宾参加了论坛", []),
        ("摄影：王小明", ["摄影"]),
        ("他在一次摄影比赛中获奖", []),
        ("演习由他亲自指挥的部队完成", []),
        ("区教育主管部门已经介入", []),
        ("公司副总张强介绍", ["副总"]),
        ("公司副总裁张强介绍", ["副总裁"]),
        ("这是副总指挥部署的任务", ["副总指挥"]),
    ],
)
def test_title_spans(text: str, titles: list[str]) -> None:
    parse = parse_text(text)
    assert [s.text for s in parse.group(TITLES_KEY)] == titles
    assert all(s.label == "TITLE" for s in parse.group(TITLES_KEY))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("法国经济和财政部部长勒梅尔", [("法国经济和财政部", ORG)]),
        ("小米集团手机部副总裁张三", [("小米集团手机部", ORG)]),
        ("英特尔公司中国区总裁王锐", [("英特尔公司中国区", ORG)]),
        ("国家地方共建具身智能机器人创新中心首席科学家王刚", [("国家地方共建具身智能机器人创新中心", ORG)]),
        ("科大讯飞副总裁、研究院院长胡郁", [("科大讯飞", ORG), ("研究院", UNIT)]),
        ("鑫源（北京）装饰工程有限公司总经理张三", [("鑫源（北京）装饰工程有限公司", ORG)]),
        ("上海举办的人工智能大会吸引了观众", []),
        ("北京大学与清华大学联合发布报告", [("北京大学", ORG), ("清华大学", ORG)]),
        ("央行和银监会联合发文", [("央行", ORG), ("银监会", ORG)]),
        ("阿森纳vs曼联的比赛", [("阿森纳", ORG), ("曼联", ORG)]),
        ("国家发展和改革委员会发布通知", [("国家发展和改革委员会", ORG)]),
        ("工业和信息化部部长李明", [("工业和信息化部", ORG)]),
        ("会议在武汉市民之家举行", [("武汉市民之家", ORG)]),
        ("他们总把这里当作自己的家", []),
        ("市政务服务和大数据管理局局长张明介绍", [("市政务服务和大数据管理局", UNIT)]),
        ("旅游服务和大数据管理局局长张明介绍", []),
    ],
)
def test_org_spans(text: str, orgs: list[tuple[str, str]]) -> None:
    assert [(s.text, s.label) for s in parse_text(text).group(ORGS_KEY)] == orgs


@pytest.mark.slow
def test_title_inside_a_word_splits_it() -> None:
    parse = parse_text("苏州市委书记张伟出席")
    assert "书记" in parse.table.texts
    assert "".join(parse.table.texts) == parse.text == "苏州市委书记张伟出席"


def titled(words: str) -> Parse:
    """tag_titles on hand-tagged tokens ("江苏省工业/ORG 和/c …"): LAC's own cuts."""
    return tag_titles(tokens_to_parse([Token(*item.rsplit("/", 1)) for item in words.split(" ")]))


def tagged(words: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in tag_orgs(titled(words)).group(ORGS_KEY)]


@pytest.mark.parametrize(
    ("words", "orgs"),
    [
        ("阿森纳/ORG 和/c 曼联/ORG 取胜/v", [("阿森纳", ORG), ("曼联", ORG)]),
        (
            "人居/n 环境/n 委员会/n 和/c 内蒙古人民政府/ORG 签约/v",
            [("人居环境委员会", UNIT), ("内蒙古人民政府", ORG)],
        ),
        ("江苏省工业/ORG 和/c 信息化厅/vn 巡视员/n 李健/PER", [("江苏省工业和信息化厅", ORG)]),
        ("格鲁吉亚/LOC 经济/n 和/c 可持续/a 发展/vn 部/n 部长/n", [("格鲁吉亚经济和可持续发展部", ORG)]),
        ("阿森纳/ORG vs/v 曼联/ORG 的/u 比赛/vn", [("阿森纳", ORG), ("曼联", ORG)]),
        ("IBM/nz 中国/LOC 研究院/n 院长/n", [("IBM中国研究院", ORG)]),
        ("武汉/LOC 市民/n 之/u 家/n 举行/v", [("武汉市民之家", ORG)]),
        ("武汉/LOC 市民/n 之/u 多/a 举行/v", []),
        (
            "市政务/n 服务/vn 和/c 大/a 数据/n 管理/vn 局/n 局长/n 张明/PER",
            [("市政务服务和大数据管理局", UNIT)],
        ),
        ("政务/n 服务/vn 和/c 大/a 数据/n 管理/vn 局/n 局长/n 张明/PER", []),
        # a title right before another ends the name: 董事总经理, 党委书记校长 are two posts
        ("海川/ORG 华西区/LOC 董事/n 总经理/n 张明/PER", [("海川华西区", ORG)]),
        ("海川中学/ORG 党委书记/n 校长/n 张明/PER", [("海川中学", ORG)]),
        ("海川/ORG 顾问/n 中心/n 主任/n 张明/PER", [("海川顾问中心", ORG)]),
        # a coordinating word opening a bare unit joins two parties
        ("张明/PER 与/c 测绘/n 工程/n 办公室/n 主任/n 李强/PER", [("测绘工程办公室", UNIT)]),
    ],
)
def test_org_rules_on_lac_cuts(words: str, orgs: list[tuple[str, str]]) -> None:
    assert tagged(words) == orgs


@pytest.mark.parametrize(
    ("words", "titles"),
    [
        ("摄影/vn ：/w 王小明/PER", ["摄影"]),
        ("指挥/v 王强/PER 上场/v", ["指挥"]),
        ("王小明/PER 摄影/vn ）/w", ["摄影"]),
        ("阿勒代斯/PER 指挥/v 的/u 球队/n", []),
        ("摄影/vn 比赛/vn 颁奖/vn", []),
        ("教育/vn 主管/vn 部门/n 介入/v", []),
        ("部门/n 主管/n 王强/PER 表示/v", ["主管"]),
    ],
)
def test_verb_tagged_titles(words: str, titles: list[str]) -> None:
    assert [s.text for s in titled(words).group(TITLES_KEY)] == titles


@pytest.mark.parametrize(
    ("words", "persons"),
    [
        ("何运平/PER 、/w 曹和/PER 家/n 、/w 张焕明/PER 出席/v", ["何运平", "曹和家", "张焕明"]),
        ("曹和/PER 家/n 、/w 张焕明/PER 出席/v", ["曹和家", "张焕明"]),
        ("李明/PER 家/n 、/w 王强/PER 家/n 都/d 去/v 过/u", ["李明", "王强"]),
        ("何运平/PER 、/w 曹和/PER 的/u 、/w 张焕明/PER", ["何运平", "曹和", "张焕明"]),
        ("看望/v 曹和/PER 家/n 、/w 慰问/v 老人/n", ["曹和"]),
        ("李国/PER 和/c 一行/n 到访/v", ["李国和"]),
    ],
)
def test_cut_names_in_lists(words: str, persons: list[str]) -> None:
    assert [e.text for e in titled(words).ents() if e.label == "PER"] == persons
