"""Events: where an event is held."""

from __future__ import annotations

import pytest
from extracted import event_places

# fmt: off
PLACES = [
    pytest.param("时间：5月20日上午9:00，地点：海川国际会展中心，第三届海川茶叶博览会开幕。", {("第三届海川茶叶博览会", "海川国际会展中心")}, id="issue19-地点： stated with the time in one sentence"),
    pytest.param("第三届海川茶叶博览会开幕时间为5月20日，地点为海川国际会展中心。", {("第三届海川茶叶博览会", "海川国际会展中心")}, id="issue19-地点为 after the time"),
    pytest.param("5月19日晚，第三届海川茶叶博览会开幕前夕，主办方在海川大酒店举行欢迎晚宴。", {("第三届海川茶叶博览会", None)}, id="issue19-a place on the eve is not the event's"),
    pytest.param("海川大學今日假香港會議展覽中心舉行第三十屆頒授學位典禮。", {("第三十届颁授学位典礼", "香港会议展览中心")}, id="heldout10-假…举行 names the venue"),
    pytest.param("海川理工大学今日假海川校园综艺馆举行第三十届颁授学位典礼。", {("第三十届颁授学位典礼", "海川校园综艺馆")}, id="heldout10-假 glued to the day (今日假/TIME)"),
    pytest.param("由海川传媒集团主办的“星空IN海川”光影艺术大展开幕暨“青山文创园”授牌仪式在青山文创园举办。", {("“星空IN海川”光影艺术大展", "青山文创园"), ("“青山文创园”授牌仪式", "青山文创园")}, id="issue19-two events joined by 暨 share the place"),
    pytest.param("2024海川茶博会开幕后，青山服饰节在海川广场举行。", {("2024海川茶博会", None), ("青山服饰节", "海川广场")}, id="issue19-an event before a comma shares no place"),
    pytest.param("7月20日，2024海川市第五届足球比赛开幕式在市体育局篮球馆举行。", {("2024海川市第五届足球比赛", "市体育局篮球馆")}, id="issue19-a sports hall (篮球馆) is a venue"),
    pytest.param("6月3日，第五届海川书画展在区图书馆开幕。", {("第五届海川书画展", "区图书馆")}, id="issue19-a library is a venue"),
    pytest.param("暑假学校举行第三十届颁授学位典礼。", {("第三十届颁授学位典礼", None)}, id="heldout10-a holiday (暑假) is no venue"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕，同期举办第二届海川茶文化论坛。", {("第三届海川茶叶博览会", "海川国际会展中心"), ("第二届海川茶文化论坛", None)}, id="events21-place_subject: X在Y开幕，同期举办Z gives Y to X"),
    pytest.param("5月20日，海川市人民政府在海川国际会展中心举办第三届海川茶叶博览会。", {("第三届海川茶叶博览会", "海川国际会展中心")}, id="events21-place_subject: 在Y举办X, no event before 在"),
    pytest.param("4月12日，2024环海川国际公路自行车赛在海川市民广场鸣枪发车。", {("2024环海川国际公路自行车赛", "海川市民广场")}, id="events21-鸣枪发车 holds a race"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_event_places(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert event_places(text) == expected
