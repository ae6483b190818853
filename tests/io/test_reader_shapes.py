"""Every reader's documents, with and without a headline or a date, give a graph its own SHACL
shapes accept (a .txt article without a headline used to fail kgsh:ArticleShape)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from rdf_checks import conforms

from kg.build import build_graph
from kg.export.rdf import turtle

BODY = "2024年6月3日，松江精密仪器公司召开董事会，公司董事长韩启明主持会议并讲话。"
UNDATED = "松江精密仪器公司召开董事会，公司董事长韩启明主持会议并讲话。"

INPUTS = {
    "headline.txt": f"松江精密仪器公司召开董事会\n{BODY}",
    "no_headline.txt": f"{BODY}{BODY}",
    "undated.txt": UNDATED,
    "header.txt": f"标题：松江精密仪器召开董事会\n链接：https://example.com/a\n正文：{BODY}",
    "titled.html": f"<html><head><title>松江精密仪器召开董事会</title></head><body><p>{BODY}</p></body></html>",
    "untitled.html": f"<html><body><p>{UNDATED}</p></body></html>",
    "heading.md": f"# 松江精密仪器召开董事会\n\n{BODY}",
    "no_heading.md": f"{UNDATED}\n",
    "front.md": f"---\ntitle: 松江精密仪器召开董事会\ndate: 2024-06-03\n---\n{UNDATED}\n",
    "lines.jsonl": "\n".join(
        json.dumps(record, ensure_ascii=False)
        for record in (
            {
                "text": BODY,
                "title": "松江精密仪器召开董事会",
                "date": "2024-06-03",
                "url": "https://example.com/b",
            },
            {"text": UNDATED},
        )
    ),
}


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_every_reader_conforms_to_the_shapes(tmp_path: Path) -> None:
    for name, text in INPUTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    graph, report = build_graph([str(tmp_path)])
    assert report.read == len(INPUTS) + 1 and report.skipped == 0
    assert any(d.title is None for d in report.documents), "no document without a headline"
    data = rdflib.Graph().parse(data=turtle(graph), format="turtle")
    ok, report = conforms(data)
    assert ok, report
