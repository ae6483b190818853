"""Forms of the eighth held-out round (tests/fixtures/heldout8/NOTES.md), on sentences written for these tests.

Each table runs whole short documents through the model; good rows give what must be found, bad rows what
must not (an empty set, or the plain reading kept).
"""

from __future__ import annotations

import pytest
from extracted import run


def events(text: str) -> set[str]:
    return {e.name for e in run(text).events}


# fmt: off
EVENTS = [
    ("a league's final after the league", "8月18日，第三届海川大学生篮球联赛总决赛在海川体育馆落幕。", {"第三届海川大学生篮球联赛总决赛"}),
    ("a book title opens a launch", "11月6日，《海川发展报告2024》发布会在海川举行。", {"《海川发展报告2024》发布会"}),
    ("a numbered press conference (第二场)", "7月3日，海川市政府新闻办召开海川市防汛工作第二场新闻发布会。", {"海川市防汛工作第二场新闻发布会"}),
    ("a week-long festival (设计周)", "10月12日，“2024海川设计周”在海川开幕。", {"2024海川设计周"}),
]
NOT_EVENTS = [
    ("a final of no named contest", "海川战队晋级中国区总决赛。", set()),
    ("a numbered press conference with no name", "7月3日，市政府新闻办召开第二场新闻发布会。", set()),
    ("a count of press conferences", "今年，海川共举行三场发布会。", set()),
    ("a short book title refers back", "5月8日，市司法局召开学习《条例》座谈会。", set()),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), EVENTS + NOT_EVENTS, ids=[c[0] for c in EVENTS + NOT_EVENTS]
)
def test_event_names(case: str, text: str, expected: set[str]) -> None:
    assert events(text) == expected
