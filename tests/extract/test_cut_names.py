"""tag_titles joins a name final that LAC cut off (李国/和 → 李国和), and only then."""

from __future__ import annotations

import pytest

from kg.nlp.pipeline import parse_text

CASES: list[tuple[str, str, set[str]]] = [
    ("和 + 一行", "副市长会见了中国龙舟协会主席李国和一行。", {"李国和"}),
    ("和 + bracket", "发布会上，周立和（右）介绍了新品。", {"周立和"}),
    ("conjunction between two names", "王强和李明出席会议。", {"王强", "李明"}),
    ("conjunction before a noun", "王强和同事一起参会。", {"王强"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c for c, _, _ in CASES])
def test_person_tokens(case: str, text: str, expected: set[str]) -> None:
    assert {e.text for e in parse_text(text).ents() if e.label == "PER"} == expected
