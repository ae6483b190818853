"""kg push failures: one line naming the URI, never the password, exit code 1, no traceback."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import neo4j
import pytest
from bolt_testing import handshake, port_of, sample_graph
from neo4j import exceptions as ex
from typer.testing import CliRunner

from kg.cli import app
from kg.export.neo4j import write_neo4j
from kg.push import safe_uri

runner = CliRunner()
PASSWORD = "s3cr3t-Pa55"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("errors-build")
    write_neo4j(sample_graph(), out / "neo4j")
    return out


def closed_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def one_line_error(result: Any) -> str:
    """The CLI's error output, checked to be exactly one line with no traceback and no password."""
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output and PASSWORD not in result.output
    return str(lines[0])


def test_push_refused_connection_in_a_real_process(out: Path) -> None:
    uri = f"bolt://127.0.0.1:{closed_port()}"
    kg = Path(sys.executable).parent / "kg"
    command = [
        str(kg),
        "push",
        str(out),
        "--uri",
        uri,
        "--user",
        "neo4j",
        "--password",
        PASSWORD,
        "--timeout",
        "5",
    ]
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert time.monotonic() - started < 30  # no retry loop on a refused connection
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip() == f"kg push: cannot connect to {uri}: connection refused"
    assert PASSWORD not in done.stderr


def test_push_times_out_on_a_silent_server(out: Path) -> None:
    """A listener that accepts and never answers the Bolt handshake: the connect timeout ends it."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        uri = f"bolt://127.0.0.1:{listener.getsockname()[1]}"
        started = time.monotonic()
        result = runner.invoke(app, ["push", str(out), "--uri", uri, "--timeout", "1"])
        assert time.monotonic() - started < 20
        line = one_line_error(result)
        assert line.startswith(f"kg push: cannot connect to {uri}: ")
    finally:
        stop.set()
        thread.join(timeout=5)
        for conn in accepted:
            conn.close()
        listener.close()


def test_push_missing_export_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["push", str(tmp_path), "--uri", "bolt://127.0.0.1:1"])
    assert one_line_error(result) == f"kg push: {tmp_path}: no Neo4j export here (nodes_Person.csv); " + (
        f"run kg build -o {tmp_path} first"
    )


def test_push_bad_uri_scheme(out: Path) -> None:
    result = runner.invoke(app, ["push", str(out), "--uri", "http://127.0.0.1:7474"])
    assert one_line_error(result) == (
        "kg push: cannot use http://127.0.0.1:7474: kg push speaks Bolt "
        "(bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://)"
    )


# --- Errors the driver raises, mapped to lines (a fake driver stands in for Neo4j's answers). ---------


def _neo4j_error(code: str, message: str) -> Exception:
    return ex.Neo4jError._hydrate_neo4j(code=code, message=message)


# fmt: off
ERROR_CASES = [
    # (raised by verify_connectivity, raised by execute_write, expected line after "kg push: ")
    (_neo4j_error("Neo.ClientError.Security.Unauthorized", f"bad password {PASSWORD}"), None,
     "authentication failed at bolt://db.example:7687 for user 'neo4j'"),
    (None, _neo4j_error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'X'\nline 2"),
     "server error at bolt://db.example:7687: Neo.ClientError.Statement.SyntaxError: Invalid input 'X'"),
    (None, _neo4j_error("Neo.ClientError.Security.Forbidden", f"user neo4j with {PASSWORD} may not write"),
     "server error at bolt://db.example:7687: Neo.ClientError.Security.Forbidden: user neo4j with *** may not write"),
    (ex.ServiceUnavailable("Couldn't connect to db.example:7687:\nTimed out"), None,
     "cannot connect to bolt://db.example:7687: Couldn't connect to db.example:7687"),
    (None, ex.SessionExpired("connection lost"),
     "cannot connect to bolt://db.example:7687: connection lost"),
    (ex.ConnectionAcquisitionTimeoutError("pool full"), None,
     "timed out after 30 s waiting for a connection to bolt://db.example:7687"),
]
# fmt: on


class FakeDriver:
    def __init__(self, on_verify: Exception | None, on_write: Exception | None) -> None:
        self.on_verify, self.on_write, self.closed = on_verify, on_write, False

    def verify_connectivity(self) -> None:
        if self.on_verify is not None:
            raise self.on_verify

    def session(self, **config: Any) -> FakeDriver:
        return self

    def __enter__(self) -> FakeDriver:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def execute_write(self, work: Any) -> dict[str, int]:
        if self.on_write is not None:
            raise self.on_write
        return {}

    def close(self) -> None:
        self.closed = True


class FakeNeo4j:
    """What the next driver will raise, and the drivers made."""

    def __init__(self) -> None:
        self.verify: Exception | None = None
        self.write: Exception | None = None
        self.drivers: list[FakeDriver] = []

    def driver(self, uri: str, **config: Any) -> FakeDriver:
        for key in ("connection_timeout", "connection_acquisition_timeout", "max_transaction_retry_time"):
            assert config[key] == 30.0  # every client call has a time limit
        self.drivers.append(FakeDriver(self.verify, self.write))
        return self.drivers[-1]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeNeo4j:
    fake = FakeNeo4j()
    monkeypatch.setattr(neo4j.GraphDatabase, "driver", fake.driver)
    return fake


@pytest.mark.parametrize(("on_verify", "on_write", "expected"), ERROR_CASES)
def test_push_maps_driver_errors_to_one_line(
    out: Path, fake: FakeNeo4j, on_verify: Exception | None, on_write: Exception | None, expected: str
) -> None:
    fake.verify, fake.write = on_verify, on_write
    args = ["push", str(out), "--uri", "bolt://db.example:7687", "--user", "neo4j", "--password", PASSWORD]
    assert one_line_error(runner.invoke(app, args)) == f"kg push: {expected}"
    assert [d.closed for d in fake.drivers] == [True]  # the driver is closed on every failure


def test_push_password_from_the_environment_is_never_printed(out: Path, fake: FakeNeo4j) -> None:
    fake.verify = _neo4j_error("Neo.ClientError.Security.Unauthorized", PASSWORD)
    args = ["push", str(out), "--uri", "bolt://db.example:7687", "--user", "neo4j"]
    result = runner.invoke(app, args, env={"NEO4J_PASSWORD": PASSWORD})
    assert (
        one_line_error(result) == "kg push: authentication failed at bolt://db.example:7687 for user 'neo4j'"
    )


# fmt: off
@pytest.mark.parametrize(("uri", "shown"), [
    ("bolt://localhost:7687", "bolt://localhost:7687"),
    (f"neo4j://neo4j:{PASSWORD}@db.example:7687", "neo4j://db.example:7687"),
    (f"bolt+s://u:{PASSWORD}@[::1]:7687/x", "bolt+s://[::1]:7687/x"),
    ("not a uri", "not a uri"),
])
# fmt: on
def test_safe_uri_drops_user_info(uri: str, shown: str) -> None:
    assert safe_uri(uri) == shown


# --- The same against the real server. -------------------------------------------------------------


@pytest.mark.neo4j
def test_push_server_error_from_falkordb(bolt: str, out: Path) -> None:
    """With the schema step (the default), FalkorDB rejects Neo4j's CREATE CONSTRAINT: a server error."""
    handshake(port_of(bolt))
    line = one_line_error(runner.invoke(app, ["push", str(out), "--uri", bolt, "--timeout", "10"]))
    assert line == f"kg push: server error at {bolt}: Neo.DatabaseError.General.UnknownError: An unknown error occurred"


@pytest.mark.neo4j
def test_push_with_credentials_to_falkordb_names_no_password(bolt: str, out: Path) -> None:
    """FalkorDB answers any authentication with its one unknown error; the line still hides the password."""
    handshake(port_of(bolt))
    args = ["push", str(out), "--uri", bolt, "--no-schema", "--batch-size", "4", "--user", "neo4j", "--password", PASSWORD]
    line = one_line_error(runner.invoke(app, args))
    assert line.startswith(f"kg push: server error at {bolt}: ")
