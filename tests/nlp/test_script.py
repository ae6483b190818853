from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from extracted import PUBLISHED
from hypothesis import given
from hypothesis import strategies as st
from tagged import parse

from kg.build import build_graph, process_document
from kg.extract import extract_document
from kg.model import Document
from kg.nlp.script import analysed, simplified, to_simplified


def _doc(text: str) -> Document:
    return Document(id="t", source="t.txt", text=text, date=PUBLISHED)


# fmt: off
SCRIPT_CASES = [
    ("香港特別行政區行政長官出席論壇並致辭。", "香港特别行政区行政长官出席论坛并致辞。"),  # Traditional
    ("衞生署署長今日主持開幕禮。", "卫生署署长今日主持开幕礼。"),  # Hong Kong variants (衞)
    ("臺灣大學校長在典禮上講話。", "台湾大学校长在典礼上讲话。"),  # Taiwan forms (臺)
    ("工业和信息化部副部长出席论坛并致辞。", None),  # Simplified
    ("於明出席会议并讲话，会议由市政府主办，来自各地的代表参加。", None),  # one 於 (a surname) in Simplified
    ("慰藉与狼藉是两个词，都在简体里用。", None),  # 藉 is Simplified too: too few changes
    ("2024 AI Summit, Shanghai", None),  # no Han characters
    ("", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), SCRIPT_CASES)
def test_simplified_converts_traditional_documents_only(text: str, expected: str | None) -> None:
    document = _doc(text)
    analysed = simplified(document)
    if expected is None:
        assert analysed is document
    else:
        assert analysed.text == expected
        assert analysed.id == document.id


@given(st.text())
def test_to_simplified_keeps_every_offset(text: str) -> None:
    assert len(to_simplified(text)) == len(text)


# A Traditional sentence and what kg must find in it: the same as in its Simplified copy.
# fmt: off
TRADITIONAL_CASES = [
    ("財政司司長陳茂波出席論壇並致辭。", {("陈茂波", "司长", "财政司")}),
    ("小米集團手機部副總裁、智能製造部總經理許多表示，公司將加大投入。",
     {("许多", "副总裁", "小米集团手机部"), ("许多", "总经理", "小米集团智能制造部")}),
    ("國立臺灣大學校長陳文章在畢業典禮上講話。", {("陈文章", "校长", "国立台湾大学")}),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), TRADITIONAL_CASES)
def test_traditional_text_gives_what_its_simplified_copy_gives(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = process_document(_doc(text))
    assert {(m.person, m.title, m.org) for m in found.memberships} == expected
    copy = process_document(_doc(to_simplified(text)))
    assert {(m.person, m.title, m.org) for m in copy.memberships} == expected
    for membership in found.memberships:
        start, end = membership.person_span
        assert to_simplified(text[start:end]) == membership.person  # offsets point into the original
        assert membership.provenance.sentence == text  # the quote is verbatim
    assert found.document.text == text


@pytest.mark.slow
def test_traditional_event_organisers_and_defined_short_forms() -> None:
    text = (
        "2024亞洲金融論壇今日在灣仔開幕，論壇由香港特別行政區政府和香港貿易發展局"
        "（以下簡稱“貿發局”）聯合主辦。貿發局主席林建岳出席並致辭。"
    )
    found = process_document(_doc(text))
    assert {e.name for e in found.events} == {"2024亚洲金融论坛"}
    assert {(o.org, o.role) for o in found.organizers} == {
        ("香港特别行政区政府", "主办"),
        ("香港贸易发展局", "主办"),
    }
    assert {(p.person, p.role) for p in found.participations} == {("林建岳", "致辞")}
    assert all(e.provenance.sentence in text for e in found.events)


@pytest.mark.slow
def test_one_person_across_traditional_and_simplified_articles(tmp_path: Path) -> None:
    (tmp_path / "hk.txt").write_text("財政司司長陳茂波出席2024亞洲金融論壇並致辭。", encoding="big5")
    (tmp_path / "cn.txt").write_text("财政司司长陈茂波出席2024亚洲金融论坛并致辞。", encoding="utf-8")
    graph, report = build_graph([str(tmp_path)])
    assert report.read == 2
    assert [(n.name, n.aliases) for n in graph.nodes("Person")] == [("陈茂波", ("陳茂波",))]
    assert [(n.name, n.aliases) for n in graph.nodes("Event")] == [
        ("2024亚洲金融论坛", ("2024亞洲金融論壇",))
    ]
    assert [(n.name, n.aliases) for n in graph.nodes("Organization")] == [("财政司", ("財政司",))]


@pytest.mark.slow
def test_simplified_articles_give_no_written_forms() -> None:
    found = process_document(_doc("财政司司长陈茂波出席2024亚洲金融论坛并致辞。"))
    assert found.memberships and found.aliases == ()


# fmt: off
ANALYSED = [
    ("財政司司長陳茂波出席論壇。他表示，香港經濟向好。", ["财政司司长陈茂波出席论坛。", "他表示，香港经济向好。"]),
    ("衞生署署長主持開幕禮。", ["卫生署署长主持开幕礼。"]),
]
SIMPLIFIED = ["财政司司长陈茂波出席论坛。他表示，经济向好。", "於明出席会议并讲话，会议由市政府主办。", ""]
# fmt: on


@pytest.mark.parametrize(("text", "read"), ANALYSED)
def test_analysed_sentences_read_simplified_and_quote_the_original(text: str, read: list[str]) -> None:
    view, sentences = analysed(_doc(text))
    assert view.text == to_simplified(text)
    assert [s.text for s in sentences] == read
    assert [s.written for s in sentences] == [text[s.start : s.end] for s in sentences]
    assert all(s.written != s.text for s in sentences)


@pytest.mark.parametrize("text", SIMPLIFIED)
def test_analysed_simplified_documents_have_no_written_forms(text: str) -> None:
    document = _doc(text)
    view, sentences = analysed(document)
    assert view is document
    assert all(s.written is None for s in sentences)


@given(st.text(alphabet=st.sampled_from("財政司長陳茂波出席論壇。，\n 财政司长")))
def test_analysed_sentences_keep_offsets_into_the_original(text: str) -> None:
    document = _doc(text)
    view, sentences = analysed(document)
    for s in sentences:
        assert s.text == view.text[s.start : s.end]
        assert (s.written if s.written is not None else s.text) == text[s.start : s.end]


def test_extraction_emits_quotes_and_written_forms_of_a_traditional_article() -> None:
    """LAC-free: the hand-tagged Simplified copy of a Traditional sentence through extraction."""
    written = _doc("財政司司長陳茂波出席論壇。")
    view, sentences = analysed(written)
    parsed = [(sentences[0], parse("财政司/ORG 司长/n 陈茂波/PER 出席/v 论坛/n 。/w"))]
    assert parsed[0][1].text == sentences[0].text
    found = extract_document(view, parsed, written=written)
    assert found.document is written
    assert [(m.person, m.title, m.org) for m in found.memberships] == [("陈茂波", "司长", "财政司")]
    assert {m.provenance.sentence for m in found.memberships} == {written.text}
    assert [(a.short, a.full, a.kind) for a in found.aliases] == [
        ("陳茂波", "陈茂波", "person"),
        ("財政司", "财政司", "org"),
    ]
    copy = [(replace(sentence, written=None), p) for sentence, p in parsed]
    same = extract_document(view, copy)  # the copy alone: Simplified quotes, no written forms
    assert same.document is view and same.aliases == ()
    assert {m.provenance.sentence for m in same.memberships} == {view.text}
