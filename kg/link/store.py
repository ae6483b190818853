"""The extractions of a build, kept as ``OUT/mentions.jsonl`` so that a later build can add documents.

Resolution needs every document's mentions at once (a new article can merge two names or tell two
namesakes apart), so ``kg build --update`` does not patch the old graph: it reads the mentions kept
from earlier builds, adds the new documents' (a document read again replaces its old mentions, by
document id), and resolves everything again. Nodes are keyed by their IRIs, so nothing is duplicated.

One JSON object per line: a ``DocumentExtraction`` with its nested records, dates as ISO strings,
tuples as lists. Decoding follows the dataclasses' own type hints, so a field added to kg/model.py
with a default still reads old files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import shutil
import types
import typing
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import DocumentExtraction
from kg.outdir import checkpoint

MENTIONS_FILE = "mentions.jsonl"


@cache
def _field_names(cls: type[Any]) -> tuple[str, ...] | None:
    """A record class's field names (None for any other class), looked up once per class."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


def _plain(value: Any) -> object:
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    names = _field_names(value.__class__)
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    return value


def _typed(value: object, hint: object) -> object:
    """``value`` (from JSON) as the type ``hint`` says."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        return _typed(value, next(a for a in args if a is not type(None)))
    if origin is tuple:
        items = value if isinstance(value, list) else []
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_typed(v, args[0]) for v in items)
        return tuple(_typed(v, a) for v, a in zip(items, args, strict=True))
    if hint is dt.date:
        return dt.date.fromisoformat(str(value))
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)  # Membership.status: "former" → Status.FORMER
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _record(hint, value)
    return value


@cache
def _fields(cls: type) -> dict[str, object]:
    """Field name → type hint; resolving the hints is slow, and every record needs them."""
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def _record(cls: type, value: object) -> object:
    if not isinstance(value, dict):
        raise ValueError(f"expected an object for {cls.__name__}")
    hints = _fields(cls)
    return cls(**{k: _typed(v, hints[k]) for k, v in value.items() if k in hints})


def to_json(extraction: DocumentExtraction) -> str:
    return json.dumps(_plain(extraction), ensure_ascii=False, sort_keys=True)


def from_json(line: str) -> DocumentExtraction:
    record = _record(DocumentExtraction, json.loads(line))
    if not isinstance(record, DocumentExtraction):  # pragma: no cover - _record builds its class
        raise TypeError("not a DocumentExtraction")
    return record


class MentionsWriter:
    """``mentions.jsonl`` written while the build runs: each new document's line as its extraction
    arrives, so that the file costs nothing at the end of the build and the main process of
    ``kg build --workers N`` writes it while it waits for its workers.

    The file is what ``write_mentions(merge_extractions(previous, new), path)`` writes: the earlier
    documents not read again, then the new ones. Which earlier ones stay is known only at the end,
    so with ``previous`` the new lines go to a scratch file beside ``path`` until :meth:`close`.
    ``kg build`` writes it into its staging tree (:mod:`kg.outdir`), never over the file an
    ``--update`` reads.
    """

    def __init__(self, path: Path, previous: Iterable[DocumentExtraction] = ()) -> None:
        self._path = path
        self._previous = list(previous)
        self._fresh = path.with_name(path.name + ".part") if self._previous else path
        self._ids: set[str] = set()
        self._lines = 0
        self._handle = open(self._fresh, "w", encoding="utf-8", newline="\n")

    def __enter__(self) -> MentionsWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.close()
        else:
            self._handle.close()

    def write(self, extraction: DocumentExtraction) -> None:
        self._handle.write(to_json(extraction) + "\n")
        self._ids.add(extraction.document.id)
        self._lines += 1
        if self._lines == 1:
            self._handle.flush()
            checkpoint("mentions-first-line")

    def close(self) -> None:
        """Finish the file: the earlier documents not read again first, then the new ones."""
        self._handle.close()
        if self._fresh == self._path:
            return
        kept = [x for x in self._previous if x.document.id not in self._ids]
        with open(self._path, "w", encoding="utf-8", newline="\n") as out:
            for extraction in kept:
                out.write(to_json(extraction) + "\n")
            with open(self._fresh, encoding="utf-8", newline="\n") as fresh:
                shutil.copyfileobj(fresh, out)
        self._fresh.unlink()


def write_mentions(extractions: Iterable[DocumentExtraction], path: Path) -> None:
    """One line per document, in the order given."""
    with MentionsWriter(path) as writer:
        for extraction in extractions:
            writer.write(extraction)


def read_mentions(path: Path) -> list[DocumentExtraction]:
    """The extractions kept by an earlier build; a damaged line is an error, not a silent loss."""
    found = []
    try:
        with open(path, "rb") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    found.append(from_json(line.decode("utf-8")))
                except (ValueError, TypeError, KeyError, StopIteration) as e:  # UnicodeDecodeError too
                    raise InputError(f"{path}:{number}", f"not a kg mentions record ({e})") from None
    except OSError as e:
        raise InputError(str(path), f"cannot read: {e.strerror or e}") from None
    return found


def merge_extractions(
    previous: Iterable[DocumentExtraction], new: Iterable[DocumentExtraction]
) -> list[DocumentExtraction]:
    """The earlier documents, then the new ones; a document read again replaces its earlier record."""
    fresh = list(new)
    ids = {x.document.id for x in fresh}
    return [x for x in previous if x.document.id not in ids] + fresh
