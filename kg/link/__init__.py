"""Resolution: the mentions of all documents → one KnowledgeGraph (placeholder)."""

from __future__ import annotations

from collections.abc import Iterable

from kg.graph import KnowledgeGraph
from kg.ids import IriMinter
from kg.model import DocumentExtraction


def resolve(extractions: Iterable[DocumentExtraction], *, minter: IriMinter | None = None) -> KnowledgeGraph:
    return KnowledgeGraph((minter or IriMinter()).base)
