"""Every export at once: processes share the formats out, and the bytes do not depend on how many."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from kg_paths import FIXTURES, SAMPLES

import kg.export
from kg.build import build
from kg.export import EXPORTERS, collector_paused, write_exports
from kg.graph import KnowledgeGraph
from kg.link import resolve

sys.path.insert(0, str(FIXTURES / "graph"))
from records import extractions  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    return resolve(extractions())


def _files(directory: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(directory)): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file() and path.name != "report.json"
    }


def write_pid(graph: KnowledgeGraph, path: Path) -> None:
    path.write_text(str(os.getpid()), encoding="utf-8")


def fail(graph: KnowledgeGraph, path: Path) -> None:
    raise RuntimeError(f"cannot write {path.name}")


@pytest.mark.parametrize("processes", [2, 3, 6, 10])
def test_write_exports_bytes_do_not_depend_on_processes(
    graph: KnowledgeGraph, tmp_path: Path, processes: int
) -> None:
    write_exports(graph, tmp_path / "one")
    written = write_exports(graph, tmp_path / "many", processes=processes)
    assert [p.name for p in written] == [name for _, name in EXPORTERS.values()]
    assert _files(tmp_path / "many") == _files(tmp_path / "one")
    assert len(_files(tmp_path / "one")) >= len(EXPORTERS)


@pytest.mark.parametrize(
    ("processes", "elsewhere"), [(1, []), (2, ["pid_b.txt"]), (3, ["pid_b.txt", "pid_c.txt"])]
)
def test_write_exports_shares_formats_among_processes(
    graph: KnowledgeGraph,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    processes: int,
    elsewhere: list[str],
) -> None:
    # Other tests leave native threads (the backbone's) in this process, which rule forking out.
    monkeypatch.setattr(kg.export, "_can_fork", lambda: True)
    for name in "abc":
        monkeypatch.setitem(EXPORTERS, name, (f"{__name__}:write_pid", f"pid_{name}.txt"))
    write_exports(graph, tmp_path, ["a", "b", "c"], processes=processes)
    other = sorted(p.name for p in tmp_path.glob("pid_*.txt") if p.read_text() != str(os.getpid()))
    assert other == elsewhere


@pytest.mark.parametrize("processes", [1, 2])
def test_write_exports_raises_what_an_exporter_raised(
    graph: KnowledgeGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, processes: int
) -> None:
    monkeypatch.setattr(kg.export, "_can_fork", lambda: True)
    monkeypatch.setitem(EXPORTERS, "broken", (f"{__name__}:fail", "broken.txt"))
    with pytest.raises(RuntimeError, match="cannot write broken.txt"):
        write_exports(graph, tmp_path, ["nt", "broken"], processes=processes)


def test_write_exports_names_an_unknown_format_before_writing(graph: KnowledgeGraph, tmp_path: Path) -> None:
    with pytest.raises(KeyError, match="unknown export format 'svg'"):
        write_exports(graph, tmp_path, ["nt", "svg"], processes=2)
    assert not (tmp_path / "graph.nt").exists()


@pytest.mark.slow
def test_kg_build_main_process_may_fork_until_another_thread_runs() -> None:
    # What the main process of kg build --workers N imports (the command line first, as kg does) leaves
    # it single-threaded; any other live thread (numpy's BLAS pool, the backbone's runtime, a Python
    # thread) rules forking out. Whether the runtime starts a thread depends on the machine, so a Python
    # thread stands for it here.
    script = (
        "import threading, kg.cli, kg.build; from kg.export import _can_fork; before = _can_fork(); "
        "stop = threading.Event(); other = threading.Thread(target=stop.wait); other.start(); "
        "print(before, _can_fork()); stop.set()"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "False"]


@pytest.mark.slow
def test_build_two_workers_writes_the_same_files_as_one(tmp_path: Path) -> None:
    build([str(SAMPLES)], tmp_path / "one")
    build([str(SAMPLES)], tmp_path / "two", workers=2)
    assert _files(tmp_path / "two") == _files(tmp_path / "one")
    assert "graph.ttl" in _files(tmp_path / "one")


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_paused_puts_the_collector_back_as_it_found_it(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError), collector_paused():
            raise RuntimeError("an exporter failed")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
