"""Background work for long-running jobs (batch, fine-tuning).

Each emulator instance gets at most one :class:`Worker`: a daemon thread running
its own asyncio event loop, created on first use (the first request that touches
jobs) because in-process clients (``httpx2.ASGITransport``) never run the ASGI
lifespan.  Job code runs as tasks on that loop, so the emulator's async handlers
(chat, OCR, ...) can be awaited there exactly as the HTTP routes await them,
while the server's own loop keeps answering requests.

The worker is stopped by ``EmulatorState.close()`` (it registers itself with
``state.on_close``): its tasks are cancelled at their next ``await`` and the
thread is joined before the database closes.  Jobs keep all their progress in
SQLite, committed in small transactions, so a stop -- or a ``kill -9`` -- at any
point leaves a state the next start resumes from.

Timing: every nominal duration is divided by ``state.settings.job_speed``
(:func:`scaled`); deadlines that must survive a restart use wall-clock time.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timezone
from typing import Any, TypeVar

from .errors import ValidationFailed, bad_request
from .state import EmulatorState

log = logging.getLogger("mistralkit.emulator.jobs")

T = TypeVar("T")

STOP_TIMEOUT = 5.0


def scaled(state: EmulatorState, nominal_seconds: float) -> float:
    """Real seconds for a nominal duration at this emulator's ``job_speed``."""
    return nominal_seconds / state.settings.job_speed


class WorkerStopped(Exception):
    """The worker is shutting down (or the database is closed)."""


class Worker:
    """A daemon thread with an asyncio loop, running the jobs of one emulator."""

    def __init__(self, state: EmulatorState) -> None:
        self.loop = asyncio.new_event_loop()
        self._tasks: set[asyncio.Future[Any]] = set()
        self._stopping = False
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="mistralkit-emulator-jobs", daemon=True)
        self._thread.start()
        self._ready.wait()

    @property
    def stopping(self) -> bool:
        return self._stopping

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.call_soon(self._ready.set)
        try:
            self.loop.run_forever()
        finally:
            try:
                pending = [t for t in asyncio.all_tasks(self.loop) if not t.done()]
                for task in pending:
                    task.cancel()
                if pending:
                    self.loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
                self.loop.run_until_complete(self.loop.shutdown_asyncgens())
            finally:
                self.loop.close()

    def spawn(self, factory: Callable[[], Awaitable[Any]], name: str = "job") -> None:
        """Run ``factory()`` as a task on the worker loop (thread-safe)."""
        if self._stopping:
            return

        def start() -> None:
            if self._stopping:
                return
            task = self.loop.create_task(self._guard(factory, name), name=name)
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

        self.loop.call_soon_threadsafe(start)

    async def _guard(self, factory: Callable[[], Awaitable[Any]], name: str) -> None:
        try:
            await factory()
        except (asyncio.CancelledError, WorkerStopped):
            pass
        except sqlite3.ProgrammingError:  # the database was closed under us: shutting down
            pass
        except Exception:  # pragma: no cover - a bug in a job; keep the worker alive
            log.exception("background job %s crashed", name)

    def call(self, fn: Callable[[], T]) -> None:
        """Run a plain callable on the worker loop (thread-safe)."""
        if not self._stopping:
            self.loop.call_soon_threadsafe(fn)

    def stop(self) -> None:
        """Cancel every task and join the thread (quick; idempotent)."""
        if self._stopping:
            return
        self._stopping = True

        def shutdown() -> None:
            for task in list(self._tasks):
                task.cancel()
            self.loop.stop()

        if self._thread.is_alive():
            try:
                self.loop.call_soon_threadsafe(shutdown)
            except RuntimeError:  # loop already closed
                pass
            if threading.current_thread() is not self._thread:
                self._thread.join(timeout=STOP_TIMEOUT)


_lock = threading.RLock()
# Kept on the state object itself (not in a module-level mapping) so that an
# emulator that is dropped without close() can still be garbage collected.
_WORKER_ATTR = "_mistralkit_job_worker"
_SERVICES_ATTR = "_mistralkit_job_services"


def worker_for(state: EmulatorState) -> Worker:
    """The worker of this emulator, started on first use."""
    with _lock:
        worker: Worker | None = state.__dict__.get(_WORKER_ATTR)
        if worker is None:
            if state.store.closed:
                raise WorkerStopped("the emulator is closed")
            worker = Worker(state)
            state.__dict__[_WORKER_ATTR] = worker
            state.on_close(worker.stop)
        return worker


def service_for(state: EmulatorState, key: str, factory: Callable[[EmulatorState], T]) -> T:
    """One service object per (emulator, key), created on first use.

    The factory runs once, under a lock: it creates its tables and resumes its
    unfinished jobs, so it must be quick.
    """
    services = state.__dict__.get(_SERVICES_ATTR)
    if services is not None and key in services:
        return services[key]  # type: ignore[no-any-return]
    with _lock:
        services = state.__dict__.setdefault(_SERVICES_ATTR, {})
        if key not in services:
            services[key] = factory(state)
        return services[key]  # type: ignore[no-any-return]


# -- list queries shared by the job routes -----------------------------------------------------------


def paging(query: Mapping[str, Any], default_size: int = 100, max_size: int = 1000) -> tuple[int, int]:
    """``page`` and ``page_size`` of a list request, checked like the service checks them."""
    page = 0 if query.get("page") is None else query["page"]
    page_size = default_size if query.get("page_size") is None else query["page_size"]
    if not 0 <= page <= 1_000_000:
        raise bad_request("page must be between 0 and 1000000", param="page")
    if not 1 <= page_size <= max_size:
        raise bad_request(f"page_size must be between 1 and {max_size}", param="page_size")
    return page, page_size


def timestamp_param(text: str, param: str) -> float:
    """A query parameter's ISO-8601 date-time as a POSIX timestamp (UTC when no zone is given)."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ValidationFailed(
            [
                {
                    "type": "datetime_from_date_parsing",
                    "loc": ["query", param],
                    "msg": "Input should be a valid datetime",
                    "input": text,
                }
            ]
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()
