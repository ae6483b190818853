"""Helpers for the Bolt tests: server queries, and the hand-built sample graph (see conftest.py).

A module of its own, because two conftest.py files cannot both be imported as ``conftest``.
"""

from __future__ import annotations

import datetime as dt
import random
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.graph import Edge, Evidence, KnowledgeGraph, Node
from kg.ids import IriMinter, digest

M = IriMinter()
CALL_TIMEOUT = 10.0  # seconds for any test's client call


@dataclass(frozen=True)
class BoltServer:
    uri: str
    process: subprocess.Popen[bytes]  # stopped by its PID at the end of the session
    log: Path


def free_port() -> int:
    """A port free on every interface, below 32768: FalkorDB reads BOLT_PORT as a signed 16-bit number
    and silently starts no Bolt listener above 32767 (the kernel's ephemeral ports start at 32768)."""
    rng = random.Random()
    for _ in range(200):
        port = rng.randrange(20000, 32768)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port between 20000 and 32767")


# Bolt handshake: the magic preamble, then four version proposals (5.7 down to 5.0, then none).
HANDSHAKE = bytes.fromhex("6060b01700070705000000000000000000000000")


def handshake(port: int, timeout: float = 0.1) -> bool:
    """Whether the Bolt server answers a handshake; the connection is then closed without a word.

    FalkorDB 4.16's Bolt listener leaves the NEXT connection's handshake unanswered after a client
    closes a session (the driver's GOODBYE, or a bare TCP connect and close), until that next
    connection gives up. A handshake-only connection does not cause this, and is the one that gives
    up when the listener is in that state, so calling this before each new driver keeps the tests
    independent of the order they run in. (Seen with the driver alternating ok / timeout.)
    """
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(HANDSHAKE)
            return len(s.recv(4)) == 4
    except OSError:
        return False


def port_of(uri: str) -> int:
    return int(uri.rsplit(":", 1)[1])


_DRIVERS: dict[str, Any] = {}


def driver(uri: str) -> Any:
    """The tests' one driver for the server, open for the whole session (closed by the server fixture).

    A driver that closes leaves the server's next handshake unanswered (see ``handshake``): a driver
    per query paid that wait (the handshake's timeout) three or four times a test. This one keeps its connection, so only
    kg push's own driver, which a test opens after a ``handshake``, ever closes one.
    """
    import neo4j

    if uri not in _DRIVERS:
        handshake(port_of(uri))
        _DRIVERS[uri] = neo4j.GraphDatabase.driver(
            uri,
            auth=None,
            connection_timeout=CALL_TIMEOUT,
            max_transaction_retry_time=CALL_TIMEOUT,
            max_connection_pool_size=1,
        )
    return _DRIVERS[uri]


def close_drivers() -> None:
    while _DRIVERS:
        _DRIVERS.popitem()[1].close()


def run(uri: str, cypher: str, **params: Any) -> list[dict[str, Any]]:
    """One auto-commit query with a time limit; the rows as dicts."""
    import neo4j

    records, _, _ = driver(uri).execute_query(neo4j.Query(cypher, timeout=CALL_TIMEOUT), params)
    return [record.data() for record in records]


def run_many(uri: str, queries: list[str]) -> list[list[dict[str, Any]]]:
    """Queries one by one; the rows of each."""
    return [run(uri, q) for q in queries]


def run_all(uri: str, statements: list[str]) -> None:
    """Statements one by one, each in its own auto-commit transaction."""
    for statement in statements:
        run(uri, statement)


def server_counts(uri: str) -> tuple[dict[str, int], dict[str, int]]:
    """Nodes per label and relationships per type, as the server counts them."""
    nodes = run(uri, "MATCH (n) RETURN labels(n)[0] AS label, count(n) AS n")
    rels = run(uri, "MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n")
    return {r["label"]: r["n"] for r in nodes}, {r["type"]: r["n"] for r in rels}


def server_state(uri: str) -> tuple[list[Any], list[Any]]:
    """Every node and relationship with all its properties (dates as strings), sorted."""
    nodes = run(
        uri,
        "MATCH (n) RETURN labels(n) AS labels, n.id AS id, n.name AS name, n.aliases AS aliases, "
        "toString(n.start_date) AS start, toString(n.end_date) AS end, toString(n.date) AS date, "
        "n.url AS url, n.path AS path, keys(n) AS keys",
    )
    rels = run(
        uri,
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, r.id AS id, r.title AS title, "
        "r.role_id AS role_id, r.role AS role, toString(r.observed_on) AS observed_on, r.source AS source, "
        "r.documents AS documents, keys(r) AS keys",
    )

    def key(row: dict[str, Any]) -> str:
        return repr(sorted((k, sorted(v) if k == "keys" else v) for k, v in row.items()))

    return sorted(nodes, key=key), sorted(rels, key=key)


# ---------------------------------------------------------------------------------------------------
# The hand-built sample graph.

# Hostile strings the sample carries through every path: double quotes, commas, semicolons, newlines,
# tabs, emoji, Chinese. Apostrophes and backslashes are in QUOTING below: FalkorDB 4.16 splices Bolt
# parameters into its query text inside '…' without escaping them (an apostrophe ends the string, a
# backslash starts an escape), so kg push sends FalkorDB literals; test_push.py's HOSTILE_TEXTS go further.
HOSTILE_PERSON = '"老王", 逗号 😀 王'
HOSTILE_TITLE = '首席"数智"官, 兼CTO 🤖'
HOSTILE_ORG = '某某"引号"公司,\n北京分部'
HOSTILE_SENTENCE = '他说："第一行,\n第二行"\t😀；中文。'
HOSTILE_ALIASES = ("别名;分号", "第二\r\n行")
# Apostrophes and backslashes (including a backslash before n, which must not become a newline).
QUOTING_PERSON = "O'Brien \\ 反斜杠\\n 不是换行 \\"
QUOTING_TITLE = "C'T'O\\"
QUOTING_SENTENCE = "他说：'O\\'Brien' 在 C:\\new\\table 里。\\"


class GraphBuilder:
    """Small helpers over KnowledgeGraph that mint ids the way kg/ids.py does."""

    def __init__(self) -> None:
        self.graph = KnowledgeGraph(M.base)
        self.sentences = 0

    def node(self, kind: str, name: str, **fields: Any) -> str:
        mint = {
            "Person": M.person,
            "Organization": M.org,
            "Role": M.role,
            "Event": M.event,
            "Place": M.place,
            "Document": M.document,
        }[kind]
        node_id = mint(name)
        self.graph.add_node(Node(node_id, kind, fields.pop("title", name), **fields))
        return node_id

    def evidence(self, doc: str, sentence: str) -> Evidence:
        self.sentences += 1
        return Evidence(
            M.mention(doc.rsplit("/", 1)[1], self.sentences), doc, sentence, self.sentences * 10, 0
        )

    def edge(self, type_: str, source: str, target: str, ev: Evidence | None = None, **fields: Any) -> str:
        edge_id = fields.pop("id", None) or M.iri("mention", digest(type_, source, target))
        self.graph.add_edge(Edge(edge_id, type_, source, target, evidence=(ev,) if ev else (), **fields))
        if ev is not None and type_ != "MENTIONED_IN":
            for end in (source, target):
                self.edge("MENTIONED_IN", end, ev.document)
        return edge_id

    def holds(self, person: str, title: str, org: str | None, doc: str, day: dt.date, sentence: str) -> None:
        role = self.node("Role", title)
        target = org if org is not None else role
        edge_id = M.membership(person, title, org, day)
        self.edge(
            "HOLDS",
            person,
            target,
            self.evidence(doc, sentence),
            id=edge_id,
            title=title,
            role=role,
            observed_on=day,
        )

    def takes_part(self, type_: str, agent: str, event: str, role: str, doc: str, sentence: str) -> None:
        edge_id = M.participation(agent, event, role)
        self.edge(type_, agent, event, self.evidence(doc, sentence), id=edge_id, role=role)


def sample_graph(*, extra_document: bool = False) -> KnowledgeGraph:
    """Two documents (three with ``extra_document``) of people, titles, organisations and events."""
    g = GraphBuilder()
    day_a, day_b = dt.date(2024, 11, 5), dt.date(2025, 3, 1)
    doc_a = g.node(
        "Document",
        "news-a",
        title="智能产业博览会开幕",
        date=day_a,
        url="https://news.example.cn/a?x=1,2",
        source="a.txt",
    )
    doc_b = g.node("Document", "news-b", title='论坛"数字经济"召开', date=day_b, source="b.md")

    zhang = g.node("Person", "张伟")
    li = g.node("Person", "李娜", aliases=("Li Na",))
    wang = g.node("Person", "王芳")
    chen = g.node("Person", "陈静")
    hostile = g.node("Person", HOSTILE_PERSON, aliases=HOSTILE_ALIASES)
    miit = g.node("Organization", "工业和信息化部", aliases=("工信部",))
    xiaomi = g.node("Organization", "小米集团")
    phones = g.node("Organization", "小米集团手机部")
    cie = g.node("Organization", "中国电子学会")
    odd = g.node("Organization", HOSTILE_ORG)
    expo = g.node(
        "Event",
        "2024世界智能产业博览会",
        aliases=("智博会",),
        start_date=dt.date(2024, 6, 20),
        end_date=dt.date(2024, 6, 23),
    )
    sub = g.node("Event", "2024世界智能产业博览会人工智能分论坛", start_date=dt.date(2024, 6, 21))
    forum = g.node("Event", "第七届数字经济论坛", start_date=day_b)
    tianjin = g.node("Place", "天津")

    g.edge("UNIT_OF", phones, xiaomi, g.evidence(doc_a, "小米集团手机部副总裁李娜作报告。"))
    g.edge("PART_OF", sub, expo, g.evidence(doc_a, "博览会人工智能分论坛同日举行。"))
    g.edge("HELD_IN", expo, tianjin, g.evidence(doc_a, "博览会在天津开幕。"))
    g.holds(zhang, "副部长", miit, doc_a, day_a, "工信部副部长张伟出席并致辞。")
    g.holds(li, "副总裁", phones, doc_a, day_a, "小米集团手机部副总裁李娜作报告。")
    g.holds(wang, "总经理", xiaomi, doc_a, day_a, "小米集团总经理王芳出席。")
    g.holds(zhang, "理事长", cie, doc_b, day_b, "中国电子学会理事长张伟致辞。")
    g.holds(chen, "图灵奖得主", None, doc_b, day_b, "图灵奖得主陈静发表主旨报告。")
    g.holds(hostile, HOSTILE_TITLE, odd, doc_b, day_b, HOSTILE_SENTENCE)
    g.takes_part("PARTICIPATED_IN", zhang, expo, "致辞", doc_a, "工信部副部长张伟出席并致辞。")
    g.takes_part("PARTICIPATED_IN", li, sub, "主旨报告", doc_a, "小米集团手机部副总裁李娜作报告。")
    g.takes_part("PARTICIPATED_IN", wang, expo, "出席", doc_a, "小米集团总经理王芳出席。")
    g.takes_part("PARTICIPATED_IN", zhang, forum, "致辞", doc_b, "中国电子学会理事长张伟致辞。")
    g.takes_part("PARTICIPATED_IN", chen, forum, "主旨报告", doc_b, "图灵奖得主陈静发表主旨报告。")
    g.takes_part("ORGANIZED", miit, expo, "主办", doc_a, "博览会由工业和信息化部主办，中国电子学会承办。")
    g.takes_part("ORGANIZED", cie, expo, "承办", doc_a, "博览会由工业和信息化部主办，中国电子学会承办。")
    g.takes_part("ORGANIZED", cie, forum, "主办", doc_b, "论坛由中国电子学会主办。")

    if extra_document:
        day_c = dt.date(2025, 6, 10)
        doc_c = g.node("Document", "news-c", title="研究院揭牌", date=day_c)
        zhao = g.node("Person", "赵磊")
        institute = g.node("Organization", "中国电子学会人工智能研究院")
        g.edge("UNIT_OF", institute, cie, g.evidence(doc_c, "中国电子学会人工智能研究院揭牌。"))
        g.holds(zhao, "院长", institute, doc_c, day_c, "中国电子学会人工智能研究院院长赵磊介绍。")
        # A fact already known, stated again: the relationship gains evidence, nothing new is created.
        g.takes_part("PARTICIPATED_IN", zhang, forum, "致辞", doc_c, "张伟曾在第七届数字经济论坛上致辞。")
    return g.graph


def quoting_graph() -> KnowledgeGraph:
    """One person whose name, title and sentence hold apostrophes and backslashes."""
    g = GraphBuilder()
    day = dt.date(2025, 1, 2)
    doc = g.node("Document", "quoting", title="O'Brien\\", date=day)
    person = g.node("Person", QUOTING_PERSON, aliases=("a'b", "c\\"))
    g.holds(person, QUOTING_TITLE, None, doc, day, QUOTING_SENTENCE)
    return g.graph
