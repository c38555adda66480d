"""One running job in memory: reads its input records, sends each through the
endpoint's handler, and appends the result lines to the part files.
"""

from __future__ import annotations

import asyncio
import json
import os
from typing import IO, TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from .. import jobs
from ..errors import APIError
from ..middleware import FAULT_KEY, REQUEST_ID_KEY
from ..responses import dumps
from ..routes import Call
from ..validation import validator_for
from .model import (
    AGENTS_COMPLETION,
    MAX_ERROR_KINDS,
    EndpointError,
    JobFailed,
    LineError,
    handler_for,
    operation_for,
)

if TYPE_CHECKING:
    from .service import BatchService


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
        self.op = operation_for(row["endpoint"], row["agent_id"])
        self.handler = handler_for(self.state, self.op) if self.op is not None else None
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
                    raise LineError(
                        f"{where.capitalize()} is not valid JSON: {exc}", "Line is not valid JSON"
                    ) from None
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
        except EndpointError as exc:
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

    def fail(self, line_id: str, custom_id: Any, status: int, body: bytes, message: str, code: Any, kind: str) -> None:
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
            raise EndpointError.from_api(
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
            raise EndpointError.from_api(exc) from None
        except (asyncio.CancelledError, jobs.WorkerStopped):
            raise
        except Exception:
            raise EndpointError.from_api(
                APIError(500, "Internal server error", type="internal_server_error", code="3000")
            ) from None
        payload = getattr(response, "body", None)
        if not isinstance(payload, (bytes, bytearray)) or response.status_code >= 400:
            if isinstance(payload, (bytes, bytearray)):
                try:
                    message = json.loads(payload).get("message", "error")
                except (ValueError, AttributeError):
                    message = "error"
                raise EndpointError(response.status_code, bytes(payload), str(message), None)
            raise EndpointError.from_api(APIError(500, "The endpoint did not answer with JSON", code="3000"))
        return response.status_code, bytes(payload)
