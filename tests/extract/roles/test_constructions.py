"""Every example of every row of the constructions table, LAC-free (tests/tagged.py), and the table
as the one order the reader tries constructions in."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from tagged import run

import kg.extract.roles as roles
from kg.extract.roles.constructions import CONSTRUCTIONS
from kg.extract.roles.reader import STAGES
from kg.extract.roles.records import Construction, Example

EXAMPLES = [
    pytest.param(construction, example, id=f"{construction.id}-{k}")
    for construction in CONSTRUCTIONS
    for k, example in enumerate(construction.examples)
]


def _memberships(example: Example) -> list[str]:
    found = run(*example.tagged.split(" || "))
    return sorted("|".join((m.person, m.title, m.org or "")) for m in found.memberships)


def _recording(construction: Construction, calls: list[str], *, found: bool) -> Construction:
    """The construction with its read wrapped to note its id (when called, or when it found something)."""

    def read(*args: Any) -> Any:
        out = construction.read(*args)
        if construction.stage == "rows":
            out = list(out)
        if out or not found:
            calls.append(construction.id)
        return out

    return replace(construction, read=read)


@pytest.mark.parametrize(("construction", "example"), EXAMPLES)
def test_construction_example_gives_its_memberships(construction: Construction, example: Example) -> None:
    assert _memberships(example) == sorted(example.gives)


@pytest.mark.parametrize(("construction", "example"), EXAMPLES)
def test_construction_example_is_read_by_its_construction(
    construction: Construction, example: Example, monkeypatch: pytest.MonkeyPatch
) -> None:
    fired: list[str] = []
    monkeypatch.setattr(
        roles, "CONSTRUCTIONS", tuple(_recording(c, fired, found=True) for c in CONSTRUCTIONS)
    )
    run(*example.tagged.split(" || "))
    assert construction.id in fired


def test_constructions_have_stable_ids_stages_and_examples() -> None:
    ids = [c.id for c in CONSTRUCTIONS]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", i)] == []
    assert {c.stage for c in CONSTRUCTIONS} == set(STAGES)
    assert [c.id for c in CONSTRUCTIONS if not c.examples or not all(e.gives for e in c.examples)] == []


def test_constructions_of_a_stage_are_contiguous_in_the_table() -> None:
    stages = [c.stage for c in CONSTRUCTIONS]
    runs = [s for k, s in enumerate(stages) if k == 0 or stages[k - 1] != s]
    assert runs == list(dict.fromkeys(stages))


def _calls(
    table: Callable[[list[str]], tuple[Construction, ...]],
    monkeypatch: pytest.MonkeyPatch,
    tagged: str = "海川集团/ORG 董事长/n 张伟/PER 出席/v 。/w",
) -> list[str]:
    calls: list[str] = []
    monkeypatch.setattr(roles, "CONSTRUCTIONS", table(calls))
    run(tagged)
    return calls


def _stage_order(calls: list[str], stage: str) -> list[str]:
    of_stage = {c.id for c in CONSTRUCTIONS if c.stage == stage}
    return list(dict.fromkeys(i for i in calls if i in of_stage))


def _silent(stages: set[str]) -> Callable[[list[str]], tuple[Construction, ...]]:
    """A table whose rows are all noted when called, and whose rows of ``stages`` find nothing, so
    that each of those stages tries all of its rows."""

    def table(calls: list[str]) -> tuple[Construction, ...]:
        def mute(c: Construction) -> Construction:
            recorded = _recording(c, calls, found=False)
            if c.stage not in stages:
                return recorded

            def read(*args: Any) -> Any:
                recorded.read(*args)  # noted, and its finding dropped
                return iter(()) if c.stage == "rows" else None

            return replace(c, read=read)

        return tuple(map(mute, CONSTRUCTIONS))

    return table


@pytest.mark.parametrize(
    ("tagged", "silent", "checked"),
    [
        ("海川集团/ORG 董事长/n 张伟/PER 出席/v 。/w", {"segment", "rows"}, ("segment", "rows")),
        # segments read for real; an appointment verb and no name after the title: every holder
        # row, then every subject row, is tried
        ("张伟/PER 任/v 海川集团/ORG 董事长/n 。/w", {"holder", "subject"}, ("holder", "subject")),
    ],
)
def test_reader_tries_constructions_in_table_order(
    tagged: str, silent: set[str], checked: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _calls(_silent(silent), monkeypatch, tagged)
    for stage in checked:
        assert _stage_order(calls, stage) == [c.id for c in CONSTRUCTIONS if c.stage == stage]


def test_reader_follows_a_reordered_table(monkeypatch: pytest.MonkeyPatch) -> None:
    # the same sentence read by a table whose segment rows run backwards: token/bare rows first
    def backwards(calls: list[str]) -> tuple[Construction, ...]:
        segment = [c for c in CONSTRUCTIONS if c.stage == "segment"][::-1]
        rest = [c for c in CONSTRUCTIONS if c.stage != "segment"]
        return tuple(_recording(c, calls, found=False) for c in (*segment, *rest))

    calls = _calls(backwards, monkeypatch)
    assert _stage_order(calls, "segment")[0] == "token-title"
