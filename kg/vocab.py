"""The vocabularies the RDF export writes, as closed namespaces (a typo raises instead of minting a term).

``KG`` holds the few terms of our own, declared in ``ontologies/kg.ttl`` (a test checks that the two
list the same terms). ``NIF`` holds the NIF 2.0 Core terms we use for the sentence a fact came from;
rdflib ships no NIF namespace. W3C ORG, schema.org, SKOS and PROV-O come from ``rdflib.namespace``.
"""

# The terms keep their RDF spelling (roleName, beginIndex), as rdflib's own namespaces do.
# ruff: noqa: N815

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

KG_NAMESPACE = "http://kg.example.org/ontology#"
NIF_NAMESPACE = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"


class KG(DefinedNamespace):
    """Terms of ontologies/kg.ttl: only where W3C ORG, schema.org, SKOS, PROV-O and NIF have none."""

    _NS = Namespace(KG_NAMESPACE)
    _fail = True

    Mention: URIRef  # the sentence of a document that a fact was read from
    Participation: URIRef  # an agent's role at an event (致辞, 主持, 主办 …), an n-ary relation
    agent: URIRef  # Participation → the person or organisation
    event: URIRef  # Participation → the event
    roleName: URIRef  # Participation → the role as a normalised Chinese word
    observedOn: URIRef  # Membership → date of the article that states it
    status: URIRef  # Membership → when it holds as its article states it (a MembershipStatus concept)
    MembershipStatus: URIRef  # the SKOS concept scheme of those statuses
    Current: URIRef  # held at the time the text speaks of
    Former: URIRef  # held before it (原, 前任, 曾任, 历任)
    Designated: URIRef  # to be taken up (拟任, 拟出任, 候任)
    Ended: URIRef  # left at that time (辞去, 卸任, 不再担任)


class NIF(DefinedNamespace):
    """The NIF 2.0 Core terms a mention uses: its text and its offsets in the document."""

    _NS = Namespace(NIF_NAMESPACE)
    _fail = True

    String: URIRef
    Sentence: URIRef
    anchorOf: URIRef
    beginIndex: URIRef
    endIndex: URIRef
