"""The records the role constructions pass between them; character offsets are sentence offsets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kg.model import AliasMention, Membership, OrgMention, Status


@dataclass(frozen=True)
class RoleMentions:
    memberships: tuple[Membership, ...] = ()
    orgs: tuple[OrgMention, ...] = ()
    aliases: tuple[AliasMention, ...] = ()


@dataclass(frozen=True)
class Org:
    text: str
    start: int  # sentence offsets of the written organisation
    end: int
    label: str  # ORG, UNIT, "REF" (a word pointing back), ISSUER or "TOKEN" (one word before a title)


# The label of an Org that is an announcement's issuer, written as 公司 / 本行 (its text is the name).
ISSUER = "ISSUER"


@dataclass(frozen=True)
class Segment:
    """One ORG? TITLE piece of a chain."""

    title: str
    kind: str
    title_start: int
    title_end: int
    org: Org | None
    start: int
    lead: str = ""  # 原, 前, 时任 or 现任 written before the organisation
    time: Time | None = None  # what its construction states of the post (Construction.time), if anything


@dataclass(frozen=True)
class Name:
    text: str
    start: int
    end: int


BLANK = Name("", 0, 0)  # the person of a row before the chain's holders are known


@dataclass(frozen=True)
class Time:
    """What a verb says of the posts it governs (membership_time.tsv): their status, and whether the
    article's date is their start or their end ("start", "end"; "" for neither)."""

    status: Status = Status.CURRENT
    dated: str = ""


@dataclass(frozen=True)
class Row:
    person: Name
    title: str
    title_span: tuple[int, int] | None
    org: str | None
    org_span: tuple[int, int] | None
    parent: str | None = None
    short: str | None = None  # the written short form when ``org`` was expanded
    time: Time | None = None  # what the verb its construction read says (None: no verb read)


# A chain: its segments, each with the link written before it ("" for the first).
Chain = list[tuple[str, Segment]]


@dataclass(frozen=True)
class Example:
    """Sentences written as LAC tags them (tests/tagged.py; " || " between sentences of one
    document) and every membership they must give, each as "person|title|org" ("" for none)."""

    tagged: str
    gives: tuple[str, ...]


@dataclass(frozen=True)
class Construction:
    """One way Chinese news writes who holds which post (kg/extract/roles/constructions.py).

    ``stage`` says which question the construction answers and how the reader tries it:
    ``segment`` (what organisation a title has) and ``holder``/``subject`` (who holds a chain, who
    an appointment verb names) stop at the first construction that finds something; every ``rows``
    construction runs, in order. ``read`` is the function that reads it; ``time`` says whether the
    verb it reads dates the posts (kg/extract/roles/time.py).
    """

    id: str
    stage: str
    shape: str
    emits: str
    examples: tuple[Example, ...]
    read: Callable[..., Any]
    # Where the time of the posts it reads comes from besides their titles' own time words (原社长):
    # "verb", the verb before the chain (membership_time.tsv: 曾任 former, 辞去 ended, 拟任
    # designated); "after", a leaving verb right after the holder's name (``after`` lines: 某某辞职);
    # the word of a ``row`` line of membership_time.tsv, what the construction itself states (a
    # resignation received: ended); "" for none of these.
    time: str = ""
