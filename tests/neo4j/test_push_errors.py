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


class FakeResult:
    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record

    def single(self, strict: bool = False) -> dict[str, Any]:
        return self.record

    def consume(self) -> Any:
        from types import SimpleNamespace

        return SimpleNamespace(
            counters=SimpleNamespace(nodes_created=0, relationships_created=0, properties_set=0)
        )


class FakeTx:
    """Records the statements run; echoes the probe as Neo4j does (``binds``) or as FalkorDB does."""

    def __init__(self, driver: FakeDriver) -> None:
        self.driver = driver

    def run(self, cypher: str, parameters: dict[str, Any] | None = None, **kwargs: Any) -> FakeResult:
        params = {**(parameters or {}), **kwargs}
        self.driver.runs.append((cypher, params))
        if "probe" in params:
            return FakeResult({"probe": params["probe"] if self.driver.binds else "changed"})
        if cypher.startswith("RETURN "):
            from kg.push import PROBE

            return FakeResult({"probe": PROBE})
        return FakeResult({})


class FakeDriver:
    def __init__(self, on_verify: Exception | None, on_write: Exception | None, binds: bool = True) -> None:
        self.on_verify, self.on_write, self.closed = on_verify, on_write, False
        self.binds = binds
        self.runs: list[tuple[str, dict[str, Any]]] = []

    def verify_connectivity(self) -> None:
        if self.on_verify is not None:
            raise self.on_verify

    def session(self, **config: Any) -> FakeDriver:
        return self

    def __enter__(self) -> FakeDriver:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def execute_read(self, work: Any) -> Any:
        return work(FakeTx(self))

    def execute_write(self, work: Any) -> Any:
        if self.on_write is not None:
            raise self.on_write
        return work(FakeTx(self))

    def close(self) -> None:
        self.closed = True


class FakeNeo4j:
    """What the next driver will raise, and the drivers made."""

    def __init__(self) -> None:
        self.verify: Exception | None = None
        self.write: Exception | None = None
        self.binds = True
        self.uris: list[str] = []
        self.auths: list[Any] = []
        self.drivers: list[FakeDriver] = []

    def driver(self, uri: str, **config: Any) -> FakeDriver:
        for key in ("connection_timeout", "connection_acquisition_timeout", "max_transaction_retry_time"):
            assert config[key] == 30.0  # every client call has a time limit
        self.uris.append(uri)
        self.auths.append(config["auth"])
        self.drivers.append(FakeDriver(self.verify, self.write, self.binds))
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


def test_push_binds_parameters_on_a_server_that_echoes_them(out: Path, fake: FakeNeo4j) -> None:
    """Neo4j: the rows go as the $rows parameter, never as text."""
    assert runner.invoke(app, ["push", str(out), "--uri", "bolt://db.example:7687", "-q"]).exit_code == 0
    writes = [(c, p) for c, p in fake.drivers[0].runs if c.startswith("UNWIND")]
    assert writes and all(c.startswith("UNWIND $rows AS row") and p["rows"] for c, p in writes)


def test_push_inlines_literals_on_a_server_that_pastes_parameters(out: Path, fake: FakeNeo4j) -> None:
    """FalkorDB: no parameters at all, the rows are kg's literals."""
    fake.binds = False
    assert runner.invoke(app, ["push", str(out), "--uri", "bolt://db.example:7687", "-q"]).exit_code == 0
    writes = [(c, p) for c, p in fake.drivers[0].runs if c.startswith("UNWIND")]
    assert writes and all(c.startswith("UNWIND [\n{") and "$rows" not in c and not p for c, p in writes)


def test_fit_keeps_every_row_within_the_byte_budget() -> None:
    from kg.export.neo4j import Batch, cypher_map
    from kg.push import fit

    rows: list[Any] = [{"id": str(i), "name": "名" * (i * 7 % 50)} for i in range(200)]
    parts = list(fit([Batch("UNWIND $rows AS row RETURN row", rows)], budget=400))
    assert [r for part in parts for r in part.rows] == rows
    assert len(parts) > 1
    assert all(sum(len(cypher_map(r).encode()) + 2 for r in part.rows) <= 400 for part in parts)
    assert list(fit([Batch("CREATE INDEX x", [], "schema")], 400)) == [Batch("CREATE INDEX x", [], "schema")]


# How a password can reach kg push; it must appear nowhere in its output, whatever happens.
# fmt: off
PASSWORD_SOURCES = [
    (["--user", "neo4j", "--password", PASSWORD], "bolt://{host}"),
    ([], f"bolt://neo4j:{PASSWORD}@{{host}}"),
    ([], f"neo4j+s://neo4j:{PASSWORD.replace('-', '%2D')}@{{host}}"),
    (["--user", "neo4j"], f"neo4j://neo4j:{PASSWORD}@{{host}}"),
]
# fmt: on


@pytest.mark.parametrize(("options", "uri"), PASSWORD_SOURCES)
def test_password_is_never_printed_on_refused_connection(out: Path, options: list[str], uri: str) -> None:
    host = f"127.0.0.1:{closed_port()}"
    args = ["push", str(out), "--uri", uri.format(host=host), *options, "--timeout", "5"]
    line = one_line_error(runner.invoke(app, args))
    assert line.startswith("kg push: cannot connect to ") and host in line


@pytest.mark.parametrize(("options", "uri"), PASSWORD_SOURCES)
def test_password_is_never_printed_on_auth_error(
    out: Path, fake: FakeNeo4j, options: list[str], uri: str
) -> None:
    fake.verify = _neo4j_error("Neo.ClientError.Security.Unauthorized", f"{PASSWORD} is wrong")
    args = ["push", str(out), "--uri", uri.format(host="db.example:7687"), *options]
    assert one_line_error(runner.invoke(app, args)).startswith("kg push: authentication failed at ")
    assert fake.auths == [("neo4j", PASSWORD)]  # the URI's credentials are used, and decoded
    assert "@" not in fake.uris[0]  # the driver refuses user info in a URI


@pytest.mark.parametrize(("options", "uri"), PASSWORD_SOURCES)
def test_password_is_never_printed_on_success(
    out: Path, fake: FakeNeo4j, options: list[str], uri: str
) -> None:
    result = runner.invoke(app, ["push", str(out), "--uri", uri.format(host="db.example:7687"), *options])
    assert result.exit_code == 0, result.output
    assert "db.example:7687" in result.stderr and "relationships created" in result.stderr
    assert PASSWORD not in result.output and PASSWORD.replace("-", "%2D") not in result.output


@pytest.mark.parametrize("uri", [f"bolt://neo4j:{PASSWORD}@[::1:7687", f"bolt://neo4j:{PASSWORD}@:x:y"])
def test_password_is_never_printed_for_a_malformed_uri(out: Path, uri: str) -> None:
    assert one_line_error(runner.invoke(app, ["push", str(out), "--uri", uri])).startswith("kg push: ")


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
    (f"bolt://neo4j:{PASSWORD}@[::1:7687", "bolt://[::1:7687"),
    (f"bolt://a@b:{PASSWORD}@db.example", "bolt://db.example"),
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
