"""A small graph of one post stated with every status, for the RDF, SHACL, SPARQL and Cypher tests.

Two articles (2024-01-10 and 2024-03-01) state who is 董事长 of 海川集团; each case is one person
whose statements (one per article) end in a post held now or not. The sentences are written for
these tests; the memberships are built by hand (extraction is tested in tests/extract/roles).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from kg.graph import KnowledgeGraph
from kg.link import resolve
from kg.model import Document, DocumentExtraction, Membership, Provenance, Status

ORG = "海川集团"
TITLE = "董事长"
DAYS = (dt.date(2024, 1, 10), dt.date(2024, 3, 1))


class Said(NamedTuple):
    """One article's statement: its day (0 or 1 in DAYS), the sentence, the title as written, the
    status, and whether the article's date starts or ends the post."""

    day: int
    sentence: str
    title: str = TITLE
    status: Status = Status.CURRENT
    dated: str = ""


class Case(NamedTuple):
    id: str
    person: str
    said: tuple[Said, ...]
    held_now: bool
    since: dt.date | None = None


CASES = (
    Case("current", "周立和", (Said(0, "海川集团董事长周立和出席。"),), True),
    Case(
        "appointed",
        "郑红",
        (Said(0, "董事会聘任郑红为海川集团董事长。", dated="start"),),
        True,
        DAYS[0],
    ),
    Case("former", "赵明", (Said(1, "海川集团原董事长赵明出席。", "原董事长", Status.FORMER),), False),
    Case("designated", "钱进", (Said(1, "钱进拟任海川集团董事长。", status=Status.DESIGNATED),), False),
    Case(
        "ended",
        "孙一鸣",
        (Said(1, "孙一鸣辞去海川集团董事长职务。", status=Status.ENDED, dated="end"),),
        False,
    ),
    Case(
        "current-then-former",
        "王立",
        (
            Said(0, "海川集团董事长王立致辞。"),
            Said(1, "海川集团前任董事长王立出席。", "前任董事长", Status.FORMER),
        ),
        False,
    ),
    Case(
        "former-then-current",
        "刘洋",
        (
            Said(0, "海川集团原董事长刘洋出席。", "原董事长", Status.FORMER),
            Said(1, "海川集团董事长刘洋致辞。"),
        ),
        True,
    ),
    Case(
        "appointed-then-ended",
        "陈立",
        (
            Said(0, "董事会聘任陈立为海川集团董事长。", dated="start"),
            Said(1, "陈立辞去海川集团董事长职务。", status=Status.ENDED, dated="end"),
        ),
        False,
    ),
    Case(
        "designated-then-appointed",
        "李海涛",
        (
            Said(0, "李海涛拟任海川集团董事长。", status=Status.DESIGNATED),
            Said(1, "董事会聘任李海涛为海川集团董事长。", dated="start"),
        ),
        True,
        DAYS[1],
    ),
)
HELD_NOW = sorted(c.person for c in CASES if c.held_now)


def _membership(case: Case, said: Said, doc_id: str, index: int, start: int, day: dt.date) -> Membership:
    where = Provenance(doc_id, index, start, start + len(said.sentence), said.sentence)

    def span(text: str) -> tuple[int, int]:
        at = start + said.sentence.index(text)
        return (at, at + len(text))

    word = said.title[: -len(TITLE)]
    return Membership(
        case.person,
        said.title,
        ORG,
        where,
        span(case.person),
        span(said.title),
        span(ORG),
        status=said.status,
        time_word=word,
        start=day if said.dated == "start" else None,
        end=day if said.dated == "end" else None,
    )


def status_extractions() -> list[DocumentExtraction]:
    """One DocumentExtraction per article, its sentences those of the cases it states."""
    out = []
    for k, day in enumerate(DAYS):
        doc_id = f"status-{k}"
        stated = [(case, said) for case in CASES for said in case.said if said.day == k]
        text = "".join(said.sentence for _, said in stated)
        memberships, start = [], 0
        for index, (case, said) in enumerate(stated):
            memberships.append(_membership(case, said, doc_id, index, start, day))
            start += len(said.sentence)
        document = Document(doc_id, f"{doc_id}.txt", text, title="海川集团人事公告", date=day)
        out.append(
            DocumentExtraction(
                document,
                sentences=len(stated),
                persons=tuple(sorted({c.person for c, _ in stated})),
                memberships=tuple(memberships),
            )
        )
    return out


def status_graph() -> KnowledgeGraph:
    return resolve(status_extractions())
