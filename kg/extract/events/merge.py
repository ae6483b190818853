"""Pass 2: one event per distinct event.

Names that abbreviate another (第七届虹桥论坛 / 第七届虹桥国际经济论坛), bracket variants (中国（南宁）…),
names without their owner or with 全省 for the province are merged; acronyms of event_acronyms.tsv
become aliases; then each named mention points at the event its name stands for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.extract.events.constructions import PLACE_BRACKET, WHOLE_PLACE
from kg.extract.events.edit import Edit
from kg.extract.events.lexicon import CJK_CHAR, acronyms
from kg.extract.events.named import Placed
from kg.extract.events.records import EventTable, Mention, SentenceView, core, has_edition
from kg.model import AliasMention, Document
from kg.nlp.event_spans import head_at
from kg.text import normalize_name


def merge_abbreviations(table: EventTable) -> EventTable:
    """第七届虹桥论坛 and 第七届虹桥国际经济论坛 in one article are one event (see abbreviates)."""
    edit = Edit(table)
    for short in list(edit.order):
        for full in list(edit.order):
            if short == full or short not in edit.order or full not in edit.order:
                continue
            short_name, full_names = edit.records[short].name, edit.records[full].names()
            variants = [variant for form in full_names for variant in _bracket_variants(form)]
            same = any(_same_edition(short_name, variant) for variant in variants)
            forms = [*full_names, *variants]
            if same or any(
                abbreviates(short_name, f) or _owner_dropped(short_name, f) or _whole_place(short_name, f)
                for f in forms
            ):
                edit.merge(full, short)
                break
    return edit.freeze()


def _whole_place(short: str, full: str) -> bool:
    """2024年全省基础教育工作会议 (a headline) is 2024年河南省基础教育工作会议: 全省 stands for the
    province the body names, the rest of the name is the same."""
    for match in WHOLE_PLACE.pattern.finditer(short):
        before, after = short[: match.start()], short[match.end() :]
        if not (full.startswith(before) and full.endswith(after) and after):
            continue
        place = full[len(before) : len(full) - len(after)]
        if 2 <= len(place) <= 8 and place.endswith(match["level"]) and CJK_CHAR.match(place[0]):
            return True
    return False


def _same_edition(short: str, full: str) -> bool:
    """One event named twice: the same core, and the same edition unless the short form has none."""
    if core(short) != core(full):
        return False
    edition = normalize_name(short)[: len(normalize_name(short)) - len(core(short))]
    return not edition or edition == normalize_name(full)[: len(normalize_name(full)) - len(core(full))]


def _bracket_variants(name: str) -> list[str]:
    """第十二届中国（南宁）国际龙舟节 → 第十二届南宁国际龙舟节, 第十二届中国国际龙舟节 (headline forms)."""
    match = PLACE_BRACKET.pattern.search(name)
    if match is None:
        return []
    head, tail = name[: match.start()], name[match.end() :]
    return [head + match["place"] + tail, head + match["before"] + tail]


def _owner_dropped(short: str, full: str) -> bool:
    """浙商银行召开2023年度股东大会 (headline) and 浙商银行2023年度股东大会: the name without its owner.

    The short form opens with a year or an edition, so it is specific on its own and the longer name
    only adds who holds it in front.
    """
    short, full = normalize_name(short), normalize_name(full)
    return has_edition(short) and len(full) - len(short) >= 2 and full.endswith(short)


def add_acronyms(
    document: Document, table: EventTable, views: Sequence[SentenceView]
) -> tuple[EventTable, tuple[AliasMention, ...]]:
    """Acronyms of event_acronyms.tsv: aliases of the events they expand to, when written."""
    edit = Edit(table)
    aliases: list[AliasMention] = []
    for short, full in acronyms().items():
        if short not in document.text:
            continue
        key = edit.find(full)
        if key is None:
            continue
        for view in views:
            for match in re.finditer(
                rf"(?<![A-Za-z]){re.escape(short)}(?:\s*(?:19|20)[0-9]{{2}})?(?![A-Za-z])", view.text
            ):
                edit.alias(key, match.group())
        aliases.append(AliasMention(short, full, "event", None))
    return edit.freeze(), tuple(aliases)


def attach_named(
    table: EventTable, views: Sequence[SentenceView], placed: Sequence[Placed]
) -> tuple[SentenceView, ...]:
    """The views with their named mentions, each pointing at the event its name stands for now."""
    by_sentence: dict[int, list[Placed]] = {}
    for item in placed:
        by_sentence.setdefault(item.sentence, []).append(item)
    attached: list[SentenceView] = []
    for view in views:
        named: list[Mention] = []
        for item in by_sentence.get(view.sentence.index, []):
            event = table.records[item.key]
            found = table.find(event.name) or event
            named.append(Mention(item.start, item.end, view.text[item.start : item.end], found.key))
        attached.append(replace(view, named=(*view.named, *named)))
    return tuple(attached)


def abbreviates(short: str, full: str) -> bool:
    """第七届虹桥论坛 abbreviates 第七届虹桥国际经济论坛: same edition and head, characters in order."""
    short_core, full_core = core(short), core(full)
    if short_core == full_core or len(short_core) < 3 or short_core[0] != full_core[0]:
        return False
    if (
        normalize_name(short)[: len(short) - len(short_core)]
        != normalize_name(full)[: len(full) - len(full_core)]
    ):
        return False
    head = head_at(short_core, len(short_core))
    if head is None or head != head_at(full_core, len(full_core)):
        return False
    chars = iter(full_core[: len(full_core) - len(head)])
    return all(c in chars for c in short_core[: len(short_core) - len(head)])
