"""Day-only dates read in their context (16日晚, 当天上午, 次日): the date each sentence's are read in."""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.dates import DateMatch, days_in_context, find_dates, is_dateline
from kg.extract.events.records import SentenceView

# The date a sentence's 16日晚 / 当天上午 / 次日 is read in, when the sentence writes none before them:
# (the date, whether it is a dateline).
Context = tuple[DateMatch, bool]


def contexts(views: Sequence[SentenceView]) -> dict[int, Context]:
    """For each sentence, the date its day-only dates complete when it writes none before them: the
    last date of the sentence right before it (its own day-only dates read the same way), else the
    dateline the document opened with. Keyed by sentence index."""
    contexts: dict[int, Context] = {}
    dateline: DateMatch | None = None
    previous: Context | None = None
    for view in sorted(views, key=lambda view: view.sentence.index):
        context = previous or ((dateline, True) if dateline is not None else None)
        if context is not None:
            contexts[view.sentence.index] = context
        found_dates = [found for found in find_dates(view.text) if found.precision == "day"]
        lines = [found for found in found_dates if is_dateline(view.text, found)]
        if dateline is None and lines:
            dateline = lines[0]
        told = [(found, found in lines) for found in found_dates]
        told += [(found, False) for found in context_days(view.text, found_dates, lines, context)]
        previous = max(told, key=lambda pair: pair[0].offset) if told else None
    return contexts


def context_days(
    text: str, found_dates: Sequence[DateMatch], datelines: Sequence[DateMatch], context: Context | None
) -> list[DateMatch]:
    """The sentence's day-only dates (16日晚, 15日至16日, 当天上午, 次日), each read in the last date
    written before it in the sentence, else in ``context``; a dateline gives its month and 今天."""
    written = sorted(found_dates, key=lambda found: found.offset)
    anchors: list[tuple[int, Context | None]] = [(0, context)]
    anchors += [(found.end_offset, (found, found in datelines)) for found in written]
    limits = [found.offset for found in written] + [len(text)]
    days: list[DateMatch] = []
    for (start, anchor), limit in zip(anchors, limits, strict=True):
        if anchor is None:
            continue
        found, dateline = anchor
        told = days_in_context(text, found, start, dateline=dateline)
        days += [day for day in told if day.end_offset <= limit]
    return days
