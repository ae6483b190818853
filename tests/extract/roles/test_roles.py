"""Role extraction: one sentence per construction, with the exact triples it must give."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from kg.extract.roles import defined_short_forms, expand, extract_roles, parent_of, rebuild, strip_address
from kg.model import Document, Membership
from kg.nlp.pipeline import parse_text
from kg.nlp.sentences import split_sentences

Triple = tuple[str, str, str | None]


def memberships(nlp: Language, text: str) -> list[Membership]:
    document = Document(id="t", source="test", text=text)
    found: list[Membership] = []
    for sentence in split_sentences(text, doc_id="t"):
        found.extend(extract_roles(parse_text(sentence.text), sentence, document).memberships)
    return found


def triples(nlp: Language, text: str) -> set[Triple]:
    return {(m.person, m.title, m.org) for m in memberships(nlp, text)}


GOOD: list[tuple[str, str, set[Triple]]] = [
    # Names LAC cuts one character short (name_final_chars.tsv)
    ("cut name + full stop", "市长会见了海川集团董事长李国和。", {("李国和", "董事长", "海川集团")}),
    ("cut name + bracket", "海川集团总裁周立和（左）出席活动。", {("周立和", "总裁", "海川集团")}),
    ("cut name + comma", "海川集团总经理王春临，感谢各方支持。", {("王春临", "总经理", "海川集团")}),
    # ORG + TITLE + NAME, and titles with modifiers
    (
        "org-title-name",
        "昨天，工业和信息化部副部长张明出席了发布会。",
        {("张明", "副部长", "工业和信息化部")},
    ),
    (
        "modifier 常务副",
        "华润集团常务副总经理李强表示，公司将加大投入。",
        {("李强", "常务副总经理", "华润集团")},
    ),
    ("modifier 首席", "阿里巴巴首席执行官张勇在大会上发言。", {("张勇", "首席执行官", "阿里巴巴")}),
    (
        "modifier 一级",
        "江苏省发展和改革委员会一级巡视员王军介绍了规划。",
        {("王军", "一级巡视员", "江苏省发展和改革委员会")},
    ),
    ("modifier 助理", "北京大学助理教授刘洋认为，这项技术仍有难点。", {("刘洋", "助理教授", "北京大学")}),
    ("pattern 首席X官", "伊利集团首席品牌官王强介绍了新产品。", {("王强", "首席品牌官", "伊利集团")}),
    ("Latin title", "联想集团CTO芮勇表示，模型将开源。", {("芮勇", "CTO", "联想集团")}),
    (
        "scope word stays in the title",
        "微软全球执行副总裁沈向洋发表演讲。",
        {("沈向洋", "全球执行副总裁", "微软")},
    ),
    # several titles joined by 、
    (
        "、 chain",
        "全国政协常委、中国电子学会副理事长、北京大学教授李华出席了开幕式。",
        {
            ("李华", "常委", "中国人民政治协商会议全国委员会"),
            ("李华", "副理事长", "中国电子学会"),
            ("李华", "教授", "北京大学"),
        },
    ),
    (
        "、 title inherits the org",
        "蔚来汽车联合创始人、总裁秦力洪出席了活动。",
        {("秦力洪", "联合创始人", "蔚来汽车"), ("秦力洪", "总裁", "蔚来汽车")},
    ),
    # 兼
    (
        "兼",
        "小鹏汽车董事长兼首席执行官何小鹏宣布了新计划。",
        {("何小鹏", "董事长", "小鹏汽车"), ("何小鹏", "首席执行官", "小鹏汽车")},
    ),
    # organisation chains and units
    (
        "unit of a ministry",
        "科技部高新技术司副司长王伟主持了会议。",
        {("王伟", "副司长", "科技部高新技术司")},
    ),
    (
        "bureau of a ministry",
        "工业和信息化部节能与综合利用司司长黄利斌致辞。",
        {("黄利斌", "司长", "工业和信息化部节能与综合利用司")},
    ),
    ("regional unit", "英特尔公司中国区总裁王锐表示，市场需求回暖。", {("王锐", "总裁", "英特尔公司中国区")}),
    (
        "shortened unit rebuilt",
        "小米集团手机部副总裁、智能制造部总经理许多，在论坛上发言。",
        {("许多", "副总裁", "小米集团手机部"), ("许多", "总经理", "小米集团智能制造部")},
    ),
    (
        "unit appended to a company",
        "科大讯飞副总裁、研究院院长胡郁出席论坛。",
        {("胡郁", "副总裁", "科大讯飞"), ("胡郁", "院长", "科大讯飞研究院")},
    ),
    (
        "bodies side by side",
        "浦东新区区委常委、管委会副主任张强出席。",
        {("张强", "常委", "浦东新区区委"), ("张强", "副主任", "浦东新区管委会")},
    ),
    # organisations the model splits or misses
    ("split ministry", "法国经济和财政部部长勒梅尔访问了北京。", {("勒梅尔", "部长", "法国经济和财政部")}),
    (
        "noun chain with a suffix",
        "国家地方共建具身智能机器人创新中心首席科学家王刚作报告。",
        {("王刚", "首席科学家", "国家地方共建具身智能机器人创新中心")},
    ),
    # names the model misses or splits
    (
        "foreign name with a middle dot",
        "美中贸易全国委员会会长克雷格·艾伦访问了上海。",
        {("克雷格·艾伦", "会长", "美中贸易全国委员会")},
    ),
    ("Latin name", "谷歌首席科学家 Jeff Dean 在会上发言。", {("Jeff Dean", "首席科学家", "谷歌")}),
    # bracketed lists, name-first forms, ORG NAME
    (
        "bracketed list",
        "（从左至右依次是：中国工程院院士、浙江大学教授李明，南京大学副校长王红）",
        {("李明", "院士", "中国工程院"), ("李明", "教授", "浙江大学"), ("王红", "副校长", "南京大学")},
    ),
    ("name first, comma", "记者采访了张伟，复旦大学教授。", {("张伟", "教授", "复旦大学")}),
    (
        "name first, brackets",
        "李娜（北京师范大学副教授）认为，阅读习惯正在改变。",
        {("李娜", "副教授", "北京师范大学")},
    ),
    (
        "ORG NAME list",
        "论坛邀请了微软亚洲研究院周明、清华大学唐杰等专家。",
        {("周明", "", "微软亚洲研究院"), ("唐杰", "", "清华大学")},
    ),
    # honours and awards
    ("academy honour", "中国工程院院士王坚在会上作了报告。", {("王坚", "院士", "中国工程院")}),
    ("award title without org", "2018年图灵奖得主杨立昆在会上发言。", {("杨立昆", "图灵奖得主", None)}),
    (
        "names sharing a title",
        "王坚、李明及张华等多位院士出席了论坛。",
        {("王坚", "院士", None), ("李明", "院士", None), ("张华", "院士", None)},
    ),
    # abbreviations
    ("abbreviation 工信部", "工信部副部长辛国斌介绍了情况。", {("辛国斌", "副部长", "工业和信息化部")}),
    ("abbreviation 中科院", "中科院院士王贻芳作了主题报告。", {("王贻芳", "院士", "中国科学院")}),
    (
        "abbreviation after 国家",
        "国家发改委副主任宁吉喆出席发布会。",
        {("宁吉喆", "副主任", "国家发展和改革委员会")},
    ),
    # bylines
    ("byline", "（人民日报记者 王 刚 李明）", {("王刚", "记者", "人民日报"), ("李明", "记者", "人民日报")}),
    ("editor credit", "责任编辑：刘洋", {("刘洋", "责任编辑", None)}),
    # a mayor is not a post of the party committee
    (
        "市长 not inherited from 市委",
        "武汉市委副书记、市长程用文出席。",
        {("程用文", "副书记", "武汉市委"), ("程用文", "市长", None)},
    ),
    ("title after a preposition", "会议由副市长何军主持。", {("何军", "副市长", None)}),
    # 兼 joins two titles; it is part of neither a title nor an organisation
    (
        "兼 splits 副代表 and 副部长",
        "商务部国际贸易谈判副代表兼副部长王受文出席开幕式。",
        {("王受文", "国际贸易谈判副代表", "商务部"), ("王受文", "副部长", "商务部")},
    ),
    (
        "兼 never inside an organisation",
        "外交部部长助理兼新闻司司长张立出席仪式。",
        {("张立", "部长助理", "外交部"), ("张立", "司长", "外交部新闻司")},
    ),
    # referring words (org_references.tsv) are no organisation: the title has org None
    (
        "学校 not rebuilt onto an academy",
        "中国工程院院士、学校原校长李国强发言。",
        {("李国强", "院士", "中国工程院"), ("李国强", "原校长", None)},
    ),
    (
        "该校 after an honour",
        "中国科学院院士、该校副校长王明出席。",
        {("王明", "院士", "中国科学院"), ("王明", "副校长", None)},
    ),
    ("该局", "该局副局长张伟介绍了情况。", {("张伟", "副局长", None)}),
    ("校 before a title", "校党委书记赵和平出席典礼。", {("赵和平", "党委书记", None)}),
    (
        "该公司 with 兼",
        "该公司总裁兼首席执行官刘强出席。",
        {("刘强", "总裁", None), ("刘强", "首席执行官", None)},
    ),
    # a one-word provincial body (省数据资源管理局) is named by its level
    (
        "one-word 省 body in a chain",
        "省数据资源管理局党组书记、局长王明远通报了进展。",
        {("王明远", "党组书记", "省数据资源管理局"), ("王明远", "局长", "省数据资源管理局")},
    ),
]

BAD = [
    ("party committee officials", "上海市委主要负责同志出席会议。"),
    ("ministry officials", "有关司局负责同志参加了会议。"),
    ("guests", "他们作为讨论嘉宾参加了论坛。"),
    ("academicians and experts", "金鸡湖畔汇聚院士专家和顶尖企业。"),
    ("title without a name", "总经理表示，公司将继续投入研发。"),
    ("ordinary word 许多", "许多企业参加了展会。"),
    ("title without a name after 由", "会议由副市长主持。"),
    ("generic role", "黄石市县领导何运平等参加了活动。"),
    ("byline title followed by a verb", "记者从工业和信息化部获悉，数据将公布。"),
    ("generic profession alone", "专家张三认为，市场将回暖。"),
    ("address, not a name", "辉煌集团副总经理方总出席了活动。"),
    ("chain whose first org is not understood", "人工智能研究院院长、首席科学家王明出席会议。"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "expected"), GOOD, ids=[c for c, _, _ in GOOD])
def test_good(nlp: Language, case: str, text: str, expected: set[Triple]) -> None:
    assert triples(nlp, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text"), BAD, ids=[c for c, _ in BAD])
def test_bad(nlp: Language, case: str, text: str) -> None:
    assert triples(nlp, text) == set()


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "expected"), GOOD, ids=[c for c, _, _ in GOOD])
def test_spans_point_at_their_surface(nlp: Language, case: str, text: str, expected: set[Triple]) -> None:
    prefix = "导语。\n"
    document = Document(id="t", source="test", text=prefix + text)
    for sentence in split_sentences(document.text, doc_id="t"):
        for m in extract_roles(parse_text(sentence.text), sentence, document).memberships:
            start, end = m.person_span
            assert document.text[start:end].replace(" ", "") == m.person.replace(" ", "")
            if m.title_span is not None:
                assert m.title in document.text[m.title_span[0] : m.title_span[1]] or m.title == "图灵奖得主"
            if m.org_span is not None and m.org is not None:
                written = document.text[m.org_span[0] : m.org_span[1]]
                assert written and (written in m.org or m.org in written or expand(written)[0] == m.org)


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from([text for _, text, _ in GOOD] + [text for _, text in BAD]), min_size=1, max_size=4
    )
)
def test_person_spans_in_any_document(nlp: Language, texts: list[str]) -> None:
    document = Document(id="p", source="test", text="\n".join(texts))
    for sentence in split_sentences(document.text, doc_id="p"):
        for m in extract_roles(parse_text(sentence.text), sentence, document).memberships:
            surface = document.text[m.person_span[0] : m.person_span[1]]
            assert surface.replace(" ", "") == m.person.replace(" ", "")
            assert m.provenance.sentence == sentence.text


def test_chain_orgs_and_parents_are_reported(nlp: Language) -> None:
    text = "小米集团手机部副总裁、智能制造部总经理许多出席。"
    document = Document(id="t", source="test", text=text)
    sentence = next(iter(split_sentences(text, doc_id="t")))
    found = extract_roles(parse_text(text), sentence, document)
    parents = {o.name: o.parent for o in found.orgs}
    assert parents["小米集团手机部"] == "小米集团"
    assert parents["小米集团智能制造部"] == "小米集团"
    rebuilt = next(m for m in found.memberships if m.title == "总经理")
    assert rebuilt.org_parent == "小米集团"
    assert text[rebuilt.org_span[0] : rebuilt.org_span[1]] == "智能制造部"  # type: ignore[index]


def test_expanded_abbreviation_is_an_alias(nlp: Language) -> None:
    text = "工信部副部长辛国斌介绍了情况。"
    document = Document(id="t", source="test", text=text)
    sentence = next(iter(split_sentences(text, doc_id="t")))
    found = extract_roles(parse_text(text), sentence, document)
    assert {(a.short, a.full, a.kind) for a in found.aliases} == {("工信部", "工业和信息化部", "org")}


@pytest.mark.parametrize(
    ("name", "parent"),
    [
        ("小米集团手机部", "小米集团"),
        ("清华大学信息科学与技术学院", "清华大学"),
        ("工业和信息化部运行监测协调局", "工业和信息化部"),
        ("美中贸易全国委员会", None),
        ("中国电子学会", None),
        ("苏州工业园区党工委", None),
    ],
)
def test_parent_of(name: str, parent: str | None) -> None:
    assert parent_of(name) == parent


@pytest.mark.parametrize(
    ("previous", "unit", "rebuilt"),
    [
        ("小米集团手机部", "智能制造部", ("小米集团智能制造部", "小米集团")),
        ("科大讯飞", "研究院", ("科大讯飞研究院", "科大讯飞")),
        ("某某园区党工委", "管委会", ("某某园区管委会", None)),
        ("武汉市委", "政法委", ("武汉市委政法委", "武汉市委")),
    ],
)
def test_rebuild(previous: str, unit: str, rebuilt: tuple[str, str | None]) -> None:
    assert rebuild(previous, unit) == rebuilt


@pytest.mark.parametrize(
    ("written", "expanded"),
    [
        ("工信部", ("工业和信息化部", "工信部")),
        ("国家发改委", ("国家发展和改革委员会", "国家发改委")),
        ("江苏省科技厅", ("江苏省科学技术厅", "江苏省科技厅")),
        ("苏州市政府", ("苏州市人民政府", "苏州市政府")),
        ("科技部高新技术司", ("科技部高新技术司", None)),
        ("中国电子学会", ("中国电子学会", None)),
    ],
)
def test_expand(written: str, expanded: tuple[str, str | None]) -> None:
    assert expand(written) == expanded


@pytest.mark.parametrize(
    ("name", "stripped"),
    [
        ("育亭·维沙蓬先生", "育亭·维沙蓬"),
        ("王诚王总", "王诚"),
        ("方总", "方"),
        ("李娜", "李娜"),
        ("某某上校", "某某"),
    ],
)
def test_strip_address(name: str, stripped: str) -> None:
    assert strip_address(name) == stripped


# fmt: off
SHORT_FORMS: list[tuple[str, str, dict[str, str]]] = [
    ("company after a comma", "3月1日，长江电子股份有限公司（以下简称“长江电子”）发布年报。",
     {"长江电子": "长江电子股份有限公司"}),
    ("name holding 为", "华为技术有限公司（以下简称“华为”）发布新品。", {"华为": "华为技术有限公司"}),
    ("place-level short form takes the place", "会议由湖南省教育厅（以下简称“省教育厅”）承办。",
     {"省教育厅": "湖南省教育厅"}),
    ("简称 without 以下", "中国钢铁工业协会（简称“中钢协”）发布数据。", {"中钢协": "中国钢铁工业协会"}),
    ("not an organisation", "本届论坛（以下简称“论坛”）将于明日开幕。", {}),
    ("an event, not an organisation", "2024全球数字经济大会（以下简称“数博会”）开幕。", {}),
    ("short form not inside the name", "长江电子股份有限公司（以下简称“黄河”）发布年报。", {}),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "expected"), SHORT_FORMS, ids=[c[0] for c in SHORT_FORMS])
def test_defined_short_forms(case: str, text: str, expected: dict[str, str]) -> None:
    assert defined_short_forms(text) == expected


# fmt: off
DEFINED: list[tuple[str, str, set[Triple]]] = [
    ("defined place-level short form",
     "会议由湖南省教育厅（以下简称“省教育厅”）承办。省教育厅党组书记、厅长刘明介绍了情况。",
     {("刘明", "党组书记", "湖南省教育厅"), ("刘明", "厅长", "湖南省教育厅")}),
    ("defined company short form",
     "长江电子股份有限公司（以下简称“长江电子”）举行发布会。长江电子总裁王强出席。",
     {("王强", "总裁", "长江电子股份有限公司")}),
    ("undefined short form stays as written", "省教育厅厅长刘明介绍了情况。", {("刘明", "厅长", "省教育厅")}),
]
# fmt: on


# fmt: off
LEVEL_BODIES: list[tuple[str, str, set[Triple]]] = [
    ("省委 opening a chain", "省委常委、常务副省长赵明通报了情况。", {("赵明", "常委", "省委"), ("赵明", "常务副省长", None)}),
    ("市委 opening a sentence", "市委书记王刚主持会议。", {("王刚", "书记", "市委")}),
    ("省政府 opening a chain", "省政府副秘书长、办公厅主任刘波出席。",
     {("刘波", "副秘书长", "省人民政府"), ("刘波", "主任", "省人民政府办公厅")}),
    ("a bare unit without level is still lost", "研究院院长、首席科学家王明出席会议。", set()),
    ("level + generic word is no body", "省内企业家王明出席会议。", set()),
]
# fmt: on


# fmt: off
NEW_WORDS: list[tuple[str, str, set[Triple]]] = [
    ("轮值 before a head", "华为轮值董事长徐直军出席。", {("徐直军", "轮值董事长", "华为")}),
    ("讲座 before 教授", "香港大学讲座教授王明出席。", {("王明", "讲座教授", "香港大学")}),
    ("主治医师 at a hospital", "北京协和医院主治医师李娜介绍。", {("李娜", "主治医师", "北京协和医院")}),
    ("主任医师 in a chain", "天坛医院党委书记、主任医师王红出席。",
     {("王红", "党委书记", "天坛医院"), ("王红", "主任医师", "天坛医院")}),
    ("轮值 alone is no title", "轮值主席国将于明年召开会议。", set()),
    ("讲座 alone is no title", "讲座由王明主持。", set()),
]
# fmt: on


# fmt: off
LISTED: list[tuple[str, str, set[Triple]]] = [
    ("second person shares the org", "华为董事长梁华、副董事长徐直军出席。",
     {("梁华", "董事长", "华为"), ("徐直军", "副董事长", "华为")}),
    ("shared org runs on along 兼", "长江集团董事长周明、轮值董事长兼总裁于涛出席。",
     {("周明", "董事长", "长江集团"), ("于涛", "轮值董事长", "长江集团"), ("于涛", "总裁", "长江集团")}),
    ("a unit after 、 is a unit of the listed person's organisation", "海川大学副校长王立新、后勤处处长孙一鸣出席。",
     {("王立新", "副校长", "海川大学"), ("孙一鸣", "处长", "海川大学后勤处")}),
    ("an organisation after 、 is its own", "海川大学校长王立新、财政部部长孙一鸣出席。",
     {("王立新", "校长", "海川大学"), ("孙一鸣", "部长", "财政部")}),
    ("not across a comma", "北京大学校长龚旗煌，副校长王博出席。",
     {("龚旗煌", "校长", "北京大学"), ("王博", "副校长", None)}),
    ("not a mayor at a party committee", "省委书记王强、省长李明出席。",
     {("王强", "书记", "省委"), ("李明", "省长", None)}),
    ("not after an honour", "中国科学院院士王明、研究员李强出席。",
     {("王明", "院士", "中国科学院"), ("李强", "研究员", None)}),
]
# fmt: on


# fmt: off
LEADS: list[tuple[str, str, set[Triple]]] = [
    ("原 before the org, in a chain", "中国医院协会会长、原国家卫生计生委副主任马东致辞。",
     {("马东", "会长", "中国医院协会"), ("马东", "原副主任", "国家卫生计生委")}),
    ("原 opening the sentence", "原中国银监会主席刘明出席。", {("刘明", "原主席", "中国银监会")}),
    ("现任 joins the chain and is dropped", "海川集团原副总裁、现任青岛大学商学院院长刘建出席。",
     {("刘建", "原副总裁", "海川集团"), ("刘建", "院长", "青岛大学商学院")}),
    ("时任…的 name", "2021年时任省商务厅厅长的王立在赣州试点改革。", {("王立", "厅长", "省商务厅")}),
    ("原 as an adjective elsewhere", "原计划由华为总裁李强出席。", {("李强", "总裁", "华为")}),
    ("前 inside a time word", "两年前华为总裁李强曾到访。", {("李强", "总裁", "华为")}),
    ("的 after a title without 时任", "省商务厅厅长的秘书王立出席。", set()),
]
# fmt: on


# fmt: off
GLUED_DENG: list[tuple[str, str, set[Triple]]] = [
    ("等 glued to a three-character name", "海川集团副总裁刘建平等出席发布会。", {("刘建平", "副总裁", "海川集团")}),
    ("等 written apart", "海川集团副总裁刘建平等人出席发布会。", {("刘建平", "副总裁", "海川集团")}),
    ("two characters ending in 等 stay", "海川集团总裁何等出席。", set()),
]
# fmt: on

# Each form's rows: the sentence gives exactly these triples.
FORMS = {
    "defined short form": DEFINED,
    "body named by its level": LEVEL_BODIES,
    "rotating chair, chair, physician": NEW_WORDS,
    "listed people share an organisation": LISTED,
    "lead before an organisation": LEADS,
    "list word glued to a name": GLUED_DENG,
}
FORM_CASES = [(form, *row) for form, rows in FORMS.items() for row in rows]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("form", "case", "text", "expected"), FORM_CASES, ids=[f"{c[0]}: {c[1]}" for c in FORM_CASES]
)
def test_form(nlp: Language, form: str, case: str, text: str, expected: set[Triple]) -> None:
    assert triples(nlp, text) == expected
