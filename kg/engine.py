"""Execution engines for the per-document stages: in process, a local process pool, or Dask.

Documents travel in batches of about ``BATCH_CHARS`` characters: the backbone tags all the sentences
of a batch together (sentences of equal length share one model run, across documents), and a worker
gets enough work per task to make the round trip worth it. Every engine keeps at most ``window``
batches in flight and yields results in input order, so memory stays flat however many documents
stream through, and the output does not depend on the engine or the number of workers.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence

from kg.model import Document, DocumentExtraction, ReadResult

Process = Callable[[Sequence[Document]], list[DocumentExtraction]]
Pending = Callable[[], list[DocumentExtraction]]
Outcome = tuple[ReadResult, DocumentExtraction | None]
ENGINES = ("local", "dask")
BATCH_CHARS = 32_000
# Batches in flight per worker: one running, one waiting, so a worker never idles between tasks.
BATCHES_PER_WORKER = 2


def batches(results: Iterable[ReadResult], max_chars: int | None = None) -> Iterator[list[ReadResult]]:
    """Consecutive read results whose documents hold about ``max_chars`` (``BATCH_CHARS``)
    characters in all."""
    max_chars = BATCH_CHARS if max_chars is None else max_chars
    batch: list[ReadResult] = []
    size = 0
    for result in results:
        batch.append(result)
        if result.document is not None:
            size += len(result.document.text)
        if size >= max_chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def in_order(
    results: Iterable[ReadResult],
    submit: Callable[[list[Document]], Pending],
    window: int,
    *,
    max_chars: int | None = None,
) -> Iterator[Outcome]:
    """Submit each batch of readable documents, and yield outcomes in input order with a bounded queue."""
    queue: deque[tuple[list[ReadResult], Pending | None]] = deque()
    for batch in batches(results, max_chars):
        documents = [r.document for r in batch if r.document is not None]
        queue.append((batch, submit(documents) if documents else None))
        while queue and (len(queue) > window or queue[0][1] is None):
            yield from _outcomes(*queue.popleft())
    while queue:
        yield from _outcomes(*queue.popleft())


def _outcomes(batch: list[ReadResult], pending: Pending | None) -> Iterator[Outcome]:
    extractions = iter(pending() if pending is not None else ())
    for result in batch:
        yield result, next(extractions) if result.document is not None else None


def run_serial(results: Iterable[ReadResult], process: Process) -> Iterator[Outcome]:
    return in_order(results, lambda documents: lambda: process(documents), window=0)


def run_pool(
    results: Iterable[ReadResult], process: Process, *, workers: int, initializer: Callable[[], None]
) -> Iterator[Outcome]:
    """A pool of ``workers`` processes on this machine."""
    import multiprocessing

    # spawn, not fork: a forked ONNX Runtime session can deadlock in the child.
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=initializer) as pool:

        def submit(documents: list[Document]) -> Pending:
            return pool.apply_async(process, (documents,)).get

        yield from in_order(results, submit, window=BATCHES_PER_WORKER * workers)


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

        def submit(documents: list[Document]) -> Pending:
            return client.submit(process, documents, pure=False).result

        yield from in_order(results, submit, window=BATCHES_PER_WORKER * n_workers)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
