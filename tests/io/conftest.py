"""Fixtures of the reader tests."""

from __future__ import annotations

import builtins
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


@pytest.fixture
def unreadable(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """Paths made unreadable: chmod 000, and, for root (whom chmod does not stop), the same
    error raised where kg opens or lists them."""
    paths: list[Path] = []
    if ROOT:
        real_scandir, real_open = os.scandir, builtins.open

        def scandir(path: object) -> object:
            if Path(str(path)) in paths:
                raise PermissionError(13, "Permission denied", str(path))
            return real_scandir(path)  # type: ignore[arg-type]

        def fake_open(path: object, *args: object, **kwargs: object) -> object:
            if isinstance(path, str | Path) and Path(path) in paths:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(os, "scandir", scandir)
        import kg.io

        monkeypatch.setattr(kg.io, "open", fake_open, raising=False)
    yield paths
    for path in paths:
        path.chmod(0o755)
