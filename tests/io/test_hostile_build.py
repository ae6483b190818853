"""kg build over a directory of hostile inputs (bench/hostile.py writes it into tmp_path): exit 0,
every input in report.json with its reason, the good documents in the graph.

The repeated-membership JSONL line is 100 KB here, not bench/hostile.py's 5 MB: the reasons, counts
and graph checked below do not depend on its size (its time and memory at 5 MB are the bench's).
The line over --max-doc-chars keeps its full size, so it is skipped unread as in the bench."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from kg_paths import bench_script
from typer.testing import CliRunner

from kg.cli import app

REASONS = {
    "huge_line.txt": "",
    "loop_a.txt": "symbolic link loop",
    "loop_b.txt": "symbolic link loop",
    "locked.txt": "cannot read: Permission denied",
}


def _name(source: str) -> str:
    """The file a report row is about (a JSONL line's source is FILE:LINE)."""
    return Path(source.rsplit(":", 1)[0] if ".jsonl:" in source else source).name


@pytest.mark.slow
def test_hostile_directory_builds(tmp_path: Path, unreadable: list[Path]) -> None:
    hostile = bench_script("hostile")
    folder = tmp_path / "in"
    names = hostile.write_corpus(folder, jsonl_bytes=100_000)
    (folder / "locked.txt").chmod(0)
    unreadable.append(folder / "locked.txt")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(folder), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    rows = {_name(row["source"]): row for row in report["documents"]}
    assert set(rows) == names
    huge = (folder / "huge_line.txt").stat().st_size
    assert {name: rows[name]["reason"] for name in REASONS} == REASONS | {
        "huge_line.txt": f"too large: {huge:,} bytes, over the limit of 2,000,000 characters (--max-doc-chars)"
    }
    read = {name for name, row in rows.items() if row["status"] == "read"}
    assert read == names - set(REASONS)
    assert rows["controls.txt"]["dropped_chars"] == 3
    assert rows["escapes.jsonl"]["dropped_chars"] == 3
    assert rows["cut_gbk.txt"]["replaced_chars"] == 1
    graph = (out / "graph.ttl").read_text(encoding="utf-8")
    assert all(f'"{name}"' in graph for name in hostile.GOOD_NAMES), [
        n for n in hostile.GOOD_NAMES if n not in graph
    ]
    assert (out / "graph.graphml").stat().st_size > 0
