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

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import unquote

from rdflib.namespace import ORG, PROV, RDF, SDO, SKOS, XSD

from kg.graph import Edge, KnowledgeGraph, Node
from kg.ids import IriMinter, digest
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

# Resource namespaces under the base IRI: (IriMinter kind, prefix, section title), in file order.
SECTIONS = (
    ("person", "person", "Persons"),
    ("org", "organization", "Organisations"),
    ("role", "role", "Roles (titles)"),
    ("event", "event", "Events"),
    ("place", "place", "Places"),
    ("membership", "membership", "Memberships: a person's title at an organisation, as of an article's date"),
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
    "xsd": str(XSD),
}
# Organiser roles (gold/SCHEMA.md) behind the plain schema:organizer / schema:sponsor shortcut; an
# organisation that exhibited (参展) or released something (发布) there is an attendee.
ORGANIZER_PROPERTY = {
    "主办": SDO.organizer,
    "承办": SDO.organizer,
    "协办": SDO.organizer,
    "支持": SDO.sponsor,
}
# Predicates come in this order (what a reader looks for first), then alphabetically.
FIRST_PREDICATES = tuple(
    str(p)
    for p in (
        RDF.type,
        SDO.name,
        SKOS.prefLabel,
        SDO.headline,
        ORG.member,
        ORG.organization,
        ORG.role,
        KG.observedOn,
        KG.agent,
        KG.event,
        KG.roleName,
        SDO.startDate,
        SDO.endDate,
        NIF.anchorOf,
        NIF.beginIndex,
        NIF.endIndex,
    )
)

# A conservative subset of Turtle's PN_LOCAL: letters, digits, _, CJK, and - or · inside.
_PN_LOCAL = re.compile(
    r"(?:[A-Za-z0-9_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|%[0-9A-Fa-f]{2})"
    r"(?:[A-Za-z0-9_\-\u00b7\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|%[0-9A-Fa-f]{2})*"
)
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


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


def _date(value: object) -> Lit:
    return Lit(str(value), datatype=str(XSD.date))


def _count(value: int) -> Lit:
    return Lit(str(value), datatype=str(XSD.nonNegativeInteger))


def _document_id(node: Node) -> str:
    return unquote(node.id.rstrip("/").rsplit("/", 1)[-1])


def _fact_iri(graph: KnowledgeGraph, edge: Edge, kind: str) -> str:
    """The n-ary fact's own IRI; an edge read from elsewhere with a non-IRI id gets one minted from it."""
    if edge.id.startswith(("http://", "https://", "urn:")):
        return edge.id
    return IriMinter(graph.base_iri).iri(kind, digest(edge.id))


def triples(graph: KnowledgeGraph) -> Iterator[Triple]:
    """Every triple of the export, unsorted and possibly repeated (writers sort and drop repeats)."""
    a, name = str(RDF.type), str(SDO.name)
    kinds = {node.id: node.kind for node in graph.nodes()}
    for node in graph.nodes():
        s = node.id
        if node.kind == "Person":
            yield s, a, Iri(str(SDO.Person))
            yield s, name, _text(node.name)
        elif node.kind == "Organization":
            yield s, a, Iri(str(ORG.Organization))
            yield s, a, Iri(str(SDO.Organization))
            yield s, name, _text(node.name)
        elif node.kind == "Role":
            yield s, a, Iri(str(ORG.Role))
            yield s, str(SKOS.prefLabel), _text(node.name)
        elif node.kind == "Event":
            yield s, a, Iri(str(SDO.Event))
            yield s, name, _text(node.name)
            if node.start_date:
                yield s, str(SDO.startDate), _date(node.start_date)
            if node.end_date:
                yield s, str(SDO.endDate), _date(node.end_date)
        elif node.kind == "Place":
            yield s, a, Iri(str(SDO.Place))
            yield s, name, _text(node.name)
        elif node.kind == "Document":
            yield s, a, Iri(str(SDO.NewsArticle))
            doc_id = _document_id(node)
            yield s, str(SDO.identifier), Lit(doc_id)
            if node.name and node.name != doc_id:
                yield s, str(SDO.headline), _text(node.name)
            if node.date:
                yield s, str(SDO.datePublished), _date(node.date)
            if node.url:
                yield s, str(SDO.url), Lit(node.url, datatype=str(XSD.anyURI))
        if node.kind in ("Organization", "Event"):
            for alias in node.aliases:
                if alias != node.name:
                    yield s, str(SDO.alternateName), _text(alias)
    for edge in graph.edges():
        yield from _edge_triples(graph, edge, kinds)


def _edge_triples(graph: KnowledgeGraph, edge: Edge, kinds: dict[str, str]) -> Iterator[Triple]:
    a, s, t = str(RDF.type), edge.source, edge.target
    if edge.type == "HOLDS":
        fact = _fact_iri(graph, edge, "membership")
        yield fact, a, Iri(str(ORG.Membership))
        yield fact, str(ORG.member), Iri(s)
        if kinds.get(t) == "Organization":
            yield fact, str(ORG.organization), Iri(t)
        role = edge.role or (t if kinds.get(t) == "Role" else None)
        if role:
            yield fact, str(ORG.role), Iri(role)
        if edge.observed_on:
            yield fact, str(KG.observedOn), _date(edge.observed_on)
    elif edge.type in ("PARTICIPATED_IN", "ORGANIZED"):
        fact = _fact_iri(graph, edge, "participation")
        yield fact, a, Iri(str(KG.Participation))
        yield fact, str(KG.agent), Iri(s)
        yield fact, str(KG.event), Iri(t)
        if edge.role:
            yield fact, str(KG.roleName), _text(edge.role)
        shortcut = SDO.attendee
        if edge.type == "ORGANIZED":
            shortcut = ORGANIZER_PROPERTY.get(edge.role or "", SDO.attendee)
        yield t, str(shortcut), Iri(s)
    else:
        if edge.type == "UNIT_OF":
            yield s, str(ORG.unitOf), Iri(t)
            yield t, str(ORG.hasUnit), Iri(s)
        elif edge.type == "PART_OF":
            yield s, str(SDO.superEvent), Iri(t)
            yield t, str(SDO.subEvent), Iri(s)
        elif edge.type == "HELD_IN":
            yield s, str(SDO.location), Iri(t)
        elif edge.type == "MENTIONED_IN":
            yield t, str(SDO.mentions), Iri(s)
        return
    for evidence in edge.evidence:
        m = evidence.id
        yield fact, str(PROV.wasDerivedFrom), Iri(m)
        yield m, a, Iri(str(KG.Mention))
        yield m, str(NIF.anchorOf), _text(evidence.sentence)
        yield m, str(NIF.beginIndex), _count(evidence.start)
        yield m, str(NIF.endIndex), _count(evidence.end)
        yield m, str(PROV.wasDerivedFrom), Iri(evidence.document)


# ---------------------------------------------------------------------------------------------
# Writers


def _escape(text: str) -> str:
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


def _predicate_order(names: _Names, predicate: str) -> tuple[int, str]:
    if predicate in FIRST_PREDICATES:
        return FIRST_PREDICATES.index(predicate), ""
    return len(FIRST_PREDICATES), names(predicate)


def _turtle_term(term: Term, names: _Names) -> str:
    if isinstance(term, Iri):
        return names(term.value)
    text = f'"{_escape(term.value)}"'
    if term.lang:
        return f"{text}@{term.lang}"
    if term.datatype and term.datatype != str(XSD.string):
        return f"{text}^^{names(term.datatype)}"
    return text


def turtle(graph: KnowledgeGraph) -> str:
    """The graph as Turtle: readable prefixes, one block per subject, a comment per section."""
    table, ordered = _grouped(graph)
    names = _Names(table)
    lines = [f"@prefix {prefix}: <{namespace}> ." for prefix, namespace in table.items()]
    current = -1
    for section, subject, predicates in ordered:
        if section != current:
            lines += ["", f"# {SECTIONS[section][2] if section < len(SECTIONS) else 'Other'}"]
            current = section
        parts = []
        for predicate in sorted(predicates, key=lambda p: _predicate_order(names, p)):
            objects = sorted(_turtle_term(o, names) for o in predicates[predicate])
            if predicate == str(RDF.type):
                parts.append("a " + ", ".join(objects))
            else:
                parts.append(f"{names(predicate)} " + ",\n        ".join(objects))
        lines += ["", f"{names(subject)} " + " ;\n    ".join(parts) + " ."]
    return "\n".join(lines) + "\n"


def _nt_term(term: Term) -> str:
    if isinstance(term, Iri):
        return f"<{term.value}>"
    text = f'"{_escape(term.value)}"'
    if term.lang:
        return f"{text}@{term.lang}"
    if term.datatype and term.datatype != str(XSD.string):
        return f"{text}^^<{term.datatype}>"
    return text


def ntriples(graph: KnowledgeGraph) -> str:
    """The graph as N-Triples, one triple a line, lines sorted."""
    lines = {f"<{s}> <{p}> {_nt_term(o)} ." for s, p, o in triples(graph)}
    return "".join(line + "\n" for line in sorted(lines))


def jsonld(graph: KnowledgeGraph) -> str:
    """The graph as JSON-LD: the prefixes as context, one object per subject in Turtle's order."""
    table, ordered = _grouped(graph)
    names = _Names(table)

    def compact(iri: str) -> str:  # JSON-LD also takes the compact IRIs Turtle's grammar does not
        short = names(iri)
        return short[1:-1] if short.startswith("<") else short

    def value(term: Term) -> dict[str, str]:
        if isinstance(term, Iri):
            return {"@id": compact(term.value)}
        out = {"@value": term.value}
        if term.lang:
            out["@language"] = term.lang
        elif term.datatype and term.datatype != str(XSD.string):
            out["@type"] = compact(term.datatype)
        return out

    nodes: list[dict[str, object]] = []
    for _, subject, predicates in ordered:
        node: dict[str, object] = {"@id": compact(subject)}
        for predicate in sorted(predicates, key=lambda p: _predicate_order(names, p)):
            objects = sorted(predicates[predicate], key=_nt_term)
            if predicate == str(RDF.type):
                node["@type"] = [compact(o.value) for o in objects]
            else:
                node[compact(predicate)] = [value(o) for o in objects]
        nodes.append(node)
    return json.dumps({"@context": table, "@graph": nodes}, ensure_ascii=False, indent=1) + "\n"


def to_rdflib(graph: KnowledgeGraph) -> rdflib.Graph:
    """The export as an rdflib Graph (for SHACL validation and comparisons), prefixes bound."""
    import rdflib

    rdf = rdflib.Graph(bind_namespaces="none")
    for prefix, namespace in prefixes(graph.base_iri).items():
        rdf.bind(prefix, namespace)
    return rdf.parse(data=ntriples(graph), format="nt")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def write_turtle(graph: KnowledgeGraph, path: Path) -> None:
    """The ``ttl`` exporter: ``OUT/graph.ttl``, what SPARQL users load and ``kg query``/``kg viz`` read."""
    _write(path, turtle(graph))


def write_ntriples(graph: KnowledgeGraph, path: Path) -> None:
    """The ``nt`` exporter: ``OUT/graph.nt``, for bulk loaders and line diffs."""
    _write(path, ntriples(graph))


def write_jsonld(graph: KnowledgeGraph, path: Path) -> None:
    """The ``jsonld`` exporter: ``OUT/graph.jsonld``."""
    _write(path, jsonld(graph))


def load_graph(path: Path) -> KnowledgeGraph:
    """A ``graph.ttl`` written by ``kg build`` read back into the in-memory model (kg/viz.py's reader)."""
    from kg.viz import load_turtle

    return load_turtle(path)
