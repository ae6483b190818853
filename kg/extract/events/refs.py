"""Pass 3: the article's own event, each paragraph's event, and what generic references point to."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import islice
from types import MappingProxyType

from kg.extract.events.constructions import EDITION_BEFORE, ITEM_MARK, STORY_HEADLINE, STORY_OPENING
from kg.extract.events.edit import Edit
from kg.extract.events.lexicon import (
    CJK_CHAR,
    CJK_OR_NAME,
    CLAUSE_BREAK,
    DURING_GAP,
    OPENING_CJK,
    OPENING_SENTENCES,
    context_words,
    holds,
)
from kg.extract.events.merge import abbreviates
from kg.extract.events.records import Event, EventTable, Mention, SentenceView, core
from kg.model import Document
from kg.nlp.event_spans import REFS_KEY, event_lexicon, head_at
from kg.nlp.tokens import SpanRow
from kg.resources import load_groups
from kg.text import normalize_name


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
        while start > 0 and CJK_OR_NAME.match(title[start - 1]):
            start -= 1
        for cut in range(start, end - len(head) + 1):
            found.append((title[cut:end], cut == start))
    return found


def main_event(
    document: Document, table: EventTable, views: Sequence[SentenceView]
) -> tuple[EventTable, int | None]:
    """The key of the article's own event: the one its title names (a title's abbreviation of an
    event becomes its alias), else the first named in its opening sentences."""
    title = normalize_name(document.title or "")
    edit = Edit(table)
    matched: list[int] = []
    if title:
        for candidate, whole in _title_candidates(title):
            for key in tuple(edit.order):
                forms = [normalize_name(n) for n in edit.records[key].names()]
                if candidate in forms or core(candidate) in {core(f) for f in forms}:
                    matched.append(key)
                elif whole and any(abbreviates(candidate, f) for f in forms):
                    edit.alias(key, candidate)
                    matched.append(key)
    table = edit.freeze()
    if matched:
        # A sub-event the title names is more specific than its parent.
        events = [table.records[key] for key in matched]
        children = [e for e in events if any(table.is_event(e.parent, p) for p in events)]
        return table, min(children or events, key=lambda e: (e.sentence.index, e.span[0])).key
    # The opening sentences: the first three with text in them (not front matter or a link line).
    with_text = (v for v in views if len(CJK_CHAR.findall(v.text)) >= OPENING_CJK)
    for view in islice(with_text, OPENING_SENTENCES):
        here = [e for m in view.named if (e := table.get(m.event)) is not None]
        if here:
            children = [e for e in here if any(table.is_event(e.parent, p) for p in here)]
            return table, (children or here)[0].key
    return table, None


def resolve_refs(
    table: EventTable, views: Sequence[SentenceView], main: int | None, leads: Mapping[int, int | None]
) -> tuple[SentenceView, ...]:
    """The views with their generic references, each pointing at the main event, or at the one
    event whose head it repeats; one that repeats no head (颁奖典礼上) at the event its paragraph
    reports (paragraph_events); one to another edition (下届大会) at no event."""
    dets = load_groups("generic_event_mentions.tsv").get("det", ())
    main_event = table.records[main] if main is not None else None
    resolved: list[SentenceView] = []
    for view in views:
        lead = leads[view.sentence.index]
        refs: list[Mention] = []
        for span in view.parse.group(REFS_KEY):
            word = span.text
            for det in dets:
                if word.startswith(det) and len(word) > len(det):
                    word = word[len(det) :]
                    break
            elsewhere = _another_edition(view.text, span, main_event)
            target = None if elsewhere else _ref_target(table, word, main_event, lead)
            refs.append(Mention(span.start_char, span.end_char, span.text, target))
        resolved.append(replace(view, refs=(*view.refs, *refs)))
    return tuple(resolved)


def _another_edition(text: str, span: SpanRow, main: Event | None) -> bool:
    """下届研讨会, 第七届研讨会 in an article on the sixth, 大会明年将在杭州举行: a reference to another
    edition of the event, which must not lend it a date or a place."""
    before = text[: span.start_char]
    if before.endswith(context_words("another")):
        return True
    edition = EDITION_BEFORE.pattern.search(before)
    if edition is not None and main is not None and not any(edition.group() in n for n in main.names()):
        return True
    after = CLAUSE_BREAK.search(text, span.end_char)
    clause = text[span.end_char : after.start() if after else len(text)]
    return any(word in clause for word in context_words("later"))


def _ref_target(table: EventTable, word: str, main: Event | None, lead: int | None) -> int | None:
    if main is not None and any(normalize_name(n).endswith(word) for n in main.names()):
        return main.key
    others = [e for e in table.events if (main is None or e.key != main.key) and e.name.endswith(word)]
    if main is None or len(others) != 1:
        return lead
    return others[0].key


def contextual_parents(table: EventTable, views: Sequence[SentenceView], main: int | None) -> EventTable:
    """An event held during the main event (在本次大会期间举办的X, 在开幕式上…举行了X) is part of it."""
    if main is None:
        return table
    during = context_words("during")
    main_event = table.records[main]
    changed: dict[int, Event] = {}
    for view in views:
        main_here = [m for m in view.mentions() if table.is_event(m.event, main_event)]
        if not main_here or not holds(view.text):
            continue
        if not any(
            view.text[m.end : m.end + DURING_GAP + 2].startswith(w) for m in main_here for w in during
        ) and not any(
            any(view.text[m.end : m.end + DURING_GAP].startswith(w) for w in during) for m in main_here
        ):
            continue
        for mention in view.named:
            event = table.get(mention.event)
            if event is None:
                continue
            event = changed.get(event.key, event)
            if event.key == main or event.parent is not None or table.is_event(main_event.parent, event):
                continue
            if any(m.start < mention.start for m in main_here):
                changed[event.key] = replace(event, parent=main)
    return table.replace(changed)


# A line that opens an item of a news roundup (■高交会落幕, 【校企签约】).


def paragraph_events(
    document: Document, table: EventTable, views: Sequence[SentenceView], main: int | None
) -> Mapping[int, int | None]:
    """The event each sentence falls back on when it names none: the event a paragraph opens by
    reporting (held, opened …), else the article's. In a roundup (several ■/【】 items) an item that
    opens with no event has none: its sentences are no part of another item's event."""
    text = document.text
    roundup = sum(1 for line in text.splitlines() if ITEM_MARK.pattern.match(line)) >= 2
    local: dict[int, int | None] = {}
    paragraph, lead, story = -1, main, main
    here, counted_to = 0, 0  # line breaks before counted_to: counted once, not again per sentence
    for k, view in enumerate(views):
        start = view.sentence.start
        if start < counted_to:
            here, counted_to = 0, 0
        here, counted_to = here + text.count("\n", counted_to, start), start
        if here != paragraph:
            paragraph = here
            named = [e for m in view.named if (e := table.get(m.event)) is not None]
            if local and _story_headline(view, views[k + 1] if k + 1 < len(views) else None):
                # Another story of the page (a headline of its own): its event, or none.
                story = named[0].key if named else None
            if named and holds(view.text):
                lead = named[0].key
            elif roundup and not ITEM_MARK.pattern.match(view.text):
                lead = None
            elif not roundup:
                lead = story
        local[view.sentence.index] = lead
    return MappingProxyType(local)


def _story_headline(view: SentenceView, after: SentenceView | None) -> bool:
    """A line that opens another story on a multi-story page: a headline (no clause punctuation,
    not numbered, with a verb: 青山区召开安全生产工作会议; ``story_headline``) whose next sentence
    opens with a date or a dateline (5月20日，… / 本报讯 5月20日…; ``story_opening``). A section
    heading of one article is followed by its text, not by a new date."""
    return (
        after is not None
        and STORY_HEADLINE.pattern.match(view.text.strip()) is not None
        and any(tag == "v" for tag in view.parse.table.tags)
        and STORY_OPENING.pattern.match(after.text) is not None
    )
