"""``batch.run``: many requests through the Batch API, results back in input order.

The requests (any iterable of bodies, ``{"custom_id", "body"}`` dicts or request models) are
streamed to JSONL part files on disk, cut so that no file passes the API's limits; each part is
uploaded (or sent inline for a small run) as its own job as soon as it is written. The jobs are
polled together; as soon as the next part's job has ended its output and error files are
downloaded to disk and its results yielded, each with its request, in input order. Memory stays
flat whatever the number of requests: only one line at a time is in memory.

With a ``state_file`` the run can resume: a crashed program that runs again with the same
requests finds its parts and jobs in the state file and submits nothing that was submitted
before (job creation is also looked up by metadata in case the crash came between creating a job
and recording it).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pydantic

from .._errors import MistralError
from .._models import dump_request, lenient
from ._drive import Emit, Sleep, Steps
from .errors import WaitTimeoutError
from .wait import BATCH, MAX_POLL_INTERVAL

__all__ = [
    "INLINE_LIMIT",
    "MAX_FILE_BYTES",
    "MAX_REQUESTS_PER_JOB",
    "BatchProgress",
    "BatchRequestError",
    "BatchResult",
    "run_batch",
]

MAX_REQUESTS_PER_JOB = 1_000_000  # the API's limit on the requests of one batch job
MAX_FILE_BYTES = 500 * 1024 * 1024  # under the API's 512 MB upload limit
INLINE_LIMIT = 1000  # runs this small are sent inline, without a file
STATE_VERSION = 1


class BatchRequestError(MistralError):
    """Why one request of a batch failed: ``status_code`` (None when it got no result at all),
    ``message``, ``code`` and the error ``body`` the API returned for it."""

    def __init__(self, message: str, *, custom_id: str, status_code: int | None = None, code: Any = None, body: Any = None) -> None:
        self.message = message
        self.custom_id = custom_id
        self.status_code = status_code
        self.code = code
        self.body = body
        super().__init__(f"request {custom_id!r}: {message}" + (f" (status {status_code})" if status_code else ""))


@dataclass
class BatchResult:
    """One request's outcome: ``response`` (a typed model for known endpoints, else a dict) or
    ``error`` (``BatchRequestError``), with its ``request`` body, ``custom_id`` and input ``index``.

    ``id`` and ``status_code`` are the result record's own (``"batch-..."`` and the endpoint's HTTP
    status), ``record`` the record exactly as the job's output or error file holds it
    (``{"id", "custom_id", "response": {"status_code", "body"}, "error"}``); all three are None
    for a request the job left without a result.
    """

    index: int
    custom_id: str
    request: dict[str, Any]
    response: Any = None
    error: BatchRequestError | None = None
    id: str | None = None
    status_code: int | None = None
    record: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class BatchProgress:
    """Progress of a run: requests ``total``, ``succeeded``, ``failed``, ``done`` and the ``jobs``."""

    total: int
    succeeded: int
    failed: int
    done: int
    jobs: list[Any] = field(default_factory=list)


def _response_type(endpoint: str) -> Any:
    from .. import types

    table = {
        "/v1/chat/completions": "ChatCompletionResponse",
        "/v1/agents/completions": "ChatCompletionResponse",
        "/v1/fim/completions": "FIMCompletionResponse",
        "/v1/embeddings": "EmbeddingResponse",
        "/v1/moderations": "ModerationResponse",
        "/v1/chat/moderations": "ModerationResponse",
        "/v1/classifications": "ClassificationResponse",
        "/v1/chat/classifications": "ClassificationResponse",
        "/v1/ocr": "OCRResponse",
        "/v1/conversations": "ConversationResponse",
    }
    name = table.get(endpoint)
    return getattr(types, name) if name else None


# -- input --------------------------------------------------------------------------------


def _normalise(item: Any, index: int) -> tuple[str, dict[str, Any]]:
    custom_id: Any = None
    if isinstance(item, pydantic.BaseModel):
        if "body" in type(item).model_fields:
            custom_id, body = getattr(item, "custom_id", None), item.body  # type: ignore[attr-defined]
        else:
            body = item
    elif isinstance(item, dict) and "body" in item and set(item) <= {"custom_id", "body"}:
        custom_id, body = item.get("custom_id"), item["body"]
    else:
        body = item
    body = dump_request(body)
    if not isinstance(body, dict):
        raise TypeError(f"request {index}: a batch request body must be a dict or a request model, not {type(body).__name__}")
    if custom_id is None:
        custom_id = str(index)
    elif not isinstance(custom_id, str) or not custom_id:
        raise TypeError(f"request {index}: custom_id must be a non-empty string, not {custom_id!r}")
    return custom_id, body


class _Input:
    """The requests, numbered, with one item of look-ahead."""

    def __init__(self, requests: Iterable[Any]) -> None:
        if isinstance(requests, (str, bytes, dict)):
            raise TypeError("requests must be an iterable of requests (dicts or request models)")
        self._it: Iterator[Any] = iter(requests)
        self.position = 0
        self._peeked: Any = _NOTHING
        self._back: tuple[str, dict[str, Any]] | None = None

    def peek(self) -> Any:
        if self._back is not None:
            return self._back
        if self._peeked is _NOTHING:
            self._peeked = next(self._it, _NOTHING)
        return self._peeked

    def take(self) -> tuple[str, dict[str, Any]] | None:
        if self._back is not None:
            back, self._back = self._back, None
            self.position += 1
            return back
        item = self.peek()
        if item is _NOTHING:
            return None
        self._peeked = _NOTHING
        index = self.position
        self.position += 1
        return _normalise(item, index)

    def push_back(self, custom_id: str, body: dict[str, Any]) -> None:
        """Give back the request just taken: it opens the next part."""
        self._back = (custom_id, body)
        self.position -= 1


_NOTHING: Any = object()


def _write_part(source: _Input, path: Path, max_requests: int, max_bytes: int, exact: int | None = None) -> tuple[int, int]:
    """Write the next requests to ``path``; (count, bytes). ``exact``: rewrite a recorded part."""
    count = size = 0
    seen: set[str] = set()
    with open(path, "wb") as out:
        while exact is None or count < exact:
            if exact is None and count >= max_requests:
                break
            if source.peek() is _NOTHING:
                break
            index = source.position
            taken = source.take()
            assert taken is not None
            custom_id, body = taken
            if custom_id in seen:
                raise ValueError(f"request {index}: custom_id {custom_id!r} is used twice in the same batch")
            seen.add(custom_id)
            line = json.dumps({"custom_id": custom_id, "body": body}, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"
            if exact is None and count and size + len(line) > max_bytes:
                # Over the file limit: this request opens the next part.
                source.push_back(custom_id, body)
                break
            if len(line) > max_bytes:
                raise ValueError(f"request {index} alone is larger than the {max_bytes}-byte file limit")
            out.write(line)
            count += 1
            size += len(line)
    return count, size


# -- state --------------------------------------------------------------------------------


class _State:
    def __init__(self, path: Path | None, settings: dict[str, Any]) -> None:
        self.path = path
        self.data: dict[str, Any] = {"version": STATE_VERSION, "run_id": uuid.uuid4().hex, **settings, "parts": []}
        self.resumed = False
        if path is not None and path.exists():
            loaded = json.loads(path.read_text())
            if loaded.get("version") != STATE_VERSION:
                raise ValueError(f"{path} is not a batch run state file this version understands")
            for key, value in settings.items():
                if loaded.get(key) != value:
                    raise ValueError(f"{path} belongs to another run ({key} was {loaded.get(key)!r}, now {value!r})")
            self.data = loaded
            self.resumed = True

    @property
    def parts(self) -> list[dict[str, Any]]:
        return self.data["parts"]  # type: ignore[no-any-return]

    def save(self) -> None:
        if self.path is None:
            return
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(self.data, indent=1))
        os.replace(tmp, self.path)


# -- results ------------------------------------------------------------------------------


class _ResultFile:
    """Result lines of one file, read in order, with an index built only if the order differs."""

    def __init__(self, path: Path | None) -> None:
        self.fh: IO[bytes] | None = open(path, "rb") if path is not None and path.exists() else None  # noqa: SIM115  (closed by close())
        self.head: tuple[str, dict[str, Any]] | None = None
        self.index: dict[str, int] | None = None
        self._advance()

    def _advance(self) -> None:
        self.head = None
        if self.fh is None:
            return
        while True:
            line = self.fh.readline()
            if not line:
                return
            if line.strip():
                record = json.loads(line)
                self.head = (str(record.get("custom_id")), record)
                return

    def take(self, custom_id: str) -> dict[str, Any] | None:
        if self.head is not None and self.head[0] == custom_id:
            record = self.head[1]
            self._advance()
            return record
        if self.fh is None or self.head is None:
            return None
        if self.index is None:
            # Out of order (allowed by the API): index what is left by custom id, once.
            self.index = {}
            start = self.fh.tell()
            self.index[self.head[0]] = -1
            while True:
                offset = self.fh.tell()
                line = self.fh.readline()
                if not line:
                    break
                if line.strip():
                    self.index[str(json.loads(line).get("custom_id"))] = offset
            self.fh.seek(start)
        offset = self.index.pop(custom_id, -2)
        if offset == -2:
            return None
        if offset == -1:
            record = self.head[1]
            self.head = None
            return record
        here = self.fh.tell()
        self.fh.seek(offset)
        record = json.loads(self.fh.readline())
        self.fh.seek(here)
        return record  # type: ignore[no-any-return]

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()


def _result(index: int, custom_id: str, request: dict[str, Any], record: dict[str, Any] | None, cast: Any, job: Any) -> BatchResult:
    if record is None:
        return BatchResult(
            index,
            custom_id,
            request,
            error=BatchRequestError(
                f"no result: the batch job {job.id} ended with status {job.status}", custom_id=custom_id, code="missing_result"
            ),
        )
    response = record.get("response") or {}
    status = response.get("status_code")
    body = response.get("body")
    error = record.get("error")
    line_id = record.get("id")
    found: dict[str, Any] = {
        "id": line_id if isinstance(line_id, str) else None,
        "status_code": status if isinstance(status, int) and not isinstance(status, bool) else None,
        "record": record,
    }
    if error is None and isinstance(status, int) and 200 <= status < 300:
        return BatchResult(index, custom_id, request, response=lenient(cast, body) if cast is not None else body, **found)
    message = None
    code = None
    if isinstance(error, dict):
        message, code = error.get("message"), error.get("code")
    if message is None and isinstance(body, dict):
        message = body.get("message") or body.get("detail")
    return BatchResult(
        index,
        custom_id,
        request,
        error=BatchRequestError(str(message or error or "the request failed"), custom_id=custom_id, status_code=status, code=code, body=body),
        **found,
    )


# -- the run ------------------------------------------------------------------------------


def run_batch(
    jobs: Any,
    files: Any,
    requests: Iterable[Any],
    *,
    endpoint: str,
    model: str | None = None,
    agent_id: str | None = None,
    metadata: dict[str, str] | None = None,
    timeout_hours: int | None = None,
    state_file: str | os.PathLike[str] | None = None,
    progress: bool = False,
    on_progress: Callable[[BatchProgress], Any] | None = None,
    poll_interval: float = 1.0,
    timeout: float | None = None,
    max_requests_per_job: int = MAX_REQUESTS_PER_JOB,
    max_file_bytes: int = MAX_FILE_BYTES,
    inline_limit: int = INLINE_LIMIT,
    clock: Callable[[], float] = time.monotonic,
) -> Steps[None]:
    """Steps of a batch run: emit a ``BatchResult`` per request, in input order."""
    if not isinstance(endpoint, str) or not endpoint.startswith("/"):
        raise ValueError(f"endpoint must be an API path such as '/v1/chat/completions', not {endpoint!r}")
    if max_requests_per_job < 1 or max_file_bytes < 1:
        raise ValueError("max_requests_per_job and max_file_bytes must be positive")
    if poll_interval <= 0:
        raise ValueError("poll_interval must be > 0 seconds")
    if timeout is not None and timeout < 0:
        raise ValueError("timeout must be >= 0 seconds")
    for key, value in (metadata or {}).items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError("metadata keys and values must be strings")
    state_path = Path(state_file) if state_file is not None else None
    state = _State(state_path, {"endpoint": endpoint, "model": model, "agent_id": agent_id})
    if state_path is not None:
        workdir = state_path.with_name(state_path.name + ".d")
        workdir.mkdir(parents=True, exist_ok=True)
        temporary = False
    else:
        workdir = Path(tempfile.mkdtemp(prefix="mistralkit-batch-"))
        temporary = True
    cast = _response_type(endpoint)
    source = _Input(requests)
    started = clock()
    bar = None
    try:
        # 1. Parts already recorded by an earlier run: rewrite unsubmitted ones, skip the rest.
        for part in state.parts:
            path = workdir / part["path"]
            if part.get("job_id") and path.exists():
                for _ in range(part["count"]):
                    if source.take() is None:
                        raise ValueError("the requests are fewer than in the run recorded in the state file")
                continue
            count, _ = _write_part(source, path, max_requests_per_job, max_file_bytes, exact=part["count"])
            if count != part["count"]:
                raise ValueError("the requests are fewer than in the run recorded in the state file")
            if not part.get("job_id"):
                yield from _submit(jobs, files, state, part, workdir, endpoint, model, agent_id, metadata, timeout_hours, resumed=True)
        # 2. The rest of the input, one part (and one job) at a time.
        if not state.data.get("input_complete"):
            while source.peek() is not _NOTHING:
                number = len(state.parts)
                name = f"part-{number:05d}.jsonl"
                count, size = _write_part(source, workdir / name, max_requests_per_job, max_file_bytes)
                # Peek only when it matters: a small first part that may be the whole run.
                inline = number == 0 and count <= inline_limit and source.peek() is _NOTHING
                part = {"number": number, "path": name, "start": source.position - count, "count": count, "bytes": size, "inline": inline}
                state.parts.append(part)
                state.save()
                yield from _submit(jobs, files, state, part, workdir, endpoint, model, agent_id, metadata, timeout_hours, resumed=False)
            state.data["input_complete"] = True
            state.save()
        elif source.peek() is not _NOTHING:
            raise ValueError("the requests are more than in the run recorded in the state file")
        # 3. Wait for the jobs; yield each part's results as soon as its job has ended.
        if progress:
            from .wait import ProgressBar

            bar = ProgressBar(f"batch run ({len(state.parts)} job{'s' if len(state.parts) != 1 else ''})")
        latest: dict[int, Any] = {}
        next_part = 0
        interval = poll_interval
        while next_part < len(state.parts):
            for part in state.parts[next_part:]:
                number = part["number"]
                if number in latest and BATCH.finished(latest[number]):
                    continue
                latest[number] = yield (lambda job_id=part["job_id"]: jobs.get(job_id=job_id))
            report = _progress(state.parts, latest)
            if on_progress is not None:
                on_progress(report)
            if bar is not None:
                bar.update("running" if report.done < report.total else "done", report.done, report.total)
            while next_part < len(state.parts) and BATCH.finished(latest[state.parts[next_part]["number"]]):
                part = state.parts[next_part]
                yield from _emit_results(files, part, latest[part["number"]], workdir, cast)
                next_part += 1
            if next_part < len(state.parts):
                left = None if timeout is None else timeout - (clock() - started)
                if left is not None and left <= 0:
                    raise WaitTimeoutError(
                        f"The batch run is not finished after {timeout} s ({report.done} of {report.total} requests done)",
                        job=latest[state.parts[next_part]["number"]],
                    )
                yield Sleep(interval if left is None else min(interval, left))
                interval = min(interval * 1.5, max(MAX_POLL_INTERVAL, poll_interval))
    finally:
        if bar is not None:
            bar.close()
        if temporary:
            shutil.rmtree(workdir, ignore_errors=True)


def _progress(parts: list[dict[str, Any]], latest: dict[int, Any]) -> BatchProgress:
    total = succeeded = failed = 0
    for part in parts:
        job = latest.get(part["number"])
        total += (job.total_requests if job is not None and job.total_requests else None) or part["count"]
        if job is not None:
            succeeded += job.succeeded_requests or 0
            failed += job.failed_requests or 0
    return BatchProgress(total, succeeded, failed, succeeded + failed, [latest.get(p["number"]) for p in parts])


def _submit(
    jobs: Any,
    files: Any,
    state: _State,
    part: dict[str, Any],
    workdir: Path,
    endpoint: str,
    model: str | None,
    agent_id: str | None,
    metadata: dict[str, str] | None,
    timeout_hours: int | None,
    resumed: bool,
) -> Steps[None]:
    tags = {**(metadata or {}), "mistralkit_run": state.data["run_id"], "mistralkit_part": str(part["number"])}
    if resumed:
        # The job may have been created just before a crash: find it by its tags.
        page = yield (lambda: jobs.list(metadata=tags, page_size=1))
        found = list(page.data or [])
        if found:
            part["job_id"] = found[0].id
            state.save()
            return
    path = workdir / part["path"]
    common: dict[str, Any] = {"endpoint": endpoint, "model": model, "agent_id": agent_id, "metadata": tags, "timeout_hours": timeout_hours}
    if part.get("inline"):
        with open(path, "rb") as fh:
            inline = [json.loads(line) for line in fh if line.strip()]
        job = yield (lambda: jobs.create(requests=inline, **common))
    else:
        if not part.get("file_id"):
            uploaded = yield (lambda: files.upload(file=str(path), purpose="batch"))
            part["file_id"] = uploaded.id
            state.save()
        job = yield (lambda: jobs.create(input_files=[part["file_id"]], **common))
    part["job_id"] = job.id
    state.save()


def _emit_results(files: Any, part: dict[str, Any], job: Any, workdir: Path, cast: Any) -> Steps[None]:
    paths: dict[str, Path | None] = {}
    for kind in ("output", "error"):
        file_id = getattr(job, f"{kind}_file", None)
        if not file_id:
            paths[kind] = None
            continue
        target = workdir / f"{Path(part['path']).stem}.{kind}.jsonl"
        download = yield (lambda file_id=file_id: files.download(file_id=file_id))
        yield (lambda download=download, target=target: download.write_to(str(target)))
        paths[kind] = target
    outputs, errors = _ResultFile(paths["output"]), _ResultFile(paths["error"])
    try:
        with open(workdir / part["path"], "rb") as fh:
            index = part["start"]
            for line in fh:
                if not line.strip():
                    continue
                item = json.loads(line)
                custom_id = item["custom_id"]
                record = outputs.take(custom_id)
                if record is None:
                    record = errors.take(custom_id)
                yield Emit(_result(index, custom_id, item["body"], record, cast, job))
                index += 1
    finally:
        outputs.close()
        errors.close()
