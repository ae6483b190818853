"""The issuer of an announcement: the one listed company or bank its headline and first sentence name.

Announcements write the company they are about once, in the headline (某某股份有限公司关于…的公告,
某某股份：甲出任副总裁) or with its stock code in the first sentence (近日某某（600000）公告), and then
say 公司 / 本公司 / 本行 for it (聘任甲先生为公司副总裁). A headline's opening name counts when it
ends like a company, or when the opening of the text codes it (某某（600000）) or has it announce
(某某发布公告称 / 某某7月19日晚间公告); a name the first sentence has announce counts too
(10月16日，某某基金发布高级管理人员变更公告). A title after such a word gets the issuer only when
exactly one name qualifies; otherwise it keeps no organisation (org_references.tsv).

The issuer's full registered name, where the text writes exactly one (苏州某某净化股份有限公司 for
某某), is the organisation its short name stands for (:func:`full_issuer`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.model import Document
from kg.resources import load_groups, load_lexicon, load_mapping
from kg.text import HAN, alternation

_NAME = f"[{HAN}A-Za-z0-9]"
# A stock code in brackets after a name: （600527）, (00753), （SH 600686，收盘价…, （430430.OC）.
_CODE = r"\s*[（(]\s*(?:[A-Za-z]{2}\s*)?(?P<code>\d{5,6})"
_SCOPE = 300  # characters of the text read for the first sentence
CODE_NOTE = re.compile(_CODE + r"[^（()）]*[）)]")  # the stock code after an appointer's name
# A quote a finance page writes inside or after a listed name: 某某(9.880,-0.25,-2.47%).
QUOTE = re.compile(r"[（(]\s*-?\d+(?:\.\d+)?\s*[,，]\s*-?\d+(?:\.\d+)?\s*[,，]\s*-?\d+(?:\.\d+)?%\s*[）)]")


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


@cache
def _announcer() -> re.Pattern[str]:
    """某某发布…公告 / 某某7月19日晚间公告 opening a clause: the company that announces."""
    leads = alternation(issuer_words()["lead"])
    times = load_mapping("role_patterns.tsv")["announce_time"]
    return re.compile(
        f"(?:^|(?<=[，,。；;：:\\s]))(?:{leads})?(?P<name>{_NAME}{{2,12}}?){times}"
        f"(?:(?:{alternation(issuer_words()['publish'])})[^，,。；;]{{0,12}}?)?(?:{alternation(issuer_words()['announce'])})"
    )


def issuer_of(document: Document) -> str | None:
    """The issuer the document names, or None when it names none or more than one."""
    return _issuer(document.title or "", QUOTE.sub("", document.text[:_SCOPE]))


@lru_cache(maxsize=256)
def _issuer(head: str, opening: str) -> str | None:
    head = QUOTE.sub("", head)
    first = re.split(r"[。！？!?]", opening, maxsplit=1)[0]
    if len({m["code"] for text in (head, first) for m in re.finditer(_CODE, text)}) > 1:
        return None  # 甲（600123）与乙（300456）: two listed companies, whatever their names
    coded = {_unlead(m["name"]) for text in (head, first) for m in _coded_name().finditer(text)}
    announced = {m["name"] for m in _announcer().finditer(first) if _company_like(m["name"])}
    names = set(coded)
    match = _headline_name().match(head)
    if match is not None and _confirmed(match["name"], coded, opening):
        # 某某股份有限公司 in the headline, 某某（600000） in the text: one company written twice.
        names = {match["name"], *(n for n in names | announced if not match["name"].startswith(n))}
    elif match is None:
        names |= announced  # a headline opening with another company's name leaves the announcer in doubt
    return next(iter(names)) if len(names) == 1 else None


def _confirmed(name: str, coded: set[str], opening: str) -> bool:
    """A headline's opening name is a company: by its ending, or by the opening coding it or having
    it announce (a person opening a headline, 李明出任某公司副总裁, is never either)."""
    if name.endswith(issuer_words()["suffix"]) or name in coded:
        return True
    found = (*_coded_name().finditer(opening), *_announcer().finditer(opening))
    return any(_unlead(m["name"]) == name for m in found)


def _company_like(name: str) -> bool:
    """An announcer the first sentence names without a code must not be a reporter's outlet or a
    body that only relays (据某某公告): it must end like a company or a fund, bank or broker."""
    return name.endswith((*issuer_words()["suffix"], *issuer_words()["announcer_end"]))


def _unlead(name: str) -> str:
    """近日某某 → 某某: a time word before the name is no part of it."""
    for lead in issuer_words()["lead"]:
        if name.startswith(lead) and len(name) - len(lead) >= 2:
            return name[len(lead) :]
    return name


@lru_cache(maxsize=256)
def full_issuer(issuer: str, text: str) -> str:
    """The issuer's full registered name, when the text writes exactly one that contains it
    (普滤得 → 苏州普滤得净化股份有限公司, 某某基金 → 某某基金管理有限公司); else the issuer as written."""
    places = alternation(sorted(load_lexicon("place_names.tsv"), key=len, reverse=True))
    suffixes = alternation(issuer_words()["full"])
    level = load_mapping("role_patterns.tsv")["place_level"]
    pattern = re.compile(f"(?:(?:{places}){level})?{re.escape(issuer)}[{HAN}]{{0,10}}?(?:{suffixes})")
    found = {m.group() for m in pattern.finditer(text)} - {issuer}
    return next(iter(found)) if len(found) == 1 else issuer
