"""Engines: where :func:`~workbench.store.partition.extract_partition` runs.

- ``inline``: in this process (one batch, or ``jobs=1``);
- ``local``: ``jobs`` worker processes (``spawn``), each loading the spaCy pipeline once;
- ``dask``: the workers of a ``dask.distributed`` scheduler, or of a local cluster.

Every engine keeps at most ``2 × workers`` batches in flight (memory is bounded by batch size and
workers, never by the corpus) and hands each finished partition to ``on_stored`` in this
process, which commits it to the manifest. On an exception or Ctrl-C, workers are terminated
before it propagates: nothing hangs, and every partition committed so far stays.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from workbench import nlp
from workbench.store.manifest import Keyed, Stored

OnStored = Callable[[Stored], None]
ENGINES = ("local", "dask")
POLL_SECONDS = 0.5


def run_inline(batches: Iterable[Sequence[Keyed]], *, root: str, version: str,
               on_stored: OnStored) -> None:
    from workbench.store.partition import extract_partition  # the parser: only to extract

    for batch in batches:
        on_stored(extract_partition(root, version, batch))


def ignore_interrupts() -> None:
    """A worker ignores Ctrl-C (the parent decides) and ends with its parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    threading.Thread(target=_exit_with_parent, daemon=True).start()


def _init_worker() -> None:
    """A worker ignores Ctrl-C and loads the pipeline once."""
    ignore_interrupts()
    nlp.load()


def _exit_with_parent() -> None:
    """A worker whose parent died (SIGKILL, out of memory) ends too, instead of waiting for
    work forever; what it was writing is a temporary file the next opening deletes."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        parent.join()
        os._exit(1)


def _submit(executor: ProcessPoolExecutor, root: str, version: str,
            batch: Sequence[Keyed]) -> Future[Stored]:
    """Submit with Ctrl-C blocked, so that workers started now are born with it blocked (the
    terminal sends it to the whole group); it reaches this process once unblocked."""
    from workbench.store.partition import extract_partition

    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return executor.submit(extract_partition, root, version, batch)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def spawning() -> multiprocessing.context.SpawnContext:
    """The ``spawn`` start method, usable from any main module: some hosts (a notebook kernel
    run in process) leave ``__main__`` without the ``__spec__`` that spawning reads; it is then
    set to None, which spawning takes to mean "nothing to import again in the workers"."""
    main = sys.modules.get("__main__")
    if main is not None and not hasattr(main, "__spec__"):
        main.__spec__ = None
    return multiprocessing.get_context("spawn")


def run_processes(batches: Iterable[Sequence[Keyed]], *, jobs: int, root: str, version: str,
                  on_stored: OnStored) -> None:
    context = spawning()
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                                   initializer=_init_worker)
    pending: set[Future[Stored]] = set()
    try:
        for batch in batches:
            pending.add(_submit(executor, root, version, batch))
            while len(pending) >= 2 * jobs:
                pending = _collect(pending, on_stored)
        while pending:
            pending = _collect(pending, on_stored)
    except BrokenProcessPool:
        terminate(executor)
        raise RuntimeError(
            "a worker process ended abruptly (killed, out of memory, or started from a script "
            "without `if __name__ == '__main__':`); what was stored stays, a re-run resumes"
        ) from None
    except BaseException:
        terminate(executor)
        raise
    executor.shutdown(wait=True)


def _collect(pending: set[Future[Stored]], on_stored: OnStored) -> set[Future[Stored]]:
    done, rest = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
    for future in done:
        on_stored(future.result())
    return rest


def terminate(executor: ProcessPoolExecutor) -> None:
    """Stop the workers now: queued batches are dropped, running ones killed."""
    found: dict[int, Any] = getattr(executor, "_processes", None) or {}
    handles = list(found.values())
    manager = getattr(executor, "_executor_manager_thread", None)
    executor.shutdown(wait=False, cancel_futures=True)
    for process in handles:
        process.terminate()
    for process in handles:
        process.join(timeout=10)
        if process.is_alive():  # still starting up on a loaded machine: SIGTERM not yet handled
            process.kill()
            process.join()
    if manager is not None:  # it reaps the same workers: until it ends, one may look alive
        manager.join(timeout=10)


def run_dask(batches: Iterable[Sequence[Keyed]], *, scheduler: str | None, jobs: int, root: str,
             version: str, on_stored: OnStored) -> None:
    """On the cluster at ``scheduler`` (``tcp://host:8786``), else on a local cluster of
    ``jobs`` worker processes. ``root`` must be a path the workers can write."""
    from distributed import Client, LocalCluster, as_completed

    from workbench.store.partition import extract_partition

    cluster: Any = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                               dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        limit = 2 * max(sum(client.nthreads().values()), 1)
        running = as_completed()
        in_flight = 0
        for batch in batches:
            running.add(client.submit(extract_partition, root, version, list(batch), pure=False))
            in_flight += 1
            if in_flight >= limit:
                on_stored(next(running).result())
                in_flight -= 1
        for future in running:
            on_stored(future.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
