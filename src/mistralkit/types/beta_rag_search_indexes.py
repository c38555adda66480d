# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.rag.search_indexes operations."""

from datetime import datetime
from typing import Literal

from pydantic import Field

from .._models import BaseModel, TaggedModel

__all__ = [
    "GetDeploymentSummariesResponse", "GetDeploymentSummariesResponseDeployment",
    "GetDeploymentSummariesResponseVespaDeployment", "GetDeploymentSummariesResponseVespaIndex",
    "RegisterDeploymentRequestDeployment", "RegisterDeploymentRequestVespaDeployment",
    "RegisterDeploymentRequestVespaField", "RegisterDeploymentRequestVespaIndex",
    "RegisterSearchIndexResponseIndex", "SchemaFieldDataType", "SchemaFieldIndex",
    "SchemaFieldRankingType", "SchemaFieldStorage",
    "UpdateIndexMetricsV1RagDeploymentsDeploymentIdMetricsPutBody",
    "UpdateMetricsRequestDeploymentMetricsOffline", "UpdateMetricsRequestDeploymentMetricsOnline",
    "UpdateMetricsRequestIndexMetrics",
]


class GetDeploymentSummariesResponseVespaIndex(BaseModel):
    """GetDeploymentSummariesResponseVespaIndex"""

    id: str
    name: str
    document_count: int | None


class GetDeploymentSummariesResponseVespaDeployment(TaggedModel):
    """GetDeploymentSummariesResponseVespaDeployment"""

    type: Literal["vespa"] = "vespa"
    indexes: list[GetDeploymentSummariesResponseVespaIndex]


class GetDeploymentSummariesResponseDeployment(BaseModel):
    """GetDeploymentSummariesResponseDeployment"""

    id: str
    name: str
    creator_id: str
    document_count: int
    status: Literal["online", "offline"] | str
    created_at: datetime
    modified_at: datetime
    deployment: GetDeploymentSummariesResponseVespaDeployment


class GetDeploymentSummariesResponse(BaseModel):
    """Response of GET /v1/rag/deployments."""

    deployments: list[GetDeploymentSummariesResponseDeployment]


SchemaFieldDataType = Literal["int", "bool", "string", "embedding", "long", "float"]


SchemaFieldIndex = Literal["ann", "bm25", "attribute"]


SchemaFieldRankingType = Literal[
    "count", "embedding", "timestamp", "text", "string", "bool", "int", "language",
]


SchemaFieldStorage = Literal["in_memory", "on_disk"]


class RegisterDeploymentRequestVespaField(BaseModel):
    """RegisterDeploymentRequestVespaField"""

    name: str
    type: SchemaFieldDataType | str
    storage: SchemaFieldStorage | str
    ranking: SchemaFieldRankingType | str
    index_type: SchemaFieldIndex | str | None
    multidimensional: bool


class RegisterDeploymentRequestVespaIndex(BaseModel):
    """RegisterDeploymentRequestVespaIndex"""

    name: str
    fields_: list[RegisterDeploymentRequestVespaField] = Field(alias="fields")
    sd: str


class RegisterDeploymentRequestVespaDeployment(TaggedModel):
    """RegisterDeploymentRequestVespaDeployment"""

    type: Literal["vespa"] = "vespa"
    vespa_version: str
    indexes: list[RegisterDeploymentRequestVespaIndex]
    query_url: str


class RegisterDeploymentRequestDeployment(BaseModel):
    """Request body of PUT /v1/rag/deployments."""

    name: str
    status: Literal["online", "offline"] | str = "offline"
    deployment: RegisterDeploymentRequestVespaDeployment


class RegisterSearchIndexResponseIndex(BaseModel):
    """Response of PUT /v1/rag/deployments."""

    id: str


class UpdateMetricsRequestDeploymentMetricsOffline(TaggedModel):
    """UpdateMetricsRequestDeploymentMetricsOffline"""

    status: Literal["offline"] = "offline"
    clear_metrics: bool = False


class UpdateMetricsRequestIndexMetrics(BaseModel):
    """UpdateMetricsRequestIndexMetrics"""

    name: str
    document_count: int


class UpdateMetricsRequestDeploymentMetricsOnline(TaggedModel):
    """UpdateMetricsRequestDeploymentMetricsOnline"""

    status: Literal["online"] = "online"
    document_count: int
    index_metrics: list[UpdateMetricsRequestIndexMetrics]


#: Request body of PUT /v1/rag/deployments/{deployment_id}/metrics.
UpdateIndexMetricsV1RagDeploymentsDeploymentIdMetricsPutBody = (
    UpdateMetricsRequestDeploymentMetricsOnline
    | UpdateMetricsRequestDeploymentMetricsOffline
)
