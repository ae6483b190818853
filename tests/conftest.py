"""Shared fixtures: the model-backed pipeline (loaded once), ../shared, and --update-golden."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from kg_paths import SHARED
from spacy.language import Language


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/golden from the fixtures.")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (seeds, gold, raw HTML); tests that need it skip when it is absent."""
    if not (SHARED / "gold" / "seeds.jsonl").is_file():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def nlp() -> Iterator[Language]:
    from kg.nlp.language import get_nlp

    yield get_nlp()
