"""Resolution grows with the mentions, not with their pairs (issue 21: a document repeating one
sentence thousands of times, a name in thousands of articles). Work is counted, not timed."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kg_paths import bench_script

from kg.graph import Evidence
from kg.ids import IriMinter
from kg.link import namesakes, resolve
from kg.link.aliases import defined_aliases
from kg.link.namesakes import Profile, cluster, contradiction
from kg.model import Document, DocumentExtraction, Membership, Participation, Provenance
from kg.text import SHORT_FORM_DEFINITION, normalize_name

M = IriMinter()
DAY = dt.date(2024, 5, 1)


def _repeated(n: int) -> DocumentExtraction:
    """One article stating one membership and one participation in each of ``n`` equal sentences."""
    doc = Document(id="rep", source="rep.txt", text="", date=DAY)
    sentence = "甲公司董事长张三出席峰会并致辞。"
    provs = [Provenance("rep", i, i * 16, i * 16 + 16, sentence) for i in range(n)]
    return DocumentExtraction(
        document=doc,
        persons=("张三",) * n,
        memberships=tuple(Membership("张三", "董事长", "甲公司", p, (3, 5)) for p in provs),
        participations=tuple(Participation("张三", "峰会", "致辞", p) for p in provs),
    )


@pytest.mark.parametrize("n", [2, 3, 40])
def test_n_repeats_are_one_repeat_with_n_pieces_of_evidence(n: int) -> None:
    one, many = resolve([_repeated(1)]), resolve([_repeated(n)])
    assert list(many.nodes()) == list(one.nodes())
    assert [e.id for e in many.edges()] == [e.id for e in one.edges()]
    for single, repeated in zip(one.edges(), many.edges(), strict=True):
        assert repeated.evidence[:1] == single.evidence
        if single.evidence:  # every sentence cites itself, once, in sentence order
            assert [x.id for x in repeated.evidence] == sorted(M.mention("rep", i) for i in range(n))
        else:
            assert repeated == single


def _hashes(monkeypatch: pytest.MonkeyPatch, n: int) -> int:
    calls = [0]
    plain = Evidence.__hash__

    def counted(self: Evidence) -> int:
        calls[0] += 1
        return plain(self)

    monkeypatch.setattr(Evidence, "__hash__", counted)
    resolve([_repeated(n)])
    monkeypatch.setattr(Evidence, "__hash__", plain)
    return calls[0]


def test_evidence_work_is_linear_in_repeats(monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = _hashes(monkeypatch, 500), _hashes(monkeypatch, 1000)
    assert 0 < large <= 2 * small + 10  # add_edge per mention hashed k²/2 pieces of evidence


def _articles(n: int, org: str, title: str = "董事长") -> list[Profile]:
    return [
        Profile("王伟", f"d{i:05d}", DAY, frozenset({f"{org}{i}"}), frozenset({(title, f"{org}{i}")}))
        for i in range(n)
    ]


def _checks(monkeypatch: pytest.MonkeyPatch, profiles: list[Profile]) -> tuple[int, int]:
    """(persons, calls of the per-person test) for clustering ``profiles``."""
    calls = [0]
    plain = namesakes._Person.contradicts

    def counted(self: namesakes._Person, profile: Profile, traits: namesakes._Traits) -> bool:
        calls[0] += 1
        return plain(self, profile, traits)

    monkeypatch.setattr(namesakes._Person, "contradicts", counted)
    persons = cluster(profiles)
    monkeypatch.setattr(namesakes._Person, "contradicts", plain)
    return len(persons), calls[0]


@pytest.mark.parametrize(
    ("profiles", "persons", "max_calls"),
    [
        (_articles(2000, "甲科技有限公司"), 1, 2000),  # one chairman of many companies: one person
        (_articles(1000, "甲科技有限公司") + _articles(1000, "乙市人民政府"), 2, 4000),  # two sectors
        # two namesakes told apart, then 3000 articles that could be either: 3000 more, no test each
        (
            [
                Profile("王伟", "a", DAY, frozenset({"工业和信息化部"})),
                Profile("王伟", "b", DAY, frozenset({"甲科技有限公司"})),
                *(Profile("王伟", f"x{i}") for i in range(3000)),
            ],
            3002,
            2,
        ),
    ],
)
def test_namesake_work_is_linear(
    monkeypatch: pytest.MonkeyPatch, profiles: list[Profile], persons: int, max_calls: int
) -> None:
    found, calls = _checks(monkeypatch, profiles)
    assert found == persons
    assert calls <= max_calls


def _reference(profiles: list[Profile], window: dt.timedelta) -> list[list[Profile]]:
    """The rule of the module docstring, pair by pair (the quadratic form it was first written in)."""
    ordered = sorted(profiles, key=lambda p: (p.order, sorted(p.roots), sorted(p.events)))
    groups: list[list[Profile]] = []
    for profile in ordered:
        joined = [g for g in groups if any(namesakes.shares_context(profile, q) for q in g)]
        merged = [profile] + [q for g in joined for q in g]
        groups = [g for g in groups if g not in joined] + [merged]
    groups.sort(key=lambda g: min(ordered.index(p) for p in g))
    persons: list[list[Profile]] = []
    for group in groups:
        group.sort(key=ordered.index)
        fits = [p for p in persons if not any(contradiction(a, b, window=window) for a in group for b in p)]
        if len(fits) == 1:
            fits[0].extend(group)
        else:
            persons.append(list(group))
    return persons


ORGS = ["工业和信息化部", "甲科技有限公司", "乙集团", "清华大学", "甲市", "乙市", "中国电子学会"]
TITLES = ["市长", "校长", "董事长", "副市长"]
_profile = st.builds(
    lambda doc, roots, posts, events, day: Profile(
        "王伟",
        f"d{doc}",
        None if day is None else DAY + dt.timedelta(days=day),
        frozenset(roots) | {tree for _, tree in posts},
        frozenset(posts),
        frozenset(events),
    ),
    st.integers(0, 10_000),
    st.sets(st.sampled_from(ORGS), max_size=2),
    st.sets(st.tuples(st.sampled_from(TITLES), st.sampled_from(ORGS)), max_size=2),
    st.sets(st.sampled_from(["峰会", "论坛"]), max_size=1),
    st.none() | st.integers(0, 900),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_profile, max_size=12, unique_by=lambda p: p.doc_id), st.sampled_from([365, 100, 1, 0]))
def test_cluster_equals_the_pairwise_rule(profiles: list[Profile], days: int) -> None:
    window = dt.timedelta(days=days)
    assert cluster(profiles, window=window) == _reference(profiles, window)


def _defined_pairwise(text: str, names: list[str]) -> list[tuple[str, str]]:
    """Definitions the way they were first found: every known name tried at every bracket."""
    known = sorted({n for n in names if n}, key=lambda n: (-len(n), n))
    found = []
    for match in SHORT_FORM_DEFINITION.finditer(text):
        full = next((n for n in known if text.endswith(n, 0, match.start())), None)
        short = normalize_name(match.group("short"))
        if full is not None and short != normalize_name(full):
            found.append((short, normalize_name(full)))
    return found


_piece = st.sampled_from(["甲", "乙集团", "大会", "（简称“甲乙”）", "（简称：乙）", "，", "甲乙集团"])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_piece, max_size=15).map("".join),
    st.lists(st.sampled_from(["甲", "乙集团", "甲乙集团", "大会"])),
)
def test_definitions_equal_the_pairwise_search(text: str, names: list[str]) -> None:
    got = [(a.short, a.full) for a in defined_aliases(Document("d", "d.txt", text), names, "org")]
    assert got == _defined_pairwise(text, names)


def test_a_definition_is_found() -> None:  # the property above is not about empty lists only
    assert _defined_pairwise("甲乙集团（简称“甲乙”）", ["乙集团", "甲乙集团"]) == [("甲乙", "甲乙集团")]


def test_every_generated_membership_of_the_bench_is_cited_once() -> None:
    bench = bench_script("scaling")
    records = bench.synthetic(600)
    holds = list(resolve(records).edges("HOLDS"))
    assert sum(len(e.evidence) for e in holds) == 600  # nothing lost, nothing counted twice
    assert len({e.source for e in holds}) > 50  # namesakes told apart: more persons than names
