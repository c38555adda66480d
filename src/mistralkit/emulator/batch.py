"""``/v1/batch/jobs``: batch inference, really executed in the background.

A job reads its requests from uploaded JSONL files (purpose ``batch``, one
``{"custom_id": ..., "body": {...}}`` per line) and/or from inline
``requests``, and runs every one of them through the emulator's own handler for
``endpoint`` -- the same function, with the same validation, that serves the
HTTP route -- on the background worker (:mod:`.jobs`).

* **Create** checks what can be checked at once: the endpoint is one the
  emulator implements, ``model`` (when given) exists and serves that endpoint,
  every input file exists and has purpose ``batch``, ``timeout_hours`` is 1 to
  168.  Anything else is found per line.
* **Lifecycle**: ``QUEUED`` (about 1 s nominal) -> ``RUNNING`` (about 50 ms per
  request nominal; durations are divided by ``job_speed``) -> ``SUCCESS``;
  ``FAILED`` when the job cannot run (an input file deleted before the start,
  no request at all) or when every request failed;
  ``TIMEOUT_EXCEEDED`` when ``timeout_hours`` (scaled by ``job_speed``, counted
  from creation) runs out; ``cancel`` -> ``CANCELLATION_REQUESTED`` ->
  ``CANCELLED``.  Jobs that stop early keep the results of the requests already
  done.
* **Per request**: the job's ``model`` (and ``agent_id``) replace the body's;
  ``stream`` is ignored.  A blank line is skipped.  A line that is not JSON,
  not an object, lacks ``custom_id`` or has no object ``body`` fails with a 400;
  a body the endpoint rejects fails with the endpoint's own status and error
  body (422 with ``detail``, 400 ``Invalid model``, ...).  A failed request
  never fails the job.
* **Results** are written as real files (purpose ``batch``, source
  ``mistral``): the output file (``sample_type`` ``batch_result``) has one line
  per successful request, the error file (``batch_error``) one per failed
  request, in input order::

      {"id": "batch-<job id>-<n>", "custom_id": "...",
       "response": {"status_code": 200, "body": {...}}, "error": null}
      {"id": "...", "custom_id": "...",
       "response": {"status_code": 422, "body": {error}}, "error": {"message": "...", "code": "..."}}

  ``errors`` on the job counts the failures by message.  ``GET ...?inline=true``
  also returns the result lines as ``outputs``.
* **Durability**: progress (counters, input position, result bytes written) is
  committed every 100 ms or so; a job that was running when the emulator stopped
  -- even by ``kill -9`` -- resumes where its last commit left it on the next
  start with the same data directory.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import sqlite3
import time
import uuid
from pathlib import Path
from typing import IO, Any

import anyio.to_thread
from starlette.requests import Request
from starlette.responses import Response

from . import jobs
from .errors import APIError, ValidationFailed, bad_request, not_found
from .middleware import FAULT_KEY, REQUEST_ID_KEY
from .models_catalog import CHAT, CLASSIFICATION, EMBED, FIM, MODERATION, OCR, TRANSCRIPTION, require
from .responses import dumps, json_response
from .routes import Call
from .spec import Operation, operations, operations_by_id
from .state import EmulatorState
from .validation import validator_for

log = logging.getLogger("mistralkit.emulator.batch")

NOMINAL_QUEUE_SECONDS = 1.0
NOMINAL_REQUEST_SECONDS = 0.05
COMMIT_EVERY = 0.1  # seconds between progress commits
MAX_TIMEOUT_HOURS = 168
MAX_ERROR_KINDS = 50
TERMINAL = ("SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED")
ACTIVE = ("QUEUED", "RUNNING", "CANCELLATION_REQUESTED")
AGENTS_COMPLETION = "agents_completion_v1_agents_completions_post"

ENDPOINT_KINDS = {
    "/v1/chat/completions": CHAT,
    "/v1/fim/completions": FIM,
    "/v1/embeddings": EMBED,
    "/v1/moderations": MODERATION,
    "/v1/chat/moderations": MODERATION,
    "/v1/classifications": CLASSIFICATION,
    "/v1/chat/classifications": CLASSIFICATION,
    "/v1/ocr": OCR,
    "/v1/audio/transcriptions": TRANSCRIPTION,
}

SCHEMA = """
CREATE TABLE IF NOT EXISTS batch_jobs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    created_ts REAL NOT NULL,
    endpoint TEXT NOT NULL,
    model TEXT,
    agent_id TEXT,
    metadata TEXT,
    input_files TEXT NOT NULL,
    requests TEXT,
    timeout_hours INTEGER NOT NULL,
    status TEXT NOT NULL,
    total_requests INTEGER NOT NULL DEFAULT 0,
    succeeded_requests INTEGER NOT NULL DEFAULT 0,
    failed_requests INTEGER NOT NULL DEFAULT 0,
    started_at INTEGER,
    completed_at INTEGER,
    output_file TEXT,
    error_file TEXT,
    errors TEXT NOT NULL DEFAULT '[]',
    source_index INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    line_number INTEGER NOT NULL DEFAULT 0,
    out_bytes INTEGER NOT NULL DEFAULT 0,
    err_bytes INTEGER NOT NULL DEFAULT 0,
    out_file_id TEXT NOT NULL,
    err_file_id TEXT NOT NULL,
    final_status TEXT
);
CREATE INDEX IF NOT EXISTS batch_jobs_created ON batch_jobs (created_ts DESC, seq DESC);
"""


def _operation_for(endpoint: str, agent_id: str | None) -> Operation | None:
    if endpoint == "/v1/chat/completions" and agent_id:
        return operations_by_id().get(AGENTS_COMPLETION)
    for op in operations():
        if op.path == endpoint and op.method == "POST" and not op.stream_twin:
            return op
    return None


def _handler_for(op: Operation) -> Any:
    from .app import HANDLERS  # the app module imports this one

    return HANDLERS.get(op.operation_id)


def _error_summary(exc: APIError) -> str:
    if isinstance(exc, ValidationFailed):
        parts = [f"{'.'.join(str(x) for x in item.get('loc', []))}: {item.get('msg')}" for item in exc.detail[:3]]
        return "Invalid request body: " + "; ".join(parts)
    return exc.message if isinstance(exc.message, str) else json.dumps(exc.message)


class LineError(Exception):
    """A batch line that cannot even be sent to the endpoint (400)."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind


class Run:
    """The in-memory side of one running job: open files and pending counters."""

    def __init__(self, service: BatchService, row: dict[str, Any]) -> None:
        self.service = service
        self.state = service.state
        self.id: str = row["id"]
        self.row = row
        self.sources: list[tuple[str, Any]] = [("file", fid) for fid in json.loads(row["input_files"])]
        if row["requests"] is not None:
            self.sources.append(("inline", json.loads(row["requests"])))
        self.source_index: int = row["source_index"]
        self.position: int = row["position"]
        self.line_number: int = row["line_number"]
        self.succeeded: int = row["succeeded_requests"]
        self.failed: int = row["failed_requests"]
        self.errors: dict[str, int] = {e["message"]: e["count"] for e in json.loads(row["errors"])}
        self.out: IO[bytes] | None = None
        self.err: IO[bytes] | None = None
        self.reader: IO[bytes] | None = None
        self.op = _operation_for(row["endpoint"], row["agent_id"])
        self.handler = _handler_for(self.op) if self.op is not None else None
        self.validator = validator_for(self.op.operation_id) if self.op is not None else None
        self.scope_base: dict[str, Any] = {
            "type": "http",
            "http_version": "1.1",
            "method": "POST",
            "scheme": "http",
            "path": self.op.path if self.op else row["endpoint"],
            "raw_path": (self.op.path if self.op else row["endpoint"]).encode(),
            "root_path": "",
            "query_string": b"",
            "headers": [],
            "server": ("batch.emulator", 80),
            FAULT_KEY: None,
        }

    @property
    def done(self) -> int:
        return self.succeeded + self.failed

    # -- result files -------------------------------------------------------
    def open_results(self) -> bool:
        """Open the part files at their committed sizes; False if they are shorter (lost writes)."""
        paths = (self.service.part_path(self.id, "output"), self.service.part_path(self.id, "error"))
        sizes = (self.row["out_bytes"], self.row["err_bytes"])
        for path, size in zip(paths, sizes):
            if not path.exists():
                if size:
                    return False
                path.touch()
            elif path.stat().st_size < size:
                return False
        handles = []
        for path, size in zip(paths, sizes):
            fh = open(path, "r+b")  # noqa: SIM115 - closed by close()
            fh.truncate(size)
            fh.seek(size)
            handles.append(fh)
        self.out, self.err = handles
        return True

    def close(self) -> None:
        for fh in (self.out, self.err, self.reader):
            if fh is not None:
                fh.close()
        self.out = self.err = self.reader = None

    def sync(self) -> tuple[int, int]:
        assert self.out is not None and self.err is not None
        sizes = []
        for fh in (self.out, self.err):
            fh.flush()
            os.fsync(fh.fileno())
            sizes.append(fh.tell())
        return sizes[0], sizes[1]

    # -- input --------------------------------------------------------------
    def next_record(self) -> tuple[str, Any, str] | None:
        """The next non-blank record: (kind, raw line or inline request, where); None at the end."""
        while self.source_index < len(self.sources):
            kind, source = self.sources[self.source_index]
            if kind == "inline":
                if self.position < len(source):
                    item = source[self.position]
                    self.position += 1
                    return "inline", item, f"request {self.position - 1} of the inline requests"
            else:
                if self.reader is None:
                    path = self.state.store.file_path(source)
                    try:
                        self.reader = open(path, "rb")  # noqa: SIM115 - closed by close()
                    except FileNotFoundError:
                        raise JobFailed(f"Input file {source} no longer exists") from None
                    self.reader.seek(self.position)
                line = self.reader.readline()
                if line:
                    self.position += len(line)
                    self.line_number += 1
                    if line.strip():
                        return "line", line, f"line {self.line_number} of input file {source}"
                    continue
                self.reader.close()
                self.reader = None
            self.source_index += 1
            self.position = 0
            self.line_number = 0
        return None

    # -- one request --------------------------------------------------------
    async def execute(self, kind: str, raw: Any, where: str) -> None:
        index = self.done
        line_id = f"batch-{self.id}-{index}"
        custom_id: Any = None
        try:
            if kind == "line":
                try:
                    record = json.loads(raw)
                except (ValueError, RecursionError) as exc:
                    raise LineError(f"{where.capitalize()} is not valid JSON: {exc}", "Line is not valid JSON") from None
            else:
                record = raw
            if not isinstance(record, dict):
                raise LineError(
                    f"{where.capitalize()} must be a JSON object with custom_id and body",
                    "Line is not a JSON object",
                )
            custom_id = record.get("custom_id")
            if isinstance(custom_id, bool) or not isinstance(custom_id, (str, int, type(None))):
                custom_id = None
                raise LineError(f"{where.capitalize()}: custom_id must be a string", "custom_id is not a string")
            if custom_id is None:
                if kind == "line":
                    raise LineError(f"{where.capitalize()} has no custom_id", "Missing custom_id")
                custom_id = str(index)
            custom_id = str(custom_id)
            body = record.get("body")
            if not isinstance(body, dict):
                if body is None:
                    raise LineError(f"{where.capitalize()} has no body", "Missing body")
                raise LineError(f"{where.capitalize()}: body must be a JSON object", "body is not an object")
            status, payload = await self.call_endpoint(body)
        except LineError as exc:
            error = APIError(400, exc.message, type="invalid_request_error", code="invalid_batch_line")
            self.fail(line_id, custom_id, 400, dumps(error.body()), exc.message, error.code, exc.kind)
            return
        except _EndpointError as exc:
            self.fail(line_id, custom_id, exc.status, exc.body, exc.message, exc.code, exc.message)
            return
        assert self.out is not None
        self.out.write(
            b'{"id":'
            + dumps(line_id)
            + b',"custom_id":'
            + dumps(custom_id)
            + b',"response":{"status_code":'
            + str(status).encode()
            + b',"body":'
            + payload
            + b'},"error":null}\n'
        )
        self.succeeded += 1

    def fail(
        self, line_id: str, custom_id: Any, status: int, body: bytes, message: str, code: Any, kind: str
    ) -> None:
        assert self.err is not None
        self.err.write(
            b'{"id":'
            + dumps(line_id)
            + b',"custom_id":'
            + dumps(custom_id)
            + b',"response":{"status_code":'
            + str(status).encode()
            + b',"body":'
            + body
            + b'},"error":'
            + dumps({"message": message, "code": code})
            + b"}\n"
        )
        self.failed += 1
        if kind in self.errors or len(self.errors) < MAX_ERROR_KINDS:
            self.errors[kind] = self.errors.get(kind, 0) + 1
        else:
            self.errors["Other errors"] = self.errors.get("Other errors", 0) + 1

    async def call_endpoint(self, body: dict[str, Any]) -> tuple[int, bytes]:
        if self.op is None or self.handler is None or self.validator is None:
            raise _EndpointError.from_api(
                APIError(
                    501,
                    f"{self.row['endpoint']} is not implemented by the mistralkit emulator yet",
                    type="not_implemented",
                )
            )
        body = dict(body)
        body.pop("stream", None)
        if self.row["model"] is not None and self.op.operation_id != AGENTS_COMPLETION:
            body["model"] = self.row["model"]
        if self.row["agent_id"] is not None and self.op.operation_id == AGENTS_COMPLETION:
            body["agent_id"] = self.row["agent_id"]
            body.pop("model", None)
        scope = dict(self.scope_base)
        scope[REQUEST_ID_KEY] = self.state.request_ids.next()
        call = Call(Request(scope), self.state, self.op, body, {}, {})
        try:
            self.validator.validate_body(body)
            response: Response = await self.handler(call)
        except APIError as exc:
            raise _EndpointError.from_api(exc) from None
        except (asyncio.CancelledError, jobs.WorkerStopped):
            raise
        except Exception:
            raise _EndpointError.from_api(
                APIError(500, "Internal server error", type="internal_server_error", code="3000")
            ) from None
        payload = getattr(response, "body", None)
        if not isinstance(payload, (bytes, bytearray)) or response.status_code >= 400:
            if isinstance(payload, (bytes, bytearray)):
                try:
                    message = json.loads(payload).get("message", "error")
                except (ValueError, AttributeError):
                    message = "error"
                raise _EndpointError(response.status_code, bytes(payload), str(message), None)
            raise _EndpointError.from_api(APIError(500, "The endpoint did not answer with JSON", code="3000"))
        return response.status_code, bytes(payload)


class _EndpointError(Exception):
    def __init__(self, status: int, body: bytes, message: str, code: Any) -> None:
        super().__init__(message)
        self.status = status
        self.body = body
        self.message = message
        self.code = code

    @classmethod
    def from_api(cls, exc: APIError) -> _EndpointError:
        return cls(exc.status, dumps(exc.body()), _error_summary(exc), exc.code)


class JobFailed(Exception):
    """The job cannot go on (e.g. an input file vanished)."""


def _count_requests(state: EmulatorState, row: dict[str, Any]) -> int:
    total = 0
    for file_id in json.loads(row["input_files"]):
        path = state.store.file_path(file_id)
        try:
            with open(path, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        except FileNotFoundError:
            raise JobFailed(f"Input file {file_id} no longer exists") from None
    if row["requests"] is not None:
        total += len(json.loads(row["requests"]))
    return total


class BatchService:
    """The batch jobs of one emulator instance."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self.store = state.store
        self.work_dir = state.data_dir / "batch"
        self.work_dir.mkdir(exist_ok=True)
        self.store.schema(SCHEMA)
        self._worker: jobs.Worker | None = None
        self._wake: dict[str, asyncio.Event] = {}
        for row in self.store.query(
            f"SELECT id FROM batch_jobs WHERE status IN ({', '.join('?' * len(ACTIVE))}) ORDER BY seq", ACTIVE
        ):
            self._start(row["id"])

    @property
    def worker(self) -> jobs.Worker:
        if self._worker is None:
            self._worker = jobs.worker_for(self.state)
        return self._worker

    def part_path(self, job_id: str, kind: str) -> Path:
        return self.work_dir / f"{job_id}.{kind}.part"

    def _start(self, job_id: str) -> None:
        self.worker.spawn(lambda: self._run(job_id), name=f"batch {job_id}")

    def wake(self, job_id: str) -> None:
        def set_event() -> None:
            event = self._wake.get(job_id)
            if event is not None:
                event.set()

        if self._worker is not None:
            self._worker.call(set_event)

    async def _pause(self, job_id: str, seconds: float) -> None:
        event = self._wake.setdefault(job_id, asyncio.Event())
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        try:
            await asyncio.wait_for(event.wait(), timeout=min(seconds, 0.25))
        except asyncio.TimeoutError:
            pass
        event.clear()

    def row(self, job_id: str) -> dict[str, Any] | None:
        rows = self.store.query("SELECT * FROM batch_jobs WHERE id = ?", (job_id,))
        return rows[0] if rows else None

    def deadline(self, row: dict[str, Any]) -> float:
        return row["created_ts"] + jobs.scaled(self.state, row["timeout_hours"] * 3600.0)

    # -- the job ----------------------------------------------------------------
    async def _run(self, job_id: str) -> None:
        try:
            await self._drive(job_id)
        except (asyncio.CancelledError, jobs.WorkerStopped, sqlite3.ProgrammingError):
            raise
        except Exception as exc:  # a bug: end the job visibly instead of leaving it RUNNING
            log.exception("batch job %s failed", job_id)
            row = self.row(job_id)
            if row is not None and row["status"] not in TERMINAL:
                self._record_job_error(row, f"The emulator failed while running the job: {exc!r}")
                try:
                    await self._finish_from_row(self.row(job_id) or row, "FAILED")
                except Exception:
                    self.store.execute(
                        "UPDATE batch_jobs SET status = 'FAILED', completed_at = ? WHERE id = ?",
                        (int(time.time()), job_id),
                    )
        finally:
            self._wake.pop(job_id, None)

    async def _drive(self, job_id: str) -> None:
        row = self.row(job_id)
        if row is None or row["status"] in TERMINAL:
            return
        if row["final_status"]:
            await self._finish_from_row(row, row["final_status"])
            return
        if row["status"] != "RUNNING":
            start_at = row["created_ts"] + jobs.scaled(self.state, NOMINAL_QUEUE_SECONDS)
            while True:
                row = self.row(job_id)
                if row is None:
                    return
                if row["status"] == "CANCELLATION_REQUESTED":
                    await self._finish_from_row(row, "CANCELLED")
                    return
                if time.time() >= self.deadline(row):
                    await self._finish_from_row(row, "TIMEOUT_EXCEEDED")
                    return
                if time.time() >= start_at:
                    break
                await self._pause(job_id, start_at - time.time())
            try:
                total = await anyio.to_thread.run_sync(_count_requests, self.state, row)
            except JobFailed as exc:
                self._record_job_error(row, str(exc))
                await self._finish_from_row(self.row(job_id) or row, "FAILED")
                return
            changed = self.store.execute(
                "UPDATE batch_jobs SET status = 'RUNNING', started_at = ?, total_requests = ? "
                "WHERE id = ? AND status = 'QUEUED'",
                (int(time.time()), total, job_id),
            )
            if not changed:  # cancelled in between: go round again
                await self._drive(job_id)
                return
            row = self.row(job_id)
            assert row is not None
        await self._process(row)

    async def _process(self, row: dict[str, Any]) -> None:
        run = Run(self, row)
        if not run.open_results():
            # Result bytes were lost (e.g. a power cut after a commit): start over.
            self.store.execute(
                "UPDATE batch_jobs SET succeeded_requests = 0, failed_requests = 0, errors = '[]', "
                "source_index = 0, position = 0, line_number = 0, out_bytes = 0, err_bytes = 0 WHERE id = ?",
                (run.id,),
            )
            for kind in ("output", "error"):
                self.part_path(run.id, kind).unlink(missing_ok=True)
            run = Run(self, self.row(run.id) or row)
            run.open_results()
        per_request = jobs.scaled(self.state, NOMINAL_REQUEST_SECONDS)
        deadline = self.deadline(row)
        resumed_at = time.monotonic()
        resumed_done = run.done
        final: str | None = None
        try:
            while final is None:
                commit_at = time.monotonic() + COMMIT_EVERY
                finished = False
                while time.monotonic() < commit_at:
                    try:
                        record = run.next_record()
                    except JobFailed as exc:
                        run.errors[str(exc)] = run.errors.get(str(exc), 0) + 1
                        final = "FAILED"
                        break
                    if record is None:
                        finished = True
                        break
                    await run.execute(*record)
                    due = resumed_at + (run.done - resumed_done) * per_request
                    if due > time.monotonic():
                        break  # ahead of the nominal pace: commit, then wait
                self._commit(run)
                if final is not None:
                    break
                current = self.row(run.id)
                if current is None:
                    return
                if current["status"] == "CANCELLATION_REQUESTED":
                    final = "CANCELLED"
                elif finished:
                    final = "SUCCESS" if run.succeeded or not run.failed else "FAILED"
                    if run.done == 0:
                        self._record_job_error(current, "The batch has no requests")
                        final = "FAILED"
                elif time.time() >= deadline:
                    final = "TIMEOUT_EXCEEDED"
                else:
                    due = resumed_at + (run.done - resumed_done) * per_request
                    await self._pause(run.id, due - time.monotonic())
        finally:
            run.close()
        row = self.row(run.id)
        if row is not None:
            await self._finish_from_row(row, final)

    def _commit(self, run: Run) -> None:
        out_bytes, err_bytes = run.sync()
        errors = [{"message": m, "count": c} for m, c in run.errors.items()]
        self.store.execute(
            "UPDATE batch_jobs SET succeeded_requests = ?, failed_requests = ?, errors = ?, source_index = ?, "
            "position = ?, line_number = ?, out_bytes = ?, err_bytes = ? WHERE id = ?",
            (
                run.succeeded,
                run.failed,
                json.dumps(errors),
                run.source_index,
                run.position,
                run.line_number,
                out_bytes,
                err_bytes,
                run.id,
            ),
        )

    def _record_job_error(self, row: dict[str, Any], message: str) -> None:
        errors = json.loads(row["errors"])
        errors.append({"message": message, "count": 1})
        self.store.execute("UPDATE batch_jobs SET errors = ? WHERE id = ?", (json.dumps(errors), row["id"]))

    async def _finish_from_row(self, row: dict[str, Any], final: str) -> None:
        """Publish the result files and enter the terminal status (idempotent, restart-safe)."""
        job_id = row["id"]
        if not row["final_status"]:
            self.store.execute("UPDATE batch_jobs SET final_status = ? WHERE id = ?", (final, job_id))
        output_file = await anyio.to_thread.run_sync(
            self._publish, job_id, "output", row["out_file_id"], row["out_bytes"], row["succeeded_requests"]
        )
        error_file = await anyio.to_thread.run_sync(
            self._publish, job_id, "error", row["err_file_id"], row["err_bytes"], row["failed_requests"]
        )
        self.store.execute(
            "UPDATE batch_jobs SET status = ?, completed_at = ?, output_file = ?, error_file = ? WHERE id = ?",
            (final, int(time.time()), output_file, error_file, job_id),
        )

    def _publish(self, job_id: str, kind: str, file_id: str, size: int, lines: int) -> str | None:
        part = self.part_path(job_id, kind)
        if self.store.get_file(file_id) is not None:
            part.unlink(missing_ok=True)
            return file_id
        if not lines or not part.exists():
            part.unlink(missing_ok=True)
            return None
        digest = hashlib.sha256()
        with open(part, "r+b") as fh:
            fh.truncate(size)
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        record = {
            "id": file_id,
            "bytes": size,
            "created_at": int(time.time()),
            "filename": f"batch-{job_id}-{kind}.jsonl",
            "purpose": "batch",
            "sample_type": "batch_result" if kind == "output" else "batch_error",
            "source": "mistral",
            "num_lines": lines,
            "mimetype": "application/jsonl",
            "signature": digest.hexdigest()[:16],
        }
        self.store.add_file(part, record)
        return file_id

    # -- reading ----------------------------------------------------------------
    def outputs(self, row: dict[str, Any]) -> list[dict[str, Any]]:
        """Every result line so far (output and error), in input order."""
        lines: list[dict[str, Any]] = []
        for kind, file_id, size in (
            ("output", row["output_file"], row["out_bytes"]),
            ("error", row["error_file"], row["err_bytes"]),
        ):
            if file_id:
                path = self.store.file_path(file_id)
                limit = None
            else:
                path = self.part_path(row["id"], kind)
                limit = size
            try:
                with open(path, "rb") as fh:
                    data = fh.read() if limit is None else fh.read(limit)
            except FileNotFoundError:
                continue
            lines.extend(json.loads(line) for line in data.splitlines() if line.strip())
        lines.sort(key=lambda item: int(str(item.get("id", "")).rsplit("-", 1)[-1] or 0))
        return lines


def service(state: EmulatorState) -> BatchService:
    return jobs.service_for(state, "batch", BatchService)


def public(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "object": "batch",
        "input_files": json.loads(row["input_files"]),
        "metadata": json.loads(row["metadata"]) if row["metadata"] is not None else None,
        "endpoint": row["endpoint"],
        "model": row["model"],
        "agent_id": row["agent_id"],
        "output_file": row["output_file"],
        "error_file": row["error_file"],
        "errors": json.loads(row["errors"]),
        "status": row["status"],
        "created_at": row["created_at"],
        "total_requests": row["total_requests"],
        "completed_requests": row["succeeded_requests"] + row["failed_requests"],
        "succeeded_requests": row["succeeded_requests"],
        "failed_requests": row["failed_requests"],
        "started_at": row["started_at"],
        "completed_at": row["completed_at"],
    }


# -- handlers -------------------------------------------------------------------


async def create_batch_job(call: Call) -> Response:
    body: dict[str, Any] = call.body
    svc = service(call.state)
    endpoint = body["endpoint"]
    model = body.get("model")
    agent_id = body.get("agent_id")
    input_files = list(body.get("input_files") or [])
    requests = body.get("requests")
    if not input_files and not requests:
        raise bad_request("Provide input_files (ids of uploaded JSONL files) or inline requests", param="input_files")
    timeout_hours = body.get("timeout_hours", 24)
    if not 1 <= timeout_hours <= MAX_TIMEOUT_HOURS:
        raise bad_request(f"timeout_hours must be between 1 and {MAX_TIMEOUT_HOURS}", param="timeout_hours")
    op = _operation_for(endpoint, agent_id)
    if op is None or _handler_for(op) is None:
        what = "agent batch jobs" if agent_id and endpoint == "/v1/chat/completions" else f"endpoint {endpoint}"
        raise bad_request(
            f"Batch jobs on {what} are not supported by the mistralkit emulator (not implemented yet)",
            param="endpoint",
        )
    if model is not None and endpoint in ENDPOINT_KINDS:
        require(model, ENDPOINT_KINDS[endpoint], call.state)
    for file_id in input_files:
        record = call.state.store.get_file(file_id)
        if record is None:
            raise not_found(f"Input file {file_id} not found")
        if record["purpose"] != "batch":
            raise bad_request(
                f"Input file {file_id} has purpose '{record['purpose']}'; batch input files must be uploaded "
                "with purpose 'batch'",
                param="input_files",
            )
    job_id = str(uuid.uuid4())
    created = time.time()
    svc.store.execute(
        "INSERT INTO batch_jobs (id, created_at, created_ts, endpoint, model, agent_id, metadata, input_files, "
        "requests, timeout_hours, status, out_file_id, err_file_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            job_id,
            int(created),
            created,
            endpoint,
            model,
            agent_id,
            json.dumps(body["metadata"]) if body.get("metadata") is not None else None,
            json.dumps(input_files),
            json.dumps(requests) if requests else None,
            timeout_hours,
            "QUEUED",
            str(uuid.uuid4()),
            str(uuid.uuid4()),
        ),
    )
    row = svc.row(job_id)
    assert row is not None
    svc._start(job_id)
    return json_response(public(row))


def _get_row(call: Call) -> tuple[BatchService, dict[str, Any]]:
    svc = service(call.state)
    job_id = call.path["job_id"]
    row = svc.row(job_id)
    if row is None:
        raise not_found(f"Batch job {job_id} not found")
    return svc, row


async def get_batch_job(call: Call) -> Response:
    svc, row = _get_row(call)
    out = public(row)
    if call.query.get("inline"):
        out["outputs"] = await anyio.to_thread.run_sync(svc.outputs, row)
    return json_response(out)


async def cancel_batch_job(call: Call) -> Response:
    svc, row = _get_row(call)
    if row["status"] in ("QUEUED", "RUNNING"):
        changed = svc.store.execute(
            "UPDATE batch_jobs SET status = 'CANCELLATION_REQUESTED' WHERE id = ? AND status = ?",
            (row["id"], row["status"]),
        )
        if not changed:  # the worker moved it meanwhile: try again from there
            return await cancel_batch_job(call)
        row = {**row, "status": "CANCELLATION_REQUESTED"}
        svc.wake(row["id"])
    return json_response(public(row))


_LIST_PARAMS = frozenset(
    {"page", "page_size", "model", "agent_id", "metadata", "created_after", "created_by_me", "status", "order_by"}
)


async def list_batch_jobs(call: Call) -> Response:
    svc = service(call.state)
    q = call.query
    page, page_size = jobs.paging(q)
    where: list[str] = []
    args: list[Any] = []
    for column in ("model", "agent_id"):
        if q.get(column) is not None:
            where.append(f"{column} = ?")
            args.append(q[column])
    if q.get("created_after"):
        where.append("created_ts > ?")
        args.append(jobs.timestamp_param(q["created_after"], "created_after"))
    statuses = q.get("status")
    if statuses:
        where.append(f"status IN ({', '.join('?' * len(statuses))})")
        args.extend(statuses)
    metadata = {
        key: values[-1] for key, values in _query_items(call).items() if key not in _LIST_PARAMS and values
    }
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    order = "ASC" if q.get("order_by") == "created" else "DESC"
    sql = f"SELECT * FROM batch_jobs{clause} ORDER BY created_ts {order}, seq {order}"
    if metadata:
        rows = [
            r
            for r in svc.store.query(sql, args)
            if all(str((json.loads(r["metadata"] or "null") or {}).get(k)) == v for k, v in metadata.items())
        ]
        total = len(rows)
        rows = rows[page * page_size : (page + 1) * page_size]
    else:
        rows = svc.store.query(sql + " LIMIT ? OFFSET ?", [*args, page_size, page * page_size])
        total = svc.store.query(f"SELECT COUNT(*) AS n FROM batch_jobs{clause}", args)[0]["n"]
    return json_response({"data": [public(r) for r in rows], "object": "list", "total": total})


def _query_items(call: Call) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in call.request.query_params.multi_items():
        out.setdefault(key, []).append(value)
    return out
