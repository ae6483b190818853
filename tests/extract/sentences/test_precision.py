"""Sentences that must give no membership at all: the neighbours of each form, where its rule must stay silent."""

from __future__ import annotations

import pytest
from extracted import memberships

# fmt: off
MEMBERSHIPS = [
    pytest.param("李文博为海川集团董事长办公室送来鲜花。", set(), id="heldout3-为 without a trigger"),
    pytest.param("李文博为中国银行副行长颁发了证书。", set(), id="heldout3-为 as 'for'"),
    pytest.param("李文博任海川集团董事长期间推动改革。", set(), id="heldout3-chain continues into a noun"),
    pytest.param("会议免去了钱峰的海川集团总裁的午餐。", set(), id="heldout3-免去 without 职务"),
    pytest.param("海川集团董事会会议由孙浩主持。", set(), id="heldout3-由…主持 is no appointment"),
    pytest.param("赵军等5人当选为副主席。", set(), id="heldout3-一人 list is no list"),
    pytest.param("本报讯（通讯员 李春华 赵明）会议召开。", set(), id="heldout3-correspondents alone"),
    pytest.param("王海来到宁夏回族自治区调研。", set(), id="heldout3-place after a verb is no organisation"),
    pytest.param("他曾是物理系主任。", set(), id="heldout3-系主任 without a chain keeps nothing"),
    pytest.param("时任市委常委会召开会议。", set(), id="heldout3-one-word body, no name"),
    pytest.param("海川队排名第三，检察部主任王海出席。", set(), id="heldout3-ordinal across punctuation is no unit"),
    pytest.param("周立和（星河智能创始人）登台。", set(), id="heldout3-undefined word before a title"),
    pytest.param("时任副市长推动了改革。", set(), id="heldout3-时任 without a name"),
    pytest.param("中国区总经理王海出席。", set(), id="heldout4-a region without a chain has no body"),
    pytest.param("他是一名律师。", set(), id="heldout5-a lawyer as a predicate is no title"),
    pytest.param("办公厅主任王强出席。", set(), id="heldout5-a bare unit alone is no ministry"),
    pytest.param("海川集团副总裁钟立代表，发言。", set(), id="heldout6-代表 ending the clause is no verb"),
    pytest.param("代表们推举李宏国发言。", set(), id="heldout6-推举 with no 为 names nothing"),
    pytest.param("其中一起侵权案，由汤茂仁担任审判长。", set(), id="heldout6-审判长 of one case is no post"),
    pytest.param("王立新，1968年出生，曾任海川大学航空学院院长。", set(), id="heldout7-no résumé without the sex"),
    pytest.param("原标题：海川控股委任王立为总经理    来源：海川财经", {("王立", "总经理", "海川控股")}, id="genres-来源 after a title is a source line, no person (the appointment before the spaces stands)"),
    pytest.param("王立新先生表示，现任海川集团有限公司董事长很忙。", set(), id="genres-先生 then a verb opens no résumé"),
    pytest.param("王立新，男，1968年出生。曾任海川大学航空学院院长。", set(), id="heldout7-a résumé covers its own sentence only"),
    pytest.param("大会主席团常务主席林建和、周立新在主席台前排就座。", set(), id="heldout7-the presidium of one session is no organisation"),
    pytest.param("他接受时任海川经济技术开发区管委会主任林某的请托。", set(), id="heldout8-a withheld name (林某) is no person"),
    pytest.param("海川科技公司总经理张某某被依法逮捕。", set(), id="heldout8-a withheld name (张某某) is no person"),
    pytest.param("预报员谭慧连续值班三天。", set(), id="heldout8-a forecaster alone is an occupation"),
    pytest.param("刘永胜、马晓娟为省委委员提供材料。", set(), id="heldout8-为 without a trigger appoints no one"),
    pytest.param("被告人张伟利用职务上的便利，为他人谋取利益。", set(), id="heldout8-职务上的便利 with no post named"),
    pytest.param("他在受贿案中发挥了作用。", set(), id="heldout8-a case word after a plain word is no name"),
    pytest.param("他向联赛组委会主任递交了申请。", set(), id="heldout8-组委会主任 with no name after it"),
    pytest.param("任命马晓燕为海川市科学技术局副局长（兼）。", set(), id="heldout9-a bracket that is no rank note"),
    pytest.param("记者：高校在其中能做些什么？", set(), id="heldout9-an interviewer's question label"),
    pytest.param("　　记者：王老师，您怎么看？", set(), id="heldout9-an interviewer's label before a name-like word"),
    pytest.param("摄影：池立", set(), id="heldout9-a photographer's label opening a line"),
    pytest.param("公司将执行长期战略，王志明表示支持。", set(), id="heldout10-执行 + 长期 is no title"),
    pytest.param("王志明说，中国是联合国安理会常任理事国。", set(), id="heldout10-a permanent member state is no post"),
    pytest.param("作为海川集团董事长的妻子，王丽出席了仪式。", set(), id="misses-作为 … 的 + a kin word is no holder"),
    pytest.param("王立新和李明出席了会议。他曾任海川大学副校长。", set(), id="misses-他 after a sentence naming two people"),
    pytest.param("会议在海川举行。他曾任海川大学副校长。", set(), id="misses-他 after a sentence naming nobody"),
    pytest.param("海川集团董事长向前看。", set(), id="misses-a verb after a title is no name"),
    pytest.param("王刚向教授请教。", set(), id="precision-a preposition is never joined to a name"),
    pytest.param("海川集团副总裁    来源：某某网", set(), id="issue18-来源 after a reposted headline is no name"),
    pytest.param("海川集团聘任李文博为公司副总裁    来源：某某财经", {("李文博", "副总裁", None)}, id="issue18-来源 is no name after an appointment headline (the appointment before the spaces stands)"),
    pytest.param("该公司是汽车租赁协会理事单位。", set(), id="issue18-单位 after a title is no name"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), MEMBERSHIPS)
def test_memberships(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected


# fmt: off
NOT_ORGANISATIONS = [
    pytest.param("前任美国驻意大利大使约翰表示，合作很好。", "意大利", id="precision-美国驻意大利大使: the country served in is no organisation"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "org"), NOT_ORGANISATIONS)
def test_not_an_organisation(text: str, org: str) -> None:
    assert org not in {found for _, _, found in memberships(text)}
