"""Memberships: chains of titles joined by 、 or 兼, and the units (系, 区, 工会, 业务) a chain rebuilds."""

from __future__ import annotations

import pytest
from extracted import memberships

# fmt: off
MEMBERSHIPS = [
    pytest.param("北京大学教授、物理系主任王海出席。", {("王海", "教授", "北京大学"), ("王海", "主任", "北京大学物理系")}, id="heldout3-unit glued to 系主任 in a chain"),
    pytest.param("南京大学教授、化学系副主任王海出席。", {("王海", "教授", "南京大学"), ("王海", "副主任", "南京大学化学系")}, id="heldout3-unit glued to 系副主任 in a chain"),
    pytest.param("时任市委常委、常务副市长的王海推动改革。", {("王海", "常委", "市委"), ("王海", "常务副市长", None)}, id="heldout3-时任 + one-word body + chain"),
    pytest.param("北京大学教授、系主任王海出席。", {("王海", "教授", "北京大学"), ("王海", "系主任", "北京大学")}, id="heldout3-系主任 right after an organisation"),
    pytest.param("会议任命赵永刚为市检察院检察委员会委员、第二检察部主任。", {("赵永刚", "委员", "市检察院检察委员会"), ("赵永刚", "主任", "市检察院第二检察部")}, id="heldout3-ordinal unit rebuilt in a chain"),
    pytest.param("会议决定免去刘国华的第三检察部主任职务。", {("刘国华", "主任", "第三检察部")}, id="heldout3-ordinal unit alone"),
    pytest.param("星河科技全球副总裁、中国区总经理王海出席。", {("王海", "全球副总裁", "星河科技"), ("王海", "总经理", "星河科技中国区")}, id="heldout4-region unit after 、 split by the model"),
    pytest.param("星河电气全球执行副总裁、中国及东亚区总裁许建明出席。", {("许建明", "全球执行副总裁", "星河电气"), ("许建明", "总裁", "星河电气中国及东亚区")}, id="heldout4-two regions joined by 及"),
    pytest.param("星河科技全球副总裁、亚太区总经理彼得·李（Peter Lee）出席。", {("彼得·李", "全球副总裁", "星河科技"), ("彼得·李", "总经理", "星河科技亚太区")}, id="heldout4-a foreign name with a Latin gloss"),
    pytest.param("深圳市委常委、南山区委书记王海出席。", {("王海", "常委", "深圳市委"), ("王海", "书记", "南山区委")}, id="heldout4-a city district is its own body"),
    pytest.param("海川集团副总裁、云计算业务总裁王刚出席活动。", {("王刚", "副总裁", "海川集团"), ("王刚", "总裁", "海川集团云计算业务")}, id="heldout6-a field word unit of the chain's company"),
    pytest.param("华为常务董事、华为昇腾计算业务总裁张平安出席活动。", {("张平安", "常务董事", "华为"), ("张平安", "总裁", "华为昇腾计算业务")}, id="heldout6-a named company's unit stays whole"),
    pytest.param("团北村党支部书记、村委会主任任建华组织群众转移。", {("任建华", "书记", "团北村党支部"), ("任建华", "主任", "团北村村委会")}, id="heldout8-a village chain: 党支部 then 村委会"),
    pytest.param("海川音乐学院钢琴系主任赵立群为获奖选手颁奖。", {("赵立群", "主任", "海川音乐学院钢琴系")}, id="heldout9-系主任 after a department's field"),
    pytest.param("海川大学计算机系主任张立出席。", {("张立", "主任", "海川大学计算机系")}, id="heldout9-系主任 after a field word and a university"),
    pytest.param("系主任张立出席。", {("张立", "系主任", None)}, id="heldout9-系主任 with no organisation keeps its title"),
    pytest.param("海川光電董事長兼執行長王志明主持會議。", {("王志明", "董事长", "海川光电"), ("王志明", "执行长", "海川光电")}, id="heldout10-Taiwan's 执行长 after 兼"),
    pytest.param("創新科技署署長梁志明、創新科技及工業局常任秘書長何淑儀出席。", {("梁志明", "署长", "创新科技署"), ("何淑仪", "常任秘书长", "创新科技及工业局")}, id="heldout10-a joined bureau name stays whole after 、"),
    pytest.param("原海川市委常委兼秘书长王立新出席会议。", {("王立新", "原常委", "海川市委"), ("王立新", "原秘书长", "海川市委")}, id="misses-原 org title 兼 title"),
    pytest.param("海川集团原董事长兼总经理王立新出席。", {("王立新", "原董事长", "海川集团"), ("王立新", "原总经理", "海川集团")}, id="misses-org 原title 兼 title"),
    pytest.param("海川集团工会主席、副总经理王立新出席。", {("王立新", "主席", "海川集团工会"), ("王立新", "副总经理", "海川集团")}, id="misses-工会 title、title"),
    pytest.param("海川集团工会主席兼副总经理王立新出席。", {("王立新", "主席", "海川集团工会"), ("王立新", "副总经理", "海川集团")}, id="misses-工会 title 兼 title"),
    pytest.param("海川大学团委书记、副教授王立新出席。", {("王立新", "书记", "海川大学团委"), ("王立新", "副教授", "海川大学")}, id="misses-团委 title、title"),
    pytest.param("海川大学桥梁工程系主任周德才出席。", {("周德才", "主任", "海川大学桥梁工程系")}, id="misses-系 + 主任 after a unit name"),
    pytest.param("海川大学物理系主任、理学院院长王立新出席。", {("王立新", "主任", "海川大学物理系"), ("王立新", "院长", "海川大学理学院")}, id="misses-a college after a department of the same university"),
    pytest.param("海川大学物理系主任、副校长王立新出席。", {("王立新", "主任", "海川大学物理系"), ("王立新", "副校长", "海川大学")}, id="misses-副校长 after a unit heads the university"),
    pytest.param("原海川市委常委、秘书长王立新出席。", {("王立新", "原常委", "海川市委"), ("王立新", "秘书长", "海川市委")}, id="misses-原 across 、 is not carried"),
    pytest.param("海川集团董事长兼总经理王立新出席。", {("王立新", "董事长", "海川集团"), ("王立新", "总经理", "海川集团")}, id="misses-no 原: a chain keeps its titles"),
    pytest.param("海川集团工会主席、常务副主席王立新出席。", {("王立新", "主席", "海川集团工会"), ("王立新", "常务副主席", "海川集团工会")}, id="misses-the same head stays with the union"),
    pytest.param("海川市纪委常委、秘书长王立新出席。", {("王立新", "常委", "海川市纪委"), ("王立新", "秘书长", "海川市纪委")}, id="misses-a city's commission keeps its titles"),
    pytest.param("海川市总工会党组书记、副主席王立新出席。", {("王立新", "党组书记", "海川市总工会"), ("王立新", "副主席", "海川市总工会")}, id="misses-a federation of unions is no sub-unit"),
    pytest.param("海川大学教授、土木工程学院院长王立新出席。", {("王立新", "教授", "海川大学"), ("王立新", "院长", "土木工程学院")}, id="misses-a college after the university itself may be another institution"),
    pytest.param("海川大学物理系主任、海川职业技术学院院长王立新出席。", {("王立新", "主任", "海川大学物理系"), ("王立新", "院长", "海川职业技术学院")}, id="misses-a college named like the university is its own"),
    pytest.param("海川大学土木工程学院院长、副院长王立新出席。", {("王立新", "院长", "海川大学土木工程学院"), ("王立新", "副院长", "海川大学土木工程学院")}, id="misses-a college's own deputy stays at the college"),
    pytest.param("商汤联合创始人、大装置事业群总裁杨帆出席。", {("杨帆", "联合创始人", "商汤"), ("杨帆", "总裁", "商汤大装置事业群")}, id="precision-a company the model took for a name still is one"),
    pytest.param("海川市第一中学党委书记校长王立新讲话。", {("王立新", "党委书记", "海川市第一中学"), ("王立新", "校长", "海川市第一中学")}, id="issue18-stacked titles: 党委书记校长"),
    pytest.param("海川地产华北区董事总经理孙一鸣表示，市场回暖。", {("孙一鸣", "董事总经理", "海川地产华北区")}, id="issue18-董事总经理 is one post (titles.tsv), no organisation's end"),
    pytest.param("海川银行董事长钱进与测绘局导航工程办公室主任孙一鸣共同揭幕。", {("钱进", "董事长", "海川银行"), ("孙一鸣", "主任", "测绘局导航工程办公室")}, id="issue18-与 opens no unit"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), MEMBERSHIPS)
def test_memberships(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected
