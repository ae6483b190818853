"""Forms of the eighth held-out round (tests/fixtures/heldout8/NOTES.md), on sentences written for these tests.

Each table runs whole short documents through the model; good rows give what must be found, bad rows what
must not (an empty set, or the plain reading kept).
"""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import event_dates, event_names, memberships, organisers, roles

# fmt: off
EVENTS = [
    ("a league's final after the league", "8月18日，第三届海川大学生篮球联赛总决赛在海川体育馆落幕。", {"第三届海川大学生篮球联赛总决赛"}),
    ("a book title opens a launch", "11月6日，《海川发展报告2024》发布会在海川举行。", {"《海川发展报告2024》发布会"}),
    ("a numbered press conference (第二场)", "7月3日，海川市政府新闻办召开海川市防汛工作第二场新闻发布会。", {"海川市防汛工作第二场新闻发布会"}),
    ("a week-long festival (设计周)", "10月12日，“2024海川设计周”在海川开幕。", {"2024海川设计周"}),
]
NOT_EVENTS = [
    ("a final of no named contest", "海川战队晋级中国区总决赛。", set()),
    ("a numbered press conference with no name", "7月3日，市政府新闻办召开第二场新闻发布会。", set()),
    ("a count of press conferences", "今年，海川共举行三场发布会。", set()),
    ("a short book title refers back", "5月8日，市司法局召开学习《条例》座谈会。", set()),
]
EXPO = "9月20日，2024海川国际博览会在海川国际会展中心开幕。"
LAUNCH = "11月6日，《海川发展报告2024》发布会在海川举行。"
FINAL = "8月18日，第三届海川大学生篮球联赛总决赛在海川体育馆落幕。"
ORGANISERS = [
    ("A、B为指导单位", EXPO + "工业和信息化部、商务部为指导单位。", {("工业和信息化部", "支持"), ("商务部", "支持")}),
    ("…分行为支持单位 (行为 is a word too)", EXPO + "协办单位为海川城市交通协会，海川银行海川分行为支持单位。", {("海川城市交通协会", "协办"), ("海川银行海川分行", "支持")}),
    ("A作为支持单位", EXPO + "海川市商务局作为支持单位参与筹备。", {("海川市商务局", "支持")}),
    ("由A与B共同举办", LAUNCH + "会议由海川大学经济学院与海川出版社共同举办。", {("海川大学经济学院", "主办"), ("海川出版社", "主办")}),
    ("提供赛事技术支持 after a 由 clause", FINAL + "本届总决赛由海川市体育局主办，海川电竞提供赛事技术支持。", {("海川市体育局", "主办"), ("海川电竞", "支持")}),
    ("由A主办、B承办的X", "由海川市科技局主办、海川生产力促进局承办的“2024海川设计周”12日在海川开幕。", {("海川市科技局", "主办"), ("海川生产力促进局", "承办")}),
]
NOT_ORGANISERS = [
    ("X举办… names no organiser", LAUNCH + "海川大学经济学院举办了多场配套活动。", set()),
    ("由于 is no 由 clause", EXPO + "由于天气原因举办方推迟了开幕式。", set()),
    ("为 + a non-role 单位 word", EXPO + "海川市商务局为责任单位。", set()),
]
ROLES = [
    ("进行点评 is a talk", LAUNCH + "海川大学教授周慕远对报告进行点评。", {("周慕远", "演讲")}),
    ("进行了解读 is a talk", LAUNCH + "研究中心副主任苏晓燕对报告进行了解读。", {("苏晓燕", "演讲")}),
    ("在开幕式上发言 is an address", EXPO + "海川城市交通协会会长宋慧敏在开幕式上发言。", {("宋慧敏", "致辞")}),
    ("a name cut before 和 + 出席会议", LAUNCH + "海川市副市长赵建和出席会议并致辞。", {("赵建和", "致辞")}),
    ("named the final's best player takes part", FINAL + "海川大学代表队队员林子墨获评总决赛最有价值球员。", {("林子墨", "参加")}),
]
NOT_ROLES = [
    ("an honour outside the contest is no part in it", FINAL + "海川大学教师林子墨获评海川市优秀教师。", set()),
    ("a session's 发言 stays a talk", EXPO + "海川城市交通协会会长宋慧敏在论坛上发言。", {("宋慧敏", "演讲")}),
    ("a commentary read, not given", LAUNCH + "海川大学教授周慕远阅读了专家点评。", set()),
]
MEMBERSHIPS = [
    ("聘任X为公司+field title keeps the field word", "董事会同意聘任王立新为公司财务总监。", {("王立新", "财务总监", None)}),
    ("候补 modifies 委员", "海川市委候补委员刘永胜出席会议。", {("刘永胜", "候补委员", "海川市委")}),
    ("递补X、Y为… appoints", "全会递补省委候补委员刘永胜、马晓娟为省委委员。", {("刘永胜", "候补委员", "省委"), ("马晓娟", "候补委员", "省委"), ("刘永胜", "委员", "省委"), ("马晓娟", "委员", "省委")}),
    ("a procurator's post (检察员)", "海川市人民检察院检察员周慧出庭支持公诉。", {("周慧", "检察员", "海川市人民检察院")}),
    ("首席 makes 预报员 a post", "海川市气象局首席预报员谭慧回答了记者提问。", {("谭慧", "首席预报员", "海川市气象局")}),
    ("an organising committee (组委会) is a body", "联赛组委会主任、海川市副市长曹俊杰宣布闭幕。", {("曹俊杰", "主任", "联赛组委会"), ("曹俊杰", "副市长", "海川市")}),
    ("a village chain: 党支部 then 村委会", "团北村党支部书记、村委会主任任建华组织群众转移。", {("任建华", "书记", "团北村党支部"), ("任建华", "主任", "团北村村委会")}),
    ("a name before its case (受贿案)", "九江市中级人民法院公开宣判江西省人民政府原副省长钟志远受贿案。", {("钟志远", "原副省长", "江西省人民政府")}),
    ("利用担任…等职务上的便利", "被告人张伟利用担任九江市副市长、九江市委常委等职务上的便利，为他人谋取利益。", {("张伟", "副市长", "九江市"), ("张伟", "常委", "九江市委")}),
]
NOT_MEMBERSHIPS = [
    ("a withheld name (林某) is no person", "他接受时任海川经济技术开发区管委会主任林某的请托。", set()),
    ("a withheld name (张某某) is no person", "海川科技公司总经理张某某被依法逮捕。", set()),
    ("a forecaster alone is an occupation", "预报员谭慧连续值班三天。", set()),
    ("为 without a trigger appoints no one", "刘永胜、马晓娟为省委委员提供材料。", set()),
    ("职务上的便利 with no post named", "被告人张伟利用职务上的便利，为他人谋取利益。", set()),
    ("a case word after a plain word is no name", "他在受贿案中发挥了作用。", set()),
    ("组委会主任 with no name after it", "他向联赛组委会主任递交了申请。", set()),
]
DATELINE = "（记者 王立）今天下午，海川市政府新闻办召开海川市防汛工作第二场新闻发布会。"
DATES = [
    ("今天 under a dateline is its day", "海川日报7月3日讯" + DATELINE, {("海川市防汛工作第二场新闻发布会", dt.date(2024, 7, 3), dt.date(2024, 7, 3))}),
]
NOT_DATES = [
    ("今天 with no dateline stays undated", "海川日报讯" + DATELINE, {("海川市防汛工作第二场新闻发布会", None, None)}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), EVENTS + NOT_EVENTS, ids=[c[0] for c in EVENTS + NOT_EVENTS]
)
def test_event_names(case: str, text: str, expected: set[str]) -> None:
    assert event_names(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"),
    ORGANISERS + NOT_ORGANISERS,
    ids=[c[0] for c in ORGANISERS + NOT_ORGANISERS],
)
def test_organisers(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert organisers(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), ROLES + NOT_ROLES, ids=[c[0] for c in ROLES + NOT_ROLES]
)
def test_roles(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"),
    MEMBERSHIPS + NOT_MEMBERSHIPS,
    ids=[c[0] for c in MEMBERSHIPS + NOT_MEMBERSHIPS],
)
def test_memberships(case: str, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), DATES + NOT_DATES, ids=[c[0] for c in DATES + NOT_DATES]
)
def test_event_dates(case: str, text: str, expected: set[tuple[str, dt.date | None, dt.date | None]]) -> None:
    assert event_dates(text) == expected
