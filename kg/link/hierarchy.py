"""The organisation hierarchy: which organisation is a unit of which (小米集团手机部 unitOf 小米集团).

Extraction states parents (``Membership.org_parent``, ``OrgMention.parent``) from how the name is
built; here the stated pairs of all documents become one forest. Each unit keeps one parent: the one
stated most often, then the longest (most specific) name. A link that would close a cycle is dropped,
so that walking up from any unit always ends at a root. A "unit" that is its parent's name plus a
bare organisation suffix (杭州电子科技 + 大学) is the parent's own full name cut short by extraction,
not a unit, and is no link.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import cache

from kg.resources import load_mapping


def unit_links(
    stated: Iterable[tuple[str, str]], *, canonical: Callable[[str], str] = lambda name: name
) -> dict[str, str]:
    """(unit, parent) pairs as the text states them → unit → parent, one parent per unit, no cycles.

    Both names go through ``canonical`` first (工信部运行监测协调局 and 工业和信息化部运行监测协调局
    are one unit once the alias index says so).
    """
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for unit, parent in stated:
        u, p = canonical(unit), canonical(parent)
        if u and p and u != p and not cut_short(u, p):
            votes[u][p] += 1
    links: dict[str, str] = {}
    for unit in sorted(votes):
        ranked = sorted(votes[unit].items(), key=lambda item: (-item[1], -len(item[0]), item[0]))
        for parent, _ in ranked:
            if unit not in ancestors(links, parent):
                links[unit] = parent
                break
    return links


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(load_mapping("org_suffixes.tsv"))


def cut_short(unit: str, parent: str) -> bool:
    """``unit`` is ``parent`` plus a bare suffix (杭州电子科技 + 大学): one name, not two."""
    return unit.startswith(parent) and unit[len(parent) :] in _suffixes()


def ancestors(links: dict[str, str], name: str) -> list[str]:
    """``name`` and every organisation above it, nearest first."""
    chain = [name]
    while chain[-1] in links and links[chain[-1]] not in chain:
        chain.append(links[chain[-1]])
    return chain


def root(links: dict[str, str], name: str) -> str:
    """The top of ``name``'s tree (the organisation itself when it is no unit)."""
    return ancestors(links, name)[-1]
