"""Forms of the tenth held-out round (tests/fixtures/heldout10/NOTES.md): Traditional-Chinese news of Hong
Kong, Macao, Taiwan and Malaysia, on sentences written for these tests.

Each table runs whole short documents through the model; good rows give what must be found, bad rows what
must not (an empty set, or the plain reading kept). Rows are Traditional where the point is the script
(the analysis runs on a Simplified copy, kg/nlp/script.py), Simplified otherwise.
"""

from __future__ import annotations

import pytest
from extracted import event_names, memberships, organisers, roles, run

from kg.extract.roles import strip_honour


def places(text: str) -> set[tuple[str, str | None]]:
    return {(e.name, e.location) for e in run(text).events}


# fmt: off
MEMBERSHIPS = [
    ("Taiwan's 执行长 after 兼", "海川光電董事長兼執行長王志明主持會議。", {("王志明", "董事长", "海川光电"), ("王志明", "执行长", "海川光电")}),
    ("Taiwan's 财务长", "海川光電財務長李淑芬說明第一季毛利率。", {("李淑芬", "财务长", "海川光电")}),
    ("a vice-minister 次长", "海川經濟部次長陳國明出席。", {("陈国明", "次长", "海川经济部")}),
    ("a permanent secretary 常任秘书长", "創新科技及工業局常任秘書長何淑儀出席。", {("何淑仪", "常任秘书长", "创新科技及工业局")}),
    ("a joined bureau name stays whole after 、", "創新科技署署長梁志明、創新科技及工業局常任秘書長何淑儀出席。",
     {("梁志明", "署长", "创新科技署"), ("何淑仪", "常任秘书长", "创新科技及工业局")}),
    ("an acting president 署理会长", "海川商会署理会长王德明致辞。", {("王德明", "署理会长", "海川商会")}),
    ("丹斯里 is cut off the name", "福聯會總會長丹斯里林文達致辭時說，福聯會將繼續推動華文教育。", {("林文达", "总会长", "福联会")}),
    ("下称 defines a short form", "海川理工大學（下稱「海理」）今日舉行典禮。海理副校長高健明出席。",
     {("高健明", "副校长", "海川理工大学")}),
    ("a country opens a defined full name", "馬來西亞海川社團聯合會（簡稱「海聯會」）舉行會議。海聯會總會長林文達致辭。",
     {("林文达", "总会长", "马来西亚海川社团联合会")}),
]
NOT_MEMBERSHIPS = [
    ("执行 + 长期 is no title", "公司将执行长期战略，王志明表示支持。", set()),
    ("a permanent member state is no post", "王志明说，中国是联合国安理会常任理事国。", set()),
]
EVENTS = [
    ("a quoted name with 暨 and a verb inside", "海川廠商會昨晚舉行「2024年周年晚宴暨就職典禮」。", {"2024年周年晚宴暨就职典礼"}),
    ("a quoted race day (赛事)", "「海川國際賽事」今日在海川馬場舉行。", {"海川国际赛事"}),
    ("a verb right after a numbered edition", "海川大學今日舉行第三十屆頒授學位典禮。", {"第三十届颁授学位典礼"}),
    ("a computer show (电脑展)", "公司将参加6月4日至7日举行的2024海川国际电脑展。", {"2024海川国际电脑展"}),
    ("after 第三次 (times, not an edition) the verb ends the name", "王志明第三次获得海川大奖赛冠军。", {"海川大奖赛"}),
]
NOT_EVENTS = [
    ("this year's race (本届赛事) is a reference", "本届赛事由海川市体育局主办。", set()),
    ("a dinner alone is none", "嘉宾们在晚宴上交谈。", set()),
    ("a quote that is a slogan", "他呼吁会员「团结一致，携手前行」。", set()),
]
PLACES = [
    ("假…举行 names the venue", "海川大學今日假香港會議展覽中心舉行第三十屆頒授學位典禮。", {("第三十届颁授学位典礼", "香港会议展览中心")}),
    ("假 glued to the day (今日假/TIME)", "海川理工大学今日假海川校园综艺馆举行第三十届颁授学位典礼。", {("第三十届颁授学位典礼", "海川校园综艺馆")}),
]
NOT_PLACES = [
    ("a holiday (暑假) is no venue", "暑假学校举行第三十届颁授学位典礼。", {("第三十届颁授学位典礼", None)}),
]
ORGANISERS = [
    ("合办 is co-organising", "第五届海川科技博览会由海川贸易发展局主办，海川生产力促进局合办。",
     {("海川贸易发展局", "主办"), ("海川生产力促进局", "主办")}),
    ("a second clause after 、", "由海川旅游局主辦、海川貿易投資促進局協辦的第十二屆海川旅遊博覽會今日開幕。",
     {("海川旅游局", "主办"), ("海川贸易投资促进局", "协办")}),
    ("支持机构包括", "第五届海川科技博览会由海川贸易发展局主办，支持机构包括海川生产力促进局及海川企业发展局。",
     {("海川贸易发展局", "主办"), ("海川生产力促进局", "支持"), ("海川企业发展局", "支持")}),
    ("及 after a council (议会)", "第五届海川科技博览会由海川绿色建筑议会及海川环保产业协会协办。",
     {("海川绿色建筑议会", "协办"), ("海川环保产业协会", "协办")}),
]
NOT_ORGANISERS = [
    ("a 、 clause without organiser verb", "由海川旅游局主办、多家企业参与的第十二届海川旅游博览会今日开幕。", {("海川旅游局", "主办")}),
]
ROLES = [
    ("guests listed after 嘉宾还包括", "第十二屆海川旅遊博覽會今日開幕。出席開幕儀式的嘉賓還包括：海川貿易投資促進局主席劉志豪、海川集團副主席莫家樂等。",
     {("刘志豪", "出席"), ("莫家乐", "出席")}),
    ("代表双方签署 is signing", "第十二屆海川旅遊博覽會今日開幕。博覽會期間，海川集團與旅遊局在會場簽署合作備忘錄，由海川集團總裁鄭偉強與旅遊局局長文慧珊代表雙方簽署。",
     {("郑伟强", "签约"), ("文慧珊", "签约")}),
]
NOT_ROLES = [
    ("a one-character entity is no participant", "第三十屆頒授學位典禮今日舉行。典禮由理大校董會主席林振明博士主持。", {("林振明", "主持")}),
    ("guests of a dinner with no named event", "出席晚宴的嘉宾包括：王志明、李德华等。", set()),
    ("who receives (向X颁发) does not hand over", "第三十屆頒授學位典禮今日舉行。教育局副局長施秀儀向畢業生代表何志明頒發證書。", {("施秀仪", "授牌")}),
]
# fmt: on


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("丹斯里林文达", "林文达"),
        ("拿督斯里张志伟", "张志伟"),
        ("拿督陈瑞发", "陈瑞发"),
        ("敦浩", "敦浩"),
        ("林文达", "林文达"),
    ],
)
def test_strip_honour(name: str, expected: str) -> None:
    assert strip_honour(name) == expected


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
    ("case", "text", "expected"), EVENTS + NOT_EVENTS, ids=[c[0] for c in EVENTS + NOT_EVENTS]
)
def test_event_names(case: str, text: str, expected: set[str]) -> None:
    assert event_names(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), PLACES + NOT_PLACES, ids=[c[0] for c in PLACES + NOT_PLACES]
)
def test_event_places(case: str, text: str, expected: set[tuple[str, str | None]]) -> None:
    assert places(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"),
    ORGANISERS + NOT_ORGANISERS,
    ids=[c[0] for c in ORGANISERS + NOT_ORGANISERS],
)
def test_organisers(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert organisers(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), ROLES + NOT_ROLES, ids=[c[0] for c in ROLES + NOT_ROLES]
)
def test_roles(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected
