"""The constructions table: every way kg reads who holds which post, in the order it tries them.

A row is one construction: a stable id, the shape it matches over typed spans (ORG, TITLE, PER,
LOC, UNIT, SHORT a defined short form, REF a word pointing back, FIELD a field word, | between
alternative words), what it emits, example sentences written as LAC tags them with the memberships
they must give ("person|title|org"), and the function that reads it. The reader
(kg/extract/roles/reader.py) tries the rows of each stage in this order and keeps no other list:
``segment``, ``holder`` and ``subject`` rows stop at the first that finds something; every ``rows``
row runs. A row with ``time=VERB`` dates the posts it reads by its verb (kg/extract/roles/time.py:
曾任 former, 辞去 ended on the article's date, 拟任 designated …). tests/extract/roles/test_constructions.py
runs every example.
"""

from __future__ import annotations

from kg.extract.roles import appositions, heads, holders, issued, rows, segments, subjects
from kg.extract.roles.reader import HOLDER, ROWS, SEGMENT, SUBJECT
from kg.extract.roles.records import Construction, Example
from kg.extract.roles.time import AFTER, APPROVED, RESIGNED, SUCCEEDED, VERB

CONSTRUCTIONS: tuple[Construction, ...] = (
    # --- segment: the organisation a title has (first that reads one wins) -------------------------
    Construction(
        "programme",
        SEGMENT,
        "ORG? PROGRAMME TITLE",
        "the programme in the title, ORG as organisation",
        (
            Example(
                "中国空间技术研究院/ORG 载人/v 飞船/n 系统/n 总设计师/n 王立新/PER 介绍/v 。/w",
                ("王立新|载人飞船系统总设计师|中国空间技术研究院",),
            ),
            Example("探月/vn 工程/n 总设计师/n 李海涛/PER 表示/v 。/w", ("李海涛|探月工程总设计师|",)),
        ),
        segments.programme,
    ),
    Construction(
        "defined-short",
        SEGMENT,
        "SHORT FIELD* TITLE",
        "the defined short form's full name as organisation",
        (
            Example(
                "海川智能科技有限公司/ORG （/w 以下/f 简称/v “/w 海川智能/nz ”/w ）/w 成立/v 。/w"
                " || 海川智能/n 董事长/n 周立和/PER 说/v 。/w",
                ("周立和|董事长|海川智能科技有限公司",),
            ),
            Example(
                "近日/TIME ，/w 海川/a 教育/vn (/w 03978.HK/m )/w 公告/n 。/w"
                " || 海川/a 教育/vn (/w 03978.HK/m )/w 非执行董事/n 王立/PER 减持/v 。/w",
                ("王立|非执行董事|海川教育",),
            ),
        ),
        segments.defined_short,
    ),
    Construction(
        "issuer-title",
        SEGMENT,
        "公司|本公司|本行|集团 TITLE",
        "the issuer the headline or first sentence names (exactly one), else as ref-title",
        (
            Example(
                "海川股份/ORG （/w 600123/m ）/w 发布/v 公告/n 。/w"
                " || 董事会/n 聘任/v 李明/PER 为/p 公司/n 副总经理/n 。/w",
                ("李明|副总经理|海川股份",),
            ),
            Example(
                "近日/TIME 海川股份/ORG （/w 600123/m ）/w 公告/n 。/w"
                " || 董事会/n 委任/v 王芳/PER 为/p 公司/n 财务/n 总监/n 。/w",
                ("王芳|财务总监|海川股份",),
            ),
            Example(
                "海川控股/ORG （/w 01234/m ）/w 公告/n 。/w"
                " || 赵敏/PER 已/d 辞任/v 公司/n 的/u 公司秘书/n 职务/n 。/w",
                ("赵敏|秘书|海川控股",),
            ),
            Example(
                "海川/ORG （/w 430123/m ）/w 公告/n 。/w"
                " || 董事会/n 聘任/v 李明/PER 为/p 公司/n 财务/n 负责人/n 。/w"
                " || 该/r 公司/n 全称/n 为/v 苏州海川净化股份有限公司/ORG 。/w",
                ("李明|财务负责人|苏州海川净化股份有限公司",),
            ),
        ),
        issued.issuer_title,
    ),
    Construction(
        "glued-issuer",
        SEGMENT,
        "聘任|任命… PER为公司 (one ORG word) TITLE",
        "the issuer (or no organisation) for the 公司 the model glued to the appointee",
        (
            Example(
                "海川股份/ORG （/w 600123/m ）/w 公告/n 。/w"
                " || 董事会/n 决定/v 聘任/v 黄平为公司/ORG 总经理/n 。/w",
                ("黄平|总经理|海川股份",),
            ),
            Example("董事会/n 聘任/v 黄平为公司/ORG 副总经理/n 。/w", ("黄平|副总经理|",)),
        ),
        issued.glued_issuer,
    ),
    Construction(
        "appointer-title",
        SEGMENT,
        "ISSUER|董事会 同意? 聘任|委任|任命… PER(、PER)* 为 TITLE / ISSUER：(… )?PER 出任|任… TITLE"
        " / PER 获委任为 TITLE",
        "the issuer, where its board or itself appoints to a bare title",
        (
            Example(
                "海川股份/ORG （/w 600123/m ）/w 发布/v 公告/n 。/w"
                " || 董事会/n 同意/v 委任/v 陈洁/PER 女士/n 为/v 首席/n 财务/n 官/n 。/w",
                ("陈洁|首席财务官|海川股份",),
            ),
            Example(
                "海川股份/ORG （/w 600123/m ）/w ：/w 陈洁/PER 出任/v 副总裁/n 。/w",
                ("陈洁|副总裁|海川股份",),
            ),
            Example(
                "海川股份/ORG （/w 600123/m ）/w 公告/n 。/w"
                " || 陈洁/PER 获/v 委任/v 为/v 首席/n 财务官/n 。/w",
                ("陈洁|首席财务官|海川股份",),
            ),
        ),
        issued.appointer_title,
    ),
    Construction(
        "appointer-org",
        SEGMENT,
        "ORG(company) 任命|委任|聘任… PER(、PER)* 为 REGION区? TITLE",
        "the appointing company (a region: the post's scope, 区 its unit), never a governing body",
        (
            Example("华信科技/ORG 任命/v 王立新/PER 为/v 总裁/n 。/w", ("王立新|总裁|华信科技",)),
            Example("明川/ORG 任命/v 李平/PER 为/p 中国/LOC 总裁/n ；/w", ("李平|中国总裁|明川",)),
            Example("明川/ORG 委任/v 李平/PER 为/v 亚太区/LOC 总裁/n 。/w", ("李平|总裁|明川亚太区",)),
        ),
        issued.appointer_org,
    ),
    Construction(
        "announcer-org",
        SEGMENT,
        "ORG(company)|BRAND 宣布|公布… TITLE",
        "the announcing company, its own officer's post (the verb no field word of the title)",
        (
            Example(
                "华信科技/ORG 宣布/v 高级/a 副总裁/n 王立新/PER 离职/v 。/w", ("王立新|高级副总裁|华信科技",)
            ),
            Example(
                "5月29日/TIME ，/w 字节/n 跳动/v 宣布/v 副总裁/n 王立新/PER 离职/v 。/w",
                ("王立新|副总裁|字节跳动",),
            ),
        ),
        issued.announcer_org,
    ),
    Construction(
        "resignation",
        SEGMENT,
        "公司|董事会 … 收到 TITLE PER 先生|女士? …的 辞呈|辞职报告",
        "the issuer, whose officer resigns to it (ended on the article's date)",
        (
            Example(
                "海川股份/ORG （/w 600123/m ）/w 发布/v 公告/n 。/w"
                " || 公司/n 董事会/n 近日/TIME 收到/v 副总裁/n 李明/PER 先生/n 的/u 辞呈/n 。/w",
                ("李明|副总裁|海川股份",),
            ),
            Example(
                "海川股份/ORG （/w 600123/m ）/w 发布/v 公告/n 。/w"
                " || 董事会/n 于/p 4月2日/TIME 收到/v 财务/n 负责人/n 王芳/PER 递交/v 的/u 辞职报告/n 。/w",
                ("王芳|财务负责人|海川股份",),
            ),
        ),
        issued.resignation,
        time=RESIGNED,
    ),
    Construction(
        "announced",
        SEGMENT,
        "ISSUER (CODE)? 公布|公告|宣布 ，CHAIN PER",
        "the issuer, whose own officer the announcement names",
        (
            Example(
                "海川国际/ORG (/w 00574/m -/w HK/nz )/w 公布/v ，/w 主席/n 兼/c 执行董事/n 陈立/PER"
                " 于/p 6月18日/TIME 离任/v 。/w",
                ("陈立|主席|海川国际", "陈立|执行董事|海川国际"),
            ),
        ),
        issued.announced,
    ),
    Construction(
        "ref-antecedent",
        SEGMENT,
        "ORG(of the word's kind) … REF TITLE",
        "the one organisation of the word's kind named before it (reference_kinds.tsv)",
        (
            Example(
                "海川银行/ORG 成立/v 于/p 1998年/TIME ，/w 该行/r 董事长/n 刘洋/PER 表示/v 。/w",
                ("刘洋|董事长|海川银行",),
            ),
            Example(
                "海川科技有限公司/ORG 成立/v 于/p 2016年/TIME ，/w 公司/n 创始人/n 周立/PER ，/w"
                " 是/v 一家/m 新/a 企业/n 。/w",
                ("周立|创始人|海川科技有限公司",),
            ),
            Example(
                "海川建设集团有限公司/ORG 王平/PER 任/v 集团公司/n 总经理/n 。/w",
                ("王平|总经理|海川建设集团有限公司",),
            ),
        ),
        heads.ref_antecedent,
    ),
    Construction(
        "org-title",
        SEGMENT,
        "ORG FIELD* TITLE",
        "ORG as organisation (a board glued onto it joins the title: 董事局主席)",
        (
            Example(
                "华为技术有限公司/ORG 副总裁/n 张明远/PER 出席/v 。/w", ("张明远|副总裁|华为技术有限公司",)
            ),
            Example("江西省/LOC 副省长/n 赵刚/PER 出席/v 。/w", ("赵刚|副省长|江西省",)),
            Example(
                "海川传媒董事局/ORG 主席/n 兼/v 行政/n 总裁/n 王立/PER 考察/v 。/w",
                ("王立|董事局主席|海川传媒", "王立|行政总裁|海川传媒"),
            ),
            Example("海川集团董事会/ORG 副主席/n 王立/PER 出席/v 。/w", ("王立|副主席|海川集团董事会",)),
        ),
        segments.org_title,
    ),
    Construction(
        "region-unit",
        SEGMENT,
        "、|兼 REGION区 TITLE",
        "the region as a unit of the chain's body",
        (
            Example(
                "海川集团/ORG 全球/n 副总裁/n 、/w 中国/LOC 区/n 总裁/n 孙一鸣/PER 致辞/v 。/w",
                (
                    "孙一鸣|全球副总裁|海川集团",
                    "孙一鸣|总裁|海川集团中国区",
                ),
            ),
        ),
        segments.region_unit,
    ),
    Construction(
        "place-title",
        SEGMENT,
        "LOC(place) LOC(place)? TITLE",
        "the places as organisation",
        (Example("深圳市/LOC 南山区/LOC 副区长/n 钱进/PER 出席/v 。/w", ("钱进|副区长|深圳市南山区",)),),
        segments.place_title,
    ),
    Construction(
        "envoy",
        SEGMENT,
        "LOC 驻X TITLE",
        "the state as organisation, 驻X kept in the title",
        (Example("哈萨克斯坦/LOC 驻华/v 大使/n 努尔兰/PER 致辞/v 。/w", ("努尔兰|驻华大使|哈萨克斯坦",)),),
        segments.envoy,
    ),
    Construction(
        "place-body",
        SEGMENT,
        "OPENER 省|市|县|区BODY TITLE",
        "the body written with its level only as organisation",
        (Example("时任/v 市委/n 常委/n 的/u 刘建国/PER 主持/v 。/w", ("刘建国|常委|市委",)),),
        segments.place_body,
    ),
    Construction(
        "glued-unit",
        SEGMENT,
        "、 UNIT+TITLE",
        "the unit, rebuilt onto the chain's body",
        (
            Example(
                "清华大学/ORG 教授/n 、/w 自动化/n 系主任/n 王宏/PER 出席/v 。/w",
                (
                    "王宏|教授|清华大学",
                    "王宏|主任|清华大学自动化系",
                ),
            ),
        ),
        segments.glued_unit,
    ),
    Construction(
        "ref-field",
        SEGMENT,
        "REF FIELD+ TITLE",
        "the field words in the title, no organisation",
        (Example("该校/r 教学/vn 副校长/n 陈立/PER 表示/v 。/w", ("陈立|教学副校长|",)),),
        segments.ref_field,
    ),
    Construction(
        "linked-field",
        SEGMENT,
        "、|兼 FIELD+ TITLE",
        "the field words in the title, the chain's organisation",
        (
            Example(
                "海川银行/ORG 副行长/n 兼/v 风险/n 总监/n 赵敏/PER 出席/v 。/w",
                ("赵敏|副行长|海川银行", "赵敏|风险总监|海川银行"),
            ),
            Example(
                "海川集团/ORG 董事长/n 、/w 财务/n 总监/n 高立/PER 出席/v 。/w",
                ("高立|董事长|海川集团", "高立|财务总监|海川集团"),
            ),
        ),
        segments.linked_field,
    ),
    Construction(
        "award",
        SEGMENT,
        "YEAR? AWARD",
        "the award without its year, no organisation",
        (Example("2007年/TIME 图灵奖/nz 得主/n 姚期智/PER 演讲/v 。/w", ("姚期智|图灵奖得主|",)),),
        segments.award,
    ),
    Construction(
        "joined-org",
        SEGMENT,
        "加入|加盟|创办了… ORG REGION? ，(并)? 担任|出任… TITLE",
        "the joined or founded ORG as organisation",
        (
            Example(
                "王芳/PER 2018年/TIME 加入/v 海川基金管理有限公司/ORG ，/w 担任/v 总经理/n 。/w",
                ("王芳|总经理|海川基金管理有限公司",),
            ),
            Example(
                "1993年/TIME ，/w 周立和/PER 创办/v 了/u 海川学校/ORG ，/w 担任/v 校长/n 。/w",
                ("周立和|校长|海川学校", "周立和|创始人|海川学校"),
            ),
            Example(
                "王芳/PER 已/d 加盟/v 明川/ORG 中国/LOC ，/w 出任/v 总经理/n 一职/n 。/w",
                ("王芳|总经理|明川中国",),
            ),
        ),
        segments.joined_org,
    ),
    Construction(
        "ref-title",
        SEGMENT,
        "REF TITLE",
        "the title, no organisation",
        (Example("该校/r 副校长/n 陈立/PER 讲话/v 。/w", ("陈立|副校长|",)),),
        segments.ref_title,
    ),
    Construction(
        "topic-title",
        SEGMENT,
        "ORG(opening the sentence) … OPENER TITLE(its head)",
        "the organisation opening the sentence, for a head's title only (topic_titles.tsv)",
        (
            Example(
                "海川大学/ORG 举行/v 开学典礼/n ，/w 校长/n 王平/PER 致辞/v 。/w",
                ("王平|校长|海川大学",),
            ),
            Example(
                "海川科技有限公司/ORG 在/p 董事长/n 刘洋/PER 的/u 带领/vn 下/f 发展/v 。/w",
                ("刘洋|董事长|海川科技有限公司",),
            ),
        ),
        heads.topic_title,
    ),
    Construction(
        "bare-title",
        SEGMENT,
        "OPENER TITLE",
        "the title, no organisation (or the chain's)",
        (Example("会议/n 由/p 副市长/n 王平/PER 主持/v 。/w", ("王平|副市长|",)),),
        segments.bare_title,
    ),
    Construction(
        "stacked-title",
        SEGMENT,
        "TITLE TITLE",
        "no organisation: the chain gives it the one before",
        (
            Example(
                "海川中学/ORG 党委书记/n 校长/n 吴立/PER 讲话/v 。/w",
                (
                    "吴立|党委书记|海川中学",
                    "吴立|校长|海川中学",
                ),
            ),
        ),
        heads.stacked_title,
    ),
    Construction(
        "named-title",
        SEGMENT,
        "ORG? PER TITLE(office) ¬PER",
        "the title addressing the name before it, ORG before the name as organisation",
        (
            Example(
                "海川科技有限公司/ORG 汪明/PER 董事长/n 亲临/v 现场/s 。/w",
                ("汪明|董事长|海川科技有限公司",),
            ),
            Example("以/p 李红/PER 校长/n 为/v 核心/n 。/w", ("李红|校长|",)),
        ),
        heads.named_title,
    ),
    Construction(
        "token-title",
        SEGMENT,
        "WORD(PER|nz) TITLE",
        "the word as organisation",
        (Example("商汤/PER 联合创始人/n 徐冰/PER 发言/v 。/w", ("徐冰|联合创始人|商汤",)),),
        segments.token_title,
    ),
    # --- holder: who holds a chain (first that finds a name wins) ---------------------------------
    Construction(
        "name-before",
        HOLDER,
        "ORG? PER TITLE (named-title)",
        "the name before the title",
        (Example("王明/PER 总裁/n 应邀/v 出席/v 。/w", ("王明|总裁|",)),),
        appositions.name_before,
    ),
    Construction(
        "after-title",
        HOLDER,
        "CHAIN PER (、PER)* / CHAIN PER TITLE 对|在…",
        "each name with every segment (先生|女士|同志 the model kept on a name dropped)",
        (
            Example(
                "海川集团/ORG 董事会/n 秘书/n 周建林先生/PER 辞职/v 。/w", ("周建林|董事会秘书|海川集团",)
            ),
            Example(
                "海川大学/ORG 校长/n 张伟/PER 、/w 李强/PER 出席/v 。/w",
                (
                    "张伟|校长|海川大学",
                    "李强|校长|海川大学",
                ),
            ),
            Example(
                "会见/v 海川留学网/ORG 董事长/n 张立/PER 大使/n 对/p 工作/n 给予/v 肯定/vn 。/w",
                ("张立|董事长|海川留学网",),
            ),
        ),
        holders.after_title,
        time=AFTER,
    ),
    Construction(
        "title-is",
        HOLDER,
        "CHAIN ：|是|为|叫做|名叫|分别是 PER(、PER)* ，|。",
        "each name with every segment",
        (
            Example("海川中学/ORG 校长/n ：/w 王立新/PER ；/w", ("王立新|校长|海川中学",)),
            Example("海川集团/ORG 的/u 创始人/n 叫做/v 孙一鸣/PER 。/w", ("孙一鸣|创始人|海川集团",)),
            Example(
                "海川商会/ORG 副会长/n 分别/d 为/v 张伟/PER 、/w 李强/PER 。/w",
                ("张伟|副会长|海川商会", "李强|副会长|海川商会"),
            ),
        ),
        appositions.title_is,
    ),
    Construction(
        "dated-of",
        HOLDER,
        "时任|现任|作为 CHAIN 的 PER / 作为 CHAIN ，PER",
        "the name with every segment",
        (
            Example("作为/p 海川集团/ORG 董事长/n 的/u 王立/PER 表示/v 。/w", ("王立|董事长|海川集团",)),
            Example("时任/v 海川市/LOC 市长/n 的/u 刘建国/PER 出席/v 。/w", ("刘建国|市长|海川市",)),
            Example("作为/p 海川集团/ORG 董事长/n ，/w 王立/PER 表示/v 。/w", ("王立|董事长|海川集团",)),
        ),
        holders.dated_of,
    ),
    Construction(
        "name-first",
        HOLDER,
        "PER ，CHAIN ，|。 / PER （CHAIN）",
        "the name with every segment",
        (
            Example("陈立/PER ，/w 海川大学/ORG 教授/n 。/w", ("陈立|教授|海川大学",)),
            Example("陈立/PER （/w 海川大学/ORG 教授/n ）/w 表示/v 。/w", ("陈立|教授|海川大学",)),
        ),
        holders.name_first,
    ),
    Construction(
        "name-is",
        HOLDER,
        "PER 是|也是|现为|系 CHAIN ，|。",
        "the name with every segment",
        (
            Example(
                "孙一鸣/PER 是/v 海川马戏团/ORG 的/u 创始人/n 及/c 总经理/n 。/w",
                (
                    "孙一鸣|创始人|海川马戏团",
                    "孙一鸣|总经理|海川马戏团",
                ),
            ),
        ),
        appositions.name_is,
    ),
    Construction(
        "apposed",
        HOLDER,
        "PER （YEAR）? ，(BIRTH|SEX|PLACE|MARK|POST ，)* CHAIN ，|。",
        "the name opening the sentence with every segment",
        (
            Example(
                "王立新/PER ，/w 1968年/TIME 出生/v 于/p 江西省/LOC 南昌市/LOC ，/w"
                " 海川科技股份有限公司/ORG 董事长/n ，/w 江西省软件协会/ORG 副会长/n 。/w",
                (
                    "王立新|董事长|海川科技股份有限公司",
                    "王立新|副会长|江西省软件协会",
                ),
            ),
        ),
        appositions.apposed,
    ),
    Construction(
        "captioned",
        HOLDER,
        "PER SPACE? CHAIN(ORG first) ¬的, opening the sentence or after ——",
        "the name with every segment",
        (
            Example(
                "童立/PER 海川能源集团有限公司/ORG 董事长/n 他/r 坚持/v 创新/v 。/w",
                ("童立|董事长|海川能源集团有限公司",),
            ),
            Example(
                "好书/n 。/w —/w —/w 宁立/PER 海川集团/ORG 董事长/n",
                ("宁立|董事长|海川集团",),
            ),
        ),
        appositions.captioned,
    ),
    Construction(
        "appointed",
        HOLDER,
        "SUBJECT (TITLE)? 任|担任|任命为|当选|辞去|不再担任… CHAIN 职务? / CHAIN 由 PER 担任",
        "the subject with every segment (a post left is stated too)",
        (
            Example("张伟/PER 任/v 海川集团/ORG 董事长/n 。/w", ("张伟|董事长|海川集团",)),
            Example("王芳/PER 辞去/v 海川集团/ORG 董事长/n 职务/n 。/w", ("王芳|董事长|海川集团",)),
            Example("赵红/PER 不再/d 担任/v 海川银行/ORG 行长/n 。/w", ("赵红|行长|海川银行",)),
            Example(
                "王立忠/PER 副校长/n 任命/v 为/v 海川大学/ORG 校长/n 。/w",
                ("王立忠|副校长|", "王立忠|校长|海川大学"),
            ),
            Example(
                "董事会/n 秘书/n 由/p 副行长/n 刘龙/PER 担任/v 。/w",
                (
                    "刘龙|董事会秘书|",
                    "刘龙|副行长|",
                ),
            ),
        ),
        holders.appointed,
        time=VERB,
    ),
    Construction(
        "changed",
        HOLDER,
        "PER 由 CHAIN 改任为|调任为 CHAIN",
        "the name with every segment of both chains (the first ended, the second taken: status at merge)",
        (
            Example(
                "郑立/PER 博士/n 由/p 公司/n 执行/v 副主席/n 兼/v 总经理/n 改任/v 为/v 公司/n 执行/v 副主席/n"
                " 兼/v 行政总裁/n 。/w",
                ("郑立|执行副主席|", "郑立|总经理|", "郑立|行政总裁|"),
            ),
        ),
        holders.changed,
    ),
    Construction(
        "approved",
        HOLDER,
        "核准|批准 PER CHAIN 任职资格",
        "the name with every segment (designated: approved for the post, not yet in it)",
        (
            Example(
                "海川银保监局/ORG 核准/v 胡立/PER 海川国际信托有限公司/ORG 总经理/n 任职/vn 资格/n 。/w",
                ("胡立|总经理|海川国际信托有限公司",),
            ),
        ),
        holders.approved,
        time=APPROVED,
    ),
    Construction(
        "resume-list",
        HOLDER,
        "RESUME …，VERB CHAIN，ORG CHAIN(，ORG CHAIN)*",
        "the résumé's name with every segment of a clause that continues a list of posts",
        (
            Example(
                "周立和/PER ，/w 男/a ，/w 曾/d 任/v 海川集团/ORG 副总经理/n ，/w 海川银行/ORG 董事/n 。/w",
                (
                    "周立和|副总经理|海川集团",
                    "周立和|董事|海川银行",
                ),
            ),
            Example(
                "孙一鸣/PER 先生/n ，/w 现任/v 海川大学/ORG 教授/n 、/w 副院长/n ，/w"
                " 海川研究院/ORG 所长/n 。/w",
                (
                    "孙一鸣|教授|海川大学",
                    "孙一鸣|副院长|海川大学",
                    "孙一鸣|所长|海川研究院",
                ),
            ),
        ),
        holders.resume_list,
        time=VERB,
    ),
    # --- subject: who stands before an appointment verb (first that finds a name wins) ------------
    Construction(
        "listed-subject",
        SUBJECT,
        "PER 先生|女士|同志? (、PER 先生|女士|同志?)* 等N人? VERB",
        "each name, without the form of address",
        (
            Example(
                "董事会/n 聘任/v 王立/PER 先生/n 、/w 赵敏/PER 女士/n 为/v 公司/n 副总经理/n 。/w",
                (
                    "王立|副总经理|",
                    "赵敏|副总经理|",
                ),
            ),
            Example(
                "选举/v 张伟/PER 、/w 李强/PER 为/p 海川银行/ORG 独立董事/n 。/w",
                (
                    "张伟|独立董事|海川银行",
                    "李强|独立董事|海川银行",
                ),
            ),
        ),
        holders.listed_subject,
    ),
    Construction(
        "glued-subject",
        SUBJECT,
        "聘任|任命… PER+为+公司 (one ORG word) TITLE",
        "the name the model glued to 为 and 公司 after it",
        (
            Example("董事会/n 聘任/v 黄平为公司/ORG 副总经理/n 。/w", ("黄平|副总经理|",)),
            Example(
                "海川股份/ORG （/w 600123/m ）/w 公告/n 。/w"
                " || 董事会/n 决定/v 聘任/v 黄平为公司/ORG 总经理/n 。/w",
                ("黄平|总经理|海川股份",),
            ),
        ),
        subjects.glued_subject,
    ),
    Construction(
        "resume",
        SUBJECT,
        "PER 先生|女士? （YEAR—）? ，|：… ，|；VERB(take)",
        "the name that opens the résumé, unless another name stands before the verb",
        (
            Example(
                "郑红/PER ，/w 女/n ，/w 1968年/TIME 出生/v ，/w 曾任/v 海川大学/ORG 副校长/n 。/w",
                ("郑红|副校长|海川大学",),
            ),
            Example(
                "孙一鸣/PER 先生/n ，/w 经济学/n 博士/n ，/w 现任/v 海川银行/ORG 行长/n 。/w",
                ("孙一鸣|行长|海川银行",),
            ),
            Example(
                "王立/PER （/w 1958年/TIME —/w ）/w ，/w 历任/v 海川集团/ORG 总经理/n 、/w 董事长/n 。/w",
                (
                    "王立|总经理|海川集团",
                    "王立|董事长|海川集团",
                ),
            ),
            Example(
                "高其品/n ：/w 男/a ，/w 博士/n ，/w 现任/v 海川大学/ORG 教授/n 。/w",
                ("高其品|教授|海川大学",),
            ),
        ),
        holders.resume_subject,
    ),
    Construction(
        "pronoun-subject",
        SUBJECT,
        "他|她 VERB(career)",
        "the one person the sentence before named",
        (
            Example(
                "海川集团/ORG 原/b 董事长/n 赵明/PER 逝世/v 。/w"
                " || 他/r 历任/v 海川集团/ORG 副总经理/n 、/w 总经理/n 。/w",
                (
                    "赵明|原董事长|海川集团",
                    "赵明|副总经理|海川集团",
                    "赵明|总经理|海川集团",
                ),
            ),
        ),
        holders.pronoun_subject,
    ),
    Construction(
        "zero-subject",
        SUBJECT,
        "^现任|历任|曾任 CHAIN",
        "the one person the sentence before named",
        (
            Example(
                "赵明/PER ，/w 男/a ，/w 1977年/TIME 生/v ，/w 历任/v 海川银行/ORG 副行长/n 。/w"
                " || 现任/v 海川信托/ORG 董事长/n 。/w",
                ("赵明|副行长|海川银行", "赵明|董事长|海川信托"),
            ),
        ),
        holders.zero_subject,
    ),
    Construction(
        "clause-subject",
        SUBJECT,
        "PER … ，(且|并)? VERB(take) CHAIN",
        "the one person the sentence named before, opening a clause",
        (
            Example(
                "根据/p 公告/n ，/w 王芳/PER 2018年/TIME 加入/v 海川基金/ORG ，/w"
                " 担任/v 海川基金/ORG 总经理/n 。/w",
                ("王芳|总经理|海川基金",),
            ),
            Example(
                "早/d 在/p 2013年/TIME ，/w 赵明/PER 就/d 获得/v 核准/v ，/w 开始/v 出任/v 海川信托/ORG"
                " 副总经理/n 一职/n 。/w",
                ("赵明|副总经理|海川信托",),
            ),
        ),
        holders.clause_subject,
    ),
    Construction(
        "joined-subject",
        SUBJECT,
        "… ，PER 已经? 加入|加盟… ORG ，VERB(take) CHAIN",
        "the person who joins, in the clause before, however many the sentence names",
        (
            Example(
                "周立/PER 离职/v ，/w 王芳/PER 已经/d 加盟/v 明川/ORG 中国/LOC ，/w"
                " 出任/v 总经理/n 一职/n 。/w",
                ("王芳|总经理|明川中国",),
            ),
        ),
        subjects.joined_subject,
    ),
    # --- rows: every source of memberships, all run in this order ----------------------------------
    Construction(
        "chain",
        ROWS,
        "SEGMENT (、|兼 SEGMENT)* + a holder",
        "one membership per holder and segment",
        (
            Example(
                "海川集团/ORG 创始人/n 兼/c 首席执行官/n 刘洋/PER 发言/v 。/w",
                (
                    "刘洋|创始人|海川集团",
                    "刘洋|首席执行官|海川集团",
                ),
            ),
            Example(
                "海川集团/ORG 董事长/n 张伟/PER 、/w 总裁/n 李强/PER 出席/v 。/w",
                (
                    "张伟|董事长|海川集团",
                    "李强|总裁|海川集团",
                ),
            ),
        ),
        rows.chain_rows,
    ),
    Construction(
        "org-name",
        ROWS,
        "ORG PER 、ORG PER",
        "each name at its ORG, no title",
        (
            Example(
                "海川研究院/ORG 张三/PER 、/w 海川大学/ORG 李四/PER 参加/v 。/w",
                (
                    "张三||海川研究院",
                    "李四||海川大学",
                ),
            ),
        ),
        rows.org_name_rows,
    ),
    Construction(
        "name-list",
        ROWS,
        "PER (、|和|及|与 PER)+ 等 多位? TITLE",
        "each name with the title, no organisation",
        (
            Example(
                "王五/PER 、/w 赵六/PER 等/u 多位/m 院士/n 出席/v 。/w",
                (
                    "王五|院士|",
                    "赵六|院士|",
                ),
            ),
        ),
        rows.name_list_rows,
    ),
    Construction(
        "count-list",
        ROWS,
        "ORG … 聘任|任命… N名|位 TITLE ，分别是|分别为 (CHAIN? PER)(、CHAIN? PER)*",
        "each listed name with the title at the appointing ORG, when N names are listed (the trigger's"
        " time: 拟聘任 designated)",
        (
            Example(
                "海川银行/ORG 选聘/v 结果/n 出炉/v ，/w 拟/v 聘任/v 3名/m 副行长/n ，/w 分别/d 是/v"
                " 张伟/PER 、/w 李强/PER 和/c 王芳/PER 。/w",
                ("张伟|副行长|海川银行", "李强|副行长|海川银行", "王芳|副行长|海川银行"),
            ),
            Example(
                "海川银行/ORG 拟/v 聘任/v 2名/m 副行长/n ，/w 分别/d 是/v 现任/v 海川证券/ORG 总监/n 张伟/PER"
                " 、/w 现任/v 海川信托/ORG 总经理/n 李强/PER 。/w",
                (
                    "张伟|副行长|海川银行",
                    "李强|副行长|海川银行",
                    "张伟|总监|海川证券",
                    "李强|总经理|海川信托",
                ),
            ),
        ),
        rows.count_list_rows,
    ),
    Construction(
        "successor",
        ROWS,
        "CHAIN PER 将? 退休|辞职|离任 ，(TITLE? PER) 接任",
        "the successor with every segment of the leaver's chain (current from the article's date)",
        (
            Example(
                "海川电子/ORG 代理/vn 发言人/n 孙立/PER 将/d 退休/v ，/w"
                " 公关部/n 经理/n 高华/PER 接任/v 。/w",
                ("孙立|代理发言人|海川电子", "高华|代理发言人|海川电子"),
            ),
        ),
        rows.successor_rows,
        time=SUCCEEDED,
    ),
    Construction(
        "founder",
        ROWS,
        "PER ((与|和|以及|、) DESCR* PER)* FILLER* 创办|创立|创建|成立|设立 了|的? “? ORG",
        "each name as 创始人 of the ORG span after the verb",
        (
            Example("周立和/PER 创办/v 了/u 海川科技有限公司/ORG 。/w", ("周立和|创始人|海川科技有限公司",)),
            Example(
                "王立/PER 2003年/TIME 辞职/v 创立/v 海川集团/ORG 。/w",
                ("王立|创始人|海川集团",),
            ),
            Example(
                "刘洋/PER 创建/v 的/u 海川研究院/ORG 发布/v 报告/n 。/w",
                ("刘洋|创始人|海川研究院",),
            ),
            Example(
                "孙一鸣/PER 与/p 他/r 的/u 大学/n 同学/n 钱进/PER 一起/d 成立/v 了/u 海川科技/ORG 。/w",
                (
                    "孙一鸣|创始人|海川科技",
                    "钱进|创始人|海川科技",
                ),
            ),
            Example(
                "1999年/TIME ，/w 赵红/PER 创建/v 了/u “/w 星河工作室/ORG ”/w 。/w",
                ("赵红|创始人|星河工作室",),
            ),
        ),
        rows.founder_rows,
    ),
    Construction(
        "founded-by",
        ROWS,
        "ORG …(是)?由 DESCR* PER ((和|以及|、) DESCR* PER)* FILLER* 创办|创立|… 的? ，|。",
        "each name as 创始人 of the ORG span opening the sentence",
        (
            Example(
                "海川酒业/ORG 是/v 由/p 周立和/PER 和/c 他/r 的/u 同学/n 王立/PER 两人/n"
                " 一起/d 创立/v 的/u 。/w",
                (
                    "周立和|创始人|海川酒业",
                    "王立|创始人|海川酒业",
                ),
            ),
            Example(
                "海川书院/ORG 位于/v 江西/LOC ，/w 由/p 清代/TIME 学者/n 刘洋/PER 1865年/TIME 在/p"
                " 南昌/LOC 创办/v 。/w",
                ("刘洋|创始人|海川书院",),
            ),
        ),
        rows.founded_by_rows,
    ),
)
