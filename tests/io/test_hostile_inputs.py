"""Hostile inputs at the reader: invalid code points, damaged encodings, deep HTML, size limits,
unreadable paths and links. Each one skips or cleans one document, never the batch."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from kg.io import read_bytes, read_documents
from kg.io.clean import drop_invalid, is_clean, printable_path
from kg.io.detect import UndecodableError, decode
from kg.model import ReadResult

ARTICLE = "2024年4月12日，青松电气集团召开年度工作会议，集团总经理沈立群出席会议并讲话。会议部署了全年任务。"


def only(results: Iterator[ReadResult]) -> ReadResult:
    (result,) = list(results)
    return result


def xml_holds(text: str) -> bool:
    """The independent check: lxml refuses text XML 1.0 cannot hold."""
    try:
        etree.Element("t").text = text
    except ValueError:
        return False
    return True


@pytest.mark.parametrize(
    ("text", "cleaned", "dropped"),
    [
        ("甲\x01乙", "甲乙", 1),
        ("甲\x00乙\x1f", "甲乙", 2),
        ("甲\t乙\n丙\r丁", "甲\t乙\n丙\r丁", 0),
        ("甲\ud800乙\udfff", "甲乙", 2),
        ("甲\ufffe乙\uffff", "甲乙", 2),
        ("甲\x7f乙\x85丙\x9f", "甲乙丙", 3),
        ("甲\ufffd乙😀", "甲\ufffd乙😀", 0),
        ("", "", 0),
    ],
)
def test_drop_invalid(text: str, cleaned: str, dropped: int) -> None:
    assert drop_invalid(text) == (cleaned, dropped)
    assert is_clean(cleaned) and xml_holds(cleaned)


@pytest.mark.parametrize(
    ("name", "data", "dropped"),
    [
        ("a.txt", f"标题：青松电气\x01召开会议\n正文：{ARTICLE}\x02".encode(), 2),
        ("a.txt", f"{ARTICLE}\x0b{ARTICLE}".encode(), 1),
        ("a.txt", (ARTICLE * 200 + "\x00" + ARTICLE).encode(), 1),  # a NUL after the first 8 KB
        ("a.md", f"# 青松\x07电气\n\n{ARTICLE}".encode(), 1),
        (
            "a.html",
            f"<html><head><title>青松\x01电气</title></head><body><p>{ARTICLE}\x01</p></body></html>".encode(),
            2,
        ),
        ("a.html", f"<html><body><p>{ARTICLE}&#1;&#xFFFF;</p></body></html>".encode(), 2),  # entities
    ],
)
def test_control_characters_are_dropped_and_counted(name: str, data: bytes, dropped: int) -> None:
    result = only(read_bytes(data, name))
    assert result.document is not None, result.reason
    assert is_clean(result.document.text) and is_clean(result.document.title or "")
    assert "沈立群" in result.document.text
    assert result.dropped_chars == dropped


@pytest.mark.parametrize(
    ("record", "dropped"),
    [
        ({"text": ARTICLE + "\u0001", "title": "青松\u0002电气"}, 2),
        ({"text": ARTICLE + "\ud800", "url": "https://example.com/\u0000a"}, 2),
        ({"text": ARTICLE + "\u2028" + ARTICLE}, 0),  # a line separator inside a string, not a line end
        ({"text": ARTICLE}, 0),
    ],
)
def test_jsonl_escapes_are_dropped_per_line(record: dict[str, str], dropped: int) -> None:
    data = (json.dumps(record) + "\n" + json.dumps({"text": ARTICLE}) + "\n").encode()
    first, second = read_bytes(data, "a.jsonl")
    assert first.document is not None and second.document is not None, first.reason
    assert first.dropped_chars == dropped and second.dropped_chars == 0
    assert all(is_clean(v or "") for v in (first.document.text, first.document.title, first.document.url))


def test_raw_control_character_inside_a_jsonl_string_is_read() -> None:
    data = ('{"text": "' + ARTICLE + '\x01"}\n').encode()
    result = only(read_bytes(data, "a.jsonl"))
    assert result.document is not None and result.document.text == ARTICLE and result.dropped_chars == 1


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=300),
    title=st.text(alphabet=st.characters(exclude_categories=()), max_size=30),
    name=st.sampled_from(["a.txt", "a.html", "a.md", "a.jsonl"]),
)
def test_every_document_field_is_xml_valid(text: str, title: str, name: str) -> None:
    if name == "a.jsonl":
        data = json.dumps({"text": ARTICLE + text, "title": title, "url": title}).encode()
    elif name == "a.html":
        data = f"<html><head><title>{title}</title></head><body><p>{ARTICLE}{text}</p></body></html>".encode(
            "utf-8", "surrogatepass"
        )
    else:
        data = f"{title}\n{ARTICLE}{text}".encode("utf-8", "surrogatepass")
    for result in read_bytes(data, name):
        document = result.document
        if document is None:
            continue
        fields = [document.text, document.title, document.url, document.source]
        fields += [value for pair in document.extras for value in pair]
        assert all(xml_holds(value) for value in fields if value is not None)


CUT = [
    ("gbk", ARTICLE * 3, 1),
    ("gb18030", ARTICLE * 3, 1),
    ("utf-8", ARTICLE * 3, 1),
    ("utf-8", ARTICLE * 3, 2),
    ("big5", "工業和資訊化部副部長在臺北出席第三屆數位經濟合作大會並致辭，會議由臺灣電子學會主辦。" * 3, 1),
]


@pytest.mark.parametrize(("encoding", "text", "cut"), CUT)
def test_a_cut_final_character_is_replaced(encoding: str, text: str, cut: int) -> None:
    decoded = decode(text.encode(encoding)[:-cut])
    assert decoded.text == text[:-1] + "\ufffd" and decoded.replaced == 1


def test_a_damaged_utf8_character_is_replaced() -> None:
    data = bytearray((ARTICLE * 3).encode())
    data[31] = 0xFF
    decoded = decode(bytes(data))
    assert decoded.encoding == "utf-8" and 1 <= decoded.replaced <= 3 and "沈立群" in decoded.text


def test_a_cut_gbk_file_is_read_with_its_count(tmp_path: Path) -> None:
    (tmp_path / "gbk.txt").write_bytes((ARTICLE * 3).encode("gbk")[:-1])
    result = only(read_documents([str(tmp_path / "gbk.txt")]))
    assert result.document is not None and "沈立群" in result.document.text and result.replaced_chars == 1


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(128, 256)) * 3,
        b"\x81\xff\x80\xfe" * 40,
        bytes((i * 7919 + 13) % 255 + 1 for i in range(4000)),
    ],
)
def test_binary_stays_skipped(data: bytes) -> None:
    with pytest.raises(UndecodableError):
        decode(data)


@pytest.mark.parametrize("depth", [300, 1000, 2000, 3000, 10000])
def test_deeply_nested_html_is_read(depth: int) -> None:
    page = "<html><head><title>青松电气召开会议</title></head><body>" + "<div>" * depth
    page += f"<p>{ARTICLE}</p>" + "</div>" * depth + "</body></html>"
    result = only(read_bytes(page.encode(), "deep.html"))
    assert result.document is not None and "沈立群" in result.document.text


@pytest.mark.parametrize(
    ("name", "data", "limit", "reason"),
    [
        ("a.txt", ARTICLE.encode(), len(ARTICLE) - 1, f"too large: {len(ARTICLE)} characters"),
        ("a.txt", ("甲" * 50).encode(), 10, "too large: 150 bytes"),
        ("a.txt", ARTICLE.encode(), len(ARTICLE), None),
        ("a.html", f"<p>{ARTICLE}</p>".encode(), 20, "too large"),
    ],
)
def test_size_limit(name: str, data: bytes, limit: int, reason: str | None) -> None:
    result = only(read_bytes(data, name, max_chars=limit))
    if reason is None:
        assert result.ok, result.reason
    else:
        assert (
            result.reason is not None
            and result.reason.startswith(reason)
            and "--max-doc-chars" in result.reason
        )


def test_size_limit_skips_one_jsonl_line() -> None:
    data = (json.dumps({"text": ARTICLE * 10}) + "\n" + json.dumps({"text": ARTICLE}) + "\n").encode()
    big, small = read_bytes(data, "a.jsonl", max_chars=len(ARTICLE) * 2)
    assert big.reason is not None and "--max-doc-chars" in big.reason and small.ok


def test_a_file_far_over_the_limit_is_not_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(("甲" * 1000).encode())
    import kg.io

    monkeypatch.setattr(kg.io, "read_bytes", lambda *a, **k: pytest.fail("decoded"))
    result = only(read_documents([str(path)], max_chars=100))
    assert result.reason == "too large: 3,000 bytes, over the limit of 100 characters (--max-doc-chars)"


def reasons(results: Iterator[ReadResult]) -> dict[str, str | None]:
    return {Path(r.source).name: r.reason for r in results}


def test_links_in_a_directory(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    (folder / "inner").mkdir(parents=True)
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "inner" / "also.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "loop1.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop1.txt")
    (folder / "broken.txt").symlink_to(folder / "missing.txt")
    (folder / "linked.txt").symlink_to(folder / "good.txt")
    (folder / "up").symlink_to(folder, target_is_directory=True)
    found = reasons(read_documents([str(folder)]))
    assert found == {
        "good.txt": None,
        "also.txt": None,
        "linked.txt": f"same file as {folder / 'good.txt'}, read once",
        "loop1.txt": "symbolic link loop",
        "loop2.txt": "symbolic link loop",
        "broken.txt": "broken symbolic link (its target does not exist)",
        "up": "directory symlink, not followed (name it to read it)",
    }


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.symlink_to(p), "symbolic link loop"),
        (lambda p: p.symlink_to(p.parent / "nowhere"), "broken symbolic link (its target does not exist)"),
    ],
)
def test_links_named_on_the_command_line(tmp_path: Path, make: object, reason: str) -> None:
    path = tmp_path / "link.txt"
    make(path)  # type: ignore[operator]
    assert reasons(read_documents([str(path)])) == {"link.txt": reason}


def test_a_directory_link_named_on_the_command_line_is_walked(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "alias").symlink_to(tmp_path / "real", target_is_directory=True)
    assert reasons(read_documents([str(tmp_path / "alias")])) == {"a.txt": None}


def test_unreadable_file_and_directory(tmp_path: Path, unreadable: list[Path]) -> None:
    folder = tmp_path / "news"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "secret.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    for path in (folder / "locked", folder / "secret.txt"):
        path.chmod(0)
        unreadable.append(path)
    assert reasons(read_documents([str(folder)])) == {
        "good.txt": None,
        "locked": "cannot read directory: Permission denied",
        "secret.txt": "cannot read: Permission denied",
    }
    assert reasons(read_documents([str(folder / "locked")])) == {
        "locked": "cannot read directory: Permission denied"
    }


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("a\udcffb.txt", "a\ufffdb.txt"),
        ("a\x01b.txt", "ab.txt"),
        ("新闻.txt", "新闻.txt"),
        ("a\ud800.txt", "a.txt"),
    ],
)
def test_printable_path(name: str, shown: str) -> None:
    assert printable_path(name) == shown


@pytest.mark.slow
@pytest.mark.parametrize(
    ("command", "limit", "code", "message"),
    [
        (["extract"], "10", 1, "too large"),
        (["extract"], "1000", 0, None),
        (["build", "-o", "OUT", "-q"], "10", 1, "too large"),
    ],
)
def test_max_doc_chars_option(
    tmp_path: Path, command: list[str], limit: str, code: int, message: str | None
) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    args = [str(tmp_path / "out") if arg == "OUT" else arg for arg in command]
    result = CliRunner().invoke(app, [*args, "--max-doc-chars", limit, str(tmp_path / "a.txt")])
    assert result.exit_code == code, result.output
    assert (message in result.output) if message else "沈立群" in result.stdout


def test_a_long_page_with_a_short_article_is_read() -> None:
    page = f"<html><head><script>{'x' * 500}</script></head><body><p>{ARTICLE}</p></body></html>"
    assert len(page) > 600 and only(read_bytes(page.encode(), "a.html", max_chars=200)).ok


def test_jsonl_replacements_are_counted_on_their_line() -> None:
    data = (json.dumps({"text": ARTICLE}, ensure_ascii=False) + "\n").encode() * 2
    data += json.dumps({"text": ARTICLE}, ensure_ascii=False).encode()[:-6] + b'"}\n'  # a character cut
    results = list(read_bytes(data, "a.jsonl"))
    assert [r.replaced_chars for r in results] == [0, 0, 1] and all(r.ok for r in results)
