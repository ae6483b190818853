"""Event dates, places, names, roles and organisers found in held-out rounds: 年度, datelines,
day-only dates, venues, headlines. The round a case was found in is the first part of its id.

Whole documents written for these tests run through the model; each row gives the event's name and the
start, end and location it must get (good), or a value it must not take (bad).
"""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import organisers, roles, run

from kg.extract.dates import days_under_dateline, find_dates, is_dateline, year_from_name

D = dt.date
ROUND = "heldout3"  # the round these cases were found in


def event_facts(text: str, date: dt.date) -> dict[str, tuple[dt.date | None, dt.date | None, str | None]]:
    return {e.name: (e.start_date, e.end_date, e.location) for e in run(text, date).events}


# fmt: off
YEARS = [
    ("year of the event", "2024中国医院管理创新论坛", 2024),
    ("year with 年", "2024年全国田径锦标赛", 2024),
    ("fiscal year 年度 is no event year", "海川集团2023年度业绩发布会", None),
    ("fiscal year with a space", "2023 年度股东大会", None),
]
DOCUMENTS = [
    ("年度 event held the next year", "海川银行召开2023年度股东大会\n5月20日，海川银行在杭州召开海川银行2023年度股东大会。", D(2024, 5, 21),
     "海川银行2023年度股东大会", (D(2024, 5, 20), D(2024, 5, 20), "杭州")),
    ("dateline date is not the start", "新华社北京6月27日电（记者 王川）6月26日，第三届星河青年科学家奖颁奖典礼在北京举行。", D(2024, 6, 27),
     "第三届星河青年科学家奖颁奖典礼", (D(2024, 6, 26), D(2024, 6, 26), "北京")),
    ("day-only range under a dateline", "新华社南宁10月16日电（记者 黄川）第五届中国—东盟数字经济论坛15日至16日在南宁国际会展中心举行。", D(2024, 10, 16),
     "第五届中国—东盟数字经济论坛", (D(2024, 10, 15), D(2024, 10, 16), "南宁国际会展中心")),
    ("venue beats the headline's city", "第六届运河文化旅游博览会在扬州开幕\n9月13日至16日，第六届运河文化旅游博览会在扬州国际展览中心举办。", D(2024, 9, 14),
     "第六届运河文化旅游博览会", (D(2024, 9, 13), D(2024, 9, 16), "扬州国际展览中心")),
    ("headline short form 京 is not the place", "2024中国医院管理创新论坛在京召开\n9月20日至21日，2024中国医院管理创新论坛在北京国家会议中心举行。", D(2024, 9, 21),
     "2024中国医院管理创新论坛", (D(2024, 9, 20), D(2024, 9, 21), "北京国家会议中心")),
    ("a date after 于 beats the report's date", "2024年5月8日，第六届城市地理学术研讨会于5月10-12日在长沙举行。", D(2024, 5, 8),
     "第六届城市地理学术研讨会", (D(2024, 5, 10), D(2024, 5, 12), "长沙")),
    ("将于 of a later event leaves the first its date", "5月8日，第六届城市地理学术研讨会开幕，第二届青年地理论坛将于5月9日举行。", D(2024, 5, 8),
     "第六届城市地理学术研讨会", (D(2024, 5, 8), D(2024, 5, 8), None)),
    ("将于 dates the event named before it", "5月8日，第六届城市地理学术研讨会开幕，第二届青年地理论坛将于5月9日举行。", D(2024, 5, 8),
     "第二届青年地理论坛", (D(2024, 5, 9), D(2024, 5, 9), None)),
    ("a deadline after 截止于 is no event date", "5月8日，第六届城市地理学术研讨会在长沙开幕，报名截止于4月30日。", D(2024, 5, 8),
     "第六届城市地理学术研讨会", (D(2024, 5, 8), D(2024, 5, 8), "长沙")),
    ("下届 lends no place", "5月10日，第六届城市地理学术研讨会在长沙开幕。大会宣布，下届研讨会将在杭州举行。", D(2024, 5, 10),
     "第六届城市地理学术研讨会", (D(2024, 5, 10), D(2024, 5, 10), "长沙")),
    ("another edition's number lends no place", "5月10日，第六届城市地理学术研讨会开幕。会议决定，第七届研讨会明年在杭州召开。", D(2024, 5, 10),
     "第六届城市地理学术研讨会", (D(2024, 5, 10), D(2024, 5, 10), None)),
    ("明年 after a reference lends no place", "5月10日，第六届城市地理学术研讨会开幕。大会明年将在杭州举行。", D(2024, 5, 10),
     "第六届城市地理学术研讨会", (D(2024, 5, 10), D(2024, 5, 10), None)),
    ("the article's own edition still lends its place", "第六届城市地理学术研讨会开幕\n5月10日，第六届研讨会在长沙开幕。", D(2024, 5, 10),
     "第六届城市地理学术研讨会", (D(2024, 5, 10), D(2024, 5, 10), "长沙")),
    ("a middle dot joins a city and its venue", "5月10日，第六届城市地理学术研讨会在重庆·西南大学举行。", D(2024, 5, 10),
     "第六届城市地理学术研讨会", (D(2024, 5, 10), D(2024, 5, 10), "重庆·西南大学")),
    ("next year's edition lends this one no place", "5月10日，2024年城市地理学术研讨会开幕。闭幕式上宣布2025年城市地理学术研讨会将在杭州举办。", D(2024, 5, 10),
     "2024年城市地理学术研讨会", (D(2024, 5, 10), D(2024, 5, 10), None)),
    ("an organisation hosts the event", "10月12日，第十届全国图计算学术研讨会在武汉大学召开。", D(2024, 10, 13),
     "第十届全国图计算学术研讨会", (D(2024, 10, 12), D(2024, 10, 12), "武汉大学")),
]
# fmt: on


@pytest.mark.parametrize(("case", "name", "year"), YEARS, ids=[f"{ROUND}: {c[0]}" for c in YEARS])
def test_year_from_name(case: str, name: str, year: int | None) -> None:
    assert year_from_name(name) == year


# fmt: off
DATELINES = [
    ("dateline", "新华社北京6月27日电（记者 王川）6月26日，典礼举行。", [True, False]),
    ("no dateline", "6月26日，典礼举行，6月27日闭幕。", [False, False]),
    ("电 as a word elsewhere", "6月26日电力公司召开会议。", [True]),
]
DAYS = [
    ("range", "新华社南宁10月16日电 论坛15日至16日举行。", [(D(2000, 10, 15), D(2000, 10, 16))]),
    ("single day", "新华社南宁10月16日电 论坛16日开幕。", [(D(2000, 10, 16), D(2000, 10, 16))]),
    ("a month-day date is not day-only", "新华社南宁10月16日电 论坛10月15日开幕。", []),
    ("digits of a year or a count are no days", "新华社南宁10月16日电 2024年共15家单位参加。", []),
]
# fmt: on


@pytest.mark.parametrize(("case", "text", "expected"), DATELINES, ids=[f"{ROUND}: {c[0]}" for c in DATELINES])
def test_is_dateline(case: str, text: str, expected: list[bool]) -> None:
    assert [is_dateline(text, found) for found in find_dates(text)] == expected


@pytest.mark.parametrize(("case", "text", "expected"), DAYS, ids=[f"{ROUND}: {c[0]}" for c in DAYS])
def test_days_under_dateline(case: str, text: str, expected: list[tuple[dt.date, dt.date]]) -> None:
    dateline = next(found for found in find_dates(text) if is_dateline(text, found))
    assert [(found.start, found.end) for found in days_under_dateline(text, dateline)] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "date", "name", "expected"), DOCUMENTS, ids=[f"{ROUND}: {c[0]}" for c in DOCUMENTS]
)
def test_event_dates_and_places(
    case: str,
    text: str,
    date: dt.date,
    name: str,
    expected: tuple[dt.date | None, dt.date | None, str | None],
) -> None:
    assert event_facts(text, date).get(name) == expected


# fmt: off
NAMES = [
    ("headline without the owner is the same event", "海川银行召开2023年度股东大会\n5月20日，海川银行在杭州召开海川银行2023年度股东大会。", {"海川银行2023年度股东大会"}),
    ("credit bracket cut from the front", "新华社南宁10月16日电（记者 黄川）第五届中国—东盟数字经济论坛16日在南宁开幕。", {"第五届中国—东盟数字经济论坛"}),
    ("headline drops the bracketed place's country", "第五届杭州国际龙舟节开幕\n6月8日至10日，第五届中国（杭州）国际龙舟节在杭州举行。", {"第五届中国（杭州）国际龙舟节"}),
    ("another edition stays apart", "第四届杭州国际龙舟节回顾\n6月8日至10日，第五届中国（杭州）国际龙舟节在杭州举行。", {"第四届杭州国际龙舟节", "第五届中国（杭州）国际龙舟节"}),
    ("another year of the series is another event", "5月20日，2024青年创新论坛在杭州举行。会上宣布2025青年创新论坛将在宁波举办。", {"2024青年创新论坛", "2025青年创新论坛"}),
    ("another edition of the series is another event", "5月20日，第六届城市地理学术研讨会在长沙举行。闭幕式上宣布第七届城市地理学术研讨会将在杭州举办。", {"第六届城市地理学术研讨会", "第七届城市地理学术研讨会"}),
    ("an edition in digits is the same edition", "第6届城市地理学术研讨会开幕\n5月20日，第六届城市地理学术研讨会在长沙举行。", {"第6届城市地理学术研讨会"}),
    ("a year and an edition together are one event", "第六届城市地理学术研讨会开幕\n5月20日，2024年第六届城市地理学术研讨会在长沙举行。", {"第六届城市地理学术研讨会"}),
    ("a one-character verb after an event word is its predicate", "5月20日，2024海川马拉松在杭州举行。本届赛事设全程马拉松和半程马拉松两个项目。", {"2024海川马拉松"}),
    ("设 after 大会 is no part of a name", "5月20日，2024青年创新论坛在杭州举行。大会设主题论坛和青年创新大赛。", {"2024青年创新论坛"}),
    ("a one-character verb between name words stays", "5月20日，启智开发者大会在北京举行。", {"启智开发者大会"}),
    ("different events stay apart", "5月20日，2024青年创新论坛在杭州举行。6月1日，海川2024数字经济论坛在杭州举行。", {"2024青年创新论坛", "海川2024数字经济论坛"}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "expected"), NAMES, ids=[f"{ROUND}: {c[0]}" for c in NAMES])
def test_event_names(case: str, text: str, expected: set[str]) -> None:
    assert set(event_facts(text, D(2024, 6, 2))) == expected


# fmt: off
ROLES = [
    ("work report at the meeting is remarks", "5月20日，2024年海川省工会代表大会在杭州召开。海川省总工会主席王海代表第十三届委员会作工作报告。", {("王海", "致辞")}),
    ("business report is remarks", "5月20日，海川银行2023年度股东大会在杭州召开。海川银行行长张荣生作2023年度经营情况报告。", {("张荣生", "致辞")}),
    ("award report is a talk", "5月20日，第二届海川青年科学家奖颁奖典礼在杭州举行。北京大学教授王海作获奖报告。", {("王海", "演讲")}),
    ("answering questions is presence", "5月20日，2024年杭州市营商环境新闻发布会在杭州举行。市商务局局长王海回答了记者提问。", {("王海", "出席")}),
    ("next clause keeps the subject", "5月20日，2024年杭州市营商环境新闻发布会在杭州举行。杭州市副市长王海出席发布会，发布了《十条措施》。", {("王海", "发布")}),
    ("keynote then release keeps both", "5月20日，2024海川储能产业论坛在杭州举行。海川集团副总裁王海作主旨演讲，并发布了新一代电池。", {("王海", "主旨报告"), ("王海", "发布")}),
]
ROLES += [
    ("without hearsay the titled speaker gave remarks", "5月20日，第三届海川数字论坛在杭州举行。杭州市商务局局长王海表示，将出台扶持政策。", {("王海", "致辞")}),
    ("titled speaker at the opening ceremony", "5月20日，第三届海川数字论坛在杭州举行。海川集团总裁王海在开幕式上表示，合作前景广阔。", {("王海", "致辞")}),
]
NOT_ROLES = [
    ("hearsay is no remark at the event", "5月20日，第三届海川数字论坛在杭州举行。据悉，杭州市商务局局长王海表示，将出台扶持政策。", set()),
    ("hearsay 据了解", "5月20日，第三届海川数字论坛在杭州举行。据了解，海川集团总裁王海表示，公司将扩产。", set()),
    ("untitled speaker at the opening ceremony", "5月20日，第三届海川数字论坛在杭州举行。有人在开幕式上表示，合作前景广阔。", set()),
    ("a place, not the event, between speaker and verb", "5月20日，第三届海川数字论坛在杭州举行。海川集团总裁王海在杭州表示，合作前景广阔。", set()),
    ("a new subject in the next clause", "5月20日，2024海川储能产业论坛在杭州举行。海川集团副总裁王海出席论坛，会议还发布了年度报告。", {("王海", "出席")}),
    ("a speaker at the next edition is not at this one", "5月10日，第六届城市地理学术研讨会在长沙开幕。浙江大学校长王伟将出席下届大会并致辞。", set()),
    ("this edition's speaker stays", "5月10日，第六届城市地理学术研讨会在长沙开幕。湖南师范大学校长刘明出席大会并致辞。", {("刘明", "致辞")}),
    ("工作报告 is not 作报告", "5月20日，2024年海川省工会代表大会在杭州召开。大会审议了工作报告，海川省总工会主席王海出席。", {("王海", "出席")}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), ROLES + NOT_ROLES, ids=[f"{ROUND}: {c[0]}" for c in ROLES + NOT_ROLES]
)
def test_participation_roles(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected


# fmt: off
ORGANISERS = [
    ("提供支持 is support", "5月20日，第三届海川文化节在杭州开幕。文化节由杭州市人民政府主办，海川银行股份有限公司提供支持。", {("杭州市人民政府", "主办"), ("海川银行股份有限公司", "支持")}),
    ("listed companies exhibit", "5月20日，第三届海川文化节在杭州开幕。星海科技、云帆航空、蓝湖智能等30余家企业携新品参展。", {("星海科技", "参展"), ("云帆航空", "参展"), ("蓝湖智能", "参展")}),
    ("list after a clause", "5月20日，第三届海川文化节在杭州开幕。400余家展商参展，星海科技、云帆航空等企业设立展区并参展。", {("星海科技", "参展"), ("云帆航空", "参展")}),
]
NOT_ORGANISERS = [
    ("people listed with 等 are no exhibitors", "5月20日，第三届海川文化节在杭州开幕。王海、李明等30余位嘉宾参观了展区。", set()),
    ("the next edition's host is not this one's", "5月10日，第六届城市地理学术研讨会在长沙开幕，由湖南师范大学承办。闭幕式上宣布，下届研讨会将由浙江大学承办。", {("湖南师范大学", "承办")}),
    ("companies that only visit", "5月20日，第三届海川文化节在杭州开幕。星海科技、云帆航空等企业代表参加了开幕式。", set()),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"),
    ORGANISERS + NOT_ORGANISERS,
    ids=[f"{ROUND}: {c[0]}" for c in ORGANISERS + NOT_ORGANISERS],
)
def test_organisers(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert organisers(text) == expected
