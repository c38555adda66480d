# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.rag.ingestion_pipeline_configurations operations."""

from datetime import datetime

from .._models import BaseModel

__all__ = [
    "CreateIngestionPipelineConfigurationRequest",
    "GetConfigsV1RagIngestionPipelineConfigurationsGetResponse", "IngestionPipelineConfiguration",
    "UpdateRunInfo",
]


class CreateIngestionPipelineConfigurationRequest(BaseModel):
    """Request body of PUT /v1/rag/ingestion_pipeline_configurations."""

    name: str
    pipeline_composition: dict[str, str] | None = None


class IngestionPipelineConfiguration(BaseModel):
    """Response of PUT /v1/rag/ingestion_pipeline_configurations, PUT
    /v1/rag/ingestion_pipeline_configurations/{id}/run_info.
    """

    id: str
    author_id: str
    name: str
    created_at: datetime
    modified_at: datetime
    last_run_time: datetime | None
    last_run_chunks_count: int
    total_chunks_count: int
    pipeline_composition: dict[str, str] | None


#: Response of GET /v1/rag/ingestion_pipeline_configurations.
GetConfigsV1RagIngestionPipelineConfigurationsGetResponse = list[IngestionPipelineConfiguration]


class UpdateRunInfo(BaseModel):
    """Request body of PUT /v1/rag/ingestion_pipeline_configurations/{id}/run_info."""

    execution_time: datetime
    chunks_count: int
