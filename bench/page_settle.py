"""How long graph.html takes to open and settle in headless Chromium, and whether it then stays still.

    python bench/page_settle.py                      # the seed corpus if ../shared is there, and 2,000 nodes
    python bench/page_settle.py --nodes 5000         # a synthetic graph of that size only
    python bench/page_settle.py --html out/graph.html

"Settled" is the moment the page's layout finished and physics was switched off (``window.kg.settled``).
Two figures per page: ``settle_ms``, the page's own clock from navigation start (parsing the inlined
scripts and data, building the network, stabilising), and ``wall_s``, from the driver's request to the
settled flag as seen from outside. After settling, node positions are read twice a second apart: the
largest movement must be zero. Needs /usr/bin/chromium and /usr/bin/chromedriver (Debian packages).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kg.graph import Edge, Evidence, KnowledgeGraph, Node
from kg.ids import IriMinter

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文辉鑫宇浩晓兰继德海波"
ORG_HEADS = ["科技", "电子", "智能", "数据", "信息", "网络", "机器人", "软件", "通信", "能源", "材料", "生物"]
ORG_TAILS = ["研究院", "集团", "有限公司", "学会", "协会", "大学", "实验室", "创新中心", "委员会"]
TITLES = [
    "董事长",
    "总经理",
    "副总裁",
    "首席执行官",
    "院长",
    "副院长",
    "理事长",
    "秘书长",
    "主任",
    "教授",
    "首席科学家",
]
EVENT_HEADS = ["论坛", "大会", "博览会", "峰会", "年会", "大赛", "开发者大会"]
CITIES = ["北京", "上海", "深圳", "杭州", "苏州", "天津", "广州", "成都", "武汉", "西安", "南京", "合肥"]
ROLES = ["致辞", "主旨报告", "主持", "演讲", "出席", "发布"]
ORGANIZER_ROLES = ["主办", "承办", "协办", "支持", "指导"]


def synthetic_graph(n_nodes: int, *, seed: int = 7) -> KnowledgeGraph:
    """A news-like graph: persons holding titles at organisations (preferential attachment, so a few
    hubs), units of larger organisations, events with organisers, speakers and a city, one sentence
    of evidence per fact. Deterministic for a given size and seed."""
    rng = random.Random(seed)
    m = IriMinter()
    g = KnowledgeGraph(m.base)
    n_org = max(2, n_nodes // 4)
    n_event = max(1, n_nodes // 10)
    n_place = min(len(CITIES), max(1, n_nodes // 50))
    n_person = max(1, n_nodes - n_org - n_event - n_place)
    n_doc = max(1, n_nodes // 20)
    docs = []
    for i in range(n_doc):
        doc = m.document(f"synthetic-{i:05d}")
        g.add_node(
            Node(doc, "Document", f"合成新闻第{i}篇", date=dt.date(2024, 1, 1) + dt.timedelta(days=i % 365))
        )
        docs.append(doc)
    orgs = []
    for i in range(n_org):
        name = f"{CITIES[i % len(CITIES)]}{ORG_HEADS[i % len(ORG_HEADS)]}{ORG_TAILS[i % len(ORG_TAILS)]}{i}"
        orgs.append(g.add_node(Node(m.org(name), "Organization", name)).id)
    places = [g.add_node(Node(m.place(c), "Place", c)).id for c in CITIES[:n_place]]
    events = []
    for i in range(n_event):
        name = f"2024{ORG_HEADS[i % len(ORG_HEADS)]}{EVENT_HEADS[i % len(EVENT_HEADS)]}{i}"
        start = dt.date(2024, 1, 1) + dt.timedelta(days=(i * 7) % 360)
        events.append(g.add_node(Node(m.event(name), "Event", name, start_date=start)).id)
    persons = []
    for i in range(n_person):
        name = f"{SURNAMES[i % len(SURNAMES)]}{GIVEN[(i // len(SURNAMES)) % len(GIVEN)]}{i}"
        persons.append(g.add_node(Node(m.person(name), "Person", name)).id)
    weights = [1.0] * len(orgs)
    mention = 0

    def evidence(text: str) -> tuple[Evidence, ...]:
        nonlocal mention
        mention += 1
        doc = docs[mention % len(docs)]
        return (Evidence(m.mention(doc.rsplit("/", 1)[1], mention), doc, text, 0, len(text)),)

    for i, person in enumerate(persons):
        for _ in range(1 + (rng.random() < 0.3)):
            k = rng.choices(range(len(orgs)), weights=weights)[0]
            weights[k] += 1.0
            title = rng.choice(TITLES)
            text = f"{g.node(orgs[k]).name}{title}{g.node(person).name}出席活动。"  # type: ignore[union-attr]
            g.add_edge(
                Edge(
                    m.membership(person, title, orgs[k], i),
                    "HOLDS",
                    person,
                    orgs[k],
                    title=title,
                    observed_on=dt.date(2024, 1, 1),
                    evidence=evidence(text),
                )
            )
        if rng.random() < 0.4:
            event = rng.choice(events)
            role = rng.choice(ROLES)
            g.add_edge(
                Edge(
                    m.participation(person, event, role),
                    "PARTICIPATED_IN",
                    person,
                    event,
                    role=role,
                    evidence=evidence(f"{g.node(person).name}在会上{role}。"),  # type: ignore[union-attr]
                )
            )
    for i, org in enumerate(orgs[len(orgs) // 5 :]):
        if i % 3 == 0:
            parent = orgs[i % (len(orgs) // 5 or 1)]
            g.add_edge(Edge(f"unit:{i}", "UNIT_OF", org, parent, evidence=evidence("下属单位。")))
    for i, event in enumerate(events):
        g.add_edge(
            Edge(f"held:{i}", "HELD_IN", event, places[i % len(places)], evidence=evidence("在此举办。"))
        )
        for j in range(1 + i % 3):
            org = orgs[(i * 5 + j * 11) % len(orgs)]
            role = ORGANIZER_ROLES[j % len(ORGANIZER_ROLES)]
            g.add_edge(
                Edge(
                    m.participation(org, event, role),
                    "ORGANIZED",
                    org,
                    event,
                    role=role,
                    evidence=evidence(f"本次活动由该机构{role}。"),
                )
            )
    return g


def seed_graph() -> KnowledgeGraph | None:
    """The graph of ../shared/seeds, or None when it is absent or resolves to nothing drawable yet."""
    if not SEEDS.is_dir():
        return None
    from kg.build import build_graph

    graph, _ = build_graph([str(SEEDS)])
    drawable = sum(1 for n in graph.nodes() if n.kind != "Document")
    return graph if drawable else None


def driver(profile: Path, window: str = "1400,900") -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--window-size={window}",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)


def measure(page: Path, *, runs: int, timeout: float = 120.0) -> dict[str, Any]:
    """Open the page ``runs`` times in one browser; medians of the settle figures, and the stillness."""
    profile = tempfile.TemporaryDirectory(prefix="kg-bench-chromium-")
    browser = driver(Path(profile.name))
    try:
        settle_ms, wall_s = [], []
        moved = 0.0
        marks: dict[str, float] = {}
        counts: list[int] = []
        for _ in range(runs):
            browser.get("about:blank")
            started = time.perf_counter()
            browser.get(page.resolve().as_uri())
            while not browser.execute_script("return Boolean(window.kg && window.kg.settled)"):
                if time.perf_counter() - started > timeout:
                    raise TimeoutError(f"{page} did not settle within {timeout} s")
                time.sleep(0.02)
            wall_s.append(time.perf_counter() - started)
            settle_ms.append(float(browser.execute_script("return window.kg.settleMs")))
            marks = browser.execute_script("return window.kg.marks")
            counts = list(browser.execute_script("return [window.kg.nodes.length, window.kg.edges.length]"))
            before = browser.execute_script("return window.kg.network.getPositions()")
            time.sleep(1.0)
            after = browser.execute_script("return window.kg.network.getPositions()")
            moved = max(
                [moved]
                + [abs(after[k]["x"] - v["x"]) + abs(after[k]["y"] - v["y"]) for k, v in before.items()]
            )
        return {
            "page": str(page),
            "bytes": page.stat().st_size,
            "nodes": counts[0],
            "edges": counts[1],
            "runs": runs,
            "settle_ms": round(statistics.median(settle_ms)),
            "wall_s": round(statistics.median(wall_s), 2),
            "max_movement_after_settle_px": round(moved, 3),
            "last_marks_ms": {k: round(v) for k, v in marks.items()},
        }
    finally:
        browser.quit()
        profile.cleanup()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--html", type=Path, help="measure this page instead of building one")
    parser.add_argument("--nodes", type=int, help="only a synthetic graph of this many nodes")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        print("needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)")
        return 2

    from kg.export.html import write_html

    # Pages are kept for a look in a browser; the browser profiles are not.
    work = Path(tempfile.mkdtemp(prefix="kg-bench-page-"))
    pages: list[tuple[str, Path]] = []
    if args.html:
        pages.append(("given", args.html))
    else:
        graphs: list[tuple[str, KnowledgeGraph]] = []
        if args.nodes is None:
            seeds = seed_graph()
            if seeds is not None:
                graphs.append(("seeds", seeds))
            else:
                print("seed corpus absent or not yet resolved to a drawable graph: synthetic only")
        graphs.append((f"synthetic-{args.nodes or 2000}", synthetic_graph(args.nodes or 2000)))
        for name, graph in graphs:
            path = work / f"{name}.html"
            started = time.perf_counter()
            write_html(graph, path)
            print(f"{name}: wrote {path} in {time.perf_counter() - started:.2f} s")
            pages.append((name, path))
    results = {}
    for name, path in pages:
        results[name] = measure(path, runs=args.runs)
        row = results[name]
        print(
            f"{name:>16}: {row['nodes']} nodes, {row['edges']} edges, {row['bytes'] / 1e6:.1f} MB; "
            f"settled {row['settle_ms']} ms after navigation "
            f"(wall {row['wall_s']} s, median of {row['runs']}); "
            f"largest movement after settling {row['max_movement_after_settle_px']} px; "
            f"page marks (ms) {row['last_marks_ms']}"
        )
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
