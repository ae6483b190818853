"""Bytes → text, and text → format: decided from the content, the extension only breaks ties.

Encodings are never guessed by hand: valid UTF-8 wins (a page declaring gb2312 over UTF-8 bytes is
common), then a charset the bytes declare themselves (``<meta charset>``, the ``encoding=`` of a
corpus wrapper) if the bytes decode strictly with it, then charset-normalizer. Bytes that no
encoding decodes strictly (a GBK article cut one byte short, a few damaged bytes) are decoded with
the candidate that has to replace fewest characters, when those are few; the count goes to
report.json. Random bytes need far more replacements in every candidate, or do not read as text
(charset-normalizer's mess ratio), and stay skipped.
"""

from __future__ import annotations

import codecs
import json
import re
from typing import NamedTuple

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
# Tolerant decoding: the candidates, and the share of characters that may be replaced (one in 200,
# but always a cut final sequence and two or three damaged characters).
_TOLERANT = ("utf-8", "gb18030", "big5hkscs")
_MAX_REPLACED_SHARE = 0.005
_MIN_REPLACED_ALLOWED = 8
_MAX_MESS = 0.2

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


class Decoded(NamedTuple):
    text: str
    encoding: str
    replaced: int = 0  # characters the bytes did not encode, now U+FFFD


def _replacement_bytes(codec: str) -> bytes:
    try:
        return "\ufffd".encode(codec)
    except UnicodeEncodeError:
        return b""


def _tolerant(data: bytes, declared: list[str]) -> Decoded | None:
    """The candidate decoding that replaces fewest characters and reads as text, if it replaces few."""
    from charset_normalizer.md import mess_ratio  # only for files that are not UTF-8

    candidates: list[Decoded] = []
    for codec in dict.fromkeys([*declared, *_TOLERANT]):
        text = data.decode(codec, errors="replace")
        own = _replacement_bytes(codec)
        candidates.append(Decoded(text, codec, text.count("\ufffd") - (data.count(own) if own else 0)))
    for candidate in sorted(candidates, key=lambda c: c.replaced):  # stable: candidates' order breaks ties
        if candidate.replaced > max(_MIN_REPLACED_ALLOWED, _MAX_REPLACED_SHARE * len(candidate.text)):
            return None
        # High bytes read as GB18030 make Han characters of any bytes (Big5 among them): the text
        # must also read as text to charset-normalizer (its own threshold for a plausible decoding).
        if mess_ratio(candidate.text.replace("\ufffd", ""), _MAX_MESS) < _MAX_MESS:
            return candidate
    return None


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


def decode(data: bytes) -> Decoded:
    """Decode a file's bytes, or raise UndecodableError with the reason."""
    if not data.strip():
        raise UndecodableError("empty file")
    if _looks_binary(data):
        raise UndecodableError("binary file (NUL bytes)")
    decoded: Decoded | None = None
    try:
        decoded = Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":  # UTF-8 cut inside its last character
            decoded = Decoded(data[: error.start].decode("utf-8-sig") + "\ufffd", "utf-8", 1)
    declared: list[str] = []
    if decoded is None:
        for match in _DECLARED.finditer(data[:_SNIFF]):
            codec = _codec(match.group(1).decode("ascii", "replace"))
            if codec is None or codec.startswith("utf"):
                continue
            declared.append(codec)
            try:
                decoded = Decoded(data.decode(codec), codec)
            except UnicodeDecodeError:
                continue
            break
    if decoded is None:
        # A Chinese news corpus: try the Chinese code pages first (short GB texts otherwise pass as
        # cp949), then let the detector consider everything.
        from charset_normalizer import from_bytes  # imported by the first file that is not UTF-8

        best = from_bytes(data, cp_isolation=_CHINESE).best() or from_bytes(data).best()
        codec = _codec(best.encoding) if best is not None else None
        reason = "undetectable encoding"
        if codec is not None:
            try:
                decoded = Decoded(data.decode(codec), codec)
            except UnicodeDecodeError as error:
                reason = f"undetectable encoding ({codec} fails: {error.reason})"
        decoded = decoded or _tolerant(data, declared)
        if decoded is None:
            raise UndecodableError(reason)
    if _too_many_controls(decoded.text):
        raise UndecodableError("binary file (control characters)")
    if not decoded.text.strip():
        raise UndecodableError("empty file")
    return decoded


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
        value = json.loads(first, strict=False)
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
