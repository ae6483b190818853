"""The ``holder`` constructions that read a name written beside a chain rather than after it: before
the title (某某校长), as a caption (——某某　某集团董事长), across a copula or a colon (某集团的董事长是某某,
某某是某公司的创始人) or opening a résumé-like apposition (某某，1968年出生，某公司董事长)."""

from __future__ import annotations

from kg.extract.roles.holders import _tokens
from kg.extract.roles.names import addressed_name, name_at, names_after, surname_led
from kg.extract.roles.reader import Reader
from kg.extract.roles.records import Chain, Name
from kg.extract.roles.words import (
    CJK_NAME,
    CLAUSE_END,
    OF,
    RESUME_BORN,
    RESUME_CLAUSE,
    RESUME_MARK,
    kind_words,
)
from kg.nlp.components import ORG


def name_before(r: Reader, chain: Chain) -> list[Name]:
    """某某校长 / 某公司某某董事长 (segments.named_title): the name written right before the title."""
    first = chain[0][1]
    if first.org is not None and first.org.end == first.title_start:
        return []  # the organisation stands before the title: the name, if any, is after it
    token = r.by_end.get(first.title_start)
    name = addressed_name(r, token) if token is not None else None
    if name is None or (first.org is not None and first.org.end != name.start):
        return []
    return [name]


def captioned(r: Reader, chain: Chain) -> list[Name]:
    """某某 某集团董事长 / ——某某　某公司董事长: a name opening the sentence (or after a dash or a wide
    space) with the chain right after it, its organisation first, and no name after the chain."""
    first, last = chain[0][1], chain[-1][1]
    if first.org is None or first.org.label != ORG or first.lead or last.kind not in {"office", "honour"}:
        return []
    if r.text.startswith(OF, r.skip_spaces(last.title_end)):
        return []
    end = first.start
    while end > 0 and r.text[end - 1] in " \u3000":
        end -= 1
    names = _name_ending(r, end) or _spaced_name(r, end, first.start)
    if not names:
        return []
    opening = r.by_end.get(names[0].start)
    if names[0].start > 0 and (
        opening is None or not (r.space(opening) or r.words[opening] in kind_words("caption_opening"))
    ):
        return []
    return names


def title_is(r: Reader, chain: Chain) -> list[Name]:
    """某集团的创始人叫做某某。 / 董事长为某某， / 某中学校长：某某； / 其他3位理事分别是：甲、乙: the post, a
    copula or a colon, then the name (or 、-list) closing the clause."""
    last = chain[-1][1]
    if last.kind not in {"office", "honour"}:
        return []
    pos = r.skip_spaces(last.title_end)
    words = (*kind_words("title_is"), *kind_words("title_is_each"))
    word = max((w for w in words if r.text.startswith(w, pos)), key=len, default=None)
    if word is None or (word in kind_words("title_is_each") and len(chain) > 1):
        return []  # 董事长和总裁分别是甲、乙: "respectively" pairs titles and names one to one
    names = names_after(r, pos + len(word), last.kind)
    end = r.skip_spaces(names[-1].end) if names else 0
    return names if names and (end == len(r.text) or r.text[end] in CLAUSE_END) else []


def name_is(r: Reader, chain: Chain) -> list[Name]:
    """某某是某马戏团的创始人及总经理。 / 某某同时也是某集团的董事长: the name, a copula, then the chain
    closing the clause."""
    first, last = chain[0][1], chain[-1][1]
    if first.lead or last.kind not in {"office", "honour"} or not _closes(r, last.title_end):
        return []
    head = r.text[: first.start]
    word = max((w for w in kind_words("name_is") if head.endswith(w)), key=len, default=None)
    if word is None:
        return []
    return _name_ending(r, len(head) - len(word))


def apposed(r: Reader, chain: Chain) -> list[Name]:
    """某某，1968年出生于某省某市，某公司董事长，某协会副会长。 / 某某（1972年2月），男，汉族，…，某公司
    董事长: the name opening the sentence, then only résumé clauses (birth, sex, places, the marks of
    a résumé) or other posts, then the chain as a clause of its own."""
    first, last = chain[0][1], chain[-1][1]
    if (
        first.lead
        or first.org is None
        or last.kind not in {"office", "honour"}
        or not _closes(r, last.title_end)
    ):
        return []  # 某某，…，高级工程师: a grade without organisation is no post here
    start = first.start
    while (org := next((o for o in r.orgs if o.end_char == start - 1), None)) and r.text[start - 1] == "、":
        start = org.start_char  # 某公司、某股份有限公司董事长: organisations listed before the chain's
    if r.text[start - 1 : start] not in RESUME_CLAUSE or not r.words or r.ents[0] != "PER":
        return []
    name = name_at(r, 0, strict=False)
    if name is None:
        return []
    end = name.end
    born = RESUME_BORN.match(r.text, end)
    end = born.end() if born is not None else end
    if r.text[end : end + 1] not in RESUME_CLAUSE or end >= start - 1:
        return []
    pos = end + 1
    while pos < start - 1:
        stop = min((q for q in (r.text.find(c, pos, start - 1) for c in "，,") if q >= 0), default=start - 1)
        if not _bio_clause(r, pos, stop):
            return []
        pos = stop + 1
    return [name]


def _bio_clause(r: Reader, start: int, end: int) -> bool:
    """A clause of a résumé that names no one: a birth, a sex, places, a résumé's mark, or a post."""
    clause = r.text[start:end]
    if not clause or RESUME_MARK.match(f"，{clause}，"):
        return True
    if end in {s.end_char for s in r.titles} and start in {o.start_char for o in r.orgs}:
        return True  # 某公司董事长，某协会副会长: a post before the chain
    words = kind_words("bio_word")
    return all(
        r.tags[k] in {"TIME", "m"} or r.ents[k] == "LOC" or r.words[k] in words
        for k in _tokens(r, start, end)
    )


def _closes(r: Reader, pos: int) -> bool:
    """Whether the clause ends at ``pos`` (spaces aside)."""
    pos = r.skip_spaces(pos)
    return pos == len(r.text) or r.text[pos] in CLAUSE_END


def _spaced_name(r: Reader, end: int, pos: int) -> list[Name]:
    """——王石　/PER 某公司董事长: the name the model tagged with the wide space after it, ending at
    ``end`` (the space's start) as a word ending at ``pos``."""
    token = r.by_end.get(pos)
    if end == pos or token is None or r.ents[token] != "PER" or r.starts[token] >= end:
        return []
    text = r.text[r.starts[token] : end]
    named = r.text[end:pos].isspace() and CJK_NAME.fullmatch(text) is not None and surname_led(text)
    return [Name(text, r.starts[token], end)] if named and text not in r.not_person else []


def _name_ending(r: Reader, pos: int) -> list[Name]:
    """The one name that ends at ``pos``."""
    token = r.by_end.get(pos)
    if token is None or r.ents[token] != "PER":
        return []
    name = name_at(r, r.starts[token], strict=False)
    return [name] if name is not None and name.end == pos else []
