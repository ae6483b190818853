"""The declarations of kg/resources/lexicons.py, the files of kg/resources and its README agree.

Every file shipped is declared and described, every declared file exists and parses with its
kind, the README names nothing absent, and the loaders refuse what is not declared.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kg.errors import ResourceError
from kg.resources import (
    declared,
    load_groups,
    load_jsonl,
    load_lexicon,
    load_mapping,
    load_rows,
    resource_path,
)
from kg.resources.lexicons import LEXICONS, Lexicon

RESOURCES = Path(resource_path("titles.tsv")).parent
README = (RESOURCES / "README.md").read_text(encoding="utf-8")
REPO = RESOURCES.parent.parent
SHIPPED = sorted(p.name for p in RESOURCES.iterdir() if p.suffix in {".tsv", ".jsonl"})
DECLARED = sorted(LEXICONS.values(), key=lambda lexicon: lexicon.name)
# The README's sections: one bullet per file, "- `name.tsv` — what a row means".
DESCRIBED = re.findall(r"^- `([^`]+\.(?:tsv|jsonl))`", README, re.MULTILINE)


def _data_lines(name: str) -> list[str]:
    lines = (RESOURCES / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


def test_every_shipped_file_is_declared_and_described() -> None:
    assert sorted(LEXICONS) == SHIPPED
    assert sorted(DESCRIBED) == SHIPPED
    assert len(DESCRIBED) == len(set(DESCRIBED)), "a file has two sections in README.md"


def _readme_paths() -> Iterator[str]:
    """Every file name or repository path the README writes in backquotes."""
    for token in re.findall(r"`([^`\s]+)`", README):
        if re.fullmatch(r"[\w./-]+\.(?:tsv|jsonl|py|md)", token):
            yield token


@pytest.mark.parametrize("path", sorted(set(_readme_paths())))
def test_readme_names_only_files_that_exist(path: str) -> None:
    assert (RESOURCES / path).is_file() or (REPO / path).is_file(), f"README.md names {path}, which is absent"


@pytest.mark.parametrize("lexicon", DECLARED, ids=lambda lexicon: lexicon.name)
def test_declared_file_parses_with_its_kind(lexicon: Lexicon) -> None:
    assert lexicon.row and lexicon.columns, lexicon.name
    widths = Counter(len(line.split("\t")) for line in _data_lines(lexicon.name))
    assert widths, f"{lexicon.name} has no rows"
    assert set(widths) <= set(lexicon.widths), f"{lexicon.name}: rows of {dict(widths)} columns"
    rows = load_rows(lexicon.name)
    assert len(rows) == sum(widths.values())
    if lexicon.kind == "words":
        assert len(load_lexicon(lexicon.name)) == len(rows)
    elif lexicon.kind == "mapping":
        assert len(load_mapping(lexicon.name)) == len(rows), f"{lexicon.name} repeats a key"
    elif lexicon.kind == "groups":
        assert sum(map(len, load_groups(lexicon.name).values())) == len(rows)
    elif lexicon.kind == "jsonl":
        assert load_jsonl(lexicon.name)


@pytest.mark.parametrize("lexicon", [x for x in DECLARED if x.kind == "words"], ids=lambda x: x.name)
def test_words_lexicon_has_no_duplicate_word(lexicon: Lexicon) -> None:
    words = Counter(row[0] for row in load_rows(lexicon.name))
    assert not [w for w, n in words.items() if n > 1], lexicon.name


# fmt: off
REFUSED = [
    ("titles.txt", "not declared"),  # a typo in the name
    ("../errors.py", "not declared"),  # nothing outside the declarations, whatever the path
    ("README.md", "not declared"),
    ("", "not declared"),
]
# fmt: on


@pytest.mark.parametrize(("name", "reason"), REFUSED)
def test_loaders_refuse_an_undeclared_file(name: str, reason: str) -> None:
    for loader in (resource_path, load_rows, load_lexicon, load_mapping, load_groups, load_jsonl):
        with pytest.raises(ResourceError, match=reason):
            loader(name)


# fmt: off
WRONG_KIND = [
    (load_mapping, "surnames.tsv", "declared as words, read as mapping"),
    (load_groups, "abbreviations.tsv", "declared as mapping, read as groups"),
    (load_jsonl, "titles.tsv", "declared as mapping, read as jsonl"),
]
# fmt: on


@pytest.mark.parametrize(("loader", "name", "reason"), WRONG_KIND)
def test_loaders_refuse_a_file_of_another_kind(
    loader: Callable[[str], object], name: str, reason: str
) -> None:
    with pytest.raises(ResourceError, match=reason):
        loader(name)


def test_a_row_wider_than_declared_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICONS, "titles.tsv", Lexicon("titles.tsv", "words", ("head",), "a head"))
    load_rows.cache_clear()
    try:
        with pytest.raises(ResourceError, match=r"titles\.tsv:\d+: 2 columns, declared 1-1"):
            load_rows("titles.tsv")
    finally:
        load_rows.cache_clear()


def test_declared_returns_the_declaration() -> None:
    assert declared("org_joiners.tsv").widths == range(1, 3)
    assert declared("titles.tsv", "mapping", "rows").kind == "mapping"
