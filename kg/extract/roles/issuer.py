"""The issuer of an announcement: the one listed company or bank its headline and first sentence name.

Announcements write the company they are about once, in the headline (某某股份有限公司关于…的公告,
某某：甲出任副总裁) or with its stock code in the first sentence (近日某某（600000）公告), and then
say 公司 / 本公司 / 本行 for it (聘任甲先生为公司副总裁). A title after such a word gets the issuer
only when exactly one name qualifies; otherwise it keeps no organisation (org_references.tsv).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.model import Document
from kg.resources import load_groups
from kg.text import HAN, alternation

_NAME = f"[{HAN}A-Za-z0-9]"
# A stock code in brackets after a name: （600527）, (00753), （SH 600686，收盘价…, （430430.OC）.
_CODE = r"\s*[（(]\s*(?:[A-Za-z]{2}\s*)?(?P<code>\d{5,6})"
_SCOPE = 300  # characters of the text read for the first sentence
CODE_NOTE = re.compile(_CODE + r"[^（()）]*[）)]")  # the stock code after an appointer's name


@cache
def issuer_words() -> dict[str, tuple[str, ...]]:
    """issuer_words.tsv by kind, longest word first."""
    groups = load_groups("issuer_words.tsv")
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in groups.items()}


@cache
def _headline_name() -> re.Pattern[str]:
    return re.compile(f"^(?P<name>{_NAME}{{2,20}}?)(?:{alternation(issuer_words()['cue'])})")


@cache
def _coded_name() -> re.Pattern[str]:
    return re.compile(f"(?:^|(?<=[，,。；;：:“”\\s]))(?P<name>{_NAME}{{2,16}}){_CODE}")


def issuer_of(document: Document) -> str | None:
    """The issuer the document names, or None when it names none or more than one."""
    return _issuer(document.title or "", document.text[:_SCOPE])


@lru_cache(maxsize=256)
def _issuer(head: str, opening: str) -> str | None:
    first = re.split(r"[。！？!?]", opening, maxsplit=1)[0]
    if len({m["code"] for text in (head, first) for m in re.finditer(_CODE, text)}) > 1:
        return None  # 甲（600123）与乙（300456）: two listed companies, whatever their names
    coded = {_unlead(m["name"]) for text in (head, first) for m in _coded_name().finditer(text)}
    names = set(coded)
    match = _headline_name().match(head)
    if match is not None and (match["name"].endswith(issuer_words()["suffix"]) or match["name"] in coded):
        # 某某股份有限公司 in the headline, 某某（600000） in the text: one company written twice.
        names = {match["name"], *(n for n in coded if not match["name"].startswith(n))}
    return next(iter(names)) if len(names) == 1 else None


def _unlead(name: str) -> str:
    """近日某某 → 某某: a time word before the name is no part of it."""
    for lead in issuer_words()["lead"]:
        if name.startswith(lead) and len(name) - len(lead) >= 2:
            return name[len(lead) :]
    return name
