"""Events: where an event is held."""

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
