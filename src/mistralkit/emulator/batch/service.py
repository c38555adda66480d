"""The batch jobs of one emulator: the lifecycle (queue, run, commit, finish),
publishing the result files, resuming after a restart.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

import anyio.to_thread

from .. import jobs
from ..state import EmulatorState

from .model import (
    ACTIVE,
    COMMIT_EVERY,
    NOMINAL_QUEUE_SECONDS,
    NOMINAL_REQUEST_SECONDS,
    TERMINAL,
    JobFailed,
)
from .run import Run
from .store import SCHEMA, count_requests

log = logging.getLogger("mistralkit.emulator.batch")


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
            self.start(row["id"])

    @property
    def worker(self) -> jobs.Worker:
        if self._worker is None:
            self._worker = jobs.worker_for(self.state)
        return self._worker

    def part_path(self, job_id: str, kind: str) -> Path:
        return self.work_dir / f"{job_id}.{kind}.part"

    def start(self, job_id: str) -> None:
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
                total = await anyio.to_thread.run_sync(count_requests, self.state, row)
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
