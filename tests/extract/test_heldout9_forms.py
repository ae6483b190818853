"""Forms of the ninth held-out round (tests/fixtures/heldout9/NOTES.md), on sentences written for these tests.

Each table runs whole short documents through the model; good rows give what must be found, bad rows what
must not (an empty set, or the plain reading kept).
"""

from __future__ import annotations

import pytest
from extracted import memberships, organisers, roles, run


def roles_at(text: str) -> set[tuple[str, str, str]]:
    return {(p.person, p.event, p.role) for p in run(text).participations}


# fmt: off
MEMBERSHIPS = [
    ("a byline with a colon after 讯", "本报讯（记者：王晓 刘敏）3月5日，海川大学召开干部大会。", {("王晓", "记者", None), ("刘敏", "记者", None)}),
    ("a byline line without a colon", "　　本报记者 陈思远\n　　3月5日，海川大学召开干部大会。", {("陈思远", "记者", None)}),
    ("a rank note after an appointed post", "任命马晓燕为海川市科学技术局副局长（正处级）；", {("马晓燕", "副局长", "海川市科学技术局")}),
    ("系主任 after a department's field", "海川音乐学院钢琴系主任赵立群为获奖选手颁奖。", {("赵立群", "主任", "海川音乐学院钢琴系")}),
    ("系主任 after a field word and a university", "海川大学计算机系主任张立出席。", {("张立", "主任", "海川大学计算机系")}),
]
NOT_MEMBERSHIPS = [
    ("a bracket that is no rank note", "任命马晓燕为海川市科学技术局副局长（兼）。", set()),
    ("系主任 with no organisation keeps its title", "系主任张立出席。", {("张立", "系主任", None)}),
    ("an interviewer's question label", "记者：高校在其中能做些什么？", set()),
    ("an interviewer's label before a name-like word", "　　记者：王老师，您怎么看？", set()),
    ("an editor footer in brackets is the editor's post", "（责任编辑：周敏）", {("周敏", "责任编辑", None)}),
    ("an editor footer line gives the editor only", "编辑：杨柳　审核：孙建平　终审：陈刚", {("杨柳", "编辑", None)}),
    ("a footer with a code", "责任编辑：吴立 SF031", {("吴立", "责任编辑", None)}),
    ("a photographer's label opening a line", "摄影：池立", set()),
]
EXPO = "5月8日，第三届海川国际博览会在海川会展中心开幕。"
ORGANISERS = [
    ("organisers listed before a count of exhibitors", EXPO + "本届博览会由海川市商务局主办，海川会展集团有限公司承办，全国300余家企业参展。", {("海川市商务局", "主办"), ("海川会展集团有限公司", "承办")}),
    ("a list of exhibitors after the organisers", EXPO + "本届博览会由海川市商务局主办，星海科技、云帆航空等30余家企业携新品参展。", {("海川市商务局", "主办"), ("星海科技", "参展"), ("云帆航空", "参展")}),
]
NOT_ORGANISERS = [
    ("a count of firms is no exhibitor", EXPO + "4000余家企业参展。", set()),
    ("a 由…主办 clause is no exhibiting subject", EXPO + "本届博览会由海川市商务局、工业和信息化部等共同主办，4000余家企业参展。", {("海川市商务局", "主办"), ("工业和信息化部", "主办")}),
]
MEETING = "2月5日，2025年海川市高质量发展大会在海川召开。"
ROLES = [
    ("an attendee list after 出席会议的有：", MEETING + "出席会议的有：市委常委、常务副市长张立新，副市长李红梅、王志强。", {("张立新", "出席"), ("李红梅", "出席"), ("王志强", "出席")}),
    ("参加会议的还有： names take part", MEETING + "参加会议的还有：市政府秘书长吴强，各区主要负责同志。", {("吴强", "参加")}),
    ("a titled speaker's remark in an article about the event", "3月18日，2025海川人工智能大会在海川开幕。海川科技董事长李明表示，大模型的价值在于应用。", {("李明", "致辞")}),
    ("作了题为《…》的主旨报告", "11月26日，2024海川智能制造大会在海川举行。海川大学教授李德明在开幕式上作了题为《智能制造的下一个十年》的主旨报告。", {("李德明", "主旨报告")}),
    ("发表题为《…》的专题演讲", "11月26日，2024海川智能制造大会在海川举行。海川大学教授李德明发表了题为《智造未来》的专题演讲。", {("李德明", "演讲")}),
    ("出席活动的嘉宾有 without a colon", MEETING + "出席活动的嘉宾还有海川大学校长罗俊峰。", {("罗俊峰", "出席")}),
]
NOT_ROLES = [
    ("a book title's own words are no cue", "11月26日，2024海川智能制造大会在海川举行。海川大学教授李德明出版了题为《主旨报告写作》的新书。", set()),
    ("a remark dated before the event (此前表示)", "3月18日，2025海川人工智能大会在海川开幕。海川科技董事长李明此前表示，大模型的价值在于应用。", set()),
    ("的有关 is no attendee list", MEETING + "王立新说，出席会议的有关部门要抓好落实。", set()),
    ("a list only covers names after the cue", MEETING + "市长王立新主持会议。出席会议的有：副市长李红梅。", {("王立新", "主持"), ("李红梅", "出席")}),
]
EXPO_ITEM = "■博览会开幕\n　　5月8日，第三届海川国际博览会在海川会展中心开幕。海川市副市长张华出席开幕式。\n"
GAMES_ITEM = "■运动会开幕\n　　5月9日，海川市第七届职工运动会在海川体育中心开幕。海川市总工会主席陈丽华宣布开幕，市总工会副主席刘建和致辞。\n"
SIGNING_ITEM = "■校企签约\n　　5月9日，海川大学与海川电子股份有限公司签署合作协议。海川大学副校长李建新代表学校签约。\n"
PARAGRAPHS = [
    ("a roundup item's people take part in its own event", EXPO_ITEM + GAMES_ITEM, {("张华", "第三届海川国际博览会", "出席"), ("陈丽华", "海川市第七届职工运动会", "出席"), ("刘建和", "海川市第七届职工运动会", "致辞")}),
    ("a paragraph that reports another event", "5月8日，第三届海川国际博览会在海川会展中心开幕。\n　　5月9日，海川市第七届职工运动会在海川体育中心开幕。海川市总工会副主席刘建和致辞。", {("刘建和", "海川市第七届职工运动会", "致辞")}),
    ("a ceremony of the item's event", "■钢琴赛收官\n　　5月8日至10日，第十四届海川钢琴公开赛在海川音乐厅举行。10日晚的颁奖典礼上，海川音乐学院院长赵立群为获奖选手颁奖。\n" + EXPO_ITEM, {("赵立群", "第十四届海川钢琴公开赛", "授牌"), ("张华", "第三届海川国际博览会", "出席")}),
    ("a gold award is taking part", "5月8日至10日，第十四届海川钢琴公开赛在海川音乐厅举行。来自广州的选手林悦获得青年组金奖。", {("林悦", "第十四届海川钢琴公开赛", "参加")}),
]
NOT_PARAGRAPHS = [
    ("a roundup item without an event", EXPO_ITEM + SIGNING_ITEM, {("张华", "第三届海川国际博览会", "出席")}),
    ("a later paragraph without an event keeps the article's", "5月8日，第三届海川国际博览会在海川会展中心开幕。\n　　海川市副市长张华出席开幕式并致辞。", {("张华", "第三届海川国际博览会", "致辞")}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"),
    MEMBERSHIPS + NOT_MEMBERSHIPS,
    ids=[c[0] for c in MEMBERSHIPS + NOT_MEMBERSHIPS],
)
def test_memberships(case: str, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), ORGANISERS + NOT_ORGANISERS, ids=[c[0] for c in ORGANISERS + NOT_ORGANISERS]
)
def test_organisers(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert organisers(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), ROLES + NOT_ROLES, ids=[c[0] for c in ROLES + NOT_ROLES]
)
def test_roles(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), PARAGRAPHS + NOT_PARAGRAPHS, ids=[c[0] for c in PARAGRAPHS + NOT_PARAGRAPHS]
)
def test_paragraph_events(case: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles_at(text) == expected
