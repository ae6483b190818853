"""Memberships in résumés and obituaries: 现任/曾任/历任 clauses after the name opening a résumé, 他/她
opening a career sentence, and founders (某某创办了某公司)."""

from __future__ import annotations

import pytest
from extracted import memberships

# fmt: off
MEMBERSHIPS = [
    pytest.param("王立新，男，1968年出生，曾任海川大学航空学院院长。", {("王立新", "院长", "海川大学航空学院")}, id="heldout7-a résumé: 曾任 after name and sex"),
    pytest.param("王立新，女，1970年出生，2019年起任海川大学副校长。", {("王立新", "副校长", "海川大学")}, id="heldout7-a résumé: 起任 after a time word"),
    pytest.param("海川集团原董事长王立新同志因病逝世，享年80岁。他历任海川集团副总经理、总经理。", {("王立新", "原董事长", "海川集团"), ("王立新", "副总经理", "海川集团"), ("王立新", "总经理", "海川集团")}, id="misses-obituary: 他历任 chain"),
    pytest.param("王丽，女，1965年出生。她曾任海川大学副校长。", {("王丽", "副校长", "海川大学")}, id="misses-résumé: 她曾任"),
    pytest.param("海川集团原董事长王立新同志因病逝世。他先后任海川集团副总经理、总经理等职。", {("王立新", "原董事长", "海川集团"), ("王立新", "副总经理", "海川集团"), ("王立新", "总经理", "海川集团")}, id="misses-他先后任 … 等职"),
    pytest.param("孙一鸣先生，1966年出生，经济学博士，现任海川银行股份有限公司副行长。", {("孙一鸣", "副行长", "海川银行股份有限公司")}, id="resume-先生 opening, 现任"),
    pytest.param("周立和，男，汉族，高级经济师，曾任海川集团有限公司副总经理，海川控股有限公司总经理，现任海川银行股份有限公司董事。", {("周立和", "副总经理", "海川集团有限公司"), ("周立和", "总经理", "海川控股有限公司"), ("周立和", "董事", "海川银行股份有限公司")}, id="resume-a clause of posts continues 曾任"),
    pytest.param("周立和表示，现任海川集团有限公司董事长很忙。", set(), id="resume-a name that opens no résumé"),
    pytest.param("王立新2003年辞职创办了海川科技有限公司。", {("王立新", "创始人", "海川科技有限公司")}, id="founder-辞职创办了 ORG"),
    pytest.param("孙一鸣先生于1998年创立的海川集团有限公司已上市。", {("孙一鸣", "创始人", "海川集团有限公司")}, id="founder-创立的 ORG"),
    pytest.param("王立新创办了一家小公司。", set(), id="founder-no organisation span, no founder"),
    pytest.param("1998年，孙一鸣与大学同学王立新一起创立了海川科技有限公司。", {("孙一鸣", "创始人", "海川科技有限公司"), ("王立新", "创始人", "海川科技有限公司")}, id="issue18-与 joins two founders"),
    pytest.param("海川科技有限公司是由孙一鸣、王立新两人共同创办的。", {("孙一鸣", "创始人", "海川科技有限公司"), ("王立新", "创始人", "海川科技有限公司")}, id="issue18-ORG 是由 names 创办的"),
    pytest.param("海川书院由清代学者刘洋在南昌创办。", {("刘洋", "创始人", "海川书院")}, id="issue18-ORG 由 name 在 place 创办"),
    pytest.param("孙一鸣成立了海川科技有限公司，担任董事长。", {("孙一鸣", "创始人", "海川科技有限公司"), ("孙一鸣", "董事长", "海川科技有限公司")}, id="issue18-成立了 ORG, and the post taken there"),
    pytest.param("王立新，1968年出生于江西省南昌市，海川科技股份有限公司董事长，江西省软件行业协会副会长。", {("王立新", "董事长", "海川科技股份有限公司"), ("王立新", "副会长", "江西省软件行业协会")}, id="issue18-apposed posts after a birth clause"),
    pytest.param("王立新，1968年出生，高级工程师。", set(), id="issue18-apposed grade without organisation"),
    pytest.param("孙一鸣宣布成立海川科技有限公司。", set(), id="issue18-宣布成立 is an announcement"),
    pytest.param("海川集团原董事长王立新同志因病逝世。会议指出，他历任海川集团副总经理。", {("王立新", "原董事长", "海川集团")}, id="misses-他 opening a later clause, not the sentence"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), MEMBERSHIPS)
def test_memberships(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected
