"""The records that cross stage boundaries.

Frozen dataclasses without logic. Character offsets are always offsets into ``Document.text``
(``start`` inclusive, ``end`` exclusive), so that ``document.text[start:end]`` is the mention's
surface form whatever stage looks at it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from enum import Enum
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Offsets = tuple[int, int]
_R = TypeVar("_R", bound="DataclassInstance")


def pickled_as_call(cls: type[_R]) -> type[_R]:
    """Pickle a frozen slotted dataclass as a constructor call.

    ``dataclass(slots=True)`` pickles and unpickles through ``dataclasses.fields()`` on every
    object; records cross process boundaries by the hundred thousand (``kg build --workers``,
    Dask), and that lookup made unpickling 3.6x slower in the process that gathers them.
    """
    names = [f.name for f in fields(cls)]
    getter = attrgetter(*names)

    def reduce(self: Any) -> tuple[type[_R], tuple[Any, ...]]:
        return cls, getter(self) if len(names) > 1 else (getter(self),)

    setattr(cls, "__reduce__", reduce)  # noqa: B010 - dataclass made the class; set its method
    return cls


@pickled_as_call
@dataclass(frozen=True, slots=True)
class Document:
    """One article, as a reader produced it."""

    id: str
    source: str  # path of the file it came from ("<stdin>", "a.jsonl:3" for a JSONL line)
    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    format: str = "txt"  # txt | html | markdown | jsonl
    # Machine-written trailing sections (关键词:, 重大事件摘要: …) kept apart from the article text.
    extras: tuple[tuple[str, str], ...] = ()


@pickled_as_call
@dataclass(frozen=True, slots=True)
class ReadResult:
    """What happened to one input: a document, or the reason it was skipped."""

    source: str
    document: Document | None = None
    reason: str | None = None
    # Code points XML 1.0 cannot hold, dropped from the document's text and fields (kg.io.clean).
    dropped_chars: int = 0
    # Characters its bytes did not encode (a cut or damaged multi-byte sequence), now U+FFFD.
    replaced_chars: int = 0

    @property
    def ok(self) -> bool:
        return self.document is not None


@pickled_as_call
@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document with its offsets; ``text`` is what the NLP stage and the rules read.

    ``written`` is the sentence as the document writes it when that differs: the NLP stage reads a
    Traditional article in its Simplified copy of the same length (kg/nlp/script.py), and the
    provenance of every fact quotes the article as written.
    """

    doc_id: str
    index: int
    start: int
    end: int
    text: str
    written: str | None = None


@pickled_as_call
@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a fact was stated: the sentence of the document, with its offsets."""

    doc_id: str
    sentence_index: int
    sentence_start: int
    sentence_end: int
    sentence: str


@pickled_as_call
@dataclass(frozen=True, slots=True)
class EntityMention:
    """A labelled span: PER/ORG/LOC/TIME from the statistical model, TITLE/EVENT from rules."""

    label: str
    text: str
    start: int
    end: int


class Status(str, Enum):
    """When a membership holds, as its sentence states it (kg/resources/membership_time.tsv).

    ``current``: held at the time the text speaks of (the default; 现任, 时任, 新任, 聘任 …);
    ``former``: held before it (原, 前任, 曾任, 历任); ``designated``: to be taken up (拟任, 拟出任,
    候任); ``ended``: left at that time (辞去, 卸任, 不再担任, 免去).
    """

    CURRENT = "current"
    FORMER = "former"
    DESIGNATED = "designated"
    ENDED = "ended"


@pickled_as_call
@dataclass(frozen=True, slots=True)
class Membership:
    """A person holds a title at an organisation, as one sentence states it.

    ``org`` is the most specific organisation, possibly rebuilt from a 、-chain
    (小米集团手机部副总裁、智能制造部总经理 → 小米集团智能制造部); ``org_span`` is what the text wrote.
    ``title`` is "" for the ORG NAME form (百度王海峰), and is the title as written: 原社长 stays
    原社长 (the gold scores it so); ``role`` is the post without its time word (社长), ``status``
    what the time word or the verb says, ``start``/``end`` the article's date where the verb makes
    it one (聘任 → start, 辞去 → end).
    """

    person: str
    title: str
    org: str | None
    provenance: Provenance
    person_span: Offsets
    title_span: Offsets | None = None
    org_span: Offsets | None = None
    org_parent: str | None = None
    status: Status = Status.CURRENT
    time_word: str = ""  # the time word the title opens with (原, 前任), "" if none
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def role(self) -> str:
        """The post without the time word the title was written with (原社长 → 社长)."""
        return self.title[len(self.time_word) :]


@pickled_as_call
@dataclass(frozen=True, slots=True)
class OrgMention:
    """An organisation named in the text, with the parent its chain shows (小米集团手机部 → 小米集团)."""

    name: str
    provenance: Provenance
    span: Offsets
    parent: str | None = None


@pickled_as_call
@dataclass(frozen=True, slots=True)
class AliasMention:
    """A short form the text defines (（简称“全球智博会”）) or the lexicon expands (工信部), or the
    Traditional form a name is written in (陳茂波 for 陈茂波)."""

    short: str
    full: str
    kind: str  # "org" | "event" | "person"
    provenance: Provenance | None = None


@pickled_as_call
@dataclass(frozen=True, slots=True)
class EventMention:
    name: str
    provenance: Provenance
    span: Offsets
    aliases: tuple[str, ...] = ()
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    location: str | None = None
    parent: str | None = None


@pickled_as_call
@dataclass(frozen=True, slots=True)
class Participation:
    """A person's role at an event (致辞, 主持 …), normalised as in gold/SCHEMA.md."""

    person: str
    event: str
    role: str
    provenance: Provenance
    person_span: Offsets | None = None


@pickled_as_call
@dataclass(frozen=True, slots=True)
class EventOrganizer:
    """An organisation's role at an event (主办, 承办 …)."""

    org: str
    event: str
    role: str
    provenance: Provenance
    org_span: Offsets | None = None


@pickled_as_call
@dataclass(frozen=True, slots=True)
class DocumentExtraction:
    """Everything extraction found in one document; the unit that crosses process boundaries."""

    document: Document
    sentences: int = 0
    entities: tuple[EntityMention, ...] = ()
    persons: tuple[str, ...] = ()
    orgs: tuple[OrgMention, ...] = ()
    memberships: tuple[Membership, ...] = ()
    events: tuple[EventMention, ...] = ()
    participations: tuple[Participation, ...] = ()
    organizers: tuple[EventOrganizer, ...] = ()
    aliases: tuple[AliasMention, ...] = ()
    seconds: float = 0.0
