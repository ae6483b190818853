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

import bisect
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


@cache
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


class _Dates:
    """Article dates (as day ordinals) of some profiles, sorted, and how many had no date."""

    def __init__(self) -> None:
        self.days: list[int] = []
        self.undated = 0

    def add(self, date: dt.date | None) -> None:
        if date is None:
            self.undated += 1
        else:
            bisect.insort(self.days, date.toordinal())

    def near(self, date: dt.date | None, reach: int) -> int:
        """How many of these dates are less than the window from ``date`` (all, when it has none)."""
        if date is None:
            return len(self.days) + self.undated
        day = date.toordinal()
        dated = bisect.bisect_right(self.days, day + reach) - bisect.bisect_left(self.days, day - reach)
        return max(0, dated) + self.undated  # a window of no days (reach -1) reaches nothing


@cache
def _partners() -> dict[str, frozenset[str]]:
    """Sector → the sectors a post in it conflicts with (sector_conflicts.tsv, both ways)."""
    out: dict[str, set[str]] = defaultdict(set)
    for pair in _conflicting_sectors():
        for x in pair:
            out[x] |= pair - {x} or {x}
    return {x: frozenset(ys) for x, ys in out.items()}


@dataclass(frozen=True)
class _Traits:
    """What of a profile can contradict another one (``contradiction`` without shared context)."""

    sectors: frozenset[str]  # empty when the profile spans both sides of a conflicting pair
    sole: dict[str, frozenset[str]]  # sole title → the trees it is held at

    @classmethod
    def of(cls, profile: Profile) -> _Traits:
        own = _sectors(profile)
        pairs = _conflicting_sectors()
        spans = any(frozenset((x, y)) in pairs for x in own for y in own if x != y)
        sole_titles = load_lexicon("sole_titles.tsv")
        sole: dict[str, set[str]] = defaultdict(set)
        for title, tree in profile.posts:
            if title in sole_titles:
                sole[title].add(tree)
        return cls(frozenset() if spans else own, {t: frozenset(trees) for t, trees in sole.items()})

    def __bool__(self) -> bool:
        return bool(self.sectors or self.sole)


class _Person:
    """The profiles of one person, indexed by what could contradict a newcomer.

    Testing a group against every profile of every person is quadratic in the articles that name
    a person; the index answers "does any profile of this person contradict ``p``?" with a few
    binary searches over dates (see ``contradiction``; profiles of two groups share no context).
    """

    def __init__(self, reach: int) -> None:
        self.profiles: list[Profile] = []
        self.reach = reach
        self.sectors: dict[str, _Dates] = defaultdict(_Dates)
        self.posts: dict[str, _Dates] = defaultdict(_Dates)  # sole title → one date per tree held
        self.trees: dict[tuple[str, str], _Dates] = defaultdict(_Dates)  # (title, tree) → dates

    @property
    def contradictable(self) -> bool:
        return bool(self.sectors or self.posts)

    def add(self, profile: Profile, traits: _Traits) -> None:
        self.profiles.append(profile)
        for x in traits.sectors:
            self.sectors[x].add(profile.date)
        for title, trees in traits.sole.items():
            for tree in trees:
                self.posts[title].add(profile.date)
                self.trees[(title, tree)].add(profile.date)

    def contradicts(self, profile: Profile, traits: _Traits) -> bool:
        partners = _partners()
        for x in traits.sectors:
            for y in partners.get(x, ()):
                if y in self.sectors and self.sectors[y].near(profile.date, self.reach):
                    return True
        for title, trees in traits.sole.items():
            if title not in self.posts:
                continue
            held = self.posts[title].near(profile.date, self.reach)
            same = sum(
                self.trees[(title, t)].near(profile.date, self.reach)
                for t in trees
                if (title, t) in self.trees
            )
            if held > same:  # a post of this title at a tree the profile does not hold it at
                return True
        return False


def cluster(profiles: Iterable[Profile], *, window: dt.timedelta = WINDOW) -> list[list[Profile]]:
    """Profiles of one name → persons (lists of profiles), oldest person first (see the module rule).

    Equal to testing ``contradiction`` for every pair of profiles of a group and a person, done
    through per-person indexes (``_Person``), so that the work grows with the profiles, not their pairs.
    """
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
    # Days apart that are still less than the window apart (|a - b| < window).
    reach = -(-window // dt.timedelta(days=1)) - 1
    persons: list[_Person] = []
    free = 0  # persons nothing can contradict (no sector, no sole post): they fit every group
    for _, group in sorted(groups.items()):
        traits = [(p, _Traits.of(p)) for p in group]
        if len(persons) >= 2 and (free >= 2 or not any(t for _, t in traits)):
            fits: list[_Person] = persons  # two or more fit: the evidence cannot choose
        else:
            fits = [
                person
                for person in persons
                if not (person.contradictable and any(person.contradicts(p, t) for p, t in traits))
            ]
        if len(fits) == 1:
            (person,) = fits
            was_free = not person.contradictable
        else:
            person, was_free = _Person(reach), False
            persons.append(person)
        for p, t in traits:
            person.add(p, t)
        free += (not person.contradictable) - was_free
    return [person.profiles for person in persons]


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
