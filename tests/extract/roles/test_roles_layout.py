"""The shape of kg/extract/roles/: small modules and functions, and no Chinese word outside the table.

Words the constructions test for live in kg/resources (role_words.tsv, role_patterns.tsv and the
other lexicons) or in the constructions table; docstrings and comments may quote Chinese freely.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from kg_paths import ROOT

PACKAGE = ROOT / "kg" / "extract" / "roles"
MODULES = sorted(PACKAGE.glob("*.py"))
TABLE = "constructions.py"
IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
MAX_MODULE_LINES, MAX_FUNCTION_LINES = 400, 60


def _docstrings(tree: ast.Module) -> set[int]:
    nodes = [
        tree,
        *(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)),
    ]
    return {
        id(n.body[0].value)
        for n in nodes
        if n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)
    }


def _chinese_constants(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    return [
        f"{path.name}:{node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docs
        and IDEOGRAPH.search(node.value)
    ]


def test_layout_the_package_has_its_modules() -> None:
    names = {p.name for p in MODULES}
    assert {"__init__.py", TABLE, "reader.py", "segments.py", "holders.py", "rows.py"} <= names
    assert not (ROOT / "kg" / "extract" / "roles.py").exists()


@pytest.mark.parametrize("path", [p for p in MODULES if p.name != TABLE], ids=lambda p: p.name)
def test_layout_no_chinese_literal_outside_the_table(path: Path) -> None:
    assert _chinese_constants(path) == []


def test_layout_the_table_holds_chinese() -> None:
    # the check above can fail: the table's shapes and examples are Chinese constants
    assert _chinese_constants(PACKAGE / TABLE)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_layout_modules_are_short(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_MODULE_LINES


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_layout_functions_are_short(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [
        f"{node.name}: {node.end_lineno - node.lineno + 1} lines"
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert long == []
