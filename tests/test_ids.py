from __future__ import annotations

import pytest
from rdflib import URIRef

from kg.ids import IriMinter

# fmt: off
IRI_CASES = [
    ("person", "熊继军", "http://x.org/r/person/熊继军"),
    ("person", "伊拉克利•纳德热什维利", "http://x.org/r/person/伊拉克利·纳德热什维利"),
    ("org", "ＳＡＰ", "http://x.org/r/org/SAP"),
    ("org", "A B", "http://x.org/r/org/A%20B"),
    ("event", "第七届“人工智能”论坛", "http://x.org/r/event/第七届“人工智能”论坛"),
    ("org", "<script>", "http://x.org/r/org/%3Cscript%3E"),
    ("org", "a/b", "http://x.org/r/org/a%2Fb"),
]
# fmt: on


@pytest.mark.parametrize(("kind", "key", "expected"), IRI_CASES)
def test_ids_iri(kind: str, key: str, expected: str) -> None:
    assert IriMinter("http://x.org/r").iri(kind, key) == expected


def test_ids_are_valid_rdf_terms() -> None:
    minter = IriMinter()
    for key in ['引号"里', "空 格", "反\\斜", "{}|^`"]:
        iri = minter.org(key)
        URIRef(iri).n3()  # raises on characters an IRI may not hold
        assert not any(c in iri for c in ' "{}|^`\\')


def test_ids_unknown_kind_fails() -> None:
    with pytest.raises(ValueError, match="unknown node kind"):
        IriMinter().iri("thing", "x")


def test_ids_content_hash_is_stable() -> None:
    minter = IriMinter()
    a = minter.membership("张三", "局长", "某局", "2024-01-01")
    assert a == minter.membership("张三", "局长", "某局", "2024-01-01")
    assert a != minter.membership("张三", "局长", "某局", "2024-01-02")
