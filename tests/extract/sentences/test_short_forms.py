"""Memberships through defined short forms (以下简称“…”, 下称, 简称): the title goes to the full name."""

from __future__ import annotations

import pytest
from extracted import memberships

from kg.extract.roles import defined_short_forms

# fmt: off
MEMBERSHIPS = [
    pytest.param("海川控股集团有限公司（以下简称“海川集团”）党委书记、董事长王海致辞。", {("王海", "党委书记", "海川控股集团有限公司"), ("王海", "董事长", "海川控股集团有限公司")}, id="heldout3-short-form definition between org and title"),
    pytest.param("中国科学院声学研究所（以下简称“声学所”）举办活动。中国科学院院士、声学所所长王海致辞。", {("王海", "院士", "中国科学院"), ("王海", "所长", "中国科学院声学研究所")}, id="heldout3-defined short form inside a chain"),
    pytest.param("星河智能科技有限公司（以下简称“星河智能”）举办发布会。周立和（星河智能创始人兼首席执行官）登台。", {("周立和", "创始人", "星河智能科技有限公司"), ("周立和", "首席执行官", "星河智能科技有限公司")}, id="heldout3-defined short form before a title"),
    pytest.param("海川镇和安徽星河现代农业发展有限公司（以下简称“星河农发”）作交流发言，星河农发董事长王海在发言中介绍。", {("王海", "董事长", "安徽星河现代农业发展有限公司")}, id="heldout4-short form cut by the model before a title"),
    pytest.param("海川集团和北京字节跳动科技有限公司（以下简称“字节跳动”）签约，字节跳动副总裁王海出席。", {("王海", "副总裁", "北京字节跳动科技有限公司")}, id="heldout4-place after 和 opens the full name"),
    pytest.param("安徽星河现代农业发展有限公司（以下简称“星河农发”）作交流发言，海川集团研发总监王海出席。", {("王海", "研发总监", "海川集团")}, id="heldout4-a field word before the title stays"),
    pytest.param("本次大会由江西省发展和改革委员会（以下简称“省发改委”）承办，省发改委主任陈文华出席。", {("陈文华", "主任", "江西省发展和改革委员会")}, id="heldout4-和 inside a full name is no boundary"),
    pytest.param("海川理工大學（下稱「海理」）今日舉行典禮。海理副校長高健明出席。", {("高健明", "副校长", "海川理工大学")}, id="heldout10-下称 defines a short form"),
    pytest.param("馬來西亞海川社團聯合會（簡稱「海聯會」）舉行會議。海聯會總會長林文達致辭。", {("林文达", "总会长", "马来西亚海川社团联合会")}, id="heldout10-a country opens a defined full name"),
    pytest.param("近日，记者与海川重工集团股份有限公司(以下简称海川集团)创始人、董事长孙一鸣进行了对话。", {("孙一鸣", "创始人", "海川重工集团股份有限公司"), ("孙一鸣", "董事长", "海川重工集团股份有限公司")}, id="issue18-an unquoted definition between org and title"),
    pytest.param("海川重工集团股份有限公司（下称海川重工）举办发布会。海川重工董事长孙一鸣致辞。", {("孙一鸣", "董事长", "海川重工集团股份有限公司")}, id="issue18-an unquoted short form in a later sentence"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), MEMBERSHIPS)
def test_memberships(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected


# fmt: off
DEFINITIONS = [
    pytest.param("6月1日，中国科学院自动化研究所（以下简称“自动化所”）举办活动。", {"自动化所": "中国科学院自动化研究所"}, id="heldout3-parent glued before the defined name"),
    pytest.param("会议邀请华为技术有限公司（以下简称“华为”）参加。", {"华为": "华为技术有限公司"}, id="heldout3-a verb before the name is not taken"),
    pytest.param("5月1日，北京字节跳动科技有限公司（以下简称“字节跳动”）发布了模型。", {"字节跳动": "北京字节跳动科技有限公司"}, id="heldout3-place opening a company name"),
    pytest.param("由深圳市腾讯计算机系统有限公司（以下简称“腾讯”）承办。", {"腾讯": "深圳市腾讯计算机系统有限公司"}, id="heldout3-place with 市"),
    pytest.param("会议邀请北京华为技术有限公司（以下简称“华为”）参加。", {"华为": "华为技术有限公司"}, id="heldout3-place glued to a verb is left out"),
    pytest.param("由中国科学院自动化研究所（以下简称“自动化所”）主办。", {"自动化所": "中国科学院自动化研究所"}, id="heldout3-由 stops the name"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), DEFINITIONS)
def test_defined_full_names(text: str, expected: dict[str, str]) -> None:
    assert defined_short_forms(text) == expected
