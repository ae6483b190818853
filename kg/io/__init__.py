"""Readers: files, directories (recursive, sorted), globs or ``-`` (stdin) → one ReadResult per document.

Every input yields at least one row: a document, or the reason it was skipped (a missing path, an
empty or binary file, an undetectable encoding, malformed front matter, a bad JSONL line). The format
comes from the content (kg.io.detect), so a .txt holding front matter and HTML reads as what it is.
Document ids hash the file name and its bytes, so they survive moving the corpus to another folder.
"""

from __future__ import annotations

import glob
import hashlib
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.io.dates import date_in_opening
from kg.io.detect import NOT_NEWS_SUFFIXES, UndecodableError, decode, looks_html, sniff_format
from kg.io.html import read_html
from kg.io.jsonl import read_jsonl
from kg.io.markdown import FrontMatterError, markdown_to_text, split_front_matter
from kg.io.txt import read_txt
from kg.model import Document, ReadResult

STDIN = "-"
STDIN_SOURCE = "<stdin>"
_GLOB_CHARS = frozenset("*?[")

__all__ = ["STDIN", "STDIN_SOURCE", "document_id", "expand_inputs", "read_bytes", "read_documents"]


def document_id(name: str, data: bytes) -> str:
    """Stable id: the file's base name and its bytes."""
    return hashlib.sha1(name.encode("utf-8", "surrogateescape") + b"\0" + data).hexdigest()[:16]


def expand_inputs(inputs: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """(path, None) for each file the inputs name, (path, reason) for each file that is not read,
    or (input, reason) when an input names none. A file named twice (``a.txt a.txt``, or a glob
    matching a file and its directory) is read once, from its first mention."""
    seen: set[str] = set()
    for source, reason in _expand(inputs):
        if source != STDIN:
            key = os.path.realpath(source)
            if key in seen:
                continue
            seen.add(key)
        yield source, reason


def _expand(inputs: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    for name in inputs:
        if name == STDIN:
            yield name, None
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(_walk(path))
            if not found:
                yield name, "empty directory"
            yield from ((str(p), reason) for p, reason in found)
        elif path.is_file():
            yield name, None
        elif _GLOB_CHARS & set(name):
            matches = sorted(glob.glob(name, recursive=True))
            hits = [m for m in matches if Path(m).is_file()]
            dirs = [m for m in matches if Path(m).is_dir()]
            if not matches:
                yield name, "no file matches the pattern"
            yield from ((m, None) for m in hits)
            if dirs:
                yield from _expand(dirs)
        elif path.exists():
            yield name, "not a regular file"
        else:
            yield name, "no such file or directory"


def _walk(top: Path) -> Iterator[tuple[Path, str | None]]:
    """Every file under ``top``, with the reason it is not read when it is not: a hidden file or
    directory (one row for the whole of a .git) or a file whose suffix says it is no article.
    Named on the command line, any of them is read."""
    for directory, subdirectories, files in os.walk(top):
        here = Path(directory)
        for name in subdirectories:
            if name.startswith("."):
                yield here / name, "hidden directory, not read (name it to read it)"
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        for name in files:
            path = here / name
            if name.startswith("."):
                yield path, "hidden file, not read (name it to read it)"
            elif path.suffix.lower() in NOT_NEWS_SUFFIXES:
                yield path, f"not read: {path.suffix} files are not articles (name it to read it)"
            else:
                yield path, None if path.is_file() else "not a regular file"


def read_bytes(data: bytes, source: str) -> Iterator[ReadResult]:
    """The documents held in one file's bytes (several for JSONL)."""
    try:
        text, _encoding = decode(data)
    except UndecodableError as error:
        yield ReadResult(source=source, reason=str(error))
        return
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    kind = sniff_format(text, Path(name).suffix)
    if kind == "jsonl":
        yield from read_jsonl(text, source)
        return
    doc_id = document_id(name, data)
    try:
        document = _document(text, kind, doc_id, source)
    except FrontMatterError as error:
        yield ReadResult(source=source, reason=str(error))
        return
    except Exception as error:  # noqa: BLE001 - a reader bug must skip one input, not end the batch
        yield ReadResult(source=source, reason=f"reader failed: {type(error).__name__}: {error}")
        return
    if not document.text.strip():
        yield ReadResult(source=source, reason=f"no article text found ({document.format})")
        return
    yield ReadResult(source=source, document=document)


def _document(text: str, kind: str, doc_id: str, source: str) -> Document:
    if kind == "frontmatter":
        matter = split_front_matter(text)
        if looks_html(matter.body):
            page = read_html(matter.body)
            title, body, fmt = page.title, page.text, "html"
        else:
            body, title = markdown_to_text(matter.body)
            fmt = "markdown"
        return Document(
            id=doc_id,
            source=source,
            text=body,
            title=matter.title or title,
            date=matter.date or date_in_opening(body),
            url=matter.url,
            format=fmt,
        )
    if kind == "html":
        page = read_html(text)
        return Document(
            id=doc_id,
            source=source,
            text=page.text,
            title=page.title,
            date=page.date or date_in_opening(page.text),
            url=page.url,
            format="html",
        )
    if kind == "markdown":
        body, heading = markdown_to_text(text)
        return Document(
            id=doc_id,
            source=source,
            text=body,
            title=heading,
            date=date_in_opening(body),
            format="markdown",
        )
    article = read_txt(text)
    return Document(
        id=doc_id,
        source=source,
        text=article.text,
        title=article.title,
        date=article.date,
        url=article.url,
        format="txt",
        extras=article.extras,
    )


def read_documents(inputs: Iterable[str], *, besides: Path | None = None) -> Iterator[ReadResult]:
    """Read every input in order; nothing is dropped silently but ``besides`` (``kg eval``'s gold
    file, which often lies in the folder it scores)."""
    for path, reason in expand_inputs(inputs):
        if besides is not None and path != STDIN and Path(path).resolve() == besides.resolve():
            continue
        if reason is not None:
            yield ReadResult(source=path, reason=reason)
            continue
        if path == STDIN:
            yield from read_bytes(sys.stdin.buffer.read(), STDIN_SOURCE)
            continue
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            yield ReadResult(source=path, reason=f"cannot read: {error.strerror or error}")
            continue
        yield from read_bytes(data, path)
