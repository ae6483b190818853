"""Text every export can hold: the code points XML 1.0 forbids are dropped once, at the reader.

Turtle, N-Triples, JSON and CSV could escape them, but GraphML (XML 1.0) cannot hold them at all, and
one ``\\x01`` in one article used to end the whole build at export. Dropped are C0 controls other
than tab, newline and carriage return, DEL and the C1 controls, lone surrogates (a JSON ``\\ud800``
escape) and U+FFFE/U+FFFF. The cleaned text is the document text, so offsets stay consistent.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Document

# Everything outside XML 1.0's Char production, and the (allowed but invisible) DEL and C1 controls.
_NOT_XML = re.compile("[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

__all__ = ["clean_document", "drop_invalid", "is_clean", "printable_path"]


def drop_invalid(text: str) -> tuple[str, int]:
    """``text`` without the code points XML 1.0 cannot hold, and how many were dropped."""
    return _NOT_XML.subn("", text)


def is_clean(text: str) -> bool:
    """No code point :func:`drop_invalid` would drop."""
    return _NOT_XML.search(text) is None


def clean_document(document: Document) -> tuple[Document, int]:
    """The document with every field an exporter writes cleaned, and the number of code points dropped."""
    text, dropped = drop_invalid(document.text)
    title, in_title = _optional(document.title)
    url, in_url = _optional(document.url)
    source = printable_path(document.source)
    extras: list[tuple[str, str]] = []
    dropped += in_title + in_url
    for label, value in document.extras:
        value, in_value = drop_invalid(value)
        extras.append((label, value))
        dropped += in_value
    if not dropped and source == document.source:
        return document, 0
    cleaned = replace(document, text=text, title=title, url=url, source=source, extras=tuple(extras))
    return cleaned, dropped


def _optional(value: str | None) -> tuple[str | None, int]:
    if value is None:
        return None, 0
    cleaned, dropped = drop_invalid(value)
    return cleaned.strip() or None, dropped


def printable_path(name: str) -> str:
    """A path as report.json can hold it: undecodable file-name bytes as U+FFFD, controls dropped."""
    try:
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that no file-name byte made
        pass
    return drop_invalid(name)[0]
