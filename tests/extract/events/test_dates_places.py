"""Pass 4 (kg/extract/events/dates.py): dates and places from clauses that say an event takes place."""

from __future__ import annotations

import datetime as dt

import pytest
from event_stages import EXPO, EXPO_NAME, extraction, snapshot, stages

from kg.extract.events.dates import dates_and_places

D = dt.date
# fmt: off
FACTS = [
    ("range and venue", [f"{EXPO_NAME} 于/p 5月20日至22日/TIME 在/p 海川/LOC 国际/n 会展中心/n 举行/v 。/w"], (D(2024, 5, 20), D(2024, 5, 22), "海川国际会展中心")),
    ("持续至 gives the end", [f"{EXPO_NAME} 于/p 5月20日/TIME 开幕/v 。/w", "展览/n 将/d 持续/v 至/p 8月31日/TIME 。/w"], (D(2024, 5, 20), D(2024, 8, 31), None)),
    ("borrowed venue 假", [f"{EXPO_NAME} 今日假/TIME 海川会议展览中心/ORG 举行/v 。/w"], (None, None, "海川会议展览中心")),
    ("a deadline is no date", [f"{EXPO_NAME} 报名/v 截止/v 于/p 5月20日/TIME 。/w"], (None, None, None)),
    ("no hold verb, no date", [f"{EXPO_NAME} 5月20日/TIME 发布/v 议程/n 。/w"], (None, None, None)),
]
# fmt: on


@pytest.mark.parametrize(("case", "sentences", "facts"), FACTS, ids=[c[0] for c in FACTS])
def test_dates_and_places(case: str, sentences: list[str], facts: tuple[object, object, object]) -> None:
    (event,) = extraction(*sentences).events
    assert (event.start_date, event.end_date, event.location) == facts


def test_pass_is_pure() -> None:
    s = stages(EXPO, "大会/n 于/p 5月20日/TIME 在/p 海川/LOC 举行/v 。/w")
    before = snapshot(s.parented)
    first = dates_and_places(s.document, s.parented, s.resolved, s.main)
    assert snapshot(dates_and_places(s.document, s.parented, s.resolved, s.main)) == snapshot(first)
    assert snapshot(s.parented) == before
    (event,) = first.events
    assert (event.start, event.location) == (D(2024, 5, 20), "海川")
    assert s.parented.events[0].start is None


@pytest.mark.parametrize(("case", "sentences", "facts"), FACTS, ids=[c[0] for c in FACTS])
def test_the_stages_run_the_passes_of_extract_events(
    case: str, sentences: list[str], facts: tuple[object, object, object]
) -> None:
    # event_stages.stages() keeps every intermediate result in extract_events' order: if that order
    # changes, the pass tests would test another pipeline, and this fails
    s = stages(*sentences)
    table = dates_and_places(s.document, s.parented, s.resolved, s.main)
    staged = {(e.name, e.start, e.end, e.location) for e in table.events}
    assert staged == {(e.name, e.start_date, e.end_date, e.location) for e in extraction(*sentences).events}
