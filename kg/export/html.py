"""graph.html: the graph as one self-contained interactive page, for users who never write SPARQL.

The page is drawn by vis-network, the library pyvis wraps, and rendered through pyvis with a template
of our own (``templates/graph.html``). pyvis's stock template links Bootstrap from a CDN and a stale
``../node_modules`` script even with ``cdn_resources="in_line"``; ours inlines the vis-network files
shipped inside the pyvis package plus our own script and style, so the file works with no network.

Everything that comes from a document (names, titles, sentences, document titles) travels in one JSON
block with ``<``, ``>`` and ``&`` escaped, and the page's script only ever puts it into the DOM as text
(``textContent``) or onto the canvas, never through ``innerHTML``. The output is deterministic: the
graph iterates in sorted order, the payload is serialised with sorted keys, and vis-network's layout
gets a fixed ``randomSeed``.

Document nodes and ``MENTIONED_IN`` edges are not drawn (every entity would hang off its articles);
they feed the provenance shown on hover instead: the source sentences and each document's title and
date.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kg.graph import Edge, Evidence, KnowledgeGraph, Node
from kg.model import Status
from kg.text import normalize_name

TEMPLATES = Path(__file__).resolve().parent / "templates"
TEMPLATE = "graph.html"
VIS_VERSION = "9.1.2"  # the vis-network build shipped inside pyvis 0.3.2
# Canvas labels need a CJK face; the first installed one wins (Debian: fonts-wqy-microhei).
FONT_FACE = (
    "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', "
    "sans-serif"
)


@dataclass(frozen=True)
class KindStyle:
    shape: str  # a vis-network shape whose label sits outside it, so that ``size`` applies
    color: str
    label: str  # legend text


@dataclass(frozen=True)
class EdgeStyle:
    color: str
    dashes: bool
    label: str


# Colours from the Tableau 10 palette: distinct for the common forms of colour blindness.
KIND_STYLES: dict[str, KindStyle] = {
    "Person": KindStyle("dot", "#4e79a7", "人物 Person"),
    "Organization": KindStyle("square", "#f28e2b", "机构 Organization"),
    "Role": KindStyle("triangleDown", "#76b7b2", "职务 Role (no organisation given)"),
    "Event": KindStyle("star", "#e15759", "事件 Event"),
    "Place": KindStyle("diamond", "#59a14f", "地点 Place"),
}
EDGE_STYLES: dict[str, EdgeStyle] = {
    "HOLDS": EdgeStyle("#4e79a7", False, "任职 holds a title at"),
    "PARTICIPATED_IN": EdgeStyle("#e15759", False, "参与 took part in (role)"),
    "ORGANIZED": EdgeStyle("#f28e2b", False, "主办等 organised (role)"),
    "UNIT_OF": EdgeStyle("#9c9c9c", True, "下属 unit of"),
    "PART_OF": EdgeStyle("#e15759", True, "分会 part of"),
    "HELD_IN": EdgeStyle("#59a14f", True, "举办地 held in"),
}
LABEL_MAX = 24  # longer names are shortened on the canvas; the full name is in the tooltip
TITLE = "kg — knowledge graph"  # the page's heading

# Stands for the page data while the template renders: the data is written after it, in pieces.
_DATA = "\x00kg-page-data\x00"


def _page(graph: KnowledgeGraph, title: str) -> tuple[str, dict[str, Any], str]:
    """The page around its data block, and the data: rendered by pyvis with a stand-in for the data,
    so that a large graph's JSON is never one string (with its escaped copies and the page) in memory."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
    from markupsafe import Markup
    from pyvis.network import Network

    payload = page_data(graph, lazy=True)
    net = Network(directed=True, cdn_resources="in_line", heading=title, height="100%", width="100%")
    # The records reach the page through the data block, written after rendering: pyvis gets none
    # (its add_node/add_edge also scan every node already added, quadratic on large graphs).
    net.options = payload["options"]
    net.set_template_dir(f"{TEMPLATES}/", TEMPLATE)
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.globals.update(
        {name: Markup(text) for name, text in _assets().items()}
        | {"page_data_block": Markup(_DATA), "vis_version": VIS_VERSION}
    )
    net.templateEnv = env
    html: str = net.generate_html(name="graph.html")
    before, after = html.split(_DATA)
    return before, payload, after


def render_html(graph: KnowledgeGraph, *, title: str = TITLE) -> str:
    """The page as a string (same graph → same string)."""
    before, data, after = _page(graph, title)
    return "".join((before, *page_json_pieces(data), after))


def write_html(graph: KnowledgeGraph, path: Path) -> None:
    """The ``html`` exporter: ``OUT/graph.html``, the bytes of :func:`render_html`, written a record
    at a time."""
    before, data, after = _page(graph, TITLE)
    with path.open("wb") as f:
        f.write(before.encode("utf-8"))
        for piece in page_json_pieces(data):
            f.write(piece.encode("utf-8"))
        f.write(after.encode("utf-8"))


def page_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` survive literally,
    so no document text can close the element or open a comment."""
    text = _ENCODE(value)
    if _UNSAFE.search(text) is None:
        return text
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


# json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")), without making an
# encoder per call (the page is a few hundred thousand calls)
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
_UNSAFE = re.compile("[<>&\u2028\u2029]")


def page_json_pieces(value: object, depth: int = 2) -> Iterator[str]:
    """:func:`page_json` of ``value`` in pieces that join to it: the lists and tables of the first
    ``depth`` levels one member at a time (the escapes are of single characters, so escaping each
    piece is escaping the whole)."""
    if depth and isinstance(value, dict) and all(isinstance(key, str) for key in value):
        yield "{"
        for i, key in enumerate(sorted(value)):
            yield ("," if i else "") + page_json(key) + ":"
            if depth == 1:
                yield page_json(value[key])
            else:
                yield from page_json_pieces(value[key], depth - 1)
        yield "}"
    elif depth and isinstance(value, list | Iterator):
        yield "["
        for i, item in enumerate(value):
            if i:
                yield ","
            if depth == 1:  # a record: one piece (no generator per record)
                yield page_json(item)
            else:
                yield from page_json_pieces(item, depth - 1)
        yield "]"
    else:
        yield page_json(value)


def search_key(text: str) -> str:
    """What the page's search compares: the name normalised as everywhere in kg, in lower case."""
    return normalize_name(text).lower()


def page_data(graph: KnowledgeGraph, *, lazy: bool = False) -> dict[str, Any]:
    """The vis-network records, the provenance tables and the options the page is built from; with
    ``lazy``, the node and edge records are iterators made while the page is written (the tables they
    cite are complete before the first record)."""
    drawn = _Drawn(graph)
    nodes, edges = drawn.node_records(), drawn.edge_records()
    return {
        "nodes": nodes if lazy else list(nodes),
        "edges": edges if lazy else list(edges),
        "options": vis_options(len(drawn.nodes)),
        "evidence": drawn.evidence,
        "documents": drawn.documents,
        "kinds": [
            {"kind": kind, "shape": s.shape, "color": s.color, "label": s.label}
            for kind, s in KIND_STYLES.items()
        ],
        "edgeTypes": [
            {"type": type_, "color": s.color, "dashes": s.dashes, "label": s.label}
            for type_, s in EDGE_STYLES.items()
        ],
    }


class _Drawn:
    """What the page draws and the provenance it cites: the evidence and document tables are filled
    first, so that the records can be made one at a time afterwards."""

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.graph = graph
        drawn_edges = [e for e in graph.edges() if e.type in EDGE_STYLES]
        touched = {end for e in drawn_edges for end in (e.source, e.target)}
        # A Role node is drawn only when an edge ends on it (a title held with no organisation given).
        self.nodes = [
            n for n in graph.nodes() if n.kind in KIND_STYLES and (n.kind != "Role" or n.id in touched)
        ]
        drawn_ids = {n.id for n in self.nodes}
        self.edges = [e for e in drawn_edges if e.source in drawn_ids and e.target in drawn_ids]
        self.degree: dict[str, int] = defaultdict(int)
        for edge in self.edges:
            self.degree[edge.source] += 1
            self.degree[edge.target] += 1
        node_evidence: dict[str, set[Evidence]] = defaultdict(set)
        node_documents: dict[str, set[str]] = defaultdict(set)
        for edge in graph.edges():
            for end in (edge.source, edge.target):
                if end in drawn_ids:  # not the documents: each would hold all its evidence again
                    node_evidence[end].update(edge.evidence)
            if edge.type == "MENTIONED_IN":
                node_documents[edge.source].add(edge.target)
        self._doc_keys: dict[str, tuple[str, str]] = {}
        self.evidence: dict[str, dict[str, Any]] = {}
        self.documents: dict[str, dict[str, Any]] = {}
        # Per node, the documents and evidence it cites, as sorted id lists: the sets go as they are used.
        self.node_docs: dict[str, list[str]] = {}
        self.node_cites: dict[str, list[str]] = {}
        for node in self.nodes:
            items = node_evidence.pop(node.id, set())
            docs = node_documents.pop(node.id, set()) | {ev.document for ev in items}
            for doc in docs:
                _document(graph, doc, self.documents)
            self.node_docs[node.id] = sorted(docs, key=self._doc_key)
            self.node_cites[node.id] = self._cite(items)
        for edge in self.edges:
            self._cite(edge.evidence)

    def _doc_key(self, doc_id: str) -> tuple[str, str]:
        """``_doc_sort_key``, once per document: every sort of evidence asks for it again."""
        key = self._doc_keys.get(doc_id)
        if key is None:
            key = self._doc_keys[doc_id] = _doc_sort_key(self.graph, doc_id)
        return key

    def _evidence_key(self, ev: Evidence) -> tuple[tuple[str, str], int, str]:
        return (self._doc_key(ev.document), ev.start, ev.id)

    def _cite(self, items: set[Evidence] | tuple[Evidence, ...]) -> list[str]:
        ordered = sorted(items, key=self._evidence_key) if len(items) > 1 else list(items)
        evidence, documents = self.evidence, self.documents
        for ev in ordered:
            if ev.id not in evidence:
                evidence[ev.id] = {"sentence": ev.sentence, "doc": ev.document}
            if ev.document not in documents:
                _document(self.graph, ev.document, documents)
        return [ev.id for ev in ordered]

    def node_records(self) -> Iterator[dict[str, Any]]:
        for node in self.nodes:
            style = KIND_STYLES[node.kind]
            yield {
                "id": node.id,
                "label": _short(node.name),
                "name": node.name,
                "kind": node.kind,
                "shape": style.shape,
                "color": style.color,
                "size": node_size(self.degree[node.id]),
                "degree": self.degree[node.id],
                "aliases": list(node.aliases),
                "keys": sorted({search_key(node.name), *(search_key(a) for a in node.aliases)}),
                "dates": _node_dates(node),
                "evidence": self.node_cites[node.id],
                "docs": self.node_docs[node.id],
            }

    def edge_records(self) -> Iterator[dict[str, Any]]:
        seen_ids: set[str] = set()
        parallel: dict[frozenset[str], int] = defaultdict(int)
        for edge in self.edges:
            edge_style = EDGE_STYLES[edge.type]
            edge_id = edge.id
            suffix = 2
            while edge_id in seen_ids:  # vis-network rejects a repeated id; edge ids are unique per pair only
                edge_id, suffix = f"{edge.id}#{suffix}", suffix + 1
            seen_ids.add(edge_id)
            pair = frozenset((edge.source, edge.target))
            rank = parallel[pair]
            parallel[pair] += 1
            record: dict[str, Any] = {
                "id": edge_id,
                "from": edge.source,
                "to": edge.target,
                "type": edge.type,
                "label": edge_label(edge),
                "color": edge_style.color,
                "dashes": edge_style.dashes,
                "observed": edge.observed_on.isoformat() if edge.observed_on else None,
                # sorted again rather than kept from the first pass: a list per edge is the memory
                # the lazy records save
                "evidence": self._cite(edge.evidence),
            }
            if rank:  # a second title at the same organisation: bend it so the two labels do not overlap
                record["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.2 * rank, 2)}
            yield record


# A membership's status as its label says it (the Chinese labels of ontologies/kg.ttl); current: none.
STATUS_NOTES = {Status.FORMER: "曾任", Status.DESIGNATED: "拟任", Status.ENDED: "已卸任"}


def edge_label(edge: Edge) -> str:
    """The title (副部长; 社长（曾任） for a former post) or the role (致辞, 主办) an edge carries;
    structural edges carry none."""
    if edge.type == "HOLDS":
        note = STATUS_NOTES.get(edge.status) if edge.status is not None and edge.title else None
        return f"{edge.title}（{note}）" if note else edge.title or ""
    if edge.type in ("PARTICIPATED_IN", "ORGANIZED"):
        return edge.role or ""
    return ""


def node_size(degree: int) -> int:
    """Area grows with degree, so hubs stand out without dwarfing everything else."""
    return min(60, 10 + round(5 * math.sqrt(degree)))


def stabilization_iterations(node_count: int) -> int:
    """Layout iterations before physics is switched off: a roughly fixed budget of work, so that a
    2,000-node graph settles in a few seconds (80 iterations, about 25 ms each in headless Chromium on
    the 2-core build machine) while a small graph gets all it can use (it stops early once still)."""
    if node_count <= 0:
        return 0
    return max(60, min(1000, 160_000 // node_count))


def vis_options(node_count: int) -> dict[str, Any]:
    """vis-network options: physics runs only during stabilisation, then the page switches it off."""
    large = node_count > 500
    return {
        "autoResize": True,
        "layout": {"randomSeed": 20240705, "improvedLayout": node_count <= 150},
        "nodes": {
            "borderWidth": 1,
            "font": {
                "face": FONT_FACE,
                "size": 14,
                "color": "#222222",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {
                "face": FONT_FACE,
                "size": 11,
                "color": "#444444",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "smooth": False,
            "width": 1.2,
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "multiselect": True,
        },
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -60,
                "centralGravity": 0.01,
                "springLength": 110,
                "springConstant": 0.06,
                "damping": 0.5,
                "avoidOverlap": 0.3,
                "theta": 1.0,  # coarser Barnes-Hut than the default 0.5: half the cost per iteration
            },
            "maxVelocity": 60,
            "minVelocity": 1.0,
            "timestep": 0.5,
            "adaptiveTimestep": True,
            "stabilization": {
                "enabled": True,
                "iterations": stabilization_iterations(node_count),
                "updateInterval": 20,
                "fit": True,
            },
        },
    }


def _short(name: str) -> str:
    return name if len(name) <= LABEL_MAX else name[: LABEL_MAX - 1] + "…"


def _node_dates(node: Node) -> str | None:
    if node.start_date and node.end_date and node.end_date != node.start_date:
        return f"{node.start_date.isoformat()} – {node.end_date.isoformat()}"
    if node.start_date:
        return node.start_date.isoformat()
    return None


def _doc_sort_key(graph: KnowledgeGraph, doc_id: str) -> tuple[str, str]:
    node = graph.node(doc_id)
    date = node.date.isoformat() if node is not None and node.date else "9999"
    return (date, doc_id)


def _document(graph: KnowledgeGraph, doc_id: str, documents: dict[str, dict[str, Any]]) -> None:
    if doc_id in documents:
        return
    node = graph.node(doc_id)
    documents[doc_id] = {
        "title": node.name if node is not None else doc_id,
        "date": node.date.isoformat() if node is not None and node.date else None,
        "url": node.url if node is not None else None,
        "source": node.source if node is not None else None,
    }


@cache
def _assets() -> dict[str, str]:
    """The scripts and styles the page inlines; none may close its own element early."""
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / f"vis-{VIS_VERSION}"
    assets = {
        "vis_js": (lib / "vis-network.min.js").read_text(encoding="utf-8"),
        "vis_css": (lib / "vis-network.css").read_text(encoding="utf-8"),
        "page_js": (TEMPLATES / "graph.js").read_text(encoding="utf-8"),
        "page_css": (TEMPLATES / "graph.css").read_text(encoding="utf-8"),
    }
    for name, text in assets.items():
        lowered = text.lower()
        if "</script" in lowered or "</style" in lowered or "<!--" in lowered:
            raise ValueError(f"asset {name} cannot be inlined: it holds a closing tag or comment opener")
    return assets
