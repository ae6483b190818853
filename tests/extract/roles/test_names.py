"""Document-level repair of names the model cut short (kg/extract/names.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.build import process_document
from kg.extract.names import full_name_index, repair
from kg.model import Document, Participation, Provenance

# fmt: off
INDEX = [
    ("one longer name", ["施志", "施志光"], {"施志": "施志光"}),
    ("two characters longer", ["欧阳", "欧阳志远"], {"欧阳": "欧阳志远"}),
    ("two longer names: ambiguous", ["王国", "王国才", "王国强"], {"王国": None}),
    ("three characters longer is another name", ["王海", "王海东方红"], {"王海": None}),
    ("a word glued on is no name", ["刘建平", "刘建平等"], {"刘建平": None}),
    ("Latin and dotted names are left alone", ["Peter", "彼得·李"], {"Pete": None, "彼得·": None}),
]
# fmt: on


@pytest.mark.parametrize(("case", "names", "expected"), INDEX, ids=[c[0] for c in INDEX])
def test_full_name_index(case: str, names: list[str], expected: dict[str, str | None]) -> None:
    index = full_name_index(names)
    assert {short: index.get(short) for short in expected} == expected


def _row(person: str, start: int) -> Participation:
    provenance = Provenance(doc_id="t", sentence_index=0, sentence_start=0, sentence_end=40, sentence="")
    return Participation(person, "论坛", "致辞", provenance, (start, start + len(person)))


# fmt: off
REPAIRS = [
    ("the rest of the name follows", "公使施志光线上致辞。", "施志", 2, "施志光"),
    ("something else follows", "公使施志线上致辞。", "施志", 2, "施志"),
    ("the rest of another name follows", "公使施志明线上致辞。", "施志", 2, "施志"),
]
# fmt: on


@pytest.mark.parametrize(
    ("case", "text", "person", "start", "expected"), REPAIRS, ids=[c[0] for c in REPAIRS]
)
def test_repair_checks_the_text(case: str, text: str, person: str, start: int, expected: str) -> None:
    rows = repair(text, [_row(person, start)], {"施志": "施志光"})
    assert [r.person for r in rows] == [expected]


def test_repaired_repeat_is_dropped() -> None:
    text = "施志光致辞。公使施志光线上致辞。"
    rows = repair(text, [_row("施志光", 0), _row("施志", 8)], {"施志": "施志光"})
    assert [(r.person, r.person_span) for r in rows] == [("施志光", (0, 3))]


def persons(text: str) -> set[str]:
    extraction = process_document(Document(id="t", source="t.txt", text=text, date=dt.date(2024, 5, 21)))
    return {p.person for p in extraction.participations} | {m.person for m in extraction.memberships}


# fmt: off
DOCUMENTS = [
    ("cut mention repaired from the full one", "5月18日，2024海川合作峰会在青岛举行。马来西亚驻华大使馆公使施志光线上发表致辞。施志光表示，双方合作潜力巨大。", {"施志光"}),
    ("cut mention alone stays as the model read it", "5月18日，2024海川合作峰会在青岛举行。马来西亚驻华大使馆公使施志光线上发表致辞。", {"施志"}),
    ("two people sharing the start of a name stay apart", "5月18日，2024海川合作峰会在青岛举行。海川集团总裁王海出席峰会并致辞。海川银行行长王海东主持峰会。", {"王海", "王海东"}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "expected"), DOCUMENTS, ids=[c[0] for c in DOCUMENTS])
def test_documents(case: str, text: str, expected: set[str]) -> None:
    assert persons(text) == expected
