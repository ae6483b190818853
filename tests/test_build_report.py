"""`kg build` over bad inputs: every input (and every bad JSONL line) is in report.json with its outcome."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

GOOD = "2024年5月20日，工业和信息化部副部长单忠德在杭州出席第三届数字经济合作大会并致辞。"


def rows(out: Path) -> dict[str, dict[str, object]]:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {Path(d["source"]).name: d for d in report["documents"]}


@pytest.mark.slow
def test_bad_inputs_are_reported_and_build_goes_on(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "binary.bin").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (src / "empty.txt").write_bytes(b"")
    (src / "gb.txt").write_bytes((GOOD * 3).encode("gb18030"))
    lines = [json.dumps({"text": GOOD}, ensure_ascii=False), "{not json", json.dumps({"text": GOOD + "又"})]
    (src / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (src / "broken.md").write_text("---\ntitle: [未闭合\n---\n正文。\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(src), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    found = {name: (row["status"], row["reason"]) for name, row in rows(out).items()}
    assert found["binary.bin"][0] == "skipped" and "binary" in str(found["binary.bin"][1])
    assert found["empty.txt"][0] == "skipped" and "empty" in str(found["empty.txt"][1])
    assert found["gb.txt"] == ("read", None)
    assert found["broken.md"][0] == "skipped" and "front matter" in str(found["broken.md"][1])
    assert found["news.jsonl:1"] == ("read", None) and found["news.jsonl:3"] == ("read", None)
    assert found["news.jsonl:2"][0] == "skipped" and "JSON" in str(found["news.jsonl:2"][1])
    assert len(found) == 7


@pytest.mark.slow
@pytest.mark.seeds
def test_build_reads_all_seeds_with_titles_and_dates(shared: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(shared / "seeds"), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    documents = rows(out)
    assert len(documents) == 5
    assert all(d["status"] == "read" and d["title"] for d in documents.values())
    # Only full dates count (kg/io/dates.py): 001 and 003 carry one in their front matter; 000 and 004
    # write only month and day ("11月5日", "7月6日至8日"), 002 none, so their document date is unknown
    # (the gold doc_date of 000/004 is the event date, whose year events.py infers from the event name).
    dates = {name[:3]: d["date"] for name, d in documents.items()}
    assert dates == {"000": None, "001": "2025-02-25", "002": None, "003": "2021-12-08", "004": None}
