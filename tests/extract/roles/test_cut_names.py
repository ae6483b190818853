"""tag_titles joins a name final that LAC cut off (李国/和 → 李国和), and only then."""

from __future__ import annotations

import pytest

from kg.nlp.pipeline import parse_text

CASES: list[tuple[str, str, set[str]]] = [
    ("和 + 一行", "副市长会见了中国龙舟协会主席李国和一行。", {"李国和"}),
    ("和 + bracket", "发布会上，周立和（右）介绍了新品。", {"周立和"}),
    ("conjunction between two names", "王强和李明出席会议。", {"王强", "李明"}),
    ("conjunction before a noun", "王强和同事一起参会。", {"王强"}),
    ("和 + reporting verb", "市委副书记、市长李德和出席并致辞。", {"李德和"}),
    ("和 + 表示", "副会长张文和表示，商会将继续服务侨商。", {"张文和"}),
    ("和 + a verb that can start a list item", "王强和参会代表交流。", {"王强"}),
    ("和 + a second name and 出席", "王强和李明出席签约仪式。", {"王强", "李明"}),
    ("才 + verb", "副总经理李辉才出席活动并致辞。", {"李辉才"}),
    ("才 + punctuation", "记者 王明才，通讯员 李军", {"王明才", "李军"}),
    ("a three-character name keeps 才 off", "王晓明才出席会议。", {"王晓明"}),
    ("中 + punctuation after a title", "现任海川消费金融公司总经理胡浩中。", {"胡浩中"}),
    ("中 of a clause keeps off a name", "王强在讨论中发言。", {"王强"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c for c, _, _ in CASES])
def test_person_tokens(case: str, text: str, expected: set[str]) -> None:
    assert {e.text for e in parse_text(text).ents() if e.label == "PER"} == expected
