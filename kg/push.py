"""``kg push``: send a build's Neo4j export to a running server over Bolt.

The rows come from the CSVs of ``OUT/neo4j`` (what ``kg build`` wrote, so no pipeline runs again) and
go out as the very ``UNWIND $rows … MERGE`` statements of ``graph.cypher``, in batches, each batch in
a managed write transaction (``execute_write``: the driver retries it on transient errors). MERGE on
``id`` makes a push idempotent: pushing the same build again changes nothing, pushing a build with
more documents adds only what is new. Nothing is ever deleted.

Every failure becomes one ``PushError`` whose message names the URI (with any user info removed) and
never the password. Every client call has a time limit: connecting, acquiring a connection, the
retries of a transaction, and the transaction itself on the server.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from kg.errors import ExportError, PushError
from kg.export.neo4j import Batch, batches, read_tables, schema_statements

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

DEFAULT_BATCH = 1000
DEFAULT_TIMEOUT = 30.0  # seconds, per client call
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


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


def safe_uri(uri: str) -> str:
    """The URI without user info, safe to print."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return uri
    if "@" not in parts.netloc:
        return uri
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


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
    scheme = uri.partition("://")[0].lower()
    if scheme not in BOLT_SCHEMES:
        raise PushError(
            f"cannot use {safe_uri(uri)}: kg push speaks Bolt ({', '.join(s + '://' for s in BOLT_SCHEMES)})"
        )
    work = plan(out, batch_size=batch_size)
    total = sum(len(b.rows) for b in work)
    shown = safe_uri(uri)
    report = PushReport(uri=shown)
    started = time.perf_counter()
    with _Connection(uri, user, password, database, timeout) as connection:
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
        except BaseException as e:
            self.close()
            raise self.error(e) from None
        return self

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
        if self.password:
            message = message.replace(self.password, "***")
        return PushError(message)


def _first_line(text: Any) -> str:
    lines = str(text or "").strip().splitlines()
    return lines[0].rstrip(":") if lines else "no details"
