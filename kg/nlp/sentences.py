"""Chinese sentence splitting that keeps offsets and respects quotes and brackets.

A sentence ends at 。！？!? (and a run of them, 。。。 or ？！), plus any closing quotes or brackets
right after it (他说：“好。”), or at a line break. An ender inside “…”, 「…」, （…） or 《…》 does not end
the sentence, so a quoted remark stays with its speaker. Sentences longer than ``max_chars`` are cut
at the last comma-like mark before the limit (or hard at the limit), because the statistical model's
cost grows with length and a 50 MB line without punctuation must still stream.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Sentence

ENDERS = frozenset("。！？!?")
OPENERS = {"“": "”", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》", "【": "】", "‘": "’"}
CLOSERS = frozenset(OPENERS.values())
SOFT_BREAKS = frozenset("，,；;、：:")
# Quotes and brackets never span a paragraph; a stray opener is forgotten after this many characters.
MAX_NESTED_CHARS = 300
DEFAULT_MAX_CHARS = 256


def split_sentences(text: str, *, doc_id: str = "", max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Sentence]:
    """Yield the sentences of ``text`` with their offsets; whitespace-only pieces are skipped."""
    index = 0
    for start, end in _boundaries(text, max_chars):
        # Trim whitespace (including the ideographic space of indented paragraphs) off both ends.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield Sentence(doc_id=doc_id, index=index, start=start, end=end, text=text[start:end])
            index += 1


def _inside_ascii_run(text: str, i: int) -> bool:
    """An ASCII ? or ! followed by a letter or digit is part of a URL or code, not an ender."""
    return text[i] in "?!" and i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isalnum()


# What each character that can matter is; every other character only counts towards the limits.
_LINE, _OPEN, _CLOSE, _END, _SOFT = range(5)
_KINDS = (
    dict.fromkeys("\n\r", _LINE)
    | dict.fromkeys(OPENERS, _OPEN)
    | dict.fromkeys(CLOSERS, _CLOSE)
    | dict.fromkeys(ENDERS, _END)
    | dict.fromkeys(SOFT_BREAKS, _SOFT)
)
# The characters of _KINDS: the scan jumps from one to the next (one regex search) and settles the
# limits for the characters in between at once, instead of a Python step per character.
_MARKS = re.compile("[" + "".join(re.escape(c) for c in _KINDS) + "]")


def _boundaries(text: str, max_chars: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each piece, read as if character by character: after each character, a
    bracket open for more than ``MAX_NESTED_CHARS`` is forgotten and a piece of ``max_chars`` is cut
    (at its last soft break when it has one); enders swallow what follows them before either check."""
    kinds, marks = _KINDS, _MARKS
    start = 0
    stack: list[str] = []
    nested_since = 0
    last_soft = -1
    n = len(text)
    i = 0  # the next character not yet read
    while i < n:
        found = marks.search(text, i)
        mark = found.start() if found else n
        # The characters i..mark-1 change nothing but the two checks: the first to reach the
        # length limit is cut (which also forgets any bracket), and so on.
        while (cut_at := max(start + max_chars - 1, i)) < mark:
            cut = last_soft + 1 if last_soft > start else cut_at + 1
            yield start, cut
            start, stack, last_soft = cut, [], -1
            i = cut_at + 1
        if stack and i < mark and mark - 1 - nested_since > MAX_NESTED_CHARS:
            stack = []
        if mark == n:
            break
        i = mark
        ch = text[i]
        kind = kinds[ch]
        if kind == _LINE:
            yield start, i
            start, stack, last_soft = i + 1, [], -1
        elif kind == _OPEN:
            if not (ch == "‘" and stack and stack[-1] == "’"):
                if not stack:
                    nested_since = i
                stack.append(OPENERS[ch])
        elif kind == _CLOSE:
            if stack and stack[-1] == ch:
                stack.pop()
            elif ch in stack:
                while stack and stack.pop() != ch:
                    pass
            # 他说：“…好。”: a quote that closes right after an ender ends the sentence with it.
            if not stack and i > start and text[i - 1] in ENDERS:
                yield start, i + 1
                start, last_soft = i + 1, -1
        elif kind == _END:
            if not stack and not _inside_ascii_run(text, i):
                j = i + 1
                while j < n and (text[j] in ENDERS or text[j] in CLOSERS or text[j] in "…"):
                    j += 1
                yield start, j
                start, last_soft = j, -1
                i = j
                continue
        else:
            last_soft = i
        if stack and i - nested_since > MAX_NESTED_CHARS:
            stack = []
        if i + 1 - start >= max_chars:
            cut = last_soft + 1 if last_soft > start else i + 1
            yield start, cut
            start, stack, last_soft = cut, [], -1
        i += 1
    if start < n:
        yield start, n
