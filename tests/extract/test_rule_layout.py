"""The shape of the rule layer (kg/extract): small modules, short functions, and Chinese only in tables.

Words and patterns the rules match on live in kg/resources (lexicons) or in a table module: the
constructions tables of roles and events, and the date grammar at the top of dates.py. A table is
data and may grow past the module limit; every other module may not. Docstrings
and comments may quote Chinese freely; punctuation alone is not Chinese.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from kg_paths import ROOT

from kg.text import is_cjk

EXTRACT = ROOT / "kg" / "extract"
MODULES = sorted(EXTRACT.rglob("*.py"))
TABLES = frozenset({"roles/constructions.py", "events/constructions.py", "dates.py"})
MAX_MODULE_LINES, MAX_FUNCTION_LINES = 400, 60


def _name(path: Path) -> str:
    return path.relative_to(EXTRACT).as_posix()


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def chinese_constants(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    skip = _docstrings(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and any(is_cjk(c) for c in node.value)
    ]


def long_functions(source: str) -> list[tuple[str, int]]:
    return [
        (node.name, node.end_lineno - node.lineno + 1)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]


def test_the_packages_and_tables_are_there() -> None:
    names = {_name(p) for p in MODULES}
    assert TABLES <= names
    assert {"roles/reader.py", "events/named.py"} <= names
    assert not (EXTRACT / "roles.py").exists() and not (EXTRACT / "events.py").exists()


@pytest.mark.parametrize("path", [p for p in MODULES if _name(p) not in TABLES], ids=_name)
def test_no_chinese_literal_outside_the_tables(path: Path) -> None:
    assert chinese_constants(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("table", sorted(TABLES))
def test_the_tables_hold_chinese(table: str) -> None:
    # a table without Chinese would make the check above vacuous for the code it serves
    assert chinese_constants((EXTRACT / table).read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_modules_and_functions_are_short(path: Path) -> None:
    # a table is data and grows by a row per construction; its functions are held to the limit
    source = path.read_text(encoding="utf-8")
    assert _name(path) in TABLES or len(source.splitlines()) <= MAX_MODULE_LINES
    assert long_functions(source) == []


# fmt: off
SOURCES = [
    ("chinese constant", 'X = "大会"\n', [(1, "大会")], []),
    ("docstring is allowed", 'def f() -> None:\n    """大会."""\n', [], []),
    ("punctuation is not Chinese", 'X = "，；"\n', [], []),
    ("long function", "def f() -> None:\n" + "    x = 1\n" * 61, [], [("f", 62)]),
]
# fmt: on


@pytest.mark.parametrize(("case", "source", "constants", "functions"), SOURCES, ids=[s[0] for s in SOURCES])
def test_the_checks_can_fail(
    case: str, source: str, constants: list[tuple[int, str]], functions: list[tuple[str, int]]
) -> None:
    assert chinese_constants(source) == constants
    assert long_functions(source) == functions
