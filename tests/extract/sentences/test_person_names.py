"""Memberships: the person's name, where the model cuts it early, glues it to a verb or wraps it in honours."""

from __future__ import annotations

import pytest
from extracted import memberships

from kg.extract.roles import strip_honour

# fmt: off
MEMBERSHIPS = [
    pytest.param("市长会见了中国龙舟协会主席李国和一行。", {("李国和", "主席", "中国龙舟协会")}, id="heldout3-name before 一行"),
    pytest.param("海川大学教授、原副校长李国平同志，因病医治无效，于5月20日在海川逝世。", {("李国平", "教授", "海川大学"), ("李国平", "原副校长", "海川大学")}, id="heldout6-a name with 同志 after it"),
    pytest.param("海川集团副总裁兼首席财务官钟立代表企业签约。", {("钟立", "副总裁", "海川集团"), ("钟立", "首席财务官", "海川集团")}, id="heldout6-代表 with an object after the name"),
    pytest.param("发布会由海川市人民政府新闻发言人季明远主持。", {("季明远", "新闻发言人", "海川市人民政府")}, id="heldout6-a given name ending in 远 before a verb"),
    pytest.param("海川市生态环境局局长王志和通报督察意见。", {("王志和", "局长", "海川市生态环境局")}, id="heldout6-a given name ending in 和 before 通报"),
    pytest.param("海川大学校长王刚对同志们表示感谢。", {("王刚", "校长", "海川大学")}, id="heldout6-同志们 addressed is no name"),
    pytest.param("会议决定，免去单德才的南京航空航天大学校长职务。", {("单德才", "校长", "南京航空航天大学")}, id="heldout7-a name cut before 才 + 的"),
    pytest.param("哈萨克斯坦外交部副部长阿里别克·卡里莫夫致辞。", {("阿里别克·卡里莫夫", "副部长", "哈萨克斯坦外交部")}, id="heldout7-a foreign name cut at its dot"),
    pytest.param("海川交响乐团首席指挥陈晓和执棒首场演出。", {("陈晓和", "首席指挥", "海川交响乐团")}, id="heldout7-a name cut before 和 + 执棒"),
    pytest.param("九江市中级人民法院公开宣判江西省人民政府原副省长钟志远受贿案。", {("钟志远", "原副省长", "江西省人民政府")}, id="heldout8-a name before its case (受贿案)"),
    pytest.param("福聯會總會長丹斯里林文達致辭時說，福聯會將繼續推動華文教育。", {("林文达", "总会长", "福联会")}, id="heldout10-丹斯里 is cut off the name"),
    pytest.param("作为海川集团董事长的王立新表示，公司将扩大投资。", {("王立新", "董事长", "海川集团")}, id="misses-作为 chain 的 name"),
    pytest.param("身为海川大学校长的王立新对此表示欢迎。", {("王立新", "校长", "海川大学")}, id="misses-身为 chain 的 name"),
    pytest.param("担任海川集团总经理的王立新介绍了情况。", {("王立新", "总经理", "海川集团")}, id="misses-担任 chain 的 name"),
    pytest.param("住房和城乡建设部副部长郭允冲在会上讲话。", {("郭允冲", "副部长", "住房和城乡建设部")}, id="misses-title + cut name + 在"),
    pytest.param("海川市副市长陈允冲出席。", {("陈允冲", "副市长", "海川市")}, id="misses-title + cut name + 出席"),
    pytest.param("出席会议的有国家统计局副局长关立新。", {("关立新", "副局长", "国家统计局")}, id="misses-title + name read as a verb, sentence end"),
    pytest.param("国家统计局副局长关立新和海川市副市长王伟出席。", {("关立新", "副局长", "国家统计局"), ("王伟", "副市长", "海川市")}, id="misses-title + name read as a verb + 和"),
    pytest.param("海川集团董事长李国和应邀出席论坛。", {("李国和", "董事长", "海川集团")}, id="misses-title + name cut before 和 + 应邀出席"),
    pytest.param("海川市副市长王伟坐在主席台上。", {("王伟", "副市长", "海川市")}, id="misses-a posture verb before 在 is no name"),
    pytest.param("海川市副市长王伟要讲话。", {("王伟", "副市长", "海川市")}, id="misses-an auxiliary before a reporting verb is no name"),
    pytest.param("海川市委书记王伟也出席了会议。", {("王伟", "书记", "海川市委")}, id="misses-an adverb before 出席 is no name"),
    pytest.param("海川大学校长 侯自新教授 致辞", {("侯自新", "校长", "海川大学")}, id="precision-name + 教授 after a spaced title"),
    pytest.param("海川汽车公司的创始人阿尔芒·标致偏爱蓝色。", {("阿尔芒·标致", "创始人", "海川汽车公司")}, id="duie3-a transliterated name the model ended at its middle dot"),
    pytest.param("——王立\u3000海川企业股份有限公司董事长\u3000\u3000冯仑这个人，聪明。", {("王立", "董事长", "海川企业股份有限公司")}, id="duie3-a caption name tagged with its wide space"),
    pytest.param("海川电子材料股份有限公司董事长王立军博士介绍了新产品。", {("王立军", "董事长", "海川电子材料股份有限公司")}, id="duie3-博士 after a name addresses it"),
    pytest.param("王海博士毕业于海川大学。", set(), id="duie3-博士 after a name states no post"),
    pytest.param("海川市科学技术协会副巡视员袁强先生出席。", {("袁强", "副巡视员", "海川市科学技术协会")}, id="precision-name + 先生 after a title"),
    pytest.param("球队的训练暂时由助理教练卡洛斯-佩雷斯负责。", {("卡洛斯-佩雷斯", "助理教练", None)}, id="precision-hyphenated foreign name"),
    pytest.param("王海林总经理、海川研究院院长李刚先生致辞。", {("李刚", "院长", "海川研究院")}, id="precision-a name before its title is no organisation"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), MEMBERSHIPS)
def test_memberships(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("丹斯里林文达", "林文达", id="丹斯里"),
        pytest.param("拿督斯里张志伟", "张志伟", id="拿督斯里"),
        pytest.param("拿督陈瑞发", "陈瑞发", id="拿督"),
        pytest.param("敦浩", "敦浩", id="a two-character name that opens with 敦"),
        pytest.param("林文达", "林文达", id="no honour"),
    ],
)
def test_strip_honour(name: str, expected: str) -> None:
    assert strip_honour(name) == expected
