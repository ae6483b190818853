"""Readers: files, directories, globs or stdin → documents (placeholder: UTF-8 text only)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.model import Document, ReadResult


def read_documents(inputs: Iterable[str]) -> Iterator[ReadResult]:
    for name in inputs:
        path = Path(name)
        paths = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for p in paths:
            try:
                text = p.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                yield ReadResult(source=str(p), reason=str(e))
                continue
            doc_id = hashlib.sha1(text.encode()).hexdigest()[:16]
            yield ReadResult(source=str(p), document=Document(id=doc_id, source=str(p), text=text))
