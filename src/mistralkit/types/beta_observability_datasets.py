# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.observability.datasets operations."""

from datetime import datetime
from typing import Any

from .._models import BaseModel
from .shared_beta_observability import BaseTaskStatus, DatasetRecord, DatasetRecordPayload

__all__ = [
    "CreateDatasetRecordRequest", "CreateDatasetRequest", "Dataset", "DatasetImportTask",
    "DatasetPreview", "ExportDatasetResponse", "ImportDatasetFromCampaignRequest",
    "ImportDatasetFromDatasetRequest", "ImportDatasetFromExplorerRequest",
    "ImportDatasetFromFileRequest", "ImportDatasetFromPlaygroundRequest",
    "ListDatasetImportTasksResponse", "ListDatasetRecordsResponse", "ListDatasetsResponse",
    "PaginatedResultDatasetImportTask", "PaginatedResultDatasetPreview",
    "PaginatedResultDatasetRecord", "UpdateDatasetRequest",
]


class CreateDatasetRecordRequest(BaseModel):
    """Request body of POST /v1/observability/datasets/{dataset_id}/records."""

    payload: DatasetRecordPayload
    properties: dict[str, Any] | None = None


class CreateDatasetRequest(BaseModel):
    """Request body of POST /v1/observability/datasets."""

    name: str
    description: str


class Dataset(BaseModel):
    """Response of POST /v1/observability/datasets."""

    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    name: str
    description: str
    owner_id: str
    workspace_id: str


class DatasetImportTask(BaseModel):
    """Response of POST /v1/observability/datasets/{dataset_id}/imports/from-campaign, POST
    /v1/observability/datasets/{dataset_id}/imports/from-explorer, POST
    /v1/observability/datasets/{dataset_id}/imports/from-file, ....
    """

    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    creator_id: str
    dataset_id: str
    workspace_id: str
    status: BaseTaskStatus | str
    progress: int | None = None
    message: str | None = None


class DatasetPreview(BaseModel):
    """Response of GET /v1/observability/datasets/{dataset_id}, PATCH
    /v1/observability/datasets/{dataset_id}.
    """

    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    name: str
    description: str
    owner_id: str
    workspace_id: str


class ExportDatasetResponse(BaseModel):
    """Response of GET /v1/observability/datasets/{dataset_id}/exports/to-jsonl."""

    file_url: str


class ImportDatasetFromCampaignRequest(BaseModel):
    """Request body of POST /v1/observability/datasets/{dataset_id}/imports/from-campaign."""

    campaign_id: str


class ImportDatasetFromDatasetRequest(BaseModel):
    """Request body of POST /v1/observability/datasets/{dataset_id}/imports/from-dataset."""

    dataset_record_ids: list[str]


class ImportDatasetFromExplorerRequest(BaseModel):
    """Request body of POST /v1/observability/datasets/{dataset_id}/imports/from-explorer."""

    completion_event_ids: list[str]


class ImportDatasetFromFileRequest(BaseModel):
    """Request body of POST /v1/observability/datasets/{dataset_id}/imports/from-file."""

    file_id: str


class ImportDatasetFromPlaygroundRequest(BaseModel):
    """Request body of POST /v1/observability/datasets/{dataset_id}/imports/from-playground."""

    conversation_ids: list[str]


class PaginatedResultDatasetImportTask(BaseModel):
    """PaginatedResultDatasetImportTask"""

    results: list[DatasetImportTask] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class ListDatasetImportTasksResponse(BaseModel):
    """Response of GET /v1/observability/datasets/{dataset_id}/tasks."""

    tasks: PaginatedResultDatasetImportTask


class PaginatedResultDatasetRecord(BaseModel):
    """PaginatedResultDatasetRecord"""

    results: list[DatasetRecord] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class ListDatasetRecordsResponse(BaseModel):
    """Response of GET /v1/observability/datasets/{dataset_id}/records."""

    records: PaginatedResultDatasetRecord


class PaginatedResultDatasetPreview(BaseModel):
    """PaginatedResultDatasetPreview"""

    results: list[DatasetPreview] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class ListDatasetsResponse(BaseModel):
    """Response of GET /v1/observability/datasets."""

    datasets: PaginatedResultDatasetPreview


class UpdateDatasetRequest(BaseModel):
    """Request body of PATCH /v1/observability/datasets/{dataset_id}."""

    name: str | None = None
    description: str | None = None
