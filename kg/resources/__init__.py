"""Loaders for the lexicons and patterns shipped as package data.

Every table is a UTF-8 TSV file: ``#`` starts a comment line, blank lines are ignored, columns are
separated by one tab. Every file is declared in :mod:`kg.resources.lexicons` (its kind and columns);
README.md in this folder says what a row of each file means. Adding a title, an organisation
suffix or a role verb is a new row here, never a change to Python; adding a file is one line in
``LEXICONS``.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path

from kg.errors import ResourceError
from kg.resources.lexicons import LEXICONS, Kind, Lexicon

JsonObject = dict[str, object]


def declared(filename: str, *kinds: Kind) -> Lexicon:
    """The declaration of ``filename``; fails loudly when it has none or is of none of ``kinds``."""
    lexicon = LEXICONS.get(filename)
    if lexicon is None:
        raise ResourceError(f"unknown resource {filename!r}: not declared in kg/resources/lexicons.py")
    if kinds and lexicon.kind not in kinds:
        raise ResourceError(f"{filename}: declared as {lexicon.kind}, read as {' or '.join(kinds)}")
    return lexicon


def resource_path(filename: str) -> Path:
    """The path of a shipped resource file; fails loudly on an undeclared name or a missing file."""
    declared(filename)
    path = Path(str(files(__name__).joinpath(filename)))
    if not path.is_file():
        raise ResourceError(f"unknown resource {filename!r} (no file {path})")
    return path


@cache
def load_rows(filename: str) -> tuple[tuple[str, ...], ...]:
    """All data rows of a TSV resource, each split on tabs and stripped, as wide as declared."""
    widths = declared(filename, "words", "mapping", "groups", "rows").widths
    rows: list[tuple[str, ...]] = []
    text = resource_path(filename).read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = tuple(cell.strip() for cell in line.split("\t"))
        if not cells[0]:
            raise ResourceError(f"{filename}:{lineno}: empty first column")
        if len(cells) not in widths:
            raise ResourceError(
                f"{filename}:{lineno}: {len(cells)} columns, declared {widths.start}-{widths.stop - 1}"
            )
        rows.append(cells)
    return tuple(rows)


@cache
def load_lexicon(filename: str) -> frozenset[str]:
    """The first column of a TSV resource, as a set of words."""
    return frozenset(row[0] for row in load_rows(filename))


@cache
def load_mapping(filename: str) -> dict[str, str]:
    """A two-column TSV resource as a mapping from the first column to the second."""
    declared(filename, "mapping")
    mapping: dict[str, str] = {}
    for row in load_rows(filename):
        if len(row) < 2 or not row[1]:
            raise ResourceError(f"{filename}: row {row[0]!r} has no second column")
        mapping[row[0]] = row[1]
    return mapping


@cache
def load_groups(filename: str) -> dict[str, tuple[str, ...]]:
    """A ``word <TAB> kind`` TSV resource as its words by kind, in file order."""
    declared(filename, "groups")
    groups: dict[str, list[str]] = {}
    for row in load_rows(filename):
        if len(row) < 2 or not row[1]:
            raise ResourceError(f"{filename}: row {row[0]!r} has no kind")
        groups.setdefault(row[1], []).append(row[0])
    return {kind: tuple(words) for kind, words in groups.items()}


@cache
def load_jsonl(filename: str) -> tuple[JsonObject, ...]:
    """A JSONL resource (spaCy pattern files and the like), one object per line."""
    declared(filename, "jsonl")
    objects: list[JsonObject] = []
    text = resource_path(filename).read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as e:
            raise ResourceError(f"{filename}:{lineno}: {e}") from e
        if not isinstance(value, dict):
            raise ResourceError(f"{filename}:{lineno}: not a JSON object")
        objects.append(value)
    return tuple(objects)
