"""Forms of the fourth held-out round (tests/fixtures/heldout4/NOTES.md), on sentences written for these tests.

Each table runs whole short documents through the model; good rows give what must be found, bad rows what
must not (an empty set, or the plain reading kept).
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.build import process_document
from kg.model import Document, DocumentExtraction

D = dt.date


def run(text: str) -> DocumentExtraction:
    return process_document(Document(id="t", source="t.txt", text=text, date=D(2024, 5, 21)))


# fmt: off
EVENT_NAMES = [
    ("quoted exhibition title with a dash", "5月18日，“山海清音——宋元山水画特展”在杭州博物馆开幕。", {"山海清音——宋元山水画特展"}),
    ("headline tail is the same exhibition", "宋元山水画特展在杭州开幕\n5月18日，“山海清音——宋元山水画特展”在杭州博物馆开幕。", {"山海清音——宋元山水画特展"}),
    ("quoted theme before a head stays a theme", "5月18日，“千年运河”大运河文物精品展在扬州中国大运河博物馆开幕。", {"“千年运河”大运河文物精品展"}),
    ("a quoted slogan with a comma is no name", "5月18日，大会以“开放合作，共赢未来——2024海川投资论坛”为主题。", {"2024海川投资论坛"}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "expected"), EVENT_NAMES, ids=[c[0] for c in EVENT_NAMES])
def test_event_names(case: str, text: str, expected: set[str]) -> None:
    assert {e.name for e in run(text).events} == expected


# fmt: off
ORGANISERS = [
    ("学术支持 after 提供", "5月18日，“山海清音——宋元山水画特展”在杭州博物馆开幕。展览由杭州博物馆主办，浙江省博物馆提供学术支持。", {("杭州博物馆", "主办"), ("浙江省博物馆", "支持")}),
    ("赛事支持 after 提供", "3月16日，2024海川城市足球联赛在杭州开幕。联赛由海川省体育局主办，海川银行股份有限公司提供赛事支持。", {("海川省体育局", "主办"), ("海川银行股份有限公司", "支持")}),
]
NOT_ORGANISERS = [
    ("support for people is no organiser", "3月16日，2024海川城市足球联赛在杭州开幕。海川省体育局为参赛球员提供技术支持。", set()),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "text", "expected"), ORGANISERS + NOT_ORGANISERS, ids=[c[0] for c in ORGANISERS + NOT_ORGANISERS]
)
def test_organisers(case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert {(o.org, o.role) for o in run(text).organizers} == expected
