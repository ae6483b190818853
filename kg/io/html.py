"""HTML → headline, article text with paragraph breaks, date and URL.

trafilatura finds the article body (it drops scripts, styles, navigation, comments and footers).
The headline comes from lxml heuristics that hold on most news pages: the heading or ``*title*``
element whose text begins the ``<title>`` tag (whose tail is the site name), else a single ``<h1>``,
else the last heading before the article's first paragraph, else ``<title>`` without its site suffix.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import dataclass

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from kg.io.dates import parse_date

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


def _parse(markup: str) -> etree._Element | None:
    try:
        return lxml_html.document_fromstring(markup)
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


def _body(markup: str, tree: etree._Element | None) -> str:
    text = trafilatura.extract(
        markup, output_format="txt", include_comments=False, include_tables=True, deduplicate=False
    )
    if text and text.strip():
        lines = (_clean(line) for line in text.splitlines())
        return "\n".join(line for line in lines if line)
    return _fallback_text(tree) if tree is not None else ""


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
    body = _body(markup, tree)
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
