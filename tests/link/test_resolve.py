"""Resolution on hand-made records (tests/fixtures/graph/records.py): merges, units, dates, namesakes."""

from __future__ import annotations

import datetime as dt
import random
import sys

import pytest
from kg_paths import FIXTURES

from kg.export.rdf import turtle
from kg.graph import KnowledgeGraph
from kg.ids import IriMinter
from kg.link import resolve
from kg.link.hierarchy import unit_links

sys.path.insert(0, str(FIXTURES / "graph"))
from records import extractions  # noqa: E402

M = IriMinter()


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    return resolve(extractions())


def _names(graph: KnowledgeGraph, kind: str) -> list[str]:
    return [n.name for n in graph.nodes(kind)]


@pytest.mark.parametrize(
    ("kind", "name", "count"),
    [
        ("Organization", "工业和信息化部", 1),  # 工信部 in article b merges into it
        ("Organization", "工信部", 0),  # …and is no node of its own
        ("Person", "徐晓兰", 1),  # two titles, two articles: one person
        ("Person", "王伟", 2),  # mayor of 甲市 and mayor of 乙市: two people
        ("Event", "第三届数字经济合作大会", 1),  # 数合会 in article b is the same event
        ("Event", "数合会", 0),
        ("Role", "市长", 1),  # one node per title
        ("Place", "杭州", 1),
        ("Organization", "小米集团", 1),  # the parent of a unit exists though no article names it alone
    ],
)
def test_one_node_per_thing(graph: KnowledgeGraph, kind: str, name: str, count: int) -> None:
    assert _names(graph, kind).count(name) == count


def test_alias_is_an_alternate_name(graph: KnowledgeGraph) -> None:
    org = graph.node(M.org("工业和信息化部"))
    event = graph.node(M.event("第三届数字经济合作大会"))
    assert org is not None and "工信部" in org.aliases
    assert event is not None and "数合会" in event.aliases


@pytest.mark.parametrize(
    ("type_", "source", "target"),
    [
        ("UNIT_OF", M.org("小米集团手机部"), M.org("小米集团")),
        ("PART_OF", M.event("第三届数字经济合作大会数据要素分论坛"), M.event("第三届数字经济合作大会")),
        ("HELD_IN", M.event("第三届数字经济合作大会"), M.place("杭州")),
        ("ORGANIZED", M.org("工业和信息化部"), M.event("第三届数字经济合作大会")),
        ("HOLDS", M.person("李明"), M.role("2007年图灵奖得主")),  # a title with no organisation
        ("MENTIONED_IN", M.person("徐晓兰"), M.document("b")),
    ],
)
def test_links(graph: KnowledgeGraph, type_: str, source: str, target: str) -> None:
    assert any(e.source == source and e.target == target for e in graph.edges(type_))


def test_one_person_two_titles_on_two_dates(graph: KnowledgeGraph) -> None:
    held = sorted(
        (e.observed_on, e.title, e.target) for e in graph.edges("HOLDS") if e.source == M.person("徐晓兰")
    )
    assert held == [
        (dt.date(2024, 5, 20), "理事长", M.org("中国电子学会")),
        (dt.date(2024, 6, 12), "副部长", M.org("工业和信息化部")),
    ]


def test_namesakes_kept_apart_each_with_own_post(graph: KnowledgeGraph) -> None:
    posts = {
        (e.source, e.target)
        for e in graph.edges("HOLDS")
        if graph.node(e.source).name == "王伟"  # type: ignore[union-attr]
    }
    assert len({source for source, _ in posts}) == 2
    assert {target for _, target in posts} == {M.org("甲市"), M.org("乙市")}


def test_every_fact_cites_its_sentence(graph: KnowledgeGraph) -> None:
    facts = [e for e in graph.edges() if e.type in ("HOLDS", "PARTICIPATED_IN", "ORGANIZED")]
    assert facts and all(e.evidence for e in facts)
    texts = {x.document.id: x for x in extractions()}
    for edge in facts:
        for ev in edge.evidence:
            doc_id = ev.document.rsplit("/", 1)[-1]
            assert texts[doc_id].document.text[ev.start : ev.end] == ev.sentence


def test_input_order_does_not_matter() -> None:
    records = extractions()
    expected = turtle(resolve(records))
    for seed in range(3):
        shuffled = list(records)
        random.Random(seed).shuffle(shuffled)
        assert turtle(resolve(shuffled)) == expected


def test_base_iri_is_configurable() -> None:
    graph = resolve(extractions(), minter=IriMinter("https://example.com/kg"))
    assert all(n.id.startswith("https://example.com/kg/") for n in graph.nodes())


@pytest.mark.parametrize(
    ("unit", "parent", "linked"),
    [
        ("小米集团手机部", "小米集团", True),
        ("科技部高新技术司", "科技部", True),
        ("杭州电子科技大学", "杭州电子科技", False),  # the university's own name cut short
        ("某某集团", "某某", False),
    ],
)
def test_a_name_cut_short_is_no_unit(unit: str, parent: str, linked: bool) -> None:
    assert (unit in unit_links([(unit, parent)])) is linked


# fmt: off
# (text, org named in it, short forms the graph must know for it)
DEFINITION_CASES = [
    ("甲乙丙科技发展有限公司（以下简称“甲乙丙”）今天发布新品。", "甲乙丙科技发展有限公司", ("甲乙丙",)),
    ("甲乙丙科技发展有限公司今天发布新品。", "甲乙丙科技发展有限公司", ()),
    ("会议（简称“年会”）在北京举行。甲乙丙科技发展有限公司参加。", "甲乙丙科技发展有限公司", ()),
    ("甲乙丙科技发展有限公司（以下简称“公司”）今天发布新品。", "甲乙丙科技发展有限公司", ()),
    ("甲乙丙银行股份有限公司（以下简称“本行”）今天发布年报。", "甲乙丙银行股份有限公司", ()),
]
# fmt: on


@pytest.mark.parametrize(("text", "org", "shorts"), DEFINITION_CASES)
def test_resolve_with_definitions_keeps_the_text_s_definitions_without_the_text(
    text: str, org: str, shorts: tuple[str, ...]
) -> None:
    from kg.link import with_definitions
    from kg.model import Document, DocumentExtraction, OrgMention, Provenance

    where = Provenance("d", 0, 0, len(text), text)
    extraction = DocumentExtraction(
        document=Document(id="d", source="d.txt", text=text), orgs=(OrgMention(org, where, (0, len(org))),)
    )
    light = with_definitions(extraction)
    assert light.document.text == ""
    assert tuple(a.short for a in light.aliases) == shorts
    assert with_definitions(light) == light
    assert turtle(resolve([light])) == turtle(resolve([extraction]))
