"""The HTML reader's parts: furniture blocks, furniture lines, the densest paragraph cluster, headlines."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from kg.io.html import densest_cluster, headline, prune_furniture, read_html

PARAGRAPHS = (
    "<p>2024年6月12日，第五届智能传感器产业峰会在无锡太湖国际博览中心开幕，会期两天。</p>"
    "<p>峰会由中国电子学会、无锡市人民政府共同主办，无锡市工业和信息化局承办。</p>"
    "<p>中国电子学会理事长徐晓兰出席开幕式并致辞，无锡市副市长周文栋主持开幕式。</p>"
)


def page(body: str, title: str = "第五届智能传感器产业峰会开幕_无锡新闻网") -> str:
    return f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"


@pytest.mark.parametrize(
    ("block", "dropped"),
    [
        ('<div class="share-box bdshare">分享到微博 分享到微信</div>', True),
        ('<div id="post_comment_area"><p>网友甲：说得好，支持一下！</p></div>', True),
        ('<div class="xiangguan-list"><a href="/x">相关新闻：另一条新闻标题</a></div>', True),
        ('<em class="section-common-share-wrap">分享让更多人看到</em>', True),
        ('<ul class="breadcrumb"><li>首页</li><li>科技</li></ul>', True),
        ('<div class="copyright">版权所有 © 2024 新闻网</div>', True),
        ('<div class="summary">峰会发布了产业白皮书，摘要见下。</div>', False),
        ('<div class="insider">内部人士表示会议将持续两天。</div>', False),  # "side" only as a token
        ('<div class="shared-content">主办方介绍了筹备情况。</div>', False),  # "shared" is not "share"
    ],
)
def test_prune_furniture(block: str, dropped: bool) -> None:
    tree = lxml_html.document_fromstring(page(f'<div class="article">{PARAGRAPHS}</div>{block}'))
    text = lxml_html.fragment_fromstring(block).text_content()
    prune_furniture(tree)
    assert (text not in tree.text_content()) is dropped
    assert "徐晓兰出席开幕式" in tree.text_content()


def test_prune_keeps_a_wrapper_holding_most_of_the_page() -> None:
    tree = lxml_html.document_fromstring(page(f'<div class="main side-by-side">{PARAGRAPHS}</div>'))
    prune_furniture(tree)
    assert "徐晓兰出席开幕式" in tree.text_content()


def test_densest_cluster_is_the_article_container() -> None:
    markup = page(
        f'<ul class="two-col"><li class="left"><div class="body">{PARAGRAPHS}</div></li>'
        '<li class="right"><p>热门：别的新闻标题一</p><p>热门：别的新闻标题二</p></li></ul>'
    )
    found = densest_cluster(lxml_html.document_fromstring(markup))
    assert found is not None
    element, length, total = found
    assert element.get("class") == "body" and length == total - 2 * len("热门：别的新闻标题一")


def test_densest_cluster_none_without_paragraphs() -> None:
    assert densest_cluster(lxml_html.document_fromstring(page("<div>短</div>"))) is None


def test_overwide_container_is_narrowed_to_the_article() -> None:
    sidebar = "".join(
        f'<div class="box"><a href="/n{i}">第{i}条推荐阅读的标题文字比较长的一条链接</a></div>'
        for i in range(40)
    )
    markup = page(
        f'<div class="main content-main"><ul class="cols"><li class="l"><div class="txt">{PARAGRAPHS}</div>'
        f'</li><li class="r">{sidebar}</li></ul></div>'
    )
    article = read_html(markup)
    assert "徐晓兰出席开幕式并致辞" in article.text
    assert "推荐阅读" not in article.text
    assert article.text.count("\n") == 2  # three paragraphs, breaks kept


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("（责任编辑：刘某某）", False),
        ("责编: 张三", False),
        ("[1] [2] [3] [4]", False),
        ("【打印本页】【关闭窗口】", False),
        ("分享让更多人看到", False),
        ("- 关注", False),
        ("当前位置：首页 > 新闻 > 正文", False),
        ("返回新闻网首页>>", False),
        ("Copyright © 2024 新闻网", False),
        ("新闻网 版权所有", False),
        ("举报邮箱：jubao@example.org", False),
        ("评论（191）", False),
        ("已输入0字", False),
        ("微信扫一扫", False),
        ("关注该公众号", False),
        ("中国版权协会理事长出席会议，强调保护版权所有者的合法权益。", True),
        ("张三出席了版权所有人大会", True),
        ("会议发布了新版APP。", True),
        ("编辑部主任李四出席会议并讲话，他表示要继续办好峰会。", True),
        ("会议评论认为，峰会成果丰硕。", True),
        ("关注产业发展的嘉宾超过三百人。", True),
    ],
)
def test_furniture_lines(line: str, kept: bool) -> None:
    article = read_html(page(f"<div class='article'>{PARAGRAPHS}<p>{line}</p></div>"))
    assert (line in article.text) is kept
    assert "徐晓兰出席开幕式并致辞" in article.text


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        (["5 另一条新闻的标题", "8 又一条新闻的标题"], []),
        (["新闻网APP"], []),
        (["12 位院士出席了峰会", "会议由学会主办。"], ["12 位院士出席了峰会", "会议由学会主办。"]),
    ],
)
def test_tail_only_patterns_trim_from_the_end(tail: list[str], kept: list[str]) -> None:
    article = read_html(
        page(f"<div class='article'>{PARAGRAPHS}{''.join(f'<p>{t}</p>' for t in tail)}</div>")
    )
    assert article.text.splitlines()[3:] == kept


def test_script_before_html_element_still_parses() -> None:
    markup = "<script>var a = 1;</script>\n" + page(f"<div class='article'>{PARAGRAPHS}</div>")
    article = read_html(markup)
    assert "徐晓兰出席开幕式并致辞" in article.text and "var a" not in article.text


@pytest.mark.parametrize(
    ("body", "title", "expected"),
    [
        (
            "<h1>第五届智能传感器产业峰会开幕</h1>",
            "第五届智能传感器产业峰会开幕_无锡新闻网",
            "第五届智能传感器产业峰会开幕",
        ),
        (
            '<h1>无锡新闻网</h1><div class="art-title">第五届智能传感器产业峰会开幕</div>',
            "第五届智能传感器产业峰会开幕 - 无锡新闻网",
            "第五届智能传感器产业峰会开幕",
        ),
        (
            "<div>没有标题元素</div>",
            "第五届智能传感器产业峰会开幕 | 无锡新闻网",
            "第五届智能传感器产业峰会开幕",
        ),
        ("<div>没有标题元素</div>", "", None),
    ],
)
def test_headline(body: str, title: str, expected: str | None) -> None:
    markup = f"<html><head><title>{title}</title></head><body>{body}{PARAGRAPHS}</body></html>"
    tree = lxml_html.document_fromstring(markup)
    assert headline(tree, "2024年6月12日，第五届智能传感器产业峰会在无锡") == expected
