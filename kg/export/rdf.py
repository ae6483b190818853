"""The RDF export (DESIGN.md "The RDF model"): Turtle, JSON-LD and N-Triples of one KnowledgeGraph.

``triples`` maps the graph onto standard vocabularies (W3C ORG, schema.org, SKOS, PROV-O, NIF) and
the few ``kg:`` terms of ontologies/kg.ttl. Every file is byte-identical across runs and hash seeds:
the Turtle is written here from sorted triples (rdflib's serializer orders subjects by a set), the
N-Triples lines are sorted, and the JSON-LD is re-sorted after rdflib has compacted it.
Every node is an IRI (no blank nodes), so sorting by the term's text is a total, stable order.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, SDO, SKOS, XSD

from kg.graph import Edge, Evidence, KnowledgeGraph
from kg.ids import digest
from kg.vocab import KG, KG_NAMESPACE, NIF, NIF_NAMESPACE

Term = URIRef | Literal
Triple = tuple[URIRef, URIRef, Term]

PREFIXES: dict[str, str] = {
    "kg": KG_NAMESPACE,
    "nif": NIF_NAMESPACE,
    "org": str(ORG),
    "prov": str(PROV),
    "rdf": str(RDF),
    "schema": str(SDO),
    "skos": str(SKOS),
    "xsd": str(XSD),
}
# Subjects are written grouped by what they are, in this order, then by IRI.
_SUBJECT_ORDER = (
    SDO.Person,
    ORG.Organization,
    ORG.Role,
    ORG.Membership,
    SDO.Event,
    KG.Participation,
    SDO.Place,
    SDO.NewsArticle,
    KG.Mention,
)
_CLASSES = {
    "Person": (SDO.Person,),
    "Organization": (ORG.Organization, SDO.Organization),
    "Role": (ORG.Role,),
    "Event": (SDO.Event,),
    "Place": (SDO.Place,),
    "Document": (SDO.NewsArticle,),
}


def _text(value: str) -> Literal:
    """Text from a document is Chinese (``@zh``) unless it holds no Han character at all (WAIC 2023)."""
    if any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in value):
        return Literal(value, lang="zh")
    return Literal(value)


def _date(value: dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


def _fact_iri(graph: KnowledgeGraph, edge: Edge, kind: str) -> URIRef:
    """The edge's own IRI; edges read from elsewhere with a non-IRI id get one minted from it."""
    if edge.id.startswith(("http://", "https://", "urn:")):
        return URIRef(edge.id)
    return URIRef(f"{graph.base_iri}{kind}/{digest(edge.id)}")


def _mention(evidence: Evidence) -> Iterator[Triple]:
    mention = URIRef(evidence.id)
    yield mention, RDF.type, KG.Mention
    yield mention, NIF.anchorOf, _text(evidence.sentence)
    yield mention, NIF.beginIndex, Literal(evidence.start)
    yield mention, NIF.endIndex, Literal(evidence.end)
    yield mention, PROV.wasDerivedFrom, URIRef(evidence.document)


def triples(graph: KnowledgeGraph) -> Iterator[Triple]:
    """The graph in the RDF model of DESIGN.md (may repeat a triple; a set or a Graph removes repeats)."""
    kinds = {node.id: node.kind for node in graph.nodes()}
    for node in graph.nodes():
        subject = URIRef(node.id)
        for cls in _CLASSES[node.kind]:
            yield subject, RDF.type, cls
        if node.kind == "Role":
            yield subject, SKOS.prefLabel, _text(node.name)
        elif node.kind == "Document":
            yield subject, SDO.headline, _text(node.name)
            if node.date is not None:
                yield subject, SDO.datePublished, _date(node.date)
            if node.url:
                yield subject, SDO.url, Literal(node.url, datatype=XSD.anyURI)
        else:
            yield subject, SDO.name, _text(node.name)
        for alias in node.aliases:
            if alias != node.name:
                yield subject, SDO.alternateName, _text(alias)
        if node.start_date is not None:
            yield subject, SDO.startDate, _date(node.start_date)
        if node.end_date is not None:
            yield subject, SDO.endDate, _date(node.end_date)

    for edge in graph.edges():
        source, target = URIRef(edge.source), URIRef(edge.target)
        if edge.type == "HOLDS":
            fact = _fact_iri(graph, edge, "membership")
            yield fact, RDF.type, ORG.Membership
            yield fact, ORG.member, source
            if kinds.get(edge.target) == "Organization":
                yield fact, ORG.organization, target
            role = edge.role or (edge.target if kinds.get(edge.target) == "Role" else None)
            if role:
                yield fact, ORG.role, URIRef(role)
            if edge.observed_on is not None:
                yield fact, KG.observedOn, _date(edge.observed_on)
        elif edge.type in ("PARTICIPATED_IN", "ORGANIZED"):
            fact = _fact_iri(graph, edge, "participation")
            yield fact, RDF.type, KG.Participation
            yield fact, KG.agent, source
            yield fact, KG.event, target
            if edge.role:
                yield fact, KG.roleName, _text(edge.role)
            yield target, SDO.attendee if edge.type == "PARTICIPATED_IN" else SDO.organizer, source
        elif edge.type == "UNIT_OF":
            yield source, ORG.unitOf, target
            yield target, ORG.hasUnit, source
            continue
        elif edge.type == "PART_OF":
            yield source, SDO.superEvent, target
            continue
        elif edge.type == "HELD_IN":
            yield source, SDO.location, target
            continue
        elif edge.type == "MENTIONED_IN":
            yield target, SDO.mentions, source
            continue
        else:  # pragma: no cover - graph.py rejects unknown types
            raise ValueError(f"unknown edge type {edge.type!r}")
        for evidence in edge.evidence:
            yield fact, PROV.wasDerivedFrom, URIRef(evidence.id)
            yield from _mention(evidence)


def to_rdflib(graph: KnowledgeGraph) -> Graph:
    """An rdflib Graph with the export's triples and prefixes (for SHACL, JSON-LD, round trips)."""
    rdf = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace)
    rdf.bind("kgr", graph.base_iri)
    for triple in triples(graph):
        rdf.add(triple)
    return rdf


# ---------------------------------------------------------------- Turtle, written from sorted triples


def _escape(value: str) -> str:
    out = value.replace("\\", "\\\\").replace('"', '\\"')
    return out.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def _iri(term: URIRef, base: str, names: list[tuple[str, str]]) -> str:
    value = str(term)
    for prefix, namespace in names:
        if value.startswith(namespace):
            local = value[len(namespace) :]
            if local and all(ch.isalnum() or ch in "_-" for ch in local) and local[0].isalpha():
                return f"{prefix}:{local}"
    if value.startswith(base) and value != base:
        return f"<{value[len(base) :]}>"  # relative to @base: <person/熊继军>
    return f"<{value}>"


def _literal(term: Literal, base: str, names: list[tuple[str, str]]) -> str:
    if term.datatype == XSD.integer:
        return str(term)
    text = f'"{_escape(str(term))}"'
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype is not None and term.datatype != XSD.string:
        return f"{text}^^{_iri(term.datatype, base, names)}"
    return text


def _sort_key(term: Term) -> tuple[int, str, str]:
    if isinstance(term, Literal):
        return (1, str(term), f"{term.language or ''}{term.datatype or ''}")
    return (0, str(term), "")


def turtle(graph: KnowledgeGraph) -> str:
    """The Turtle text: readable prefixes, IRIs relative to ``@base``, subjects grouped by class."""
    base = graph.base_iri
    names = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))
    by_subject: dict[URIRef, dict[URIRef, set[Term]]] = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples(graph):
        by_subject[s][p].add(o)

    def group(subject: URIRef) -> tuple[int, str]:
        types = by_subject[subject].get(RDF.type, set())
        ranks = [i for i, cls in enumerate(_SUBJECT_ORDER) if cls in types]
        return (min(ranks) if ranks else len(_SUBJECT_ORDER), str(subject))

    def term(value: Term) -> str:
        if isinstance(value, Literal):
            return _literal(value, base, names)
        return _iri(value, base, names)

    lines = [f"@base <{base}> ."]
    lines += [f"@prefix {prefix}: <{namespace}> ." for prefix, namespace in sorted(PREFIXES.items())]
    lines.append(f"@prefix kgr: <{base}> .")
    for subject in sorted(by_subject, key=group):
        properties = by_subject[subject]
        predicates = sorted(properties, key=lambda p: (p != RDF.type, term(p)))
        lines.append("")
        lines.append(term(subject))
        for index, predicate in enumerate(predicates):
            objects = ", ".join(term(o) for o in sorted(properties[predicate], key=_sort_key))
            name = "a" if predicate == RDF.type else term(predicate)
            end = " ." if index == len(predicates) - 1 else " ;"
            lines.append(f"    {name} {objects}{end}")
    return "\n".join(lines) + "\n"


def write_turtle(graph: KnowledgeGraph, path: Path) -> None:
    """``graph.ttl``: what SPARQL users load and what ``kg viz`` and ``kg query`` read."""
    path.write_text(turtle(graph), encoding="utf-8")


def write_ntriples(graph: KnowledgeGraph, path: Path) -> None:
    """``graph.nt``: one triple a line, lines sorted, for diffing and bulk loaders."""
    text = to_rdflib(graph).serialize(format="nt", encoding="utf-8").decode("utf-8")
    lines = sorted({line for line in text.splitlines() if line.strip()})
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _sorted_json(value: object) -> object:
    if isinstance(value, dict):
        return {key: _sorted_json(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        items = [_sorted_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


def write_jsonld(graph: KnowledgeGraph, path: Path) -> None:
    """``graph.jsonld``: compacted with the export's prefixes, every list sorted."""
    context: dict[str, str] = dict(sorted(PREFIXES.items()))
    context["kgr"] = graph.base_iri
    text = to_rdflib(graph).serialize(format="json-ld", context=context, auto_compact=True)
    data = json.loads(text)
    path.write_text(json.dumps(_sorted_json(data), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def load_graph(path: Path) -> KnowledgeGraph:
    """A ``graph.ttl`` written by ``kg build`` read back into the in-memory model (kg/viz.py's reader)."""
    from kg.viz import load_turtle

    return load_turtle(path)


def triple_count(paths: Iterable[Path]) -> int:
    """How many triples the Turtle files hold (for reports and benchmarks)."""
    rdf = Graph()
    for path in paths:
        rdf.parse(path, format="turtle")
    return len(rdf)
