"""The event lexicons (kg/resources) and the shared patterns of the passes, loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.resources import load_groups, load_mapping, load_rows

# ---------------------------------------------------------------------------------------------
# Lexicons


@dataclass(frozen=True)
class RoleCue:
    pattern: re.Pattern[str]
    role: str
    tier: str
    side: str


@cache
def role_cues() -> tuple[RoleCue, ...]:
    return tuple(
        RoleCue(
            re.compile(row[0]),
            row[1],
            row[2] if len(row) > 2 else "specific",
            row[3] if len(row) > 3 else "before",
        )
        for row in load_rows("participation_roles.tsv")
    )


@cache
def organizer_verbs() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(load_mapping("organizer_roles.tsv").items(), key=lambda kv: -len(kv[0])))


@cache
def context_words(kind: str) -> tuple[str, ...]:
    return tuple(sorted(load_groups("event_context.tsv").get(kind, ()), key=len, reverse=True))


@cache
def acronyms() -> dict[str, str]:
    return load_mapping("event_acronyms.tsv")


@cache
def series() -> dict[str, tuple[int, int]]:
    return {
        row[0]: (int(row[1]), int(row[2]) if len(row) > 2 else 1) for row in load_rows("event_series.tsv")
    }


SPEAKING = frozenset({"致辞", "主旨报告", "演讲", "主持"})
PRESENCE_ORDER = ("出席", "参加")
_ALIAS_DEF = re.compile(
    r"^[（(](?:以下)?[简下]称[:：]?\s*[“\"「『]?(?P<short>[^”\"」』）)，,]{2,20})[”\"」』]?[）)]"
)
_EDITION_NUMBER = re.compile(r"^第?(?P<n>[0-9一二三四五六七八九十百零〇两]+)届")
_CJK_OR_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·+“”\"（）()—\-]")
_DURING_GAP = 3
_CJK = re.compile(r"[\u4e00-\u9fff]")
_OPENING_CJK = 8
_OPENING_SENTENCES = 3


def _verb_re() -> str:
    return "|".join(re.escape(v) for v, _ in organizer_verbs())


_CJK_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")
# The clause bounds of every rule below. A wider set ([，,。；;！？!?：:]) was once written here for
# _clause_around, but a second assignment further down replaced it before any rule ran; the rules
# and their figures have always used this one.
_CLAUSE_BREAK = re.compile(r"[，；]")


# A dateline's tail and credit bracket at the front of an event span: 电（记者 某某）, （记者 某某）.
_CREDIT = re.compile(r"^[^（(）)]{0,3}[（(](?:[^（(）)]*?)(?:记者|通讯员|编辑)[^（(）)]*[）)]\s*")
# A byline at the front of a sentence: 新华日报讯（记者 某某 通讯员 某某）, 新华社北京6月1日电（记者 某某）.
_BYLINE = re.compile(r"^[^（(）)，,。]{0,16}?[（(][^（(）)]*?(?:记者|通讯员|编辑)[^（(）)]*[）)]")


@cache
def _hold_words() -> re.Pattern[str]:
    """Any word that says an event takes place (event_context.tsv ``hold``, and 揭晓), as one pattern."""
    return re.compile("|".join(map(re.escape, [*context_words("hold"), "揭晓"])))


def holds(text: str) -> bool:
    return _hold_words().search(text) is not None
