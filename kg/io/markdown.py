"""Markdown → plain text with paragraphs kept, and YAML front matter → title, date, url.

Front matter also sits on top of HTML (blog exports saved as .txt); the caller sends such bodies to
the HTML reader. Malformed front matter raises ``FrontMatterError`` so the input is reported, not
half-read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from kg.io.dates import parse_date

_OPEN = re.compile(r"---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "td", "th")
_SPACE = re.compile(r"[ \t\r\f\v]+")


class FrontMatterError(ValueError):
    """The ``---`` block is not a closed YAML mapping; the message is the skip reason."""


@dataclass(frozen=True)
class FrontMatter:
    metadata: dict[str, Any]
    body: str

    @property
    def title(self) -> str | None:
        value = self.metadata.get("title")
        return str(value).strip() or None if value is not None else None

    @property
    def date(self) -> dt.date | None:
        return parse_date(self.metadata.get("date"))

    @property
    def url(self) -> str | None:
        for key in ("url", "link", "source", "canonical_url"):
            value = self.metadata.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
        return None


def split_front_matter(text: str) -> FrontMatter:
    """Metadata and body of a text that opens (blank lines allowed) with a ``---`` block."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if _OPEN.match(stripped) is None:
        raise FrontMatterError("malformed front matter: no opening ---")
    start = stripped.index("\n") + 1
    close = _CLOSE.search(stripped, start)
    if close is None:
        raise FrontMatterError("malformed front matter: no closing ---")
    import frontmatter  # with yaml, a tenth of a second to import: only when a document has front matter
    import yaml

    try:
        post = frontmatter.loads(stripped)
    except yaml.YAMLError as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise FrontMatterError(f"malformed front matter: {reason}") from None
    except (ValueError, TypeError) as error:
        raise FrontMatterError(f"malformed front matter: {error}") from None
    if not isinstance(post.metadata, dict) or (not post.metadata and stripped[start : close.start()].strip()):
        raise FrontMatterError("malformed front matter: not a YAML mapping")
    return FrontMatter(metadata=dict(post.metadata), body=post.content)


def markdown_to_text(source: str) -> tuple[str, str | None]:
    """Plain text (one block per line) and the first level-1 heading, if any."""
    # Imported here: kg.io is imported by every build, most of whose inputs are plain text.
    from lxml import html as lxml_html
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").enable("table").render(source)
    if not rendered.strip():
        return "", None
    tree = lxml_html.fragment_fromstring(rendered, create_parent="div")
    blocks: list[str] = []
    heading: str | None = None
    for element in tree.iter(*_BLOCKS):
        if any(ancestor.tag in _BLOCKS for ancestor in element.iterancestors()):
            continue
        text = element.text_content()
        lines = (_SPACE.sub(" ", line).strip() for line in text.splitlines())
        block = "\n".join(line for line in lines if line)
        if not block:
            continue
        if heading is None and element.tag == "h1":
            heading = block
        blocks.append(block)
    return "\n".join(blocks), heading
