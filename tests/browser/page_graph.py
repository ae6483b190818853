"""The graph the browser tests draw: built by hand (no model), with a hostile document in it, and
exactly what the page must hold for it."""

from __future__ import annotations

import datetime as dt

from kg.graph import Edge, Evidence, KnowledgeGraph, Node
from kg.ids import IriMinter

M = IriMinter()
XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = '<img src=x onerror="window.__xss=1">'
XSS_CLOSE = "</script><script>window.__xss=1</script><!--"

DOCS = {
    "d1": ("示例新闻一：博览会开幕", dt.date(2024, 11, 5)),
    "d2": ("示例新闻二：学会年会", dt.date(2023, 7, 6)),
    "xss": (f"{XSS_SCRIPT}恶意标题{XSS_IMG}", dt.date(2024, 1, 2)),
}
SENTENCES = {
    "d1-0": ("d1", "工业和信息化部副部长熊继军出席2024世界智能产业博览会并致辞。"),
    "d1-1": ("d1", "博览会由工业和信息化部主办，中国电子学会承办，在天津举行。"),
    "d2-0": ("d2", "中国电子学会理事长徐晓兰主持2024世界智能产业博览会开幕式。"),
    "d2-1": ("d2", "小米集团手机部总经理李明介绍了新产品，他也是2007年图灵奖得主。"),
    "xss-0": ("xss", f"据报道，{XSS_IMG}担任{XSS_SCRIPT}公司总裁。{XSS_CLOSE}"),
}

PERSONS = ["熊继军", "徐晓兰", "李明", XSS_IMG]
ORGS = {
    "工业和信息化部": ("工信部",),
    "中国电子学会": (),
    "小米集团": (),
    "小米集团手机部": (),
    f"{XSS_SCRIPT}公司": (),
}
EVENT = "2024世界智能产业博览会"
SUB_EVENT = "2024世界智能产业博览会开幕式"


def _ev(key: str) -> Evidence:
    doc, sentence = SENTENCES[key]
    return Evidence(M.mention(doc, int(key.rsplit("-", 1)[1])), M.document(doc), sentence, 0, len(sentence))


def page_graph() -> KnowledgeGraph:
    """Persons, organisations (one with an alias, one unit), an event with a sub-event and a place, a
    title held with no organisation, two titles at one organisation, and the XSS document."""
    g = KnowledgeGraph(M.base)
    for doc, (title, date) in DOCS.items():
        g.add_node(Node(M.document(doc), "Document", title, date=date, source=f"{doc}.txt"))
    for name in PERSONS:
        g.add_node(Node(M.person(name), "Person", name))
    for name, aliases in ORGS.items():
        g.add_node(Node(M.org(name), "Organization", name, aliases=aliases))
    g.add_node(
        Node(M.event(EVENT), "Event", EVENT, start_date=dt.date(2024, 11, 5), end_date=dt.date(2024, 11, 7))
    )
    g.add_node(Node(M.event(SUB_EVENT), "Event", SUB_EVENT, start_date=dt.date(2024, 11, 5)))
    g.add_node(Node(M.place("天津"), "Place", "天津"))
    g.add_node(Node(M.role("图灵奖得主"), "Role", "图灵奖得主"))
    g.add_node(Node(M.role("副部长"), "Role", "副部长"))  # no edge ends on it: not drawn

    def holds(person: str, title: str, org: str | None, date: dt.date, ev: str) -> None:
        target = M.org(org) if org else M.role(title)
        g.add_edge(
            Edge(
                M.membership(person, title, org, date),
                "HOLDS",
                M.person(person),
                target,
                title=title,
                role=M.role(title),
                observed_on=date,
                evidence=(_ev(ev),),
            )
        )

    holds("熊继军", "副部长", "工业和信息化部", dt.date(2024, 11, 5), "d1-0")
    holds("熊继军", "司长", "工业和信息化部", dt.date(2019, 3, 1), "d1-0")
    holds("徐晓兰", "理事长", "中国电子学会", dt.date(2023, 7, 6), "d2-0")
    holds("李明", "总经理", "小米集团手机部", dt.date(2023, 7, 6), "d2-1")
    holds("李明", "图灵奖得主", None, dt.date(2023, 7, 6), "d2-1")
    holds(XSS_IMG, f"<b>总裁</b>{XSS_SCRIPT}", f"{XSS_SCRIPT}公司", dt.date(2024, 1, 2), "xss-0")

    def part(type_: str, agent: str, role: str, ev: str) -> None:
        source = M.person(agent) if type_ == "PARTICIPATED_IN" else M.org(agent)
        g.add_edge(
            Edge(
                M.participation(source, M.event(EVENT), role),
                type_,
                source,
                M.event(EVENT),
                role=role,
                evidence=(_ev(ev),),
            )
        )

    part("PARTICIPATED_IN", "熊继军", "致辞", "d1-0")
    part("PARTICIPATED_IN", "徐晓兰", "主持", "d2-0")
    part("ORGANIZED", "工业和信息化部", "主办", "d1-1")
    part("ORGANIZED", "中国电子学会", "承办", "d1-1")
    g.add_edge(
        Edge("unit:xiaomi", "UNIT_OF", M.org("小米集团手机部"), M.org("小米集团"), evidence=(_ev("d2-1"),))
    )
    g.add_edge(Edge("part:open", "PART_OF", M.event(SUB_EVENT), M.event(EVENT), evidence=(_ev("d2-0"),)))
    g.add_edge(Edge("held:tianjin", "HELD_IN", M.event(EVENT), M.place("天津"), evidence=(_ev("d1-1"),)))
    for key, (doc, _) in SENTENCES.items():
        for name in PERSONS:
            if name in SENTENCES[key][1]:
                g.add_edge(
                    Edge(
                        f"{M.mention(doc, int(key[-1]))}#{name}",
                        "MENTIONED_IN",
                        M.person(name),
                        M.document(doc),
                        evidence=(_ev(key),),
                    )
                )
    return g


# What the page must draw: every node but documents and the unused role; every edge but MENTIONED_IN.
EXPECTED_NODES = sorted(
    [M.person(p) for p in PERSONS]
    + [M.org(o) for o in ORGS]
    + [M.event(EVENT), M.event(SUB_EVENT), M.place("天津"), M.role("图灵奖得主")]
)


# (source, target, type, label) of every drawn edge: titles and roles are the labels.
EXPECTED_EDGES = sorted(
    [
        (M.person("熊继军"), M.org("工业和信息化部"), "HOLDS", "副部长"),
        (M.person("熊继军"), M.org("工业和信息化部"), "HOLDS", "司长"),
        (M.person("徐晓兰"), M.org("中国电子学会"), "HOLDS", "理事长"),
        (M.person("李明"), M.org("小米集团手机部"), "HOLDS", "总经理"),
        (M.person("李明"), M.role("图灵奖得主"), "HOLDS", "图灵奖得主"),
        (M.person(XSS_IMG), M.org(f"{XSS_SCRIPT}公司"), "HOLDS", f"<b>总裁</b>{XSS_SCRIPT}"),
        (M.person("熊继军"), M.event(EVENT), "PARTICIPATED_IN", "致辞"),
        (M.person("徐晓兰"), M.event(EVENT), "PARTICIPATED_IN", "主持"),
        (M.org("工业和信息化部"), M.event(EVENT), "ORGANIZED", "主办"),
        (M.org("中国电子学会"), M.event(EVENT), "ORGANIZED", "承办"),
        (M.org("小米集团手机部"), M.org("小米集团"), "UNIT_OF", ""),
        (M.event(SUB_EVENT), M.event(EVENT), "PART_OF", ""),
        (M.event(EVENT), M.place("天津"), "HELD_IN", ""),
    ]
)
