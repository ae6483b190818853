"""Resolution: the mentions of all documents → one KnowledgeGraph.

aliases.py (short forms and their full names), hierarchy.py (units of organisations), namesakes.py
(persons who share a name) and resolve.py (the decisions, then the graph). ``resolve`` is the stage's
entry point.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.graph import KnowledgeGraph
from kg.ids import IriMinter
from kg.link.resolve import resolve_extractions, with_definitions
from kg.model import DocumentExtraction


def resolve(extractions: Iterable[DocumentExtraction], *, minter: IriMinter | None = None) -> KnowledgeGraph:
    """One graph of all these documents: one node per person, organisation, title, event and place."""
    return resolve_extractions(extractions, minter=minter)


__all__ = ["resolve", "with_definitions"]
