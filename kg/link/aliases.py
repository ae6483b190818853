"""Short forms and their full names: which names of organisations and events mean the same thing.

Three sources of (short, full) pairs meet here: the definitions extraction found (``AliasMention``,
e.g. （简称“全球智博会”） or 工信部 expanded by the role extractor), the other names an event went by
in one article (``EventMention.aliases``), and the abbreviation table ``resources/abbreviations.tsv``
for a short organisation name written alone. ``defined_aliases`` adds definitions that follow a
known name in the text, in case extraction did not record them.

``alias_index`` joins the names into groups (textacy's "known acronyms as data", scispacy's alias →
concept index). A short form links to its full name only when it is unambiguous across the whole
corpus: 世界人工智能大会 written as a short form of both 2023世界人工智能大会 and
2024世界人工智能大会 merges neither edition; it stays an alternate name of each.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from kg.model import AliasMention, Document
from kg.resources import load_mapping
from kg.text import SHORT_FORM_DEFINITION, normalize_name


@cache
def abbreviations() -> dict[str, str]:
    """The organisation abbreviation table, normalised: 工信部 → 工业和信息化部."""
    return {normalize_name(k): normalize_name(v) for k, v in load_mapping("abbreviations.tsv").items()}


def defined_aliases(document: Document, names: Iterable[str], kind: str) -> list[AliasMention]:
    """Definitions such as 第五届全球智能博览会（简称“全球智博会”） that follow a known name.

    The full form is the longest of ``names`` that ends right before the bracket, so a definition
    after a sentence that names nothing known is ignored rather than guessed.
    """
    known = {n for n in names if n}
    # Longest first; of one length at most one name can end right there. Looking up the text
    # before the bracket at each length keeps this linear in definitions, not definitions × names.
    lengths = sorted({len(n) for n in known}, reverse=True)
    found: list[AliasMention] = []
    for match in SHORT_FORM_DEFINITION.finditer(document.text):
        at = match.start()
        before = (document.text[at - size : at] for size in lengths if size <= at)
        full = next((name for name in before if name in known), None)
        short = normalize_name(match.group("short"))
        if full is not None and short != normalize_name(full):
            found.append(AliasMention(short, normalize_name(full), kind))
    return found


@dataclass(frozen=True)
class AliasIndex:
    """Every name (normalised) → the canonical name of its group, and each group's other names."""

    canonical_of: dict[str, str]
    aliases_of: dict[str, tuple[str, ...]]

    def canonical(self, name: str) -> str:
        key = normalize_name(name)
        return self.canonical_of.get(key, key)

    def aliases(self, name: str) -> tuple[str, ...]:
        return self.aliases_of.get(self.canonical(name), ())


def _find(parent: dict[str, str], name: str) -> str:
    root = name
    while parent[root] != root:
        root = parent[root]
    while parent[name] != root:  # path compression
        parent[name], name = root, parent[name]
    return root


def alias_index(
    names: Iterable[str], pairs: Iterable[tuple[str, str]], *, table: dict[str, str] | None = None
) -> AliasIndex:
    """Group ``names`` (as mentioned, repeats count) through the (short, full) ``pairs``.

    ``table`` entries (short → full) apply to the shorts that occur among ``names``: an article
    that only ever writes 工信部 still yields 工业和信息化部. The canonical name of a group is a name
    that is never used as a short form, preferring the most mentioned, then the longest.
    """
    counts = Counter(normalize_name(n) for n in names if n and n.strip())
    links = {(normalize_name(s), normalize_name(f)) for s, f in pairs if s.strip() and f.strip()}
    for short, full in (table or {}).items():
        if short in counts:
            links.add((short, full))
    links = {(s, f) for s, f in links if s != f}
    targets: dict[str, set[str]] = defaultdict(set)
    for short, full in links:
        targets[short].add(full)
    shorts = set(targets)
    parent: dict[str, str] = {}
    for name in sorted(set(counts) | {n for link in links for n in link}):
        parent[name] = name
    # A short form whose full forms have all joined one group (one of them being a short of the
    # other) is unambiguous after all, so repeat until nothing joins.
    changed = True
    while changed:
        changed = False
        for short in sorted(targets):
            roots = {_find(parent, full) for full in targets[short]}
            a = _find(parent, short)
            if len(roots) == 1 and a not in roots:
                (b,) = roots
                parent[max(a, b)] = min(a, b)
                changed = True
    groups: dict[str, list[str]] = defaultdict(list)
    for name in sorted(parent):
        groups[_find(parent, name)].append(name)
    # An ambiguous short form is still a name its full forms went by (grouped once, not per group).
    ambiguous: dict[str, set[str]] = defaultdict(set)
    for short, fulls in targets.items():
        own = _find(parent, short)
        for full in fulls:
            if _find(parent, full) != own:
                ambiguous[_find(parent, full)].add(short)
    canonical_of: dict[str, str] = {}
    aliases_of: dict[str, tuple[str, ...]] = {}
    for root, members in groups.items():
        heads = [m for m in members if m not in shorts] or members
        head = min(heads, key=lambda m: (-counts[m], -len(m), m))
        others = {m for m in members if m != head} | ambiguous[root]
        for member in members:
            canonical_of[member] = head
        aliases_of[head] = tuple(sorted(others - {head}))
    return AliasIndex(canonical_of, aliases_of)
