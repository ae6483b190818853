"""Paths the tests share. A module of its own (not conftest): with several conftest.py files in the
tree, ``from conftest import …`` picks whichever was imported first."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"
SAMPLES = ROOT / "data" / "samples"


def bench_script(name: str) -> ModuleType:
    """``bench/NAME.py`` imported as a module (bench/ is scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"kg_bench_{name}", ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
