"""The HTML reader on twelve real saved news pages (../shared/data/rawhtml): headline, body span, no boilerplate."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from kg_paths import SHARED

from kg.io import read_documents

RAWHTML = SHARED / "data" / "rawhtml"
PAGES = (
    [json.loads(line) for line in (RAWHTML / "expected.jsonl").read_text(encoding="utf-8").splitlines()]
    if (RAWHTML / "expected.jsonl").is_file()
    else []
)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.seeds
@pytest.mark.parametrize("page", PAGES, ids=[p["file"] for p in PAGES])
def test_rawhtml_page(shared: Path, page: dict[str, object]) -> None:
    (result,) = read_documents([str(shared / "data" / "rawhtml" / "pages" / str(page["file"]))])
    assert result.document is not None, result.reason
    body = squash(result.document.text)
    assert result.document.title == page["title"]
    assert squash(str(page["body_first"])) in body
    assert squash(str(page["body_last"])) in body
    leaked = [b for b in page["boilerplate"] if squash(b) in body]  # type: ignore[attr-defined]
    assert not leaked
