"""Cross-document resolution: the mentions of every document → one node per person, organisation,
title, event and place, and the relations between them.

``decide`` is pure (mentions in, decisions out): which names of organisations and events are one
thing (aliases.py), which organisation is a unit of which (hierarchy.py), and which mentions of a
name are one person (namesakes.py). ``assemble`` then writes the decisions into a KnowledgeGraph:

- a membership is one HOLDS edge per (person, role, organisation, article date), the role being the
  title without its time word (原社长 → 社长): the same role stated by two articles of one date is
  one membership with two pieces of evidence, and by articles of two dates two memberships, so that
  titles can be followed over time. Each keeps its article's status (current, former, designated,
  ended) and dates (start, end) with its evidence: the same person, role and organisation stated as
  current on one date and former on a later one are two dated statements of one post, and the post's
  status is the latest article's (ontologies/queries/current_holders.rq and .cypher read it so).
  Sentences of one date that disagree keep the status ``_SAME_DAY`` puts first (ended, former,
  current, designated);
- a participation or organiser role is one edge per (agent, event, role);
- each of these cites the sentence it was read from (Evidence → a mention IRI → the document).

The result does not depend on the order of the input: every choice is made on sorted data.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from kg.graph import Edge, Evidence, KnowledgeGraph, Node
from kg.ids import IriMinter
from kg.link.aliases import AliasIndex, abbreviations, alias_index, defined_aliases
from kg.link.hierarchy import root, unit_links
from kg.link.namesakes import Profile, cluster, disambiguators
from kg.model import DocumentExtraction, Provenance, Status
from kg.nlp.script import simplified
from kg.resources import load_lexicon
from kg.text import normalize_name

PersonKey = tuple[str, str | None]  # (name, disambiguator)


@dataclass(frozen=True)
class Resolution:
    """The decisions of resolution, before any node exists."""

    orgs: AliasIndex
    events: AliasIndex
    units: dict[str, str]  # organisation → the organisation it is a unit of
    super_events: dict[str, str]  # event → the larger event it is part of
    persons: dict[tuple[str, str], PersonKey]  # (document id, name) → person

    def person(self, doc_id: str, name: str) -> PersonKey:
        key = normalize_name(name)
        return self.persons.get((doc_id, key), (key, None))


def _org_names(extraction: DocumentExtraction) -> list[str]:
    names = [m.org for m in extraction.memberships if m.org]
    names += [m.org_parent for m in extraction.memberships if m.org_parent]
    names += [o.name for o in extraction.orgs] + [o.parent for o in extraction.orgs if o.parent]
    names += [o.org for o in extraction.organizers]
    return names


def _event_names(extraction: DocumentExtraction) -> list[str]:
    names = [e.name for e in extraction.events] + [e.parent for e in extraction.events if e.parent]
    names += [p.event for p in extraction.participations] + [o.event for o in extraction.organizers]
    return names


def with_definitions(extraction: DocumentExtraction) -> DocumentExtraction:
    """The extraction with the text's definitions (…（简称“X”）) among its aliases, and no text.

    Definitions are the only thing resolution reads from a document's text, so ``kg build`` calls
    this as each document arrives and keeps no text in memory. Without text it changes nothing.
    """
    if not extraction.document.text:
        return extraction
    document = simplified(extraction.document)
    generic = load_lexicon("generic_event_mentions.tsv")
    events = _event_names(extraction) + [alias for e in extraction.events for alias in e.aliases]
    # （以下简称“公司”）: a word that points back (org_references.tsv) is how the text refers to the
    # organisation, not another name of it, so no node carries it as one.
    pointers = load_lexicon("org_references.tsv")
    defined = [
        *(a for a in defined_aliases(document, _org_names(extraction), "org") if a.short not in pointers),
        *(a for a in defined_aliases(document, events, "event") if a.short not in generic),
    ]
    return replace(
        extraction, aliases=extraction.aliases + tuple(defined), document=replace(document, text="")
    )


def _org_index(extractions: Sequence[DocumentExtraction]) -> AliasIndex:
    names: list[str] = []
    pairs: list[tuple[str, str]] = []
    for extraction in extractions:
        names += _org_names(extraction)
        pairs += [(a.short, a.full) for a in extraction.aliases if a.kind == "org"]
    return alias_index(names, pairs, table=abbreviations())


def _event_index(extractions: Sequence[DocumentExtraction]) -> AliasIndex:
    names: list[str] = []
    pairs: list[tuple[str, str]] = []
    for extraction in extractions:
        names += _event_names(extraction)
        pairs += [(alias, e.name) for e in extraction.events for alias in e.aliases]
        pairs += [(a.short, a.full) for a in extraction.aliases if a.kind == "event"]
    return alias_index(names, pairs)


@dataclass
class _Facts:
    """What one article says about one name (mutable while the article is read)."""

    roots: set[str] = field(default_factory=set)
    posts: set[tuple[str, str]] = field(default_factory=set)
    events: set[str] = field(default_factory=set)


def _profiles(
    extractions: Sequence[DocumentExtraction], orgs: AliasIndex, units: dict[str, str], events: AliasIndex
) -> dict[str, list[Profile]]:
    """One profile per (name, document), grouped by name."""
    facts: dict[tuple[str, str], _Facts] = {}
    dates: dict[str, dt.date | None] = {}
    for extraction in extractions:
        doc = extraction.document
        dates[doc.id] = doc.date
        names = [*extraction.persons, *(m.person for m in extraction.memberships)]
        names += [p.person for p in extraction.participations]
        for name in names:
            facts.setdefault((normalize_name(name), doc.id), _Facts())
        for m in extraction.memberships:
            if m.org:
                tree = root(units, orgs.canonical(m.org))
                slot = facts[(normalize_name(m.person), doc.id)]
                slot.roots.add(tree)
                slot.posts.add((normalize_name(m.title), tree))
        for p in extraction.participations:
            facts[(normalize_name(p.person), doc.id)].events.add(events.canonical(p.event))
    profiles: dict[str, list[Profile]] = defaultdict(list)
    for (name, doc_id), slot in sorted(facts.items()):
        profiles[name].append(
            Profile(
                name,
                doc_id,
                dates[doc_id],
                roots=frozenset(slot.roots),
                posts=frozenset(slot.posts),
                events=frozenset(slot.events),
            )
        )
    return profiles


def decide(extractions: Sequence[DocumentExtraction]) -> Resolution:
    """Every resolution decision for these documents (pure: nothing is built)."""
    orgs = _org_index(extractions)
    events = _event_index(extractions)
    stated_units = [
        (m.org, m.org_parent) for x in extractions for m in x.memberships if m.org and m.org_parent
    ]
    stated_units += [(o.name, o.parent) for x in extractions for o in x.orgs if o.parent]
    units = unit_links(stated_units, canonical=orgs.canonical)
    stated_parents = [(e.name, e.parent) for x in extractions for e in x.events if e.parent]
    super_events = unit_links(stated_parents, canonical=events.canonical)
    persons: dict[tuple[str, str], PersonKey] = {}
    for name, profiles in sorted(_profiles(extractions, orgs, units, events).items()):
        people = cluster(profiles)
        for person, suffix in zip(people, disambiguators(people), strict=True):
            for profile in person:
                persons[(profile.doc_id, name)] = (name, suffix)
    return Resolution(orgs, events, units, super_events, persons)


# ---------------------------------------------------------------------------------------------
# Building the graph from the decisions


def _evidence(minter: IriMinter, where: Provenance) -> Evidence:
    return Evidence(
        minter.mention(where.doc_id, where.sentence_index),
        minter.document(where.doc_id),
        where.sentence,
        where.sentence_start,
        where.sentence_end,
    )


def assemble(
    extractions: Sequence[DocumentExtraction], decisions: Resolution, *, minter: IriMinter
) -> KnowledgeGraph:
    """The KnowledgeGraph the decisions describe.

    Documents, then the things they name (organisations, events, roles, people), then the facts;
    every node is added once, with all its values, and linked to the documents that name it.
    """
    graph = KnowledgeGraph(minter.base)
    mentioned: dict[str, set[str]] = defaultdict(set)  # entity IRI → documents naming it
    _add_documents(graph, extractions, minter)
    _add_orgs(graph, extractions, decisions, minter, mentioned)
    _add_events(graph, extractions, decisions, minter, mentioned)
    titles = {normalize_name(m.role) for x in extractions for m in x.memberships} - {""}
    for title in sorted(titles):
        graph.add_node(Node(minter.role(title), "Role", title))
    _add_people(graph, extractions, decisions, minter)
    facts = _Statements()
    for extraction in extractions:
        _state_facts(facts, extraction, decisions, minter, mentioned)
    facts.write(graph)
    for entity, docs in sorted(mentioned.items()):
        for doc_iri in sorted(docs):
            if entity in graph and doc_iri in graph:
                _link(graph, entity, "MENTIONED_IN", doc_iri)
    return graph


def _add_documents(
    graph: KnowledgeGraph, extractions: Sequence[DocumentExtraction], minter: IriMinter
) -> None:
    for extraction in sorted(extractions, key=lambda x: x.document.id):
        doc = extraction.document
        graph.add_node(
            Node(
                minter.document(doc.id),
                "Document",
                normalize_name(doc.title) if doc.title else doc.id,
                date=doc.date,
                url=doc.url,
                source=doc.source,
            )
        )


def _add_orgs(
    graph: KnowledgeGraph,
    extractions: Sequence[DocumentExtraction],
    decisions: Resolution,
    minter: IriMinter,
    mentioned: dict[str, set[str]],
) -> None:
    """The organisations of memberships and organisers, and the units with their parents."""
    orgs = decisions.orgs
    org_names: set[str] = set()
    for extraction in extractions:
        doc_iri = minter.document(extraction.document.id)
        for m in extraction.memberships:
            if m.org:
                org_names.add(orgs.canonical(m.org))
                mentioned[minter.org(orgs.canonical(m.org))].add(doc_iri)
        for o in extraction.organizers:
            org_names.add(orgs.canonical(o.org))
            mentioned[minter.org(orgs.canonical(o.org))].add(doc_iri)
    org_names |= set(decisions.units) | set(decisions.units.values())
    for name in sorted(org_names):
        graph.add_node(Node(minter.org(name), "Organization", name, aliases=orgs.aliases(name)))
    for unit, parent in sorted(decisions.units.items()):
        _link(graph, minter.org(unit), "UNIT_OF", minter.org(parent))


def _add_people(
    graph: KnowledgeGraph, extractions: Sequence[DocumentExtraction], decisions: Resolution, minter: IriMinter
) -> None:
    """One node per resolved person, with the Traditional forms the articles wrote as aliases."""
    people = {
        decisions.person(x.document.id, name)
        for x in extractions
        for name in [*x.persons, *(m.person for m in x.memberships), *(p.person for p in x.participations)]
    }
    written: dict[str, set[str]] = defaultdict(set)  # the Traditional forms of names
    for x in extractions:
        for a in x.aliases:
            if a.kind == "person":
                written[a.full].add(a.short)
    for name, suffix in sorted(people, key=lambda k: (k[0], k[1] or "")):
        forms = tuple(sorted(written.get(name, ())))
        graph.add_node(Node(minter.person(name, suffix), "Person", name, aliases=forms))


def _state_facts(
    facts: _Statements,
    extraction: DocumentExtraction,
    decisions: Resolution,
    minter: IriMinter,
    mentioned: dict[str, set[str]],
) -> None:
    """One document's memberships and event roles, as statements with their evidence."""
    orgs, events = decisions.orgs, decisions.events
    doc = extraction.document
    doc_iri = minter.document(doc.id)

    def person_iri(name: str, doc_id: str = doc.id) -> str:
        return minter.person(*decisions.person(doc_id, name))

    for name in extraction.persons:
        mentioned[person_iri(name)].add(doc_iri)
    for m in extraction.memberships:
        title = normalize_name(m.role)
        org = minter.org(orgs.canonical(m.org)) if m.org else None
        role = minter.role(title) if title else None
        target = org or role
        if target is None:
            continue  # neither title nor organisation: nothing to state
        person = person_iri(m.person)
        mentioned[person].add(doc_iri)
        facts.add(
            Edge(
                minter.membership(person, title, org, doc.date.isoformat() if doc.date else None),
                "HOLDS",
                person,
                target,
                title=title,
                role=role,
                observed_on=doc.date,
                evidence=(_evidence(minter, m.provenance),),
                status=m.status,
                start=m.start,
                end=m.end,
            )
        )
    for p in extraction.participations:
        person, event = person_iri(p.person), minter.event(events.canonical(p.event))
        mentioned[person].add(doc_iri)
        mentioned[event].add(doc_iri)
        _event_role(facts, minter, "PARTICIPATED_IN", person, event, p.role, p.provenance)
    for o in extraction.organizers:
        org, event = minter.org(orgs.canonical(o.org)), minter.event(events.canonical(o.event))
        mentioned[event].add(doc_iri)
        _event_role(facts, minter, "ORGANIZED", org, event, o.role, o.provenance)


class _Statements:
    """The n-ary facts (memberships, event roles) of all documents, one per edge id, with the
    evidence of every mention of each, written into the graph once.

    ``KnowledgeGraph.add_edge`` merges evidence too, but by rebuilding the edge's evidence on each
    call: a fact stated k times would cost O(k²) (a document repeating one sentence thousands of
    times took minutes). Gathered here, each piece of evidence is handled once.
    """

    def __init__(self) -> None:
        self._edges: dict[str, Edge] = {}
        self._evidence: dict[str, dict[Evidence, None]] = {}

    def add(self, edge: Edge) -> None:
        if edge.id not in self._edges:
            self._edges[edge.id] = edge
            self._evidence[edge.id] = {}
        elif edge.type == "HOLDS":
            self._edges[edge.id] = _same_day(self._edges[edge.id], edge)
        self._evidence[edge.id].update(dict.fromkeys(edge.evidence))

    def write(self, graph: KnowledgeGraph) -> None:
        """Each fact as one edge, its evidence deduplicated and sorted by mention IRI (as add_edge)."""
        for edge_id, edge in self._edges.items():
            evidence = tuple(sorted(self._evidence[edge_id], key=lambda e: e.id))
            graph.add_edge(replace(edge, evidence=evidence))


# Of the statuses one article's sentences give one membership, the one it keeps: a leaving or a
# former post is news the other sentences do not undo (董事长某某…某某辞去董事长职务), and a post
# held outweighs one only to be taken up (拟任 … 任).
_SAME_DAY = (Status.ENDED, Status.FORMER, Status.CURRENT, Status.DESIGNATED)


def _same_day(old: Edge, new: Edge) -> Edge:
    """One membership stated twice by articles of one date: the status _SAME_DAY keeps, and every
    start and end date either states."""
    status = min(old.status or Status.CURRENT, new.status or Status.CURRENT, key=_SAME_DAY.index)
    return replace(old, status=status, start=old.start or new.start, end=old.end or new.end)


def _event_role(
    facts: _Statements, minter: IriMinter, type_: str, agent: str, event: str, role: str, where: Provenance
) -> None:
    """A person's part in an event or an organisation's role for it, with the sentence that says so."""
    evidence = (_evidence(minter, where),)
    facts.add(
        Edge(minter.participation(agent, event, role), type_, agent, event, role=role, evidence=evidence)
    )


def _link(graph: KnowledgeGraph, source: str, type_: str, target: str) -> None:
    """A plain relation (no n-ary fact of its own): its id says what it joins."""
    graph.add_edge(Edge(f"{source} {type_} {target}", type_, source, target))


def _add_events(
    graph: KnowledgeGraph,
    extractions: Sequence[DocumentExtraction],
    decisions: Resolution,
    minter: IriMinter,
    mentioned: dict[str, set[str]],
) -> None:
    """Event nodes with the names, dates and places of all their mentions; places; sub-events."""
    events = decisions.events
    forms: dict[str, set[str]] = defaultdict(set)
    starts: dict[str, list[dt.date]] = defaultdict(list)
    ends: dict[str, list[dt.date]] = defaultdict(list)
    places: dict[str, Counter[str]] = defaultdict(Counter)
    for extraction in extractions:
        doc_iri = minter.document(extraction.document.id)
        for name in _event_names(extraction):
            forms[events.canonical(name)].add(normalize_name(name))
        for e in extraction.events:
            name = events.canonical(e.name)
            mentioned[minter.event(name)].add(doc_iri)
            forms[name].update(normalize_name(a) for a in (e.name, *e.aliases))
            if e.start_date:
                starts[name].append(e.start_date)
            if e.end_date or e.start_date:
                ends[name].append(e.end_date or e.start_date)  # type: ignore[arg-type]
            if e.location:
                places[name][normalize_name(e.location)] += 1
    for child, parent in decisions.super_events.items():
        forms.setdefault(child, set())
        forms.setdefault(parent, set())
    for name in sorted(forms):
        aliases = tuple(sorted((forms[name] | set(events.aliases(name))) - {name}))
        # An event spans every day any article gives it: 5月20日 in one, 5月20日至22日 in another.
        graph.add_node(
            Node(
                minter.event(name),
                "Event",
                name,
                aliases=aliases,
                start_date=min(starts[name]) if starts[name] else None,
                end_date=max(ends[name]) if ends[name] else None,
            )
        )
        for place in sorted(places[name]):
            graph.add_node(Node(minter.place(place), "Place", place))
            _link(graph, minter.event(name), "HELD_IN", minter.place(place))
    for child, parent in sorted(decisions.super_events.items()):
        _link(graph, minter.event(child), "PART_OF", minter.event(parent))


def resolve_extractions(
    extractions: Iterable[DocumentExtraction], *, minter: IriMinter | None = None
) -> KnowledgeGraph:
    """``decide`` then ``assemble``: the one graph of all these documents."""
    items = [with_definitions(x) for x in extractions]
    return assemble(items, decide(items), minter=minter or IriMinter())
