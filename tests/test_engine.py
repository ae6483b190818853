from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from kg import engine
from kg.build import extract_all
from kg.engine import Pending, in_order
from kg.io import read_documents
from kg.model import Document, DocumentExtraction, ReadResult


def _result(name: str, ok: bool = True) -> ReadResult:
    if not ok:
        return ReadResult(source=name, reason="bad")
    return ReadResult(source=name, document=Document(id=name, source=name, text=name))


def _recording_submit(log: list[str]) -> Callable[[list[Document]], Pending]:
    def submit(documents: list[Document]) -> Pending:
        names = "".join(d.id for d in documents)
        log.append(f"submit {names}")

        def get() -> list[DocumentExtraction]:
            log.append(f"get {names}")
            return [DocumentExtraction(document=d) for d in documents]

        return get

    return submit


@pytest.mark.parametrize("window", [0, 1, 3, 10])
@pytest.mark.parametrize("max_chars", [1, 2, 3, 100])
def test_engine_in_order_keeps_input_order_and_every_input(window: int, max_chars: int) -> None:
    results = [_result("a"), _result("b", ok=False), _result("c"), _result("d", ok=False), _result("e")]
    log: list[str] = []
    outcomes = list(in_order(iter(results), _recording_submit(log), window=window, max_chars=max_chars))
    assert [r.source for r, _ in outcomes] == ["a", "b", "c", "d", "e"]
    assert [e.document.id if e else None for _, e in outcomes] == ["a", None, "c", None, "e"]


@pytest.mark.parametrize(
    ("max_chars", "submitted"),
    [(1, ["a", "b", "c", "d"]), (2, ["ab", "cd"]), (3, ["abc", "d"]), (100, ["abcd"])],
)
def test_engine_batches_documents_by_characters(max_chars: int, submitted: list[str]) -> None:
    log: list[str] = []
    list(in_order(iter(_result(c) for c in "abcd"), _recording_submit(log), window=0, max_chars=max_chars))
    assert [entry.split()[1] for entry in log if entry.startswith("submit")] == submitted


def test_engine_in_order_bounds_documents_in_flight() -> None:
    log: list[str] = []
    in_flight = 0
    peak = 0
    for entry in _drive(log, window=2, n=20):
        in_flight += 1 if entry.startswith("submit") else -1
        peak = max(peak, in_flight)
    assert peak == 3  # the window plus the batch just submitted


def _drive(log: list[str], *, window: int, n: int) -> list[str]:
    results = [_result(str(i)) for i in range(n)]
    list(in_order(iter(results), _recording_submit(log), window=window, max_chars=1))
    return log


def _texts(tmp_path: Path) -> list[str]:
    sentences = [
        "中国电子学会理事长张三出席论坛并致辞。",
        "浙江大学校长王五在杭州发表演讲。",
        "第五届数字经济峰会于5月20日在杭州开幕，由浙江省人民政府主办。",
        "某某科技公司创始人兼首席执行官李四主持对话。",
    ]
    paths = []
    for i, text in enumerate(sentences * 2):
        path = tmp_path / f"{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    (tmp_path / "empty.txt").write_bytes(b"")
    paths.insert(3, str(tmp_path / "empty.txt"))
    return paths


def _outcomes(paths: list[str], **options: object) -> list[tuple[str, DocumentExtraction | None]]:
    return [
        (r.source, dataclasses.replace(e, seconds=0.0) if e is not None else None)
        for r, e in extract_all(read_documents(paths), **options)  # type: ignore[arg-type]
    ]


@pytest.mark.slow
def test_engine_two_workers_equal_one(tmp_path: Path) -> None:
    paths = _texts(tmp_path)
    assert _outcomes(paths, workers=2) == _outcomes(paths, workers=1)


@pytest.mark.slow
def test_engine_small_batches_on_two_workers_equal_one_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The backbone tags and decodes a batch's sentences together: what a document gets must not
    # depend on which documents share its batch, nor on the worker that runs it.
    paths = _texts(tmp_path)
    whole = _outcomes(paths, workers=1)
    monkeypatch.setattr(engine, "BATCH_CHARS", 40)  # two or three documents a batch
    assert len(list(engine.batches(read_documents(paths)))) >= 4
    assert _outcomes(paths, workers=2) == whole


@pytest.mark.slow
def test_engine_dask_local_cluster_equals_local(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    paths = _texts(tmp_path)
    local = _outcomes(paths, workers=1)
    assert any(e is not None and e.memberships for _, e in local)
    assert _outcomes(paths, engine="dask", workers=2) == local


def test_engine_unknown_fails() -> None:
    with pytest.raises(ValueError, match="unknown engine"):
        list(extract_all([], engine="spark"))
