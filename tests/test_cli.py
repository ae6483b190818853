from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg import __version__
from kg.cli import app

runner = CliRunner()


def test_cli_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_cli_help_lists_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "extract"):
        assert command in result.output


@pytest.mark.slow
def test_cli_extract_prints_one_json_object_per_sentence(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("浙江大学校长王五出席论坛。会议在杭州举行。\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["sentence"] for r in records] == [0, 1]
    text = path.read_text(encoding="utf-8")
    for record in records:
        assert text[record["start"] : record["end"]] == record["text"]
        for entity in record["entities"]:
            assert text[entity["start"] : entity["end"]] == entity["text"]
    assert ("杭州", "LOC") in [(e["text"], e["label"]) for e in records[1]["entities"]]


def test_cli_build_with_nothing_readable_fails_and_writes_nothing(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"skipped {tmp_path / 'missing.txt'}: " in result.output
    assert (
        result.output.strip().splitlines()[-1]
        == f"kg build: nothing could be read; {tmp_path / 'out'} left unchanged"
    )
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "out, mentions, message",
    [
        ("file", None, "the output directory is an existing file"),
        ("dir", b'{"document": {"id"', "mentions.jsonl:1: not a kg mentions record"),
        ("dir", b"\xe4\xb8", "mentions.jsonl:1: not a kg mentions record"),
    ],
)
def test_cli_build_bad_out_is_one_line(
    tmp_path: Path, out: str, mentions: bytes | None, message: str
) -> None:
    target = tmp_path / "out"
    if out == "file":
        target.write_text("x", encoding="utf-8")
    else:
        target.mkdir()
        (target / "mentions.jsonl").write_bytes(mentions or b"")
    article = tmp_path / "a.txt"
    article.write_text("中国电子学会理事长张三出席论坛。", encoding="utf-8")
    result = runner.invoke(app, ["build", str(article), "-o", str(target), "--update", "-q"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg build: ") and message in lines[0], result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", ["[bold]x[/].txt", "[/]", "[red]", "a[/b]c.bin", "\\[x].txt"])
def test_cli_prints_file_names_verbatim(tmp_path: Path, name: str) -> None:
    """Rich markup is off: a file name that looks like markup prints as it is and never raises."""
    path = tmp_path / name  # a "/" in the name makes a directory of its head
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00\x01")  # not an article: skipped with its name printed
    for command in (["build", str(path), "-o", str(tmp_path / "out")], ["extract", str(path)]):
        result = runner.invoke(app, command)
        assert result.exit_code == 1, result.output
        assert f"skipped {path}: " in result.output
        assert "Traceback" not in result.output


@pytest.mark.parametrize("command", [["extract"], ["build", "-o", "out"]])
def test_cli_leaves_garbage_collection_as_it_found_it(tmp_path: Path, command: list[str]) -> None:
    import gc

    path = tmp_path / "a.txt"
    path.write_text("中国电子学会理事长张三出席论坛。", encoding="utf-8")
    args = [command[0], str(path), *[str(tmp_path / a) if a == "out" else a for a in command[1:]]]
    thresholds = gc.get_threshold()
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == thresholds


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(st.characters(categories=["L", "N", "P", "S", "Zs"], exclude_characters="/"), min_size=1))
def test_cli_prints_any_missing_input_name_verbatim(tmp_path: Path, name: str) -> None:
    if name in (".", ".."):
        return
    path = tmp_path / "missing" / name
    result = runner.invoke(app, ["build", str(path), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1
    assert f"skipped {path}: " in result.output, result.output
    assert "Traceback" not in result.output


def test_cli_max_doc_chars_default_is_the_readers() -> None:
    import kg.cli
    import kg.io

    assert kg.cli.MAX_DOC_CHARS == kg.io.MAX_DOC_CHARS
