"""Membership statuses over Bolt: HOLDS carries status, start_date and end_date through the CSVs and
kg push, and current_holders.cypher answers case by case (tests/statuses.py) on a real server."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from bolt_testing import run
from statuses import CASES, DAYS, HELD_NOW, ORG, TITLE, Case, status_graph
from test_push import ROOT, kg_push

from kg.export.neo4j import rel_file, write_neo4j

pytestmark = pytest.mark.neo4j

CURRENT_HOLDERS = (ROOT / "ontologies" / "queries" / "current_holders.cypher").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def status_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("status-build")
    write_neo4j(status_graph(), out / "neo4j")
    return out


def test_holds_csv_has_status_and_dates(status_out: Path) -> None:
    text = (status_out / "neo4j" / rel_file("HOLDS")).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert {"status:string", "start_date:date", "end_date:date"} <= set(rows[0])
    assert {r["status:string"] for r in rows} == {"current", "former", "designated", "ended"}
    assert {r["title:string"] for r in rows} == {TITLE}  # 原董事长 / 前任董事长: the bare role


@pytest.mark.parametrize(
    ("person", "day", "status", "start", "end"),
    [
        ("周立和", 0, "current", None, None),
        ("郑红", 0, "current", DAYS[0], None),
        ("赵明", 1, "former", None, None),
        ("钱进", 1, "designated", None, None),
        ("孙一鸣", 1, "ended", None, DAYS[1]),
    ],
)
def test_push_carries_status_and_dates(
    bolt: str, status_out: Path, person: str, day: int, status: str, start: object, end: object
) -> None:
    kg_push(status_out, bolt)
    rows = run(
        bolt,
        "MATCH (p:Person {name: $person})-[h:HOLDS]->(o:Organization) "
        "RETURN h.title AS title, h.status AS status, toString(h.observed_on) AS on, "
        "toString(h.start_date) AS start, toString(h.end_date) AS end",
        person=person,
    )
    iso = [None if d is None else d.isoformat() for d in (start, end)]  # type: ignore[attr-defined]
    assert rows == [
        {"title": TITLE, "status": status, "on": DAYS[day].isoformat(), "start": iso[0], "end": iso[1]}
    ]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_current_holders_cypher_case_by_case(bolt: str, status_out: Path, case: Case) -> None:
    kg_push(status_out, bolt)
    rows = run(bolt, CURRENT_HOLDERS, title=TITLE, organization=ORG)
    held = [r for r in rows if r["person"] == case.person]
    assert bool(held) is case.held_now
    if case.held_now:
        (row,) = held
        assert (row["organization"], row["title"]) == (ORG, TITLE)
        assert row["since"] == (case.since.isoformat() if case.since else None)


def test_current_holders_cypher_are_exactly_those_held_now(bolt: str, status_out: Path) -> None:
    kg_push(status_out, bolt)
    assert sorted(r["person"] for r in run(bolt, CURRENT_HOLDERS, title=None, organization=None)) == HELD_NOW
    assert run(bolt, CURRENT_HOLDERS, title="总经理", organization=ORG) == []
