"""Execution engines for the per-document stages: in process, a local process pool, or Dask.

Every engine keeps at most ``window`` documents in flight and yields results in input order, so
memory stays flat however many documents stream through, and the output does not depend on the
engine or the number of workers.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator

from kg.model import Document, DocumentExtraction, ReadResult

Process = Callable[[Document], DocumentExtraction]
Pending = Callable[[], DocumentExtraction]
Outcome = tuple[ReadResult, DocumentExtraction | None]
ENGINES = ("local", "dask")


def in_order(
    results: Iterable[ReadResult], submit: Callable[[Document], Pending], window: int
) -> Iterator[Outcome]:
    """Submit each readable document, and yield outcomes in input order with a bounded queue."""
    queue: deque[tuple[ReadResult, Pending | None]] = deque()
    for result in results:
        queue.append((result, submit(result.document) if result.document is not None else None))
        while queue and (len(queue) > window or queue[0][1] is None):
            head, pending = queue.popleft()
            yield head, pending() if pending is not None else None
    while queue:
        head, pending = queue.popleft()
        yield head, pending() if pending is not None else None


def run_serial(results: Iterable[ReadResult], process: Process) -> Iterator[Outcome]:
    return in_order(results, lambda document: lambda: process(document), window=0)


def run_pool(
    results: Iterable[ReadResult], process: Process, *, workers: int, initializer: Callable[[], None]
) -> Iterator[Outcome]:
    """A pool of ``workers`` processes on this machine."""
    import multiprocessing

    # spawn, not fork: a forked ONNX Runtime session can deadlock in the child.
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=initializer) as pool:

        def submit(document: Document) -> Pending:
            return pool.apply_async(process, (document,)).get

        yield from in_order(results, submit, window=4 * workers)


def run_dask(
    results: Iterable[ReadResult], process: Process, *, scheduler: str | None, workers: int
) -> Iterator[Outcome]:
    """A dask.distributed cluster: ``scheduler`` (tcp://HOST:PORT), or a local one with ``workers``.

    The workers must have kg installed (the same version), since only the function's name travels.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - depends on the installed extras
        raise RuntimeError("the dask engine needs dask.distributed: pip install 'kg[dask]'") from e

    if scheduler:
        client = Client(scheduler, timeout="30s")
        cluster = None
    else:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(document: Document) -> Pending:
            return client.submit(process, document, pure=False).result

        yield from in_order(results, submit, window=4 * n_workers)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
