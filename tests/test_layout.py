from __future__ import annotations

import ast
from collections import Counter

from kg_paths import ROOT

TESTS = ROOT / "tests"


def test_layout_test_module_names_are_unique() -> None:
    # pytest's rootdir import mode imports test modules by basename: two test_html.py files collide.
    names = Counter(p.name for p in TESTS.rglob("test_*.py"))
    assert [name for name, count in names.items() if count > 1] == []


def test_layout_required_top_level() -> None:
    for name in ("pyproject.toml", "kg", "ontologies", "tests", "notebooks", "data"):
        assert (ROOT / name).exists(), name


def _module_bindings(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
    return names


def test_layout_no_module_level_name_is_bound_twice() -> None:
    # A second `_PATTERN = …` further down a module silently replaces the first for every function
    # (ruff does not flag it): it happened twice, to event_spans._YEAR and events._CLAUSE_BREAK.
    twice = {
        f"{path.relative_to(ROOT)}:{name}"
        for path in sorted((ROOT / "kg").rglob("*.py"))
        for name, count in Counter(_module_bindings(ast.parse(path.read_text(encoding="utf-8")))).items()
        if count > 1
    }
    assert twice == set()


def _imported_modules(tree: ast.Module) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_layout_exporters_do_not_import_the_page_commands() -> None:
    # Data flows one way: kg viz reads an export; no exporter may reach back into it.
    back = {
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "kg" / "export").rglob("*.py"))
        if any(
            m == "kg.viz" or m.startswith("kg.viz.")
            for m in _imported_modules(ast.parse(path.read_text(encoding="utf-8")))
        )
    }
    assert back == set()
