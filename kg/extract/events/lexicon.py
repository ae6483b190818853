"""The event lexicons (kg/resources) and the shared patterns of the passes, loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.resources import load_groups, load_mapping, load_rows
from kg.text import HAN, HAN_CHAR

# A Chinese character (the class the rules were measured with, kg.text.HAN).
CJK_CHAR = HAN_CHAR


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


@cache
def event_words(kind: str) -> tuple[str, ...]:
    """Words of event_words.tsv of one kind, in file order."""
    return load_groups("event_words.tsv").get(kind, ())


@cache
def file_order(kind: str) -> re.Pattern[str]:
    """The words of one kind of event_words.tsv as an alternation in file order (the first that fits)."""
    return re.compile("|".join(map(re.escape, event_words(kind))))


# A character a name may be written with (a title's event name extends left over these).
CJK_OR_NAME = re.compile(rf"[{HAN}A-Za-z0-9·+“”\"（）()—\-]")
DURING_GAP = 3  # characters a during word (期间) may stand after a reference to the main event
# The opening sentences that may name the article's event: the first 3 with 8 Chinese characters or more.
OPENING_CJK = 8
OPENING_SENTENCES = 3


def verb_alternation() -> str:
    """The organiser verbs of organizer_roles.tsv as a regex alternation, longest first."""
    return "|".join(re.escape(v) for v, _ in organizer_verbs())


CJK_ONLY = re.compile(f"^[{HAN}]+$")
# The clause bounds of every event rule. A wider set ([，,。；;！？!?：:]) was once written here for
# _clause_around, but a second assignment further down replaced it before any rule ran; the rules
# and their figures have always used this one.
CLAUSE_BREAK = re.compile(r"[，；]")


@cache
def _hold_words() -> re.Pattern[str]:
    """Any word that says an event takes place (event_context.tsv ``hold``, event_words.tsv
    ``announce``), as one pattern."""
    return re.compile("|".join(map(re.escape, [*context_words("hold"), *event_words("announce")])))


def holds(text: str) -> bool:
    return _hold_words().search(text) is not None
