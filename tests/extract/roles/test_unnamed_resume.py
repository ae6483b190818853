"""A résumé whose name the model did not tag PER (高其品/n ：男，…) opens only with its sex mark."""

from __future__ import annotations

import pytest
from tagged import run

# fmt: off
CASES = [
    pytest.param("高其品/n ：/w 男/a ，/w 现任/v 海川大学/ORG 教授/n 。/w", {"高其品|教授|海川大学"}, id="surname-led word, colon and sex"),
    pytest.param("高其品/n ，/w 女/a ，/w 现任/v 海川大学/ORG 教授/n 。/w", {"高其品|教授|海川大学"}, id="comma and sex"),
    pytest.param("高其品/n ：/w 现任/v 海川大学/ORG 教授/n 。/w", set(), id="no sex mark: no résumé"),
    pytest.param("大学生/n ：/w 男/a ，/w 现任/v 海川大学/ORG 教授/n 。/w", set(), id="no surname: no name"),
]
# fmt: on


@pytest.mark.parametrize(("tagged", "expected"), CASES)
def test_unnamed_resume(tagged: str, expected: set[str]) -> None:
    found = {"|".join((m.person, m.title, m.org or "")) for m in run(tagged).memberships}
    assert found == expected
