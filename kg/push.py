"""``kg push``: send a build's Neo4j export to a running server over Bolt.

The rows come from the CSVs of ``OUT/neo4j`` (what ``kg build`` wrote, so no pipeline runs again) and
go out as the very ``UNWIND $rows … MERGE`` statements of ``graph.cypher``, in batches, each batch in
a managed write transaction (``execute_write``: the driver retries it on transient errors). MERGE on
``id`` makes a push idempotent: pushing the same build again changes nothing, pushing a build with
more documents adds only what is new. Nothing is ever deleted.

No value from the build can become query text. Neo4j binds parameters on the server. FalkorDB
announces itself as Neo4j 5.13 over Bolt (its HELLO answer holds nothing else that tells it apart)
but pastes parameters into its query text unescaped, so a title ending in ``'}] … DETACH DELETE n``
would run as Cypher. kg first asks the server to echo two constant parameters of its own; a server that
changes or rejects them gets the rows as kg's own double-quoted literals instead (``inline_cypher``,
read back exactly by FalkorDB, as the tests show for every character the CSVs can hold), in
statements of at most ``LITERAL_BUDGET`` bytes of rows (FalkorDB's ~4 KB limit is on parameters
only; literal text is not limited that way).

Every failure becomes one ``PushError`` whose message names the URI (with any user info removed) and
never the password (``redact``, applied to every message). Every client call has a time limit:
connecting, acquiring a connection, the retries of a transaction, and the transaction on the server.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from kg.errors import ExportError, PushError
from kg.export.neo4j import (
    Batch,
    batches,
    cypher_map,
    cypher_string,
    inline_cypher,
    read_tables,
    schema_statements,
)

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

DEFAULT_BATCH = 1000
DEFAULT_TIMEOUT = 30.0  # seconds, per client call
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
# Values that a server pasting parameters into its query text changes (backslashes) or rejects
# (quotes). The backslashes go first: FalkorDB changes them without an error, and an error there
# costs a connection that its Bolt listener is slow to replace (a 60 s stall was measured).
PROBES = ("kg \\ \\n \\", "kg ' \" \n 😀 中文")
PROBE = "".join(PROBES)  # for the literal check
LITERAL_BUDGET = 1 << 20  # bytes of inlined rows per statement when the server pastes parameters


@dataclass
class PushReport:
    """What a push sent and what the server says it changed."""

    uri: str
    nodes: int = 0  # rows sent
    relationships: int = 0
    batches: int = 0
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    seconds: float = 0.0


def export_dir(out: Path) -> Path:
    """``OUT/`` or ``OUT/neo4j/``: the directory that holds the CSVs."""
    for candidate in (out / "neo4j", out):
        if (candidate / "nodes_Person.csv").is_file():
            return candidate
    raise PushError(f"{out}: no Neo4j export here (nodes_Person.csv); run kg build -o {out} first")


_AUTHORITY = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)(.*)", re.DOTALL)


@dataclass(frozen=True)
class Target:
    """A URI split into what the driver gets (no user info) and the credentials it carried."""

    uri: str
    user: str | None = None
    password: str | None = None
    raw_password: str | None = None  # as written in the URI, before percent-decoding


def split_uri(uri: str) -> Target:
    """``scheme://user:password@host…`` → the URI without user info, and the percent-decoded
    credentials. A regular expression, not urlsplit: a malformed host must not leave the password in."""
    match = _AUTHORITY.fullmatch(uri)
    if match is None or "@" not in match[2]:
        return Target(uri)
    userinfo, host = match[2].rsplit("@", 1)
    user, colon, password = userinfo.partition(":")
    return Target(
        match[1] + host + match[3],
        unquote(user) or None,
        unquote(password) if colon else None,
        password if colon else None,
    )


def safe_uri(uri: str) -> str:
    """The URI without user info, safe to print."""
    return split_uri(uri).uri


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """``text`` with every secret replaced by ``***`` (longest first, so none survives in part)."""
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


def fit(work: Iterable[Batch], budget: int = LITERAL_BUDGET) -> Iterator[Batch]:
    """The batches split so that each one's rows, as Cypher literals, take at most ``budget`` UTF-8
    bytes (a row larger than that goes alone: literal text has no server-side size limit)."""
    for batch in work:
        rows: list[Any] = []
        size = 0
        for row in batch.rows:
            cost = len(cypher_map(row).encode("utf-8")) + 2  # the ",\n" between rows
            if rows and size + cost > budget:
                yield Batch(batch.cypher, rows, batch.kind)
                rows, size = [], 0
            rows.append(row)
            size += cost
        if rows or not batch.rows:
            yield Batch(batch.cypher, rows, batch.kind)


def plan(out: Path, *, batch_size: int = DEFAULT_BATCH) -> list[Batch]:
    """The batches a push of ``out`` sends, in order (nodes first, then relationships)."""
    try:
        return list(batches(read_tables(export_dir(out)), batch_size))
    except ExportError as e:
        raise PushError(str(e)) from e


def push(
    out: Path,
    *,
    uri: str,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH,
    schema: bool = True,
    timeout: float = DEFAULT_TIMEOUT,
    on_progress: Callable[[int, int], None] | None = None,
) -> PushReport:
    """Push the export under ``out`` to ``uri``; no authentication when ``user`` is None.

    ``schema`` first creates the constraints and indexes of schema.cypher (Neo4j 5 syntax; some Bolt
    servers, such as FalkorDB, reject it). ``on_progress(rows_done, rows_total)`` follows each batch.
    """
    target = split_uri(uri)
    secrets = (password, target.password, target.raw_password)
    # Credentials in the URI (which the driver refuses to read there itself); options win.
    user = user if user is not None else target.user
    password = password if password is not None else target.password
    try:
        return _push(out, target.uri, user, password, database, batch_size, schema, timeout, on_progress)
    except PushError as e:
        raise PushError(redact(str(e), secrets)) from None


def _push(
    out: Path,
    uri: str,
    user: str | None,
    password: str | None,
    database: str | None,
    batch_size: int,
    schema: bool,
    timeout: float,
    on_progress: Callable[[int, int], None] | None,
) -> PushReport:
    scheme = uri.partition("://")[0].lower()
    if scheme not in BOLT_SCHEMES:
        raise PushError(
            f"cannot use {safe_uri(uri)}: kg push speaks Bolt ({', '.join(s + '://' for s in BOLT_SCHEMES)})"
        )
    work = plan(out, batch_size=batch_size)
    total = sum(len(b.rows) for b in work)
    report = PushReport(uri=safe_uri(uri))
    started = time.perf_counter()
    with _Connection(uri, user, password, database, timeout) as connection:
        if connection.inline:
            work = list(fit(work))
        if schema:
            for statement in schema_statements():
                connection.write(Batch(statement, [], "schema"))
        done = 0
        for batch in work:
            counters = connection.write(batch)
            report.batches += 1
            report.nodes_created += counters.get("nodes_created", 0)
            report.relationships_created += counters.get("relationships_created", 0)
            report.properties_set += counters.get("properties_set", 0)
            if batch.kind == "nodes":
                report.nodes += len(batch.rows)
            else:
                report.relationships += len(batch.rows)
            done += len(batch.rows)
            if on_progress is not None:
                on_progress(done, total)
    report.seconds = time.perf_counter() - started
    return report


class _Connection:
    """One driver and session; turns every driver error into a one-line ``PushError``."""

    def __init__(
        self, uri: str, user: str | None, password: str | None, database: str | None, timeout: float
    ) -> None:
        self.uri, self.shown, self.user, self.password = uri, safe_uri(uri), user, password
        self.database, self.timeout = database, timeout
        self.driver: Driver | None = None
        self.inline = False  # rows as kg's literals, not parameters (see binds_parameters)

    def __enter__(self) -> _Connection:
        import neo4j

        auth = (self.user, self.password or "") if self.user is not None else None
        try:
            self.driver = neo4j.GraphDatabase.driver(
                self.uri,
                auth=auth,
                connection_timeout=self.timeout,
                connection_acquisition_timeout=self.timeout,
                max_transaction_retry_time=self.timeout,
                warn_notification_severity="OFF",
            )
            self.driver.verify_connectivity()
            self.inline = not self.binds_parameters()
        except BaseException as e:
            self.close()
            raise self.error(e) from None
        return self

    def binds_parameters(self) -> bool:
        """Whether the server echoes ``PROBES`` as parameters exactly (Neo4j) or pastes it into its
        query text (FalkorDB: changed or a server error). A server that reads back neither the
        parameter nor kg's literal of it gets nothing."""
        from neo4j import exceptions as ex

        try:
            if all(self.echo("RETURN $probe AS probe", probe=probe) == probe for probe in PROBES):
                return True
        except ex.Neo4jError:
            pass
        if self.echo(f"RETURN {cypher_string(PROBE)} AS probe") != PROBE:
            raise PushError(
                f"{self.shown}: the server reads neither parameters nor string literals back exactly; "
                "nothing pushed"
            )
        return False

    def echo(self, cypher: str, **params: str) -> object:
        """The one value a constant read query of kg's own returns."""
        import neo4j

        if self.driver is None:
            raise PushError(f"{self.shown}: not connected")

        @neo4j.unit_of_work(timeout=self.timeout)
        def work(tx: ManagedTransaction) -> object:
            return tx.run(cypher, params).single(strict=True)["probe"]

        with self.driver.session(database=self.database) as session:
            return session.execute_read(work)

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.driver is not None:
            # Closing a broken connection must not hide the error that broke it.
            with contextlib.suppress(Exception):
                self.driver.close()
            self.driver = None

    def write(self, batch: Batch) -> dict[str, int]:
        """Run one batch in a managed write transaction with a server-side time limit."""
        import neo4j

        @neo4j.unit_of_work(timeout=self.timeout)
        def work(tx: ManagedTransaction) -> dict[str, int]:
            if self.inline:
                result = tx.run(inline_cypher(batch))  # values are kg's literals
            else:
                result = tx.run(batch.cypher, rows=batch.rows)
            counters = result.consume().counters
            return {
                "nodes_created": counters.nodes_created,
                "relationships_created": counters.relationships_created,
                "properties_set": counters.properties_set,
            }

        if self.driver is None:
            raise PushError(f"{self.shown}: not connected")
        try:
            with self.driver.session(database=self.database) as session:
                return session.execute_write(work)
        except BaseException as e:
            raise self.error(e) from None

    def error(self, e: BaseException) -> BaseException:
        """A ``PushError`` with one line naming the URI; anything not from the driver passes through."""
        from neo4j import exceptions as ex

        where = self.shown
        if isinstance(e, ex.AuthError):
            message = f"authentication failed at {where} for user {self.user!r}"
        elif isinstance(e, ex.Neo4jError):
            message = f"server error at {where}: {e.code}: {_first_line(e.message)}"
        elif isinstance(e, ex.ServiceUnavailable | ex.SessionExpired | OSError):
            reason = "connection refused" if "refused" in str(e).lower() else _first_line(str(e))
            message = f"cannot connect to {where}: {reason}"
        elif isinstance(e, ex.ConnectionAcquisitionTimeoutError):
            message = f"timed out after {self.timeout:g} s waiting for a connection to {where}"
        elif isinstance(e, ex.ConfigurationError | ValueError):
            message = f"cannot use {where}: {_first_line(str(e))}"
        elif isinstance(e, ex.DriverError):
            message = f"Bolt client error at {where}: {_first_line(str(e))}"
        else:
            return e
        return PushError(redact(message, (self.password,)))


def _first_line(text: Any) -> str:
    lines = str(text or "").strip().splitlines()
    return lines[0].rstrip(":") if lines else "no details"
