"""The count-list construction: 拟聘任N名TITLE，分别是A、B… gives each listed name the title at the
appointing organisation, and nothing where the count, the trigger or the list opening is missing."""

from __future__ import annotations

import pytest
from tagged import run

# fmt: off
CASES = [
    pytest.param("海川银行/ORG 拟/v 聘任/v 2名/m 副行长/n ，/w 分别/d 是/v 张伟/PER 、/w 李强/PER 。/w", {"张伟|副行长|海川银行", "李强|副行长|海川银行"}, id="digits"),
    pytest.param("海川银行/ORG 拟/v 任命/v 两/m 名/q 副行长/n ，/w 分别/d 为/p 张伟/PER 、/w 李强/PER 。/w", {"张伟|副行长|海川银行", "李强|副行长|海川银行"}, id="两名 and 分别为"),
    pytest.param("海川银行/ORG 拟/v 聘任/v 3名/m 副行长/n ，/w 分别/d 是/v 张伟/PER 、/w 李强/PER 。/w", set(), id="fewer names than the count"),
    pytest.param("海川银行/ORG 新增/v 2名/m 副行长/n ，/w 分别/d 是/v 张伟/PER 、/w 李强/PER 。/w", set(), id="no appointment trigger"),
    pytest.param("海川银行/ORG 拟/v 聘任/v 2名/m 副行长/n 。/w 张伟/PER 、/w 李强/PER 出席/v 。/w", set(), id="no list opening after the title"),
    pytest.param("拟/v 聘任/v 2名/m 副行长/n ，/w 分别/d 是/v 张伟/PER 、/w 李强/PER 。/w", {"张伟|副行长|", "李强|副行长|"}, id="no organisation before the trigger"),
]
# fmt: on


@pytest.mark.parametrize(("tagged", "expected"), CASES)
def test_count_list(tagged: str, expected: set[str]) -> None:
    found = {"|".join((m.person, m.title, m.org or "")) for m in run(tagged).memberships}
    assert found == expected
