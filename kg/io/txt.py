"""Plain-text articles: an optional ``标题:``/``链接:`` header, the article, machine-written sections.

Crawled articles often come as a header block (标题 → title, 链接 → url, 总结 → the article text
itself), followed by sections a summariser appended (关键词:, 行业:, 重大事件摘要: …) that repeat the
article; those go to ``extras`` so the extractors see each fact once. The labels and their roles are
data: kg/resources/txt_sections.tsv. Without a header, a short first line without sentence-final
punctuation is the headline (it stays in the text).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from kg.io.dates import date_in_opening, parse_date
from kg.resources import load_mapping
from kg.text import alternation

_HEADLINE_MAX = 40
_SENTENCE_END = re.compile(r"[。！？!?；;…]")
_LABEL_MAX = 12


@dataclass(frozen=True)
class TxtArticle:
    title: str | None
    text: str
    date: dt.date | None = None
    url: str | None = None
    extras: tuple[tuple[str, str], ...] = ()


@cache
def _label_line() -> re.Pattern[str]:
    alternatives = alternation(load_mapping("txt_sections.tsv"))
    return re.compile(rf"^[ \t\u3000]*({alternatives})[ \t\u3000]*[:：][ \t\u3000]*(.*)$")


def _role(line: str) -> tuple[str, str, str] | None:
    """(label, role, value) when the line starts with a known label and a colon."""
    if len(line) > _LABEL_MAX and line[:_LABEL_MAX].find(":") < 0 and line[:_LABEL_MAX].find("：") < 0:
        return None
    match = _label_line().match(line)
    if match is None:
        return None
    return match.group(1), load_mapping("txt_sections.tsv")[match.group(1)], match.group(2)


def headline_of(line: str) -> str | None:
    """A first line that reads as a headline: short, and not ending a sentence."""
    line = line.strip()
    if not line or len(line) > _HEADLINE_MAX or _SENTENCE_END.search(line):
        return None
    return line


def read_txt(text: str) -> TxtArticle:
    """Split a .txt article into header metadata, article text and trailing sections."""
    lines = text.splitlines()
    meta: dict[str, str] = {}
    index = 0
    body: list[str] = []
    header = False
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        found = _role(line)
        if found is None or found[1] == "section":
            break
        label, role, value = found
        index += 1
        header = True
        if role == "body":
            body.append(value)
            break
        meta.setdefault(role, value.strip())
    if not header:
        index = 0
    extras: list[tuple[str, str]] = []
    section: tuple[str, list[str]] | None = None
    for line in lines[index:]:
        found = _role(line)
        if found is not None and found[1] == "section":
            if section is not None:
                extras.append((section[0], "\n".join(section[1]).strip()))
            section = (found[0], [found[2]])
        elif section is not None:
            section[1].append(line)
        else:
            body.append(line)
    if section is not None:
        extras.append((section[0], "\n".join(section[1]).strip()))
    article = "\n".join(body).strip("\n")
    title = meta.get("title") or None
    if not header:
        first = next((line for line in lines if line.strip()), "")
        title = headline_of(first)
    date = parse_date(meta["date"]) if meta.get("date") else None
    return TxtArticle(
        title=title,
        text=article,
        date=date or date_in_opening(article),
        url=meta.get("url") or None,
        extras=tuple(extras),
    )
