"""The shape of kg/extract/events: small modules, short functions, Chinese only in the table module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import kg.extract.events
from kg.text import is_cjk

PACKAGE = Path(kg.extract.events.__file__).parent
MODULES = sorted(PACKAGE.glob("*.py"))
TABLE = "constructions.py"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def chinese_constants(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    skip = docstrings(tree)
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


def test_the_package_is_there() -> None:
    assert {m.name for m in MODULES} >= {"__init__.py", TABLE, "named.py", "merge.py", "refs.py"}


@pytest.mark.parametrize("module", [m for m in MODULES if m.name != TABLE], ids=lambda m: m.name)
def test_no_chinese_outside_the_table(module: Path) -> None:
    assert chinese_constants(module.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.name)
def test_module_and_function_sizes(module: Path) -> None:
    source = module.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= MAX_MODULE_LINES
    assert long_functions(source) == []


# The checks themselves must be able to fail.
# fmt: off
SOURCES = [
    ("chinese constant", 'X = "大会"\n', [(1, "大会")], []),
    ("docstring is allowed", 'def f() -> None:\n    """大会."""\n', [], []),
    ("punctuation is not Chinese", 'X = "，；"\n', [], []),
    ("long function", "def f() -> None:\n" + "    x = 1\n" * 61, [], [("f", 62)]),
]
# fmt: on


@pytest.mark.parametrize(("case", "source", "constants", "functions"), SOURCES, ids=[s[0] for s in SOURCES])
def test_checks(
    case: str, source: str, constants: list[tuple[int, str]], functions: list[tuple[str, int]]
) -> None:
    assert chinese_constants(source) == constants
    assert long_functions(source) == functions
