# Generated from spec/openapi.yaml by tools/generate.py. Do not edit.
"""Types used only by the beta.observability.campaigns operations."""

from datetime import datetime

from .._models import BaseModel
from .shared_beta_observability import (
    BaseTaskStatus,
    ChatCompletionEventPreview,
    FilterPayload,
    Judge,
)

__all__ = [
    "Campaign", "CreateCampaignRequest", "FetchCampaignStatusResponse",
    "ListCampaignSelectedEventsResponse", "ListCampaignsResponse",
    "PaginatedResultCampaignPreview", "PaginatedResultChatCompletionEventPreview",
]


class Campaign(BaseModel):
    """Response of POST /v1/observability/campaigns, GET /v1/observability/campaigns/{campaign_id}.
    """

    id: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    name: str
    owner_id: str
    workspace_id: str
    description: str
    max_nb_events: int
    search_params: FilterPayload
    judge: Judge


class CreateCampaignRequest(BaseModel):
    """Request body of POST /v1/observability/campaigns."""

    search_params: FilterPayload
    judge_id: str
    name: str
    description: str
    max_nb_events: int


class FetchCampaignStatusResponse(BaseModel):
    """Response of GET /v1/observability/campaigns/{campaign_id}/status."""

    status: BaseTaskStatus | str


class PaginatedResultChatCompletionEventPreview(BaseModel):
    """PaginatedResultChatCompletionEventPreview"""

    results: list[ChatCompletionEventPreview] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class ListCampaignSelectedEventsResponse(BaseModel):
    """Response of GET /v1/observability/campaigns/{campaign_id}/selected-events."""

    completion_events: PaginatedResultChatCompletionEventPreview


class PaginatedResultCampaignPreview(BaseModel):
    """PaginatedResultCampaignPreview"""

    results: list[Campaign] | None = None
    count: int
    next: str | None = None
    previous: str | None = None


class ListCampaignsResponse(BaseModel):
    """Response of GET /v1/observability/campaigns."""

    campaigns: PaginatedResultCampaignPreview
