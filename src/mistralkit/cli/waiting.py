"""``--wait``: the library's ``wait`` helpers, drawn as a progress bar of the job's own unit
(requests, steps, documents); a failed job or an expired ``--timeout`` becomes exit code 5."""

from __future__ import annotations

from typing import Any, Callable, Optional, Tuple

from ..lib.errors import JobFailedError, WaitTimeoutError
from .errors import JobFailed
from .progress import count_bar

#: (done, total or None, status) of a job, as shown in its bar.
Measure = Callable[[Any], Tuple[int, Optional[int], str]]

#: The first poll comes this soon (seconds), so a quick job is seen at once; the helper backs off.
POLL_INTERVAL = 0.2


def status_of(value: Any) -> str:
    status = getattr(value, "status", None) if not isinstance(value, str) else value
    return str(getattr(status, "value", status) or "")


def follow(
    wait: Callable[..., Any],
    *,
    measure: Measure,
    description: str,
    unit: str,
    what: str,
    ident: str,
    timeout: Optional[float] = None,
) -> Tuple[Any, Optional[str]]:
    """Run ``wait(timeout=, poll_interval=, on_progress=)`` (a library ``wait`` helper) under a bar.

    Returns the last state of the job and, when it ended without success, why (``None`` if it
    succeeded). An expired ``timeout`` raises :class:`JobFailed` (the job goes on).
    """
    with count_bar() as progress:
        task = progress.add_task(description, total=None, unit=unit, status="")

        def on_progress(job: Any) -> None:
            done, total, state = measure(job)
            progress.update(task, completed=done, total=total, status=state)

        try:
            return wait(timeout=timeout, poll_interval=POLL_INTERVAL, on_progress=on_progress), None
        except JobFailedError as exc:
            return exc.job, f"{what} {ident} ended {exc.status}"
        except WaitTimeoutError as exc:
            state = measure(exc.job)[2] if exc.job is not None else ""
            raise JobFailed(f"{what} {ident}: still {state or 'running'} after {timeout:g} s (--timeout)") from None


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
