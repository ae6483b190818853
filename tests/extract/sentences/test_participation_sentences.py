"""Participations: who attends, speaks, chairs or takes part, and in which event."""

from __future__ import annotations

import pytest
from extracted import roles, roles_at

# fmt: off
ROLES = [
    pytest.param("5月18日，2024海川合作峰会在青岛举行。副省长王海、省高级人民法院院长李明列席会议。", {("王海", "出席"), ("李明", "出席")}, id="heldout4-列席 is presence"),
    pytest.param("5月18日，2024海川合作峰会在青岛举行。市农业农村局局长王海就春耕生产作具体部署。", {("王海", "致辞")}, id="heldout4-作具体部署 at the meeting is remarks"),
    pytest.param("5月18日，2024海川合作峰会在青岛举行。北京大学教授王海作题为《心血管病防治回顾》的主旨报告。", {("王海", "主旨报告")}, id="heldout4-titled keynote 作题为《…》的主旨报告"),
    pytest.param("5月18日，2024海川合作峰会在青岛举行。星河电气首席执行官马克·杜邦（Marc Dupont）通过视频致辞。", {("马克·杜邦", "致辞")}, id="heldout4-the gloss is no second person"),
    pytest.param("5月18日，2024海川合作峰会在青岛举行。许总裁在峰会上发布了新品。", set(), id="heldout4-surname and title is no name"),
    pytest.param("5月18日，2024海川合作峰会在青岛举行。哈方代表与西安港务区签约。", set(), id="heldout4-a side of the talks is no person"),
    pytest.param("5月18日，2024海川合作峰会在青岛举行。王海（右）在峰会上致辞。", {("王海", "致辞")}, id="heldout4-a bracket that is not a gloss"),
    pytest.param("5月18日，2024海川合作峰会在青岛举行。海川集团董事长王海出席峰会，省委对此作出部署。", {("王海", "出席")}, id="heldout4-部署 by a body is no remark"),
    pytest.param("5月20日，2024年海川省环境保护工作会议在海川召开。省生态环境厅厅长李建国出席会议并通报全省环境质量情况。", {("李建国", "致辞")}, id="heldout5-出席并通报…情况 is a speech"),
    pytest.param("5月20日，2024年海川省环境保护工作会议在海川召开。市生态环境局局长赵明出席会议并介绍了治理做法。", {("赵明", "致辞")}, id="heldout5-并介绍了…做法 is a speech"),
    pytest.param("海川日报讯（记者 王刚 通讯员 海宣）5月20日，海川市人民政府召开2024年海川投资环境新闻发布会，发布十条措施。", set(), id="heldout5-a byline reporter never acts"),
    pytest.param("5月20日，2024海川创新峰会在海川举行。海川银行行长李强参与了项目建设。", set(), id="heldout5-参与 a project is no participation"),
    pytest.param("5月20日，2024年海川法院知识产权新闻发布会在海川召开。律师王彬出庭参加诉讼。", set(), id="heldout5-参加诉讼 is no participation"),
    pytest.param("5月20日，2024海川创新峰会在海川举行。在圆桌对话环节，海川银行行长李强和海川大学校长王刚参与对话。", {("李强", "出席"), ("王刚", "出席")}, id="heldout5-panel guests 参与对话 are present"),
    pytest.param("5月20日，2024海川创新峰会在海川举行。海川银行行长李强参加圆桌对话。", {("李强", "参加")}, id="heldout5-panel guests 参加圆桌对话 take part"),
    pytest.param("5月20日，2024海川侨商大会在海川举行。会长林源才代表海外侨胞发言。", {("林源才", "致辞")}, id="heldout5-代表…发言 is a speech"),
    pytest.param("5月20日，2024年海川省环境保护工作会议在海川召开。省生态环境厅厅长李建国出席会议。", {("李建国", "出席")}, id="heldout5-出席 alone stays presence"),
    pytest.param("5月20日，2024年海川卫星任务新闻发布会在海川举行。海川空间中心主任张伟、首席科学家王赤出席发布会，介绍了本次任务的实验。", {("张伟", "致辞"), ("王赤", "致辞")}, id="heldout6-出席…，介绍了… is a speech"),
    pytest.param("5月20日，2024年海川卫星任务新闻发布会在海川举行。海川空间中心主任张伟出席发布会。", {("张伟", "出席")}, id="heldout6-出席 alone stays presence"),
    pytest.param("5月20日，2024年海川卫星任务新闻发布会在海川举行。海川空间中心主任张伟出席发布会。据介绍，本次任务将开展实验。", {("张伟", "出席")}, id="heldout6-据介绍 after 出席 is hearsay"),
    pytest.param("1月7日，2024海川马拉松赛在海川体育中心鸣枪起跑。海川市副市长陈和平为比赛鸣枪。", {("陈和平", "出席")}, id="heldout7-the starter's gun is presence"),
    pytest.param("1月7日，2024海川马拉松赛在海川体育中心鸣枪起跑。中国选手杨绍才夺得男子全程马拉松冠军。", {("杨绍才", "参加")}, id="heldout7-a winner takes part"),
    pytest.param("1月7日，2024海川马拉松赛在海川体育中心鸣枪起跑。中国选手杨绍才获得男子第四名。", {("杨绍才", "参加")}, id="heldout7-a placed runner takes part"),
    pytest.param("5月11日，海川交响乐团2024全国巡演在海川启幕。海川交响乐团首席指挥王立新执棒演出。", {("王立新", "参加")}, id="heldout7-a conductor takes part"),
    pytest.param("1月16日，海川市政协十届三次会议在海川会堂闭幕。市政协副主席王立新、陈晓平在主席台前排就座。", {("王立新", "出席"), ("陈晓平", "出席")}, id="heldout7-seated on the rostrum is presence"),
    pytest.param("10月24日，海川科技在海川举行2024海川科技新品发布会。海川大学教授刘建国也来到发布会现场。", {("刘建国", "出席")}, id="heldout7-came to the launch is presence"),
    pytest.param("1月7日，2024海川马拉松赛在海川体育中心鸣枪起跑。海川市副市长陈和平为冠军颁奖。", {("陈和平", "授牌")}, id="heldout7-who hands the winner a prize does not take part"),
    pytest.param("1月7日，2024海川马拉松赛在海川体育中心鸣枪起跑。中国选手杨绍才在赛后接受采访。", set(), id="heldout7-a title won is no 第N名 cue"),
    pytest.param("8月26日，第三届海川合作论坛在海川开幕。论坛开幕前，海川市委书记张宏文会见了出席论坛的外国嘉宾。", set(), id="heldout7-a host who meets attending guests"),
    pytest.param("1月7日，2024海川马拉松赛在海川体育中心鸣枪起跑。据赛事总监、海川市体育局副局长黄志刚介绍，赛道沿江布设。", set(), id="heldout7-据…介绍 is a source, not a remark"),
    pytest.param("11月6日，《海川发展报告2024》发布会在海川举行。海川大学教授周慕远对报告进行点评。", {("周慕远", "演讲")}, id="heldout8-进行点评 is a talk"),
    pytest.param("11月6日，《海川发展报告2024》发布会在海川举行。研究中心副主任苏晓燕对报告进行了解读。", {("苏晓燕", "演讲")}, id="heldout8-进行了解读 is a talk"),
    pytest.param("9月20日，2024海川国际博览会在海川国际会展中心开幕。海川城市交通协会会长宋慧敏在开幕式上发言。", {("宋慧敏", "致辞")}, id="heldout8-在开幕式上发言 is an address"),
    pytest.param("11月6日，《海川发展报告2024》发布会在海川举行。海川市副市长赵建和出席会议并致辞。", {("赵建和", "致辞")}, id="heldout8-a name cut before 和 + 出席会议"),
    pytest.param("8月18日，第三届海川大学生篮球联赛总决赛在海川体育馆落幕。海川大学代表队队员林子墨获评总决赛最有价值球员。", {("林子墨", "参加")}, id="heldout8-named the final's best player takes part"),
    pytest.param("8月18日，第三届海川大学生篮球联赛总决赛在海川体育馆落幕。海川大学教师林子墨获评海川市优秀教师。", set(), id="heldout8-an honour outside the contest is no part in it"),
    pytest.param("9月20日，2024海川国际博览会在海川国际会展中心开幕。海川城市交通协会会长宋慧敏在论坛上发言。", {("宋慧敏", "演讲")}, id="heldout8-a session's 发言 stays a talk"),
    pytest.param("11月6日，《海川发展报告2024》发布会在海川举行。海川大学教授周慕远阅读了专家点评。", set(), id="heldout8-a commentary read, not given"),
    pytest.param("2月5日，2025年海川市高质量发展大会在海川召开。出席会议的有：市委常委、常务副市长张立新，副市长李红梅、王志强。", {("张立新", "出席"), ("李红梅", "出席"), ("王志强", "出席")}, id="heldout9-an attendee list after 出席会议的有："),
    pytest.param("2月5日，2025年海川市高质量发展大会在海川召开。参加会议的还有：市政府秘书长吴强，各区主要负责同志。", {("吴强", "参加")}, id="heldout9-参加会议的还有： names take part"),
    pytest.param("3月18日，2025海川人工智能大会在海川开幕。海川科技董事长李明表示，大模型的价值在于应用。", {("李明", "致辞")}, id="heldout9-a titled speaker's remark in an article about the event"),
    pytest.param("11月26日，2024海川智能制造大会在海川举行。海川大学教授李德明在开幕式上作了题为《智能制造的下一个十年》的主旨报告。", {("李德明", "主旨报告")}, id="heldout9-作了题为《…》的主旨报告"),
    pytest.param("11月26日，2024海川智能制造大会在海川举行。海川大学教授李德明发表了题为《智造未来》的专题演讲。", {("李德明", "演讲")}, id="heldout9-发表题为《…》的专题演讲"),
    pytest.param("2月5日，2025年海川市高质量发展大会在海川召开。出席活动的嘉宾还有海川大学校长罗俊峰。", {("罗俊峰", "出席")}, id="heldout9-出席活动的嘉宾有 without a colon"),
    pytest.param("11月26日，2024海川智能制造大会在海川举行。海川大学教授李德明出版了题为《主旨报告写作》的新书。", set(), id="heldout9-a book title's own words are no cue"),
    pytest.param("3月18日，2025海川人工智能大会在海川开幕。海川科技董事长李明此前表示，大模型的价值在于应用。", set(), id="heldout9-a remark dated before the event (此前表示)"),
    pytest.param("2月5日，2025年海川市高质量发展大会在海川召开。王立新说，出席会议的有关部门要抓好落实。", set(), id="heldout9-的有关 is no attendee list"),
    pytest.param("2月5日，2025年海川市高质量发展大会在海川召开。市长王立新主持会议。出席会议的有：副市长李红梅。", {("王立新", "主持"), ("李红梅", "出席")}, id="heldout9-a list only covers names after the cue"),
    pytest.param("第十二屆海川旅遊博覽會今日開幕。出席開幕儀式的嘉賓還包括：海川貿易投資促進局主席劉志豪、海川集團副主席莫家樂等。", {("刘志豪", "出席"), ("莫家乐", "出席")}, id="heldout10-guests listed after 嘉宾还包括"),
    pytest.param("第十二屆海川旅遊博覽會今日開幕。博覽會期間，海川集團與旅遊局在會場簽署合作備忘錄，由海川集團總裁鄭偉強與旅遊局局長文慧珊代表雙方簽署。", {("郑伟强", "签约"), ("文慧珊", "签约")}, id="heldout10-代表双方签署 is signing"),
    pytest.param("第三十屆頒授學位典禮今日舉行。典禮由理大校董會主席林振明博士主持。", {("林振明", "主持")}, id="heldout10-a one-character entity is no participant"),
    pytest.param("出席晚宴的嘉宾包括：王志明、李德华等。", set(), id="heldout10-guests of a dinner with no named event"),
    pytest.param("第三十屆頒授學位典禮今日舉行。教育局副局長施秀儀向畢業生代表何志明頒發證書。", {("施秀仪", "授牌")}, id="heldout10-who receives (向X颁发) does not hand over"),
    pytest.param("5月20日，第三届海川国际茶叶博览会在海川国际会展中心开幕。前来参加开幕式的有：海川市副市长林国栋、海川茶叶协会会长周文涛。", {("林国栋", "参加"), ("周文涛", "参加")}, id="issue19-前来参加…的有： lists who take part"),
    pytest.param("5月20日，第三届海川国际茶叶博览会在海川国际会展中心开幕。本届博览会的嘉宾有：浙江大学教授陈思远、海川日报社社长王海。", {("陈思远", "出席"), ("王海", "出席")}, id="issue19-嘉宾有： lists the guests"),
    pytest.param("5月20日，第三届海川国际茶叶博览会在海川国际会展中心开幕。浙江大学教授陈思远说，嘉宾有很多。", {("陈思远", "致辞")}, id="issue19-嘉宾有 without a colon lists no one"),
    pytest.param("5月20日，第三届海川国际茶叶博览会在海川国际会展中心开幕。出席开幕式的12位嘉宾中，来自企业的分别是：海川茶业集团董事长许志强、青山茶厂厂长李红。", {("许志强", "出席"), ("李红", "出席")}, id="issue19-出席…的N人中…分别是： lists the guests"),
    pytest.param("5月20日，第三届海川国际茶叶博览会在海川国际会展中心开幕。海川市副市长林国栋发表主旨讲话。", {("林国栋", "主旨报告")}, id="issue19-主旨讲话 is a keynote"),
    pytest.param("5月20日，第三届海川国际茶叶博览会在海川国际会展中心开幕。海川市副市长林国栋发表讲话。", {("林国栋", "致辞")}, id="issue19-讲话 alone stays remarks"),
    pytest.param("5月20日，第三届海川国际茶叶博览会在海川国际会展中心开幕。海川市农业农村局局长赵刚作政策解读。", {("赵刚", "演讲")}, id="issue19-政策解读 is a talk"),
    pytest.param("5月20日，第三届海川国际茶叶博览会在海川国际会展中心开幕。海川茶叶协会会长周文涛与青山县县长黄明签署“海川青山茶产业高质量发展战略合作框架协议”。", {("周文涛", "签约"), ("黄明", "签约")}, id="issue19-签署 a long quoted agreement"),
    pytest.param("5月20日，第三届海川国际茶叶博览会在海川国际会展中心开幕。海川茶叶协会会长周文涛与青山县县长黄明签订《海川青山两地茶叶产销对接长期合作协议书》。", {("周文涛", "签约"), ("黄明", "签约")}, id="issue19-签订 a long agreement in book-title marks"),
    pytest.param("5月20日，第三届海川国际茶叶博览会在海川国际会展中心开幕。海川日报社社长王海、浙江大学教授陈思远为茶博会揭牌。", set(), id="issue19-为…揭牌 alone is no role (the unveilers' speech is)"),
    pytest.param("5月20日，第三届海川国际茶叶博览会在海川国际会展中心开幕。海川茶叶协会会长周文涛与青山县县长黄明签订了续约合同。", set(), id="issue19-签订 a contract named loosely is no 签约"),
    pytest.param("4月7日，2024海川马拉松在海川市民广场开跑。海川市市长周明为比赛发令。", {("周明", "出席")}, id="issue19-为比赛发令 is presence like 鸣枪"),
    pytest.param("5月20日，第三届海川数字经济论坛在海川开幕。周振和受邀出席本次论坛。", {("周振和", "出席")}, id="misses-a name cut before 和 + 受邀出席"),
    pytest.param("5月20日，第三届海川数字经济论坛在海川开幕。李国和应邀参加本次论坛。", {("李国和", "参加")}, id="misses-a name cut before 和 + 应邀参加"),
    pytest.param("5月20日，第三届海川数字经济论坛在海川开幕。海川科技董事长王伟和应邀出席的嘉宾共同启动仪式。", {("王伟", "出席")}, id="misses-和 + 应邀出席的 + guests is a list"),
    pytest.param("2024海川地理学年会在海川举行。海川大学党委书记李旭东教授参加开幕式并致辞。", {("李旭东", "致辞")}, id="precision-titled name + 教授 speaks"),
    pytest.param("第五届海川经济学年会在天津举行。王明在年会上发布了新书。", {("王明", "发布")}, id="precision-发布 as a verb"),
    pytest.param("88岁高龄的张大千夫人李秋君先生来宁，参加海川市张大千研究会第三次会员代表大会。", {("李秋君", "参加")}, id="precision-a relative after a name"),
    pytest.param("第五届海川经济学年会议程。王明（海川大学）价格信息发布、消费者偏好与价格现象", set(), id="precision-a cue in a listed paper title"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕。出席开幕式的领导有：海川市市长王立平、副市长李明；颁奖嘉宾：海川大学校长张伟。", {("王立平", "出席"), ("李明", "出席"), ("张伟", "授牌")}, id="events21-a header of guests, then 颁奖嘉宾： after ；"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕。为获奖企业颁奖的嘉宾有：海川大学校长张伟、海川茶叶协会会长赵刚。", {("张伟", "授牌"), ("赵刚", "授牌")}, id="events21-颁奖的嘉宾有： lists the award givers"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕。出席嘉宾：海川市副市长李明、海川大学校长张伟。", {("李明", "出席"), ("张伟", "出席")}, id="events21-出席嘉宾： a list line"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕。应邀出席的嘉宾有海川大学校长张伟、海川茶叶协会会长赵刚等。", {("张伟", "出席"), ("赵刚", "出席")}, id="events21-应邀出席的嘉宾有 without a colon"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕。主持人：海川电视台主持人王芳。", {("王芳", "主持")}, id="events21-主持人： a list line"),
    pytest.param("5月20日，第三届海川茶叶博览会在海川国际会展中心开幕。嘉宾：王芳老师说，海川茶叶很好。", set(), id="events21-嘉宾： alone opens no list"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_roles(text: str, expected: set[tuple[str, str]]) -> None:
    assert roles(text) == expected


# fmt: off
ROLES_AT = [
    pytest.param("第三届海川茶叶博览会开幕\n5月20日，第三届海川茶叶博览会在海川国际会展中心开幕。海川市副市长王立出席开幕式并致辞。\n青山区召开安全生产工作会议\n5月20日，青山区召开安全生产工作会议。青山区区长李明出席会议并讲话。\n海川大学举行毕业典礼\n5月20日上午，海川大学举行毕业典礼。校长张伟出席并致辞。", {("王立", "第三届海川茶叶博览会", "致辞")}, id="issue19-each story's people belong to that story's event"),
    pytest.param("第三届海川茶叶博览会开幕\n5月20日，第三届海川茶叶博览会在海川国际会展中心开幕。\n嘉宾共话茶产业发展新机遇\n海川市副市长王立出席开幕式并致辞。", {("王立", "第三届海川茶叶博览会", "致辞")}, id="issue19-a section heading keeps the article's event"),
    pytest.param("海川新闻简报\n5月20日，第三届海川茶叶博览会在海川开幕。王立出席。\n青山论坛今日召开\n5月21日，第二届青山论坛在青山举行。李明出席论坛并致辞。", {("王立", "第三届海川茶叶博览会", "出席"), ("李明", "第二届青山论坛", "致辞")}, id="issue19-a story that names its event"),
    pytest.param("■博览会开幕\n　　5月8日，第三届海川国际博览会在海川会展中心开幕。海川市副市长张华出席开幕式。\n■运动会开幕\n　　5月9日，海川市第七届职工运动会在海川体育中心开幕。海川市总工会主席陈丽华宣布开幕，市总工会副主席刘建和致辞。\n", {("张华", "第三届海川国际博览会", "出席"), ("陈丽华", "海川市第七届职工运动会", "出席"), ("刘建和", "海川市第七届职工运动会", "致辞")}, id="heldout9-a roundup item's people take part in its own event"),
    pytest.param("5月8日，第三届海川国际博览会在海川会展中心开幕。\n　　5月9日，海川市第七届职工运动会在海川体育中心开幕。海川市总工会副主席刘建和致辞。", {("刘建和", "海川市第七届职工运动会", "致辞")}, id="heldout9-a paragraph that reports another event"),
    pytest.param("■钢琴赛收官\n　　5月8日至10日，第十四届海川钢琴公开赛在海川音乐厅举行。10日晚的颁奖典礼上，海川音乐学院院长赵立群为获奖选手颁奖。\n■博览会开幕\n　　5月8日，第三届海川国际博览会在海川会展中心开幕。海川市副市长张华出席开幕式。\n", {("赵立群", "第十四届海川钢琴公开赛", "授牌"), ("张华", "第三届海川国际博览会", "出席")}, id="heldout9-a ceremony of the item's event"),
    pytest.param("5月8日至10日，第十四届海川钢琴公开赛在海川音乐厅举行。来自广州的选手林悦获得青年组金奖。", {("林悦", "第十四届海川钢琴公开赛", "参加")}, id="heldout9-a gold award is taking part"),
    pytest.param("■博览会开幕\n　　5月8日，第三届海川国际博览会在海川会展中心开幕。海川市副市长张华出席开幕式。\n■校企签约\n　　5月9日，海川大学与海川电子股份有限公司签署合作协议。海川大学副校长李建新代表学校签约。\n", {("张华", "第三届海川国际博览会", "出席")}, id="heldout9-a roundup item without an event"),
    pytest.param("海川股份有限公司第五届董事会第十次会议于2024年3月5日在公司会议室召开，会议由董事长王立主持。", {("王立", "海川股份有限公司第五届董事会第十次会议", "主持")}, id="issue19-a numbered board meeting is a named session (as held-out 8)"),
    pytest.param("5月8日，第三届海川国际博览会在海川会展中心开幕。\n　　海川市副市长张华出席开幕式并致辞。", {("张华", "第三届海川国际博览会", "致辞")}, id="heldout9-a later paragraph without an event keeps the article's"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), ROLES_AT)
def test_roles_at(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roles_at(text) == expected
