"""One parsed sentence as the role constructions read it, and the order they are tried in.

The reader holds the sentence's tokens and span groups and tries the constructions of its table
(kg/extract/roles/constructions.py) stage by stage, in table order: there is no other list.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from kg.extract.roles.records import Chain, Construction, Name, Org, Row, Segment
from kg.extract.roles.short_forms import SHORT_DEF
from kg.extract.roles.time import row_time, stated_time
from kg.extract.roles.words import EDITION, LEADS, LINKS, OF, OPENERS, appointment, kind_words
from kg.nlp.components import ORG, ORGS_KEY, TITLES_KEY, brands, is_scope
from kg.nlp.tokens import Parse, SpanRow
from kg.resources import load_lexicon

SEGMENT, HOLDER, SUBJECT, ROWS = "segment", "holder", "subject", "rows"
STAGES = (SEGMENT, HOLDER, SUBJECT, ROWS)


@dataclass(frozen=True)
class Slot:
    """What stands before a title span: the token ``i`` left of its field words, bracketed short
    form, 的 and term (the organisation slot), where its field words start, and the ORG span
    ending at ``i``."""

    span: SpanRow
    kind: str
    i: int
    scope_start: int
    org_span: SpanRow | None


_STAGED: dict[int, tuple[Sequence[Construction], dict[str, tuple[Construction, ...]]]] = {}


def _staged(constructions: Sequence[Construction]) -> dict[str, tuple[Construction, ...]]:
    """Each stage's constructions in table order, sorted out once per table rather than per sentence."""
    kept = _STAGED.get(id(constructions))
    if kept is None or kept[0] is not constructions:
        staged = {stage: tuple(c for c in constructions if c.stage == stage) for stage in STAGES}
        kept = _STAGED[id(constructions)] = (constructions, staged)
    return kept[1]


class Reader:
    """The tokens and spans of one sentence; character offsets are sentence offsets."""

    def __init__(
        self,
        parse: Parse,
        constructions: Sequence[Construction],
        defined: dict[str, str] | None = None,
        antecedent: str | None = None,
        issuer: str | None = None,
    ) -> None:
        self.defined = defined or {}  # short forms the article defines (defined_short_forms)
        self.antecedent = antecedent  # the one person the sentence before named (extract_roles)
        self.issuer = issuer  # the one company an announcement is about (issuer.issuer_of)
        self.staged = _staged(constructions)
        self.text = parse.text
        self.table = table = parse.table
        self.words, self.tags, self.ents, self.starts = table.texts, table.tags, table.ents, table.starts
        self.ends = table.ends
        self.by_start, self.by_end = table.index_at_start, table.index_at_end
        self.orgs = tuple(self._past_trigger(o) for o in parse.group(ORGS_KEY))
        self.titles = [
            s
            for s in parse.group(TITLES_KEY)
            if not any(o.start_char < s.end_char and s.start_char < o.end_char for o in self.orgs)
        ]
        self.title_starts = {s.start_char for s in self.titles}
        self.not_person = load_lexicon("not_person.tsv")

    def _past_trigger(self, org: SpanRow) -> SpanRow:
        """任命/nz 大街网/nz: an appointment verb the model tagged as a name word opens no organisation
        when a name opens right after it (选举委员会 keeps its 选举)."""
        word, start = self.words[org.start], org.start + 1
        if org.end - start < 1 or word not in appointment().get("trigger", ()):
            return org
        if self.ents[start] != ORG and self.tags[start] not in {"nz", "nt"}:
            return org
        return org._replace(start=start, start_char=self.starts[start], text=org.text[len(word) :])

    # the ladders: each stage's constructions in table order

    def _first(self, stage: str, *args: Any) -> Any:
        return self._first_of(stage, *args)[1]

    def _first_of(self, stage: str, *args: Any) -> tuple[Construction | None, Any]:
        """The first construction of the stage that finds something, and what it found."""
        for construction in self.staged[stage]:
            found = construction.read(self, *args)
            if found:
                return construction, found
        return None, None

    def segments(self) -> list[Segment]:
        return [s for s in map(self.segment, self.titles) if s is not None]

    def segment(self, span: SpanRow) -> Segment | None:
        """The title's segment from the first ``segment`` construction that reads one."""
        construction, found = self._first_of(SEGMENT, self.slot(span))
        segment: Segment | None = found
        if segment is not None and construction is not None and (time := row_time(construction.time)):
            return replace(segment, time=time)  # 收到…的辞呈: the construction says the post is left
        return segment

    def holders(self, chain: Chain) -> list[Name]:
        """The people the first ``holder`` construction finds for a chain."""
        return self.held(chain)[0]

    def held(self, chain: Chain) -> tuple[list[Name], Construction | None]:
        """The people the first ``holder`` construction finds for a chain, and that construction."""
        construction, found = self._first_of(HOLDER, chain)
        return found or [], construction

    def subjects(self, pos: int, verb: str) -> list[Name]:
        """The people the first ``subject`` construction finds before an appointment verb."""
        found: list[Name] | None = self._first(SUBJECT, pos, verb)
        return found or []

    def rows(self) -> Iterator[Row]:
        """The rows of every ``rows`` construction, in table order (later ones skip used names)."""
        used: set[int] = set()
        for construction in self.staged[ROWS]:
            time = stated_time(self, row_time(construction.time))
            for row in construction.read(self, used):
                yield row if time is None or row.time is not None else replace(row, time=time)

    # what stands before a title

    def slot(self, span: SpanRow) -> Slot:
        words, tags = self.words, self.tags
        i = span.start - 1
        scope_start = span.start
        # Field words and a bracketed short form between the organisation and the title.
        while (
            i >= 0
            and (is_scope(self.table, i) or self.space(i))
            and self.ents[i] != "PER"
            and words[i] not in LINKS  # 副代表兼副部长: 兼 joins two titles
            and not self._brand_ends(i)  # 字节/n 跳动/v 副总裁: 跳动 is the brand's, no field word
        ):
            if tags[i] in {"v", "vn"} or not self.space(i):
                scope_start = i
            i -= 1
        i = self.skip_bracket(i)
        if i > 0 and words[i] == OF and scope_start == span.start:
            i -= 1  # 某公司的总经理某某
        if i > 0 and scope_start == span.start and EDITION.fullmatch(words[i]):
            i -= 1  # 联盟首届理事长 / 某学会第八届理事长: the term is no part of the title
        org_span = next((o for o in self.orgs if o.end == i + 1), None)
        return Slot(span, span.kb_id or "office", i, scope_start, org_span)

    def _brand_ends(self, i: int) -> bool:
        """Token ``i`` ends an organisation span that is a name of brands.tsv."""
        return any(o.end == i + 1 and o.text in brands() for o in self.orgs)

    def skip_bracket(self, i: int) -> int:
        """Step over a bracketed short form before a title: 国际某某协会（IASP）主席."""
        words = self.words
        if i >= 2 and words[i] in "）)":
            # 河南省人民检察院（以下简称“省检察院”）党组书记: a short-form definition stands aside too.
            definition = SHORT_DEF.search(self.text, max(0, self.starts[i] - 20), self.ends[i])
            if definition is not None and definition.end() == self.ends[i]:
                opening = self.by_start.get(definition.start())
                if opening is not None:
                    return opening - 1
            j = i - 1
            while j >= 0 and words[j] not in "（(" and i - j <= 3:
                j -= 1
            if j >= 0 and words[j] in "（(" and all(w.isascii() for w in words[j + 1 : i]):
                return j - 1
        return i

    def defined_before(self, end: int) -> Org | None:
        """A short form the article defines, written right before ``end`` from a token start."""
        for short in sorted(self.defined, key=len, reverse=True):
            start = end - len(short)
            if start >= 0 and self.text.startswith(short, start) and start in self.by_start:
                return Org(short, start, end, ORG)
        return None

    # token tests

    def punct(self, i: int) -> bool:
        return self.table.punct(i)

    def space(self, i: int) -> bool:
        return self.table.space(i)

    def opens(self, i: int) -> bool:
        """Token ``i`` ends what comes before a phrase: nothing, punctuation, a link, an opener or a lead."""
        return (
            i < 0
            or self.punct(i)
            or self.words[i] in LINKS
            or self.words[i] in LEADS
            or (self.tags[i] in OPENERS)
        )

    def title_at(self, pos: int) -> bool:
        return pos in self.title_starts

    def skip_spaces(self, pos: int) -> int:
        while pos < len(self.text) and self.text[pos] in " \u3000\u00a0\t":
            pos += 1
        return pos


def past_dated_lead(head: str) -> str:
    """任命甲为新任 + 某公司COO: a dropped lead (新任) right after 为 dates the post; what stands before the
    chain ends at the verb 为."""
    lead = next((w for w in kind_words("lead_dropped") if head.endswith(w)), "")
    if lead and head[: -len(lead)].endswith(appointment().get("named", ())):
        return head[: -len(lead)]
    return head
