"""OUT/mentions.jsonl: extractions written and read back unchanged, merged by document id."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from kg_paths import FIXTURES

from kg.errors import InputError
from kg.link.store import (
    MentionsWriter,
    from_json,
    merge_extractions,
    read_mentions,
    to_json,
    write_mentions,
)

sys.path.insert(0, str(FIXTURES / "graph"))
from records import extractions  # noqa: E402


def test_store_round_trips_every_record(tmp_path: Path) -> None:
    records = extractions()
    assert all(from_json(to_json(x)) == x for x in records)
    path = tmp_path / "mentions.jsonl"
    write_mentions(records, path)
    assert read_mentions(path) == records
    assert len(path.read_text(encoding="utf-8").splitlines()) == len(records)


def test_store_merge_replaces_a_document_read_again() -> None:
    a, b, c, d = extractions()
    again = replace(b, sentences=99)
    merged = merge_extractions([a, b, c], [again, d])
    assert [x.document.id for x in merged] == ["a", "c", "b", "d"]
    assert merged[2].sentences == 99


# (earlier documents, new documents) by index into the fixture's records; "B" is record 1 read again.
# fmt: off
STREAMS = [
    ((), (0, 1, 2, 3)),        # a first build
    ((0, 1), (2, 3)),          # --update with new documents only
    ((0, 1, 2), ("B", 3)),     # --update reading b again: it moves to the end, once
    ((0, 1), ("B", 0)),        # every earlier document read again
    ((0,), ()),                # nothing new
]
# fmt: on


@pytest.mark.parametrize(("before", "new"), STREAMS)
def test_store_streamed_file_equals_the_merged_one(
    tmp_path: Path, before: tuple[int, ...], new: tuple[int | str, ...]
) -> None:
    records = extractions()
    again = replace(records[1], sentences=99)
    previous = [records[i] for i in before]
    fresh = [again if i == "B" else records[int(i)] for i in new]
    expected = tmp_path / "expected.jsonl"
    write_mentions(merge_extractions(previous, fresh), expected)
    streamed = tmp_path / "stage" / "mentions.jsonl"
    streamed.parent.mkdir()
    with MentionsWriter(streamed, previous) as writer:
        for extraction in fresh:
            writer.write(extraction)
    assert streamed.read_bytes() == expected.read_bytes()
    assert [p.name for p in streamed.parent.iterdir()] == ["mentions.jsonl"]  # no scratch file left


@pytest.mark.parametrize("bad", ["{not json", '{"document": 3}', "[]"])
def test_store_damaged_line_is_an_error(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "mentions.jsonl"
    path.write_text(to_json(extractions()[0]) + "\n" + bad + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="mentions.jsonl:2"):
        read_mentions(path)


def test_store_reads_records_without_newer_fields(tmp_path: Path) -> None:
    line = to_json(extractions()[2]).replace('"seconds": 0.0, ', "")
    assert '"seconds"' not in line
    assert from_json(line) == extractions()[2]  # a field added later with a default still reads
