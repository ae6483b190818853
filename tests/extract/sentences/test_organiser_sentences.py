"""Organisers: who hosts, co-organises, supports or exhibits, and at which event."""

from __future__ import annotations

import pytest
from extracted import events_and_organisers, exhibitors, organised_events, organisers

# fmt: off
ORGANISERS = [
    pytest.param("5月20日，第三届海川茶叶博览会开幕。海川市商务局、海川市农业农村局支持。海川茶叶协会承办，青山集团、绿源公司协办。", {("海川市商务局", "支持"), ("海川市农业农村局", "支持"), ("海川茶叶协会", "承办"), ("青山集团", "协办"), ("绿源公司", "协办")}, id="issue19-a credit line: lists before their verbs"),
    pytest.param("由海川市人民政府主办、海川市商务局承办的第三届海川茶叶博览会5月20日开幕。", {("海川市人民政府", "主办"), ("海川市商务局", "承办")}, id="issue19-由A主办、B承办的X"),
    pytest.param("5月20日，第三届海川茶叶博览会开幕。海川市商务局支持企业参展。", set(), id="issue19-a verb with an object is no credit line"),
    pytest.param("5月20日，第三届海川茶叶博览会开幕。王立、李明支持。", set(), id="issue19-people in a credit line are no organisers"),
    pytest.param("5月20日，第三届海川茶叶博览会开幕。海川茶叶协会承办，王立说。", set(), id="issue19-a credit line with another clause is none"),
    pytest.param("海川市商务局、海川市农业农村局支持。", set(), id="issue19-a credit line with no event is none"),
    pytest.param("第五届海川茶叶博览会开幕\n5月20日，海川市人民政府、浙江省农业农村厅主办的第五届海川茶叶博览会在海川国际会展中心开幕。", {("海川市人民政府", "主办"), ("浙江省农业农村厅", "主办")}, id="issue19-A、B主办的X without 由"),
    pytest.param("5月20日，海川茶叶协会主办、海川日报社承办的第五届海川茶叶博览会开幕。", {("海川茶叶协会", "主办"), ("海川日报社", "承办")}, id="issue19-A主办、B承办的X without 由"),
    pytest.param("5月20日，第五届海川茶叶博览会开幕。茶博会由海川茶叶协会联合海川日报社举办。", {("海川茶叶协会", "主办"), ("海川日报社", "主办")}, id="issue19-A联合B举办 is two organisers"),
    pytest.param("5月20日，第五届海川茶叶博览会开幕。茶博会由海川联合大学主办。", {("海川联合大学", "主办")}, id="issue19-联合 inside one name stays"),
    pytest.param("5月20日，记者参加了海川市人民政府主办的第五届海川茶叶博览会。", set(), id="issue19-a reporter's clause before 主办的 names no organiser"),
    pytest.param("第五届海川茶叶博览会开幕\n5月20日，第五届海川茶叶博览会在海川国际会展中心开幕。\n主办：海川市人民政府\n承办：海川市农业农村局、海川茶叶协会\n协办：海川日报社", {("海川市人民政府", "主办"), ("海川市农业农村局", "承办"), ("海川茶叶协会", "承办"), ("海川日报社", "协办")}, id="issue19-主办：/承办：/协办： label lines"),
    pytest.param("第五届海川茶叶博览会开幕\n5月20日，第五届海川茶叶博览会在海川国际会展中心开幕。\n发布：2024年5月20日", set(), id="issue19-a label line with a date credits no one"),
    pytest.param("2024创科博览会由香港特别行政区政府创新科技及工业局主办。", {("香港特别行政区政府创新科技及工业局", "主办")}, id="government-及 inside an organiser's name"),
    pytest.param("2024创科博览会由海川大学及海川市科学技术局联合主办。", {("海川大学", "主办"), ("海川市科学技术局", "主办")}, id="government-及 between two organisers still splits"),
    pytest.param("5月18日，“山海清音——宋元山水画特展”在杭州博物馆开幕。展览由杭州博物馆主办，浙江省博物馆提供学术支持。", {("杭州博物馆", "主办"), ("浙江省博物馆", "支持")}, id="heldout4-学术支持 after 提供"),
    pytest.param("3月16日，2024海川城市足球联赛在杭州开幕。联赛由海川省体育局主办，海川银行股份有限公司提供赛事支持。", {("海川省体育局", "主办"), ("海川银行股份有限公司", "支持")}, id="heldout4-赛事支持 after 提供"),
    pytest.param("3月16日，2024海川城市足球联赛在杭州开幕。海川省体育局为参赛球员提供技术支持。", set(), id="heldout4-support for people is no organiser"),
    pytest.param("5月20日，2024年海川数字峰会在海川开幕。峰会由海川数字联合会（以下简称“HDF”）和海川市人民政府共同主办。", {("海川数字联合会", "主办"), ("海川市人民政府", "主办")}, id="heldout6-a defined name before 和"),
    pytest.param("5月20日，2024海川慈善晚会在海川大剧院举行。晚会由海川市慈善总会和海川青年基金会联合主办。", {("海川市慈善总会", "主办"), ("海川青年基金会", "主办")}, id="heldout6-总会 ends a body"),
    pytest.param("5月20日，2024年海川数字峰会在海川开幕。峰会由世界数字大会（以下简称“WDC”）主办。", {("世界数字大会", "主办")}, id="heldout6-a 大会 body named as organiser"),
    pytest.param("5月20日，2024海川产业论坛在海川举行。论坛由海川市经济和信息化局主办。", {("海川市经济和信息化局", "主办")}, id="heldout6-和 inside one name stays"),
    pytest.param("5月20日，2024海川产业论坛在海川举行。论坛由海川数字（HC）和产业创新联盟主办。", {("海川数字（HC）和产业创新联盟", "主办")}, id="heldout6-a gloss that defines nothing keeps 和"),
    pytest.param("9月20日，2024海川国际博览会在海川国际会展中心开幕。工业和信息化部、商务部为指导单位。", {("工业和信息化部", "支持"), ("商务部", "支持")}, id="heldout8-A、B为指导单位"),
    pytest.param("9月20日，2024海川国际博览会在海川国际会展中心开幕。协办单位为海川城市交通协会，海川银行海川分行为支持单位。", {("海川城市交通协会", "协办"), ("海川银行海川分行", "支持")}, id="heldout8-…分行为支持单位 (行为 is a word too)"),
    pytest.param("9月20日，2024海川国际博览会在海川国际会展中心开幕。海川市商务局作为支持单位参与筹备。", {("海川市商务局", "支持")}, id="heldout8-A作为支持单位"),
    pytest.param("11月6日，《海川发展报告2024》发布会在海川举行。会议由海川大学经济学院与海川出版社共同举办。", {("海川大学经济学院", "主办"), ("海川出版社", "主办")}, id="heldout8-由A与B共同举办"),
    pytest.param("8月18日，第三届海川大学生篮球联赛总决赛在海川体育馆落幕。本届总决赛由海川市体育局主办，海川电竞提供赛事技术支持。", {("海川市体育局", "主办"), ("海川电竞", "支持")}, id="heldout8-提供赛事技术支持 after a 由 clause"),
    pytest.param("由海川市科技局主办、海川生产力促进局承办的“2024海川设计周”12日在海川开幕。", {("海川市科技局", "主办"), ("海川生产力促进局", "承办")}, id="heldout8-由A主办、B承办的X"),
    pytest.param("11月6日，《海川发展报告2024》发布会在海川举行。海川大学经济学院举办了多场配套活动。", set(), id="heldout8-X举办… names no organiser"),
    pytest.param("9月20日，2024海川国际博览会在海川国际会展中心开幕。由于天气原因举办方推迟了开幕式。", set(), id="heldout8-由于 is no 由 clause"),
    pytest.param("9月20日，2024海川国际博览会在海川国际会展中心开幕。海川市商务局为责任单位。", set(), id="heldout8-为 + a non-role 单位 word"),
    pytest.param("5月8日，第三届海川国际博览会在海川会展中心开幕。本届博览会由海川市商务局主办，海川会展集团有限公司承办，全国300余家企业参展。", {("海川市商务局", "主办"), ("海川会展集团有限公司", "承办")}, id="heldout9-organisers listed before a count of exhibitors"),
    pytest.param("5月8日，第三届海川国际博览会在海川会展中心开幕。本届博览会由海川市商务局主办，星海科技、云帆航空等30余家企业携新品参展。", {("海川市商务局", "主办"), ("星海科技", "参展"), ("云帆航空", "参展")}, id="heldout9-a list of exhibitors after the organisers"),
    pytest.param("5月8日，第三届海川国际博览会在海川会展中心开幕。4000余家企业参展。", set(), id="heldout9-a count of firms is no exhibitor"),
    pytest.param("5月8日，第三届海川国际博览会在海川会展中心开幕。本届博览会由海川市商务局、工业和信息化部等共同主办，4000余家企业参展。", {("海川市商务局", "主办"), ("工业和信息化部", "主办")}, id="heldout9-a 由…主办 clause is no exhibiting subject"),
    pytest.param("第五届海川科技博览会由海川贸易发展局主办，海川生产力促进局合办。", {("海川贸易发展局", "主办"), ("海川生产力促进局", "主办")}, id="heldout10-合办 is co-organising"),
    pytest.param("由海川旅游局主辦、海川貿易投資促進局協辦的第十二屆海川旅遊博覽會今日開幕。", {("海川旅游局", "主办"), ("海川贸易投资促进局", "协办")}, id="heldout10-a second clause after 、"),
    pytest.param("第五届海川科技博览会由海川贸易发展局主办，支持机构包括海川生产力促进局及海川企业发展局。", {("海川贸易发展局", "主办"), ("海川生产力促进局", "支持"), ("海川企业发展局", "支持")}, id="heldout10-支持机构包括"),
    pytest.param("第五届海川科技博览会由海川绿色建筑议会及海川环保产业协会协办。", {("海川绿色建筑议会", "协办"), ("海川环保产业协会", "协办")}, id="heldout10-及 after a council (议会)"),
    pytest.param("由海川旅游局主办、多家企业参与的第十二届海川旅游博览会今日开幕。", {("海川旅游局", "主办")}, id="heldout10-a 、 clause without organiser verb"),
    pytest.param("本次活动由我们海川住宅研究会和海川市政府主办的“第五届海川人居论坛”承接。", {("海川住宅研究会", "主办"), ("海川市政府", "主办")}, id="precision-a pronoun before the organiser"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕。博览会由海川市人民政府主办，海川市茶叶协会承办，中国茶叶学会为支持单位。", {("海川市人民政府", "主办"), ("海川市茶叶协会", "承办"), ("中国茶叶学会", "支持")}, id="events21-clause_segment: 为支持单位 after a 由 list"),
    pytest.param("5月20日，海川市人民政府、海川省商务厅共同主办第三届海川茶叶博览会。", {("海川市人民政府", "主办"), ("海川省商务厅", "主办")}, id="events21-organised_object: A、B共同主办X"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕。海川大学承办了本届博览会。", {("海川大学", "承办")}, id="events21-organised_object: A承办了本届博览会"),
    pytest.param("5月20日，海川市人民政府在海川国际会展中心举办第三届海川茶叶博览会。", set(), id="events21-organised_object: 举办 alone names no organiser"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕。据主办方海川市茶叶协会介绍，本届博览会吸引了500家企业参展。", {("海川市茶叶协会", "主办")}, id="events21-apposed_organiser: 据主办方A介绍"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕。作为本届博览会的主办方，海川市人民政府邀请了500家企业参展。", {("海川市人民政府", "主办")}, id="events21-apposed_organiser: 作为…的主办方，A"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕。在海川省农业农村厅的指导下，海川市人民政府主办了本届博览会。", {("海川省农业农村厅", "支持"), ("海川市人民政府", "主办")}, id="events21-under_guidance: 在A的指导下，B主办了本届博览会"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕。在海川市委的大力支持下，海川茶叶协会去年成立。", set(), id="events21-under_guidance: no event in the sentence"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), ORGANISERS)
def test_organisers(text: str, expected: set[tuple[str, str]]) -> None:
    assert organisers(text) == expected


# fmt: off
ORGANISED_EVENTS = [
    pytest.param("12月16日晚，第三届海川国际电影节白鹭奖颁奖典礼在海川大剧院举行。本届电影节由海川市人民政府主办。", {("海川市人民政府", "第三届海川国际电影节")}, id="heldout5-本届电影节: the festival, not its ceremony, is organised"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), ORGANISED_EVENTS)
def test_organised_events(text: str, expected: set[tuple[str, str]]) -> None:
    assert organised_events(text) == expected


# fmt: off
EXHIBITORS = [
    pytest.param("5月20日，2024年海川数字峰会在海川开幕。峰会期间还将举办“数字之光”博览会，海川电子、海川软件等200余家企业参展。", {("海川电子", "“数字之光”博览会"), ("海川软件", "“数字之光”博览会")}, id="heldout6-exhibitors of a sub-event named before them"),
    pytest.param("5月20日，2024年海川数字峰会在海川开幕。峰会期间还将举办“数字之光”博览会，海川电子公司、海川软件公司参展。", {("海川电子公司", "“数字之光”博览会"), ("海川软件公司", "“数字之光”博览会")}, id="heldout6-subject exhibitors of a sub-event"),
    pytest.param("5月20日，2024年海川数字峰会在海川开幕。海川电子、海川软件等200余家企业参展。", {("海川电子", "2024年海川数字峰会"), ("海川软件", "2024年海川数字峰会")}, id="heldout6-with no event before them they exhibit at the main event"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), EXHIBITORS)
def test_exhibitors(text: str, expected: set[tuple[str, str]]) -> None:
    assert exhibitors(text) == expected


# fmt: off
EVENTS_AND_ORGANISERS = [
    pytest.param("9月20日，海川医学会心血管病学分会2024年学术年会在厦门举行。年会由海川医学会、海川医学会心血管病学分会主办。", {"events": {"海川医学会心血管病学分会2024年学术年会"}, "organisers": {("海川医学会", "主办"), ("海川医学会心血管病学分会", "主办")}}, id="heldout4-a society's branch hosts, it is no session"),
    pytest.param("9月20日，2024海川心血管论坛在厦门举行。论坛期间，海川医学会心血管病学分会发布了《心血管健康报告2024》。", {"events": {"2024海川心血管论坛"}, "organisers": {("海川医学会心血管病学分会", "发布")}}, id="heldout4-an organisation alone before 发布"),
    pytest.param("9月20日，2024海川医学大会在厦门举行。大会设“心血管”分会，王海主持。", {"events": {"2024海川医学大会", "“心血管”分会"}, "organisers": set()}, id="heldout4-a named sub-session stays an event"),
    pytest.param("9月20日，2024海川心血管论坛在厦门举行。论坛期间，海川医院院长王海发布了《心血管健康报告2024》。", {"events": {"2024海川心血管论坛"}, "organisers": set()}, id="heldout4-a person releasing gives no organiser"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), EVENTS_AND_ORGANISERS)
def test_events_and_organisers(text: str, expected: dict[str, set[object]]) -> None:
    assert events_and_organisers(text) == expected
