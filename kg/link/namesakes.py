"""Persons who share a name: one node, unless something contradicts it.

News names people without ids, and two different 王伟 are a real risk. Every article that names a
person gives a *profile* (the name, the article's date, the organisations and titles the article
gives the person, the events it puts them at). Within one article a name is one person. Across
articles the rule is:

1. **Shared context merges.** Two profiles that share an organisation tree (the same organisation,
   or units of one parent, hierarchy.py) or an event are one person, whatever else they say.
2. **Otherwise, merge unless contradicted.** Two profiles contradict each other when their
   articles are less than ``window`` apart (or either has no date) and

   - *sectors*: one holds posts only on one side and the other only on the other side of a
     pair of ``resources/sector_conflicts.tsv`` (a civil servant may not hold a post in a company:
     Civil Servant Law of the PRC, art. 59). A profile that already spans both sides is not
     used for this test, since its sectors show that the table does not fit that person; or
   - *sole posts*: both hold the same title of ``resources/sole_titles.tsv`` (市长, 校长 …) at
     organisations of different trees: nobody is mayor of two cities at once.

   Titles change, so articles further apart than ``window`` never contradict each other.
3. **No guessing.** Groups of profiles are taken oldest first; a group joins the one earlier
   person it does not contradict. When it contradicts all of them it is a new person; when it
   could join more than one (a profile with no organisation, after two namesakes were told
   apart), the evidence cannot choose, and it is a new person too.

Deliberately conservative: a person who moved from a company to a ministry within a year is split
(a wrong split costs a missing link; a wrong merge invents facts), and a person named with no
organisation joins a namesake freely (nothing contradicts it).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from kg.resources import load_lexicon, load_rows

WINDOW = dt.timedelta(days=365)


@dataclass(frozen=True)
class Profile:
    """What one article says about one name. ``posts`` are (title, organisation tree root) pairs."""

    name: str
    doc_id: str
    date: dt.date | None = None
    roots: frozenset[str] = frozenset()  # the organisation trees of the person's memberships
    posts: frozenset[tuple[str, str]] = frozenset()
    events: frozenset[str] = frozenset()

    @property
    def order(self) -> tuple[dt.date, str]:
        return (self.date or dt.date.max, self.doc_id)


@cache
def _sector_words() -> tuple[dict[str, str], dict[str, str]]:
    anywhere: dict[str, str] = {}
    at_end: dict[str, str] = {}
    for row in load_rows("org_sectors.tsv"):
        (anywhere if row[2] == "any" else at_end)[row[0]] = row[1]
    return anywhere, at_end


@cache
def _conflicting_sectors() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(row[:2]) for row in load_rows("sector_conflicts.tsv"))


def sector(name: str) -> str | None:
    """The sector of an organisation (``resources/org_sectors.tsv``), or None when its name does not say.

    The word that ends first names the root organisation: 小米集团手机部 is a company's unit.
    """
    anywhere, at_end = _sector_words()
    best: tuple[int, int, str] | None = None
    for word, value in anywhere.items():
        at = name.find(word)
        if at >= 0:
            candidate = (at + len(word), -len(word), value)
            best = candidate if best is None or candidate < best else best
    if best is not None:
        return best[2]
    for size in range(len(name), 0, -1):
        if name[-size:] in at_end:
            return at_end[name[-size:]]
    return None


def _sectors(profile: Profile) -> frozenset[str]:
    return frozenset(s for s in map(sector, profile.roots) if s is not None)


def _sector_conflict(a: Profile, b: Profile) -> bool:
    pairs = _conflicting_sectors()
    sa, sb = _sectors(a), _sectors(b)
    if any(frozenset((x, y)) in pairs for own in (sa, sb) for x in own for y in own if x != y):
        return False  # a profile on both sides of a pair: the table does not fit this person
    return any(frozenset((x, y)) in pairs for x in sa for y in sb)


def _sole_post_conflict(a: Profile, b: Profile) -> bool:
    sole = load_lexicon("sole_titles.tsv")
    held_a: dict[str, set[str]] = defaultdict(set)
    for title, tree in a.posts:
        if title in sole:
            held_a[title].add(tree)
    return any(title in held_a and tree not in held_a[title] for title, tree in b.posts)


def shares_context(a: Profile, b: Profile) -> bool:
    return bool(a.roots & b.roots or a.events & b.events)


def contradiction(a: Profile, b: Profile, *, window: dt.timedelta = WINDOW) -> str | None:
    """Why ``a`` and ``b`` cannot be one person, or None when nothing says so."""
    if shares_context(a, b):
        return None
    if a.date is not None and b.date is not None and abs(a.date - b.date) >= window:
        return None
    if _sector_conflict(a, b):
        return "sectors"
    if _sole_post_conflict(a, b):
        return "sole post"
    return None


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def cluster(profiles: Iterable[Profile], *, window: dt.timedelta = WINDOW) -> list[list[Profile]]:
    """Profiles of one name → persons (lists of profiles), oldest person first (see the module rule)."""
    ordered = sorted(profiles, key=lambda p: (p.order, sorted(p.roots), sorted(p.events)))
    parent = list(range(len(ordered)))
    first_with: dict[tuple[str, str], int] = {}
    for i, profile in enumerate(ordered):
        for key in [("org", r) for r in sorted(profile.roots)] + [
            ("event", e) for e in sorted(profile.events)
        ]:
            if key in first_with:
                a, b = _find(parent, first_with[key]), _find(parent, i)
                parent[max(a, b)] = min(a, b)
            else:
                first_with[key] = i
    groups: dict[int, list[Profile]] = defaultdict(list)
    for i, profile in enumerate(ordered):
        groups[_find(parent, i)].append(profile)
    persons: list[list[Profile]] = []
    for _, group in sorted(groups.items()):
        fits = [
            person
            for person in persons
            if not any(contradiction(p, q, window=window) for p in group for q in person)
        ]
        if len(fits) == 1:
            fits[0].extend(group)
        else:
            persons.append(list(group))
    return persons


def disambiguators(persons: Sequence[Sequence[Profile]]) -> list[str | None]:
    """A readable, stable suffix for each person of one name; None for the first (oldest) one.

    The suffix is the person's first organisation tree, else the first article's id.
    """
    out: list[str | None] = []
    used: set[str] = set()
    for index, person in enumerate(persons):
        if index == 0:
            out.append(None)
            continue
        roots = sorted(r for p in person for r in p.roots)
        base = roots[0] if roots else min(p.doc_id for p in person)
        label, n = base, 2
        while label in used:
            label, n = f"{base}_{n}", n + 1
        used.add(label)
        out.append(label)
    return out
