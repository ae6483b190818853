"""Forms of the third held-out round: appointments, dateline bylines, party committees, department chains.

Each table holds sentences that must give exactly the listed triples (good) and sentences that look alike
but state nothing or something else (bad, often an empty set). Sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.roles import defined_short_forms, extract_roles
from kg.model import Document
from kg.nlp.pipeline import parse_text
from kg.nlp.sentences import split_sentences

Triple = tuple[str, str, str | None]


def triples(nlp: Language, text: str) -> set[Triple]:
    document = Document(id="t", source="test", text=text)
    found: set[Triple] = set()
    for sentence in split_sentences(text, doc_id="t"):
        for m in extract_roles(parse_text(sentence.text), sentence, document).memberships:
            found.add((m.person, m.title, m.org))
    return found


# fmt: off
APPOINTMENTS: list[tuple[str, str, set[Triple]]] = [
    ("任 + chain", "会议宣布，李文博任海川集团董事长、党委书记。", {("李文博", "董事长", "海川集团"), ("李文博", "党委书记", "海川集团")}),
    ("此前任", "李文博此前任华润集团副总裁。", {("李文博", "副总裁", "华润集团")}),
    ("year 起 担任", "李文博2019年起担任海川集团总经理。", {("李文博", "总经理", "海川集团")}),
    ("被任命为 after a time", "王海今年5月被任命为中国银行副行长。", {("王海", "副行长", "中国银行")}),
    ("当选为", "大会上，周敏当选为中国作家协会副主席。", {("周敏", "副主席", "中国作家协会")}),
    ("list 等N人 当选为 a bare title", "赵军、孙丽华等5人当选为副主席。", {("赵军", "副主席", None), ("孙丽华", "副主席", None)}),
    ("选举…为", "会议选举孙浩为中国钢铁工业协会会长。", {("孙浩", "会长", "中国钢铁工业协会")}),
    ("任命，…为", "经市人大常委会任命，郑凯为市教育局局长。", {("郑凯", "局长", "市教育局")}),
    ("由…担任", "海川集团董事会秘书由孙浩担任。", {("孙浩", "董事会秘书", "海川集团")}),
    ("一职由 title name 担任", "海川集团总经理一职由副总经理刘洋担任。", {("刘洋", "总经理", "海川集团"), ("刘洋", "副总经理", None)}),
    ("免去…的…职务", "会议决定免去钱峰的海川集团总裁职务。", {("钱峰", "总裁", "海川集团")}),
]
NOT_APPOINTMENTS: list[tuple[str, str, set[Triple]]] = [
    ("为 without a trigger", "李文博为海川集团董事长办公室送来鲜花。", set()),
    ("为 as 'for'", "李文博为中国银行副行长颁发了证书。", set()),
    ("chain continues into a noun", "李文博任海川集团董事长期间推动改革。", set()),
    ("免去 without 职务", "会议免去了钱峰的海川集团总裁的午餐。", set()),
    ("由…主持 is no appointment", "海川集团董事会会议由孙浩主持。", set()),
    ("一人 list is no list", "赵军等5人当选为副主席。", set()),
]
BYLINES: list[tuple[str, str, set[Triple]]] = [
    ("agency dateline", "新华社北京3月5日电（记者 王小川）会议今天开幕。", {("王小川", "记者", "新华社")}),
    ("agency dateline, two reporters", "新华社广州5月2日电（记者 李明 赵华）活动举行。", {("李明", "记者", "新华社"), ("赵华", "记者", "新华社")}),
    ("paper 讯", "长江日报讯（记者 陈明）昨日，会议召开。", {("陈明", "记者", "长江日报")}),
    ("web 消息", "人民网消息（记者 周立）论坛开幕。", {("周立", "记者", "人民网")}),
    ("paper named inside the credit bracket", "会议今天召开。（证券时报记者 李明）", {("李明", "记者", "证券时报")}),
    ("本报讯 gives no organisation", "本报讯（记者 孙华）会议召开。", {("孙华", "记者", None)}),
    ("pen name of a correspondent", "南方日报讯（记者 林海 通讯员 粤宣）会议召开。", {("林海", "记者", "南方日报")}),
    ("a correspondent holds no post at the paper", "江西日报讯（记者 王小川 通讯员 李春华）会议召开。", {("王小川", "记者", "江西日报")}),
]
NOT_BYLINES: list[tuple[str, str, set[Triple]]] = [
    ("bracket later in the sentence", "会议在北京召开（记者 王小川）。", {("王小川", "记者", None)}),
    ("no outlet before 电", "据悉3月5日电（记者 王小川）会议召开。", {("王小川", "记者", None)}),
    ("correspondents alone", "本报讯（通讯员 李春华 赵明）会议召开。", set()),
]
COMMITTEES: list[tuple[str, str, set[Triple]]] = [
    ("enterprise 党委 is part of the title", "海川集团党委副书记、总经理王海主持会议。", {("王海", "党委副书记", "海川集团"), ("王海", "总经理", "海川集团")}),
    ("regional 党委 is the organisation", "西藏自治区党委副书记、自治区主席王海出席。", {("王海", "副书记", "西藏自治区党委"), ("王海", "主席", None)}),
    ("place written as LOC before a title", "会议由宁夏回族自治区副主席王海主持。", {("王海", "副主席", "宁夏回族自治区")}),
    ("short-form definition between org and title", "海川控股集团有限公司（以下简称“海川集团”）党委书记、董事长王海致辞。", {("王海", "党委书记", "海川控股集团有限公司"), ("王海", "董事长", "海川控股集团有限公司")}),
    ("原 merged into the org", "原省检察院副检察长贾明出席。", {("贾明", "原副检察长", "省检察院")}),
]
NOT_COMMITTEES: list[tuple[str, str, set[Triple]]] = [
    ("党委 alone before a title", "党委副书记王海出席。", {("王海", "党委副书记", None)}),
    ("party committee of a city stays the org", "南昌市委副书记王海出席。", {("王海", "副书记", "南昌市委")}),
    ("place after a verb is no organisation", "王海来到宁夏回族自治区调研。", set()),
    ("原子 opens an organisation name", "原子能研究院院长王海出席。", {("王海", "院长", "原子能研究院")}),
]
UNITS_AND_BODIES: list[tuple[str, str, set[Triple]]] = [
    ("unit glued to 系主任 in a chain", "北京大学教授、物理系主任王海出席。", {("王海", "教授", "北京大学"), ("王海", "主任", "北京大学物理系")}),
    ("unit glued to 系副主任 in a chain", "南京大学教授、化学系副主任王海出席。", {("王海", "教授", "南京大学"), ("王海", "副主任", "南京大学化学系")}),
    ("时任 + one-word body + chain", "时任市委常委、常务副市长的王海推动改革。", {("王海", "常委", "市委"), ("王海", "常务副市长", None)}),
    ("defined short form inside a chain", "中国科学院声学研究所（以下简称“声学所”）举办活动。中国科学院院士、声学所所长王海致辞。", {("王海", "院士", "中国科学院"), ("王海", "所长", "中国科学院声学研究所")}),
    ("国务秘书", "柬埔寨教育部国务秘书王海表示。", {("王海", "国务秘书", "柬埔寨教育部")}),
]
NOT_UNITS_AND_BODIES: list[tuple[str, str, set[Triple]]] = [
    ("系主任 without a chain keeps nothing", "他曾是物理系主任。", set()),
    ("系主任 right after an organisation", "北京大学教授、系主任王海出席。", {("王海", "教授", "北京大学"), ("王海", "系主任", "北京大学")}),
    ("one-word body, no name", "时任市委常委会召开会议。", set()),
]
BACK_REFERENCES: list[tuple[str, str, set[Triple]]] = [
    ("选举…为 body 首届 title", "大会选举海川电源董事长曹文斌为联盟首届理事长。", {("曹文斌", "董事长", "海川电源"), ("曹文斌", "理事长", None)}),
    ("任 body title", "海川大学教授马明礼任联盟秘书长。", {("马明礼", "教授", "海川大学"), ("马明礼", "秘书长", None)}),
    ("edition between org and title", "海川集团首届董事长王海出席。", {("王海", "董事长", "海川集团")}),
    ("name before 一行", "市长会见了中国龙舟协会主席李国和一行。", {("李国和", "主席", "中国龙舟协会")}),
    ("defined short form before a title", "星河智能科技有限公司（以下简称“星河智能”）举办发布会。周立和（星河智能创始人兼首席执行官）登台。", {("周立和", "创始人", "星河智能科技有限公司"), ("周立和", "首席执行官", "星河智能科技有限公司")}),
]
BACK_REFERENCES += [
    ("ordinal unit rebuilt in a chain", "会议任命赵永刚为市检察院检察委员会委员、第二检察部主任。", {("赵永刚", "委员", "市检察院检察委员会"), ("赵永刚", "主任", "市检察院第二检察部")}),
    ("ordinal unit alone", "会议决定免去刘国华的第三检察部主任职务。", {("刘国华", "主任", "第三检察部")}),
]
NOT_BACK_REFERENCES: list[tuple[str, str, set[Triple]]] = [
    ("ordinal across punctuation is no unit", "海川队排名第三，检察部主任王海出席。", set()),
    ("协会 alone is no organisation", "协会会长王海致辞。", {("王海", "会长", None)}),
    ("undefined word before a title", "周立和（星河智能创始人）登台。", set()),
]
DATED: list[tuple[str, str, set[Triple]]] = [
    ("时任 before a bare title", "会议由时任副市长王立主持。", {("王立", "副市长", None)}),
    ("时任 bare title, name after 的", "2019年，时任副市长的王立在赣州试点改革。", {("王立", "副市长", None)}),
    ("时任 before an org", "时任海川集团总裁李强出席。", {("李强", "总裁", "海川集团")}),
    ("时任 between org and title", "海川集团时任总裁李强出席。", {("李强", "总裁", "海川集团")}),
    ("name 时任 chain", "李强时任海川集团总裁。", {("李强", "总裁", "海川集团")}),
    ("name, year, 时任 chain", "李强2019年时任海川集团总裁。", {("李强", "总裁", "海川集团")}),
    ("现任 before a bare title", "现任总裁李强出席。", {("李强", "总裁", None)}),
    ("首任 is no part of the title", "海川联盟首任理事长王海致辞。", {("王海", "理事长", "海川联盟")}),
]
NOT_DATED: list[tuple[str, str, set[Triple]]] = [
    ("原 stays in the title", "会议由原副市长王立主持。", {("王立", "原副市长", None)}),
    ("时任 without a name", "时任副市长推动了改革。", set()),
]
# fmt: on


# Each form's good and bad rows: the sentence gives exactly these triples.
FORMS = {
    "time words": DATED + NOT_DATED,
    "appointment": APPOINTMENTS + NOT_APPOINTMENTS,
    "byline": BYLINES + NOT_BYLINES,
    "party committee": COMMITTEES + NOT_COMMITTEES,
    "unit or body": UNITS_AND_BODIES + NOT_UNITS_AND_BODIES,
    "back reference": BACK_REFERENCES + NOT_BACK_REFERENCES,
}
CASES = [(form, *row) for form, rows in FORMS.items() for row in rows]


@pytest.mark.slow
@pytest.mark.parametrize(("form", "case", "text", "expected"), CASES, ids=[f"{c[0]}: {c[1]}" for c in CASES])
def test_form(nlp: Language, form: str, case: str, text: str, expected: set[Triple]) -> None:
    assert triples(nlp, text) == expected


# fmt: off
DEFINITIONS: list[tuple[str, str, dict[str, str]]] = [
    ("parent glued before the defined name", "6月1日，中国科学院自动化研究所（以下简称“自动化所”）举办活动。", {"自动化所": "中国科学院自动化研究所"}),
    ("a verb before the name is not taken", "会议邀请华为技术有限公司（以下简称“华为”）参加。", {"华为": "华为技术有限公司"}),
    ("place opening a company name", "5月1日，北京字节跳动科技有限公司（以下简称“字节跳动”）发布了模型。", {"字节跳动": "北京字节跳动科技有限公司"}),
    ("place with 市", "由深圳市腾讯计算机系统有限公司（以下简称“腾讯”）承办。", {"腾讯": "深圳市腾讯计算机系统有限公司"}),
    ("place glued to a verb is left out", "会议邀请北京华为技术有限公司（以下简称“华为”）参加。", {"华为": "华为技术有限公司"}),
    ("由 stops the name", "由中国科学院自动化研究所（以下简称“自动化所”）主办。", {"自动化所": "中国科学院自动化研究所"}),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "expected"), DEFINITIONS, ids=[c[0] for c in DEFINITIONS])
def test_defined_full_names(case: str, text: str, expected: dict[str, str]) -> None:
    assert defined_short_forms(text) == expected
