"""JSON Lines: one document per line (``text``, optional ``title``, ``date``, ``url``, ``id``).

A bad line is one skipped row (source ``file.jsonl:LINE``) with its reason; the other lines are read.
The reader keeps what the JSON holds; kg.io cleans each document (kg.io.clean) and counts what it dropped.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator

from kg.io.dates import date_in_opening, parse_date
from kg.model import Document, ReadResult


def _optional_str(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, str | int) and not isinstance(value, bool):
        return str(value).strip() or None
    raise ValueError(f"field {key!r} is not a string")


def read_jsonl(text: str, source: str) -> Iterator[ReadResult]:
    """One ReadResult per non-blank line."""
    name = source.rsplit("/", 1)[-1]
    # Lines end at \n only: JSON strings may hold U+2028 or a form feed that splitlines() would cut at.
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            # Raw control characters inside strings are read, then dropped with the escaped ones.
            record = json.loads(line, strict=False)
        except ValueError as error:
            yield ReadResult(source=where, reason=f"invalid JSON: {error}")
            continue
        if not isinstance(record, dict):
            yield ReadResult(source=where, reason=f"not a JSON object ({type(record).__name__})")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield ReadResult(
                source=where, reason="no 'text' field" if body is None else "empty or non-string 'text'"
            )
            continue
        try:
            given_id = _optional_str(record, "id")
            title = _optional_str(record, "title")
            url = _optional_str(record, "url")
        except ValueError as error:
            yield ReadResult(source=where, reason=str(error))
            continue
        raw_date = record.get("date")
        date = parse_date(raw_date)
        if raw_date not in (None, "") and date is None:
            yield ReadResult(source=where, reason=f"unreadable date {raw_date!r}")
            continue
        doc_id = given_id or hashlib.sha1(f"{name}\0{body}".encode("utf-8", "surrogatepass")).hexdigest()[:16]
        document = Document(
            id=doc_id,
            source=where,
            text=body,
            title=title,
            date=date or date_in_opening(body),
            url=url,
            format="jsonl",
        )
        yield ReadResult(source=where, document=document)
