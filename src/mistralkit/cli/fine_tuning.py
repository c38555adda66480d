"""``mistralkit fine-tuning``: fine-tuning jobs (create, list, get, start, cancel)."""

from __future__ import annotations

from typing import Any, Dict, Optional, Tuple

import click

from .errors import JobFailed
from .output import fields, items_of, model_json, show, show_list, table, when
from .session import Session, api_command, with_raw
from .waiting import fine_tuning_measure, follow, status_of


def job_fields(job: Any) -> None:
    done, total, _ = fine_tuning_measure(job) if hasattr(job, "hyperparameters") else (0, None, "")
    checkpoints = getattr(job, "checkpoints", None) or []
    last = checkpoints[-1] if checkpoints else None
    meta = getattr(job, "metadata", None)
    fields([
        ("id", job.id),
        ("status", job.status),
        ("model", job.model),
        ("fine-tuned model", job.fine_tuned_model),
        ("type", getattr(job, "job_type", None)),
        ("steps", f"{done}/{total}" if total else None),
        ("trained tokens", getattr(job, "trained_tokens", None)),
        ("training files", job.training_files),
        ("validation files", job.validation_files),
        ("suffix", job.suffix),
        ("created", when(job.created_at)),
        ("modified", when(getattr(job, "modified_at", None))),
        ("expected duration", f"{meta.expected_duration_seconds} s" if meta and meta.expected_duration_seconds else None),
        ("cost", f"{meta.cost} {meta.cost_currency or ''}".strip() if meta and meta.cost is not None else None),
        ("last checkpoint", f"step {last.step_number}, train loss {last.metrics.train_loss}" if last else None),
    ])


def finish(session: Session, job: Any, wait: bool, timeout: Optional[float], raw: Any, *, succeed: bool = True) -> None:
    """Print the job; with ``wait``, follow it with a training-steps bar and print its last state.

    Waiting ends when the job ends, or at VALIDATED for a job created with --no-auto-start. A job
    that ended without success is exit code 5 (unless ``succeed`` is false: cancel --wait).
    """
    if not wait:
        show(session, raw, job_fields)
        return
    final, problem = follow(
        lambda **kw: session.client.fine_tuning.jobs.wait(job.id, **kw),
        measure=fine_tuning_measure,
        description=f"fine-tuning {job.id[:8]}",
        unit="steps",
        what="fine-tuning job",
        ident=job.id,
        timeout=timeout,
    )
    if session.json:
        model_json(final)
    else:
        job_fields(final)
    if succeed and problem:
        raise JobFailed(problem)


WAIT = click.option("--wait", is_flag=True, help="Wait until the job ends, with a progress bar of training steps.")
TIMEOUT = click.option("--timeout", type=float, default=None, help="With --wait: give up after this many seconds.")


@click.group("fine-tuning")
def fine_tuning() -> None:
    """Fine-tuning jobs: create, list, get, start, cancel (the models they make: `mistralkit models`)."""


@fine_tuning.command("create")
@click.option("-m", "--model", required=True, help="The base model, e.g. open-mistral-7b.")
@click.option("--training-file", "training_files", multiple=True, required=True, metavar="FILE_ID", help="Repeatable.")
@click.option("--validation-file", "validation_files", multiple=True, metavar="FILE_ID", help="Repeatable.")
@click.option("--steps", "training_steps", type=int, default=None)
@click.option("--epochs", type=float, default=None)
@click.option("--learning-rate", type=float, default=None)
@click.option("--suffix", default=None, help="Goes into the fine-tuned model's name.")
@click.option("--no-auto-start", is_flag=True,
              help="Stop after validation (--wait waits until then); start with `fine-tuning start`.")
@click.option("--dry-run", is_flag=True, help="Only estimate: tokens, steps, duration, cost.")
@WAIT
@TIMEOUT
@api_command
def create_command(
    session: Session,
    model: str,
    training_files: Tuple[str, ...],
    validation_files: Tuple[str, ...],
    training_steps: Optional[int],
    epochs: Optional[float],
    learning_rate: Optional[float],
    suffix: Optional[str],
    no_auto_start: bool,
    dry_run: bool,
    wait: bool,
    timeout: Optional[float],
) -> None:
    """Create a fine-tuning job on uploaded files (purpose fine-tune)."""
    hyper: Dict[str, Any] = {k: v for k, v in
                             {"training_steps": training_steps, "epochs": epochs, "learning_rate": learning_rate}.items()
                             if v is not None}
    raw = with_raw(session.client.fine_tuning.jobs).create(
        model=model,
        hyperparameters=hyper,
        training_files=[{"file_id": f, "weight": 1} for f in training_files],
        validation_files=list(validation_files) or None,
        suffix=suffix,
        auto_start=False if no_auto_start else None,
        dry_run=True if dry_run else None,
    )
    if dry_run:
        show(session, raw, lambda m: fields((k, v) for k, v in m.model_dump().items()))
        return
    finish(session, raw.parse(), wait, timeout, raw)


@fine_tuning.command("list")
@click.option("--status", default=None)
@click.option("-m", "--model", default=None)
@click.option("--page", type=int, default=None)
@click.option("--page-size", type=int, default=None)
@click.option("--all", "every", is_flag=True, help="Every page from --page on (JSON lines with --json).")
@api_command
def list_command(session: Session,
    status: Optional[str], model: Optional[str], page: Optional[int], page_size: Optional[int],
    every: bool,
) -> None:
    """List fine-tuning jobs: ID, status, base model, fine-tuned model, creation time."""
    api = with_raw(session.client.fine_tuning.jobs)

    def fetch(number: Optional[int], size: Optional[int]) -> Any:
        return api.list(status=status, model=model, page=number, page_size=size)

    def human(result: Any) -> None:
        table(
            ["ID", "STATUS", "MODEL", "FINE-TUNED MODEL", "CREATED"],
            [(j.id, status_of(j), j.model, j.fine_tuned_model, when(j.created_at)) for j in items_of(result)],
        )

    show_list(session, fetch, human, page=page, page_size=page_size, every=every)


@fine_tuning.command("get")
@click.argument("job_id")
@WAIT
@TIMEOUT
@api_command
def get_command(session: Session, job_id: str, wait: bool, timeout: Optional[float]) -> None:
    """Show a fine-tuning job: status, steps, checkpoints (--wait: follow it to its end)."""
    raw = with_raw(session.client.fine_tuning.jobs).get(job_id=job_id)
    finish(session, raw.parse(), wait, timeout, raw)


@fine_tuning.command("start")
@click.argument("job_id")
@WAIT
@TIMEOUT
@api_command
def start_command(session: Session, job_id: str, wait: bool, timeout: Optional[float]) -> None:
    """Start a validated job (created with --no-auto-start)."""
    raw = with_raw(session.client.fine_tuning.jobs).start(job_id=job_id)
    finish(session, raw.parse(), wait, timeout, raw)


@fine_tuning.command("cancel")
@click.argument("job_id")
@WAIT
@TIMEOUT
@api_command
def cancel_command(session: Session, job_id: str, wait: bool, timeout: Optional[float]) -> None:
    """Cancel a fine-tuning job."""
    raw = with_raw(session.client.fine_tuning.jobs).cancel(job_id=job_id)
    finish(session, raw.parse(), wait, timeout, raw, succeed=False)
