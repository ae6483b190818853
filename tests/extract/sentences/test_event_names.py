"""Events: which spans name an event, and which event a ceremony belongs to."""

from __future__ import annotations

import pytest
from extracted import event_names, event_parents

# fmt: off
NAMES = [
    pytest.param("5月18日，“山海清音——宋元山水画特展”在杭州博物馆开幕。", {"山海清音——宋元山水画特展"}, id="heldout4-quoted exhibition title with a dash"),
    pytest.param("宋元山水画特展在杭州开幕\n5月18日，“山海清音——宋元山水画特展”在杭州博物馆开幕。", {"山海清音——宋元山水画特展"}, id="heldout4-headline tail is the same exhibition"),
    pytest.param("5月18日，“千年运河”大运河文物精品展在扬州中国大运河博物馆开幕。", {"“千年运河”大运河文物精品展"}, id="heldout4-quoted theme before a head stays a theme"),
    pytest.param("5月18日，大会以“开放合作，共赢未来——2024海川投资论坛”为主题。", {"2024海川投资论坛"}, id="heldout4-a quoted slogan with a comma is no name"),
    pytest.param("在昨天的“市政府新闻办公室召开2024年城市更新情况新闻发布会”上，他作了介绍。", {"2024年城市更新情况新闻发布会"}, id="heldout4-a quoted report of a meeting is no name"),
    pytest.param("2024年全省水利工作会议在海川召开\n2月27日，2024年海川省水利工作会议在海川召开。", {"2024年海川省水利工作会议"}, id="heldout5-全省 in the headline is the province"),
    pytest.param("2024年全市招商工作大会召开\n3月1日，2024年海川市招商工作大会在海川召开。", {"2024年海川市招商工作大会"}, id="heldout5-全市 in the headline is the city"),
    pytest.param("2024年全省水利工作会议在海川召开\n2月27日，2024年海川省教育工作会议在海川召开。", {"2024年全省水利工作会议", "2024年海川省教育工作会议"}, id="heldout5-another meeting of the province stays apart"),
    pytest.param("5月20日，2024年海川数字峰会在海川开幕。峰会由世界数字大会（以下简称“WDC”）和海川市人民政府共同主办。", {"2024年海川数字峰会"}, id="heldout6-a 大会 that organises is no event"),
    pytest.param("5月20日，2024世界数字大会在海川开幕。大会由海川市人民政府主办。", {"2024世界数字大会"}, id="heldout6-a 大会 that is held stays an event"),
    pytest.param("1月7日，2024海川马拉松赛在海川体育中心鸣枪起跑。", {"2024海川马拉松赛"}, id="heldout7-a race named …马拉松赛"),
    pytest.param("5月11日，海川交响乐团2024全国巡演在海川启幕。", {"海川交响乐团2024全国巡演"}, id="heldout7-a concert tour (巡演)"),
    pytest.param("5月11日晚，海川交响乐团2024全国巡演首场音乐会在海川音乐厅上演。", {"海川交响乐团2024全国巡演"}, id="heldout7-the tour's first concert refers to the tour"),
    pytest.param("本届赛事由海川市体育局主办，设全程马拉松和半程马拉松两个项目。", set(), id="heldout7-race categories are no events"),
    pytest.param("海川选手王立获得男子全程马拉松冠军。", set(), id="heldout7-a men's category is no event"),
    pytest.param("8月18日，第三届海川大学生篮球联赛总决赛在海川体育馆落幕。", {"第三届海川大学生篮球联赛总决赛"}, id="heldout8-a league's final after the league"),
    pytest.param("11月6日，《海川发展报告2024》发布会在海川举行。", {"《海川发展报告2024》发布会"}, id="heldout8-a book title opens a launch"),
    pytest.param("7月3日，海川市政府新闻办召开海川市防汛工作第二场新闻发布会。", {"海川市防汛工作第二场新闻发布会"}, id="heldout8-a numbered press conference (第二场)"),
    pytest.param("10月12日，“2024海川设计周”在海川开幕。", {"2024海川设计周"}, id="heldout8-a week-long festival (设计周)"),
    pytest.param("海川战队晋级中国区总决赛。", set(), id="heldout8-a final of no named contest"),
    pytest.param("7月3日，市政府新闻办召开第二场新闻发布会。", set(), id="heldout8-a numbered press conference with no name"),
    pytest.param("今年，海川共举行三场发布会。", set(), id="heldout8-a count of press conferences"),
    pytest.param("5月8日，市司法局召开学习《条例》座谈会。", set(), id="heldout8-a short book title refers back"),
    pytest.param("海川廠商會昨晚舉行「2024年周年晚宴暨就職典禮」。", {"2024年周年晚宴暨就职典礼"}, id="heldout10-a quoted name with 暨 and a verb inside"),
    pytest.param("「海川國際賽事」今日在海川馬場舉行。", {"海川国际赛事"}, id="heldout10-a quoted race day (赛事)"),
    pytest.param("海川大學今日舉行第三十屆頒授學位典禮。", {"第三十届颁授学位典礼"}, id="heldout10-a verb right after a numbered edition"),
    pytest.param("公司将参加6月4日至7日举行的2024海川国际电脑展。", {"2024海川国际电脑展"}, id="heldout10-a computer show (电脑展)"),
    pytest.param("王志明第三次获得海川大奖赛冠军。", {"海川大奖赛"}, id="heldout10-after 第三次 (times, not an edition) the verb ends the name"),
    pytest.param("本届赛事由海川市体育局主办。", set(), id="heldout10-this year's race (本届赛事) is a reference"),
    pytest.param("嘉宾们在晚宴上交谈。", set(), id="heldout10-a dinner alone is none"),
    pytest.param("他呼吁会员「团结一致，携手前行」。", set(), id="heldout10-a quote that is a slogan"),
    pytest.param("3月5日，海川市召开“套路贷”犯罪专项工作推进会。", {"“套路贷”犯罪专项工作推进会"}, id="misses-a quoted campaign before 推进会"),
    pytest.param("5月14日，第二届“一带一路”国际合作高峰论坛在北京举行。", {"第二届“一带一路”国际合作高峰论坛"}, id="misses-a quoted initiative with an edition"),
    pytest.param("3月5日，“数字海川”建设大会在海川召开。", {"“数字海川”建设大会"}, id="misses-a quoted theme before 大会"),
    pytest.param("11月3日，2024海川马拉松开跑。", {"2024海川马拉松"}, id="misses-a city race with its year and 开跑"),
    pytest.param("他参加过全程马拉松开跑仪式。", set(), id="misses-a race's start ceremony without a name"),
    pytest.param("两队在西甲联赛历史上交战28场。", set(), id="precision-a league after 在 is the competition, no event (issue 19)"),
    pytest.param("他们在乌克兰联赛中保持不败。", set(), id="precision-a country's league is the competition, no event (issue 19)"),
    pytest.param("2024赛季海川足球超级联赛今天开幕。", {"2024赛季海川足球超级联赛"}, id="issue19-a season of a league is an event"),
    pytest.param("第三届海川大学生篮球联赛在海川开幕。", {"第三届海川大学生篮球联赛"}, id="issue19-an edition of a league is an event"),
    pytest.param("第二届全国人居环境高峰论坛在北京召开。", {"第二届全国人居环境高峰论坛"}, id="precision-a forum held"),
    pytest.param("2024年“海川龙舟节”民俗活动在海川举办。", {"2024年“海川龙舟节”民俗活动"}, id="precision-a quoted activity with a year"),
    pytest.param("阿森纳联赛三轮全胜。", set(), id="precision-a club's league record"),
    pytest.param("学习贯彻党的十九届四中全会精神。", {"党的十九届四中全会"}, id="issue19-党的 opens a numbered plenary session"),
    pytest.param("党的十九届三中全会在北京举行。", {"党的十九届三中全会"}, id="issue19-党的 before a session with its edition token"),
    pytest.param("党的2024年工作会议召开。", {"2024年工作会议"}, id="issue19-党的 before a year is no part of the name"),
    pytest.param("MWC Shanghai 2024在上海开幕。", {"MWC Shanghai 2024"}, id="issue19-a Latin name with a city and a year"),
    pytest.param("2024BEYOND Expo正式开幕。", {"2024BEYOND Expo"}, id="issue19-a year glued to a Latin name of two words"),
    pytest.param("6月1日，“海川之城·对话未来”在海川大剧院举行。", {"海川之城·对话未来"}, id="issue19-a quoted title held in a place"),
    pytest.param("“青山夜话”圆满落幕。", {"青山夜话"}, id="issue19-a quoted title that closes"),
    pytest.param("“一带一路”在海川启动。", set(), id="issue19-a quoted plan that starts is no event"),
    pytest.param("他说：“我们的目标是明年举行”。", set(), id="issue19-a quoted sentence is no title"),
    pytest.param("第九次中法经济财金对话在巴黎举行。", {"第九次中法经济财金对话"}, id="issue19-a numbered dialogue"),
    pytest.param("双方进行了深入对话。", set(), id="issue19-a dialogue alone is a conversation"),
    pytest.param("第三届青山夜话在海川举行。", {"第三届青山夜话"}, id="issue19-an evening talk with an edition"),
    pytest.param("全国两会期间，代表们积极建言。", {"全国两会"}, id="issue19-the two sessions by their short name"),
    pytest.param("3月5日，十四届全国人大二次会议在北京人民大会堂开幕。", {"十四届全国人大二次会议"}, id="issue19-a session of the national legislature"),
    pytest.param("3月4日，全国政协十四届二次会议在京开幕。", {"全国政协十四届二次会议"}, id="issue19-a session of the national advisory body"),
    pytest.param("党的二十大在北京胜利召开。", {"党的二十大"}, id="issue19-a Party congress by its short name"),
    pytest.param("中共十九大代表王立出席会议。", set(), id="issue19-a delegate of a congress names no event"),
    pytest.param("中国发展高层论坛2024年年会在北京开幕。中国发展高层论坛是国务院发展研究中心主办的国际交流平台。", {"中国发展高层论坛2024年年会"}, id="issue19-the body beside its annual meeting is no event"),
    pytest.param("本次大会设海川分会场和青山分会场。", set(), id="issue19-a venue (分会场) is no event"),
    pytest.param("云上海川茶博会于5月1日开幕。", set(), id="issue19-an online platform (云上) is no event"),
    pytest.param("海川足球超级联赛第五轮比赛结束。", set(), id="issue19-a league is the competition, no event"),
    pytest.param("2025春季新品发布会在海川举行。", {"2025春季新品发布会"}, id="issue19-a launch named by its year and season"),
    pytest.param("2025年新春招待会在海川举行。", {"2025年新春招待会"}, id="issue19-a reception named by its year and season"),
    pytest.param("8月2日，2024SkyJoy正式开幕。", {"2024SkyJoy"}, id="issue19-a Latin brand with its year before, as the subject of 开幕"),
    pytest.param("今天，Tea Fair Asia 2024在海川正式开幕。", {"Tea Fair Asia 2024"}, id="issue19-a Latin brand with its year after, opening in a place"),
    pytest.param("Apple今天在海川开店。", set(), id="issue19-a Latin word without a year is no event"),
    pytest.param("iPhone 2024在海川发布。", set(), id="issue19-a product and year with no opening verb is no event"),
    pytest.param("预告丨第七届海川桃花节来了，3月18日将盛大开幕。", {"第七届海川桃花节"}, id="issue19-a headline label before a bar is no part of the name"),
    pytest.param("第9届青山会开幕 现场签约30亿元", {"第9届青山会"}, id="issue19-an edition and a short name before 会"),
    pytest.param("海川商会第三届理事会成立。", set(), id="issue19-a council of a chamber is a body"),
    pytest.param("海川职业技术学院技能节系列报道之开幕式", {"海川职业技术学院技能节"}, id="issue19-a school's festival of skills (技能节)"),
    pytest.param("2024海川茶博会暨青山服饰节开幕", {"2024海川茶博会暨青山服饰节"}, id="issue19-two festivals joined by 暨 are one name"),
    pytest.param("8月1日，“山川回响——李青雕塑展”在海川美术馆开幕。", {"山川回响——李青雕塑展"}, id="issue19-a quoted, dashed sculpture show"),
    pytest.param("举重——军运会：王立夺得首枚金牌", {"军运会"}, id="issue19-the customary short name of games"),
    pytest.param("由海川传媒集团主办的“星空IN海川”光影艺术大展开幕暨“青山文创园”授牌仪式在青山文创园举办。", {"“星空IN海川”光影艺术大展", "“青山文创园”授牌仪式"}, id="issue19-an opening joined by 暨 to a ceremony: two events"),
    pytest.param("7月20日，2024海川市第五届足球比赛暨海川省第六届“百村足球”比赛海川赛区预选赛开幕式在市体育馆举行。", {"2024海川市第五届足球比赛暨海川省第六届“百村足球”比赛海川赛区预选赛"}, id="issue19-contests with editions joined by 暨 before 开幕式"),
    pytest.param("海川中学期末汇演圆满落幕。", {"海川中学期末汇演"}, id="issue19-a school's end-of-term performance"),
    pytest.param("双方比赛结束后握手。", set(), id="issue19-a game alone is no named contest"),
    pytest.param("而切尔西联赛、欧冠连平两场。", set(), id="precision-a club after 而"),
    pytest.param("里昂联赛客场输给马赛。", set(), id="precision-a city's club opening the clause"),
    pytest.param("暴雪官方论坛透露了新补丁的消息。", set(), id="precision-an official web board"),
    pytest.param("开发者在NGA论坛回答网友提问。", set(), id="precision-a board where 网友 post"),
    pytest.param("我是海川乐居论坛主管王凯。", set(), id="precision-a board's staff"),
    pytest.param("警方查处了一批“校园贷”犯罪活动。", set(), id="precision-a wrongdoing"),
    pytest.param("这是少数世界级大赛之一。", set(), id="precision-world-class contests"),
    pytest.param("9月10日，纪念王大川诞辰100周年座谈会在海川举行。海川市委书记张强出席并讲话。", {"纪念王大川诞辰100周年座谈会"}, id="events21-a memorial meeting named after an anniversary"),
    pytest.param("4月12日，2024环海川国际公路自行车赛在海川市民广场鸣枪发车。", {"2024环海川国际公路自行车赛"}, id="events21-a road race (自行车赛)"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_event_names(text: str, expected: set[str]) -> None:
    assert event_names(text) == expected


# fmt: off
PARENTS = [
    pytest.param("12月16日晚，第三届海川国际电影节白鹭奖颁奖典礼在海川大剧院举行。", {("第三届海川国际电影节", None), ("第三届海川国际电影节白鹭奖颁奖典礼", "第三届海川国际电影节")}, id="heldout5-award night of an edition festival"),
    pytest.param("12月16日晚，第三届海川国际电影节白鹭奖颁奖典礼在海川大剧院举行。本届电影节由海川市人民政府主办。", {("第三届海川国际电影节", None), ("第三届海川国际电影节白鹭奖颁奖典礼", "第三届海川国际电影节")}, id="heldout5-本届电影节 takes the organisers"),
    pytest.param("5月20日，第二届海川青年科学家奖颁奖典礼在海川举行。", {("第二届海川青年科学家奖颁奖典礼", None)}, id="heldout5-an award's own ceremony has no parent"),
    pytest.param("5月20日，第三届海川国际电影节产业论坛在海川举行。", {("第三届海川国际电影节产业论坛", None)}, id="heldout5-a forum is no ceremony"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PARENTS)
def test_event_parents(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert event_parents(text) == expected
