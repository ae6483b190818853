"""Checks the RDF tests share: SHACL validation against the shipped shapes and golden-file compare.

A module of its own, like kg_paths, so that every test directory imports the same functions."""

from __future__ import annotations

import difflib
from pathlib import Path

import rdflib
from kg_paths import ROOT

SHAPES = ROOT / "ontologies" / "kg-shapes.ttl"


def conforms(data: rdflib.Graph) -> tuple[bool, str]:
    """Whether ``data`` conforms to ontologies/kg-shapes.ttl, and pySHACL's report to show when not."""
    from pyshacl import validate

    ok, _, report = validate(data, shacl_graph=rdflib.Graph().parse(SHAPES, format="turtle"))
    return bool(ok), str(report)


def golden_text(golden: Path, text: str, update: bool) -> tuple[str, str]:
    """The golden file's text (rewritten from ``text`` first under --update-golden) and a unified
    diff from it to ``text``, for the assertion message."""
    if update:
        golden.write_text(text, encoding="utf-8", newline="\n")
    expected = golden.read_text(encoding="utf-8")
    diff = "\n".join(difflib.unified_diff(expected.splitlines(), text.splitlines(), lineterm=""))
    return expected, diff
