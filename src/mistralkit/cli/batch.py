"""``mistralkit batch``: batch jobs (create, list, get, cancel) and ``batch run`` from a JSONL file."""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Optional, Tuple

import click
from rich.progress import Progress, TaskID

from ..lib.batch import BatchProgress, BatchResult
from ..lib.errors import WaitTimeoutError
from .errors import JobFailed
from .files import upload_file
from .output import fields, items_of, json_line, model_json, note, show, show_list, table, when
from .progress import count_bar
from .session import Session, api_command, with_raw
from .waiting import POLL_INTERVAL, batch_measure, follow, status_of

ENDPOINT = "/v1/chat/completions"


def job_fields(job: Any) -> None:
    fields([
        ("id", job.id),
        ("status", job.status),
        ("endpoint", job.endpoint),
        ("model", job.model),
        ("agent", job.agent_id),
        ("requests", f"{job.completed_requests}/{job.total_requests} done, "
                     f"{job.succeeded_requests} succeeded, {job.failed_requests} failed"),
        ("input files", job.input_files),
        ("output file", job.output_file),
        ("error file", job.error_file),
        ("created", when(job.created_at)),
        ("started", when(job.started_at)),
        ("completed", when(job.completed_at)),
        ("errors", [f"{e.message} ({e.count})" for e in job.errors or []]),
        ("metadata", ", ".join(f"{k}={v}" for k, v in (job.metadata or {}).items()) or None),
    ])


def parse_metadata(pairs: Tuple[str, ...]) -> Optional[Dict[str, str]]:
    out: Dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE", param_hint="--metadata")
        out[key] = value
    return out or None


def wait_job(session: Session, job: Any, timeout: Optional[float]) -> Tuple[Any, Optional[str]]:
    """Follow a batch job to its end with a requests-done bar: (last state, why it failed or None)."""
    return follow(
        lambda **kw: session.client.batch.jobs.wait(job.id, **kw),
        measure=batch_measure,
        description=f"batch {job.id[:8]}",
        unit="requests",
        what="batch job",
        ident=job.id,
        timeout=timeout,
    )


def finish(session: Session, job: Any, wait: bool, timeout: Optional[float], raw: Any, *, succeed: bool = True) -> None:
    """Print the job (the final one when waiting) and fail with exit code 5 if it did not succeed."""
    if not wait:
        show(session, raw, job_fields)
        return
    final, problem = wait_job(session, job, timeout)
    if session.json:
        model_json(final)
    else:
        job_fields(final)
    if succeed and problem:
        raise JobFailed(problem)


@click.group()
def batch() -> None:
    """Batch jobs: run (a JSONL file, start to finish), create, list, get, cancel."""


@batch.command("create")
@click.option("--input", "input_files", multiple=True, metavar="FILE_ID", help="An uploaded file (purpose batch). Repeatable.")
@click.option("--requests", "requests_path", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A local JSONL file of requests to upload first.")
@click.option("-m", "--model", default=None)
@click.option("--agent", "agent_id", default=None, help="Run the requests with this agent instead of a model.")
@click.option("--endpoint", default=ENDPOINT, show_default=True)
@click.option("--metadata", multiple=True, metavar="KEY=VALUE", help="Repeatable.")
@click.option("--timeout-hours", type=int, default=None)
@click.option("--wait", is_flag=True, help="Wait until the job ends, with a progress bar.")
@click.option("--timeout", type=float, default=None, help="With --wait: give up after this many seconds.")
@api_command
def create_command(
    session: Session,
    input_files: Tuple[str, ...],
    requests_path: Optional[str],
    model: Optional[str],
    agent_id: Optional[str],
    endpoint: str,
    metadata: Tuple[str, ...],
    timeout_hours: Optional[int],
    wait: bool,
    timeout: Optional[float],
) -> None:
    """Create a batch job over uploaded files (--input) or a local JSONL file (--requests)."""
    files = list(input_files)
    if requests_path:
        files.append(upload_file(session, requests_path, "batch").parse().id)
    if not files:
        raise click.UsageError("give --input FILE_ID or --requests FILE")
    raw = with_raw(session.client.batch.jobs).create(
        endpoint=endpoint, input_files=files, model=model, agent_id=agent_id,
        metadata=parse_metadata(metadata), timeout_hours=timeout_hours,
    )
    finish(session, raw.parse(), wait, timeout, raw)


@batch.command("list")
@click.option("--status", multiple=True, help="Only jobs with this status. Repeatable.")
@click.option("-m", "--model", default=None)
@click.option("--page", type=int, default=None)
@click.option("--page-size", type=int, default=None)
@click.option("--all", "every", is_flag=True, help="Every page from --page on (JSON lines with --json).")
@api_command
def list_command(session: Session,
    status: Tuple[str, ...], model: Optional[str], page: Optional[int], page_size: Optional[int],
    every: bool,
) -> None:
    """List batch jobs: ID, status, progress, model, endpoint, creation time."""
    api = with_raw(session.client.batch.jobs)

    def fetch(number: Optional[int], size: Optional[int]) -> Any:
        return api.list(status=list(status) or None, model=model, page=number, page_size=size)

    def human(result: Any) -> None:
        table(
            ["ID", "STATUS", "DONE", "FAILED", "MODEL", "ENDPOINT", "CREATED"],
            [(j.id, j.status, f"{j.completed_requests}/{j.total_requests}", j.failed_requests, j.model or j.agent_id,
              j.endpoint, when(j.created_at)) for j in items_of(result)],
        )

    show_list(session, fetch, human, page=page, page_size=page_size, every=every)


@batch.command("get")
@click.argument("job_id")
@click.option("--wait", is_flag=True, help="Wait until the job ends, with a progress bar.")
@click.option("--timeout", type=float, default=None, help="With --wait: give up after this many seconds.")
@api_command
def get_command(session: Session, job_id: str, wait: bool, timeout: Optional[float]) -> None:
    """Show a batch job (--wait: follow it to its end)."""
    raw = with_raw(session.client.batch.jobs).get(job_id=job_id)
    finish(session, raw.parse(), wait, timeout, raw)


@batch.command("cancel")
@click.argument("job_id")
@click.option("--wait", is_flag=True, help="Wait until the job has stopped.")
@click.option("--timeout", type=float, default=None)
@api_command
def cancel_command(session: Session, job_id: str, wait: bool, timeout: Optional[float]) -> None:
    """Cancel a batch job."""
    raw = with_raw(session.client.batch.jobs).cancel(job_id=job_id)
    finish(session, raw.parse(), wait, timeout, raw, succeed=False)


# --- batch run ------------------------------------------------------------------------------------


def read_requests(path: str) -> Iterator[Dict[str, Any]]:
    """The lines of a requests file, one at a time, as ``{"custom_id", "body"}`` records.

    A bare body gets its position as ID. A bad line stops the run with a usage error; the run
    reads the file ahead of submitting, so nothing is sent when the first part has a bad line.
    """
    count = 0
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as exc:
                raise click.UsageError(f"{path}:{number}: not JSON ({exc})") from None
            if not isinstance(item, dict):
                raise click.UsageError(f"{path}:{number}: each line must be a JSON object")
            if "body" in item and isinstance(item["body"], dict):
                yield {"custom_id": str(item.get("custom_id", count)), "body": item["body"]}
            else:
                yield {"custom_id": str(count), "body": item}
            count += 1
    if not count:
        raise click.UsageError(f"{path}: no requests")


def result_line(result: BatchResult) -> Dict[str, Any]:
    """One output line, shaped like a line of the Batch API's own output and error files:
    ``{"id", "custom_id", "response": {"status_code", "body"}, "error"}``.

    A request with a result record gets that record as the job wrote it (its ``id``, real status
    code, body and error). A request the job never ran has no record: ``"id"`` and ``"response"``
    are null and ``"error"`` says why (code ``missing_result``).
    """
    record = result.record
    if record is not None:
        line: Dict[str, Any] = {
            "id": record.get("id"),
            "custom_id": record.get("custom_id", result.custom_id),
            "response": record.get("response"),
            "error": record.get("error"),
        }
        line.update(record)  # any other key the API adds, after the four known ones
        return line
    error = result.error
    return {
        "id": result.id,
        "custom_id": result.custom_id,
        "response": None,
        "error": {"message": error.message, "code": error.code} if error is not None else None,
    }


class RunProgress:
    """The run's requests-done bar (started at the first poll, once the jobs are known)."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task: Optional[TaskID] = None
        self.last: Optional[BatchProgress] = None

    def __call__(self, report: BatchProgress) -> None:
        if self.task is None:
            ids = [job.id for job in report.jobs if job is not None]
            if len(ids) == 1:
                note(f"batch job {ids[0]}: {report.total} requests")
            else:
                note(f"{len(ids)} batch jobs: {', '.join(ids)}; {report.total} requests")
            label = f"batch {ids[0][:8]}" if len(ids) == 1 else f"batch ({len(ids)} jobs)"
            self.task = self.progress.add_task(label, total=None, unit="requests", status="")
        self.last = report
        self.progress.update(self.task, completed=report.done, total=report.total or None, status=self.state())

    def state(self) -> str:
        """The jobs' status (several, comma-separated, when they differ)."""
        if self.last is None:
            return ""
        seen: List[str] = []
        for job in self.last.jobs:
            status = status_of(job) if job is not None else "QUEUED"
            if status not in seen:
                seen.append(status)
        return ", ".join(seen)


@batch.command("run")
@click.argument("requests_path", metavar="REQUESTS.jsonl", type=click.Path(exists=True, dir_okay=False))
@click.option("-m", "--model", default=None, help="The model for every request (overrides the bodies').")
@click.option("--agent", "agent_id", default=None, help="Run every request with this agent instead.")
@click.option("--endpoint", default=ENDPOINT, show_default=True)
@click.option("-o", "--out", "out_path", type=click.Path(dir_okay=False), default=None,
              help="Write the results here (default: standard output).")
@click.option("--state", "state_path", type=click.Path(dir_okay=False), default=None,
              help="Record the run here; running again with the same file resumes it without resubmitting.")
@click.option("--timeout", type=float, default=None, help="Give up waiting after this many seconds (the job goes on).")
@api_command
def run_command(
    session: Session,
    requests_path: str,
    model: Optional[str],
    agent_id: Optional[str],
    endpoint: str,
    out_path: Optional[str],
    state_path: Optional[str],
    timeout: Optional[float],
) -> None:
    """Run REQUESTS.jsonl through the Batch API with a progress bar; write the results in input order.

    Each input line is {"custom_id": ..., "body": {...}} or just a request body (its custom_id is then
    its position, from 0). Each output line is the job's result record for that request, as in the
    Batch API's output and error files: {"id", "custom_id", "response": {"status_code", "body"},
    "error"}, written as soon as its job has ended; a request the job never ran gets "id" and
    "response" null and an "error" saying why. With --state FILE an interrupted run started again resumes: nothing
    already submitted is submitted again. Exit code 5 when the job did not succeed.
    """
    handle = open(out_path, "w", encoding="utf-8") if out_path else None  # noqa: SIM115 - closed below
    try:
        with count_bar() as progress:
            bar = RunProgress(progress)
            try:
                results = session.client.batch.run(
                    read_requests(requests_path), model=model, agent_id=agent_id, endpoint=endpoint,
                    state_file=state_path, on_progress=bar, poll_interval=POLL_INTERVAL, timeout=timeout,
                )
                for result in results:
                    line = result_line(result)
                    if handle is None:
                        json_line(line)
                    else:
                        handle.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
            except WaitTimeoutError:
                report = bar.last
                done = f" ({report.done} of {report.total} requests done)" if report else ""
                raise JobFailed(f"batch run: still {bar.state() or 'running'} after {timeout:g} s{done} (--timeout)") from None
    finally:
        if handle is not None:
            handle.close()
    report = bar.last
    state = bar.state()
    succeeded, failed = (report.succeeded, report.failed) if report else (0, 0)
    note(f"{succeeded} succeeded, {failed} failed ({state})" + (f"; results in {out_path}" if out_path else ""))
    if state != "SUCCESS":
        ids = ", ".join(job.id for job in (report.jobs if report else []) if job is not None)
        raise JobFailed(f"batch job {ids} ended {state}")
