"""Every shipped resource parses, and no file has blank, duplicate or malformed rows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.resources import load_mapping, load_rows, resource_path

RESOURCES = Path(resource_path("titles.tsv")).parent
TSV = sorted(p.name for p in RESOURCES.glob("*.tsv"))
# Files whose rows must have exactly this many columns, and the allowed values of the second.
SHAPES: dict[str, tuple[int, frozenset[str] | None]] = {
    "titles.tsv": (2, frozenset({"office", "honour", "award", "byline", "credit", "generic"})),
    "title_patterns.tsv": (3, frozenset({"office", "honour", "award", "byline"})),
    "org_suffixes.tsv": (2, frozenset({"org", "unit", "none"})),
    "abbreviations.tsv": (2, None),
    "title_org_blocks.tsv": (2, None),
}
# Tables read as word → value or as word sets: one row per word.
KEYED = frozenset(
    {
        "titles.tsv",
        "title_modifiers.tsv",
        "title_scopes.tsv",
        "title_patterns.tsv",
        "org_suffixes.tsv",
        "org_prefixes.tsv",
        "org_joiners.tsv",
        "org_bodies.tsv",
        "abbreviations.tsv",
        "not_person.tsv",
        "surnames.tsv",
        "honorifics.tsv",
        "list_qualifiers.tsv",
    }
)


@pytest.mark.parametrize("name", TSV)
def test_rows_are_unique_and_not_blank(name: str) -> None:
    lines = (RESOURCES / name).read_text(encoding="utf-8").splitlines()
    data = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    assert data, f"{name} has no rows"
    rows = [tuple(cell.strip() for cell in line.split("\t")) for line in data]
    assert all(row[0] for row in rows), f"{name} has a row with an empty first column"
    # A word may appear under several kinds (event_context.tsv), but never twice under one;
    # in the keyed tables the first column alone is unique.
    keys = [row[0] for row in rows] if name in KEYED else rows
    duplicates = sorted({str(k) for k in keys if keys.count(k) > 1})
    assert not duplicates, f"{name} repeats {duplicates}"
    assert all(line == line.rstrip() for line in data), f"{name} has trailing whitespace"
    assert len(load_rows(name)) == len(data)


@pytest.mark.parametrize(("name", "shape"), sorted(SHAPES.items()))
def test_columns(name: str, shape: tuple[int, frozenset[str] | None]) -> None:
    width, values = shape
    for row in load_rows(name):
        assert len(row) == width, f"{name}: {row}"
        if values is not None:
            assert row[1] in values, f"{name}: {row}"


def test_patterns_compile() -> None:
    for row in load_rows("title_patterns.tsv"):
        re.compile(row[0])


@pytest.mark.parametrize("row", load_rows("title_patterns.tsv"), ids=lambda row: row[0])
def test_pattern_key_character_is_a_literal_of_the_pattern(row: tuple[str, ...]) -> None:
    """The third column must be a character the pattern writes out, outside any class or group."""
    pattern, _, need = row
    assert len(need) == 1
    outside = re.sub(r"\[.*?\]|\(.*?\)|\{.*?\}", "", pattern)
    assert need in outside


def test_single_column_lexicons_have_one_column() -> None:
    for name in [
        "title_modifiers.tsv",
        "title_scopes.tsv",
        "not_person.tsv",
        "surnames.tsv",
        "org_bodies.tsv",
    ]:
        assert all(len(row) == 1 for row in load_rows(name)), name


def test_abbreviations_expand_to_longer_names() -> None:
    for short, full in load_mapping("abbreviations.tsv").items():
        assert len(full) > len(short), (short, full)


@pytest.mark.parametrize("name", TSV)
def test_every_resource_is_documented(name: str) -> None:
    readme = (RESOURCES / "README.md").read_text(encoding="utf-8")
    assert f"`{name}`" in readme, f"kg/resources/README.md has no section on {name}"
