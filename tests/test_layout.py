from __future__ import annotations

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
