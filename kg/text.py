"""String helpers every stage shares: one place for name normalisation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Middle dots used between the parts of transliterated foreign names (伊拉克利·纳德热什维利).
MIDDLE_DOTS = "·•・‧∙⋅･"
_DOT_RE = re.compile(f"[{re.escape(MIDDLE_DOTS)}]")
_SPACE_RE = re.compile(r"\s+")


def normalize_name(name: str) -> str:
    """NFKC, one middle dot (U+00B7), no outer whitespace: the key names are compared on.

    This is the comparison rule of gold/SCHEMA.md, shared by resolution and evaluation.
    """
    text = unicodedata.normalize("NFKC", name)
    text = _DOT_RE.sub("·", text)
    return _SPACE_RE.sub(" ", text).strip()


def squeeze_spaces(text: str) -> str:
    """Drop whitespace between CJK characters (黄 鑫 → 黄鑫) and keep it between Latin words."""
    return re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000\u00a0]+(?=[\u4e00-\u9fff])", "", text)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, so that the longest word at a position wins."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


# --- added by roles
# The CJK Unified Ideographs block as a regex class: the characters Chinese names are written in.
CJK_CLASS = r"[\u4e00-\u9fff]"
