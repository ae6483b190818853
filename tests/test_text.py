"""kg/text.py: the one home of the character classes and patterns the stages share."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.text import (
    CLOSE_BRACKETS,
    CLOSE_QUOTES,
    HAN,
    HAN_CHAR,
    NUMERAL,
    OPEN_QUOTES,
    SHORT_FORM_DEFINITION,
    bracketed,
    count_han,
    is_cjk,
    is_han_word,
    short_form_definition,
    squeeze_spaces,
)

# fmt: off
HAN_WORDS = [
    ("名字", True),
    ("陳茂波", True),  # Traditional characters are in the block too
    ("一", True),  # U+4E00, the first of the block
    ("\u9fff", True),  # the last
    ("", False),
    ("名字A", False),
    ("AI", False),
    ("名 字", False),
    ("名字\n", False),  # a trailing line break is not part of a word
    ("㐀", False),  # Extension A is outside the rules' class
    ("，", False),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), HAN_WORDS)
def test_is_han_word(text: str, expected: bool) -> None:
    assert is_han_word(text) is expected


# fmt: off
CJK_CHARS = [
    ("中", True, True),
    ("㐀", True, False),  # Extension A: Chinese for is_cjk, not for the rules
    ("䶿", True, False),
    ("A", False, False),
    ("，", False, False),
    ("〇", False, False),  # a numeral, but a symbol block
]
# fmt: on


@pytest.mark.parametrize(("char", "cjk", "han"), CJK_CHARS)
def test_is_cjk_is_wider_than_han(char: str, cjk: bool, han: bool) -> None:
    assert is_cjk(char) is cjk
    assert (HAN_CHAR.fullmatch(char) is not None) is han


@given(st.characters())
def test_han_class_is_inside_is_cjk(char: str) -> None:
    if HAN_CHAR.fullmatch(char):
        assert is_cjk(char)


# fmt: off
SQUEEZED = [
    ("黄 鑫", "黄鑫"),
    ("黄\u3000鑫", "黄鑫"),  # ideographic space
    ("黄\u00a0 鑫", "黄鑫"),  # no-break space, then a space
    ("Tim Cook", "Tim Cook"),  # Latin words keep their space
    ("苹果 CEO", "苹果 CEO"),  # Han next to Latin keeps it
    ("黄\t鑫", "黄\t鑫"),  # a tab is not a word space
    ("黄\n鑫", "黄\n鑫"),  # nor a line break
    ("", ""),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), SQUEEZED)
def test_squeeze_spaces(text: str, expected: str) -> None:
    assert squeeze_spaces(text) == expected


@given(st.text(alphabet=st.sampled_from("黄鑫AB 　\u00a0\t,，")))
def test_squeeze_spaces_only_drops_spaces_and_is_idempotent(text: str) -> None:
    squeezed = squeeze_spaces(text)
    assert squeezed.replace(" ", "").replace("\u3000", "").replace("\u00a0", "") == (
        text.replace(" ", "").replace("\u3000", "").replace("\u00a0", "")
    )
    assert squeeze_spaces(squeezed) == squeezed


# fmt: off
NUMERALS = [
    ("第十二届", True), ("第2届", True), ("两届", True), ("第二〇二三届", True), ("第百届", True),
    ("第X届", False), ("第届", False), ("第三十一", False),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), NUMERALS)
def test_numeral_class(text: str, expected: bool) -> None:
    assert (re.fullmatch(f"第?[{NUMERAL}]+届", text) is not None) is expected


# fmt: off
BRACKETED = [
    ("（北京）", True), ("(北京)", True), ("（北京)", True), ("(北京）", True),
    ("北京", False), ("【北京】", False), ("（北）", False), ("（北京市海淀）", False),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), BRACKETED)
def test_bracketed(text: str, expected: bool) -> None:
    assert (re.fullmatch(bracketed(f"[{HAN}]{{2,4}}"), text) is not None) is expected


# What the one definition pattern reads; None where a bracket defines nothing.
# fmt: off
DEFINITIONS = [
    ("第五届全球智能博览会（简称“全球智博会”）", "全球智博会"),
    ("大会(以下简称\"大会\")", "大会"),
    ("（简称：WAIC）", "WAIC"),
    ("（下称进博会）", "进博会"),  # no quotes
    ("（英文简称“CIIE”）", "CIIE"),
    ("（以下简称「字节跳动」）", "字节跳动"),
    ("（以下简称『海信』）", "海信"),
    ("（ 简称 “ 智博会 ” ）", "智博会"),  # spaces around the words stay outside the short form
    ("（简称“甲”）", None),  # one character is too short (the quote is never read into it)
    ("（简称“甲“乙”）", None),  # a quote inside
    ("（简称“甲、乙”）", None),  # a list, not a short form
    ("（简称甲，乙）", None),
    ("（简称；甲乙）", None),
    ("（全称“全球智博会”）", None),  # 全称 defines the full name, not a short form
    ("全球智博会", None),
    ("（简称“" + "长" * 21 + "”）", None),  # longer than 20 characters
]
# fmt: on


@pytest.mark.parametrize(("text", "short"), DEFINITIONS)
def test_short_form_definition(text: str, short: str | None) -> None:
    found = SHORT_FORM_DEFINITION.search(text)
    assert (found["short"].strip() if found else None) == short


# fmt: off
QUOTED = [
    ("（以下简称“省发改委”）", 12, "省发改委"),
    ("（下称进博会）", 12, None),  # quotes required
    ("（简称“" + "长" * 13 + "”）", 12, None),
    ("（简称“" + "长" * 13 + "”）", 20, "长" * 13),
]
# fmt: on


@pytest.mark.parametrize(("text", "longest", "short"), QUOTED)
def test_short_form_definition_options(text: str, longest: int, short: str | None) -> None:
    found = short_form_definition(quoted=True, longest=longest).search(text)
    assert (found["short"] if found else None) == short


@given(st.text(alphabet=st.sampled_from('（）()“”"「」简称以下：:，、 甲乙丙WA')))
def test_a_short_form_never_holds_a_quote_or_closing_mark(text: str) -> None:
    for found in SHORT_FORM_DEFINITION.finditer(text):
        short = found["short"]
        assert 2 <= len(short) <= 20
        assert not set(short) & set(OPEN_QUOTES + CLOSE_QUOTES + CLOSE_BRACKETS + "，,、；;")
        assert found.group().startswith(("（", "("))


# fmt: off
HAN_COUNTS = [
    ("香港特別行政區", 7), ("AI 2024", 0), ("", 0),
    ("㐀䶿", 2),  # Extension A
    ("\U00020000\U0003134a", 2),  # supplementary planes
    ("，。《》", 0), ("〇", 0),
]
# fmt: on


@pytest.mark.parametrize(("text", "count"), HAN_COUNTS)
def test_count_han(text: str, count: int) -> None:
    assert count_han(text) == count


@given(st.text())
def test_count_han_counts_what_the_script_share_always_counted(text: str) -> None:
    assert count_han(text) == sum(
        1 for c in text if "\u3400" <= c <= "\u9fff" or "\U00020000" <= c <= "\U0003134f"
    )
