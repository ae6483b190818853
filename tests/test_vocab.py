"""kg/vocab.py and ontologies/kg.ttl declare the same kg: terms, each labelled in English and Chinese."""

from __future__ import annotations

import pytest
import rdflib
from kg_paths import ROOT
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.vocab import KG, KG_NAMESPACE, NIF

ONTOLOGY = ROOT / "ontologies" / "kg.ttl"
TERM_CLASSES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept)


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


def _declared(ontology: rdflib.Graph) -> set[str]:
    return {
        str(s)[len(KG_NAMESPACE) :]
        for cls in TERM_CLASSES
        for s in ontology.subjects(RDF.type, cls)
        if str(s).startswith(KG_NAMESPACE)
    }


def test_vocab_lists_the_terms_of_the_ontology(ontology: rdflib.Graph) -> None:
    assert _declared(ontology) == set(KG.__annotations__)


def test_vocab_is_closed() -> None:
    assert str(KG.agent) == KG_NAMESPACE + "agent"
    with pytest.raises(AttributeError):
        _ = KG.agnet  # a typo fails instead of minting a term
    with pytest.raises(AttributeError):
        _ = NIF.anchor


@pytest.mark.parametrize("term", sorted(KG.__annotations__))
@pytest.mark.parametrize("prop", [RDFS.label, RDFS.comment])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_term_is_described_in_english_and_chinese(
    ontology: rdflib.Graph, term: str, prop: rdflib.URIRef, lang: str
) -> None:
    values = [
        o for o in ontology.objects(rdflib.URIRef(KG_NAMESPACE + term), prop) if isinstance(o, rdflib.Literal)
    ]
    assert [v for v in values if v.language == lang], f"kg:{term} has no {prop} @{lang}"


def test_ontology_aligns_to_the_standard_vocabularies(ontology: rdflib.Graph) -> None:
    superclasses = {str(o) for o in ontology.objects(KG.Mention, RDFS.subClassOf)}
    assert str(NIF.String) in superclasses and "http://www.w3.org/ns/prov#Entity" in superclasses
    assert (KG.roleName, RDFS.subPropertyOf, rdflib.URIRef("https://schema.org/roleName")) in ontology
    assert (KG.observedOn, RDFS.range, rdflib.URIRef("http://www.w3.org/2001/XMLSchema#date")) in ontology
