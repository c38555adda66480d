"""``mistralkit batch``: batch jobs (create, list, get, cancel) and ``batch run`` from a JSONL file."""

from __future__ import annotations

import json
import os
import tempfile
from typing import Any, Dict, List, Optional, Tuple

import click

from .errors import JobFailed
from .files import upload_file
from .output import fields, items_of, json_line, model_json, note, show, show_list, table, when
from .session import Session, api_command, with_raw
from .waiting import BATCH_DONE, batch_measure, check_job, follow

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


def wait_job(session: Session, job: Any, *, timeout: Optional[float] = None) -> Any:
    """Follow a batch job to its end with a requests-done bar; returns the final job."""
    jobs = session.client.batch.jobs
    return follow(
        lambda: jobs.get(job_id=job.id),
        first=job,
        measure=batch_measure,
        finished=BATCH_DONE,
        description=f"batch {job.id[:8]}",
        unit="requests",
        timeout=timeout,
    )


def finish(session: Session, job: Any, wait: bool, timeout: Optional[float], raw: Any) -> None:
    """Print the job (the final one when waiting) and fail with exit code 5 if it did not succeed."""
    if not wait:
        show(session, raw, job_fields)
        return
    final = wait_job(session, job, timeout=timeout)
    if session.json:
        model_json(final)
    else:
        job_fields(final)
    check_job(final, {"SUCCESS"}, "batch job")


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
    if not wait:
        show(session, raw, job_fields)
        return
    final = wait_job(session, raw.parse(), timeout=timeout)
    if session.json:
        model_json(final)
    else:
        job_fields(final)


# --- batch run ------------------------------------------------------------------------------------


def read_requests(path: str) -> List[Dict[str, Any]]:
    """The lines of a requests file as ``{"custom_id", "body"}`` records; a bare body gets its line index as ID."""
    records: List[Dict[str, Any]] = []
    seen: set[Any] = set()
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
                custom_id = str(item.get("custom_id", len(records)))
                record = {"custom_id": custom_id, "body": item["body"]}
            else:
                record = {"custom_id": str(len(records)), "body": item}
            if record["custom_id"] in seen:
                raise click.UsageError(f"{path}:{number}: custom_id {record['custom_id']!r} appears twice")
            seen.add(record["custom_id"])
            records.append(record)
    if not records:
        raise click.UsageError(f"{path}: no requests")
    return records


def result_lines(session: Session, file_id: Optional[str]) -> Dict[str, Dict[str, Any]]:
    """The result lines of an output or error file, by custom_id."""
    found: Dict[str, Dict[str, Any]] = {}
    if not file_id:
        return found
    with session.client.files.download(file_id=file_id) as binary:
        buffer = b""
        for chunk in binary.iter_bytes():
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for line in lines:
                if line.strip():
                    item = json.loads(line)
                    found[str(item.get("custom_id"))] = item
        if buffer.strip():
            item = json.loads(buffer)
            found[str(item.get("custom_id"))] = item
    return found


@batch.command("run")
@click.argument("requests_path", metavar="REQUESTS.jsonl", type=click.Path(exists=True, dir_okay=False))
@click.option("-m", "--model", default=None, help="The model for every request (overrides the bodies').")
@click.option("--agent", "agent_id", default=None, help="Run every request with this agent instead.")
@click.option("--endpoint", default=ENDPOINT, show_default=True)
@click.option("-o", "--out", "out_path", type=click.Path(dir_okay=False), default=None,
              help="Write the results here (default: standard output).")
@click.option("--timeout", type=float, default=None, help="Give up waiting after this many seconds (the job goes on).")
@api_command
def run_command(
    session: Session,
    requests_path: str,
    model: Optional[str],
    agent_id: Optional[str],
    endpoint: str,
    out_path: Optional[str],
    timeout: Optional[float],
) -> None:
    """Submit REQUESTS.jsonl as one batch job, wait with a progress bar, write the results in input order.

    Each input line is {"custom_id": ..., "body": {...}} or just a request body (its custom_id is then
    its position, from 0). Each output line is the API's result for that request:
    {"id", "custom_id", "response": {"status_code", "body"}, "error"}; a request the job never ran
    gets "response": null and an "error" saying why. Exit code 5 when the job did not succeed.
    """
    records = read_requests(requests_path)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as staged:
        for record in records:
            staged.write(json.dumps(record, ensure_ascii=False) + "\n")
    try:
        uploaded = upload_file(session, staged.name, "batch", name=os.path.basename(requests_path)).parse()
    finally:
        os.unlink(staged.name)
    job = session.client.batch.jobs.create(endpoint=endpoint, input_files=[uploaded.id], model=model, agent_id=agent_id)
    note(f"batch job {job.id}: {len(records)} requests")
    final = wait_job(session, job, timeout=timeout)
    results = result_lines(session, final.output_file)
    results.update(result_lines(session, final.error_file))
    state = str(getattr(final.status, "value", final.status))
    handle = open(out_path, "w", encoding="utf-8") if out_path else None
    try:
        for record in records:
            line = results.get(record["custom_id"]) or {
                "id": None,
                "custom_id": record["custom_id"],
                "response": None,
                "error": {"message": f"no result: the job ended {state}", "code": None},
            }
            if handle is None:
                json_line(line)
            else:
                handle.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
    finally:
        if handle is not None:
            handle.close()
    note(f"{final.succeeded_requests} succeeded, {final.failed_requests} failed ({state})"
         + (f"; results in {out_path}" if out_path else ""))
    if state != "SUCCESS":
        raise JobFailed(f"batch job {final.id} ended {state}")
