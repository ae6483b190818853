"""Scoring extractions against gold annotations, by the rules of gold/SCHEMA.md.

The gold file has one JSON line per document; its ``doc`` is the file name of the input
(the basename of ``Document.source``). Every comparison is on :func:`kg.text.normalize_name`
keys in Simplified characters, so width variants, the middle-dot variants of foreign names and
the gold of a Traditional article written as the article writes it never count as errors.

Matching is greedy and deterministic: gold rows are taken in file order and each takes the first
still-unmatched prediction (in extraction order) that fits, so each gold row matches at most one
prediction and vice versa. Predictions that repeat the same row count once. Figures are
micro-averaged: true/false positives and misses are summed over documents before P/R/F1.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from kg.errors import GoldError
from kg.model import Document, DocumentExtraction
from kg.nlp.script import to_simplified
from kg.text import normalize_name as _normal_form


def normalize_name(name: str) -> str:
    """The comparison key: kg names things in Simplified characters (kg/nlp/script.py)."""
    return to_simplified(_normal_form(name))


# Figures reported for every document and in total, in display order.
METRICS = ("memberships_strict", "memberships_lenient", "events", "participations", "organizers")
ACCURACIES = ("start_date", "start_md", "end_date", "location")
# Extractors ``kg eval --extractor`` can run: name → "module:function" taking a Document.
EXTRACTORS = {"kg": "kg.build:process_document", "baseline": "kg.extract.baseline:extract_document"}

# Award-title endings that say the same thing: 图灵奖得主 / 图灵奖获得者 / 图灵奖的获得者.
_AWARD_ENDINGS = ("的获得者", "获得者", "的得主", "得主")
# A title suffix match is lenient only about scope (全球副总裁 ~ 副总裁), never about rank:
# 副主任 is not 主任, so the extra front part must not end with a deputy marker.
_RANK_MARKERS = ("副",)


# ---------------------------------------------------------------------------------------------
# Gold records


@dataclass(frozen=True)
class GoldOrg:
    name: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None


@dataclass(frozen=True)
class GoldMembership:
    person: str
    title: str
    org: str | None
    org_alt: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldEvent:
    name: str
    aliases: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    location: str | None = None
    parent: str | None = None
    # Month-day only ("08-02"): the start of a gold set whose articles carry no real date (DuEE).
    start_md: str | None = None


@dataclass(frozen=True)
class GoldParticipation:
    person: str
    event: str
    role: str


@dataclass(frozen=True)
class GoldEventOrg:
    org: str
    event: str
    role: str


@dataclass(frozen=True)
class GoldDocument:
    """One line of a gold file."""

    doc: str
    doc_date: dt.date | None = None
    persons: tuple[str, ...] = ()
    orgs: tuple[GoldOrg, ...] = ()
    memberships: tuple[GoldMembership, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    participations: tuple[GoldParticipation, ...] = ()
    event_orgs: tuple[GoldEventOrg, ...] = ()


class _FieldError(Exception):
    """A malformed field; load_gold turns it into a GoldError naming file:line."""


def _str(record: dict[str, Any], key: str, *, nullable: bool = False, default: str | None = None) -> Any:
    if key not in record:
        if default is not None or nullable:
            return default
        raise _FieldError(f"missing key {key!r}")
    value = record[key]
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        raise _FieldError(f"{key!r} must be a string{' or null' if nullable else ''}, not {value!r}")
    return value


def _strs(record: dict[str, Any], key: str) -> tuple[str, ...]:
    value = record.get(key, [])
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _FieldError(f"{key!r} must be a list of strings, not {value!r}")
    return tuple(value)


def _date(record: dict[str, Any], key: str) -> dt.date | None:
    value = _str(record, key, nullable=True)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise _FieldError(f"{key!r} is not an ISO 8601 date: {value!r}") from e


def _month_day(record: dict[str, Any], key: str) -> str | None:
    """A ``MM-DD`` value, checked against a leap year so that 02-29 is a day."""
    value: str | None = _str(record, key, nullable=True)
    if value is None:
        return None
    try:
        dt.date.fromisoformat(f"2000-{value}")
    except ValueError as e:
        raise _FieldError(f"{key!r} is not a month-day like 08-02: {value!r}") from e
    return value


def _objects(record: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = record.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise _FieldError(f"{key!r} must be a list of objects")
    return value


def parse_gold_line(record: Any) -> GoldDocument:
    """One decoded gold line → GoldDocument; raises _FieldError with the reason."""
    if not isinstance(record, dict):
        raise _FieldError("a gold line must be a JSON object")
    try:
        return GoldDocument(
            doc=_str(record, "doc"),
            doc_date=_date(record, "doc_date"),
            persons=_strs(record, "persons"),
            orgs=tuple(
                GoldOrg(_str(o, "name"), _strs(o, "aliases"), _str(o, "parent", nullable=True))
                for o in _objects(record, "orgs")
            ),
            memberships=tuple(
                GoldMembership(
                    _str(m, "person"), _str(m, "title"), _str(m, "org", nullable=True), _strs(m, "org_alt")
                )
                for m in _objects(record, "memberships")
            ),
            events=tuple(
                GoldEvent(
                    _str(e, "name"),
                    _strs(e, "aliases"),
                    _date(e, "start"),
                    _date(e, "end"),
                    _str(e, "location", nullable=True),
                    _str(e, "parent", nullable=True),
                    _month_day(e, "start_md"),
                )
                for e in _objects(record, "events")
            ),
            participations=tuple(
                GoldParticipation(_str(p, "person"), _str(p, "event"), _str(p, "role"))
                for p in _objects(record, "participations")
            ),
            event_orgs=tuple(
                GoldEventOrg(_str(o, "org"), _str(o, "event"), _str(o, "role"))
                for o in _objects(record, "event_orgs")
            ),
        )
    except _FieldError:
        raise
    except (TypeError, AttributeError) as e:  # a nested value of the wrong JSON type
        raise _FieldError(str(e)) from e


def load_gold(path: Path) -> dict[str, GoldDocument]:
    """Read a gold JSONL file, keyed by ``doc`` in file order; blank lines are allowed.

    Raises:
        GoldError: naming ``file:line`` for unreadable JSON, a missing or mistyped field, a bad
            date, or a ``doc`` that occurs twice.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise GoldError(f"{path}: {e}") from e
    golds: dict[str, GoldDocument] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            gold = parse_gold_line(json.loads(line))
        except json.JSONDecodeError as e:
            raise GoldError(f"{path}:{number}: not JSON: {e.msg}") from e
        except _FieldError as e:
            raise GoldError(f"{path}:{number}: {e}") from e
        if gold.doc in golds:
            raise GoldError(f"{path}:{number}: document {gold.doc!r} is annotated twice")
        golds[gold.doc] = gold
    return golds


# ---------------------------------------------------------------------------------------------
# Figures


@dataclass(frozen=True)
class Score:
    """Counts of one kind of fact; P, R and F1 are 1.0 when there was nothing to find or predict."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        predicted = self.tp + self.fp
        return self.tp / predicted if predicted else float(self.fn == 0)

    @property
    def recall(self) -> float:
        gold = self.tp + self.fn
        return self.tp / gold if gold else float(self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True)
class Accuracy:
    """Share of gold items with a value that the prediction got right; None when there were none."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def as_dict(self) -> dict[str, float | int | None]:
        value = self.value
        return {
            "accuracy": None if value is None else round(value, 4),
            "correct": self.correct,
            "total": self.total,
        }


@dataclass(frozen=True)
class Item:
    """A gold row not found (a miss) or a prediction not in the gold (a false positive)."""

    kind: str  # membership | event | participation | organizer | start_date | start_md | end_date | location
    row: tuple[str | None, ...]
    note: str = ""


@dataclass(frozen=True)
class DocumentScore:
    doc: str
    source: str
    scores: dict[str, Score]
    accuracies: dict[str, Accuracy]
    misses: tuple[Item, ...] = ()
    false_positives: tuple[Item, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "source": self.source,
            **{name: self.scores[name].as_dict() for name in METRICS},
            **{name: self.accuracies[name].as_dict() for name in ACCURACIES},
            "misses": [_item_dict(i) for i in self.misses],
            "false_positives": [_item_dict(i) for i in self.false_positives],
        }


def _item_dict(item: Item) -> dict[str, Any]:
    return {"kind": item.kind, "row": list(item.row), "note": item.note}


@dataclass
class EvalResult:
    """Per-document scores plus the inputs that could not be scored, and why."""

    gold: str
    extractor: str
    documents: list[DocumentScore] = field(default_factory=list)
    unannotated: list[str] = field(default_factory=list)  # inputs whose file name has no gold line
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason): unreadable inputs
    not_given: list[str] = field(default_factory=list)  # gold documents with no input among INPUTs

    @property
    def totals(self) -> dict[str, Score]:
        return {name: sum((d.scores[name] for d in self.documents), Score()) for name in METRICS}

    @property
    def accuracies(self) -> dict[str, Accuracy]:
        return {name: sum((d.accuracies[name] for d in self.documents), Accuracy()) for name in ACCURACIES}

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "extractor": self.extractor,
            "documents_scored": len(self.documents),
            "micro": {name: score.as_dict() for name, score in self.totals.items()},
            "accuracy": {name: acc.as_dict() for name, acc in self.accuracies.items()},
            "documents": [d.as_dict() for d in self.documents],
            "unannotated": self.unannotated,
            "skipped": [{"source": s, "reason": r} for s, r in self.skipped],
            "not_given": self.not_given,
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------------------------
# Matching


def key(name: str | None) -> str | None:
    return None if name is None else normalize_name(name)


def award_title(title: str) -> str:
    """图灵奖获得者 / 图灵奖的获得者 / 图灵奖得主 → 图灵奖得主."""
    for ending in _AWARD_ENDINGS:
        if title.endswith(ending) and len(title) > len(ending):
            return title[: -len(ending)] + "得主"
    return title


def titles_match(gold: str, predicted: str, *, lenient: bool) -> bool:
    """Equal titles; leniently also award variants and a scope prefix (全球副总裁 ~ 副总裁)."""
    gold, predicted = normalize_name(gold), normalize_name(predicted)
    if gold == predicted:
        return True
    if not lenient or not gold or not predicted:
        return False
    gold, predicted = award_title(gold), award_title(predicted)
    if gold == predicted:
        return True
    short, long = sorted((gold, predicted), key=len)
    return long.endswith(short) and not long[: -len(short)].endswith(_RANK_MARKERS)


def membership_matches(
    gold: GoldMembership, predicted: tuple[str, str, str | None], *, lenient: bool
) -> bool:
    person, title, org = predicted
    # org equals gold org or one of org_alt; a null gold org matches a null prediction.
    orgs = {key(gold.org), *(key(o) for o in gold.org_alt)}
    if key(gold.person) != person:
        return False
    return org in orgs and titles_match(gold.title, title, lenient=lenient)


G = TypeVar("G")
P = TypeVar("P")


def greedy_match(
    golds: Sequence[G], predictions: Sequence[P], tests: Sequence[Callable[[G, P], bool]]
) -> tuple[list[tuple[G, P]], list[G], list[P]]:
    """Pair gold rows with predictions, one pass per test (strictest first), first fit wins.

    Returns the pairs, the unmatched gold rows and the unmatched predictions, each in input order.
    """
    taken_gold: dict[int, int] = {}
    taken_pred: set[int] = set()
    for test in tests:
        for g, gold in enumerate(golds):
            if g in taken_gold:
                continue
            for p, prediction in enumerate(predictions):
                if p not in taken_pred and test(gold, prediction):
                    taken_gold[g] = p
                    taken_pred.add(p)
                    break
    pairs = [(golds[g], predictions[p]) for g, p in sorted(taken_gold.items())]
    missed = [gold for g, gold in enumerate(golds) if g not in taken_gold]
    spurious = [pred for p, pred in enumerate(predictions) if p not in taken_pred]
    return pairs, missed, spurious


def _unique(rows: Iterable[P]) -> list[P]:
    return list(dict.fromkeys(rows))


Link = tuple[str | None, str, str]  # person or org (None: an org no gold name resolves), event, role


def _match_links(
    kind: str,
    golds: Sequence[tuple[Link, Link]],
    predicted: Sequence[Link],
    misses: list[Item],
    spurious: list[Item],
) -> Score:
    """Score participations or organisers: each gold row (its key, as written) against the predicted keys.

    The unmatched gold rows go to ``misses`` as written, the unmatched predictions to ``spurious``.
    """
    pairs, missed, extra = greedy_match(golds, predicted, [lambda g, p: g[0] == p])
    misses.extend(Item(kind, written) for _, written in missed)
    spurious.extend(Item(kind, p) for p in extra)
    return Score(len(pairs), len(extra), len(missed))


@dataclass(frozen=True)
class _PredEvent:
    """All mentions of one predicted event name: the first date and place any of them carries."""

    name: str
    start: dt.date | None
    end: dt.date | None
    location: str | None


def _predicted_events(extraction: DocumentExtraction) -> list[_PredEvent]:
    grouped: dict[str, list[Any]] = {}
    for event in extraction.events:
        grouped.setdefault(normalize_name(event.name), []).append(event)
    return [
        _PredEvent(
            name,
            next((e.start_date for e in events if e.start_date), None),
            next((e.end_date for e in events if e.end_date), None),
            next((e.location for e in events if e.location), None),
        )
        for name, events in grouped.items()
    ]


def _names(name: str, aliases: Iterable[str]) -> set[str]:
    return {normalize_name(name), *(normalize_name(a) for a in aliases)}


def _resolver(names: dict[str, set[str]]) -> Callable[[str], str]:
    """Map a predicted name to the gold name it denotes (by name or alias), else to its own key."""
    lookup: dict[str, str] = {}
    for canonical, variants in names.items():
        for variant in sorted(variants):
            lookup.setdefault(variant, canonical)

    def resolve(name: str) -> str:
        normal = normalize_name(name)
        return lookup.get(normal, normal)

    return resolve


def _month_days(pairs: Sequence[tuple[GoldEvent, _PredEvent]], misses: list[Item]) -> Accuracy:
    """Gold ``start_md`` against the month-day of the matched event's start, found events only.

    A set whose documents carry no real date (DuEE's nominal 2019-12-31) can only check the
    month and day; a missed event is already an event miss, so it is not counted twice here.
    """
    correct = total = 0
    for event, found in pairs:
        if event.start_md is None:
            continue
        total += 1
        got = found.start.strftime("%m-%d") if found.start else None
        if got == event.start_md:
            correct += 1
        else:
            misses.append(Item("start_md", (event.name, event.start_md, got)))
    return Accuracy(correct, total)


def score_document(gold: GoldDocument, extraction: DocumentExtraction) -> DocumentScore:
    """Score one document's extraction against its gold line."""
    scores: dict[str, Score] = {}
    misses: list[Item] = []
    spurious: list[Item] = []

    # Memberships ---------------------------------------------------------------------------
    predicted = _unique(
        (normalize_name(m.person), normalize_name(m.title), key(m.org)) for m in extraction.memberships
    )

    def strict(g: GoldMembership, p: tuple[str, str, str | None]) -> bool:
        return membership_matches(g, p, lenient=False)

    def lenient(g: GoldMembership, p: tuple[str, str, str | None]) -> bool:
        return membership_matches(g, p, lenient=True)

    golds = list(gold.memberships)
    pairs, missed, extra = greedy_match(golds, predicted, [strict])
    scores["memberships_strict"] = Score(len(pairs), len(extra), len(missed))
    lenient_pairs, lenient_missed, lenient_extra = greedy_match(golds, predicted, [strict, lenient])
    scores["memberships_lenient"] = Score(len(lenient_pairs), len(lenient_extra), len(lenient_missed))
    near = {id(g): p for g, p in lenient_pairs}
    for g in missed:
        hint = near.get(id(g))
        note = f"lenient match: {hint[1]} @ {hint[2]}" if hint else ""
        misses.append(Item("membership", (g.person, g.title, g.org), note))
    spurious.extend(Item("membership", p) for p in extra)

    # Events --------------------------------------------------------------------------------
    event_names = {normalize_name(e.name): _names(e.name, e.aliases) for e in gold.events}
    events = _predicted_events(extraction)
    event_pairs, missed_events, extra_events = greedy_match(
        list(gold.events), events, [lambda g, p: p.name in event_names[normalize_name(g.name)]]
    )
    scores["events"] = Score(len(event_pairs), len(extra_events), len(missed_events))
    misses.extend(Item("event", (e.name,)) for e in missed_events)
    spurious.extend(Item("event", (e.name,)) for e in extra_events)

    matched = {id(g): p for g, p in event_pairs}
    accuracies: dict[str, Accuracy] = {}
    for name, attribute in (("start_date", "start"), ("end_date", "end")):
        correct = total = 0
        for event in gold.events:
            expected: dt.date | None = getattr(event, attribute)
            if expected is None:
                continue
            total += 1
            found = matched.get(id(event))
            got: dt.date | None = getattr(found, attribute) if found else None
            if got == expected:
                correct += 1
            else:
                misses.append(
                    Item(name, (event.name, expected.isoformat(), got.isoformat() if got else None))
                )
        accuracies[name] = Accuracy(correct, total)
    correct = total = 0
    for event, found in event_pairs:
        if event.location is None:
            continue
        total += 1
        if key(found.location) == key(event.location):
            correct += 1
        else:
            misses.append(Item("location", (event.name, event.location, found.location)))
    accuracies["start_md"] = _month_days(event_pairs, misses)
    accuracies["location"] = Accuracy(correct, total)

    # Participations: the event by any gold name or alias -----------------------------------
    to_event = _resolver(event_names)
    predicted_parts = _unique(
        (normalize_name(p.person), to_event(p.event), p.role.strip()) for p in extraction.participations
    )
    scores["participations"] = _match_links(
        "participation",
        [
            ((key(g.person), to_event(g.event), g.role.strip()), (g.person, g.event, g.role))
            for g in gold.participations
        ],
        predicted_parts,
        misses,
        spurious,
    )

    # Organisers: the org by any gold name or alias as well ---------------------------------
    to_org = _resolver({normalize_name(o.name): _names(o.name, o.aliases) for o in gold.orgs})
    predicted_orgs = _unique(
        (to_org(o.org), to_event(o.event), o.role.strip()) for o in extraction.organizers
    )
    scores["organizers"] = _match_links(
        "organizer",
        [
            ((to_org(g.org), to_event(g.event), g.role.strip()), (g.org, g.event, g.role))
            for g in gold.event_orgs
        ],
        predicted_orgs,
        misses,
        spurious,
    )

    return DocumentScore(
        doc=gold.doc,
        source=extraction.document.source,
        scores=scores,
        accuracies=accuracies,
        misses=tuple(misses),
        false_positives=tuple(spurious),
    )


# ---------------------------------------------------------------------------------------------
# Running


def doc_name(document: Document) -> str:
    """The gold ``doc`` key of a document: the file name of its source."""
    return Path(document.source).name


def score(
    golds: dict[str, GoldDocument],
    extractions: Iterable[DocumentExtraction],
    *,
    gold_name: str = "",
    extractor: str = "",
) -> EvalResult:
    """Score extractions that are already made; inputs without a gold line are listed, not scored."""
    result = EvalResult(gold=gold_name, extractor=extractor)
    seen: set[str] = set()
    for extraction in extractions:
        name = doc_name(extraction.document)
        gold = golds.get(name)
        if gold is None:
            result.unannotated.append(extraction.document.source)
            continue
        seen.add(name)
        result.documents.append(score_document(gold, extraction))
    result.not_given = [name for name in golds if name not in seen]
    return result


def _extractor(name: str) -> Callable[[Document], DocumentExtraction]:
    if name not in EXTRACTORS:
        raise ValueError(f"unknown extractor {name!r}; choose one of {', '.join(EXTRACTORS)}")
    import importlib

    module, function = EXTRACTORS[name].split(":")
    run: Callable[[Document], DocumentExtraction] = getattr(importlib.import_module(module), function)
    return run


def evaluate(
    gold_path: Path,
    inputs: Iterable[str],
    *,
    extractor: str = "kg",
    workers: int = 1,
    max_doc_chars: int | None = None,
) -> EvalResult:
    """``kg eval``: read the inputs, extract with ``extractor`` and score against the gold file.

    Raises:
        GoldError: the gold file is malformed.
    """
    from kg.build import extract_all
    from kg.io import read_documents

    golds = load_gold(gold_path)
    skipped: list[tuple[str, str]] = []

    def extractions() -> Iterator[DocumentExtraction]:
        results = read_documents(inputs, besides=gold_path, max_chars=max_doc_chars)
        if extractor == "kg":
            for read, extraction in extract_all(results, workers=workers):
                if extraction is None:
                    skipped.append((read.source, read.reason or "unreadable"))
                else:
                    yield extraction
            return
        run = _extractor(extractor)
        for read in results:
            if read.document is None:
                skipped.append((read.source, read.reason or "unreadable"))
            else:
                yield run(read.document)

    _extractor(extractor)  # fail on an unknown name before reading anything
    result = score(golds, extractions(), gold_name=str(gold_path), extractor=extractor)
    result.skipped = skipped
    return result


# ---------------------------------------------------------------------------------------------
# Text report (kg eval prints these lines; the library itself never prints)

_LABELS = {
    "memberships_strict": "memberships strict",
    "memberships_lenient": "memberships lenient",
    "events": "events",
    "participations": "participations",
    "organizers": "organisers",
}


_SHORT = {
    "memberships_strict": "memberships",
    "memberships_lenient": "lenient",
    "events": "events",
    "participations": "participations",
    "organizers": "organisers",
}


def _row(row: tuple[str | None, ...]) -> str:
    return "(" + ", ".join("∅" if v is None else v for v in row) + ")"


def miss_lines(result: EvalResult) -> list[str]:
    """Per document: its F1 figures, then its misses (gold not found) and false positives."""
    lines: list[str] = []
    for document in result.documents:
        figures = "  ".join(f"{_SHORT[name]} {document.scores[name].f1:.3f}" for name in METRICS)
        lines.append(f"== {document.doc}  F1: {figures}")
        for item in document.misses:
            note = f"  [{item.note}]" if item.note else ""
            lines.append(f"  miss  {item.kind:<13} {_row(item.row)}{note}")
        for item in document.false_positives:
            lines.append(f"  fp    {item.kind:<13} {_row(item.row)}")
    return lines


def _accuracy(accuracy: Accuracy) -> str:
    value = accuracy.value
    shown = "—" if value is None else f"{value:.3f}"
    return f"{shown} ({accuracy.correct}/{accuracy.total})"


def summary_lines(result: EvalResult) -> list[str]:
    """The summary table: exactly 8 lines, so that ``kg eval … | tail -n 8`` shows all of it."""
    gold = Path(result.gold).name if result.gold else "gold"
    lines = [
        f"kg eval ({result.extractor}): {len(result.documents)} document(s) scored against {gold}",
        f"{'':<20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}",
    ]
    for name, total in result.totals.items():
        lines.append(
            f"{_LABELS[name]:<20} {total.precision:>6.3f} {total.recall:>6.3f} {total.f1:>6.3f}"
            f" {total.tp:>5} {total.fp:>5} {total.fn:>5}"
        )
    accuracies = result.accuracies
    lines.append(
        f"{'dates/location':<20} start {_accuracy(accuracies['start_date'])}"
        f"  start month-day {_accuracy(accuracies['start_md'])}"
        f"  end {_accuracy(accuracies['end_date'])}  location {_accuracy(accuracies['location'])}"
    )
    return lines
