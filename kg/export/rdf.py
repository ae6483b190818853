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
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import unquote

from rdflib.namespace import ORG, PROV, RDF, SDO, SKOS, TIME, XSD

from kg.graph import Edge, KnowledgeGraph, Node
from kg.ids import IriMinter, digest
from kg.model import Status
from kg.text import HAN, HAN_COMPATIBILITY, HAN_EXT_A
from kg.vocab import KG, KG_NAMESPACE, NIF, NIF_NAMESPACE

if TYPE_CHECKING:
    import rdflib

LANG = "zh"  # every literal read from the text is Chinese news


class Iri(NamedTuple):
    value: str


class Lit(NamedTuple):
    value: str
    lang: str | None = None
    datatype: str | None = None


Term = Iri | Lit
Triple = tuple[str, str, Term]

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
# The triples


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


def triples(graph: KnowledgeGraph) -> Iterator[Triple]:
    """Every triple of the export, unsorted and possibly repeated (writers sort and drop repeats)."""
    a, name = RDF_TYPE, SDO_NAME
    kinds = {node.id: node.kind for node in graph.nodes()}
    for node in graph.nodes():
        s = node.id
        if node.kind == "Person":
            yield s, a, Iri(SDO_PERSON_CLASS)
            yield s, name, _text(node.name)
        elif node.kind == "Organization":
            yield s, a, Iri(ORG_ORGANIZATION_CLASS)
            yield s, a, Iri(SDO_ORGANIZATION_CLASS)
            yield s, name, _text(node.name)
        elif node.kind == "Role":
            yield s, a, Iri(ORG_ROLE_CLASS)
            yield s, SKOS_PREF_LABEL, _text(node.name)
        elif node.kind == "Event":
            yield s, a, Iri(SDO_EVENT_CLASS)
            yield s, name, _text(node.name)
            if node.start_date:
                yield s, SDO_START_DATE, _date(node.start_date)
            if node.end_date:
                yield s, SDO_END_DATE, _date(node.end_date)
        elif node.kind == "Place":
            yield s, a, Iri(SDO_PLACE_CLASS)
            yield s, name, _text(node.name)
        elif node.kind == "Document":
            yield s, a, Iri(SDO_NEWSARTICLE_CLASS)
            doc_id = _document_id(node)
            yield s, SDO_IDENTIFIER, Lit(doc_id)
            if node.name and node.name != doc_id:
                yield s, SDO_HEADLINE, _text(node.name)
            if node.date:
                yield s, SDO_DATE_PUBLISHED, _date(node.date)
            if node.url:
                yield s, SDO_URL, Lit(node.url, datatype=XSD_ANY_URI)
        if node.kind in ("Person", "Organization", "Event"):
            for alias in node.aliases:
                if alias != node.name:
                    yield s, SDO_ALTERNATE_NAME, _text(alias)
    for edge in graph.edges():
        yield from _edge_triples(graph, edge, kinds)


def _edge_triples(graph: KnowledgeGraph, edge: Edge, kinds: dict[str, str]) -> Iterator[Triple]:
    a, s, t = RDF_TYPE, edge.source, edge.target
    if edge.type == "HOLDS":
        fact = _fact_iri(graph, edge, "membership")
        yield fact, a, Iri(ORG_MEMBERSHIP_CLASS)
        yield fact, ORG_MEMBER, Iri(s)
        if kinds.get(t) == "Organization":
            yield fact, ORG_ORGANIZATION, Iri(t)
        role = edge.role or (t if kinds.get(t) == "Role" else None)
        if role:
            yield fact, ORG_ROLE, Iri(role)
        if edge.observed_on:
            yield fact, KG_OBSERVED_ON, _date(edge.observed_on)
        yield fact, KG_STATUS, Iri(STATUS_CONCEPTS[edge.status or Status.CURRENT])
        if edge.start or edge.end:
            yield from _during(graph, fact, edge)
    elif edge.type in ("PARTICIPATED_IN", "ORGANIZED"):
        fact = _fact_iri(graph, edge, "participation")
        yield fact, a, Iri(KG_PARTICIPATION_CLASS)
        yield fact, KG_AGENT, Iri(s)
        yield fact, KG_EVENT, Iri(t)
        if edge.role:
            yield fact, KG_ROLE_NAME, _text(edge.role)
        shortcut = SDO_ATTENDEE
        if edge.type == "ORGANIZED":
            shortcut = ORGANIZER_PROPERTY.get(edge.role or "", SDO_ATTENDEE)
        yield t, shortcut, Iri(s)
    else:
        if edge.type == "UNIT_OF":
            yield s, ORG_UNIT_OF, Iri(t)
            yield t, ORG_HAS_UNIT, Iri(s)
        elif edge.type == "PART_OF":
            yield s, SDO_SUPER_EVENT, Iri(t)
            yield t, SDO_SUB_EVENT, Iri(s)
        elif edge.type == "HELD_IN":
            yield s, SDO_LOCATION, Iri(t)
        elif edge.type == "MENTIONED_IN":
            yield t, SDO_MENTIONS, Iri(s)
        return
    for evidence in edge.evidence:
        m = evidence.id
        yield fact, PROV_WAS_DERIVED_FROM, Iri(m)
        yield m, a, Iri(KG_MENTION_CLASS)
        yield m, NIF_ANCHOR_OF, _text(evidence.sentence)
        yield m, NIF_BEGIN_INDEX, _count(evidence.start)
        yield m, NIF_END_INDEX, _count(evidence.end)
        yield m, PROV_WAS_DERIVED_FROM, Iri(evidence.document)


def _during(graph: KnowledgeGraph, fact: str, edge: Edge) -> Iterator[Triple]:
    """org:memberDuring: the OWL-Time interval of a membership whose article dates its start (聘任)
    or its end (辞去), each day a time:Instant shared by every interval on it."""
    minter = IriMinter(graph.base_iri)
    interval = minter.interval(fact)
    yield fact, ORG_MEMBER_DURING, Iri(interval)
    yield interval, RDF_TYPE, Iri(TIME_INTERVAL_CLASS)
    for predicate, day in ((TIME_HAS_BEGINNING, edge.start), (TIME_HAS_END, edge.end)):
        if day is not None:
            instant = minter.instant(day.isoformat())
            yield interval, predicate, Iri(instant)
            yield instant, RDF_TYPE, Iri(TIME_INSTANT_CLASS)
            yield instant, TIME_IN_XSD_DATE, _date(day)


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


class _Names:
    """Prefixed names where Turtle's grammar allows them, full IRIs elsewhere (memoised)."""

    def __init__(self, table: dict[str, str]) -> None:
        # The longest namespace first, so that person: wins over kgr: for a person's IRI.
        self.table = sorted(table.items(), key=lambda item: (-len(item[1]), item[0]))
        self.cache: dict[str, str] = {}

    def __call__(self, iri: str) -> str:
        found = self.cache.get(iri)
        if found is None:
            found = f"<{iri}>"
            for prefix, namespace in self.table:
                if iri.startswith(namespace) and _PN_LOCAL.fullmatch(iri[len(namespace) :]):
                    found = f"{prefix}:{iri[len(namespace) :]}"
                    break
            self.cache[iri] = found
        return found


Grouped = list[tuple[int, str, dict[str, set[Term]]]]


def _grouped(graph: KnowledgeGraph) -> tuple[dict[str, str], Grouped]:
    """The prefixes, and the triples as (section, subject, predicate → objects) in file order."""
    table = prefixes(graph.base_iri)
    by_subject: dict[str, dict[str, set[Term]]] = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples(graph):
        by_subject[s][p].add(o)
    namespaces = sorted(
        ((table[prefix], i) for i, (_, prefix, _) in enumerate(SECTIONS)), key=lambda x: -len(x[0])
    )

    def section(subject: str) -> int:
        return next((i for namespace, i in namespaces if subject.startswith(namespace)), len(SECTIONS))

    return table, sorted((section(s), s, predicates) for s, predicates in by_subject.items())


def _predicate_order(names: _Names) -> dict[str, tuple[int, str]]:
    """Sort keys of predicates, computed once per predicate: FIRST_PREDICATES, then by prefixed name."""

    class Order(dict[str, tuple[int, str]]):
        def __missing__(self, predicate: str) -> tuple[int, str]:
            if predicate in FIRST_PREDICATES:
                key = (FIRST_PREDICATES.index(predicate), "")
            else:
                key = (len(FIRST_PREDICATES), names(predicate))
            self[predicate] = key
            return key

    return Order()


def _term(term: Term, iri: Callable[[str], str]) -> str:
    """A term as Turtle or N-Triples write it; they differ only in how an IRI is written."""
    if isinstance(term, Iri):
        return iri(term.value)
    text = f'"{_escape(term.value)}"'
    if term.lang:
        return f"{text}@{term.lang}"
    if term.datatype and term.datatype != XSD_STRING:
        return f"{text}^^{iri(term.datatype)}"
    return text


def _bracketed(iri: str) -> str:
    return f"<{iri}>"


def _nt_key(term: Term) -> str:
    return _term(term, _bracketed)


def turtle(graph: KnowledgeGraph) -> str:
    """The graph as Turtle: readable prefixes, one block per subject, a comment per section."""
    return "".join(_turtle_chunks(graph))


def _turtle_chunks(graph: KnowledgeGraph) -> Iterator[str]:
    """Turtle in pieces, so that writing a large graph never holds the whole text."""
    table, ordered = _grouped(graph)
    names = _Names(table)
    order = _predicate_order(names)
    yield "\n".join(f"@prefix {prefix}: <{namespace}> ." for prefix, namespace in table.items()) + "\n"
    current = -1
    for section, subject, predicates in ordered:
        if section != current:
            yield f"\n# {SECTIONS[section][2] if section < len(SECTIONS) else 'Other'}\n"
            current = section
        parts = []
        for predicate in sorted(predicates, key=order.__getitem__):
            objects = sorted(_term(o, names) for o in predicates[predicate])
            if predicate == RDF_TYPE:
                parts.append("a " + ", ".join(objects))
            else:
                parts.append(f"{names(predicate)} " + ",\n        ".join(objects))
        yield f"\n{names(subject)} " + " ;\n    ".join(parts) + " .\n"


def ntriples(graph: KnowledgeGraph) -> str:
    """The graph as N-Triples, one triple a line, lines sorted."""
    return "".join(_ntriples_lines(graph))


def _ntriples_lines(graph: KnowledgeGraph) -> Iterator[str]:
    lines = sorted({f"<{s}> <{p}> {_nt_key(o)} ." for s, p, o in triples(graph)})
    return (line + "\n" for line in lines)


def jsonld(graph: KnowledgeGraph) -> str:
    """The graph as JSON-LD: the prefixes as context, one object per subject in Turtle's order."""
    return "".join(_jsonld_chunks(graph))


def _jsonld_chunks(graph: KnowledgeGraph) -> Iterator[str]:
    """JSON-LD in pieces, one subject at a time: the text ``json.dumps(…, indent=1)`` gives for the
    whole document, without holding the whole document."""
    table, ordered = _grouped(graph)
    names = _Names(table)
    order = _predicate_order(names)

    def compact(iri: str) -> str:  # JSON-LD also takes the compact IRIs Turtle's grammar does not
        short = names(iri)
        return short[1:-1] if short.startswith("<") else short

    def value(term: Term) -> dict[str, str]:
        if isinstance(term, Iri):
            return {"@id": compact(term.value)}
        out = {"@value": term.value}
        if term.lang:
            out["@language"] = term.lang
        elif term.datatype and term.datatype != XSD_STRING:
            out["@type"] = compact(term.datatype)
        return out

    yield '{\n "@context": ' + _indented(table, 1) + ',\n "@graph": ['
    separator = "\n  "
    for _, subject, predicates in ordered:
        node: dict[str, object] = {"@id": compact(subject)}
        for predicate in sorted(predicates, key=order.__getitem__):
            objects = sorted(predicates[predicate], key=_nt_key)
            if predicate == RDF_TYPE:
                node["@type"] = [compact(o.value) for o in objects]
            else:
                node[compact(predicate)] = [value(o) for o in objects]
        yield separator + _indented(node, 2)
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
