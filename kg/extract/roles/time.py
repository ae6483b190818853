"""When a membership holds: the time word its title opens with, and the verb its construction read.

Both come from kg/resources/membership_time.tsv, never from code. A title such as 原社长 or 前任主席
states a former post (the role is 社长, 主席); a construction whose table row reads a verb
(``Construction.time == "verb"``) takes the status of the nearest such verb before the chain in
the clause that names its holder: 曾任/历任 (former), 现任/时任 (current), 聘任/当选/新任 (current,
from the article's date), 辞去/卸任/不再担任 (ended, on the article's date), 拟任/拟出任 (designated);
a mark right before the verb (拟聘任, 曾担任) overrides it. A time word inside a name (原平市, 前海)
is none: the title must be a post without it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.roles.records import Chain, Name, Time
from kg.extract.roles.words import CLAUSE_START, post_head
from kg.model import Status
from kg.resources import load_mapping, load_rows
from kg.text import alternation

if TYPE_CHECKING:
    from kg.extract.roles.reader import Reader

START, END = "start", "end"  # Time.dated: the article's date is the membership's start or its end
VERB = "verb"  # Construction.time of a row whose verb dates the posts it reads
AFTER = "after"  # Construction.time of a row whose holder may leave the post right after the name
# Construction.time of rows that state the time themselves (membership_time.tsv ``row`` lines)
RESIGNED, APPROVED, SUCCEEDED = "resigned", "approved", "succeeded"


@cache
def _table() -> dict[str, dict[str, Time]]:
    """membership_time.tsv by kind (prefix, verb, mark): word → Time."""
    table: dict[str, dict[str, Time]] = {}
    for row in load_rows("membership_time.tsv"):
        word, kind, status = row[0], row[1], row[2]
        table.setdefault(kind, {})[word] = Time(Status(status), row[3] if len(row) > 3 else "")
    return table


def row_time(word: str) -> Time | None:
    """What a construction whose ``time`` is ``word`` states of the posts it reads (a ``row`` line of
    membership_time.tsv: resigned → ended on the article's date); None for "" and "verb"."""
    return _table().get("row", {}).get(word)


@cache
def _left() -> re.Pattern[str]:
    """The leaving verb right after a holder's name (``after`` lines), perhaps after 已, a reason or a
    date (已于6月18日离任); 将/拟 before it is none: the post is still held."""
    verbs = alternation(sorted(_table().get("after", {}), key=len, reverse=True))
    return re.compile(f"{load_mapping('role_patterns.tsv')['left']}(?P<verb>{verbs})")


def left_time(r: Reader, names: list[Name]) -> Time | None:
    """董事会秘书某某辞职 / 主席某某于6月18日离任: the holder named after the chain leaves it, ended on
    the article's date (undated when the sentence has a time word); None when no such verb follows."""
    if not names:
        return None
    found = _left().match(r.text, names[-1].end)
    if found is None:
        return None
    return stated_time(r, _table()["after"][found["verb"]])


def stated_time(r: Reader, time: Time | None) -> Time | None:
    """A construction's own time in this sentence: a time word in it (于4月2日收到…辞呈) dates the
    event otherwise than the article, so it then gives no date."""
    if time is not None and time.dated and "TIME" in r.tags:
        return Time(time.status)
    return time


def word_time(text: str, stop: int) -> Time | None:
    """The time of the table's verb written right before ``stop`` (聘任), a mark before it changing it
    (拟聘任: designated); None when no verb of the table ends there."""
    verbs = _table().get("verb", {})
    word = next((w for w in sorted(verbs, key=len, reverse=True) if text.endswith(w, 0, stop)), None)
    if word is None:
        return None
    mark = _mark_before(text, stop - len(word))
    return _marked(verbs[word], mark) if mark is not None else verbs[word]


def _marked(time: Time, mark: str) -> Time:
    """A verb's time changed by the mark before it: 拟聘任 designated, 曾担任 former; a post to be left
    (将卸任, 拟辞去) is still held, so current and undated."""
    status = _table()["mark"][mark].status
    if status is Status.DESIGNATED and time.status is Status.ENDED:
        return Time(Status.CURRENT)
    return Time(status)


def _mark_before(text: str, stop: int) -> str | None:
    """The longest ``mark`` word of the table written right before ``stop`` (拟 of 拟聘任), if any."""
    marks = _table().get("mark", {})
    return next((m for m in sorted(marks, key=len, reverse=True) if text.endswith(m, 0, stop)), None)


def title_time(title: str) -> tuple[str, Status]:
    """The time word a written title opens with and its status: 原社长 → (原, former); ("", current)
    when it opens with none, or when what follows the word is no post (前台经理, 原子能专家)."""
    prefixes = _table().get("prefix", {})
    for word in sorted(prefixes, key=len, reverse=True):
        if title.startswith(word) and post_head(title[len(word) :]):
            return word, prefixes[word].status
    return "", Status.CURRENT


def verb_time(r: Reader, chain: Chain, names: list[Name]) -> Time | None:
    """What the verb before the chain says of when its holders hold it; a time word (2018年) between
    the holder and the chain dates the verb otherwise than the article, so it then gives no date.

    The verb is looked for from the start of the clause of the first holder named before the chain
    up to the chain's first organisation or title, outside names, titles and organisations, at
    token boundaries; the nearest (the longest of those ending at one place) wins. None when no
    holder is named before the chain (…由某某担任) or no verb of the table stands there.
    """
    first = chain[0][1]
    end = first.org.start if first.org is not None and first.org.start >= first.start else first.title_start
    before = [n for n in names if n.end <= first.start]
    if not before:
        return None
    start = max(r.text.rfind(c, 0, before[0].start) for c in CLAUSE_START) + 1
    taken = [(n.start, n.end) for n in names]
    taken += [(s.start_char, s.end_char) for s in (*r.titles, *r.orgs)]
    verbs = _table().get("verb", {})
    found: tuple[int, int, str] | None = None  # (verb end, its length, the verb)
    for word in verbs:
        at = r.text.rfind(word, start, end)
        while at >= 0:
            stop = at + len(word)
            free = all(stop <= a or at >= b for a, b in taken)
            if free and at in r.by_start and stop in r.by_end:
                if found is None or (stop, len(word)) > found[:2]:
                    found = (stop, len(word), word)
                break
            at = r.text.rfind(word, start, stop - 1)
    if found is None:
        return None
    stop, size, word = found
    time = verbs[word]
    mark = _mark_before(r.text, stop - size)
    if mark is not None and (stop - size - len(mark)) in r.by_start and (stop - size) in r.by_end:
        time = _marked(time, mark)
    if time.dated and any(r.tags[k] == "TIME" and start <= r.starts[k] < end for k in range(len(r.words))):
        time = Time(time.status)
    return time
