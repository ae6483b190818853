"""graph.html in a real browser: it opens from disk with networking off, logs no error, holds exactly
the graph's nodes and edges, finds people by name, shows provenance on hover, filters by type, stays
still once settled, and never runs the markup a hostile document carries."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from page_graph import EVENT, EXPECTED_EDGES, EXPECTED_NODES, XSS_IMG, XSS_SCRIPT, M, page_graph

from kg.export.html import write_html

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("page") / "graph.html"
    write_html(page_graph(), path)
    return path


def open_page(driver: Any, page: Path, timeout: float = 30.0) -> None:
    driver.get("about:blank")
    driver.get_log("browser")  # drop what an earlier test left
    driver.get_log("performance")
    driver.get(page.as_uri())
    started = time.monotonic()
    while not driver.execute_script("return Boolean(window.kg && window.kg.settled)"):
        assert time.monotonic() - started < timeout, "the page never settled"
        time.sleep(0.05)


def errors(driver: Any) -> list[dict[str, Any]]:
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def requested_urls(driver: Any) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def test_page_opens_offline_without_console_errors(chromium: Any, page: Path) -> None:
    open_page(chromium, page)
    assert errors(chromium) == []
    assert [url for url in requested_urls(chromium) if not url.startswith(("file:", "data:"))] == []
    assert chromium.execute_script("return typeof vis") == "object"


def test_page_network_holds_exactly_the_graph(chromium: Any, page: Path) -> None:
    open_page(chromium, page)
    nodes = chromium.execute_script("return window.kg.network.body.data.nodes.getIds()")
    assert sorted(nodes) == EXPECTED_NODES
    edges = chromium.execute_script(
        "return window.kg.network.body.data.edges.get().map(e => [e.from, e.to, e.type, e.label])"
    )
    assert sorted(tuple(e) for e in edges) == EXPECTED_EDGES
    # and vis-network really drew them: every node has a position on the canvas
    positions = chromium.execute_script("return window.kg.network.getPositions()")
    assert sorted(positions) == EXPECTED_NODES


# fmt: off
SEARCHES = [
    ("熊继军", [M.person("熊继军")]),
    ("  徐晓兰 ", [M.person("徐晓兰")]),             # surrounding spaces are ignored
    ("工信部", [M.org("工业和信息化部")]),            # an alias finds its organisation
    ("小米集团", [M.org("小米集团")]),                 # an exact name wins over the longer 小米集团手机部
    ("图灵奖", [M.role("图灵奖得主")]),               # no exact name: every partial match
    (XSS_IMG, [M.person(XSS_IMG)]),
    ("不存在的人", []),
]
# fmt: on


@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_page_search_selects_the_named_node(
    chromium: Any, page: Path, query: str, expected: list[str]
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    open_page(chromium, page)
    box = chromium.find_element(By.ID, "kg-search")
    box.send_keys(query + Keys.ENTER)
    selected = chromium.execute_script("return window.kg.network.getSelectedNodes()")
    assert sorted(selected) == sorted(expected)
    status = chromium.find_element(By.ID, "kg-status").text
    assert status == (f"{len(expected)} match(es)" if expected else "no match")
    if expected:  # the details panel shows the first match
        name = chromium.execute_script("return window.kg.nodes.get(arguments[0]).name", expected[0])
        assert name in chromium.find_element(By.ID, "kg-details-body").text
    assert chromium.execute_script("return window.__xss") is None


def hover(driver: Any, node_id: str) -> str:
    """Move the real mouse onto a node; returns the tooltip's text."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    canvas = driver.find_element(By.CSS_SELECTOR, "#kg-network canvas")
    x, y, width, height = driver.execute_script(
        "const n = window.kg.network; const p = n.canvasToDOM(n.getPosition(arguments[0]));"
        "const c = arguments[1]; return [p.x, p.y, c.clientWidth, c.clientHeight];",
        node_id,
        canvas,
    )
    ActionChains(driver).move_to_element_with_offset(canvas, 0, 0).perform()
    ActionChains(driver).move_to_element_with_offset(
        canvas, round(x - width / 2), round(y - height / 2)
    ).perform()
    started = time.monotonic()
    while not driver.execute_script("return !document.getElementById('kg-tip').hidden"):
        assert time.monotonic() - started < 5, f"no tooltip over {node_id}"
        time.sleep(0.05)
    text: str = driver.find_element(By.ID, "kg-tip").text
    return text


def test_page_hover_shows_sentences_and_documents(chromium: Any, page: Path) -> None:
    open_page(chromium, page)
    text = hover(chromium, M.person("熊继军"))
    assert "熊继军" in text
    assert "工业和信息化部副部长熊继军出席2024世界智能产业博览会并致辞。" in text
    assert "示例新闻一：博览会开幕 · 2024-11-05" in text


def test_page_hostile_document_stays_text(chromium: Any, page: Path) -> None:
    from selenium.webdriver.common.by import By

    open_page(chromium, page)
    text = hover(chromium, M.person(XSS_IMG))
    assert XSS_IMG in text and XSS_SCRIPT in text  # shown literally, as text
    chromium.execute_script("window.kg.search(arguments[0])", XSS_IMG)
    details = chromium.find_element(By.ID, "kg-details-body").text
    assert XSS_IMG in details
    # the edge tooltip (title with markup) and the document title, built for every hostile edge
    for edge_id in chromium.execute_script("return window.kg.edges.getIds()"):
        chromium.execute_script("document.body.appendChild(window.kg.describeEdge(arguments[0]))", edge_id)
    time.sleep(0.3)
    assert chromium.execute_script("return window.__xss") is None
    assert chromium.execute_script("return document.querySelectorAll('img').length") == 0
    assert chromium.execute_script("return document.querySelectorAll('script').length") == 3
    assert errors(chromium) == []


def test_page_type_filter_hides_and_layout_stays_still(chromium: Any, page: Path) -> None:
    from selenium.webdriver.common.by import By

    open_page(chromium, page)
    before = chromium.execute_script("return window.kg.network.getPositions()")
    chromium.find_element(By.CSS_SELECTOR, "#kg-legend-kinds input[data-kind='Person']").click()
    hidden = chromium.execute_script("return window.kg.nodes.get({filter: n => n.hidden}).map(n => n.id)")
    assert sorted(hidden) == sorted(n for n in EXPECTED_NODES if "/person/" in n)
    time.sleep(0.5)
    after = chromium.execute_script("return window.kg.network.getPositions()")
    assert after == {k: v for k, v in before.items() if "/person/" not in k}  # physics off: nothing moves
    assert chromium.execute_script("return window.kg.network.physics.options.enabled") is False
    # a search for a hidden person brings its type back
    chromium.execute_script("window.kg.search('熊继军')")
    assert (
        chromium.execute_script("return window.kg.nodes.get(arguments[0]).hidden", M.person("熊继军"))
        is False
    )


def test_page_only_matches_filter_keeps_neighbours(chromium: Any, page: Path) -> None:
    from selenium.webdriver.common.by import By

    open_page(chromium, page)
    chromium.find_element(By.ID, "kg-only").click()
    chromium.execute_script("window.kg.search('徐晓兰')")
    shown = chromium.execute_script("return window.kg.nodes.get({filter: n => !n.hidden}).map(n => n.id)")
    assert sorted(shown) == sorted([M.person("徐晓兰"), M.org("中国电子学会"), M.event(EVENT)])


def test_page_screenshot_renders(chromium: Any, page: Path, tmp_path: Path) -> None:
    """Saves the page after a search; look at it: Chinese labels must be glyphs, not boxes."""
    open_page(chromium, page)
    chromium.execute_script("window.kg.search('熊继军')")
    time.sleep(0.6)  # the focus animation
    shot = tmp_path / "graph.png"
    assert chromium.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    print(f"screenshot: {shot}")


def test_page_empty_graph_settles_without_errors(chromium: Any, tmp_path: Path) -> None:
    from kg.graph import KnowledgeGraph

    path = tmp_path / "empty.html"
    write_html(KnowledgeGraph(M.base), path)
    open_page(chromium, path)
    assert chromium.execute_script("return [window.kg.nodes.length, window.kg.edges.length]") == [0, 0]
    assert errors(chromium) == []
