"""``kg viz``: a graph.html from an existing ``graph.ttl``, optionally cut down to a neighbourhood.

``load_turtle`` reads the RDF model of DESIGN.md back into a KnowledgeGraph: persons, organisations,
roles, events and places by their ``rdf:type``; ``org:Membership`` nodes become HOLDS edges and
``kg:Participation`` nodes PARTICIPATED_IN / ORGANIZED edges (a person or an organisation as agent),
each with the sentences it was derived from (``prov:wasDerivedFrom`` a mention). Terms of our own
``kg:`` vocabulary are matched by local name, so the reader does not depend on the namespace IRI;
mentions and documents are read through the few standard properties an exporter can use for a
sentence (NIF, schema.org, rdf:value) and for a document's title and date.

``neighbourhood`` keeps the nodes within ``hops`` relations of the named people, organisations or
events; document links do not count as a hop (every entity would be two hops from every other
entity of the same article), but the documents that the kept facts cite stay, for their provenance.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import ExportError
from kg.graph import Edge, Evidence, KnowledgeGraph, Node
from kg.ids import DEFAULT_BASE_IRI, IriMinter
from kg.text import normalize_name

SCHEMA = "https://schema.org/"
SCHEMA_HTTP = "http://schema.org/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_VALUE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
DCT = "http://purl.org/dc/terms/"

KIND_OF_CLASS = {
    "Person": "Person",
    "Organization": "Organization",
    "Role": "Role",
    "Event": "Event",
    "Place": "Place",
    "NewsArticle": "Document",
    "Article": "Document",
    "CreativeWork": "Document",
    "Document": "Document",
    "DigitalDocument": "Document",
    "Context": "Document",  # nif:Context: the document text a mention points into
}
NAME_PROPERTIES = ("name", "prefLabel", "headline", "title", "label")
SENTENCE_PROPERTIES = ("isString", "anchorOf", "text", "value")
DOCUMENT_PROPERTIES = ("referenceContext", "isPartOf", "hadPrimarySource", "wasDerivedFrom", "source")
DATE_PROPERTIES = ("datePublished", "dateCreated", "date", "observedOn")


@dataclass(frozen=True)
class _Triples:
    """The graph as two indexes keyed by subject then by the predicate's local name."""

    objects: dict[str, dict[str, list[object]]]
    types: dict[str, set[str]]

    def values(self, subject: str, *names: str) -> list[object]:
        found: list[object] = []
        for name in names:
            found.extend(self.objects.get(subject, {}).get(name, []))
        return found

    def first(self, subject: str, *names: str) -> object | None:
        for name in names:
            values = self.objects.get(subject, {}).get(name)
            if values:
                return sorted(values, key=str)[0]
        return None


def _local(iri: str) -> str:
    return iri.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _read(path: Path) -> tuple[_Triples, str]:
    import rdflib

    rdf = rdflib.Graph()
    try:
        rdf.parse(path, format="turtle")
    except Exception as e:  # rdflib raises many parser types; all mean the same to the user
        raise ExportError(f"{path}: not readable as Turtle: {e}") from e
    objects: dict[str, dict[str, list[object]]] = defaultdict(lambda: defaultdict(list))
    types: dict[str, set[str]] = defaultdict(set)
    for s, p, o in rdf:
        subject = str(s)
        if str(p) == RDF_TYPE:
            types[subject].add(_local(str(o)))
            continue
        value: object = o.toPython() if isinstance(o, rdflib.Literal) else str(o)
        objects[subject][_local(str(p))].append(value)
    base = DEFAULT_BASE_IRI
    for prefix, namespace in rdf.namespaces():
        if prefix in ("kgr", "base", ""):
            base = str(namespace)
            break
    return _Triples(objects, types), base


def _text(value: object | None) -> str | None:
    return None if value is None else str(value)


def _date(value: object | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def load_turtle(path: Path) -> KnowledgeGraph:
    """Read a ``graph.ttl`` written by ``kg build`` back into the in-memory model."""
    triples, base = _read(path)
    graph = KnowledgeGraph(base)
    minter = IriMinter(base)
    kinds: dict[str, str] = {}
    for subject, classes in sorted(triples.types.items()):
        for cls in sorted(classes):
            if cls in KIND_OF_CLASS:
                kinds.setdefault(subject, KIND_OF_CLASS[cls])
        if "Person" in classes:
            kinds[subject] = "Person"

    # Facts cite mentions; a mention names its document, and a document is what a mention points into.
    facts = [s for s, classes in triples.types.items() if {"Membership", "Participation"} & classes]
    mention_ids = {str(m) for fact in facts for m in triples.values(fact, "wasDerivedFrom")} - set(kinds)
    for mention in mention_ids:
        for doc in triples.values(mention, *DOCUMENT_PROPERTIES):
            if isinstance(doc, str) and doc not in mention_ids:
                kinds.setdefault(doc, "Document")

    places: dict[str, str] = {}  # blank-node places get an IRI from their name
    for subject, kind in kinds.items():
        if kind == "Place" and not subject.startswith(("http:", "https:", "urn:")):
            name = _text(triples.first(subject, *NAME_PROPERTIES)) or subject
            places[subject] = minter.place(name)

    def node_id(subject: str) -> str:
        return places.get(subject, subject)

    for subject, kind in sorted(kinds.items()):
        name = _text(triples.first(subject, *NAME_PROPERTIES)) or subject
        alternates = {str(a) for a in triples.values(subject, "alternateName", "altLabel")}
        aliases = tuple(sorted(alternates - {name}))
        graph.add_node(
            Node(
                node_id(subject),
                kind,
                name,
                aliases=aliases,
                start_date=_date(triples.first(subject, "startDate")),
                end_date=_date(triples.first(subject, "endDate")),
                date=_date(triples.first(subject, *DATE_PROPERTIES)) if kind == "Document" else None,
                url=_text(triples.first(subject, "url")) if kind == "Document" else None,
            )
        )

    def evidence(fact: str) -> tuple[Evidence, ...]:
        found = []
        for mention in sorted(str(m) for m in triples.values(fact, "wasDerivedFrom")):
            sentence = _text(triples.first(mention, *SENTENCE_PROPERTIES))
            docs = [str(d) for d in triples.values(mention, *DOCUMENT_PROPERTIES) if str(d) in kinds]
            if sentence is None or not docs:
                continue
            doc = sorted(docs)[0]
            start = triples.first(mention, "beginIndex")
            end = triples.first(mention, "endIndex")
            found.append(
                Evidence(
                    mention,
                    doc,
                    sentence,
                    int(start) if isinstance(start, int) else 0,
                    int(end) if isinstance(end, int) else len(sentence),
                )
            )
        return tuple(found)

    def add(edge: Edge) -> None:
        if edge.source in graph and edge.target in graph:
            graph.add_edge(edge)

    agent_event_pairs: set[tuple[str, str]] = set()
    for subject, classes in sorted(triples.types.items()):
        if "Membership" in classes:
            member = _text(triples.first(subject, "member"))
            org = _text(triples.first(subject, "organization"))
            role = _text(triples.first(subject, "role"))
            title = _text(triples.first(role, "prefLabel", "name", "label")) if role else None
            target = org or role
            if member is None or target is None:
                continue
            add(
                Edge(
                    subject,
                    "HOLDS",
                    member,
                    target,
                    title=title or "",
                    role=role,
                    observed_on=_date(triples.first(subject, "observedOn")),
                    evidence=evidence(subject),
                )
            )
        elif "Participation" in classes:
            agent = _text(triples.first(subject, "agent"))
            event = _text(triples.first(subject, "event"))
            if agent is None or event is None:
                continue
            type_ = "ORGANIZED" if kinds.get(agent) == "Organization" else "PARTICIPATED_IN"
            role_name = _text(triples.first(subject, "roleName"))
            add(Edge(subject, type_, agent, event, role=role_name or "", evidence=evidence(subject)))
            agent_event_pairs.add((agent, event))

    for subject in sorted(triples.objects):
        for parent in sorted(str(p) for p in triples.values(subject, "unitOf", "subOrganizationOf")):
            add(Edge(f"{subject} UNIT_OF {parent}", "UNIT_OF", subject, parent))
        for parent in sorted(str(p) for p in triples.values(subject, "superEvent")):
            add(Edge(f"{subject} PART_OF {parent}", "PART_OF", subject, parent))
        for child in sorted(str(c) for c in triples.values(subject, "subEvent")):
            add(Edge(f"{child} PART_OF {subject}", "PART_OF", child, subject))
        if kinds.get(subject) == "Event":
            for place in sorted(str(p) for p in triples.values(subject, "location")):
                add(Edge(f"{subject} HELD_IN {node_id(place)}", "HELD_IN", subject, node_id(place)))
            # The plain schema:attendee / schema:organizer shortcut, when no Participation says more.
            for type_, prop in (("PARTICIPATED_IN", "attendee"), ("ORGANIZED", "organizer")):
                for agent in sorted(str(a) for a in triples.values(subject, prop)):
                    if (agent, subject) not in agent_event_pairs:
                        add(Edge(f"{agent} {type_} {subject}", type_, agent, subject, role=""))
        for doc in sorted(str(d) for d in triples.values(subject, "subjectOf")):
            if kinds.get(doc) == "Document":
                add(Edge(f"{subject} MENTIONED_IN {doc}", "MENTIONED_IN", subject, doc))
        if kinds.get(subject) == "Document":
            for entity in sorted(str(e) for e in triples.values(subject, "mentions")):
                add(Edge(f"{entity} MENTIONED_IN {subject}", "MENTIONED_IN", entity, subject))
    return graph


def find_nodes(graph: KnowledgeGraph, name: str, kind: str) -> list[str]:
    """Nodes of ``kind`` whose name or alias is ``name`` (normalised); failing that, that contain it."""
    key = normalize_name(name)
    exact, partial = [], []
    for node in graph.nodes(kind):
        names = [normalize_name(n) for n in (node.name, *node.aliases)]
        if key in names:
            exact.append(node.id)
        elif any(key in n for n in names):
            partial.append(node.id)
    return exact or partial


def neighbourhood(
    graph: KnowledgeGraph,
    *,
    persons: Iterable[str] = (),
    orgs: Iterable[str] = (),
    events: Iterable[str] = (),
    hops: int = 1,
) -> KnowledgeGraph:
    """The part of ``graph`` within ``hops`` relations of the named nodes (in either direction)."""
    seeds: set[str] = set()
    for names, kind in ((persons, "Person"), (orgs, "Organization"), (events, "Event")):
        for name in names:
            found = find_nodes(graph, name, kind)
            if not found:
                raise ExportError(f"no {kind.lower()} named {name!r} in the graph")
            seeds.update(found)
    structural = [e for e in graph.edges() if e.type != "MENTIONED_IN"]
    adjacent: dict[str, set[str]] = defaultdict(set)
    for edge in structural:
        adjacent[edge.source].add(edge.target)
        adjacent[edge.target].add(edge.source)
    distance = dict.fromkeys(seeds, 0)
    queue = deque(sorted(seeds))
    while queue:
        current = queue.popleft()
        if distance[current] >= hops:
            continue
        for other in sorted(adjacent[current]):
            if other not in distance:
                distance[other] = distance[current] + 1
                queue.append(other)
    kept_edges = [e for e in structural if e.source in distance and e.target in distance]
    cited = {ev.document for e in kept_edges for ev in e.evidence}
    documents = {e.target for e in graph.edges("MENTIONED_IN") if e.source in distance}
    keep = set(distance) | {d for d in cited | documents if d in graph}
    sub = KnowledgeGraph(graph.base_iri)
    for node in graph.nodes():
        if node.id in keep:
            sub.add_node(replace(node))
    for edge in graph.edges():
        inside = edge.source in keep and edge.target in keep
        if inside and (edge.type != "MENTIONED_IN" or edge.source in distance):
            sub.add_edge(edge)
    return sub
