"""Pass 4: the dates and places of the events, from clauses that say they take place."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache

from kg.extract.dates import (
    DateMatch,
    chinese_number,
    duration_days,
    find_dates,
    infer_year,
    is_dateline,
    with_year,
    year_from_name,
)
from kg.extract.events.constructions import (
    BORROW,
    BORROWED_VENUE,
    CLOSING,
    EDITION_NUMBER,
    EVE,
    HELD_ON,
    OPENING_CEREMONY,
    PLACE_PREPOSITIONS,
    REF_DETS,
    RUN_SPAN,
    RUNS_TO,
    STATED_PLACE,
    SUB_MARKS,
)
from kg.extract.events.context_days import Context, context_days, contexts
from kg.extract.events.lexicon import context_words, holds, series
from kg.extract.events.owners import joined, nearest, place_owner
from kg.extract.events.records import Event, EventTable, Mention, SentenceView, core
from kg.model import Document
from kg.nlp.components import suffix_kind
from kg.text import alternation, normalize_name


def _year_hint(event: Event, table: EventTable, document: Document) -> tuple[int | None, dt.date | None]:
    """(year written in the name or known from the series, reference date to infer one)."""
    chain = [event]
    parent = table.get(event.parent)
    if parent is not None:
        chain.append(parent)
    for item in chain:
        for name in item.names():
            year = year_from_name(name)
            if year:
                return year, None
    for item in chain:
        for name in item.names():
            edition = EDITION_NUMBER.pattern.match(normalize_name(name))
            known = series().get(core(name))
            if edition and known:
                number = chinese_number(edition["n"])
                if number:
                    return known[0] + (number - 1) * known[1], None
    return None, document.date


def dates_and_places(
    document: Document, table: EventTable, views: Sequence[SentenceView], main: int | None
) -> EventTable:
    """The table with the dates and places the sentences that say an event takes place give."""
    # A headline (no clause punctuation) only fills what the article body leaves open: its place is
    # often a short form (在京召开) or the city of a venue the body names.
    ordered = sorted(views, key=_is_headline)
    told_in = contexts(views)
    for named_first in (True, False):
        for view in ordered:
            if not holds(view.text):
                continue
            # Then references, among every mention: a date or place nearest to a named event (or to
            # a reference to no event, 下届大会) is not the reference's.
            candidates = _not_on_the_eve(view, view.named if named_first else view.mentions())
            if not any(m.event is not None for m in candidates):
                continue
            context = told_in.get(view.sentence.index)
            table = table.replace(_date_from(document, table, view, candidates, context))
            table = table.replace(
                _place_from(table, view, candidates) or _stated_place(table, view, candidates)
            )
    if main is None:
        return table
    table = table.replace(_later_end(table, views, main, document.date.year if document.date else None))
    return table.replace(_opening_day(table, views, table.records[main]))


def _not_on_the_eve(view: SentenceView, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions but those of an event the sentence speaks of the eve of (某某博览会开幕前夕,
    开幕前一晚: construction ``eve``): what happens then is not its date or place."""
    eve = {m.event for m in mentions if EVE.pattern.match(view.text, m.end)}
    return [m for m in mentions if m.event not in eve]


def _stated_place(events: EventTable, view: SentenceView, mentions: Sequence[Mention]) -> Mapping[int, Event]:
    """时间：5月20日，地点：某某会展中心 / 地点为某某: the place stated for the one event the
    sentence names (construction ``stated_place``)."""
    found = STATED_PLACE.pattern.search(view.text)
    named = {m.event for m in mentions if m.event is not None}
    if found is None or len(named) != 1:
        return {}
    event = events.get(named.pop())
    if event is None or event.location is not None:
        return {}
    return {event.key: replace(event, location=found["place"])}


def _opening_day(table: EventTable, views: Sequence[SentenceView], main: Event) -> Mapping[int, Event]:
    """A sub-event held at the main event's opening ceremony (在开幕式上…) takes its first day."""
    if main.start is None:
        return {}
    changed: dict[int, Event] = {}
    for view in views:
        if not any(m.text.endswith(OPENING_CEREMONY) and table.is_event(m.event, main) for m in view.refs):
            continue
        for mention in view.named:
            event = table.get(mention.event)
            event = changed.get(event.key, event) if event is not None else None
            if event is not None and table.is_event(event.parent, main) and event.start is None:
                changed[event.key] = replace(event, start=main.start, end=main.start)
    return changed


# "展览将持续至8月31日", "网上交流延续到9月13日", "展期为5月18日至8月31日": how long the event runs.
_MAX_RUN_DAYS = 366


def _later_end(
    table: EventTable, views: Sequence[SentenceView], key: int, year: int | None
) -> Mapping[int, Event]:
    """An end date written after the opening (…开幕。…展览将持续至8月31日) for an event known to
    start on one day: a later sentence that names no other event says how long it runs, either with
    持续至/展期 or with a day range that starts on the event's own start day (于3月16日至7月20日).
    "展期为5月18日至8月31日" gives both dates when the opening gave none (当天上午…开幕)."""
    main = table.records[key]
    start = main.start
    if start is None:
        return _run_span(table, views, main, year)
    if main.end is not None and main.end != start:
        return {}
    for view in views:
        if view.sentence.index <= main.sentence.index or _is_headline(view):
            continue
        if any(not _none_or(table, m.event, main) for m in view.mentions()):
            continue
        for found in find_dates(view.text):
            if found.precision != "day":
                continue
            if not found.year_given:
                found = with_year(found, start.year)
            before = view.text[: found.offset]
            ranged = found.end != found.start
            if ranged and (found.start == start or RUN_SPAN.pattern.search(before)):
                end = found.end
            elif not ranged and RUNS_TO.pattern.search(before.rstrip()):
                end = found.start
            elif not ranged and _closes_main(table, view, main, found.offset, found.end_offset):
                end = found.start  # 本次论坛于3月7日闭幕
            else:
                continue
            if found.start >= start and 0 < (end - start).days <= _MAX_RUN_DAYS:
                return {key: replace(main, end=end)}
    return {}


def _none_or(table: EventTable, key: int | None, main: Event) -> bool:
    """Whether a mention points at no event or at ``main``."""
    return table.get(key) is None or table.is_event(key, main)


@cache
def _closing() -> re.Pattern[str]:
    """What follows the date of a closing: an optional place (在海川), an adverb, then a close verb."""
    verbs = alternation(context_words("close"))
    adverbs = alternation(context_words("place_adv"))
    return CLOSING.compile(adverbs=adverbs, verbs=verbs)


def _closes_main(table: EventTable, view: SentenceView, main: Event, offset: int, end: int) -> bool:
    """本次论坛/大会于3月7日闭幕: a reference to the main event written right before 于 and the date,
    a close verb after it (event_context.tsv ``close``). Only a reference that clearly points back."""
    text = view.text
    if not HELD_ON.pattern.search(text[:offset]):
        return False
    refers = any(
        table.is_event(m.event, main)
        and m.end + 1 == offset
        and (m.start == 0 or text[m.start - 1] in "，。；：,;")  # not 去年的论坛, 本次论坛的分论坛
        and _without_dets(text[m.start : m.end])[:1] not in SUB_MARKS
        for m in view.refs
    )
    return refers and _closing().match(text, end) is not None


def _without_dets(text: str) -> str:
    for det in REF_DETS:
        text = text.removeprefix(det)
    return text


def _run_span(
    table: EventTable, views: Sequence[SentenceView], main: Event, year: int | None
) -> Mapping[int, Event]:
    """展期为5月18日至8月31日 in a sentence about the main event: its start and end."""
    for view in views:
        if view.sentence.index < main.sentence.index or _is_headline(view):
            continue
        if any(not _none_or(table, m.event, main) for m in view.mentions()):
            continue
        for found in find_dates(view.text):
            if found.precision != "day" or found.end == found.start:
                continue
            if not RUN_SPAN.pattern.search(view.text[: found.offset]):
                continue
            if not found.year_given:
                if year is None:
                    return {}
                found = with_year(found, year)
            if 0 < (found.end - found.start).days <= _MAX_RUN_DAYS:
                return {main.key: replace(main, start=found.start, end=found.end)}
            return {}
    return {}


def _is_headline(view: SentenceView) -> bool:
    """A line without clause punctuation: a title or caption, not a sentence of the article."""
    return not any(mark in view.text for mark in "，。；！？,;")


# "X于5月10日至12日在长沙举行", "X将于…": the date an event is held on, written after its name.
# Not 截止于/位于/由于…: a deadline, a place or a cause.


def _date_from(
    document: Document,
    table: EventTable,
    view: SentenceView,
    mentions: Sequence[Mention],
    context: Context | None = None,
) -> Mapping[int, Event]:
    """The events this sentence dates: the one before 于 for each date after 于, else the event
    nearest to the first date that fits; day-only dates (16日晚, 当天, 次日) after the written ones."""
    found_dates = [found for found in find_dates(view.text) if found.precision == "day"]
    datelines = [found for found in found_dates if is_dateline(view.text, found)]
    candidates = [found for found in found_dates if found not in datelines]
    candidates += context_days(view.text, found_dates, datelines, context)
    held_on = _held_on(view.text, mentions, candidates)
    owners = {mention.event for mention in held_on.values()}
    candidates.sort(key=lambda found: id(found) not in held_on)
    changed: dict[int, Event] = {}
    for found in candidates:
        rest = view.text[found.end_offset :]
        if not holds(rest) and not holds(view.text[: found.offset]):
            continue
        own = held_on.get(id(found))
        mention = own or nearest(mentions, found.offset)
        if own is None and mention.event in owners:
            continue
        event = table.get(mention.event)
        event = changed.get(event.key, event) if event is not None else None
        if event is None or (event.start is not None and event.end != event.start):
            continue
        if not found.year_given:
            year, reference = _year_hint(event, table, document)
            if year is None and reference is not None:
                year = infer_year(found.start.month, found.start.day, reference=reference)
            if year is None:
                continue
            found = with_year(found, year)
        end = _last_day(view.text, found, found_dates)
        if event.start is not None and (event.start != found.start or end <= found.start):
            continue  # a day is known: only a range opening on it (a headline 5月20日至22日) adds the end
        changed[event.key] = replace(event, start=found.start, end=end)
        if own is None:
            break
    return changed


def _held_on(text: str, mentions: Sequence[Mention], candidates: Sequence[DateMatch]) -> dict[int, Mention]:
    """A date after 于 belongs to the event named right before it, and beats any other date of the
    sentence for that event: "5月8日，X于5月10日至12日举行" is reported on the 8th, held from the 10th.
    Those come first and each dates its own event; of the other dates, the first that fits does.
    Keyed by ``id`` of the date."""
    held_on = {}
    for found in candidates:
        before = [m for m in mentions if m.end <= found.offset]
        if before and HELD_ON.pattern.search(text[: found.offset]):
            held_on[id(found)] = max(before, key=lambda m: m.end)
    return held_on


def _last_day(text: str, found: DateMatch, found_dates: Sequence[DateMatch]) -> dt.date:
    """The end of an event found to start on ``found``: its own range, else a range of the sentence
    that opens on that day (6月12日，X开幕，展期为6月12日至15日), else 为期N天, else a day after
    持续至 (construction ``runs_to``) later in the sentence."""
    start, end = found.start, found.end
    lasting = [
        d.end - d.start
        for d in found_dates
        if d.end > d.start and d.start.timetuple()[1:3] == start.timetuple()[1:3]
    ]
    days = duration_days(text)
    runs_to = [
        with_year(d, start.year).start
        for d in found_dates
        if d.offset > found.offset and d.end == d.start and RUNS_TO.pattern.search(text[: d.offset].rstrip())
    ]
    if lasting and end == start:
        end = start + lasting[0]
    elif days and end == start:
        end = start + dt.timedelta(days=days - 1)
    elif runs_to and end == start and 0 < (runs_to[0] - start).days <= _MAX_RUN_DAYS:
        end = runs_to[0]  # 5月20日，X开幕，展会将持续至5月25日
    return end


_MIDDLE_DOTS = frozenset("·•・")


# Hong Kong and Macao write the venue with 假 ("borrowing" it): 今日假香港会议展览中心举行. LAC tags
# 假 as an adjective or glues it to the time word before it (今日假/TIME).


def _borrowed_venue(word: str, tag: str) -> bool:
    """假 opening a venue, alone (假/a) or after a time word that LAC joined to it (今日假/TIME)."""
    return (tag == "TIME" or word == BORROW) and BORROWED_VENUE.pattern.match(word) is not None


def _place_from(events: EventTable, view: SentenceView, mentions: Sequence[Mention]) -> Mapping[int, Event]:
    """在上海举办 / 于深圳隆重开幕 / 在苏州国际博览中心盛大启幕: the words between 在/于 and the verb."""
    table = view.parse.table
    words, word_tags = table.texts, table.tags
    text = view.parse.text
    hold_words = context_words("hold")
    adverbs = context_words("place_adv")
    venues = context_words("venue")
    for i, word in enumerate(words):
        if not (word in PLACE_PREPOSITIONS and word_tags[i] == "p") and not _borrowed_venue(
            word, word_tags[i]
        ):
            continue
        j = i + 1
        tags: list[str] = []
        place_tags = {"LOC", "ORG", "nz", "n", "ns", "s"}
        while j < len(words) and len(tags) < 4:
            if word_tags[j] in place_tags:
                tags.append(word_tags[j])
            elif not (
                # 在重庆·西南大学举行: a middle dot joins a city and its venue
                words[j] in _MIDDLE_DOTS and tags and j + 1 < len(words) and word_tags[j + 1] in place_tags
            ):
                break
            j += 1
        if not tags:
            continue
        place = "".join(words[i + 1 : j])
        rest = text[table.starts[j] : table.end(len(words) - 1)] if j < len(words) else ""
        while any(rest.startswith(a) for a in adverbs):
            rest = rest[next(len(a) for a in adverbs if rest.startswith(a)) :]
        if not any(rest.startswith(h) for h in hold_words):
            continue
        # 在武汉大学召开 / 在中国科学院自动化研究所举行: a named organisation hosts the event.
        hosted = "ORG" in tags and suffix_kind(place) == "org"
        if "LOC" not in tags and not any(place.endswith(v) for v in venues) and not hosted:
            continue
        changed: dict[int, Event] = {}
        for mention in joined(text, mentions, place_owner(text, mentions, table.starts[i])):
            event = events.get(mention.event)
            if event is not None and (event.location is None or event.location in place):
                # a venue that names the city already found is more specific
                changed[event.key] = replace(event, location=place)
        return changed
    return {}
