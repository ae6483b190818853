"""Memberships stated by appointment verbs (任, 当选, 选举…为, 免去…职务) and time words (时任, 现任, 原)."""

from __future__ import annotations

import pytest
from extracted import memberships

# fmt: off
MEMBERSHIPS = [
    pytest.param("会议宣布，李文博任海川集团董事长、党委书记。", {("李文博", "董事长", "海川集团"), ("李文博", "党委书记", "海川集团")}, id="heldout3-任 + chain"),
    pytest.param("李文博此前任华润集团副总裁。", {("李文博", "副总裁", "华润集团")}, id="heldout3-此前任"),
    pytest.param("李文博2019年起担任海川集团总经理。", {("李文博", "总经理", "海川集团")}, id="heldout3-year 起 担任"),
    pytest.param("王海今年5月被任命为中国银行副行长。", {("王海", "副行长", "中国银行")}, id="heldout3-被任命为 after a time"),
    pytest.param("大会上，周敏当选为中国作家协会副主席。", {("周敏", "副主席", "中国作家协会")}, id="heldout3-当选为"),
    pytest.param("赵军、孙丽华等5人当选为副主席。", {("赵军", "副主席", None), ("孙丽华", "副主席", None)}, id="heldout3-list 等N人 当选为 a bare title"),
    pytest.param("会议选举孙浩为中国钢铁工业协会会长。", {("孙浩", "会长", "中国钢铁工业协会")}, id="heldout3-选举…为"),
    pytest.param("经市人大常委会任命，郑凯为市教育局局长。", {("郑凯", "局长", "市教育局")}, id="heldout3-任命，…为"),
    pytest.param("海川集团董事会秘书由孙浩担任。", {("孙浩", "董事会秘书", "海川集团")}, id="heldout3-由…担任"),
    pytest.param("海川集团总经理一职由副总经理刘洋担任。", {("刘洋", "总经理", "海川集团"), ("刘洋", "副总经理", None)}, id="heldout3-一职由 title name 担任"),
    pytest.param("会议决定免去钱峰的海川集团总裁职务。", {("钱峰", "总裁", "海川集团")}, id="heldout3-免去…的…职务"),
    pytest.param("大会选举海川电源董事长曹文斌为联盟首届理事长。", {("曹文斌", "董事长", "海川电源"), ("曹文斌", "理事长", None)}, id="heldout3-选举…为 body 首届 title"),
    pytest.param("海川大学教授马明礼任联盟秘书长。", {("马明礼", "教授", "海川大学"), ("马明礼", "秘书长", None)}, id="heldout3-任 body title"),
    pytest.param("会议由时任副市长王立主持。", {("王立", "副市长", None)}, id="heldout3-时任 before a bare title"),
    pytest.param("2019年，时任副市长的王立在赣州试点改革。", {("王立", "副市长", None)}, id="heldout3-时任 bare title, name after 的"),
    pytest.param("时任海川集团总裁李强出席。", {("李强", "总裁", "海川集团")}, id="heldout3-时任 before an org"),
    pytest.param("海川集团时任总裁李强出席。", {("李强", "总裁", "海川集团")}, id="heldout3-时任 between org and title"),
    pytest.param("李强时任海川集团总裁。", {("李强", "总裁", "海川集团")}, id="heldout3-name 时任 chain"),
    pytest.param("李强2019年时任海川集团总裁。", {("李强", "总裁", "海川集团")}, id="heldout3-name, year, 时任 chain"),
    pytest.param("现任总裁李强出席。", {("李强", "总裁", None)}, id="heldout3-现任 before a bare title"),
    pytest.param("海川联盟首任理事长王海致辞。", {("王海", "理事长", "海川联盟")}, id="heldout3-首任 is no part of the title"),
    pytest.param("会议由原副市长王立主持。", {("王立", "原副市长", None)}, id="heldout3-原 stays in the title"),
    pytest.param("海川大学教授李明、海川师范大学教授王刚等8人当选为副理事长。", {("李明", "教授", "海川大学"), ("王刚", "教授", "海川师范大学"), ("李明", "副理事长", None), ("王刚", "副理事长", None)}, id="heldout5-titled names 等N人当选为"),
    pytest.param("会议选举许安然、雷鸣宇为副主席。", {("许安然", "副主席", None), ("雷鸣宇", "副主席", None)}, id="heldout6-a name glued to 选举 in a list"),
    pytest.param("原主席李宏国被推举为名誉主席。", {("李宏国", "原主席", None), ("李宏国", "名誉主席", None)}, id="heldout6-被推举为 takes the name before it"),
    pytest.param("会议选举产生新一届理事会，王刚为理事长。", {("王刚", "理事长", None)}, id="heldout6-选举 glued to a word that is no name"),
    pytest.param("董事会同意聘任王立新为公司财务总监。", {("王立新", "财务总监", None)}, id="heldout8-聘任X为公司+field title keeps the field word"),
    pytest.param("全会递补省委候补委员刘永胜、马晓娟为省委委员。", {("刘永胜", "候补委员", "省委"), ("马晓娟", "候补委员", "省委"), ("刘永胜", "委员", "省委"), ("马晓娟", "委员", "省委")}, id="heldout8-递补X、Y为… appoints"),
    pytest.param("被告人张伟利用担任九江市副市长、九江市委常委等职务上的便利，为他人谋取利益。", {("张伟", "副市长", "九江市"), ("张伟", "常委", "九江市委")}, id="heldout8-利用担任…等职务上的便利"),
    pytest.param("任命马晓燕为海川市科学技术局副局长（正处级）；", {("马晓燕", "副局长", "海川市科学技术局")}, id="heldout9-a rank note after an appointed post"),
    pytest.param("海川科技（600123）公告，董事会聘任李文博先生为公司副总经理。", {("李文博", "副总经理", "海川科技")}, id="issue18-公司 is the coded issuer, 先生 no part of the name"),
    pytest.param("海川银行（01234）公告，董事会委任王芳女士为本行行长。", {("王芳", "行长", "海川银行")}, id="issue18-委任 女士 为本行"),
    pytest.param("董事会聘任李文博先生、赵红女士为公司副总经理。", {("李文博", "副总经理", None), ("赵红", "副总经理", None)}, id="issue18-no issuer named: 公司 stays without organisation"),
    pytest.param("海川科技（600123）与山河电子（300456）联合公告，聘任李文博为公司副总经理。", {("李文博", "副总经理", None)}, id="issue18-two issuers: 公司 stays without organisation"),
    pytest.param("王立忠副校长任命为海川大学校长。", {("王立忠", "副校长", None), ("王立忠", "校长", "海川大学")}, id="duie3-a name addressed by its post before 任命为"),
    pytest.param("董事会宣布周立群将卸任海川银行董事长。", {("周立群", "董事长", "海川银行")}, id="duie3-将卸任 a chain"),
    pytest.param("李顺华同志任海川大学校长。", {("李顺华", "校长", "海川大学")}, id="issue18-同志 before 任"),
    pytest.param("海川科技（600123）公告，董事会同意李文博先生辞去公司副总经理职务。", {("李文博", "副总经理", "海川科技")}, id="issue18-同意X辞去 公司 title 职务"),
    pytest.param("赵红不再担任海川银行行长。", {("赵红", "行长", "海川银行")}, id="issue18-不再担任"),
    pytest.param("王芳辞任海川集团董事长。", {("王芳", "董事长", "海川集团")}, id="issue18-辞任"),
    pytest.param("李强新任海川集团总裁。", {("李强", "总裁", "海川集团")}, id="issue18-新任 after the name"),
    pytest.param("李强将出任海川集团总裁一职。", {("李强", "总裁", "海川集团")}, id="issue18-将出任 一职"),
    pytest.param("李强拟任海川集团总裁。", {("李强", "总裁", "海川集团")}, id="issue18-拟任 a designated post"),
    pytest.param("李强拟出任海川银行行长。", {("李强", "行长", "海川银行")}, id="issue18-拟出任 a designated post"),
    pytest.param("王芳辞去董事会秘书职务后仍在公司任职。", set(), id="issue18-辞去 without a clause end after the post"),
    pytest.param("张伟辞去工作。", set(), id="issue18-辞去 without a title"),
    pytest.param("海川科技（600123）公告，董事会同意聘任李文博先生为副总经理。", {("李文博", "副总经理", "海川科技")}, id="issue18-the issuer's board appoints to a bare title"),
    pytest.param("海川科技（600123）委任王芳为首席财务官。", {("王芳", "首席财务官", "海川科技")}, id="issue18-the issuer appoints to a bare title"),
    pytest.param("海川科技（600123）公告，董事会选举李文博、王芳为副董事长。", {("李文博", "副董事长", "海川科技"), ("王芳", "副董事长", "海川科技")}, id="issue18-the board elects a list"),
    pytest.param("海川科技（600123）公告，市政府任命李文博为副市长。", {("李文博", "副市长", None)}, id="issue18-an appointer that is not the issuer gives no organisation"),
    pytest.param("海川科技（600123）公告，股东推荐李文博为副总经理。", set(), id="issue18-推荐 is no appointment"),
    pytest.param("董事会同意聘任李文博为副总经理。", {("李文博", "副总经理", None)}, id="issue18-a board with no issuer named gives no organisation"),
    pytest.param("海川科技（600123）：李文博、王芳出任副总裁。", {("李文博", "副总裁", "海川科技"), ("王芳", "副总裁", "海川科技")}, id="issue18-ISSUER：names take a bare title"),
    pytest.param("海川科技（600123）：王芳出任海川电子副总裁。", {("王芳", "副总裁", "海川电子")}, id="issue18-ISSUER：a named organisation wins"),
    pytest.param("海川科技（600123）公告，王芳出任副总裁。", {("王芳", "副总裁", None)}, id="issue18-a take verb not after ISSUER： gives no organisation"),
    pytest.param("海川科技（600123）公告，公司董事会近日收到副总裁李文博先生的辞呈。", {("李文博", "副总裁", "海川科技")}, id="fin-the issuer receives its officer's resignation"),
    pytest.param("海川科技（600123）公告，公司董事会近日收到副总裁李文博先生的来信。", {("李文博", "副总裁", None)}, id="fin-a letter that is no resignation gives no organisation"),
    pytest.param("海川控股（01234）公告，王芳获委任为公司秘书。", {("王芳", "秘书", "海川控股")}, id="fin-获委任为 公司秘书"),
    pytest.param("海川银行（01234）公告，李强获委任为首席财务官。", {("李强", "首席财务官", "海川银行")}, id="fin-获委任为 a bare title in an announcement"),
    pytest.param("海川科技（600123）公告，李文博因个人原因辞去公司副总经理职务。", {("李文博", "副总经理", "海川科技")}, id="fin-a reason between the name and 辞去"),
    pytest.param("王芳2018年加入海川基金管理有限公司，担任总经理。", {("王芳", "总经理", "海川基金管理有限公司")}, id="fin-加入 ORG，担任 a bare title"),
    pytest.param("海川银行拟聘任2名副行长，分别是张伟、李强。", {("张伟", "副行长", "海川银行"), ("李强", "副行长", "海川银行")}, id="fin-count list"),
    pytest.param("王芳表示，担任海川集团董事长是一份荣誉。", set(), id="fin-a post spoken of is no post taken"),
    pytest.param("华信科技任命王立新为中国总裁。", {("王立新", "中国总裁", "华信科技")}, id="fin3-a company appoints to a country's post"),
    pytest.param("华信信托新任总经理王立新任职资格获核准。", {("王立新", "总经理", "华信信托")}, id="fin3-新任 is no part of the organisation"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), MEMBERSHIPS)
def test_memberships(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected
