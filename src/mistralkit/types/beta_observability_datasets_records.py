# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.observability.datasets.records operations."""

from typing import Any

from .._models import BaseModel
from .shared_beta_observability import CreateJudgeRequest, DatasetRecordPayload

__all__ = [
    "DeleteDatasetRecordsRequest", "JudgeDatasetRecordRequest",
    "UpdateDatasetRecordPayloadRequest", "UpdateDatasetRecordPropertiesRequest",
]


class DeleteDatasetRecordsRequest(BaseModel):
    """Request body of POST /v1/observability/dataset-records/bulk-delete."""

    dataset_record_ids: list[str]


class JudgeDatasetRecordRequest(BaseModel):
    """Request body of POST /v1/observability/dataset-records/{dataset_record_id}/live-judging."""

    judge_definition: CreateJudgeRequest


class UpdateDatasetRecordPayloadRequest(BaseModel):
    """Request body of PUT /v1/observability/dataset-records/{dataset_record_id}/payload."""

    payload: DatasetRecordPayload


class UpdateDatasetRecordPropertiesRequest(BaseModel):
    """Request body of PUT /v1/observability/dataset-records/{dataset_record_id}/properties."""

    properties: dict[str, Any]
