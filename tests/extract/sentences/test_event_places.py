"""Events: where an event is held.

Whole short documents through the model (tests/extracted.py). Each row is one case, written for these
tests: what must be found, or what must not (an empty set, or the plain reading kept). The id names
the round that found the form (heldoutN: tests/fixtures/heldoutN/NOTES.md; heldout3: the third round;
misses: the known-misses audit; precision: the precision audit on real news; government: bodies of
governments) and the form.
"""

from __future__ import annotations

import pytest
from extracted import event_places

# fmt: off
PLACES = [
    pytest.param("海川大學今日假香港會議展覽中心舉行第三十屆頒授學位典禮。", {("第三十届颁授学位典礼", "香港会议展览中心")}, id="heldout10-假…举行 names the venue"),
    pytest.param("海川理工大学今日假海川校园综艺馆举行第三十届颁授学位典礼。", {("第三十届颁授学位典礼", "海川校园综艺馆")}, id="heldout10-假 glued to the day (今日假/TIME)"),
    pytest.param("暑假学校举行第三十届颁授学位典礼。", {("第三十届颁授学位典礼", None)}, id="heldout10-a holiday (暑假) is no venue"),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_event_places(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert event_places(text) == expected
