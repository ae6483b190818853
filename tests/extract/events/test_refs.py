"""Pass 3 (kg/extract/events/refs.py): the main event, each paragraph's event, references, parents."""

from __future__ import annotations

import datetime as dt

import pytest
from event_stages import EXPO, extraction, snapshot, stages, view_state

from kg.extract.events.refs import contextual_parents, main_event, paragraph_events, resolve_refs

D = dt.date
# fmt: off
REFERENCES = [
    ("大会 dates the main event", [EXPO, "大会/n 于/p 5月20日/TIME 在/p 海川/LOC 举行/v 。/w"], (D(2024, 5, 20), "海川")),
    ("下届大会 is another edition", [EXPO, "下届/t 大会/n 将/d 于/p 2025年5月20日/TIME 在/p 海川/LOC 举行/v 。/w"], (None, None)),
]
PARENTS = [
    ("held during the main event", [EXPO, "在/p 本届/r 博览会/n 期间/f 举办/v 了/u 海川/LOC 茶文化/n 高峰论坛/n 。/w"], "第三届海川茶叶博览会"),
    ("held elsewhere", [EXPO, "海川/LOC 茶文化/n 高峰论坛/n 在/p 海川/LOC 举办/v 。/w"], None),
]
# fmt: on


@pytest.mark.parametrize(("case", "sentences", "facts"), REFERENCES, ids=[c[0] for c in REFERENCES])
def test_reference_target(case: str, sentences: list[str], facts: tuple[object, object]) -> None:
    (event,) = extraction(*sentences).events
    assert (event.start_date, event.location) == facts


@pytest.mark.parametrize(("case", "sentences", "parent"), PARENTS, ids=[c[0] for c in PARENTS])
def test_contextual_parent(case: str, sentences: list[str], parent: str | None) -> None:
    events = {e.name: e.parent for e in extraction(*sentences).events}
    assert events["海川茶文化高峰论坛"] == parent


def test_title_names_the_main_event() -> None:
    """Not the first event of the text: the one the title names."""
    s = stages("海川/LOC 茶文化/n 高峰论坛/n 举行/v 。/w", EXPO, title="第三届海川茶叶博览会开幕")
    assert s.main is not None and s.titled.records[s.main].name == "第三届海川茶叶博览会"


def test_passes_are_pure() -> None:
    s = stages(
        EXPO, "在/p 本届/r 博览会/n 期间/f 举办/v 了/u 海川/LOC 茶文化/n 高峰论坛/n 。/w", title="博览会开幕"
    )
    before = snapshot(s.acronyms)
    table, main = main_event(s.document, s.acronyms, s.attached)
    assert (snapshot(table), main) == (snapshot(s.titled), s.main) and snapshot(s.acronyms) == before
    assert paragraph_events(s.document, s.titled, s.attached, s.main) == s.leads
    views = view_state(s.attached)
    assert view_state(resolve_refs(s.titled, s.attached, s.main, s.leads)) == view_state(s.resolved)
    assert view_state(s.attached) == views and all(not v.refs for v in s.attached)
    titled = snapshot(s.titled)
    assert snapshot(contextual_parents(s.titled, s.resolved, s.main)) == snapshot(s.parented)
    assert snapshot(s.titled) == titled and titled != snapshot(s.parented)


def test_opening_sentence_names_the_main_event() -> None:
    s = stages(
        "海川/LOC 茶文化/n 高峰论坛/n 在/p 海川/LOC 举行/v ，/w 来自/v 各地/r 的/u 嘉宾/n 参加/v 。/w", EXPO
    )
    assert s.main is not None and s.titled.records[s.main].name == "海川茶文化高峰论坛"
