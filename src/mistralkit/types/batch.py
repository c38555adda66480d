# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the batch operations."""

from typing import Any, Literal

from .._models import BaseModel, TaggedModel

__all__ = [
    "ApiEndpoint", "BatchError", "BatchJob", "BatchJobStatus", "BatchRequest",
    "CreateBatchJobRequest", "DeleteBatchJobResponse", "ListBatchJobsResponse",
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


BatchJobStatus = Literal[
    "QUEUED", "RUNNING", "SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLATION_REQUESTED",
    "CANCELLED",
]


class BatchJob(TaggedModel):
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


class BatchRequest(BaseModel):
    """BatchRequest"""

    custom_id: str | None = None
    body: dict[str, Any]


class CreateBatchJobRequest(BaseModel):
    """Request body of POST /v1/batch/jobs."""

    input_files: list[str] | None = None
    """A list of `.jsonl` files for batch inference. Each line must be a JSON object with a `body`
    field containing the request payload: ```json {"custom_id": "0", "body": {"max_tokens": 100,
    "messages": [{"role": "user", "content": "What is the best French cheese?"}]}} {"custom_id":
    "1", "body": ...
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


class DeleteBatchJobResponse(TaggedModel):
    """Response of DELETE /v1/batch/jobs/{job_id}."""

    id: str
    object: Literal["batch"] = "batch"
    deleted: bool = True


class ListBatchJobsResponse(TaggedModel):
    """Response of GET /v1/batch/jobs."""

    data: list[BatchJob] = []
    object: Literal["list"] = "list"
    total: int
