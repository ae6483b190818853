"""Memberships in conference and government news where LAC cuts or mislabels a name, misses a title or
an organisation (issue 18), end to end with LAC. Each id says what kg read before the fix."""

from __future__ import annotations

import pytest
from extracted import memberships

# fmt: off
MEMBERSHIPS = [
    pytest.param("日本前首相福田康夫出席开幕式并致辞。", {("福田康夫", "前首相", "日本")}, id="names18-福田/PER 康夫/PER after a title (before: none)"),
    pytest.param("海川集团总裁赵国中在会上致辞。", {("赵国中", "总裁", "海川集团")}, id="names18-赵国/PER 中/f 在 (before: 赵国)"),
    pytest.param("海川集团副总裁张建中出席会议。", {("张建中", "副总裁", "海川集团")}, id="names18-张建/PER 中/f + verb (already worked)"),
    pytest.param("原副总理姜春云参加活动。", {("姜春云", "原副总理", None)}, id="names18-a name after 原副总理 (already worked)"),
    pytest.param("美国驻华大使约翰·F·史密斯出席论坛。", {("约翰·F·史密斯", "驻华大使", "美国")}, id="names18-a middle initial in Chinese (before: 约翰)"),
    pytest.param("美国商会会长John F. Smith出席论坛。", {("John F. Smith", "会长", "美国商会")}, id="names18-a Latin middle initial (before: none)"),
    pytest.param("海川集团董事长王立新视频致辞。", {("王立新", "董事长", "海川集团")}, id="names18-name + 视频致辞 (before: none)"),
    pytest.param("海川市副市长张华线上致辞。", {("张华", "副市长", "海川市")}, id="names18-name + 线上致辞 (before: none)"),
    pytest.param("傅强总裁应邀出席会议。", {("傅强", "总裁", None)}, id="names18-傅 as a surname, name before title (before: none)"),
    pytest.param("海川市副市长胡和平分别致辞。", {("胡和平", "副市长", "海川市")}, id="names18-name before 分别致辞 (already worked)"),
    pytest.param("湖南省代省长毛立明出席。", {("毛立明", "代省长", "湖南省")}, id="names18-代省长 (before: 省长, no org)"),
    pytest.param("海川市代市长刘强出席。", {("刘强", "代市长", "海川市")}, id="names18-代市长/v one token (before: none)"),
    pytest.param("外交部第一副部长刘强出席。", {("刘强", "第一副部长", "外交部")}, id="names18-第一副部长 (before: 副部长, no org)"),
    pytest.param("上海市常务副市长吴立出席。", {("吴立", "常务副市长", "上海市")}, id="names18-常务副市长 (already worked)"),
    pytest.param("海川集团首席工程师刘强出席。", {("刘强", "首席工程师", "海川集团")}, id="names18-首席工程师 (already worked)"),
    pytest.param("海川集团董事长特别助理刘强出席。", {("刘强", "董事长特别助理", "海川集团")}, id="names18-特别助理 (before: none)"),
    pytest.param("海川大学化学学院党总支书记张华主持仪式。", {("张华", "党总支书记", "海川大学化学学院")}, id="names18-党总支书记 (before: 书记 @ 党总支)"),
    pytest.param("海川论坛发起人陈立东致辞。", {("陈立东", "发起人", "海川论坛")}, id="names18-发起人 (before: none)"),
    pytest.param("海川代表团领队王刚介绍情况。", {("王刚", "领队", "海川代表团")}, id="names18-领队 inside a LAC ORG (before: none)"),
    pytest.param("字节跳动副总裁王立新出席论坛。", {("王立新", "副总裁", "字节跳动")}, id="names18-字节/n 跳动/v (before: no org)"),
    pytest.param("高瓴资本创始人王立新出席论坛。", {("王立新", "创始人", "高瓴资本")}, id="names18-高瓴/PER 资本/n (before: none)"),
    pytest.param("拼多多副总裁王立新出席论坛。", {("王立新", "副总裁", "拼多多")}, id="names18-拼/v 多多/a (before: none)"),
    pytest.param("红杉资本合伙人王立新出席论坛。", {("王立新", "合伙人", "红杉资本")}, id="names18-红杉资本 (already worked)"),
    pytest.param("字节跳动发布了新产品。", set(), id="names18-a brand with no title: no membership"),
    pytest.param("海川集团董事局主席兼CEO（首席执行官）王立新出席。", {("王立新", "董事局主席", "海川集团"), ("王立新", "CEO", "海川集团")}, id="names18-a bracketed gloss (before: none)"),
    pytest.param("海川集团董事长兼首席执行官（CEO）王立新出席。", {("王立新", "董事长", "海川集团"), ("王立新", "首席执行官", "海川集团")}, id="names18-a Latin gloss (before: none)"),
    pytest.param("协会其他3位理事分别是：张伟、李强、王芳。", {("张伟", "理事", None), ("李强", "理事", None), ("王芳", "理事", None)}, id="names18-a list header (before: none)"),
    pytest.param("海川商会副会长分别为张伟、李强。", {("张伟", "副会长", "海川商会"), ("李强", "副会长", "海川商会")}, id="names18-分别为 (before: none)"),
    pytest.param("海川集团的董事长和总裁分别是张伟、李强。", set(), id="names18-分别 after two titles: nothing paired"),
    pytest.param("副会长：张伟、李强、王芳。", {("张伟", "副会长", None), ("李强", "副会长", None), ("王芳", "副会长", None)}, id="names18-a colon header (already worked)"),
    pytest.param("海川市公安局交警支队支队长王刚出席。", {("王刚", "支队长", "海川市公安局交警支队")}, id="names18-支队长 (CLUENER head)"),
    pytest.param("本报见习记者 李想", {("李想", "见习记者", None)}, id="names18-见习记者 (before: 记者)"),
    pytest.param("记者/张伟 李强", {("张伟", "记者", None), ("李强", "记者", None)}, id="names18-a slash byline (before: none)"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), MEMBERSHIPS)
def test_memberships(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert memberships(text) == expected
