"""Memberships: a title after its organisation (a ministry, a bureau, a party committee, a company)."""

from __future__ import annotations

import pytest
from extracted import memberships

# fmt: off
MEMBERSHIPS = [
    pytest.param("保安局局长邓炳强出席活动。", {("邓炳强", "局长", "保安局")}, id="government-a SAR bureau alone before a title"),
    pytest.param("财政司司长陈茂波主持仪式。", {("陈茂波", "司长", "财政司")}, id="government-a SAR secretariat alone before a title"),
    pytest.param("香港特别行政区政府创新科技及工业局局长孙东主持开幕式。", {("孙东", "局长", "香港特别行政区政府创新科技及工业局")}, id="government-及 inside a bureau the model glued to the government"),
    pytest.param("创新科技及工业局局长孙东出席论坛。", {("孙东", "局长", "创新科技及工业局")}, id="government-及 inside a bureau written alone"),
    pytest.param("工业和信息化部副部长单忠德出席论坛。", {("单忠德", "副部长", "工业和信息化部")}, id="government-和 inside a ministry"),
    pytest.param("海川集团党委副书记、总经理王海主持会议。", {("王海", "党委副书记", "海川集团"), ("王海", "总经理", "海川集团")}, id="heldout3-enterprise 党委 is part of the title"),
    pytest.param("西藏自治区党委副书记、自治区主席王海出席。", {("王海", "副书记", "西藏自治区党委"), ("王海", "主席", None)}, id="heldout3-regional 党委 is the organisation"),
    pytest.param("会议由宁夏回族自治区副主席王海主持。", {("王海", "副主席", "宁夏回族自治区")}, id="heldout3-place written as LOC before a title"),
    pytest.param("原省检察院副检察长贾明出席。", {("贾明", "原副检察长", "省检察院")}, id="heldout3-原 merged into the org"),
    pytest.param("党委副书记王海出席。", {("王海", "党委副书记", None)}, id="heldout3-党委 alone before a title"),
    pytest.param("南昌市委副书记王海出席。", {("王海", "副书记", "南昌市委")}, id="heldout3-party committee of a city stays the org"),
    pytest.param("原子能研究院院长王海出席。", {("王海", "院长", "原子能研究院")}, id="heldout3-原子 opens an organisation name"),
    pytest.param("柬埔寨教育部国务秘书王海表示。", {("王海", "国务秘书", "柬埔寨教育部")}, id="heldout3-国务秘书"),
    pytest.param("海川集团首届董事长王海出席。", {("王海", "董事长", "海川集团")}, id="heldout3-edition between org and title"),
    pytest.param("协会会长王海致辞。", {("王海", "会长", None)}, id="heldout3-协会 alone is no organisation"),
    pytest.param("农业农村部总农艺师马国和出席开幕式。", {("马国和", "总农艺师", "农业农村部")}, id="heldout5-a ministry alone before a title"),
    pytest.param("泰国泉州会馆永远名誉主席陈振和出席活动。", {("陈振和", "永远名誉主席", "泰国泉州会馆")}, id="heldout5-永远名誉 before a title"),
    pytest.param("海川集团总经济师王强出席。", {("王强", "总经济师", "海川集团")}, id="heldout5-总经济师 of a company"),
    pytest.param("省法院民事审判庭庭长、二级高级法官李明出席。", {("李明", "庭长", "省法院民事审判庭"), ("李明", "二级高级法官", "省法院民事审判庭")}, id="heldout5-a court division head and a judge rank"),
    pytest.param("海川律师事务所律师王彬出庭。", {("王彬", "律师", "海川律师事务所")}, id="heldout5-a lawyer of a law firm"),
    pytest.param("海川集团副总裁、智能电网业务负责人王强出席。", {("王强", "副总裁", "海川集团"), ("王强", "智能电网业务负责人", "海川集团")}, id="heldout5-a business line belongs to 负责人"),
    pytest.param("法国驻华大使白玉堂出席。", {("白玉堂", "驻华大使", "法国")}, id="heldout5-an ambassador keeps his state"),
    pytest.param("深圳市南山区副区长陈晓临出席活动。", {("陈晓临", "副区长", "深圳市南山区")}, id="heldout5-a district with its city"),
    pytest.param("华为昇腾计算业务CTO周斌出席。", {("周斌", "CTO", "华为昇腾计算业务")}, id="heldout5-a business named after its company keeps its reading"),
    pytest.param("江西省副省长王强出席。", {("王强", "副省长", "江西省")}, id="heldout5-a province alone stays alone"),
    pytest.param("王强在法国访问期间会见了大使李明。", {("李明", "大使", None)}, id="heldout5-a place before a verb is no envoy's state"),
    pytest.param("发布会由海川市人民政府办公室新闻发言人、主任助理李文华主持。", {("李文华", "新闻发言人", "海川市人民政府办公室"), ("李文华", "主任助理", "海川市人民政府办公室")}, id="heldout6-主任助理 is one title"),
    pytest.param("海川集团董事局主席王刚出席活动。", {("王刚", "董事局主席", "海川集团")}, id="heldout6-董事局主席 is one title"),
    pytest.param("海川科技董事会主席兼CEO王刚出席活动。", {("王刚", "董事会主席", "海川科技"), ("王刚", "CEO", "海川科技")}, id="heldout6-董事会主席 is one title"),
    pytest.param("海川青年基金会形象大使刘晓涛出席晚会。", {("刘晓涛", "形象大使", "海川青年基金会")}, id="heldout6-形象大使 is one title"),
    pytest.param("哈萨克斯坦驻华大使别克穆拉托夫出席论坛。", {("别克穆拉托夫", "驻华大使", "哈萨克斯坦")}, id="heldout6-an ambassador keeps 驻华 in the title"),
    pytest.param("海川市生态环境局局长李宏和督察组有关人员参加会议。", {("李宏", "局长", "海川市生态环境局")}, id="heldout6-和 joining a person and a group"),
    pytest.param("海川市委候补委员刘永胜出席会议。", {("刘永胜", "候补委员", "海川市委")}, id="heldout8-候补 modifies 委员"),
    pytest.param("海川市人民检察院检察员周慧出庭支持公诉。", {("周慧", "检察员", "海川市人民检察院")}, id="heldout8-a procurator's post (检察员)"),
    pytest.param("海川市气象局首席预报员谭慧回答了记者提问。", {("谭慧", "首席预报员", "海川市气象局")}, id="heldout8-首席 makes 预报员 a post"),
    pytest.param("联赛组委会主任、海川市副市长曹俊杰宣布闭幕。", {("曹俊杰", "主任", "联赛组委会"), ("曹俊杰", "副市长", "海川市")}, id="heldout8-an organising committee (组委会) is a body"),
    pytest.param("海川光電財務長李淑芬說明第一季毛利率。", {("李淑芬", "财务长", "海川光电")}, id="heldout10-Taiwan's 财务长"),
    pytest.param("海川經濟部次長陳國明出席。", {("陈国明", "次长", "海川经济部")}, id="heldout10-a vice-minister 次长"),
    pytest.param("創新科技及工業局常任秘書長何淑儀出席。", {("何淑仪", "常任秘书长", "创新科技及工业局")}, id="heldout10-a permanent secretary 常任秘书长"),
    pytest.param("海川商会署理会长王德明致辞。", {("王德明", "署理会长", "海川商会")}, id="heldout10-an acting president 署理会长"),
    pytest.param("青山农场的创始人周立平在会上发言。", {("周立平", "创始人", "青山农场")}, id="misses-org 的 title: a farm"),
    pytest.param("海川大学的校长王立新致辞。", {("王立新", "校长", "海川大学")}, id="misses-org 的 title: a university"),
    pytest.param("原海川市副市长王立新出席。", {("王立新", "原副市长", "海川市")}, id="misses-原 place title: 原 is no part of the place"),
    pytest.param("海川研究院载人飞船系统副总设计师王立新说。", {("王立新", "载人飞船系统副总设计师", "海川研究院")}, id="misses-body + programme 系统 + 总设计师"),
    pytest.param("探月工程总设计师吴伟仁表示。", {("吴伟仁", "探月工程总设计师", None)}, id="misses-a programme 工程 without body"),
    pytest.param("中国航天科技集团五院载人飞船系统总指挥张柏楠说。", {("张柏楠", "载人飞船系统总指挥", "中国航天科技集团五院")}, id="misses-programme 系统 + 总指挥 after an ORG word"),
    pytest.param("原平市副市长王立新出席。", {("王立新", "副市长", "原平市")}, id="misses-原平市 is a city"),
    pytest.param("海川集团总设计师王立新说。", {("王立新", "总设计师", "海川集团")}, id="misses-总设计师 of a company is no programme"),
    pytest.param("海川咨询公司银行业总监刘海波认为，风险可控。", {("刘海波", "银行业总监", "海川咨询公司")}, id="precision-a sector before 总监"),
    pytest.param("海川大学金融学教授黄明告诉记者，利率会降。", {("黄明", "金融学教授", "海川大学")}, id="precision-a discipline before 教授"),
    pytest.param("中国驻圣保罗总领馆副总领事孙立安在致辞中说，合作很好。", {("孙立安", "副总领事", "中国驻圣保罗总领馆")}, id="precision-中国驻X总领馆"),
    pytest.param("马来西亚驻中国大使馆公使施志光出席。", {("施志光", "公使", "马来西亚驻中国大使馆")}, id="precision-X驻Y大使馆 stays whole"),
    pytest.param("海川大学学生会主席王明出席。", {("王明", "主席", "海川大学学生会")}, id="precision-学生会主席"),
    pytest.param("主持人：海川大学经济学院研究生会主席 马龙", {("马龙", "主席", "海川大学经济学院研究生会")}, id="precision-研究生会主席 after a space"),
    pytest.param("海川市银行业协会会长王强表示同意。", {("王强", "会长", "海川市银行业协会")}, id="precision-a sector word inside an org name stays"),
    pytest.param("海川大学经济学院院长刘伟表示同意。", {("刘伟", "院长", "海川大学经济学院")}, id="precision-经济学院 is an organisation"),
    pytest.param("海川科技营销总监王刚出席。", {("王刚", "营销总监", "海川科技")}, id="precision-listed scope words stay in the title"),
    pytest.param("开幕式由分会候任主任委员、海川医院副院长杨晓光主持。", {("杨晓光", "候任主任委员", None), ("杨晓光", "副院长", "海川医院")}, id="heldout4-a branch reference (分会) has no organisation"),
    pytest.param("海川能源集团有限公司董事长：张飞飞", {("张飞飞", "董事长", "海川能源集团有限公司")}, id="issue18-ORG TITLE：NAME"),
    pytest.param("海川集团的创始人叫做王立新。", {("王立新", "创始人", "海川集团")}, id="issue18-ORG的TITLE叫做NAME"),
    pytest.param("孙一鸣是海川马戏团的创始人及总经理。", {("孙一鸣", "创始人", "海川马戏团"), ("孙一鸣", "总经理", "海川马戏团")}, id="issue18-NAME是ORG的TITLE及TITLE"),
    pytest.param("海川集团董事长为孙一鸣颁发了奖杯。", set(), id="issue18-为 as for: the name does not close the clause"),
    pytest.param("海川航空大学举行新生开学典礼，校长罗立新表示，希望新生珍惜时光。", {("罗立新", "校长", "海川航空大学")}, id="issue18-topic-title: the school opening the sentence"),
    pytest.param("海川科技有限公司在董事长孙一鸣的带领下快速发展。", {("孙一鸣", "董事长", "海川科技有限公司")}, id="issue18-topic-title: 在董事长某某的带领下"),
    pytest.param("海川市召开会议，副市长王平出席。", {("王平", "副市长", None)}, id="issue18-topic-title: a place opening the sentence is no organisation"),
    pytest.param("海川科技有限公司汪立新董事长亲临会议现场。", {("汪立新", "董事长", "海川科技有限公司")}, id="issue18-named-title: ORG NAME TITLE"),
    pytest.param("在以李红梅校长为核心的领导班子带领下，学校发展迅速。", {("李红梅", "校长", None)}, id="issue18-named-title: NAME TITLE"),
    pytest.param("——王立新　海川集团董事长", {("王立新", "董事长", "海川集团")}, id="issue18-captioned: a name and its post after a dash"),
    pytest.param("而该校一位陈副处长证实了此事。", set(), id="issue18-named-title: a surname and a rank is no name"),
    pytest.param("——王立新　海川集团董事长　　孙一鸣用他独特的经历描述了企业", {("王立新", "董事长", "海川集团")}, id="issue18-two wide spaces end a caption: the next name is no holder"),
    pytest.param("海川集团董事长　孙一鸣出席", {("孙一鸣", "董事长", "海川集团")}, id="issue18-one wide space before the holder"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), MEMBERSHIPS)
def test_memberships(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected
