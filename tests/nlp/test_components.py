"""kg_titles and kg_orgs: the rule spans extraction reads."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp.components import ORG, ORGS_KEY, TITLES_KEY, UNIT, suffix_kind, title_at


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
    ],
)
def test_title_at(text: str, title: str, kind: str) -> None:
    assert title_at(text, 0, frozenset({len(text)})) == (len(title), kind)


@pytest.mark.parametrize("text", ["科学家", "专家", "同志", "院士专家", "副"])
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
    ],
)
def test_title_spans(nlp: Language, text: str, titles: list[str]) -> None:
    doc = nlp(text)
    assert [s.text for s in doc.spans[TITLES_KEY]] == titles
    assert all(s.label_ == "TITLE" for s in doc.spans[TITLES_KEY])


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
    ],
)
def test_org_spans(nlp: Language, text: str, orgs: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    assert [(s.text, s.label_) for s in doc.spans[ORGS_KEY]] == orgs


@pytest.mark.slow
def test_title_inside_a_word_splits_it(nlp: Language) -> None:
    doc = nlp("苏州市委书记张伟出席")
    assert "书记" in [t.text for t in doc]
    assert doc.text == "苏州市委书记张伟出席"


@pytest.mark.slow
def test_components_are_in_the_pipeline(nlp: Language) -> None:
    assert nlp.pipe_names.index("kg_titles") < nlp.pipe_names.index("kg_orgs")
    assert "doc.spans" in nlp.get_pipe_meta("kg_titles").assigns
    assert "doc.spans" in nlp.get_pipe_meta("kg_orgs").assigns
