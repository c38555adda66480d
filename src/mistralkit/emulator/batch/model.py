"""What a batch job is: its statuses and limits, the endpoints it can run, the
errors of a line, and the job as the API shows it.
"""

from __future__ import annotations

import json
from typing import Any

from ..errors import APIError, ValidationFailed
from ..models_catalog import (
    CHAT,
    CLASSIFICATION,
    EMBED,
    FIM,
    MODERATION,
    OCR,
    TRANSCRIPTION,
)
from ..responses import dumps
from ..spec import Operation, operations, operations_by_id
from ..state import EmulatorState

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


def operation_for(endpoint: str, agent_id: str | None) -> Operation | None:
    if endpoint == "/v1/chat/completions" and agent_id:
        return operations_by_id().get(AGENTS_COMPLETION)
    for op in operations():
        if op.path == endpoint and op.method == "POST" and not op.stream_twin:
            return op
    return None


def handler_for(state: EmulatorState, op: Operation) -> Any:
    """The handler serving ``op`` in this emulator (the one its HTTP route calls)."""
    return state.handlers.get(op.operation_id)


def error_summary(exc: APIError) -> str:
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


class EndpointError(Exception):
    def __init__(self, status: int, body: bytes, message: str, code: Any) -> None:
        super().__init__(message)
        self.status = status
        self.body = body
        self.message = message
        self.code = code

    @classmethod
    def from_api(cls, exc: APIError) -> EndpointError:
        return cls(exc.status, dumps(exc.body()), error_summary(exc), exc.code)


class JobFailed(Exception):
    """The job cannot go on (e.g. an input file vanished)."""


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
