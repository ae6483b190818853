"""Resolution of membership statuses: one membership per person, role, organisation and article
date, keeping its article's status and dates; sentences of one date that disagree (kg/link/resolve.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from statuses import DAYS, ORG, TITLE, status_extractions

from kg.ids import IriMinter
from kg.link import resolve
from kg.model import Document, DocumentExtraction, Membership, Provenance, Status

M = IriMinter()
DAY = dt.date(2024, 5, 21)
C, F, D, E = Status.CURRENT, Status.FORMER, Status.DESIGNATED, Status.ENDED


def _article(*said: tuple[str, Status, str]) -> DocumentExtraction:
    """One article whose sentences each state 张伟's post at 海川集团: (title, status, dated)."""
    sentences = [f"海川集团{title}张伟出席。" for title, _, _ in said]
    memberships, start = [], 0
    for index, ((title, status, dated), sentence) in enumerate(zip(said, sentences, strict=True)):
        where = Provenance("a", index, start, start + len(sentence), sentence)
        at = start + 4
        memberships.append(
            Membership(
                "张伟",
                title,
                ORG,
                where,
                (at + len(title), at + len(title) + 2),
                (at, at + len(title)),
                (start, start + 4),
                status=status,
                time_word=title[: -len(TITLE)],
                start=DAY if dated == "start" else None,
                end=DAY if dated == "end" else None,
            )
        )
        start += len(sentence)
    document = Document("a", "a.txt", "".join(sentences), date=DAY)
    return DocumentExtraction(document, len(sentences), persons=("张伟",), memberships=tuple(memberships))


@pytest.mark.parametrize(
    ("said", "status", "start", "end"),
    [
        (((TITLE, C, ""),), C, None, None),
        (((TITLE, C, ""), ("原" + TITLE, F, "")), F, None, None),
        (((TITLE, C, ""), (TITLE, E, "end")), E, None, DAY),
        (((TITLE, C, "start"), (TITLE, E, "end")), E, DAY, DAY),
        (((TITLE, D, ""), (TITLE, C, "start")), C, DAY, None),
        (((TITLE, D, ""), ("前任" + TITLE, F, "")), F, None, None),
        (((TITLE, D, ""),), D, None, None),
    ],
)
def test_one_date_one_membership_with_the_status_kept(
    said: tuple[tuple[str, Status, str], ...], status: Status, start: dt.date | None, end: dt.date | None
) -> None:
    graph = resolve([_article(*said)])
    (edge,) = graph.edges("HOLDS")
    assert edge.id == M.membership(M.person("张伟"), TITLE, M.org(ORG), DAY.isoformat())
    assert (edge.title, edge.role, edge.status, edge.start, edge.end) == (
        TITLE,
        M.role(TITLE),
        status,
        start,
        end,
    )
    assert len(edge.evidence) == len(said)


def test_two_dates_two_statements_each_with_its_status() -> None:
    graph = resolve(status_extractions())
    wang = M.person("王立")
    held = sorted((e.observed_on, e.status, e.title) for e in graph.edges("HOLDS") if e.source == wang)
    assert held == [(DAYS[0], C, TITLE), (DAYS[1], F, TITLE)]
    assert {n.name for n in graph.nodes("Role")} == {TITLE}


def test_statuses_survive_mentions_jsonl() -> None:
    """kg build --update reads mentions.jsonl back: the status is a Status again, and the dates dates."""
    from kg.link.store import from_json, to_json

    records = status_extractions()
    back = [from_json(to_json(x)) for x in records]
    assert back == records
    assert {type(m.status) for x in back for m in x.memberships} == {Status}
    assert resolve(back).edges("HOLDS").__next__().status in set(Status)
