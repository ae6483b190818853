"""Paths the tests share. A module of its own (not conftest): with several conftest.py files in the
tree, ``from conftest import …`` picks whichever was imported first."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"
SAMPLES = ROOT / "data" / "samples"
