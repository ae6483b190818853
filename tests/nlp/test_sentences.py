from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kg.nlp.sentences import (
    CLOSERS,
    ENDERS,
    MAX_NESTED_CHARS,
    OPENERS,
    SOFT_BREAKS,
    _boundaries,
    split_sentences,
)

# fmt: off
SPLIT_CASES = [
    ("论坛在杭州举办。张三出席并致辞。", ["论坛在杭州举办。", "张三出席并致辞。"]),
    ("他说：“今年要加快进度。明年更好。”会议随后结束。", ["他说：“今年要加快进度。明年更好。”", "会议随后结束。"]),
    ("你去吗？我去！", ["你去吗？", "我去！"]),
    ("真的吗？！好的。", ["真的吗？！", "好的。"]),
    ("（由左到右依次是：院长张三。副院长李四）之后散会。", ["（由左到右依次是：院长张三。副院长李四）之后散会。"]),
    ("报告名为《数字化。转型》，已发布。", ["报告名为《数字化。转型》，已发布。"]),
    ("第一段没有句号\n第二段也没有", ["第一段没有句号", "第二段也没有"]),
    ("　　缩进的段落。\n\n\n", ["缩进的段落。"]),
    ("链接: https://example.com/s?id=1&x=2 见上。", ["链接: https://example.com/s?id=1&x=2 见上。"]),
    ("He asked why? Then left.", ["He asked why?", "Then left."]),
    ("", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), SPLIT_CASES)
def test_sentences_split(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_sentences_unbalanced_quote_does_not_swallow_the_paragraph() -> None:
    text = "他说：“开始了。" + "好。" * 200
    sentences = list(split_sentences(text))
    assert len(sentences) > 40


def test_sentences_long_run_is_cut_at_a_comma() -> None:
    text = "，".join(["张三出席论坛"] * 100)
    sentences = list(split_sentences(text, max_chars=50))
    assert all(len(s.text) <= 50 for s in sentences)
    assert all(s.text.endswith("，") for s in sentences[:-1])
    assert "".join(s.text for s in sentences) == text


def test_sentences_stream_a_line_without_punctuation() -> None:
    iterator = split_sentences("字" * 1_000_000, max_chars=256)
    first = next(iterator)
    assert len(first.text) == 256


@given(st.text(alphabet=st.sampled_from(list("张三。，！？“”（）《》\n 　ab?!")), max_size=300))
def test_sentences_offsets_point_into_the_text(text: str) -> None:
    previous_end = 0
    for i, sentence in enumerate(split_sentences(text, doc_id="d", max_chars=40)):
        assert sentence.index == i
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.start >= previous_end
        assert len(sentence.text) <= 40
        previous_end = sentence.end
    covered = "".join(s.text for s in split_sentences(text, max_chars=40))
    assert "".join(covered.split()) == "".join(text.split())


def _boundaries_by_character(text: str, max_chars: int) -> list[tuple[int, int]]:
    """The splitter's rules applied one character at a time (what kg.nlp.sentences did before it
    jumped from mark to mark): the reference the fast scan must agree with."""
    found: list[tuple[int, int]] = []
    start, stack, nested_since, last_soft, i, n = 0, list[str](), 0, -1, 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "\n\r":
            found.append((start, i))
            start, stack, last_soft = i + 1, [], -1
        elif ch in OPENERS:
            if not (ch == "‘" and stack and stack[-1] == "’"):
                if not stack:
                    nested_since = i
                stack.append(OPENERS[ch])
        elif ch in CLOSERS:
            if stack and stack[-1] == ch:
                stack.pop()
            elif ch in stack:
                while stack and stack.pop() != ch:
                    pass
            if not stack and i > start and text[i - 1] in ENDERS:
                found.append((start, i + 1))
                start, last_soft = i + 1, -1
        elif ch in ENDERS:
            ascii_run = ch in "?!" and i + 1 < n and text[i + 1].isascii() and text[i + 1].isalnum()
            if not stack and not ascii_run:
                j = i + 1
                while j < n and (text[j] in ENDERS or text[j] in CLOSERS or text[j] in "…"):
                    j += 1
                found.append((start, j))
                start, last_soft, i = j, -1, j
                continue
        elif ch in SOFT_BREAKS:
            last_soft = i
        if stack and i - nested_since > MAX_NESTED_CHARS:
            stack = []
        if i + 1 - start >= max_chars:
            cut = last_soft + 1 if last_soft > start else i + 1
            found.append((start, cut))
            start, stack, last_soft = cut, [], -1
        i += 1
    if start < n:
        found.append((start, n))
    return found


_MARKED = list("张三。，！？“”（）《》「」‘’【】\n\r 　ab?!…、：1") + [
    "字" * 7,
    "字" * 40,
    "字" * 299,
    "（" + "字" * 299,
]


@given(
    st.lists(st.sampled_from(_MARKED), max_size=120).map("".join),
    st.sampled_from([1, 2, 3, 7, 40, 256, 1000]),
)
@example("（" + "字" * 305 + "。好。", 1000)  # a bracket forgotten in a run without marks
@example("字" * 600 + "，好。", 256)  # two cuts in one run
def test_sentences_scan_agrees_with_reading_by_character(text: str, max_chars: int) -> None:
    assert list(_boundaries(text, max_chars)) == _boundaries_by_character(text, max_chars)
