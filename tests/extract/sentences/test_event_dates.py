"""Events: start and end dates (datelines, runs of days, a closing written later)."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import event_dates

# fmt: off
DATES = [
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕，展会将持续三天。", {("第三届海川茶叶博览会", dt.date(2024, 5, 20), dt.date(2024, 5, 22))}, id="issue19-持续三天 after the opening day gives the end"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕，持续三天后闭馆整修。", {("第三届海川茶叶博览会", dt.date(2024, 5, 20), dt.date(2024, 5, 20))}, id="issue19-持续三天后 is no run"),
    pytest.param("第三届海川茶叶博览会5月20日至22日在海川举行\n5月20日，第三届海川茶叶博览会开幕。", {("第三届海川茶叶博览会", dt.date(2024, 5, 20), dt.date(2024, 5, 22))}, id="issue19-a headline's range opening on the body's day gives the end"),
    pytest.param("第三届海川茶叶博览会5月21日至22日在海川举行\n5月20日，第三届海川茶叶博览会开幕。", {("第三届海川茶叶博览会", dt.date(2024, 5, 20), dt.date(2024, 5, 20))}, id="issue19-a headline's range opening on another day adds nothing"),
    pytest.param("5月19日晚，第三届海川茶叶博览会开幕前夕，主办方在海川大酒店举行欢迎晚宴。5月20日，博览会在海川国际会展中心正式开幕。", {("第三届海川茶叶博览会", dt.date(2024, 5, 20), dt.date(2024, 5, 20))}, id="issue19-the eve (开幕前夕) is not the start"),
    pytest.param("5月19日，第三届海川茶叶博览会开幕前一晚，主办方举行了新闻发布会。", {("第三届海川茶叶博览会", None, None)}, id="issue19-the evening before (前一晚) is not the start"),
    pytest.param("2024年6月12日，2024海川科技博览会在海川会展中心开幕，展期为6月12日至15日。", {("2024海川科技博览会", dt.date(2024, 6, 12), dt.date(2024, 6, 15))}, id="government-a run of days that opens on the opening date"),
    pytest.param("2024年5月20日，第三届海川数字经济大会在海川开幕，会期为5月20日至22日。", {("第三届海川数字经济大会", dt.date(2024, 5, 20), dt.date(2024, 5, 22))}, id="government-会期 after the opening date"),
    pytest.param("2024年5月20日，第三届海川数字经济大会在海川开幕，5月21日至23日将举办分论坛。", {("第三届海川数字经济大会", dt.date(2024, 5, 20), dt.date(2024, 5, 20))}, id="government-a later run of days is another programme"),
    pytest.param("湖南日报7月30日讯（记者 曹娴）7月28日至30日，海川省十四届人大常委会第十次会议在长沙举行。", {("海川省十四届人大常委会第十次会议", dt.date(2024, 7, 28), dt.date(2024, 7, 30))}, id="heldout4-讯 dateline date is not the start"),
    pytest.param("7月30日讯飞公司召开2024海川大会。", {("2024海川大会", dt.date(2024, 7, 30), dt.date(2024, 7, 30))}, id="heldout4-讯 inside a name after a date is no dateline"),
    pytest.param("4月20日，第五届海川国际茶叶博览会在海川会展中心开幕。展会将持续至5月3日。", {("第五届海川国际茶叶博览会", dt.date(2024, 4, 20), dt.date(2024, 5, 3))}, id="heldout5-持续至 in a later sentence"),
    pytest.param("3月16日，2024海川城市足球联赛在海川开幕。比赛于3月16日至7月20日在全市进行。", {("2024海川城市足球联赛", dt.date(2024, 3, 16), dt.date(2024, 7, 20))}, id="heldout5-a range from the start day"),
    pytest.param("当天上午，“山海清音——宋元山水画特展”在海川博物馆开幕。展期为5月18日至8月31日。", {("山海清音——宋元山水画特展", dt.date(2024, 5, 18), dt.date(2024, 8, 31))}, id="heldout5-展期 gives both dates"),
    pytest.param("4月20日，第五届海川国际茶叶博览会在海川会展中心开幕。6月1日至6月3日还将举办茶艺培训。", {("第五届海川国际茶叶博览会", dt.date(2024, 4, 20), dt.date(2024, 4, 20))}, id="heldout5-a range that starts on another day"),
    pytest.param("4月20日，第五届海川国际茶叶博览会在海川会展中心开幕。2024海川茶文化节将持续至5月3日。", {("第五届海川国际茶叶博览会", dt.date(2024, 4, 20), dt.date(2024, 4, 20)), ("2024海川茶文化节", None, None)}, id="heldout5-持续至 about another named event"),
    pytest.param("4月20日，第五届海川国际茶叶博览会在海川会展中心开幕。报名持续至3月31日。", {("第五届海川国际茶叶博览会", dt.date(2024, 4, 20), dt.date(2024, 4, 20))}, id="heldout5-an end before the start"),
    pytest.param("1月7日，2024海川马拉松赛在海川体育中心鸣枪起跑。", {("2024海川马拉松赛", dt.date(2024, 1, 7), dt.date(2024, 1, 7))}, id="heldout7-鸣枪起跑 holds the race"),
    pytest.param("5月11日晚，海川交响乐团2024全国巡演首场音乐会在海川音乐厅上演。", {("海川交响乐团2024全国巡演", dt.date(2024, 5, 11), dt.date(2024, 5, 11))}, id="heldout7-上演 holds the first concert"),
    pytest.param("海川日报7月3日讯（记者 王立）今天下午，海川市政府新闻办召开海川市防汛工作第二场新闻发布会。", {("海川市防汛工作第二场新闻发布会", dt.date(2024, 7, 3), dt.date(2024, 7, 3))}, id="heldout8-今天 under a dateline is its day"),
    pytest.param("海川日报讯（记者 王立）今天下午，海川市政府新闻办召开海川市防汛工作第二场新闻发布会。", {("海川市防汛工作第二场新闻发布会", None, None)}, id="heldout8-今天 with no dateline stays undated"),
    pytest.param("3月5日，第十届海川国际论坛在海川开幕。本次论坛于3月7日闭幕。", {("第十届海川国际论坛", dt.date(2024, 3, 5), dt.date(2024, 3, 7))}, id="misses-本次论坛于 DATE 闭幕"),
    pytest.param("3月5日，第十届海川国际论坛在海川开幕。大会于3月7日在海川国际会议中心胜利闭幕。", {("第十届海川国际论坛", dt.date(2024, 3, 5), dt.date(2024, 3, 7))}, id="misses-大会于 DATE 在 place 胜利闭幕"),
    pytest.param("11月3日，2024杭州马拉松鸣枪开跑。", {("2024杭州马拉松", dt.date(2024, 11, 3), dt.date(2024, 11, 3))}, id="misses-year + city + 马拉松鸣枪开跑"),
    pytest.param("3月5日，第十届海川国际论坛在海川开幕。本次论坛的分论坛于3月7日闭幕。", {("第十届海川国际论坛", dt.date(2024, 3, 5), dt.date(2024, 3, 5))}, id="misses-a sub-forum's closing is not the forum's"),
    pytest.param("3月5日，第十届海川国际论坛在海川开幕。去年的论坛于3月7日闭幕。", {("第十届海川国际论坛", dt.date(2024, 3, 5), dt.date(2024, 3, 5))}, id="misses-last year's forum is another edition"),
    pytest.param("3月5日，第十届海川国际论坛在海川开幕。海川车展于3月7日闭幕。", {("第十届海川国际论坛", dt.date(2024, 3, 5), dt.date(2024, 3, 5)), ("海川车展", dt.date(2024, 3, 7), dt.date(2024, 3, 7))}, id="misses-another event's closing"),
    pytest.param("5月15日，海川市召开会议。16日上午，第三届海川茶叶博览会在海川国际会展中心开幕。", {("第三届海川茶叶博览会", dt.date(2024, 5, 16), dt.date(2024, 5, 16))}, id="events21-16日上午 in the month of the sentence before"),
    pytest.param("海川日报5月18日讯（记者 王立）\n第三届海川茶叶博览会圆满落幕\n16日晚，第三届海川茶叶博览会在海川国际会展中心开幕。", {("第三届海川茶叶博览会", dt.date(2024, 5, 16), dt.date(2024, 5, 16))}, id="events21-16日晚 under the document's dateline"),
    pytest.param("海川日报讯（记者 王立）5月15日，记者从海川市政府获悉，第三届海川茶叶博览会将于16日在海川国际会展中心开幕。", {("第三届海川茶叶博览会", dt.date(2024, 5, 16), dt.date(2024, 5, 16))}, id="events21-将于16日 after 5月15日 in the sentence"),
    pytest.param("5月20日上午，第三届海川茶叶博览会在海川国际会展中心开幕。当天下午，第二届海川茶产业发展论坛在海川大酒店举行。", {("第三届海川茶叶博览会", dt.date(2024, 5, 20), dt.date(2024, 5, 20)), ("第二届海川茶产业发展论坛", dt.date(2024, 5, 20), dt.date(2024, 5, 20))}, id="events21-当天下午 is the day before"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕。次日，第二届海川茶产业发展论坛在海川大酒店举行。", {("第三届海川茶叶博览会", dt.date(2024, 5, 20), dt.date(2024, 5, 20)), ("第二届海川茶产业发展论坛", dt.date(2024, 5, 21), dt.date(2024, 5, 21))}, id="events21-次日 is the day after"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕。会上发布了白皮书。次日，第二届海川茶产业发展论坛在海川大酒店举行。", {("第三届海川茶叶博览会", dt.date(2024, 5, 20), dt.date(2024, 5, 20)), ("第二届海川茶产业发展论坛", None, None)}, id="events21-次日 two sentences after the date reads nothing"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川开幕，展会将持续至5月25日。", {("第三届海川茶叶博览会", dt.date(2024, 5, 20), dt.date(2024, 5, 25))}, id="events21-持续至 in the opening sentence gives the end"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川开幕，报名持续至3月31日。", {("第三届海川茶叶博览会", dt.date(2024, 5, 20), dt.date(2024, 5, 20))}, id="events21-持续至 a day before the start is no end"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕，一连四日。", {("第三届海川茶叶博览会", dt.date(2024, 5, 20), dt.date(2024, 5, 23))}, id="events21-一连四日 is a length"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), DATES)
def test_event_dates(text: str, expected: set[tuple[str, dt.date | None, dt.date | None]]) -> None:
    assert event_dates(text) == expected
