"""``--wait``: follow a job until it ends, with a progress bar of its own unit (requests, steps, documents)."""

from __future__ import annotations

import time
from typing import Any, Callable, Collection, Optional, Tuple

from .errors import JobFailed
from .progress import count_bar

#: (done, total or None, status) of a job, as shown in its bar.
Measure = Callable[[Any], Tuple[int, Optional[int], str]]

BATCH_DONE = frozenset({"SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED"})
FINE_TUNING_DONE = frozenset({"SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED"})
DOCUMENT_DONE = frozenset({"Completed", "Failed", "done", "failed", "completed", "error"})


def status_of(value: Any) -> str:
    status = getattr(value, "status", None) if not isinstance(value, str) else value
    return str(getattr(status, "value", status) or "")


def follow(
    fetch: Callable[[], Any],
    *,
    measure: Measure,
    finished: Collection[str],
    description: str,
    unit: str,
    timeout: Optional[float] = None,
    first: Any = None,
    status: Callable[[Any], str] = status_of,
) -> Any:
    """Poll ``fetch()`` until its status is in ``finished``; returns the last value.

    The interval starts at 0.2 s and grows to 2 s, so a quick job is seen at once and a long one
    costs few requests.
    """
    interval = 0.2
    started = time.monotonic()
    current = first if first is not None else fetch()
    with count_bar() as progress:
        task = progress.add_task(description, total=None, unit=unit, status="")
        while True:
            done, total, state = measure(current)
            progress.update(task, completed=done, total=total, status=state)
            if status(current) in finished:
                return current
            if timeout is not None and time.monotonic() - started > timeout:
                raise JobFailed(f"{description}: still {state or 'running'} after {timeout:g} s (--timeout)")
            time.sleep(interval)
            interval = min(interval * 1.5, 2.0)
            current = fetch()


def batch_measure(job: Any) -> Tuple[int, Optional[int], str]:
    total = job.total_requests or None
    return job.completed_requests or 0, total, status_of(job)


def fine_tuning_measure(job: Any) -> Tuple[int, Optional[int], str]:
    hyper = getattr(job, "hyperparameters", None)
    total = getattr(hyper, "training_steps", None)
    meta = getattr(job, "metadata", None)
    per_step = getattr(meta, "train_tokens_per_step", None)
    trained = getattr(job, "trained_tokens", None)
    done = 0
    if trained and per_step:
        done = trained // per_step
    checkpoints = getattr(job, "checkpoints", None) or []
    if checkpoints:
        done = max(done, max(c.step_number for c in checkpoints))
    if status_of(job) == "SUCCESS" and total:
        done = total
    if total:
        done = min(done, total)
    return done, total, status_of(job)


def check_job(job: Any, succeeded: Collection[str], what: str) -> None:
    """Raise :class:`JobFailed` (exit code 5) when a finished job did not succeed."""
    state = status_of(job)
    if state not in succeeded:
        raise JobFailed(f"{what} {job.id} ended {state}")
