"""The only place that mints node IRIs; the RDF and Neo4j exports share them.

IRIs are readable (``…/person/熊继军``) and stable: they depend on the resolved name or on the
content of the fact, never on the order documents were read in. Characters an IRI may not hold
(space, quotes, angle brackets …) are percent-encoded.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from kg.text import normalize_name

DEFAULT_BASE_IRI = "http://kg.example.org/resource/"
KINDS = (
    "person",
    "org",
    "role",
    "event",
    "place",
    "doc",
    "membership",
    "interval",
    "instant",
    "participation",
    "mention",
)
# ASCII characters kept as they are in a path segment (RFC 3987 iunreserved and harmless sub-delims).
_SAFE_ASCII = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@")

# Any character _segment encodes but for the unprintable ones (str.isprintable tests those).
_UNSAFE = re.compile(
    "[\\s" + re.escape("".join(chr(c) for c in range(128) if chr(c) not in _SAFE_ASCII)) + "]"
)


def _segment(value: str) -> str:
    """A path segment: ASCII outside the safe set and any Unicode space are percent-encoded."""
    name = normalize_name(value)
    if name.isprintable() and _UNSAFE.search(name) is None:
        return name  # nothing to encode: most names and every minted key (one IRI per mention)
    out = []
    for ch in name:
        if (ch.isascii() and ch not in _SAFE_ASCII) or ch.isspace() or not ch.isprintable():
            out.append(quote(ch, safe=""))
        else:
            out.append(ch)
    return "".join(out)


def digest(*parts: object) -> str:
    """A short content hash, for nodes with no name of their own (memberships, mentions)."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class IriMinter:
    """Mints IRIs under one base; ``kg build --base-iri`` chooses the base."""

    def __init__(self, base: str = DEFAULT_BASE_IRI) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def iri(self, kind: str, key: str) -> str:
        if kind not in KINDS:
            raise ValueError(f"unknown node kind {kind!r}")
        return f"{self.base}{kind}/{_segment(key)}"

    def person(self, name: str, disambiguator: str | None = None) -> str:
        return self.iri("person", name if not disambiguator else f"{name}_{disambiguator}")

    def org(self, name: str) -> str:
        return self.iri("org", name)

    def role(self, title: str) -> str:
        return self.iri("role", title or "_")

    def event(self, name: str) -> str:
        return self.iri("event", name)

    def place(self, name: str) -> str:
        return self.iri("place", name)

    def document(self, doc_id: str) -> str:
        return self.iri("doc", doc_id)

    def mention(self, doc_id: str, sentence_index: int) -> str:
        return self.iri("mention", f"{doc_id}-{sentence_index}")

    def membership(self, person: str, title: str, org: str | None, observed_on: object) -> str:
        return self.iri("membership", digest(person, title, org, observed_on))

    def interval(self, membership: str) -> str:
        """The OWL-Time interval a membership holds during (org:memberDuring), one per membership."""
        return self.iri("interval", digest(membership))

    def instant(self, day: object) -> str:
        """The OWL-Time instant of one day, shared by every interval that begins or ends on it."""
        return self.iri("instant", str(day))

    def participation(self, agent: str, event: str, role: str) -> str:
        return self.iri("participation", digest(agent, event, role))
