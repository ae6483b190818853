"""HTML → headline, article text with paragraph breaks, date and URL.

trafilatura finds the article body (it drops scripts, styles, navigation, comments and footers), on
a tree kg prepares for it: lxml parses the page (trafilatura's own loader gives up on pages that open
with a ``<script>`` before ``<html>``); blocks whose class or id names page furniture (share bars,
comment areas, related links, in English or pinyin: kg/resources/html_boilerplate.tsv) are dropped;
tables are not extracted as tables, because on Chinese news sites they are mostly page layout whose
cells hold the sidebar lists, and list items that hold paragraphs become plain blocks (a list item's
paragraphs would be flattened into one line). When trafilatura still returns much more than the
page's densest cluster of paragraphs (an over-wide container such as a two-column list), the cluster
alone is extracted.
Whole lines that are page furniture (editor credits, pagers, 【打印】【关闭】, breadcrumbs:
kg/resources/html_boilerplate_lines.tsv) are removed from the result.

The headline comes from lxml heuristics that hold on most news pages: the heading or ``*title*``
element whose text begins the ``<title>`` tag (whose tail is the site name), else a single ``<h1>``,
else the last heading before the article's first paragraph, else ``<title>`` without its site suffix.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from lxml import etree
from lxml import html as lxml_html

from kg.io.dates import parse_date
from kg.resources import load_lexicon, load_rows

_WRAPPER_OPEN = re.compile(r"\A\s*<text\b[^>]*>", re.IGNORECASE)
_WRAPPER_CLOSE = re.compile(r"</text>\s*\Z", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
# Site suffixes in <title>: 标题_频道_网站, 标题 - 网站, 标题--网站, 标题 | 网站.
_TITLE_SEPARATORS = re.compile(r"\s*(?:_|--|—|–|\s[-|｜]\s)\s*")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_DROP = ("script", "style", "noscript", "template", "iframe", "nav", "header", "footer", "aside", "form")
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "section",
        "article",
    }
)
_MIN_TITLE = 4
_MAX_TITLE = 120
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
# A furniture block holding this share of the page's text is a wrapper around the article, not furniture.
_WRAPPER_SHARE = 0.5
# Paragraphs shorter than this (squashed characters) do not count towards the densest cluster.
_MIN_PARAGRAPH = 10
# Narrow to the densest paragraph cluster when trafilatura returns between _OVERWIDE and _FARWIDE times
# more text than it (far more means the page's article is not in <p> and the cluster is something else),
# and the cluster holds at least _CLUSTER_SHARE of all paragraph text on the page.
_OVERWIDE = 1.3
_FARWIDE = 4.0
_CLUSTER_SHARE = 0.6


@dataclass(frozen=True)
class HtmlArticle:
    title: str | None
    text: str
    date: dt.date | None = None
    url: str | None = None


def _clean(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def _squash(text: str) -> str:
    return _SPACE.sub("", text)


def unwrap(markup: str) -> str:
    """Drop a web-corpus ``<text id=… encoding=…>`` wrapper around the page."""
    if _WRAPPER_OPEN.match(markup):
        markup = _WRAPPER_CLOSE.sub("", _WRAPPER_OPEN.sub("", markup, count=1))
    return markup


@cache
def _parser() -> lxml_html.HTMLParser:
    # libxml2 stops nesting at 256 levels without huge_tree and drops what lies deeper (a page of
    # 1,000 nested <div> lost its article); with it, at 2,048.
    return lxml_html.HTMLParser(huge_tree=True)


# Deeper than even huge_tree nests, the page is parsed again with its containers flattened: blocks
# become line breaks, inline wrappers go; paragraphs, headings and <title> stay.
_CONTAINERS = re.compile(
    r"</?(?:div|section|article|main|center|table|tbody|thead|tfoot|tr|td|th|ul|ol|li|dl|dt|dd|blockquote)\b[^>]*>",
    re.IGNORECASE,
)
_INLINE = re.compile(r"</?(?:span|font|a|b|i|u|em|strong|small|big|sub|sup)\b[^>]*>", re.IGNORECASE)


def _too_deep(parser: lxml_html.HTMLParser) -> bool:
    return any("Excessive depth" in entry.message for entry in parser.error_log)


def _parse(markup: str) -> etree._Element | None:
    parser = _parser()
    try:
        tree = lxml_html.document_fromstring(markup, parser=parser)
        if _too_deep(parser):
            tree = lxml_html.document_fromstring(
                _INLINE.sub("", _CONTAINERS.sub("<br>", markup)), parser=parser
            )
        return tree
    except (etree.ParserError, ValueError):
        return None


def _fallback_text(tree: etree._Element) -> str:
    """Visible text with block elements as line breaks, for fragments trafilatura finds too short."""
    tree = copy.deepcopy(tree)
    for bad in tree.xpath("|".join(f"//{tag}" for tag in _DROP) + "|//comment()"):
        if bad.getparent() is not None:
            bad.drop_tree()
    parts: list[str] = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in _BLOCKS:
            parts.append("\n")
        if element.text:
            parts.append(element.text)
        if element.tail:
            if element.tag in _BLOCKS:
                parts.append("\n")
            parts.append(element.tail)
    lines = (_clean(line) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


_BULLET = re.compile(r"^(?:[-·•*]\s*)+")


@cache
def _furniture_lines() -> dict[str, tuple[re.Pattern[str], ...]]:
    patterns: dict[str, list[re.Pattern[str]]] = {"any": [], "tail": []}
    for row in load_rows("html_boilerplate_lines.tsv"):
        patterns[row[2] if len(row) > 2 else "any"].append(re.compile(row[0]))
    return {where: tuple(found) for where, found in patterns.items()}


def _is_furniture_line(line: str, where: str = "any") -> bool:
    line = _BULLET.sub("", line)
    return any(pattern.fullmatch(line) for pattern in _furniture_lines()[where])


def drop_furniture_lines(lines: list[str]) -> list[str]:
    """The lines without page furniture; tail-only patterns are trimmed from the end upwards."""
    kept = [line for line in lines if not _is_furniture_line(line)]
    while kept and _is_furniture_line(kept[-1], "tail"):
        kept.pop()
    return kept


def _tokens(element: etree._Element) -> set[str]:
    marks = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return {token for token in _TOKEN_SPLIT.split(marks) if token}


def prune_furniture(tree: etree._Element) -> None:
    """Drop (in place) the blocks whose class or id names page furniture, wrappers excepted.

    A wrapper holds the page's ``<h1>``, half of its text, or its densest paragraph cluster when that
    cluster is not itself marked as furniture (some sites name the article box a "share area").
    """
    total = len(_squash(tree.text_content()))
    furniture = load_lexicon("html_boilerplate.tsv")
    protected: set[etree._Element] = set()
    cluster = densest_cluster(tree)
    if cluster is not None and not _tokens(cluster[0]) & furniture:
        protected.update(cluster[0].iterancestors())
    doomed: list[etree._Element] = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "head", "body"):
            continue
        if element in protected or not _tokens(element) & furniture:
            continue
        if doomed and any(ancestor is doomed[-1] for ancestor in element.iterancestors()):
            continue
        if element.xpath(".//h1") or len(_squash(element.text_content())) >= total * _WRAPPER_SHARE:
            continue
        doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def unlist_layout(tree: etree._Element) -> None:
    """Turn list items that hold paragraphs (page columns, not lists) into divs, so breaks survive."""
    for item in list(tree.iter("li")):
        if item.find(".//p") is None and item.find(".//div") is None:
            continue
        item.tag = "div"
        parent = item.getparent()
        if parent is not None and parent.tag in ("ul", "ol"):
            parent.tag = "div"


def densest_cluster(tree: etree._Element) -> tuple[etree._Element, int, int] | None:
    """The element whose paragraphs hold the most text (readability's scoring: parent 1, grandparent ½).

    Returns (element, its text length, all paragraph text on the page), lengths without whitespace.
    """
    scores: dict[etree._Element, float] = defaultdict(float)
    total = 0
    for paragraph in tree.iter("p"):
        length = len(_squash(paragraph.text_content()))
        parent = paragraph.getparent()
        if length < _MIN_PARAGRAPH or parent is None:
            continue
        total += length
        scores[parent] += length
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] += length / 2
    if not scores:
        return None
    best = max(scores, key=lambda element: scores[element])
    return best, len(_squash(best.text_content())), total


def _extract(tree: etree._Element) -> str:
    import trafilatura  # a third of a second to import: only when a page is read

    text = trafilatura.extract(
        tree, output_format="txt", include_comments=False, include_tables=False, deduplicate=False
    )
    return text or ""


def _body(tree: etree._Element | None) -> str:
    if tree is None:
        return ""
    pruned = copy.deepcopy(tree)
    prune_furniture(pruned)
    unlist_layout(pruned)
    text = _extract(pruned)
    cluster = densest_cluster(pruned)
    if cluster is not None and text.strip():
        element, length, total = cluster
        extracted = len(_squash(text))
        if _OVERWIDE * length < extracted < _FARWIDE * length and length >= _CLUSTER_SHARE * total:
            page = lxml_html.document_fromstring("<html><body></body></html>")
            page.find("body").append(copy.deepcopy(element))
            text = _extract(page) or text
    if not text.strip():
        text = _fallback_text(tree)
    lines = (_clean(line) for line in text.splitlines())
    return "\n".join(drop_furniture_lines([line for line in lines if line]))


def _element_text(element: etree._Element) -> str:
    return _clean(element.text_content()) if hasattr(element, "text_content") else ""


def _is_title_element(element: etree._Element) -> bool:
    if element.tag in _HEADINGS:
        return True
    marks = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return "title" in marks and element.tag not in ("html", "body", "head", "title")


def _title_tag(tree: etree._Element) -> str:
    for element in tree.iter("title"):
        text = _clean(element.text_content())
        if text:
            return text
    return ""


def _heading_before_body(tree: etree._Element, body: str) -> str | None:
    """The last heading in document order before the element holding the body's first words."""
    first_line = body.split("\n", 1)[0]
    probe = _squash(first_line)[:12]
    if len(probe) < _MIN_TITLE:
        return None
    last: str | None = None
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("head", "title", "script", "style"):
            continue
        own = _squash(element.text or "")
        if probe and probe in own:
            return last
        if _is_title_element(element):
            text = _element_text(element)
            if _MIN_TITLE <= len(text) <= _MAX_TITLE and _squash(text) not in _squash(body[:200]):
                last = text
    return None


def headline(tree: etree._Element, body: str) -> str | None:
    """The article's headline; see the module docstring for the order of the rules."""
    page_title = _title_tag(tree)
    squashed_title = _squash(page_title)
    candidates = [_element_text(e) for e in tree.iter() if isinstance(e.tag, str) and _is_title_element(e)]
    candidates += [_clean(v) for v in tree.xpath("//meta[@property='og:title']/@content")]
    candidates = [c for c in candidates if _MIN_TITLE <= len(c) <= _MAX_TITLE]
    if squashed_title:
        prefixes = [c for c in candidates if squashed_title.startswith(_squash(c))]
        if prefixes:
            return max(prefixes, key=len)
    site = _TITLE_SEPARATORS.split(page_title)[1:] if page_title else []
    h1s = [_element_text(e) for e in tree.iter("h1")]
    h1s = [h for h in h1s if _MIN_TITLE <= len(h) <= _MAX_TITLE]
    if len(h1s) == 1 and not any(
        _squash(h1s[0]) in _squash(s) or _squash(s) in _squash(h1s[0]) for s in site
    ):
        return h1s[0]
    if found := _heading_before_body(tree, body):
        return found
    if page_title:
        return _TITLE_SEPARATORS.split(page_title)[0] or page_title
    return None


def _meta(tree: etree._Element, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            values = tree.xpath(f"//meta[@{attr}=$n]/@content", n=name)
            if values and _clean(values[0]):
                return _clean(values[0])
    return None


def read_html(markup: str) -> HtmlArticle:
    """Headline, body, date and canonical URL of one page or fragment."""
    markup = unwrap(markup)
    tree = _parse(markup)
    body = _body(tree)
    if tree is None:
        return HtmlArticle(title=None, text=body)
    date = parse_date(
        _meta(tree, "article:published_time", "pubdate", "publishdate", "PubDate", "datePublished") or ""
    )
    url = _meta(tree, "og:url")
    if url is None:
        canonical = tree.xpath("//link[@rel='canonical']/@href")
        url = _clean(canonical[0]) if canonical else None
    return HtmlArticle(title=headline(tree, body), text=body, date=date, url=url or None)
