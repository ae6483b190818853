"""Memberships in bylines, datelines and credits: reporters and their outlets, editors in footers."""

from __future__ import annotations

import pytest
from extracted import memberships

# fmt: off
MEMBERSHIPS = [
    pytest.param("新华社北京3月5日电（记者 王小川）会议今天开幕。", {("王小川", "记者", "新华社")}, id="heldout3-agency dateline"),
    pytest.param("新华社广州5月2日电（记者 李明 赵华）活动举行。", {("李明", "记者", "新华社"), ("赵华", "记者", "新华社")}, id="heldout3-agency dateline, two reporters"),
    pytest.param("长江日报讯（记者 陈明）昨日，会议召开。", {("陈明", "记者", "长江日报")}, id="heldout3-paper 讯"),
    pytest.param("人民网消息（记者 周立）论坛开幕。", {("周立", "记者", "人民网")}, id="heldout3-web 消息"),
    pytest.param("会议今天召开。（证券时报记者 李明）", {("李明", "记者", "证券时报")}, id="heldout3-paper named inside the credit bracket"),
    pytest.param("本报讯（记者 孙华）会议召开。", {("孙华", "记者", None)}, id="heldout3-本报讯 gives no organisation"),
    pytest.param("南方日报讯（记者 林海 通讯员 粤宣）会议召开。", {("林海", "记者", "南方日报")}, id="heldout3-pen name of a correspondent"),
    pytest.param("江西日报讯（记者 王小川 通讯员 李春华）会议召开。", {("王小川", "记者", "江西日报")}, id="heldout3-a correspondent holds no post at the paper"),
    pytest.param("会议在北京召开（记者 王小川）。", {("王小川", "记者", None)}, id="heldout3-bracket later in the sentence"),
    pytest.param("据悉3月5日电（记者 王小川）会议召开。", {("王小川", "记者", None)}, id="heldout3-no outlet before 电"),
    pytest.param("湖南日报7月30日讯（记者 曹娴）会议在长沙举行。", {("曹娴", "记者", "湖南日报")}, id="heldout4-dated dateline: the paper's reporter"),
    pytest.param("本报7月30日讯（记者 曹娴）会议在长沙举行。", {("曹娴", "记者", None)}, id="heldout4-本报 with a date stays without outlet"),
    pytest.param("本报讯（记者：王晓 刘敏）3月5日，海川大学召开干部大会。", {("王晓", "记者", None), ("刘敏", "记者", None)}, id="heldout9-a byline with a colon after 讯"),
    pytest.param("　　本报记者 陈思远\n　　3月5日，海川大学召开干部大会。", {("陈思远", "记者", None)}, id="heldout9-a byline line without a colon"),
    pytest.param("（责任编辑：周敏）", {("周敏", "责任编辑", None)}, id="heldout9-an editor footer in brackets is the editor's post"),
    pytest.param("编辑：杨柳　审核：孙建平　终审：陈刚", {("杨柳", "编辑", None)}, id="heldout9-an editor footer line gives the editor only"),
    pytest.param("责任编辑：吴立 SF031", {("吴立", "责任编辑", None)}, id="heldout9-a footer with a code"),
    pytest.param("新华网海川9月27日专电（记者王涛）据报道，票房很好。", {("王涛", "记者", "新华网")}, id="precision-专电 dateline"),
    pytest.param("海川网北京6月24日消息（记者张晶）据报道，票房很好。", {("张晶", "记者", "海川网")}, id="precision-place and date before 消息"),
    pytest.param("投资者报（记者肖秀）日前，票房很好。", {("肖秀", "记者", "投资者报")}, id="precision-a paper's bracket without 讯"),
    pytest.param("国际在线消息（记者李敏、王乐）：近年来，票房很好。", {("李敏", "记者", "国际在线"), ("王乐", "记者", "国际在线")}, id="precision-在线 outlet"),
    pytest.param("《海川东方周刊》记者周范|海川报道", {("周范", "记者", "海川东方周刊")}, id="precision-a periodical in 《》"),
    pytest.param("每经记者黄敏发自深圳", {("黄敏", "记者", "每日经济新闻")}, id="precision-an outlet's short form"),
    pytest.param("本报（记者熊焱）挂出、撤稿。", {("熊焱", "记者", None)}, id="precision-本报 has no outlet"),
    pytest.param("本报讯（记者熊焱）挂出、撤稿。", {("熊焱", "记者", None)}, id="precision-本报讯 has no outlet"),
    pytest.param("《海川往事》编辑王刚说，很好。", {("王刚", "编辑", None)}, id="precision-a book in 《》 is no outlet"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), MEMBERSHIPS)
def test_memberships(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected
