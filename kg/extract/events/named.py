"""Pass 1: the named event spans of each sentence and the events they name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.events.lexicon import (
    _ALIAS_DEF,
    _CJK_ONLY,
    _CLAUSE_BREAK,
    _CREDIT,
    _verb_re,
    context_words,
)
from kg.extract.events.merge import _add_acronyms, _doc_span, _inside_definition, _merge_abbreviations
from kg.extract.events.records import _Event, _Mention, _Registry, _SentenceView, has_edition
from kg.extract.spans import provenance
from kg.model import (
    AliasMention,
    Document,
    Sentence,
)
from kg.nlp.components import ORGS_KEY
from kg.nlp.event_spans import EVENTS_KEY, event_lexicon, head_at
from kg.nlp.tokens import Parse


def _split_join(name: str) -> str | None:
    """The part before 暨 when it names an event itself (2021…高峰论坛暨启智开发者大会)."""
    if "暨" not in name:
        return None
    left = name.split("暨", 1)[0]
    head = head_at(left, len(left))
    if head is None or event_lexicon().heads.get(head) == "part":
        return None
    return left if len(left) > len(head) + 1 else None


def _split_parent(name: str) -> tuple[str, str] | None:
    """(parent, rest) for "X“主题”分论坛" / "X分论坛" / "第N届X节Y奖颁奖典礼": X is an event of its own."""
    heads = event_lexicon().heads
    last = head_at(name, len(name))
    if last is None:
        return None
    quoted = "“" in name and not name.startswith("“")
    ceremony = name.endswith(context_words("ceremony"))
    if heads.get(last) != "sub" and not quoted and not ceremony:
        return None
    for cut in range(len(name) - len(last), 1, -1):
        head = head_at(name, cut)
        if (
            head is None
            or heads.get(head) in {"part", "sub"}
            or name[cut - 1 - len(head) : cut - len(head)] == "暨"
        ):
            continue
        parent, rest = name[:cut], name[cut:]
        if "暨" in rest or not _specific_text(parent, head):
            continue
        if rest.startswith("“") or heads.get(last) == "sub":
            return parent, rest
        if ceremony and heads.get(head) == "event" and has_edition(parent) and len(rest) > len(last):
            return parent, rest  # 第六届X电影节 + 金椰奖颁奖典礼: the festival's award ceremony
    return None


def _specific_text(name: str, head: str) -> bool:
    """Whether a name (without tokens) says which event it is: edition, year, scope word, Latin."""
    prefix = name[: len(name) - len(head)]
    if has_edition(name) or re.search(r"[A-Za-z“]", prefix):
        return True
    if any(word in prefix for word in context_words("scope")):
        return True
    return len(prefix) >= 4


# A quoted title whose last words are an event span: “江南春色——明清江南园林文物特展”. No clause
# punctuation inside, so a quoted slogan or a sentence is never taken for the name.
_QUOTED_NAME = re.compile(r"“(?P<name>[^“”，,。；;、：:！？!?（）()《》]{2,40})$")


def quoted_start(text: str, start: int, end: int) -> int:
    """Where the whole quoted name starts when the span ``start:end`` closes a quotation, else ``start``.

    The span walks left only over name words, so a quoted exhibition title with a dash or a
    dynasty (明清) in it is cut to its tail; the quotation marks show where the name really starts.
    """
    if not text.startswith("”", end):
        return start
    found = _QUOTED_NAME.search(text, 0, end)
    if found is None or found.start("name") >= start:
        return start
    # “某办公室召开…新闻发布会”: a quoted report that an event was held is no name.
    if any(verb in text[found.start("name") : start] for verb in context_words("hold")):
        return start
    return found.start("name")


def _organiser_slot(text: str, start: int, end: int) -> bool:
    """Whether a span stands in the organiser list of "由A、B共同主办": it names an organisation."""
    if not re.search(r"由(?:[^，。；由]*[、和与及])?$", text[:start]):
        return False
    return re.match(rf"[^，。；]*?(?:{_verb_re()})", text[end:]) is not None


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause a span stands in: from the punctuation before it to the punctuation after it."""
    before = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    after = _CLAUSE_BREAK.search(text, end)
    return text[before : after.start() if after else len(text)]


def _not_an_event(view: _SentenceView, start: int, end: int) -> bool:
    """A span that names no event: a team's record (切尔西联赛三轮全胜), a web board (育碧官方论坛) or a
    wrongdoing (犯罪活动).

    Words by kind ``team``, ``online`` and ``misdeed`` of event_context.tsv. A team head counts only
    after a single word: a club (ORG/PER, Chinese script) anywhere, or a place that opens its clause
    and has more words right after it (里昂联赛客场输球); "在乌克兰联赛中" stays a league.
    """
    text, table = view.text, view.parse.table
    name = text[start:end]
    head = head_at(name, len(name))
    if head is None:
        return False
    if head in context_words("team"):
        tokens = table.token_range(start, end - len(head))
        if tokens is not None and tokens[1] - tokens[0] == 1:
            entity = table.ents[tokens[0]]
            first = tokens[0]
            opens = first == 0 or table.punct(first - 1) or table.tags[first - 1] == "c"
            followed = end < len(text) and not _CLAUSE_BREAK.match(text, end) and text[end] not in "、）)”"
            if entity in {"ORG", "PER"} and _CJK_ONLY.match(table.texts[first]):
                return True
            if entity == "LOC" and opens and followed:
                return True
    if head == "活动" and name[: -len(head)].endswith(context_words("misdeed")):
        return True  # “套路贷”犯罪活动: a wrongdoing, not an event
    if head.endswith("论坛"):
        online = context_words("online")
        if name[: -len(head)].endswith(online):
            return True
        if any(word in _clause_around(text, start, end) for word in online):
            return True
    return False


def _sub_head(name: str) -> bool:
    head = head_at(name, len(name))
    return head is not None and event_lexicon().heads.get(head) == "sub"


def _collect(
    document: Document, parsed: Sequence[tuple[Sentence, Parse]]
) -> tuple[_Registry, list[_SentenceView], list[AliasMention]]:
    registry = _Registry()
    views: list[_SentenceView] = []
    aliases: list[AliasMention] = []
    pending: list[tuple[_SentenceView, int, int, str]] = []
    tails: list[tuple[_SentenceView, int, int, str]] = []  # a quoted name and the span that ended it
    for sentence, parse in parsed:
        view = _SentenceView(sentence, parse)
        views.append(view)
        org_spans = {(o.start_char, o.end_char) for o in parse.group(ORGS_KEY)}
        for span in parse.group(EVENTS_KEY):
            if (span.start_char, span.end_char) in org_spans and _sub_head(span.text):
                continue  # 中华医学会心血管病学分会: a society's branch (an organisation), not a session
            if _organiser_slot(view.text, span.start_char, span.end_char):
                continue  # 由世界互联网大会（以下简称“WIC”）和…共同主办: the body that organises
            if _not_an_event(view, span.start_char, span.end_char):
                continue
            start = span.start_char
            credit = _CREDIT.match(span.text)
            if credit is not None and credit.end() < len(span.text):
                start += credit.end()  # 电（记者 某某）第五届…论坛: the credit is no part of the name
            whole = quoted_start(view.text, start, span.end_char)
            if whole != start:
                tails.append((view, whole, span.end_char, view.text[start : span.end_char]))
                start = whole
            pending.append((view, start, span.end_char, view.text[start : span.end_char]))
    # Short forms defined in the text come first, so that "2023全球智博会" later finds its event.
    spans_by_view: dict[int, list[tuple[int, int, _Event]]] = {}
    for view, start, end, text in pending:
        definition = _ALIAS_DEF.match(view.text[end:])
        if definition and registry.find(text) is None:
            event = registry.add(text, view.sentence, _doc_span(view.sentence, start, end))
            short = definition["short"]
            event.alias_of_short.append(short)
            registry.alias(event, short)
            aliases.append(AliasMention(short, text, "event", provenance(view.sentence)))
    for view, start, end, tail in tails:
        # The tail written alone elsewhere (a headline) is the same event.
        name = view.text[start:end]
        registry.alias(registry.add(name, view.sentence, _doc_span(view.sentence, start, end)), tail)
    for view, start, end, text in pending:
        if _inside_definition(view.text, start):
            continue
        event = registry.add(text, view.sentence, _doc_span(view.sentence, start, end))
        spans_by_view.setdefault(view.sentence.index, []).append((start, end, event))
        joined = _split_join(text)
        if joined:
            other = registry.find(joined)
            if other is not None and other is not event:
                registry.merge(event, other)
            registry.alias(event, joined)
        split = _split_parent(event.name)
        if split:
            parent_name, rest = split
            parent = registry.add(
                parent_name, view.sentence, _doc_span(view.sentence, start, start + len(parent_name))
            )
            if parent is not event:
                event.parent = parent.key
                if rest.startswith("“"):
                    registry.alias(event, rest)
    _merge_abbreviations(registry)
    _add_acronyms(document, registry, views, aliases)
    for view in views:
        for start, end, event in spans_by_view.get(view.sentence.index, []):
            found = registry.find(event.name) or event
            view.named.append(_Mention(start, end, view.text[start:end], found.key))
    return registry, views, aliases
