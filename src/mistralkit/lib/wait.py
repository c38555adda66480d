"""Wait for a long-running job (batch, fine-tuning, document processing) with backoff, a timeout,
typed failures and optional progress (a ``rich`` bar with ``progress=True``, or ``on_progress``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._drive import Sleep, Steps
from .errors import JobFailedError, WaitTimeoutError

__all__ = [
    "BATCH",
    "DEFAULT_POLL_INTERVAL",
    "DOCUMENT",
    "FINE_TUNING",
    "MAX_POLL_INTERVAL",
    "WORKFLOW_EXECUTION",
    "JobKind",
    "wait_for",
]

DEFAULT_POLL_INTERVAL = 1.0
MAX_POLL_INTERVAL = 30.0
BACKOFF = 1.5


@dataclass(frozen=True)
class JobKind:
    """How to read one kind of job: its status, which statuses end it, and its progress counts."""

    name: str
    status: Callable[[Any], Any]
    succeeded: frozenset[str]
    failed: frozenset[str]
    counts: Callable[[Any], tuple[int, int]] | None = None  # (done, total)

    def finished(self, job: Any) -> bool:
        status = self.status(job)
        if status in self.succeeded or status in self.failed:
            return True
        # A fine-tuning job created with auto_start=False stops at VALIDATED until started.
        return self.name == "fine-tuning job" and status == "VALIDATED" and getattr(job, "auto_start", True) is False


def _batch_counts(job: Any) -> tuple[int, int]:
    done = (job.succeeded_requests or 0) + (job.failed_requests or 0)
    return done, job.total_requests or 0


BATCH = JobKind(
    "batch job",
    lambda job: job.status,
    frozenset({"SUCCESS"}),
    frozenset({"FAILED", "CANCELLED", "TIMEOUT_EXCEEDED"}),
    _batch_counts,
)
FINE_TUNING = JobKind(
    "fine-tuning job",
    lambda job: job.status,
    frozenset({"SUCCESS"}),
    frozenset({"FAILED", "FAILED_VALIDATION", "CANCELLED"}),
)
DOCUMENT = JobKind(
    "document",
    lambda doc: doc.process_status,
    frozenset({"done", "noop", "self_managed"}),
    frozenset({"error", "missing_content"}),
)
# RUNNING and RETRYING_AFTER_ERROR are still under way; every other end but COMPLETED is a failure.
WORKFLOW_EXECUTION = JobKind(
    "workflow execution",
    lambda execution: execution.status,
    frozenset({"COMPLETED"}),
    frozenset({"FAILED", "CANCELED", "TERMINATED", "CONTINUED_AS_NEW", "TIMED_OUT"}),
)


def wait_for(
    fetch: Callable[[], Any],
    kind: JobKind,
    ident: str,
    *,
    timeout: float | None = None,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = MAX_POLL_INTERVAL,
    progress: bool = False,
    on_progress: Callable[[Any], Any] | None = None,
    max_polls: int | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Steps[Any]:
    """Steps that poll ``fetch()`` until the job ends; return it, or raise ``JobFailedError`` /
    ``WaitTimeoutError`` (after ``timeout`` seconds, or after ``max_polls`` polls that found it still
    under way). The interval starts at ``poll_interval`` and grows to ``max_poll_interval``."""
    if timeout is not None and timeout < 0:
        raise ValueError("timeout must be >= 0 seconds (or None to wait as long as it takes)")
    if poll_interval <= 0:
        raise ValueError("poll_interval must be > 0 seconds")
    if max_polls is not None and max_polls < 1:
        raise ValueError("max_polls must be >= 1 (or None for no limit)")
    bar = ProgressBar(f"{kind.name} {ident}") if progress else None
    start = clock()
    interval = poll_interval
    polls = 0
    try:
        while True:
            job = yield fetch
            polls += 1
            if on_progress is not None:
                on_progress(job)
            if bar is not None:
                bar.update(kind.status(job), *(kind.counts(job) if kind.counts else (None, None)))
            if kind.finished(job):
                status = kind.status(job)
                if status in kind.failed:
                    raise JobFailedError(f"The {kind.name} {ident} ended with status {status}", job=job, status=status)
                return job
            if max_polls is not None and polls >= max_polls:
                raise WaitTimeoutError(
                    f"The {kind.name} {ident} is still {kind.status(job)} after {polls} polls", job=job
                )
            left = None if timeout is None else timeout - (clock() - start)
            if left is not None and left <= 0:
                raise WaitTimeoutError(
                    f"The {kind.name} {ident} is still {kind.status(job)} after {timeout} s", job=job
                )
            yield Sleep(interval if left is None else min(interval, left))
            interval = min(interval * BACKOFF, max(max_poll_interval, poll_interval))
    finally:
        if bar is not None:
            bar.close()


class ProgressBar:
    """A ``rich`` progress bar (the ``progress`` extra), drawn on stderr."""

    def __init__(self, description: str) -> None:
        try:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )
        except ImportError as exc:  # pragma: no cover - depends on the installed extras
            raise ImportError("progress=True needs rich: pip install 'mistralkit[progress]'") from exc
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[status]}"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self._task = self._progress.add_task(description, total=None, status="")
        self._progress.start()

    def update(self, status: Any, done: int | None = None, total: int | None = None) -> None:
        self._progress.update(self._task, status=str(status), completed=done or 0, total=total or None)

    def close(self) -> None:
        self._progress.stop()
