"""The graph as RDF: Turtle (``graph.ttl``), JSON-LD (``graph.jsonld``) and N-Triples (``graph.nt``).

The model is the one of DESIGN.md "The RDF model": W3C ORG memberships, schema.org persons, events and
articles, SKOS role labels, PROV-O provenance and NIF offsets, plus the few ``kg:`` terms of
``ontologies/kg.ttl``. Every membership and participation cites its sentence (``prov:wasDerivedFrom``
a ``kg:Mention``), and every mention its article. Every node is an IRI (no blank nodes), literals from
the text carry ``@zh``, dates are ``xsd:date``.

The three files hold the same triples (tests parse them back to isomorphic graphs) and are written
by this module rather than by rdflib's serialisers, so that they are byte-identical from run to run
and across hash seeds (rdflib orders its output by sets). Subjects come in sections (persons,
organisations, roles, events, places, memberships, participations, mentions, documents), each sorted
by IRI; predicates and objects are sorted too. Writing is plain string work on tuples, fast enough
for millions of triples.
"""

from __future__ import annotations

import datetime as dt
import heapq
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import unquote

from rdflib.namespace import ORG, PROV, RDF, SDO, SKOS, TIME, XSD

from kg.graph import Edge, Evidence, KnowledgeGraph, Node
from kg.ids import IriMinter, digest
from kg.model import Status
from kg.text import HAN, HAN_COMPATIBILITY, HAN_EXT_A
from kg.vocab import KG, KG_NAMESPACE, NIF, NIF_NAMESPACE

if TYPE_CHECKING:
    import rdflib

LANG = "zh"  # every literal read from the text is Chinese news


class Lit(NamedTuple):
    value: str
    lang: str | None = None
    datatype: str | None = None


Term = str | Lit  # an IRI object is the IRI itself

# The terms as plain strings: DefinedNamespace attribute lookups are slow in the hot loops.
KG_AGENT = str(KG.agent)
KG_EVENT = str(KG.event)
KG_MENTION_CLASS = str(KG.Mention)
KG_OBSERVED_ON = str(KG.observedOn)
KG_PARTICIPATION_CLASS = str(KG.Participation)
KG_ROLE_NAME = str(KG.roleName)
KG_STATUS = str(KG.status)
# kg.model.Status → its SKOS concept of ontologies/kg.ttl
STATUS_CONCEPTS = {
    Status.CURRENT: str(KG.Current),
    Status.FORMER: str(KG.Former),
    Status.DESIGNATED: str(KG.Designated),
    Status.ENDED: str(KG.Ended),
}
NIF_ANCHOR_OF = str(NIF.anchorOf)
NIF_BEGIN_INDEX = str(NIF.beginIndex)
NIF_END_INDEX = str(NIF.endIndex)
ORG_HAS_UNIT = str(ORG.hasUnit)
ORG_MEMBER = str(ORG.member)
ORG_MEMBER_DURING = str(ORG.memberDuring)
ORG_MEMBERSHIP_CLASS = str(ORG.Membership)
ORG_ORGANIZATION = str(ORG.organization)
ORG_ORGANIZATION_CLASS = str(ORG.Organization)
ORG_ROLE = str(ORG.role)
ORG_ROLE_CLASS = str(ORG.Role)
ORG_UNIT_OF = str(ORG.unitOf)
PROV_WAS_DERIVED_FROM = str(PROV.wasDerivedFrom)
RDF_TYPE = str(RDF.type)
SDO_ALTERNATE_NAME = str(SDO.alternateName)
SDO_ATTENDEE = str(SDO.attendee)
SDO_DATE_PUBLISHED = str(SDO.datePublished)
SDO_END_DATE = str(SDO.endDate)
SDO_EVENT_CLASS = str(SDO.Event)
SDO_HEADLINE = str(SDO.headline)
SDO_IDENTIFIER = str(SDO.identifier)
SDO_LOCATION = str(SDO.location)
SDO_MENTIONS = str(SDO.mentions)
SDO_NAME = str(SDO.name)
SDO_NEWSARTICLE_CLASS = str(SDO.NewsArticle)
SDO_ORGANIZATION_CLASS = str(SDO.Organization)
SDO_ORGANIZER = str(SDO.organizer)
SDO_PERSON_CLASS = str(SDO.Person)
SDO_PLACE_CLASS = str(SDO.Place)
SDO_SPONSOR = str(SDO.sponsor)
SDO_START_DATE = str(SDO.startDate)
SDO_SUB_EVENT = str(SDO.subEvent)
SDO_SUPER_EVENT = str(SDO.superEvent)
SDO_URL = str(SDO.url)
SKOS_PREF_LABEL = str(SKOS.prefLabel)
TIME_HAS_BEGINNING = str(TIME.hasBeginning)
TIME_HAS_END = str(TIME.hasEnd)
TIME_IN_XSD_DATE = str(TIME.inXSDDate)
TIME_INSTANT_CLASS = str(TIME.Instant)
TIME_INTERVAL_CLASS = str(TIME.Interval)
XSD_ANY_URI = str(XSD.anyURI)
XSD_DATE = str(XSD.date)
XSD_NON_NEGATIVE_INTEGER = str(XSD.nonNegativeInteger)
XSD_STRING = str(XSD.string)

# Resource namespaces under the base IRI: (IriMinter kind, prefix, section title), in file order.
SECTIONS = (
    ("person", "person", "Persons"),
    ("org", "organization", "Organisations"),
    ("role", "role", "Roles (titles)"),
    ("event", "event", "Events"),
    ("place", "place", "Places"),
    ("membership", "membership", "Memberships: a person's title at an organisation, as of an article's date"),
    ("interval", "interval", "Intervals: when a membership holds, where its article dates it"),
    ("instant", "instant", "Instants: the days intervals begin or end on"),
    ("participation", "participation", "Participations: a person's or an organisation's role at an event"),
    ("mention", "mention", "Mentions: the sentences the facts were read from"),
    ("doc", "doc", "Documents"),
)
VOCABULARIES = {
    "kg": KG_NAMESPACE,
    "nif": NIF_NAMESPACE,
    "org": str(ORG),
    "prov": str(PROV),
    "rdf": str(RDF),
    "schema": str(SDO),
    "skos": str(SKOS),
    "time": str(TIME),
    "xsd": str(XSD),
}
# Organiser roles (gold/SCHEMA.md) behind the plain schema:organizer / schema:sponsor shortcut; an
# organisation that exhibited (参展) or released something (发布) there is an attendee.
ORGANIZER_PROPERTY = {
    "主办": SDO_ORGANIZER,
    "承办": SDO_ORGANIZER,
    "协办": SDO_ORGANIZER,
    "支持": SDO_SPONSOR,
}
# Predicates come in this order (what a reader looks for first), then alphabetically.
FIRST_PREDICATES = (
    RDF_TYPE,
    SDO_NAME,
    SKOS_PREF_LABEL,
    SDO_HEADLINE,
    ORG_MEMBER,
    ORG_ORGANIZATION,
    ORG_ROLE,
    KG_STATUS,
    KG_OBSERVED_ON,
    ORG_MEMBER_DURING,
    TIME_HAS_BEGINNING,
    TIME_HAS_END,
    KG_AGENT,
    KG_EVENT,
    KG_ROLE_NAME,
    SDO_START_DATE,
    SDO_END_DATE,
    NIF_ANCHOR_OF,
    NIF_BEGIN_INDEX,
    NIF_END_INDEX,
)

# A conservative subset of Turtle's PN_LOCAL: letters, digits, _, CJK, and - or · inside.
_HAN_LOCAL = f"{HAN_EXT_A}{HAN}{HAN_COMPATIBILITY}"
_PN_LOCAL = re.compile(
    f"(?:[A-Za-z0-9_{_HAN_LOCAL}]|%[0-9A-Fa-f]{{2}})(?:[A-Za-z0-9_\\-\u00b7{_HAN_LOCAL}]|%[0-9A-Fa-f]{{2}})*"
)
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')


def prefixes(base_iri: str) -> dict[str, str]:
    """Prefix → namespace for the exports of a graph with this base IRI, sorted by prefix."""
    minter = IriMinter(base_iri)
    table = dict(VOCABULARIES)
    table["kgr"] = minter.base
    for kind, prefix, _ in SECTIONS:
        table[prefix] = minter.iri(kind, "")
    return dict(sorted(table.items()))


# ---------------------------------------------------------------------------------------------
# The triples, one subject at a time


def _text(value: str) -> Lit:
    return Lit(value, LANG)


def _date(value: dt.date) -> Lit:
    return Lit(value.isoformat(), datatype=XSD_DATE)


def _count(value: int) -> Lit:
    return Lit(str(value), datatype=XSD_NON_NEGATIVE_INTEGER)


def _document_id(node: Node) -> str:
    return unquote(node.id.rstrip("/").rsplit("/", 1)[-1])


def _fact_iri(graph: KnowledgeGraph, edge: Edge, kind: str) -> str:
    """The n-ary fact's own IRI; an edge read from elsewhere with a non-IRI id gets one minted from it."""
    if edge.id.startswith(("http://", "https://", "urn:")):
        return edge.id
    return IriMinter(graph.base_iri).iri(kind, digest(edge.id))


FACT_KINDS = {"HOLDS": "membership", "PARTICIPATED_IN": "participation", "ORGANIZED": "participation"}
Block = dict[str, set[Term]]  # one subject's triples: predicate → objects


class _Subjects:
    """Every subject of the export, and its triples one subject at a time.

    A subject's triples come from a node (its own values and the plain relations it is an end of:
    ``org:hasUnit``, ``schema:mentions`` …), from the n-ary facts whose IRI it is, from the
    memberships whose OWL-Time interval it is or which begin or end on the instant it is, and from
    the evidence records of the mention it is. Only these small indexes are built; the triples of a
    subject exist while it is written, so an export needs little more memory than the graph.
    """

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.graph = graph
        self.minter = IriMinter(graph.base_iri)
        self.facts: dict[str, list[Edge]] = {}
        self.mentions: dict[str, list[Evidence]] = {}
        self.intervals: dict[str, list[Edge]] = {}  # interval IRI → the memberships it dates
        self.instants: dict[str, dt.date] = {}  # instant IRI → its day
        for edge in graph.edges():
            kind = FACT_KINDS.get(edge.type)
            if kind is None:
                continue
            fact = _fact_iri(graph, edge, kind)
            self.facts.setdefault(fact, []).append(edge)
            if kind == "membership" and (edge.start or edge.end):
                self.intervals.setdefault(self.minter.interval(fact), []).append(edge)
                for day in (edge.start, edge.end):
                    if day is not None:
                        self.instants[self.instant(day)] = day
            for evidence in edge.evidence:
                self.mentions.setdefault(evidence.id, []).append(evidence)

    def instant(self, day: dt.date) -> str:
        return self.minter.instant(day.isoformat())

    def sorted(self) -> Iterator[str]:
        """Every subject once, by IRI."""
        nodes = (node.id for node in self.graph.nodes())
        merged = heapq.merge(
            nodes, sorted(self.facts), sorted(self.intervals), sorted(self.instants), sorted(self.mentions)
        )
        last = None
        for subject in merged:
            if subject != last:
                yield subject
                last = subject

    def block(self, subject: str) -> Block:
        triples: Block = defaultdict(set)
        node = self.graph.node(subject)
        if node is not None:
            self._node(triples, node)
        for edge in self.facts.get(subject, ()):
            self._fact(triples, subject, edge)
        for edge in self.intervals.get(subject, ()):
            triples[RDF_TYPE].add(TIME_INTERVAL_CLASS)
            if edge.start is not None:
                triples[TIME_HAS_BEGINNING].add(self.instant(edge.start))
            if edge.end is not None:
                triples[TIME_HAS_END].add(self.instant(edge.end))
        day = self.instants.get(subject)
        if day is not None:
            triples[RDF_TYPE].add(TIME_INSTANT_CLASS)
            triples[TIME_IN_XSD_DATE].add(_date(day))
        for evidence in self.mentions.get(subject, ()):
            triples[RDF_TYPE].add(KG_MENTION_CLASS)
            triples[NIF_ANCHOR_OF].add(_text(evidence.sentence))
            triples[NIF_BEGIN_INDEX].add(_count(evidence.start))
            triples[NIF_END_INDEX].add(_count(evidence.end))
            triples[PROV_WAS_DERIVED_FROM].add(evidence.document)
        return triples

    def _node(self, triples: Block, node: Node) -> None:
        kind, s = node.kind, node.id
        types = triples[RDF_TYPE]
        named = NAMED_KINDS.get(kind)
        if named is not None:
            classes, label = named
            types.update(classes)
            triples[label].add(_text(node.name))
        if kind == "Event":
            if node.start_date:
                triples[SDO_START_DATE].add(_date(node.start_date))
            if node.end_date:
                triples[SDO_END_DATE].add(_date(node.end_date))
        elif kind == "Document":
            types.add(SDO_NEWSARTICLE_CLASS)
            doc_id = _document_id(node)
            triples[SDO_IDENTIFIER].add(Lit(doc_id))
            if node.name and node.name != doc_id:
                triples[SDO_HEADLINE].add(_text(node.name))
            if node.date:
                triples[SDO_DATE_PUBLISHED].add(_date(node.date))
            if node.url:
                triples[SDO_URL].add(Lit(node.url, datatype=XSD_ANY_URI))
        if kind in ("Person", "Organization", "Event"):
            for alias in node.aliases:
                if alias != node.name:
                    triples[SDO_ALTERNATE_NAME].add(_text(alias))
        for edge in self.graph.incident(s):
            if edge.source == s and edge.type in OUTGOING:
                triples[OUTGOING[edge.type]].add(edge.target)
            if edge.target == s:
                if edge.type in INCOMING:
                    triples[INCOMING[edge.type]].add(edge.source)
                elif edge.type == "ORGANIZED":
                    triples[ORGANIZER_PROPERTY.get(edge.role or "", SDO_ATTENDEE)].add(edge.source)

    def _fact(self, triples: Block, fact: str, edge: Edge) -> None:
        s, t = edge.source, edge.target
        target = self.graph.node(t)
        target_kind = target.kind if target is not None else None
        if edge.type == "HOLDS":
            triples[RDF_TYPE].add(ORG_MEMBERSHIP_CLASS)
            triples[ORG_MEMBER].add(s)
            if target_kind == "Organization":
                triples[ORG_ORGANIZATION].add(t)
            role = edge.role or (t if target_kind == "Role" else None)
            if role:
                triples[ORG_ROLE].add(role)
            if edge.observed_on:
                triples[KG_OBSERVED_ON].add(_date(edge.observed_on))
            triples[KG_STATUS].add(STATUS_CONCEPTS[edge.status or Status.CURRENT])
            if edge.start or edge.end:
                triples[ORG_MEMBER_DURING].add(self.minter.interval(fact))
        else:
            triples[RDF_TYPE].add(KG_PARTICIPATION_CLASS)
            triples[KG_AGENT].add(s)
            triples[KG_EVENT].add(t)
            if edge.role:
                triples[KG_ROLE_NAME].add(_text(edge.role))
        derived = triples[PROV_WAS_DERIVED_FROM]
        for evidence in edge.evidence:
            derived.add(evidence.id)


# The kinds written with a name: their classes, and the property the name goes under (a title is a
# SKOS concept label, everything else a schema.org name). Documents carry identifier and headline.
NAMED_KINDS: dict[str, tuple[tuple[str, ...], str]] = {
    "Person": ((SDO_PERSON_CLASS,), SDO_NAME),
    "Organization": ((ORG_ORGANIZATION_CLASS, SDO_ORGANIZATION_CLASS), SDO_NAME),
    "Role": ((ORG_ROLE_CLASS,), SKOS_PREF_LABEL),
    "Event": ((SDO_EVENT_CLASS,), SDO_NAME),
    "Place": ((SDO_PLACE_CLASS,), SDO_NAME),
}

# The plain relations as triples on one of their ends: (source, property, target) for OUTGOING,
# (target, property, source) for INCOMING; an organiser's property depends on its role.
OUTGOING = {"UNIT_OF": ORG_UNIT_OF, "PART_OF": SDO_SUPER_EVENT, "HELD_IN": SDO_LOCATION}
INCOMING = {
    "UNIT_OF": ORG_HAS_UNIT,
    "PART_OF": SDO_SUB_EVENT,
    "PARTICIPATED_IN": SDO_ATTENDEE,
    "MENTIONED_IN": SDO_MENTIONS,
}


def triples(graph: KnowledgeGraph) -> Iterator[tuple[str, str, Term]]:
    """Every triple of the export, once each, subject by subject (by subject IRI)."""
    subjects = _Subjects(graph)
    for subject in subjects.sorted():
        for predicate, objects in subjects.block(subject).items():
            for o in objects:
                yield subject, predicate, o


# ---------------------------------------------------------------------------------------------
# Writers


def _escape(text: str) -> str:
    if not _NEEDS_ESCAPE.search(text):
        return text
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return "".join(out)


class _Namespaces:
    """Which of a table's namespaces an IRI starts with, longest first (by prefix for equal ones).

    Every namespace of the exports ends with ``/`` or ``#`` (IriMinter's base does), so the ones an
    IRI can start with are those its head (the IRI up to its last ``/`` or ``#``) starts with: found
    once per head, and there are a handful of heads for millions of IRIs.
    """

    def __init__(self, table: dict[str, str]) -> None:
        self.table = sorted(table.items(), key=lambda item: (-len(item[1]), item[0]))
        self.loose = any(not namespace.endswith(("/", "#")) for _, namespace in self.table)
        self.heads: dict[str, list[tuple[str, str]]] = {}

    def of(self, iri: str) -> list[tuple[str, str]]:
        """(prefix, namespace) of every namespace ``iri`` starts with, longest first."""
        if self.loose:
            return [(p, namespace) for p, namespace in self.table if iri.startswith(namespace)]
        head = iri[: max(iri.rfind("/"), iri.rfind("#")) + 1]
        found = self.heads.get(head)
        if found is None:
            found = [(p, namespace) for p, namespace in self.table if head.startswith(namespace)]
            self.heads[head] = found
        return found


class _Names:
    """Prefixed names where Turtle's grammar allows them, full IRIs elsewhere.

    The vocabulary's terms (predicates, classes, datatypes) are memoised; resource IRIs are not, as
    their names would take as much memory as the graph.
    """

    def __init__(self, table: dict[str, str]) -> None:
        self.namespaces = _Namespaces(table)
        self.cache: dict[str, str] = {}
        # head (see _Namespaces) → "prefix:" where the head is the longest namespace it starts with;
        # "" where it is not (and for every IRI when some namespace ends otherwise)
        self.exact: dict[str, str] = {}

    def __call__(self, iri: str) -> str:
        if not self.namespaces.loose:
            cut = max(iri.rfind("/"), iri.rfind("#")) + 1
            head = iri[:cut]
            prefix = self.exact.get(head)
            if prefix is None:
                found = self.namespaces.of(iri)
                prefix = self.exact[head] = f"{found[0][0]}:" if found and found[0][1] == head else ""
            if prefix:
                # The other namespaces are shorter: their local part would hold the head's / or #,
                # which PN_LOCAL refuses, so this one decides.
                local = iri[cut:]
                return prefix + local if _PN_LOCAL.fullmatch(local) else f"<{iri}>"
        for prefix, namespace in self.namespaces.of(iri):
            local = iri[len(namespace) :]
            if _PN_LOCAL.fullmatch(local):
                return f"{prefix}:{local}"
        return f"<{iri}>"

    def term(self, iri: str) -> str:
        found = self.cache.get(iri)
        if found is None:
            found = self.cache[iri] = self(iri)
        return found


def _predicate_order(names: _Names) -> dict[str, tuple[int, str]]:
    """Sort keys of predicates, computed once per predicate: FIRST_PREDICATES, then by prefixed name."""

    class Order(dict[str, tuple[int, str]]):
        def __missing__(self, predicate: str) -> tuple[int, str]:
            if predicate in FIRST_PREDICATES:
                key = (FIRST_PREDICATES.index(predicate), "")
            else:
                key = (len(FIRST_PREDICATES), names.term(predicate))
            self[predicate] = key
            return key

    return Order()


def _literal(term: Lit, iri: Callable[[str], str]) -> str:
    text = f'"{_escape(term.value)}"'
    if term.lang:
        return f"{text}@{term.lang}"
    if term.datatype and term.datatype != XSD_STRING:
        return f"{text}^^{iri(term.datatype)}"
    return text


def _bracketed(iri: str) -> str:
    return f"<{iri}>"


def _nt_term(term: Term) -> str:
    return f"<{term}>" if isinstance(term, str) else _literal(term, _bracketed)


def _in_file_order(graph: KnowledgeGraph, subjects: _Subjects) -> Iterator[tuple[int, str]]:
    """(section, subject) of the Turtle and JSON-LD files: the sections of SECTIONS in turn (then
    any other subject), each by IRI."""
    table = prefixes(graph.base_iri)
    namespaces = _Namespaces({prefix: table[prefix] for _, prefix, _ in SECTIONS})
    number = {prefix: i for i, (_, prefix, _) in enumerate(SECTIONS)}
    sections: list[list[str]] = [[] for _ in range(len(SECTIONS) + 1)]
    for subject in subjects.sorted():
        found = namespaces.of(subject)
        sections[number[found[0][0]] if found else len(SECTIONS)].append(subject)
    for section, members in enumerate(sections):
        for subject in members:
            yield section, subject


def turtle(graph: KnowledgeGraph) -> str:
    """The graph as Turtle: readable prefixes, one block per subject, a comment per section."""
    return "".join(_turtle_chunks(graph))


def _turtle_chunks(graph: KnowledgeGraph) -> Iterator[str]:
    """Turtle one subject block at a time, so that writing a large graph never holds the whole text."""
    table = prefixes(graph.base_iri)
    names = _Names(table)
    order = _predicate_order(names)
    subjects = _Subjects(graph)

    def term(o: Term) -> str:
        return names(o) if isinstance(o, str) else _literal(o, names.term)

    yield "\n".join(f"@prefix {prefix}: <{namespace}> ." for prefix, namespace in table.items()) + "\n"
    current = -1
    for section, subject in _in_file_order(graph, subjects):
        if section != current:
            yield f"\n# {SECTIONS[section][2] if section < len(SECTIONS) else 'Other'}\n"
            current = section
        block = subjects.block(subject)
        parts = []
        for predicate in sorted(block, key=order.__getitem__):
            objects = block[predicate]
            if predicate == RDF_TYPE:
                parts.append("a " + ", ".join(sorted(names.term(o) for o in objects)))  # type: ignore[arg-type]
            elif len(objects) == 1:
                parts.append(f"{names.term(predicate)} {term(next(iter(objects)))}")
            else:
                parts.append(f"{names.term(predicate)} " + ",\n        ".join(sorted(map(term, objects))))
        yield f"\n{names(subject)} " + " ;\n    ".join(parts) + " .\n"


def ntriples(graph: KnowledgeGraph) -> str:
    """The graph as N-Triples, one triple a line, lines sorted."""
    return "".join(_ntriples_lines(graph))


def _ntriples_lines(graph: KnowledgeGraph) -> Iterator[str]:
    """The lines, sorted, one subject at a time.

    A line starts with ``<subject>``, so the lines of one subject are together and the subjects come
    in the order of ``subject + ">"``: as by IRI, except that an IRI goes among the longer IRIs it is
    the start of, after those that go on with a character below ``>`` (``-``, ``%``, a digit …).
    IRIs hold no ``>`` or space (a graph whose subjects do is sorted line by line instead).
    """
    subjects = _Subjects(graph)
    ordered = list(subjects.sorted())
    if any(">" in s or " " in s for s in ordered):
        lines = sorted({f"<{s}> <{p}> {_nt_term(o)} ." for s, p, o in triples(graph)})
        yield from (line + "\n" for line in lines)
        return
    for subject in _line_order(ordered):
        block = subjects.block(subject)
        start = f"<{subject}> <"
        lines = [f"{start}{p}> {_nt_term(o)} .\n" for p, objects in block.items() for o in objects]
        lines.sort()
        yield "".join(lines)


def _line_order(subjects: list[str]) -> Iterator[str]:
    """Subjects sorted by IRI, reordered by ``subject + ">"``.

    Only an IRI and the IRIs it starts (a run in IRI order) can change places, so each run is sorted
    on its own and the others are left where they are.
    """
    run: list[str] = []
    for subject in subjects:
        if run and not subject.startswith(run[0]):
            yield from (run if len(run) == 1 else sorted(run, key=_closed))
            run = []
        run.append(subject)
    yield from (run if len(run) == 1 else sorted(run, key=_closed))


def _closed(iri: str) -> str:
    return iri + ">"


def jsonld(graph: KnowledgeGraph) -> str:
    """The graph as JSON-LD: the prefixes as context, one object per subject in Turtle's order."""
    return "".join(_jsonld_chunks(graph))


def _jsonld_chunks(graph: KnowledgeGraph) -> Iterator[str]:
    """JSON-LD in pieces, one subject at a time: the text ``json.dumps(…, ensure_ascii=False,
    indent=1)`` gives for the whole document, without holding the whole document (or the dicts of
    one node: each node's text is put together from the pieces json.dumps writes)."""
    table = prefixes(graph.base_iri)
    names = _Names(table)
    order = _predicate_order(names)
    subjects = _Subjects(graph)
    string = _json_string

    def compact(short: str) -> str:  # JSON-LD also takes the compact IRIs Turtle's grammar does not
        return short[1:-1] if short.startswith("<") else short

    def value(term: Term) -> str:  # {"@id": …} or {"@value": …, "@language" | "@type": …}, 4 deep
        if isinstance(term, str):
            return '{\n     "@id": ' + string(compact(names(term))) + "\n    }"
        text = '{\n     "@value": ' + string(term.value)
        if term.lang:
            text += ',\n     "@language": ' + string(term.lang)
        elif term.datatype and term.datatype != XSD_STRING:
            text += ',\n     "@type": ' + string(compact(names.term(term.datatype)))
        return text + "\n    }"

    yield '{\n "@context": ' + _indented(table, 1) + ',\n "@graph": ['
    separator = "\n  "
    for _, subject in _in_file_order(graph, subjects):
        block = subjects.block(subject)
        parts = ['{\n   "@id": ' + string(compact(names(subject)))]
        for predicate in sorted(block, key=order.__getitem__):
            objects = block[predicate]
            ordered = sorted(objects, key=_nt_term) if len(objects) > 1 else objects
            if predicate == RDF_TYPE:
                items = [string(compact(names.term(o))) for o in ordered]  # type: ignore[arg-type]
                parts.append('"@type": [\n    ' + ",\n    ".join(items) + "\n   ]")
            else:
                key = string(compact(names.term(predicate)))
                parts.append(key + ": [\n    " + ",\n    ".join(map(value, ordered)) + "\n   ]")
        yield separator + ",\n   ".join(parts) + "\n  }"
        separator = ",\n  "
    yield "]\n}\n" if separator == "\n  " else "\n ]\n}\n"


_json_string = json.encoder.encode_basestring  # json.dumps(ensure_ascii=False) of a str


def _indented(item: object, level: int) -> str:
    """``json.dumps(item, ensure_ascii=False, indent=1)`` as written ``level`` spaces deep.

    For the dicts, lists and strings of a JSON-LD node only; json.dumps takes its pure-Python path
    whenever it indents, which made JSON-LD the slowest of the exports.
    """
    if isinstance(item, str):
        return _json_string(item)
    inner, close = "\n" + " " * (level + 1), "\n" + " " * level
    if isinstance(item, dict):
        if not item:
            return "{}"
        members = [_json_string(k) + ": " + _indented(v, level + 1) for k, v in item.items()]
        return "{" + inner + ("," + inner).join(members) + close + "}"
    if isinstance(item, list):
        if not item:
            return "[]"
        return "[" + inner + ("," + inner).join(_indented(v, level + 1) for v in item) + close + "]"
    return json.dumps(item)


def to_rdflib(graph: KnowledgeGraph) -> rdflib.Graph:
    """The export as an rdflib Graph (for SHACL validation and comparisons), prefixes bound."""
    import rdflib

    rdf = rdflib.Graph(bind_namespaces="none")
    for prefix, namespace in prefixes(graph.base_iri).items():
        rdf.bind(prefix, namespace)
    return rdf.parse(data=ntriples(graph), format="nt")


def _write(path: Path, chunks: Iterable[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.writelines(chunks)


def write_turtle(graph: KnowledgeGraph, path: Path) -> None:
    """The ``ttl`` exporter: ``OUT/graph.ttl``, what SPARQL users load and ``kg query``/``kg viz`` read."""
    _write(path, _turtle_chunks(graph))


def write_ntriples(graph: KnowledgeGraph, path: Path) -> None:
    """The ``nt`` exporter: ``OUT/graph.nt``, for bulk loaders and line diffs."""
    _write(path, _ntriples_lines(graph))


def write_jsonld(graph: KnowledgeGraph, path: Path) -> None:
    """The ``jsonld`` exporter: ``OUT/graph.jsonld``."""
    _write(path, _jsonld_chunks(graph))
