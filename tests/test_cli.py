from __future__ import annotations

import json
from pathlib import Path

import pytest
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


def test_cli_build_with_nothing_readable_fails(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["documents"][0]["status"] == "skipped"


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
