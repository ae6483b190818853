"""Bytes → text, and text → format: decided from the content, the extension only breaks ties.

Encodings are never guessed by hand: valid UTF-8 wins (a page declaring gb2312 over UTF-8 bytes is
common), then a charset the bytes declare themselves (``<meta charset>``, the ``encoding=`` of a
corpus wrapper) if the bytes decode strictly with it, then charset-normalizer.
"""

from __future__ import annotations

import codecs
import json
import re

from charset_normalizer import from_bytes

# A document file holds text; NUL bytes or many control characters mean it does not.
_SNIFF = 8192
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
_HTML_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|article|section|span|table|meta|title|h[1-6]|text\s)[\s>/]",
    re.IGNORECASE,
)
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?\s*---[ \t]*\r?\n")
# Superset codecs: bytes declared or detected as GB2312/GBK decode as GB18030, Big5 as Big5-HKSCS.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "cp950": "big5hkscs"}

_CHINESE = ["gb18030", "big5", "utf_16", "utf_32"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
# Files a directory walk passes over (each still gets a skipped row): code, configuration, tables,
# office documents, archives and media, which sit beside crawled news but are not articles. Saved
# pages' server suffixes (.php, .asp, .jsp …) are not here: they hold HTML.
NOT_NEWS_SUFFIXES = frozenset(
    {
        # code and notebooks
        ".py", ".pyc", ".pyi", ".ipynb", ".js", ".mjs", ".ts", ".css", ".scss", ".java", ".c", ".h",
        ".cc", ".cpp", ".go", ".rs", ".rb", ".pl", ".sh", ".bat", ".ps1", ".sql", ".r",
        # configuration and logs
        ".toml", ".ini", ".cfg", ".conf", ".yaml", ".yml", ".lock", ".log",
        # tables, office documents, archives, media, binaries
        ".csv", ".tsv", ".xls", ".xlsx", ".doc", ".docx", ".ppt", ".pptx", ".pdf",
        ".zip", ".gz", ".bz2", ".xz", ".tar", ".tgz", ".7z", ".rar",
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp", ".mp3", ".mp4", ".wav",
        ".woff", ".woff2", ".ttf", ".exe", ".dll", ".so", ".o", ".a", ".pkl", ".npy", ".onnx",
    }
)  # fmt: skip


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can tell apart; the message is the skip reason."""


def _codec(name: str) -> str | None:
    """The Python codec for an encoding label, widened to its superset; None for unknown labels."""
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    return _SUPERSETS.get(canonical, canonical)


def _looks_binary(data: bytes) -> bool:
    head = data[:_SNIFF]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head


def _too_many_controls(text: str) -> bool:
    head = text[:_SNIFF]
    return bool(head) and len(_CONTROL.findall(head)) > max(2, len(head) // 100)


def decode(data: bytes) -> tuple[str, str]:
    """Decode a file's bytes; returns (text, codec name) or raises UndecodableError with the reason."""
    if not data.strip():
        raise UndecodableError("empty file")
    if _looks_binary(data):
        raise UndecodableError("binary file (NUL bytes)")
    text: str | None = None
    encoding = ""
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    if text is None:
        for match in _DECLARED.finditer(data[:_SNIFF]):
            codec = _codec(match.group(1).decode("ascii", "replace"))
            if codec is None or codec.startswith("utf"):
                continue
            try:
                text, encoding = data.decode(codec), codec
            except UnicodeDecodeError:
                continue
            break
    if text is None:
        # A Chinese news corpus: try the Chinese code pages first (short GB texts otherwise pass as
        # cp949), then let the detector consider everything.
        best = from_bytes(data, cp_isolation=_CHINESE).best() or from_bytes(data).best()
        codec = _codec(best.encoding) if best is not None else None
        if codec is None:
            raise UndecodableError("undetectable encoding")
        try:
            text, encoding = data.decode(codec), codec
        except UnicodeDecodeError as error:
            raise UndecodableError(f"undetectable encoding ({codec} fails: {error.reason})") from None
    if _too_many_controls(text):
        raise UndecodableError("binary file (control characters)")
    if not text.strip():
        raise UndecodableError("empty file")
    return text, encoding


def has_front_matter(text: str) -> bool:
    """Text opening with a ``---`` line, blank lines before it allowed."""
    return _FRONT_MATTER.match(text) is not None


def looks_html(text: str) -> bool:
    """Markup from its first tag: the text starts with ``<`` and an HTML element opens early."""
    head = text[:_SNIFF].lstrip("\ufeff \t\r\n")
    return head.startswith("<") and _HTML_START.search(head) is not None


def looks_jsonl(text: str) -> bool:
    """The first non-blank line is a JSON object with a ``text`` field."""
    for line in text[:_SNIFF].splitlines():
        if line.strip():
            if not line.lstrip().startswith("{"):
                return False
            break
    else:
        return False
    first = text.lstrip().split("\n", 1)[0]
    try:
        value = json.loads(first)
    except ValueError:
        return False
    return isinstance(value, dict) and "text" in value


def sniff_format(text: str, suffix: str) -> str:
    """One of ``jsonl``, ``frontmatter``, ``html``, ``markdown``, ``txt``."""
    suffix = suffix.lower()
    if suffix in JSONL_SUFFIXES or looks_jsonl(text):
        return "jsonl"
    if has_front_matter(text):
        return "frontmatter"
    if suffix in HTML_SUFFIXES or looks_html(text):
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "txt"
