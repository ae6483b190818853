"""Readers: files, directories (recursive, sorted), globs or ``-`` (stdin) → one ReadResult per document.

Every input yields at least one row: a document, or the reason it was skipped (a missing path, an
empty or binary file, an undetectable encoding, malformed front matter, a bad JSONL line, a document
over the size limit, an unreadable file or directory, a broken link or a link loop). The format
comes from the content (kg.io.detect), so a .txt holding front matter and HTML reads as what it is.
Document ids hash the file name and its bytes, so they survive moving the corpus to another folder.

Symbolic links: a link to a file is read as that file; a link to a directory met in a directory
walk is listed as not followed (a link to an ancestor would loop, one to a sibling would read it
twice); named on the command line, it is walked.
Every document is cleaned once here (kg.io.clean), so every exporter can write what it holds.
"""

from __future__ import annotations

import errno
import glob
import hashlib
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from kg.io.clean import clean_document, drop_invalid, printable_path
from kg.io.dates import date_in_opening
from kg.io.detect import (
    JSONL_SUFFIXES,
    NOT_NEWS_SUFFIXES,
    UndecodableError,
    decode,
    looks_html,
    sniff_format,
)
from kg.io.jsonl import read_jsonl
from kg.io.markdown import FrontMatterError, markdown_to_text, split_front_matter
from kg.io.txt import read_txt
from kg.model import Document, ReadResult

STDIN = "-"
STDIN_SOURCE = "<stdin>"
_GLOB_CHARS = frozenset("*?[")
# Longer documents are skipped before any NLP (kg build --max-doc-chars): one must not stall a batch.
MAX_DOC_CHARS = 2_000_000
# No encoding kg reads takes more bytes than this per character: a file this many times over the
# limit is skipped unread.
_MAX_BYTES_PER_CHAR = 4
_HEAD = 8192

__all__ = [
    "MAX_DOC_CHARS",
    "STDIN",
    "STDIN_SOURCE",
    "document_id",
    "expand_inputs",
    "read_bytes",
    "read_documents",
]


def document_id(name: str, data: bytes) -> str:
    """Stable id: the file's base name and its bytes."""
    return hashlib.sha1(name.encode("utf-8", "surrogateescape") + b"\0" + data).hexdigest()[:16]


def expand_inputs(inputs: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """(path, None) for each file the inputs name, (path, reason) for each file that is not read,
    or (input, reason) when an input names none. A file named twice (``a.txt a.txt``, or a glob
    matching a file and its directory) is read once, from its first mention; a link or another
    spelling of a file already read gets a row that says so."""
    first: dict[str, str] = {}  # a readable file's real path → the source it is read from
    listed: set[str] = set()
    for source, reason in _expand(inputs):
        if source != STDIN:
            if source in listed:
                continue
            listed.add(source)
            if reason is None:
                key = os.path.realpath(source)
                if key in first:
                    yield source, f"same file as {first[key]}, read once"
                    continue
                first[key] = source
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
        elif path.is_symlink():
            yield name, link_reason(path)
        elif path.exists():
            yield name, "not a regular file"
        else:
            yield name, "no such file or directory"


def link_reason(path: Path) -> str:
    """Why a symbolic link cannot be read: its target is missing, or the links loop."""
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
        if error.errno == errno.ENOENT:
            return "broken symbolic link (its target does not exist)"
        return f"cannot read: {error.strerror or error}"
    return "not a regular file"


def _unreadable(error: OSError) -> tuple[Path, str]:
    return Path(error.filename), f"cannot read directory: {error.strerror or error}"


def _walk(top: Path) -> Iterator[tuple[Path, str | None]]:
    """Every file under ``top``, with the reason it is not read when it is not: a hidden file or
    directory (one row for the whole of a .git), a file whose suffix says it is no article, a
    directory that cannot be listed, a directory link (not followed), a broken link or a loop.
    Named on the command line, any of them is read."""
    errors: list[OSError] = []
    for directory, subdirectories, files in os.walk(top, onerror=errors.append):
        yield from (_unreadable(error) for error in errors)
        errors.clear()
        here = Path(directory)
        for name in subdirectories:
            if name.startswith("."):
                yield here / name, "hidden directory, not read (name it to read it)"
            elif (here / name).is_symlink():
                yield here / name, "directory symlink, not followed (name it to read it)"
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        for name in files:
            path = here / name
            if name.startswith("."):
                yield path, "hidden file, not read (name it to read it)"
            elif path.suffix.lower() in NOT_NEWS_SUFFIXES:
                yield path, f"not read: {path.suffix} files are not articles (name it to read it)"
            elif path.is_file():
                yield path, None
            else:
                yield path, link_reason(path) if path.is_symlink() else "not a regular file"
    yield from (_unreadable(error) for error in errors)


def _too_large_reason(size: int, unit: str, max_chars: int) -> str:
    return f"too large: {size:,} {unit}, over the limit of {max_chars:,} characters (--max-doc-chars)"


def _too_many_bytes(size: int, head: bytes, name: str, max_chars: int) -> str | None:
    """The reason a file is skipped unread: more bytes than a document within the limit can have.
    Not for JSONL, whose size is that of many documents."""
    if size <= _MAX_BYTES_PER_CHAR * max_chars:
        return None
    if Path(name).suffix.lower() in JSONL_SUFFIXES or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return None
    return _too_large_reason(size, "bytes", max_chars)


def read_bytes(data: bytes, source: str, *, max_chars: int = MAX_DOC_CHARS) -> Iterator[ReadResult]:
    """The documents held in one file's bytes (several for JSONL), cleaned (kg.io.clean); a
    document longer than ``max_chars`` characters is skipped."""
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    too_large = _too_many_bytes(len(data), data[:_HEAD], name, max_chars)
    if too_large is not None:
        yield ReadResult(source=source, reason=too_large)
        return
    try:
        text, _encoding, replaced = decode(data)
    except UndecodableError as error:
        yield ReadResult(source=source, reason=str(error))
        return
    kind = sniff_format(text, Path(name).suffix)
    if kind == "jsonl":  # each line's document is cleaned and counted on its own
        for result in read_jsonl(text, source):
            yield _checked(result, dropped=0, replaced=_replaced_in(result, replaced), max_chars=max_chars)
        return
    # Plain text and Markdown are their document; a page's markup may be much longer than its article.
    if kind in ("txt", "markdown") and len(text) > max_chars:
        yield ReadResult(source=source, reason=_too_large_reason(len(text), "characters", max_chars))
        return
    text, dropped = drop_invalid(text)
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
    yield _checked(
        ReadResult(source=source, document=document), dropped=dropped, replaced=replaced, max_chars=max_chars
    )


def _replaced_in(result: ReadResult, in_file: int) -> int:
    """A JSONL line's share of the replacements made in its file: the U+FFFD its document holds."""
    if not in_file or result.document is None:
        return 0
    return min(in_file, result.document.text.count("\ufffd") + (result.document.title or "").count("\ufffd"))


def _checked(result: ReadResult, *, dropped: int, replaced: int, max_chars: int) -> ReadResult:
    """The result with its document cleaned and its counts, or skipped when over the limit."""
    if result.document is None:
        return result
    document, more = clean_document(result.document)
    if len(document.text) > max_chars:
        return ReadResult(
            source=result.source, reason=_too_large_reason(len(document.text), "characters", max_chars)
        )
    return ReadResult(
        source=result.source, document=document, dropped_chars=dropped + more, replaced_chars=replaced
    )


def _document(text: str, kind: str, doc_id: str, source: str) -> Document:
    # lxml and trafilatura are imported by the first page read, not by every build of plain text.
    from kg.io.html import read_html

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


def read_documents(
    inputs: Iterable[str], *, besides: Path | None = None, max_chars: int | None = None
) -> Iterator[ReadResult]:
    """Read every input in order; nothing is dropped silently but ``besides`` (``kg eval``'s gold
    file, which often lies in the folder it scores). A document longer than ``max_chars``
    characters (:data:`MAX_DOC_CHARS` when None) is skipped before any NLP; a file far longer is
    not even read whole."""
    max_chars = MAX_DOC_CHARS if max_chars is None else max_chars
    for path, reason in expand_inputs(inputs):
        if besides is not None and path != STDIN and Path(path).resolve() == besides.resolve():
            continue
        for result in _read_path(path, reason, max_chars):
            source = printable_path(result.source)
            yield result if source == result.source else replace(result, source=source)


def _read_path(path: str, reason: str | None, max_chars: int) -> Iterator[ReadResult]:
    if reason is not None:
        yield ReadResult(source=path, reason=reason)
        return
    if path == STDIN:
        yield from read_bytes(sys.stdin.buffer.read(), STDIN_SOURCE, max_chars=max_chars)
        return
    try:
        with open(path, "rb") as file:
            head = file.read(_HEAD)
            too_large = _too_many_bytes(os.fstat(file.fileno()).st_size, head, path, max_chars)
            data = b"" if too_large else head + file.read()
    except OSError as error:
        yield ReadResult(source=path, reason=f"cannot read: {error.strerror or error}")
        return
    if too_large is not None:
        yield ReadResult(source=path, reason=too_large)
        return
    yield from read_bytes(data, path, max_chars=max_chars)
