# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the batch operations."""

from typing import Any, Literal

from .._models import BaseModel, TaggedModel

__all__ = [
    "ApiEndpoint", "BatchError", "BatchJobIn", "BatchJobOut", "BatchJobStatus", "BatchJobsOut",
    "BatchRequest",
]


ApiEndpoint = Literal[
    "/v1/chat/completions", "/v1/embeddings", "/v1/fim/completions", "/v1/moderations",
    "/v1/chat/moderations", "/v1/ocr", "/v1/classifications", "/v1/chat/classifications",
    "/v1/conversations", "/v1/audio/transcriptions",
]


class BatchError(BaseModel):
    """BatchError"""

    message: str
    count: int = 1


class BatchRequest(BaseModel):
    """BatchRequest"""

    custom_id: str | None = None
    body: dict[str, Any]


class BatchJobIn(BaseModel):
    """Request body of POST /v1/batch/jobs."""

    input_files: list[str] | None = None
    """The list of input files to be used for batch inference, these files should be `jsonl` files,
    containing the input data corresponding to the bory request for the batch inference in a "body"
    field. An example of such file is the following: ```json {"custom_id": "0", "body":
    {"max_tokens": 100, ...
    """
    requests: list[BatchRequest] | None = None
    endpoint: ApiEndpoint | str
    """The endpoint to be used for batch inference."""
    model: str | None = None
    """The model to be used for batch inference."""
    agent_id: str | None = None
    """In case you want to use a specific agent from the **deprecated** agents api for batch inference,
    you can specify the agent ID here.
    """
    metadata: dict[str, str] | None = None
    """The metadata of your choice to be associated with the batch inference job."""
    timeout_hours: int = 24
    """The timeout in hours for the batch inference job."""


BatchJobStatus = Literal[
    "QUEUED", "RUNNING", "SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLATION_REQUESTED",
    "CANCELLED",
]


class BatchJobOut(TaggedModel):
    """Response of POST /v1/batch/jobs, GET /v1/batch/jobs/{job_id}, POST
    /v1/batch/jobs/{job_id}/cancel.
    """

    id: str
    object: Literal["batch"] = "batch"
    input_files: list[str]
    metadata: dict[str, Any] | None = None
    endpoint: str
    model: str | None = None
    agent_id: str | None = None
    output_file: str | None = None
    error_file: str | None = None
    errors: list[BatchError]
    outputs: list[dict[str, Any]] | None = None
    status: BatchJobStatus | str
    created_at: int
    total_requests: int
    completed_requests: int
    succeeded_requests: int
    failed_requests: int
    started_at: int | None = None
    completed_at: int | None = None


class BatchJobsOut(TaggedModel):
    """Response of GET /v1/batch/jobs."""

    data: list[BatchJobOut] = []
    object: Literal["list"] = "list"
    total: int
