"""Pass 3: the article's own event, each paragraph's event, and what generic references point to."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import islice

from kg.extract.events.lexicon import (
    _CJK,
    _CJK_OR_NAME,
    _CLAUSE_BREAK,
    _DURING_GAP,
    _OPENING_CJK,
    _OPENING_SENTENCES,
    context_words,
)
from kg.extract.events.merge import _abbreviates
from kg.extract.events.records import _Event, _Mention, _Registry, _SentenceView, core
from kg.model import (
    Document,
)
from kg.nlp.event_spans import REFS_KEY, event_lexicon, head_at
from kg.nlp.tokens import SpanRow
from kg.resources import load_groups
from kg.text import normalize_name

# ---------------------------------------------------------------------------------------------
# The main event and what references point to


def _title_candidates(title: str) -> list[tuple[str, bool]]:
    """Strings of the title that end with an event head: each left extension of the head, and
    whether it is the longest one (only that may abbreviate an event named in the text)."""
    found: list[tuple[str, bool]] = []
    heads = event_lexicon().heads
    for end in range(len(title), 0, -1):
        head = head_at(title, end)
        if head is None or heads[head] == "part":
            continue
        start = end - len(head)
        while start > 0 and _CJK_OR_NAME.match(title[start - 1]):
            start -= 1
        for cut in range(start, end - len(head) + 1):
            found.append((title[cut:end], cut == start))
    return found


def _main_event(document: Document, registry: _Registry, views: Sequence[_SentenceView]) -> _Event | None:
    title = normalize_name(document.title or "")
    matched: list[_Event] = []
    if title:
        for candidate, whole in _title_candidates(title):
            for event in registry.events:
                forms = [normalize_name(n) for n in event.names()]
                if candidate in forms or core(candidate) in {core(f) for f in forms}:
                    matched.append(event)
                elif whole and any(_abbreviates(candidate, f) for f in forms):
                    registry.alias(event, candidate)
                    matched.append(event)
    if matched:
        # A sub-event the title names is more specific than its parent.
        children = [e for e in matched if any(registry.get(e.parent) is p for p in matched)]
        chosen = children or matched
        return min(chosen, key=lambda e: (e.sentence.index, e.span[0]))
    # The opening sentences: the first three with text in them (not front matter or a link line).
    with_text = (v for v in views if len(_CJK.findall(v.text)) >= _OPENING_CJK)
    opening = list(islice(with_text, _OPENING_SENTENCES))
    for view in opening:
        here = [e for m in view.named if (e := registry.get(m.event)) is not None]
        if here:
            children = [e for e in here if any(registry.get(e.parent) is p for p in here)]
            return (children or here)[0]
    return None


def _resolve_refs(
    registry: _Registry, views: Sequence[_SentenceView], main: _Event | None, leads: dict[int, _Event | None]
) -> None:
    """Point each generic reference at the main event, or at the one event whose head it repeats;
    one that repeats no head (颁奖典礼上) at the event its paragraph reports (_paragraph_events)."""
    dets = load_groups("generic_event_mentions.tsv").get("det", ())
    for view in views:
        lead = leads[view.sentence.index]
        for span in view.parse.group(REFS_KEY):
            word = span.text
            for det in dets:
                if word.startswith(det) and len(word) > len(det):
                    word = word[len(det) :]
                    break
            target = (
                None if _another_edition(view.text, span, main) else _ref_target(registry, word, main, lead)
            )
            view.refs.append(
                _Mention(span.start_char, span.end_char, span.text, target.key if target else None)
            )


_EDITION_BEFORE = re.compile(r"第([0-9一二三四五六七八九十百零〇]+)届$")


def _another_edition(text: str, span: SpanRow, main: _Event | None) -> bool:
    """下届研讨会, 第七届研讨会 in an article on the sixth, 大会明年将在杭州举行: a reference to another
    edition of the event, which must not lend it a date or a place."""
    before = text[: span.start_char]
    if before.endswith(context_words("another")):
        return True
    edition = _EDITION_BEFORE.search(before)
    if edition is not None and main is not None and not any(edition.group() in n for n in main.names()):
        return True
    after = _CLAUSE_BREAK.search(text, span.end_char)
    clause = text[span.end_char : after.start() if after else len(text)]
    return any(word in clause for word in context_words("later"))


def _ref_target(registry: _Registry, word: str, main: _Event | None, lead: _Event | None) -> _Event | None:
    if main is not None and any(normalize_name(n).endswith(word) for n in main.names()):
        return main
    others = [e for e in registry.events if e is not main and e.name.endswith(word)]
    if main is None or len(others) != 1:
        return lead if lead is not main else main
    return others[0]


# ---------------------------------------------------------------------------------------------
# Parents, dates, places


def _event_by_key(registry: _Registry, key: int | None) -> _Event | None:
    return registry.get(key)


@cache
def _hold_words() -> re.Pattern[str]:
    """Any word that says an event takes place (event_context.tsv ``hold``, and 揭晓), as one pattern."""
    return re.compile("|".join(map(re.escape, [*context_words("hold"), "揭晓"])))


def _holds(text: str) -> bool:
    return _hold_words().search(text) is not None


def _contextual_parents(registry: _Registry, views: Sequence[_SentenceView], main: _Event | None) -> None:
    """An event held during the main event (在本次大会期间举办的X, 在开幕式上…举行了X) is part of it."""
    if main is None:
        return
    during = context_words("during")
    for view in views:
        main_here = [m for m in view.mentions() if registry.get(m.event) is main]
        if not main_here or not _holds(view.text):
            continue
        if not any(
            view.text[m.end : m.end + _DURING_GAP + 2].startswith(w) for m in main_here for w in during
        ) and not any(
            any(view.text[m.end : m.end + _DURING_GAP].startswith(w) for w in during) for m in main_here
        ):
            continue
        for mention in view.named:
            event = _event_by_key(registry, mention.event)
            if (
                event is None
                or event is main
                or event.parent is not None
                or registry.get(main.parent) is event
            ):
                continue
            if any(m.start < mention.start for m in main_here):
                event.parent = main.key


# A line that opens an item of a news roundup (■高交会落幕, 【校企签约】).
_ITEM_MARK = re.compile(r"^[ \t\u3000]*(?:[■□●◆◇▲△★☆▶►]|【[^】\n]{1,30}】)")


def _paragraph_events(
    document: Document, registry: _Registry, views: Sequence[_SentenceView], main: _Event | None
) -> dict[int, _Event | None]:
    """The event each sentence falls back on when it names none: the event a paragraph opens by
    reporting (held, opened …), else the article's. In a roundup (several ■/【】 items) an item that
    opens with no event has none: its sentences are no part of another item's event."""
    text = document.text
    roundup = sum(1 for line in text.splitlines() if _ITEM_MARK.match(line)) >= 2
    local: dict[int, _Event | None] = {}
    paragraph, lead = -1, main
    here, counted_to = 0, 0  # line breaks before counted_to: counted once, not again per sentence
    for view in views:
        start = view.sentence.start
        if start < counted_to:
            here, counted_to = 0, 0
        here, counted_to = here + text.count("\n", counted_to, start), start
        if here != paragraph:
            paragraph = here
            named = [e for m in view.named if (e := registry.get(m.event)) is not None]
            if named and _holds(view.text):
                lead = named[0]
            elif roundup and not _ITEM_MARK.match(view.text):
                lead = None
            elif not roundup:
                lead = main
        local[view.sentence.index] = lead
    return local
