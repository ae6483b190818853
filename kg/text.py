"""String helpers and character classes every stage shares: one home per text concept.

Character classes are regex class bodies (``HAN`` is ``"\\u4e00-\\u9fff"``), to be put inside
``[...]`` with other characters; the compiled patterns and builders below are built from them, so
a rule never writes its own copy of "a Chinese character", "a numeral" or "a bracket".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# --- Han characters ---------------------------------------------------------------------------
# HAN is the class the rules, lexicons and patterns were written and measured with: the CJK
# Unified Ideographs block, which holds every character of modern Simplified and Traditional news.
# It is narrow on purpose: widening it would change which words the rules call Chinese.
HAN = "\u4e00-\u9fff"
# Extension A (U+3400–U+4DBF): rare characters, mostly in personal and place names (㛃, 䶮). They
# count as Chinese where a character is only being classified (is_cjk, IRIs), not where rules match.
HAN_EXT_A = "\u3400-\u4dbf"
# CJK Compatibility Ideographs (U+F900–U+FAFF): duplicates of unified ideographs kept for round
# trips with older encodings; NFKC folds most of them. Safe in a Turtle local name.
HAN_COMPATIBILITY = "\uf900-\ufaff"
# Supplementary-plane ideographs (Extensions B–H), counted when deciding a document's script.
HAN_SUPPLEMENTARY = "\U00020000-\U0003134f"

HAN_CHAR = re.compile(f"[{HAN}]")
_HAN_WORD = re.compile(f"[{HAN}]+")
# Every Han code point, for counting: Extension A up to the end of the unified block (the Yijing
# hexagram symbols between the two are counted too) and the supplementary planes.
_ANY_HAN = re.compile(f"[\u3400-\u9fff{HAN_SUPPLEMENTARY}]")

# --- Numerals ---------------------------------------------------------------------------------
# Arabic digits and the Chinese numerals that write counts and editions (第十二届, 两场, 二〇二三).
NUMERAL = "0-9一二三四五六七八九十百零〇两"

# --- Brackets and quotes ----------------------------------------------------------------------
OPEN_BRACKETS = "（("
CLOSE_BRACKETS = "）)"
# Quotes a short form may be written in: （简称“X”）, （简称"X"）, （简称「X」）, （简称『X』）.
OPEN_QUOTES = '“"「『'
CLOSE_QUOTES = '”"」』'

# --- Middle dots and spaces -------------------------------------------------------------------
# Middle dots used between the parts of transliterated foreign names (伊拉克利·纳德热什维利).
MIDDLE_DOTS = "·•・‧∙⋅･"
_DOT_RE = re.compile(f"[{re.escape(MIDDLE_DOTS)}]")
_SPACE_RE = re.compile(r"\s+")
# Spaces between two Han characters: ASCII, ideographic (U+3000) and no-break (U+00A0).
_SPACES_BETWEEN_HAN = re.compile(f"(?<=[{HAN}])[ \u3000\u00a0]+(?=[{HAN}])")


def normalize_name(name: str) -> str:
    """NFKC, one middle dot (U+00B7), no outer whitespace: the key names are compared on.

    This is the comparison rule of gold/SCHEMA.md, shared by resolution and evaluation.
    """
    text = unicodedata.normalize("NFKC", name)
    text = _DOT_RE.sub("·", text)
    return _SPACE_RE.sub(" ", text).strip()


def squeeze_spaces(text: str) -> str:
    """Drop whitespace between Han characters (黄 鑫 → 黄鑫) and keep it between Latin words."""
    return _SPACES_BETWEEN_HAN.sub("", text)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, so that the longest word at a position wins."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def is_cjk(char: str) -> bool:
    """A character of the unified block or of Extension A: wider than :data:`HAN`, for classifying
    one character (a rare name character is still Chinese) rather than for rules."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def is_han_word(text: str) -> bool:
    """Every character of a non-empty ``text`` is in :data:`HAN` (名字, not 名字A or A)."""
    return _HAN_WORD.fullmatch(text) is not None


def count_han(text: str) -> int:
    """How many Han characters ``text`` holds, of any block: the base of a document's script share."""
    return len(_ANY_HAN.findall(text))


def bracketed(inner: str) -> str:
    """A regex for ``inner`` (a regex) between one opening and one closing bracket, full or half width."""
    return f"[{OPEN_BRACKETS}]{inner}[{CLOSE_BRACKETS}]"


# --- Short-form definitions (简称) --------------------------------------------------------------


def short_form_definition(*, quoted: bool = False, longest: int = 20) -> re.Pattern[str]:
    """A pattern for a bracket that defines a short form: （简称“全球智博会”）, (以下简称"大会"),
    （简称：WAIC）, （下称进博会）, （英文简称“CIIE”）; group ``short`` is the short form as written.

    ``quoted`` requires the short form in quotes (a bare （下称进博会） is then no definition);
    ``longest`` is the most characters a short form has (2 is the fewest). The short form holds no
    quote or closing bracket, and no comma, 、 or semicolon, so a bracket that lists things is no
    definition; spaces around the words are allowed and are outside ``short``.
    """
    opening = f"[{OPEN_QUOTES}]" if quoted else f"[{OPEN_QUOTES}]?"
    closing = f"[{CLOSE_QUOTES}]" if quoted else f"[{CLOSE_QUOTES}]?"
    stops = f"{OPEN_QUOTES}{CLOSE_QUOTES}{CLOSE_BRACKETS}，,、；;"
    return re.compile(
        f"[{OPEN_BRACKETS}]\\s*(?:以下)?(?:简称|下称|英文简称)\\s*[:：]?\\s*{opening}"
        f"(?P<short>[^{stops}]{{2,{longest}}}?){closing}\\s*[{CLOSE_BRACKETS}]"
    )


# The one definition pattern: quotes optional, up to 20 characters (kg/link/aliases.py).
SHORT_FORM_DEFINITION = short_form_definition()
