"""Readers: every format, encodings, inputs (file, directory, glob, stdin) and each bad-input case."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kg_paths import FIXTURES, SAMPLES

from kg.io import document_id, expand_inputs, read_bytes, read_documents
from kg.io.dates import parse_date
from kg.io.detect import UndecodableError, decode, sniff_format
from kg.model import ReadResult

IO = FIXTURES / "io"
CHINESE = "2024年5月20日，工业和信息化部副部长单忠德在杭州出席第三届数字经济合作大会并致辞。"


def read_one(data: bytes, name: str = "doc.txt") -> ReadResult:
    results = list(read_bytes(data, name))
    assert len(results) == 1
    return results[0]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8", CHINESE),
        ("utf-8-sig", CHINESE),
        ("gbk", CHINESE * 3),
        ("gb18030", CHINESE * 3),
        ("big5", "工業和資訊化部副部長在臺北出席第三屆數位經濟合作大會並致辭，會議由臺灣電子學會主辦。" * 3),
    ],
)
def test_encodings_decode(encoding: str, text: str) -> None:
    decoded, _codec, _replaced = decode(text.encode(encoding))
    assert decoded.strip() == text


def test_declared_charset_is_not_trusted_over_utf8_bytes() -> None:
    page = (
        f'<html><head><meta charset="gb2312"><title>标题</title></head><body><p>{CHINESE}</p></body></html>'
    )
    text, codec, _replaced = decode(page.encode("utf-8"))
    assert codec == "utf-8" and CHINESE in text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (bytes([0x01, 0x02, 0x03, 0x04, 0x05, 0x06] * 50), "binary"),
        (b"\x81\xff\x80\xfe" * 40, "undetectable encoding"),
        (bytes(range(128, 256)) * 3, "undetectable encoding"),
    ],
)
def test_bad_bytes_are_skipped_with_reason(data: bytes, reason: str) -> None:
    with pytest.raises(UndecodableError, match=reason):
        decode(data)
    result = read_one(data)
    assert not result.ok and result.reason is not None and reason in result.reason


@pytest.mark.parametrize(
    ("text", "suffix", "kind"),
    [
        ("标题: x\n总结: y", ".txt", "txt"),
        ("\n---\ntitle: a\n---\n<div><p>x</p></div>", ".txt", "frontmatter"),
        ("<html><body><p>x</p></body></html>", ".txt", "html"),
        ('{"text": "x"}\n{"text": "y"}', ".txt", "jsonl"),
        ("# 标题\n\n正文", ".md", "markdown"),
        ("# 标题\n\n正文", ".txt", "txt"),
        ("<不是标签>正文", ".txt", "txt"),
        ("{不是 JSON", ".txt", "txt"),
    ],
)
def test_format_from_content(text: str, suffix: str, kind: str) -> None:
    assert sniff_format(text, suffix) == kind


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Wed, 08 Dec 2021 04:24:00 GMT", dt.date(2021, 12, 8)),
        ("2025-02-25 15:04:39 +0800", dt.date(2025, 2, 25)),
        ("2021年12月8日", dt.date(2021, 12, 8)),
        ("2024/11/05", dt.date(2024, 11, 5)),
        (dt.date(2024, 1, 2), dt.date(2024, 1, 2)),
        (dt.datetime(2024, 1, 2, 3, 4), dt.date(2024, 1, 2)),
        ("11月5日", None),
        ("2024-13-45", None),
        ("不是日期", None),
        (None, None),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


def test_txt_header_and_trailing_sections() -> None:
    result = read_one((IO / "header.txt").read_bytes(), "header.txt")
    document = result.document
    assert document is not None
    assert document.title == "中国电子学会召开第十届理事会第三次会议"
    assert document.url == "https://news.example.org/cie/meeting"
    assert document.date == dt.date(2023, 3, 8)
    assert document.text.startswith("2023年3月8日，中国电子学会")
    assert document.text.endswith("会议审议通过了年度工作报告。")
    assert "关键词" not in document.text and "机器写的摘要" not in document.text
    assert [label for label, _ in document.extras] == ["关键词", "重大事件摘要"]
    assert "理事会召开" in dict(document.extras)["重大事件摘要"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("第三届数字经济合作大会在杭州开幕\n\n5月20日，大会开幕。", "第三届数字经济合作大会在杭州开幕"),
        ("5月20日，大会在杭州开幕。会议由工信部主办。", None),
        ("这是一行很长很长的文字" * 6 + "\n正文。", None),
    ],
)
def test_plain_text_headline(text: str, title: str | None) -> None:
    document = read_one(text.encode()).document
    assert document is not None and document.title == title and document.text.startswith(text[:5])


def test_front_matter_before_html_with_leading_blank_line() -> None:
    document = read_one((IO / "frontmatter_html.txt").read_bytes(), "frontmatter_html.txt").document
    assert document is not None
    assert document.format == "html"
    assert document.title == "前置空行的文章"
    assert document.date == dt.date(2021, 12, 8)
    assert document.url == "https://news.example.org/x"
    assert "鹏程研究院" in document.text and "第二段正文" in document.text and "<p>" not in document.text


@pytest.mark.parametrize(
    ("text", "title", "date", "body"),
    [
        (
            "---\ntitle: 文章\ndate: 2024-09-18\n---\n\n第一段。\n\n第二段。\n",
            "文章",
            dt.date(2024, 9, 18),
            "第一段。\n第二段。",
        ),
        (
            "---\ndate: 2025-02-25 15:04:39 +0800\n---\n# 大标题\n\n**加粗**正文。\n",
            "大标题",
            dt.date(2025, 2, 25),
            "大标题\n加粗正文。",
        ),
        ("---\ntitle: 无日期\n---\n- 一\n- 二\n", "无日期", None, "一\n二"),
    ],
)
def test_markdown_front_matter(text: str, title: str, date: dt.date | None, body: str) -> None:
    document = read_one(text.encode(), "a.md").document
    assert document is not None
    assert (document.title, document.date, document.text, document.format) == (title, date, body, "markdown")


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: [未闭合\n---\n正文。\n",
        "---\ntitle: 没有结束\n正文。\n",
        "---\n- 一个列表\n- 不是映射\n---\n正文。\n",
    ],
)
def test_malformed_front_matter_is_skipped(text: str) -> None:
    result = read_one(text.encode(), "bad.md")
    assert not result.ok and result.reason is not None and "front matter" in result.reason


def test_jsonl_bad_line_is_reported_and_others_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": CHINESE, "title": "甲", "date": "2024-05-20", "url": "https://x/1"}),
        "{broken json",
        json.dumps({"title": "没有正文"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "第二篇正文。", "date": "2024年5月22日"}),
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(read_documents([str(path)]))
    assert [r.source.rsplit(":", 1)[1] for r in results] == ["1", "2", "3", "4", "5"]
    assert [r.ok for r in results] == [True, False, False, False, True]
    first, last = results[0].document, results[4].document
    assert first is not None and last is not None
    assert (first.id, first.title, first.date, first.url) == ("a1", "甲", dt.date(2024, 5, 20), "https://x/1")
    assert last.date == dt.date(2024, 5, 22) and last.id != first.id
    assert all(r.reason for r in results if not r.ok)


def test_html_reader_drops_boilerplate() -> None:
    document = next(read_documents([str(SAMPLES / "02_ai_forum.html")])).document
    assert document is not None
    assert document.title == "第五届人工智能创新论坛在上海举办"
    assert document.date == dt.date(2024, 6, 12)
    assert document.url == "https://news.example.org/2024/06/12/ai-forum"
    for junk in ("tracker", "版权所有", "关于我们", "编辑备注", "color:red"):
        assert junk not in document.text
    assert "出席论坛并致辞。" in document.text and "\n" in document.text


def test_directory_recursion_is_sorted_and_glob_and_missing(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("乙文。", encoding="utf-8")
    (tmp_path / "a.txt").write_text("甲文。", encoding="utf-8")
    (tmp_path / "c.md").write_text("丙文。", encoding="utf-8")
    sources = [Path(r.source).name for r in read_documents([str(tmp_path)])]
    assert sources == ["a.txt", "z.txt", "c.md"]
    globbed = [Path(r.source).name for r in read_documents([str(tmp_path / "**" / "*.txt")])]
    assert globbed == ["a.txt", "z.txt"]
    missing = list(read_documents([str(tmp_path / "nope.txt"), str(tmp_path / "*.xyz")]))
    assert [r.ok for r in missing] == [False, False] and all(r.reason for r in missing)


@pytest.mark.parametrize(
    ("relative", "reason"),
    [
        ("news.txt", None),
        ("page.php", None),  # a saved page's server suffix holds HTML
        ("page.SHTML", None),
        ("no_suffix", None),
        ("deep/deeper/news.md", None),
        ("script.py", "not read: .py files are not articles"),
        ("table.CSV", "not read: .CSV files are not articles"),
        ("notes.pdf", "not read: .pdf files are not articles"),
        (".DS_Store", "hidden file, not read"),
        ("deep/.draft.txt", "hidden file, not read"),
        (".git", "hidden directory, not read"),  # one row; nothing under it is listed
    ],
)
def test_directory_walk_reads_articles_and_reports_what_it_passes_over(
    tmp_path: Path, relative: str, reason: str | None
) -> None:
    for name in (
        "news.txt",
        "page.php",
        "page.SHTML",
        "no_suffix",
        "deep/deeper/news.md",
        "script.py",
        "table.CSV",
        "notes.pdf",
        ".DS_Store",
        "deep/.draft.txt",
        ".git/objects/ab/cdef",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(CHINESE, encoding="utf-8")
    rows = dict(expand_inputs([str(tmp_path)]))
    assert len(rows) == 11
    found = rows[str(tmp_path / relative)]
    assert found == reason if reason is None else (found or "").startswith(reason)


@pytest.mark.parametrize(
    ("inputs", "expected"),
    [
        (["a.txt", "a.txt"], ["a.txt"]),
        (["a.txt", "./a.txt", "b/../a.txt"], ["a.txt"]),
        (["**"], ["a.txt", "b/z.txt", "s.py"]),  # matched files and the directories holding them
        (["b", "**/*.txt"], ["b/z.txt", "a.txt"]),
        (["s.py"], ["s.py"]),  # named, any file is read
        (["*.py", "."], ["s.py", "a.txt", "b/z.txt"]),
    ],
)
def test_inputs_name_each_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, inputs: list[str], expected: list[str]
) -> None:
    (tmp_path / "b").mkdir()
    for name in ("a.txt", "b/z.txt", "s.py"):
        (tmp_path / name).write_text(CHINESE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    read = [str(Path(source)) for source, reason in expand_inputs(inputs) if reason is None]
    assert read == [str(Path(name)) for name in expected]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(CHINESE.encode("gb18030") * 3), encoding="latin-1")
    monkeypatch.setattr(sys, "stdin", fake)
    results = list(read_documents(["-"]))
    assert len(results) == 1 and results[0].source == "<stdin>"
    assert results[0].document is not None and CHINESE in results[0].document.text


def test_ids_are_stable_and_depend_on_name_and_content(tmp_path: Path) -> None:
    data = CHINESE.encode()
    assert document_id("a.txt", data) == document_id("a.txt", data)
    assert document_id("a.txt", data) != document_id("b.txt", data)
    assert document_id("a.txt", data) != document_id("a.txt", data + b"x")
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_bytes(data)
    ids = {r.document.id for r in read_documents([str(tmp_path)]) if r.document}
    assert len(ids) == 1


def test_samples_all_read() -> None:
    results = list(read_documents([str(SAMPLES)]))
    assert len(results) == 6 and all(r.ok for r in results)
    assert all(r.document and r.document.title and r.document.date for r in results)


def test_single_line_large_file_is_linear(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes((CHINESE * 200_000).encode())
    (result,) = read_documents([str(path)], max_chars=len(CHINESE) * 200_000)
    assert result.document is not None and len(result.document.text) == len(CHINESE) * 200_000


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.binary(max_size=2000),
    name=st.sampled_from(["a.txt", "a.html", "a.md", "a.jsonl", "a.bin"]),
)
def test_readers_never_crash_on_arbitrary_bytes(data: bytes, name: str) -> None:
    results = list(read_bytes(data, name))
    assert results
    assert all(r.ok or r.reason for r in results)


@settings(max_examples=40, deadline=None)
@given(
    body=st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=5, max_size=200)
)
def test_round_trip_jsonl_and_text(body: str) -> None:
    line = json.dumps({"text": body, "title": "题"}, ensure_ascii=False).encode()
    (result,) = read_bytes(line, "x.jsonl")
    assert result.document is not None and result.document.text == body
    (plain,) = read_bytes(("第一段。\n" + body).encode("gb18030"), "x.txt")
    assert plain.document is not None and plain.document.text == "第一段。\n" + body


PARAGRAPHS = (
    "2024年9月18日，第二届智能制造高峰会在苏州国际博览中心开幕，会期两天，吸引了三百余家企业参展。",
    "峰会由中国电子学会、江苏省工业和信息化厅主办，苏州工业园区管理委员会承办，多家研究机构协办。",
    "中国电子学会理事长徐晓兰出席开幕式并致辞，苏州市副市长沈觅主持开幕式，多位院士作主旨报告。",
)


def write_txt(title: str, url: str, paragraphs: tuple[str, ...]) -> bytes:
    header = f"标题: {title}\n链接: {url}\n总结: {paragraphs[0]}\n"
    return (header + "\n".join(paragraphs[1:]) + "\n关键词: 智能制造, 苏州\n").encode("gb18030")


def write_markdown(title: str, url: str, paragraphs: tuple[str, ...]) -> bytes:
    matter = f"---\ntitle: {title}\ndate: 2024-09-18\nurl: {url}\n---\n\n"
    return (matter + "\n\n".join(paragraphs) + "\n").encode("utf-8")


def write_html(title: str, url: str, paragraphs: tuple[str, ...]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html><head><meta charset="big5"><title>{title}_新聞網</title>'
        f'<link rel="canonical" href="{url}"></head><body><div class="nav"><a href="/">首頁</a></div>'
        f'<div class="article"><h1>{title}</h1>{body}</div><div class="footer">版權所有</div></body></html>'
    ).encode("big5hkscs")


def write_jsonl(title: str, url: str, paragraphs: tuple[str, ...]) -> bytes:
    record = {"title": title, "url": url, "date": "2024-09-18", "text": "\n".join(paragraphs)}
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


TITLE = "第二届智能制造高峰会开幕"


@pytest.mark.parametrize(
    ("writer", "name", "title", "paragraphs"),
    [
        (write_txt, "a.txt", TITLE, PARAGRAPHS),
        (write_markdown, "a.md", TITLE, PARAGRAPHS),
        (write_jsonl, "a.jsonl", TITLE, PARAGRAPHS),
        # Big5 has no simplified characters: the page is written in traditional ones.
        (
            write_html,
            "a.html",
            "第二屆智能製造高峰會開幕",
            (
                "2024年9月18日，第二屆智能製造高峰會在蘇州國際博覽中心開幕，會期兩天，吸引了三百餘家企業參展。",
                "峰會由中國電子學會、江蘇省工業和信息化廳主辦，蘇州工業園區管理委員會承辦，多家研究機構協辦。",
                "中國電子學會理事長徐曉蘭出席開幕式並致辭，蘇州市副市長沈覓主持開幕式，多位院士作主旨報告。",
            ),
        ),
    ],
    ids=["txt-gb18030", "markdown", "jsonl", "html-big5"],
)
def test_round_trip(writer: object, name: str, title: str, paragraphs: tuple[str, ...]) -> None:
    url = "https://news.example.org/2024/09/18/summit"
    data = writer(title, url, paragraphs)  # type: ignore[operator]
    (result,) = read_bytes(data, name)
    document = result.document
    assert document is not None, result.reason
    assert (document.title, document.date, document.url) == (title, dt.date(2024, 9, 18), url)
    lines = document.text.splitlines()
    assert lines[-len(paragraphs) :] == list(paragraphs)
    assert not [junk for junk in ("首頁", "版權所有", "关键词", "智能制造, 苏州") if junk in document.text]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("gbk", CHINESE),
        ("gb18030", CHINESE + "𠀀"),  # a character outside GBK: only GB18030 encodes it
        ("big5", "工業和資訊化部副部長在臺北出席第三屆數位經濟合作大會並致辭。"),
    ],
)
def test_short_legacy_encoded_files_read(encoding: str, text: str) -> None:
    (result,) = read_bytes(f"標題: 測試\n總結: {text}\n".encode(encoding), "short.txt")
    assert result.document is not None and text in result.document.text
